/* stringio.c: StringIO, an IO-like object over a String and a byte
 * position. Writes overwrite at the position and extend the String (the
 * very String `string` returns, as in ruby); reads take from the position.
 * puts/print/printf/<< are io.c's (they end in `write`). kn_init_stringio is
 * called by kn_init_io; `require "stringio"` needs stage1's library list. */
#include "internal.h"

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

void kn_init_stringio(const kn_method_def *writers);
void kn_provide_feature(const char *name); /* kernel.c: `require name` is then satisfied */

static kn_value kn_cStringIO;

typedef struct kn_stringio {
  kn_header h;
  kn_value str;
  int64_t pos, lineno;
  bool readable, writable;
} kn_stringio;
#define SIO(v) ((kn_stringio *)(v))

static kn_value sio_alloc(kn_class *klass) {
  kn_stringio *s = kn_alloc(sizeof *s);
  s->h.klass = klass;
  s->h.type = KN_T_DATA;
  s->str = kn_str_new("", 0);
  s->readable = s->writable = true;
  return (kn_value)s;
}

static kn_stringio *sio_get(kn_value v) {
  if (!KN_TYPE_P(v, KN_T_DATA) || !kn_class_inherits(kn_real_class_of(v), KN_CLASS(kn_cStringIO)))
    kn_raise_fmt(kn_eTypeError, "expected StringIO");
  return SIO(v);
}

static kn_stringio *sio_reader(kn_value v) {
  kn_stringio *s = sio_get(v);
  if (!s->readable) kn_raise_fmt(kn_eIOError, "not opened for reading");
  return s;
}

static kn_stringio *sio_writer(kn_value v) {
  kn_stringio *s = sio_get(v);
  if (!s->writable) kn_raise_fmt(kn_eIOError, "not opened for writing");
  return s;
}

static int64_t sio_len(const kn_stringio *s) { return KN_STR(s->str)->len; }
static const char *sio_ptr(const kn_stringio *s) { return KN_STR(s->str)->ptr; }

/* StringIO.new(string = "", mode = "r+"): a frozen string is read-only;
 * "w" empties it, "a" writes at its end. */
static kn_value sio_initialize(ARGS) {
  kn_stringio *s = SIO(self);
  s->str = argc > 0 ? kn_to_str(argv[0]) : kn_str_new("", 0);
  s->pos = s->lineno = 0;
  const char *mode = argc > 1 && KN_TYPE_P(argv[1], KN_T_STRING) ? KN_STR(argv[1])->ptr : "r+";
  bool frozen = (KN_HDR(s->str)->flags & KN_FL_FROZEN) != 0;
  s->readable = mode[0] == 'r' || strchr(mode, '+');
  s->writable = !frozen && (mode[0] != 'r' || strchr(mode, '+'));
  if (mode[0] == 'w') {
    kn_str_modify(s->str);
    KN_STR(s->str)->len = 0;
    KN_STR(s->str)->ptr[0] = 0;
  }
  if (mode[0] == 'a') s->pos = sio_len(s);
  return KN_NIL;
}

/* ------------------------------------------------------------------------
 * Writing
 * ------------------------------------------------------------------------ */

static void sio_write_bytes(kn_stringio *s, const char *p, int64_t n) {
  kn_value str = s->str;
  kn_str_modify(str);
  while (sio_len(s) < s->pos) kn_str_cat(str, "", 1); /* a gap past the end reads as NULs */
  int64_t over = sio_len(s) - s->pos < n ? sio_len(s) - s->pos : n;
  memcpy(KN_STR(str)->ptr + s->pos, p, (size_t)over);
  if (n > over) kn_str_cat(str, p + over, n - over);
  s->pos += n;
}

static kn_value sio_write(ARGS) {
  kn_stringio *s = sio_writer(self);
  int64_t total = 0;
  for (int i = 0; i < argc; i++) {
    kn_value str = kn_obj_to_s(argv[i]);
    sio_write_bytes(s, KN_STR(str)->ptr, KN_STR(str)->len);
    total += KN_STR(str)->len;
  }
  return kn_int_new(total);
}

