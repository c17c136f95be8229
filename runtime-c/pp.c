/* pp.c: Kernel#pp and #pretty_inspect as Ruby 3.1's pp.rb, on a port of prettyprint.rb (Oppen's line breaking). */
#include "internal.h"
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

/* ------------------------------------------------------------------------
 * PrettyPrint (prettyprint.rb): text and breakables wait in a buffer until
 * the line overflows; then the outermost group with breakables breaks.
 * ------------------------------------------------------------------------ */

typedef struct pp_group {
  int depth;
  int64_t nbreakables; /* breakables of this group still in the buffer */
  bool brk;
} pp_group;

typedef struct pp_item { /* a Text (bytes) or a Breakable (sep) in the buffer */
  bool is_text;
  int64_t width;
  kn_buf bytes;        /* text: its pieces concatenated; breakable: the separator */
  int64_t indent;      /* breakable */
  pp_group *group;     /* breakable */
} pp_item;

typedef struct pp_vec {
  void **p;
  int64_t len, capa;
} pp_vec;

typedef struct pp {
  kn_buf out;
  int64_t maxwidth, output_width, buffer_width, indent;
  pp_vec buffer;       /* pp_item*, from buffer_head on */
  int64_t buffer_head;
  pp_vec stack;        /* pp_group* */
  pp_vec queue;        /* per depth: pp_vec* of pp_group* */
} pp;

static void vec_push(pp_vec *v, void *x) {
  if (v->len == v->capa) {
    v->capa = v->capa ? v->capa * 2 : 8;
    v->p = kn_realloc(v->p, sizeof(void *) * (size_t)v->capa);
  }
  v->p[v->len++] = x;
}

static void vec_remove_at(pp_vec *v, int64_t i) {
  memmove(v->p + i, v->p + i + 1, sizeof(void *) * (size_t)(v->len - i - 1));
  v->len--;
}

static int64_t char_width(const char *s, size_t n) { /* String#length of UTF-8 text */
  int64_t w = 0;
  for (size_t i = 0; i < n; i++)
    if (((unsigned char)s[i] & 0xc0) != 0x80) w++;
  return w;
}

static void queue_enq(pp *q, pp_group *g) {
  while (g->depth >= q->queue.len) vec_push(&q->queue, kn_alloc(sizeof(pp_vec)));
  vec_push(q->queue.p[g->depth], g);
}

static pp_group *queue_deq(pp *q) {
  for (int64_t d = 0; d < q->queue.len; d++) {
    pp_vec *gs = q->queue.p[d];
    for (int64_t i = gs->len - 1; i >= 0; i--) {
      pp_group *g = gs->p[i];
      if (g->nbreakables > 0) {
        vec_remove_at(gs, i);
        g->brk = true;
        return g;
      }
    }
    for (int64_t i = 0; i < gs->len; i++) ((pp_group *)gs->p[i])->brk = true;
    gs->len = 0;
  }
  return NULL;
}

static void queue_delete(pp *q, pp_group *g) {
  pp_vec *gs = q->queue.p[g->depth];
  for (int64_t i = 0; i < gs->len; i++)
    if (gs->p[i] == g) {
      vec_remove_at(gs, i);
      return;
    }
}

static void newline_indent(pp *q, int64_t indent) {
  kn_buf_addc(&q->out, '\n');
  for (int64_t i = 0; i < indent; i++) kn_buf_addc(&q->out, ' ');
}

static int64_t item_output(pp *q, pp_item *it) {
  if (it->is_text) {
    kn_buf_add(&q->out, it->bytes.ptr, it->bytes.len);
    return q->output_width + it->width;
  }
  pp_group *g = it->group;
  g->nbreakables--;
  if (g->brk) {
    newline_indent(q, it->indent);
    return it->indent;
  }
  if (g->nbreakables == 0) queue_delete(q, g);
  kn_buf_add(&q->out, it->bytes.ptr, it->bytes.len);
  return q->output_width + it->width;
}

static bool buffer_empty(pp *q) { return q->buffer_head == q->buffer.len; }
static pp_item *buffer_shift(pp *q) { return q->buffer.p[q->buffer_head++]; }

static void break_outmost_groups(pp *q) {
  while (q->maxwidth < q->output_width + q->buffer_width) {
    pp_group *g = queue_deq(q);
    if (!g) return;
    while (g->nbreakables > 0) {
      pp_item *it = buffer_shift(q);
      q->output_width = item_output(q, it);
      q->buffer_width -= it->width;
    }
    while (!buffer_empty(q) && ((pp_item *)q->buffer.p[q->buffer_head])->is_text) {
      pp_item *it = buffer_shift(q);
      q->output_width = item_output(q, it);
      q->buffer_width -= it->width;
    }
  }
}

