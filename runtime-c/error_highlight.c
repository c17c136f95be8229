/* error_highlight.c: the source snippet ruby 3.1 adds to the message of a
 * raised NameError or NoMethodError (its bundled error_highlight):
 *
 *   undefined method `upcase' for nil:NilClass
 *
 *   puts name.upcase
 *            ^^^^^^^
 *
 * ruby finds the failing call from the syntax tree node of the top backtrace
 * entry. kiln's frames record lines, not nodes, so the call is found again in
 * the text of that line, by the error's name and the shape of its message:
 * `.name` for a call with a receiver, the operator or `[...]` for operator
 * methods, a bare `name` for a call on self, `::Name` or `Name` for a
 * constant, the call that took `:name` as a Symbol for `send(:name)` or
 * `map(&:name)`, and `raise` for an exception the program raised itself.
 * Like ruby, the source is read when the message is first asked for, and a
 * line that cannot be read, holds non-ASCII bytes, or has no such call gets
 * no snippet. */
#include "internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------
 * Source lines: each file read once, on the first message that needs it.
 * ------------------------------------------------------------------------ */

typedef struct source_file {
  struct source_file *next;
  char *path;
  char *text; /* NULL when the file could not be read */
  size_t len;
} source_file;

static source_file *sources;

static char *read_whole(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  for (size_t got; buf && (got = fread(buf + n, 1, cap - n, f)) > 0;) {
    n += got;
    if (n == cap) buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  *len = n;
  return buf;
}

static source_file *source_of(const char *path) {
  for (source_file *s = sources; s; s = s->next)
    if (strcmp(s->path, path) == 0) return s;
  source_file *s = calloc(1, sizeof *s);
  s->path = strdup(path);
  s->text = read_whole(path, &s->len);
  s->next = sources;
  sources = s;
  return s;
}

/* Line `lineno` (1-based) of `path`, without its newline. */
static bool source_line(const char *path, int lineno, const char **line, size_t *len) {
  source_file *s = source_of(path);
  if (!s->text || lineno < 1) return false;
  const char *p = s->text, *end = s->text + s->len;
  for (int i = 1; i < lineno; i++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) return false;
    p = nl + 1;
  }
  const char *nl = memchr(p, '\n', (size_t)(end - p));
  *line = p;
  *len = (size_t)((nl ? nl : end) - p);
  return true;
}

/* ------------------------------------------------------------------------
 * Scanning a line: which bytes are code (not inside a string literal or a
 * comment), and the call shapes a NameError can come from.
 * ------------------------------------------------------------------------ */

typedef struct line_scan {
  const char *s;
  size_t n;
  char *code; /* code[i]: byte i is outside literals and comments */
} line_scan;

/* Marks string literals ('...', "...", `...`) and a trailing comment as not
 * code; the code inside "#{...}" counts as code again. */
static void mark_code(line_scan *l) {
  enum { MAX_NEST = 8 };
  char quotes[MAX_NEST]; /* the string each open #{ returns to */
  int depth[MAX_NEST], nest = 0;
  char quote = 0;
  for (size_t i = 0; i < l->n; i++) {
    char c = l->s[i];
    if (quote) {
      l->code[i] = 0;
      if (c == '\\') { if (i + 1 < l->n) l->code[++i] = 0; continue; }
      if (c == quote) quote = 0;
      else if (quote != '\'' && c == '#' && i + 1 < l->n && l->s[i + 1] == '{' && nest < MAX_NEST) {
        l->code[++i] = 0;
        quotes[nest] = quote;
        depth[nest++] = 0;
        quote = 0;
      }
      continue;
    }
    if (c == '#') { memset(l->code + i, 0, l->n - i); return; }
    if (c == '"' || c == '\'' || c == '`') { l->code[i] = 0; quote = c; continue; }
    l->code[i] = 1;
    if (nest > 0 && c == '{') depth[nest - 1]++;
    if (nest > 0 && c == '}' && depth[nest - 1]-- == 0) { l->code[i] = 0; quote = quotes[--nest]; }
  }
}

static bool ident_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

static char at(const line_scan *l, size_t i) { return i < l->n ? l->s[i] : '\0'; }