static kn_value sio_putc(ARGS) {
  kn_stringio *s = sio_writer(self);
  if (KN_TYPE_P(argv[0], KN_T_STRING)) {
    if (KN_STR(argv[0])->len) sio_write_bytes(s, KN_STR(argv[0])->ptr, 1);
  } else {
    char ch = (char)kn_num2long(argv[0]);
    sio_write_bytes(s, &ch, 1);
  }
  return argv[0];
}

/* ------------------------------------------------------------------------
 * Reading
 * ------------------------------------------------------------------------ */

static bool sio_eof(const kn_stringio *s) { return s->pos >= sio_len(s); }

static const char *sep_ptr(kn_value sep) { return KN_STR(sep)->len ? KN_STR(sep)->ptr : "\n"; }

/* The next line up to and including sep (nil sep: the rest), or nil at the end. */
static kn_value sio_line(kn_stringio *s, kn_value sep, bool chomp) {
  if (sio_eof(s)) return KN_NIL;
  const char *p = sio_ptr(s) + s->pos, *end = sio_ptr(s) + sio_len(s), *stop = end;
  int64_t seplen = 0;
  if (sep != KN_NIL) {
    /* "" (paragraph mode) is read as "\n": rare, and close enough for lines */
    const char *sp = KN_STR(sep)->len ? KN_STR(sep)->ptr : "\n";
    int64_t len = KN_STR(sep)->len ? KN_STR(sep)->len : 1;
    for (const char *q = p; q + len <= end; q++)
      if (!memcmp(q, sp, (size_t)len)) { stop = q + len; seplen = len; break; }
  }
  int64_t n = stop - p, keep = chomp ? n - seplen : n;
  if (chomp && seplen == 1 && *sep_ptr(sep) == '\n' && keep > 0 && p[keep - 1] == '\r') keep--; /* "\r\n" too */
  kn_value line = kn_str_new(p, keep);
  s->pos += n;
  s->lineno++;
  return line;
}

/* gets(sep = $/, chomp: false) and friends: the separator and chomp option. */
static kn_value line_args(int argc, const kn_value *argv, bool *chomp) {
  *chomp = false;
  if (argc > 0 && KN_TYPE_P(argv[argc - 1], KN_T_HASH)) {
    *chomp = KN_TEST(kn_hash_lookup(argv[argc - 1], kn_intern("chomp"), KN_FALSE));
    argc--;
  }
  return argc > 0 ? argv[0] : kn_str_new("\n", 1);
}

static kn_value sio_gets(ARGS) {
  bool chomp;
  kn_value sep = line_args(argc, argv, &chomp);
  return sio_line(sio_reader(self), sep, chomp);
}

static kn_value sio_readline(ARGS) {
  kn_value line = sio_gets(self, argc, argv, blk);
  if (line == KN_NIL) kn_raise_fmt(kn_eEOFError, "end of file reached");
  return line;
}

static kn_value sio_each_line(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_line", argc, argv);
  bool chomp;
  kn_value sep = line_args(argc, argv, &chomp), line;
  while ((line = sio_line(sio_reader(self), sep, chomp)) != KN_NIL) kn_yield1(blk, line);
  return self;
}

static kn_value sio_readlines(ARGS) {
  bool chomp;
  kn_value sep = line_args(argc, argv, &chomp), line, lines = kn_ary_new(8);
  while ((line = sio_line(sio_reader(self), sep, chomp)) != KN_NIL) kn_ary_push(lines, line);
  return lines;
}

/* read: the rest ("" at the end); read(n): up to n bytes, nil at the end. */
static kn_value sio_read(ARGS) {
  kn_stringio *s = sio_reader(self);
  int64_t avail = s->pos < sio_len(s) ? sio_len(s) - s->pos : 0;
  if (argc == 0 || argv[0] == KN_NIL) {
    kn_value r = kn_str_new(sio_ptr(s) + (avail ? s->pos : 0), avail);
    s->pos += avail;
    return r;
  }
  int64_t want = kn_num2long(argv[0]);
  if (want < 0) kn_raise_fmt(kn_eArgumentError, "negative length %lld given", (long long)want);
  if (avail == 0 && want > 0) return KN_NIL;
  int64_t n = want < avail ? want : avail;
  kn_value r = kn_str_new(sio_ptr(s) + s->pos, n);
  s->pos += n;
  return r;
}