static void pp_text_n(pp *q, const char *s, size_t n) {
  int64_t width = char_width(s, n);
  if (buffer_empty(q)) {
    kn_buf_add(&q->out, s, n);
    q->output_width += width;
    return;
  }
  pp_item *last = q->buffer.p[q->buffer.len - 1];
  if (!last->is_text) {
    last = kn_alloc(sizeof(pp_item));
    last->is_text = true;
    kn_buf_init(&last->bytes);
    vec_push(&q->buffer, last);
  }
  kn_buf_add(&last->bytes, s, n);
  last->width += width;
  q->buffer_width += width;
  break_outmost_groups(q);
}

static void pp_text(pp *q, const char *s) { pp_text_n(q, s, strlen(s)); }
static void pp_textv(pp *q, kn_value str) { pp_text_n(q, KN_STR(str)->ptr, (size_t)KN_STR(str)->len); }

static void pp_flush(pp *q) {
  while (!buffer_empty(q)) q->output_width = item_output(q, buffer_shift(q));
  q->buffer.len = q->buffer_head = 0;
  q->buffer_width = 0;
}

static void pp_breakable(pp *q, const char *sep) {
  pp_group *g = q->stack.p[q->stack.len - 1];
  if (g->brk) {
    pp_flush(q);
    newline_indent(q, q->indent);
    q->output_width = q->indent;
    q->buffer_width = 0;
    return;
  }
  pp_item *it = kn_alloc(sizeof(pp_item));
  kn_buf_init(&it->bytes);
  kn_buf_adds(&it->bytes, sep);
  it->width = char_width(sep, strlen(sep));
  it->indent = q->indent;
  it->group = g;
  g->nbreakables++;
  vec_push(&q->buffer, it);
  q->buffer_width += it->width;
  break_outmost_groups(q);
}

/* group(indent, open, close) { ... } is group_open, the body, group_close. */
static pp_group *pp_group_open(pp *q, int64_t indent, const char *open) {
  pp_text(q, open);
  pp_group *g = kn_alloc(sizeof(pp_group));
  g->depth = ((pp_group *)q->stack.p[q->stack.len - 1])->depth + 1;
  vec_push(&q->stack, g);
  queue_enq(q, g);
  q->indent += indent;
  return g;
}

static void pp_group_close(pp *q, pp_group *g, int64_t indent, const char *close) {
  q->indent -= indent;
  q->stack.len--;
  if (g->nbreakables == 0) queue_delete(q, g);
  pp_text(q, close);
}

static void pp_init(pp *q, int64_t width) {
  memset(q, 0, sizeof *q);
  kn_buf_init(&q->out);
  q->maxwidth = width;
  pp_group *root = kn_alloc(sizeof(pp_group));
  vec_push(&q->stack, root);
  queue_enq(q, root);
}

/* ------------------------------------------------------------------------
 * PP (pp.rb): pretty_print of the core classes
 * ------------------------------------------------------------------------ */

static kn_fn default_inspect;    /* Kernel#inspect: objects that keep it print with pp_object */
static kn_fn enumerator_inspect; /* Enumerator#inspect */
static kn_value s_members;

static void pp_obj(pp *q, kn_value v);

static void comma_breakable(pp *q) {
  pp_text(q, ",");
  pp_breakable(q, " ");
}

typedef struct pp_call {
  pp *q;
  kn_value v;
} pp_call;

static int sym_name_cmp(kn_value a, kn_value b, void *ctx) {
  (void)ctx;
  return strcmp(kn_sym_name(a), kn_sym_name(b));
}

/* #<Foo:0x... @a=1, @b=2>: instance variables sorted by name */
static void pp_object(pp *q, kn_value v) {
  kn_value s = kn_any_to_s(v);
  int64_t n = KN_STR(s)->len;
  if (n > 0 && KN_STR(s)->ptr[n - 1] == '>') n--;
  char *open = kn_alloc_atomic((size_t)n + 1);
  memcpy(open, KN_STR(s)->ptr, (size_t)n);
  kn_value names = kn_ary_dup(kn_funcall0(v, "instance_variables"));
  kn_msort(KN_ARY(names)->ptr, KN_ARY(names)->len, sym_name_cmp, NULL);
  pp_group *g = pp_group_open(q, 1, open);
  for (int64_t i = 0; i < KN_ARY(names)->len; i++) {
    kn_value name = KN_ARY(names)->ptr[i];
    if (i) pp_text(q, ",");
    pp_breakable(q, " ");
    pp_text(q, kn_sym_name(name));
    pp_text(q, "=");
    pp_group *g1 = pp_group_open(q, 1, "");
    pp_breakable(q, "");
    pp_obj(q, kn_ivar_get(v, name));
    pp_group_close(q, g1, 1, "");
  }
  pp_group_close(q, g, 1, ">");
}