/* Does identifier `name` (len bytes) stand at i, as a whole word? */
static bool word_at(const line_scan *l, size_t i, const char *name, size_t len) {
  if (i + len > l->n || !l->code[i] || memcmp(l->s + i, name, len) != 0) return false;
  char next = at(l, i + len);
  if (ident_char(next)) return false;
  bool suffixed = len > 0 && (name[len - 1] == '?' || name[len - 1] == '!');
  return suffixed || (next != '?' && next != '!') || at(l, i + len + 1) == '=';
}

static size_t skip_spaces(const line_scan *l, size_t i) {
  while (i < l->n && (l->s[i] == ' ' || l->s[i] == '\t')) i++;
  return i;
}

/* After an attribute or index spot, a setter's " = " (not "==" or "=~"). */
static bool setter_eq(const line_scan *l, size_t *e) {
  size_t j = skip_spaces(l, *e);
  if (at(l, j) != '=' || at(l, j + 1) == '=' || at(l, j + 1) == '~' || at(l, j + 1) == '>') return false;
  *e = j + 1;
  return true;
}

/* `recv.name` or `recv&.name` (spaces allowed around the dot): from the
 * dot (the `&` of `&.`) to the end of the name, and through the `=` of a
 * setter call. */
static bool spot_dot_call(const line_scan *l, const char *name, size_t *b, size_t *e) {
  size_t len = strlen(name);
  bool setter = len > 1 && name[len - 1] == '=';
  if (setter) len--;
  for (size_t i = 0; i < l->n; i++) {
    if (l->s[i] != '.' || !l->code[i] || at(l, i + 1) == '.' || (i > 0 && l->s[i - 1] == '.')) continue;
    size_t j = skip_spaces(l, i + 1);
    if (!word_at(l, j, name, len)) continue;
    *b = i > 0 && l->s[i - 1] == '&' ? i - 1 : i;
    *e = j + len;
    if (!setter || setter_eq(l, e)) return true;
  }
  return false;
}

static bool op_char(char c) { return c && strchr("+-*/%<>=!&|^~", c) != NULL; }

/* A binary or unary operator method: the operator token itself. */
static bool spot_operator(const line_scan *l, const char *name, size_t *b, size_t *e) {
  size_t len = strlen(name);
  if (len == 2 && name[1] == '@') len = 1; /* -@ and +@ appear as - and + */
  for (size_t i = 0; i < l->n; i++) {
    if (!l->code[i] || !op_char(l->s[i]) || (i > 0 && op_char(l->s[i - 1]))) continue;
    size_t j = i;
    while (j < l->n && op_char(l->s[j])) j++;
    if (j - i == len && memcmp(l->s + i, name, len) == 0) {
      *b = i;
      *e = j;
      return true;
    }
  }
  return false;
}

/* `recv[args]` for [] and `recv[args] =` for []=: from `[` to its `]`. */
static bool spot_index(const line_scan *l, bool setter, size_t *b, size_t *e) {
  for (size_t i = 1; i < l->n; i++) {
    char before = l->s[i - 1];
    if (l->s[i] != '[' || !l->code[i] || !(ident_char(before) || before == ')' || before == ']' || before == '}'))
      continue;
    int d = 0;
    size_t j = i;
    for (; j < l->n; j++) {
      if (!l->code[j]) continue;
      if (l->s[j] == '[') d++;
      if (l->s[j] == ']' && --d == 0) break;
    }
    if (j == l->n) return false;
    *b = i;
    *e = j + 1;
    if (!setter || setter_eq(l, e)) return true;
  }
  return false;
}

/* A call on self or a constant: the bare name, not a method of something
 * else (`.name`), a Symbol (`:name`), a variable (`@name`) or a label. */
static bool spot_bare(const line_scan *l, const char *name, size_t *b, size_t *e) {
  size_t len = strlen(name);
  for (size_t i = 0; i < l->n; i++) {
    char before = i > 0 ? l->s[i - 1] : ' ';
    if (ident_char(before) || before == '.' || before == ':' || before == '@' || before == '$') continue;
    if (!word_at(l, i, name, len)) continue;
    if (at(l, i + len) == ':' && at(l, i + len + 1) != ':') continue;
    *b = i;
    *e = i + len;
    return true;
  }
  return false;
}

/* `A::Name`: from the `::`; else a bare `Name`. */
static bool spot_constant(const line_scan *l, const char *name, size_t *b, size_t *e) {
  size_t len = strlen(name);
  for (size_t i = 0; i + 2 < l->n; i++)
    if (l->s[i] == ':' && l->s[i + 1] == ':' && word_at(l, i + 2, name, len)) {
      *b = i;
      *e = i + 2 + len;
      return true;
    }
  return spot_bare(l, name, b, e);
}