/* The byte length of the UTF-8 character starting at p (1 for a stray byte). */
static int64_t char_len(const unsigned char *p, int64_t avail) {
  int64_t n = *p < 0x80 ? 1 : *p >> 5 == 6 ? 2 : *p >> 4 == 14 ? 3 : *p >> 3 == 30 ? 4 : 1;
  return n > avail ? avail : n;
}

static kn_value sio_getc(ARGS) {
  kn_stringio *s = sio_reader(self);
  if (sio_eof(s)) return KN_NIL;
  int64_t n = char_len((const unsigned char *)sio_ptr(s) + s->pos, sio_len(s) - s->pos);
  kn_value r = kn_str_new(sio_ptr(s) + s->pos, n);
  s->pos += n;
  return r;
}

static kn_value sio_getbyte(ARGS) {
  kn_stringio *s = sio_reader(self);
  if (sio_eof(s)) return KN_NIL;
  return KN_INT2FIX((unsigned char)sio_ptr(s)[s->pos++]);
}

static kn_value sio_each_char(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_char", argc, argv);
  kn_value c;
  while ((c = sio_getc(self, 0, NULL, KN_NIL)) != KN_NIL) kn_yield1(blk, c);
  return self;
}

static kn_value sio_each_byte(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_byte", argc, argv);
  kn_value b;
  while ((b = sio_getbyte(self, 0, NULL, KN_NIL)) != KN_NIL) kn_yield1(blk, b);
  return self;
}

/* ungetc(str): pushed back before the position (replacing bytes there). */
static kn_value sio_ungetc(ARGS) {
  kn_stringio *s = sio_reader(self);
  if (argv[0] == KN_NIL) return KN_NIL;
  kn_value str = KN_TYPE_P(argv[0], KN_T_STRING) ? argv[0] : kn_funcall0(argv[0], "chr");
  int64_t n = KN_STR(str)->len;
  if (n <= s->pos) {
    s->pos -= n;
    memcpy(KN_STR(s->str)->ptr + s->pos, KN_STR(str)->ptr, (size_t)n);
  } else { /* more than was read: the rest goes in front */
    kn_value rest = kn_str_new(sio_ptr(s) + s->pos, sio_len(s) - s->pos);
    KN_STR(s->str)->len = 0;
    kn_str_cat(s->str, KN_STR(str)->ptr, n);
    kn_str_cat(s->str, KN_STR(rest)->ptr, KN_STR(rest)->len);
    s->pos = 0;
  }
  return KN_NIL;
}

/* ------------------------------------------------------------------------
 * Position and state
 * ------------------------------------------------------------------------ */