static const char *struct_name(kn_value v) {
  kn_value c = kn_real_class(v);
  return KN_CLASS(c)->name ? KN_CLASS(c)->name : "";
}

static void pp_struct(pp *q, kn_value v) {
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_printf(&b, "#<struct %s", struct_name(v));
  kn_buf_addc(&b, 0);
  kn_value mem = kn_send(v, s_members, 0, NULL, KN_NIL);
  pp_group *g = pp_group_open(q, 1, b.ptr);
  for (int64_t i = 0; i < KN_ARY(mem)->len; i++) {
    kn_value m = KN_ARY(mem)->ptr[i];
    if (i) pp_text(q, ",");
    pp_breakable(q, " ");
    pp_text(q, kn_sym_name(m));
    pp_text(q, "=");
    pp_group *g1 = pp_group_open(q, 1, "");
    pp_breakable(q, "");
    pp_obj(q, kn_send(v, kn_intern("[]"), 1, &m, KN_NIL));
    pp_group_close(q, g1, 1, "");
  }
  pp_group_close(q, g, 1, ">");
}

static void pp_string(pp *q, kn_value v) {
  const char *p = KN_STR(v)->ptr;
  int64_t n = KN_STR(v)->len;
  const char *nl = memchr(p, '\n', (size_t)n);
  if (!nl || nl == p + n - 1) { /* one line */
    pp_textv(q, kn_inspect(v));
    return;
  }
  pp_group *g = pp_group_open(q, 0, "");
  for (int64_t start = 0, i = 0; start < n; i++) {
    const char *e = memchr(p + start, '\n', (size_t)(n - start));
    int64_t end = e ? e - p + 1 : n;
    if (i) {
      pp_text(q, " +");
      pp_breakable(q, " ");
    }
    kn_value line = kn_str_new(p + start, end - start);
    if (KN_HDR(v)->flags & KN_FL_BINARY) KN_HDR(line)->flags |= KN_FL_BINARY;
    pp_obj(q, line);
    start = end;
  }
  pp_group_close(q, g, 0, "");
}

static kn_value pp_body(kn_value v, void *arg) {
  pp *q = arg;
  if (KN_TYPE_P(v, KN_T_ARRAY)) {
    pp_group *g = pp_group_open(q, 1, "[");
    for (int64_t i = 0; i < KN_ARY(v)->len; i++) {
      if (i) comma_breakable(q);
      pp_obj(q, KN_ARY(v)->ptr[i]);
    }
    pp_group_close(q, g, 1, "]");
  } else if (KN_TYPE_P(v, KN_T_HASH)) {
    pp_group *g = pp_group_open(q, 1, "{");
    bool first = true;
    for (int64_t i = 0; i < KN_HASH(v)->ents_len; i++) {
      kn_hash_entry *e = &KN_HASH(v)->ents[i];
      if (e->key == KN_UNDEF) continue;
      kn_value key = e->key, val = e->val;
      if (!first) comma_breakable(q);
      first = false;
      pp_group *g1 = pp_group_open(q, 0, "");
      pp_obj(q, key);
      pp_text(q, "=>");
      pp_group *g2 = pp_group_open(q, 1, "");
      pp_breakable(q, "");
      pp_obj(q, val);
      pp_group_close(q, g2, 1, "");
      pp_group_close(q, g1, 0, "");
    }
    pp_group_close(q, g, 1, "}");
  } else if (KN_TYPE_P(v, KN_T_RANGE)) {
    pp_obj(q, KN_RANGE(v)->first);
    pp_breakable(q, "");
    pp_text(q, kn_range_excl_p(v) ? "..." : "..");
    pp_breakable(q, "");
    if (KN_RANGE(v)->last != KN_NIL) pp_obj(q, KN_RANGE(v)->last);
  } else if (KN_TYPE_P(v, KN_T_STRING)) {
    pp_string(q, v);
  } else if (KN_HEAP_P(v) && kn_obj_is_kind_of(v, kn_cStruct)) {
    pp_struct(q, v);
  } else {
    const kn_method *m = kn_find_method(kn_class_of(v), kn_s_inspect);
    if (m && m->fn == default_inspect && KN_HEAP_P(v)) pp_object(q, v);
    else if (m && m->fn == enumerator_inspect && KN_HEAP_P(v)) {
      /* Enumerator#inspect guards recursion with the key pp has just set */
      kn_buf b;
      kn_buf_init(&b);
      kn_buf_printf(&b, "#<%s: ...>", kn_class_name(kn_real_class(v)));
      pp_text_n(q, b.ptr, b.len);
    } else pp_textv(q, kn_inspect(v));
  }
  return KN_NIL;
}