/* The call that received `:name` (`send(:name)`, `map(&:name)`,
 * `method(:name)`): that call's own spot. */
static bool spot_symbol_taker(const line_scan *l, const char *name, size_t *b, size_t *e) {
  size_t len = strlen(name);
  for (size_t i = 1; i < l->n; i++) {
    if (l->s[i] != ':' || l->s[i - 1] == ':' || !word_at(l, i + 1, name, len)) continue;
    size_t k = i;
    while (k > 0 && strchr(" \t(&", l->s[k - 1])) k--;
    size_t end = k;
    while (k > 0 && ident_char(l->s[k - 1])) k--;
    if (k == end) continue;
    size_t d = k;
    while (d > 0 && (l->s[d - 1] == ' ' || l->s[d - 1] == '\t')) d--;
    *b = d > 0 && l->s[d - 1] == '.' ? (d > 1 && l->s[d - 2] == '&' ? d - 2 : d - 1) : k;
    *e = end;
    return true;
  }
  return false;
}

static bool spot_method(const line_scan *l, const char *name, size_t *b, size_t *e) {
  if (strcmp(name, "[]") == 0 || strcmp(name, "[]=") == 0) return spot_index(l, name[2] == '=', b, e);
  if (op_char(name[0])) return spot_operator(l, name, b, e);
  return spot_dot_call(l, name, b, e) || spot_bare(l, name, b, e) || spot_symbol_taker(l, name, b, e);
}

/* The span of the failing call in the line, by the shape of the message.
 * ruby marks no `super` and no class variable; any other message is one the
 * program raised itself, at its `raise`. */
static bool find_spot(const line_scan *l, kn_value msg, kn_value name, size_t *b, size_t *e) {
  if (kn_str_has_prefix(msg, "super: ") || kn_str_has_prefix(msg, "uninitialized class variable ")) return false;
  const char *n = KN_SYMBOL_P(name) ? kn_sym_name(name) : NULL;
  if (n && kn_str_has_prefix(msg, "undefined local variable or method `"))
    return spot_bare(l, n, b, e) || spot_symbol_taker(l, n, b, e);
  if (n && kn_str_has_prefix(msg, "uninitialized constant "))
    return spot_constant(l, n, b, e) || spot_symbol_taker(l, n, b, e);
  if (n && (kn_str_has_prefix(msg, "undefined method `") || kn_str_has_prefix(msg, "private method `") ||
            kn_str_has_prefix(msg, "protected method `")))
    return spot_method(l, n, b, e);
  return spot_bare(l, "raise", b, e) || spot_bare(l, "fail", b, e);
}

/* ------------------------------------------------------------------------
 * The snippet
 * ------------------------------------------------------------------------ */

/* The first backtrace entry that names a source file (a C method's frame
 * stands at its caller's line in ruby's backtraces). */
static const kn_bt_entry *top_source_entry(kn_exception *e) {
  for (int i = 0; i < e->bt_len; i++)
    if (e->bt[i].file) return &e->bt[i];
  return NULL;
}

static bool ascii_only(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0x80) return false;
  return true;
}

/* msg, with "\n\n<line>\n<carets>" when the failing call can be found. */
kn_value kn_error_highlight(kn_value exc, kn_value msg) {
  kn_exception *e = KN_EXC(exc);
  const kn_bt_entry *top = e->bt ? top_source_entry(e) : NULL;
  const char *s;
  size_t n, b, end;
  if (!top || !KN_TYPE_P(msg, KN_T_STRING) || !source_line(top->file, top->line, &s, &n) || !ascii_only(s, n))
    return msg;
  line_scan l = {s, n, kn_alloc_atomic(n + 1)};
  mark_code(&l);
  if (!find_spot(&l, msg, e->aux1, &b, &end)) return msg;
  kn_buf buf;
  kn_buf_init(&buf);
  kn_buf_addv(&buf, msg);
  kn_buf_adds(&buf, "\n\n");
  kn_buf_add(&buf, s, n);
  kn_buf_addc(&buf, '\n');
  for (size_t i = 0; i < b; i++) kn_buf_addc(&buf, s[i] == '\t' ? '\t' : ' ');
  for (size_t i = b; i < end; i++) kn_buf_addc(&buf, '^');
  return kn_buf_to_str(&buf);
}