static kn_value sio_string(ARGS) { return sio_get(self)->str; }
static kn_value sio_set_string(ARGS) {
  kn_stringio *s = sio_get(self);
  s->str = kn_to_str(argv[0]);
  s->pos = s->lineno = 0;
  s->readable = true;
  s->writable = !(KN_HDR(s->str)->flags & KN_FL_FROZEN);
  return argv[0];
}
static kn_value sio_pos(ARGS) { return kn_int_new(sio_get(self)->pos); }
static kn_value sio_set_pos(ARGS) {
  int64_t p = kn_num2long(argv[0]);
  if (p < 0) kn_raise_fmt(kn_eErrno_EINVAL, "Invalid argument");
  sio_get(self)->pos = p;
  return argv[0];
}
/* seek(offset, whence = IO::SEEK_SET (0); 1 = SEEK_CUR, 2 = SEEK_END) */
static kn_value sio_seek(ARGS) {
  kn_stringio *s = sio_get(self);
  int64_t off = kn_num2long(argv[0]), whence = argc > 1 ? kn_num2long(argv[1]) : 0;
  int64_t base = whence == 1 ? s->pos : whence == 2 ? sio_len(s) : 0;
  if (base + off < 0) kn_raise_fmt(kn_eErrno_EINVAL, "Invalid argument");
  s->pos = base + off;
  return KN_INT2FIX(0);
}
static kn_value sio_rewind(ARGS) {
  kn_stringio *s = sio_get(self);
  s->pos = s->lineno = 0;
  return KN_INT2FIX(0);
}
static kn_value sio_eof_p(ARGS) { return KN_BOOL(sio_eof(sio_reader(self))); }
static kn_value sio_size(ARGS) { return kn_int_new(sio_len(sio_get(self))); }
static kn_value sio_lineno(ARGS) { return kn_int_new(sio_get(self)->lineno); }
static kn_value sio_set_lineno(ARGS) {
  sio_get(self)->lineno = kn_num2long(argv[0]);
  return argv[0];
}
static kn_value sio_truncate(ARGS) {
  kn_stringio *s = sio_writer(self);
  int64_t n = kn_num2long(argv[0]);
  kn_str_modify(s->str);
  while (sio_len(s) < n) kn_str_cat(s->str, "", 1);
  KN_STR(s->str)->len = n;
  KN_STR(s->str)->ptr[n] = 0;
  return KN_INT2FIX(0);
}
static kn_value sio_close(ARGS) {
  kn_stringio *s = sio_get(self);
  s->readable = s->writable = false;
  return KN_NIL;
}
static kn_value sio_close_read(ARGS) { sio_get(self)->readable = false; return KN_NIL; }
static kn_value sio_close_write(ARGS) { sio_get(self)->writable = false; return KN_NIL; }
static kn_value sio_closed_p(ARGS) { return KN_BOOL(!sio_get(self)->readable && !sio_get(self)->writable); }
static kn_value sio_self(ARGS) { return self; }
static kn_value sio_false(ARGS) { return KN_FALSE; }
static kn_value sio_nil(ARGS) { return KN_NIL; }
static kn_value sio_true(ARGS) { return KN_TRUE; }
static kn_value sio_set_sync(ARGS) { return argv[0]; }

static const kn_method_def sio_methods[] = {
    {"initialize", sio_initialize, 0, 2}, {"write", sio_write, 0, -1},     {"syswrite", sio_write, 1, 1},
    {"putc", sio_putc, 1, 1},             {"gets", sio_gets, 0, 2},        {"readline", sio_readline, 0, 2},
    {"each_line", sio_each_line, 0, 2},   {"each", sio_each_line, 0, 2},   {"readlines", sio_readlines, 0, 2},
    {"read", sio_read, 0, 2},             {"getc", sio_getc, 0, 0},        {"getbyte", sio_getbyte, 0, 0},
    {"each_char", sio_each_char, 0, 0},   {"each_byte", sio_each_byte, 0, 0}, {"ungetc", sio_ungetc, 1, 1},
    {"string", sio_string, 0, 0},         {"string=", sio_set_string, 1, 1}, {"pos", sio_pos, 0, 0},
    {"tell", sio_pos, 0, 0},              {"pos=", sio_set_pos, 1, 1},     {"seek", sio_seek, 1, 2},
    {"rewind", sio_rewind, 0, 0},         {"eof?", sio_eof_p, 0, 0},       {"eof", sio_eof_p, 0, 0},
    {"size", sio_size, 0, 0},             {"length", sio_size, 0, 0},      {"lineno", sio_lineno, 0, 0},
    {"lineno=", sio_set_lineno, 1, 1},    {"truncate", sio_truncate, 1, 1}, {"close", sio_close, 0, 0},
    {"close_read", sio_close_read, 0, 0}, {"close_write", sio_close_write, 0, 0}, {"closed?", sio_closed_p, 0, 0},
    {"flush", sio_self, 0, 0},            {"fsync", sio_nil, 0, 0},        {"sync", sio_true, 0, 0},
    {"sync=", sio_set_sync, 1, 1},        {"tty?", sio_false, 0, 0},       {"isatty", sio_false, 0, 0},
    {"fileno", sio_nil, 0, 0},            {NULL, NULL, 0, 0}};

/* writers: io.c's puts, print, printf and <<, which go through `write`. */
void kn_init_stringio(const kn_method_def *writers) {
  kn_cStringIO = kn_define_class(kn_cObject, "StringIO", KN_NIL);
  KN_CLASS(kn_cStringIO)->alloc = sio_alloc;
  kn_include_module(kn_cStringIO, kn_mEnumerable);
  kn_define_methods(kn_cStringIO, sio_methods);
  kn_define_methods(kn_cStringIO, writers);
  kn_provide_feature("stringio");
}