static void pp_cycle(pp *q, kn_value v) {
  if (KN_TYPE_P(v, KN_T_ARRAY)) pp_text(q, KN_ARY(v)->len ? "[...]" : "[]");
  else if (KN_TYPE_P(v, KN_T_HASH)) pp_text(q, kn_hash_size(v) ? "{...}" : "{}");
  else if (kn_obj_is_kind_of(v, kn_cStruct)) {
    kn_buf b;
    kn_buf_init(&b);
    kn_buf_printf(&b, "#<struct %s:...>", struct_name(v));
    pp_text_n(q, b.ptr, b.len);
  } else {
    kn_value s = kn_any_to_s(v);
    int64_t n = KN_STR(s)->len;
    if (n > 0 && KN_STR(s)->ptr[n - 1] == '>') n--;
    char *open = kn_alloc_atomic((size_t)n + 1);
    memcpy(open, KN_STR(s)->ptr, (size_t)n);
    pp_group *g = pp_group_open(q, 1, open);
    pp_breakable(q, " ");
    pp_text(q, "...");
    pp_group_close(q, g, 1, ">");
  }
}

/* PP#pp: a group around the object's pretty_print, or its pretty_print_cycle
 * when it is already being printed (the same guard inspect uses). */
static void pp_obj(pp *q, kn_value v) {
  pp_group *g = pp_group_open(q, 0, "");
  if (KN_SPECIAL_P(v)) pp_body(v, q);
  else if (kn_exec_recursive(pp_body, v, q, KN_UNDEF) == KN_UNDEF) pp_cycle(q, v);
  pp_group_close(q, g, 0, "");
}

/* PP.width_for(out): the terminal's width, else $COLUMNS, else 80; minus 1. */
static int64_t width_for(kn_value out) {
  int64_t w = 0;
  if (out != KN_UNDEF && kn_respond_to(out, kn_intern("tty?"), false) && KN_TEST(kn_funcall0(out, "tty?")) &&
      kn_respond_to(out, kn_intern("fileno"), false)) {
    struct winsize ws;
    if (ioctl((int)kn_num2long(kn_funcall0(out, "fileno")), TIOCGWINSZ, &ws) == 0) w = ws.ws_col;
  }
  if (w == 0) {
    const char *c = getenv("COLUMNS");
    if (c) w = strtol(c, NULL, 10);
  }
  if (w == 0) w = 80;
  return w - 1;
}

kn_value kn_pretty_inspect(kn_value v, int64_t width) {
  pp q;
  pp_init(&q, width);
  pp_obj(&q, v);
  pp_flush(&q);
  kn_buf_addc(&q.out, '\n');
  return kn_buf_to_str(&q.out);
}

static kn_value k_pp(ARGS) {
  for (int i = 0; i < argc; i++) kn_io_write_value(kn_stdout, kn_pretty_inspect(argv[i], width_for(kn_stdout)));
  if (argc == 0) return KN_NIL;
  return argc == 1 ? argv[0] : kn_ary_new_from(argc, argv);
}

static kn_value obj_pretty_inspect(ARGS) { return kn_pretty_inspect(self, width_for(KN_UNDEF)); }

void kn_init_pp(void) {
  s_members = kn_intern("members");
  default_inspect = kn_find_method(KN_CLASS(kn_cObject), kn_s_inspect)->fn;
  enumerator_inspect = kn_find_method(KN_CLASS(kn_const_get(kn_cObject, kn_intern("Enumerator"))), kn_s_inspect)->fn;
  static const kn_method_def fns[] = {{"pp", k_pp, 0, -1}, {NULL, NULL, 0, 0}};
  kn_define_module_functions(kn_mKernel, fns);
  kn_define_method(kn_mKernel, "pretty_inspect", obj_pretty_inspect, 0, 0);
}
