/* io.c: IO ($stdout, $stderr, $stdin) and File, over C stdio (Dir is in dir.c). */
#include "internal.h"
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

kn_value kn_cIO, kn_cFile;
kn_value kn_stdout, kn_stderr, kn_stdin;
static kn_value io_stdout, io_stderr, io_stdin; /* the original objects */

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

typedef struct kn_io {
  kn_header h;
  FILE *fp;
  kn_value path;   /* String, or nil for the standard streams */
  const char *label; /* "<STDOUT>" etc. */
  bool readable, writable, sync, tty;
  int64_t lineno;
} kn_io;
#define KN_IO(v) ((kn_io *)(v))

/* Also dir.c's: the Errno class for err with ruby's "<strerror> @ where - path". */
_Noreturn void kn_io_sys_fail(int err, const char *where, kn_value path);
#define sys_fail kn_io_sys_fail
void kn_init_dir(void); /* dir.c */
void kn_init_stringio(const kn_method_def *writers); /* stringio.c */

static bool is_io(kn_value v) { return KN_TYPE_P(v, KN_T_DATA) && kn_class_inherits(kn_real_class_of(v), KN_CLASS(kn_cIO)); }

static kn_io *io_check(kn_value v) {
  KN_ASSERT(is_io(v), "IO method on a non-IO");
  if (!KN_IO(v)->fp) kn_raise_fmt(kn_eIOError, "closed stream");
  return KN_IO(v);
}

static kn_value io_new(kn_value klass, FILE *fp, kn_value path, const char *label, bool r, bool w) {
  kn_io *io = kn_alloc(sizeof(kn_io));
  io->h.klass = KN_CLASS(klass);
  io->h.type = KN_T_DATA;
  io->fp = fp;
  io->path = path;
  io->label = label;
  io->readable = r;
  io->writable = w;
  io->tty = fp && isatty(fileno(fp));
  return (kn_value)io;
}

/* ------------------------------------------------------------------------
 * Writing.  stdout is fully buffered (flushed at exit, before anything
 * goes to stderr, and per write when it is a terminal or sync is set).
 * ------------------------------------------------------------------------ */

void kn_io_flush_all(void) { fflush(stdout); }

static void io_write_bytes(kn_io *io, const char *p, size_t n) {
  if (!io->writable) kn_raise_fmt(kn_eIOError, "not opened for writing");
  if (io->fp == stderr) fflush(stdout);
  if (n && fwrite(p, 1, n, io->fp) != n) {
    int e = errno;
    if (e == EPIPE) kn_raise_fmt(kn_eErrno_EPIPE, "Broken pipe");
  }
  if (io->sync || io->tty || io->fp == stderr) fflush(io->fp);
}

void kn_io_write_stdout(const char *p, size_t n) { io_write_bytes(KN_IO(io_stdout), p, n); }
void kn_io_write_stderr(const char *p, size_t n) { io_write_bytes(KN_IO(io_stderr), p, n); }

/* io.write(str) for any object that looks like an IO. */
kn_value kn_io_write_value(kn_value io, kn_value str) {
  if (is_io(io)) {
    kn_value s = kn_obj_to_s(str);
    io_write_bytes(io_check(io), KN_STR(s)->ptr, (size_t)KN_STR(s)->len);
    return KN_INT2FIX(KN_STR(s)->len);
  }
  return kn_funcall1(io, "write", str);
}

static void puts_one(kn_value io, kn_value v, kn_buf *out);

static void puts_ary(kn_value io, kn_value ary, kn_buf *out) {
  if (!kn_recursion_enter(ary)) {
    kn_buf_adds(out, "[...]\n");
    return;
  }
  for (int64_t i = 0; i < KN_ARY(ary)->len; i++) puts_one(io, KN_ARY(ary)->ptr[i], out);
  kn_recursion_leave(ary);
}

static void puts_one(kn_value io, kn_value v, kn_buf *out) {
  kn_value s;
  if (KN_TYPE_P(v, KN_T_STRING)) s = v;
  else {
    kn_value a = KN_TYPE_P(v, KN_T_ARRAY) ? v : KN_SPECIAL_P(v) ? KN_NIL : kn_check_array(v);
    if (a != KN_NIL) {
      puts_ary(io, a, out);
      return;
    }
    s = kn_obj_to_s(v);
  }
  kn_buf_addv(out, s);
  if (KN_STR(s)->len == 0 || KN_STR(s)->ptr[KN_STR(s)->len - 1] != '\n') kn_buf_addc(out, '\n');
}

kn_value kn_io_puts_to(kn_value io, int argc, const kn_value *argv) {
  kn_buf out;
  kn_buf_init(&out);
  if (argc == 0) kn_buf_addc(&out, '\n');
  for (int i = 0; i < argc; i++) puts_one(io, argv[i], &out);
  if (is_io(io)) io_write_bytes(io_check(io), out.ptr, out.len);
  else kn_funcall1(io, "write", kn_buf_to_str(&out));
  return KN_NIL;
}

static kn_value io_puts(ARGS) { return kn_io_puts_to(self, argc, argv); }

/* Kernel#warn(*msgs, uplevel: nil, category: nil): the messages as puts
 * writes them, to $stderr, unless $VERBOSE is nil or the category is
 * :deprecated (off by default in ruby 3.1).  (uplevel's "file:line: warning: "
 * prefix is not written: the runtime does not know the caller's line.) */
static kn_value k_warn(ARGS) {
  kn_value category = KN_NIL;
  if (argc > 0 && KN_TYPE_P(argv[argc - 1], KN_T_HASH)) {
    kn_value opts = argv[argc - 1];
    kn_value up = kn_hash_lookup(opts, kn_intern("uplevel"), KN_UNDEF);
    kn_value cat = kn_hash_lookup(opts, kn_intern("category"), KN_UNDEF);
    int64_t known = (up != KN_UNDEF) + (cat != KN_UNDEF);
    if (known > 0 && known == kn_hash_size(opts)) {
      argc--;
      if (cat != KN_UNDEF) category = cat;
    }
  }
  if (argc == 0 || kn_gvar_get(kn_intern("$VERBOSE")) == KN_NIL) return KN_NIL;
  if (category == kn_intern("deprecated")) return KN_NIL;
  return kn_io_puts_to(kn_gvar_get(kn_intern("$stderr")), argc, argv);
}

static const kn_method_def kernel_io_methods[] = {
    {"warn", k_warn, 0, -1},
    {NULL, NULL, 0, 0}};

static kn_value io_print(ARGS) {
  for (int i = 0; i < argc; i++) kn_io_write_value(self, argv[i]);
  return KN_NIL;
}

static kn_value io_write(ARGS) {
  int64_t n = 0;
  for (int i = 0; i < argc; i++) {
    kn_value s = kn_obj_to_s(argv[i]);
    io_write_bytes(io_check(self), KN_STR(s)->ptr, (size_t)KN_STR(s)->len);
    n += KN_STR(s)->len;
  }
  return KN_INT2FIX(n);
}

static kn_value io_lshift(ARGS) {
  kn_io_write_value(self, argv[0]);
  return self;
}

static kn_value io_printf(ARGS) {
  if (argc == 0) return KN_NIL;
  kn_io_write_value(self, kn_format(argc, argv));
  return KN_NIL;
}

static kn_value io_putc(ARGS) {
  kn_value c = argv[0];
  char ch;
  if (KN_TYPE_P(c, KN_T_STRING)) {
    if (KN_STR(c)->len == 0) return c;
    ch = KN_STR(c)->ptr[0];
  } else ch = (char)kn_num2long(c);
  io_write_bytes(io_check(self), &ch, 1);
  return c;
}

static kn_value io_flush(ARGS) {
  fflush(io_check(self)->fp);
  return self;
}
static kn_value io_sync(ARGS) { return KN_BOOL(io_check(self)->sync); }
static kn_value io_set_sync(ARGS) {
  io_check(self)->sync = KN_TEST(argv[0]);
  if (KN_TEST(argv[0])) fflush(KN_IO(self)->fp);
  return argv[0];
}
static kn_value io_fileno(ARGS) { return KN_INT2FIX(fileno(io_check(self)->fp)); }
static kn_value io_tty_p(ARGS) { return KN_BOOL(isatty(fileno(io_check(self)->fp))); }

/* dup/clone (after Kernel's copy of the struct): a new descriptor on the same file
 * (dup(2)), sharing its offset, with its own FILE, as CRuby's IO#initialize_copy. The
 * original first writes out its buffer and gives back input it read ahead, so that
 * both continue from the position the program has seen. */
static kn_value io_init_copy(ARGS) {
  kn_value orig = argv[0];
  if (self == orig) return self;
  if (!is_io(orig)) kn_raise_fmt(kn_eTypeError, "initialize_copy should take same class object");
  kn_io *src = io_check(orig), *io = KN_IO(self);
  fflush(src->fp); /* glibc: input read ahead from a seekable file is dropped and the offset moved back */
  int fd = dup(fileno(src->fp));
  const char *mode = src->readable && src->writable ? "r+" : src->readable ? "r" : "w";
  FILE *fp = fd < 0 ? NULL : fdopen(fd, mode);
  if (!fp) {
    int e = errno;
    if (fd >= 0) close(fd);
    kn_raise_fmt(kn_eIOError, "%s", strerror(e));
  }
  io->fp = fp;
  return self;
}

/* ------------------------------------------------------------------------
 * Reading
 * ------------------------------------------------------------------------ */

static kn_io *io_check_readable(kn_value v) {
  kn_io *io = io_check(v);
  if (!io->readable) kn_raise_fmt(kn_eIOError, "not opened for reading");
  if (io->fp == stdin) fflush(stdout);
  return io;
}

/* One line including its "\n", or nil at end of file. */
static kn_value read_line(kn_io *io, bool chomp) {
  kn_buf b;
  kn_buf_init(&b);
  int c;
  bool any = false;
  while ((c = getc(io->fp)) != EOF) {
    any = true;
    if (c == '\n') {
      if (!chomp) kn_buf_addc(&b, '\n');
      break;
    }
    kn_buf_addc(&b, (char)c);
  }
  if (!any) return KN_NIL;
  io->lineno++;
  return kn_buf_to_str(&b);
}

static bool chomp_opt(int argc, const kn_value *argv) {
  if (argc > 0 && KN_TYPE_P(argv[argc - 1], KN_T_HASH))
    return KN_TEST(kn_hash_lookup(argv[argc - 1], kn_intern("chomp"), KN_FALSE));
  return false;
}

static kn_value io_gets(ARGS) { return read_line(io_check_readable(self), chomp_opt(argc, argv)); }

static kn_value io_readline(ARGS) {
  kn_value l = read_line(io_check_readable(self), chomp_opt(argc, argv));
  if (l == KN_NIL) kn_raise_fmt(kn_eEOFError, "end of file reached");
  return l;
}

static kn_value io_read(ARGS) {
  kn_io *io = io_check_readable(self);
  kn_buf b;
  kn_buf_init(&b);
  char chunk[8192];
  size_t n;
  if (argc > 0 && argv[0] != KN_NIL) {
    int64_t want = kn_num2long(argv[0]);
    while (want > 0 && (n = fread(chunk, 1, (size_t)(want < 8192 ? want : 8192), io->fp)) > 0) {
      kn_buf_add(&b, chunk, n);
      want -= (int64_t)n;
    }
    if (b.len == 0 && kn_num2long(argv[0]) > 0) return KN_NIL;
    return kn_buf_to_str(&b);
  }
  while ((n = fread(chunk, 1, sizeof chunk, io->fp)) > 0) kn_buf_add(&b, chunk, n);
  if (ferror(io->fp) && errno == EISDIR) {
    kn_buf e;
    kn_buf_init(&e);
    kn_buf_adds(&e, "Is a directory @ io_fread - ");
    kn_buf_addv(&e, KN_IO(self)->path);
    kn_raise_str(kn_eErrno_EISDIR, kn_buf_to_str(&e));
  }
  return kn_buf_to_str(&b);
}

static kn_value io_readlines(ARGS) {
  kn_io *io = io_check_readable(self);
  bool chomp = chomp_opt(argc, argv);
  kn_value ary = kn_ary_new(16), l;
  while ((l = read_line(io, chomp)) != KN_NIL) kn_ary_push(ary, l);
  return ary;
}

static kn_value io_each_line(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_line", argc, argv);
  kn_io *io = io_check_readable(self);
  bool chomp = chomp_opt(argc, argv);
  kn_value l;
  while ((l = read_line(io, chomp)) != KN_NIL) kn_yield1(blk, l);
  return self;
}

static kn_value io_eof_p(ARGS) {
  kn_io *io = io_check_readable(self);
  int c = getc(io->fp);
  if (c == EOF) return KN_TRUE;
  ungetc(c, io->fp);
  return KN_FALSE;
}

static kn_value io_close(ARGS) {
  kn_io *io = KN_IO(self);
  if (io->fp && io->fp != stdout && io->fp != stderr && io->fp != stdin) fclose(io->fp);
  else if (io->fp) fflush(io->fp);
  io->fp = NULL;
  return KN_NIL;
}
/* getc: one UTF-8 character (a stray byte alone), nil at the end. */
static kn_value io_getc(ARGS) {
  kn_io *io = io_check_readable(self);
  int c = getc(io->fp);
  if (c == EOF) return KN_NIL;
  char buf[4] = {(char)c};
  int n = c < 0x80 ? 1 : c >> 5 == 6 ? 2 : c >> 4 == 14 ? 3 : c >> 3 == 30 ? 4 : 1, got = 1;
  while (got < n) {
    int d = getc(io->fp);
    if (d == EOF) break;
    if ((d & 0xC0) != 0x80) { /* not a continuation: leave it for the next read */
      ungetc(d, io->fp);
      break;
    }
    buf[got++] = (char)d;
  }
  return kn_str_new(buf, got);
}
static kn_value io_getbyte(ARGS) {
  int c = getc(io_check_readable(self)->fp);
  return c == EOF ? KN_NIL : KN_INT2FIX(c);
}
static kn_value io_each_char(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_char", argc, argv);
  kn_value c;
  while ((c = io_getc(self, 0, NULL, KN_NIL)) != KN_NIL) kn_yield1(blk, c);
  return self;
}
static kn_value io_each_byte(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_byte", argc, argv);
  kn_value b;
  while ((b = io_getbyte(self, 0, NULL, KN_NIL)) != KN_NIL) kn_yield1(blk, b);
  return self;
}

/* Positioning (a File; the standard streams when they are files). */
static kn_value io_seek(ARGS) {
  kn_io *io = io_check(self);
  int whence = argc > 1 ? (int)kn_num2long(argv[1]) : SEEK_SET;
  if (fseeko(io->fp, (off_t)kn_num2long(argv[0]), whence) != 0)
    sys_fail(errno, "rb_io_seek", io->path != KN_NIL ? io->path : kn_str_cstr(io->label));
  return KN_INT2FIX(0);
}
static kn_value io_set_pos(ARGS) {
  kn_value a[2] = {argv[0], KN_INT2FIX(SEEK_SET)};
  io_seek(self, 2, a, KN_NIL);
  return argv[0];
}
static kn_value io_pos(ARGS) { return kn_int_new((int64_t)ftello(io_check(self)->fp)); }
static kn_value io_rewind(ARGS) {
  kn_io *io = io_check(self);
  rewind(io->fp);
  io->lineno = 0;
  return KN_INT2FIX(0);
}

static kn_value io_closed_p(ARGS) { return KN_BOOL(KN_IO(self)->fp == NULL); }
static kn_value io_lineno(ARGS) { return KN_INT2FIX(io_check(self)->lineno); }

static kn_value io_inspect(ARGS) {
  kn_io *io = KN_IO(self);
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_printf(&b, "#<%s:", kn_class_name(kn_real_class(self)));
  if (io->path != KN_NIL) kn_buf_addv(&b, io->path);
  else kn_buf_adds(&b, io->label);
  if (!io->fp) kn_buf_adds(&b, " (closed)");
  kn_buf_addc(&b, '>');
  return kn_buf_to_str(&b);
}

/* ------------------------------------------------------------------------
 * File
 * ------------------------------------------------------------------------ */

static kn_value path_arg(kn_value v) {
  if (KN_TYPE_P(v, KN_T_STRING)) return v;
  if (kn_respond_to(v, kn_intern("to_path"), false)) return kn_funcall0(v, "to_path");
  return kn_to_str(v);
}

/* The errnos file and directory calls report. exception.c defines a few
 * Errno classes; kn_init_io defines the rest of these the same way (with
 * their Errno constant), so rescue clauses can name them. */
static const struct { int no; const char *name; } errno_names[] = {
    {EPERM, "EPERM"},   {ENOENT, "ENOENT"},   {EINTR, "EINTR"},     {EIO, "EIO"},
    {EBADF, "EBADF"},   {EAGAIN, "EAGAIN"},   {ENOMEM, "ENOMEM"},   {EACCES, "EACCES"},
    {EBUSY, "EBUSY"},   {EEXIST, "EEXIST"},   {EXDEV, "EXDEV"},     {ENOTDIR, "ENOTDIR"},
    {EISDIR, "EISDIR"}, {EINVAL, "EINVAL"},   {EMFILE, "EMFILE"},   {ENOSPC, "ENOSPC"},
    {ESPIPE, "ESPIPE"}, {EROFS, "EROFS"},     {EPIPE, "EPIPE"},     {ENAMETOOLONG, "ENAMETOOLONG"},
    {ENOTEMPTY, "ENOTEMPTY"}, {ELOOP, "ELOOP"}};

static void define_errno_classes(void) {
  /* exception.c's Errno initializer ("<strerror> - detail"), shared by every Errno class */
  const kn_method *init = kn_find_method(KN_CLASS(kn_eErrno_ENOENT), kn_intern("initialize"));
  for (size_t i = 0; i < sizeof errno_names / sizeof errno_names[0]; i++) {
    if (kn_const_defined(kn_mErrno, kn_intern(errno_names[i].name))) continue;
    kn_value c = kn_define_class(kn_mErrno, errno_names[i].name, kn_eSystemCallError);
    kn_const_set(c, kn_intern("Errno"), KN_INT2FIX(errno_names[i].no));
    kn_define_method(c, "initialize", init->fn, 0, 1);
  }
}

static kn_value errno_class(int err) {
  for (size_t i = 0; i < sizeof errno_names / sizeof errno_names[0]; i++)
    if (errno_names[i].no == err) return kn_const_get(kn_mErrno, kn_intern(errno_names[i].name));
  return kn_eSystemCallError;
}

_Noreturn void kn_io_sys_fail(int err, const char *where, kn_value path) {
  kn_value klass = errno_class(err);
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_printf(&b, "%s @ %s - ", strerror(err), where);
  kn_buf_addv(&b, path);
  kn_value e = kn_exc_alloc(KN_CLASS(klass));
  KN_EXC(e)->message = kn_buf_to_str(&b);
  KN_EXC(e)->aux1 = KN_INT2FIX(err);
  kn_raise(e);
}

static kn_value file_open_raw(kn_value path, const char *mode) {
  path = path_arg(path);
  char m = mode[0];
  bool plus = strchr(mode, '+') != NULL;
  if (m != 'r' && m != 'w' && m != 'a') kn_raise_fmt(kn_eArgumentError, "invalid access mode %s", mode);
  char cmode[4] = {m, plus ? '+' : 0, 0, 0};
  FILE *fp = fopen(KN_STR(path)->ptr, cmode);
  if (!fp) sys_fail(errno, "rb_sysopen", path);
  struct stat st;
  if (m == 'r' && fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
    /* fopen succeeds on a directory; reading it fails like ruby's */
  }
  return io_new(kn_cFile, fp, kn_str_dup(path), NULL, m == 'r' || plus, m != 'r' || plus);
}

static const char *mode_arg(int argc, const kn_value *argv) {
  if (argc > 1 && KN_TYPE_P(argv[1], KN_T_STRING)) return KN_STR(argv[1])->ptr;
  return "r";
}

static kn_value file_s_open(ARGS) {
  kn_value f = file_open_raw(argv[0], mode_arg(argc, argv));
  if (blk == KN_NIL) return f;
  kn_jump j;
  kn_value r = KN_NIL;
  if (KN_PROTECT(j) == 0) {
    r = kn_yield1(blk, f);
    KN_UNPROTECT(j);
  } else {
    io_close(f, 0, NULL, KN_NIL);
    kn_rethrow(&j);
  }
  io_close(f, 0, NULL, KN_NIL);
  return r;
}

static kn_value file_s_read(ARGS) {
  kn_value f = file_open_raw(argv[0], "r");
  kn_value s = io_read(f, 0, NULL, KN_NIL);
  io_close(f, 0, NULL, KN_NIL);
  return s;
}

static kn_value file_s_readlines(ARGS) {
  kn_value f = file_open_raw(argv[0], "r");
  kn_value a = io_readlines(f, argc - 1, argv + 1, KN_NIL);
  io_close(f, 0, NULL, KN_NIL);
  return a;
}

static kn_value file_s_foreach(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "foreach", argc, argv);
  kn_value f = file_open_raw(argv[0], "r");
  io_each_line(f, argc - 1, argv + 1, blk);
  io_close(f, 0, NULL, KN_NIL);
  return KN_NIL;
}

/* File.binread(path, length = nil, offset = 0): an ASCII-8BIT String */
static kn_value file_s_binread(ARGS) {
  kn_value f = file_open_raw(argv[0], "r");
  if (argc > 2 && argv[2] != KN_NIL) {
    int64_t off = kn_num2long(argv[2]);
    if (off < 0) kn_raise_fmt(kn_eArgumentError, "negative offset %ld given", (long)off);
    fseeko(KN_IO(f)->fp, (off_t)off, SEEK_SET);
  }
  if (argc > 1 && argv[1] != KN_NIL && kn_num2long(argv[1]) < 0)
    kn_raise_fmt(kn_eArgumentError, "negative length %ld given", (long)kn_num2long(argv[1]));
  kn_value s = io_read(f, argc > 1 ? 1 : 0, argv + 1, KN_NIL);
  io_close(f, 0, NULL, KN_NIL);
  if (s != KN_NIL) KN_HDR(s)->flags |= KN_FL_BINARY;
  return s;
}

/* File.write / File.binwrite(path, data): bytes written */
static kn_value file_s_write(ARGS) {
  kn_value f = file_open_raw(argv[0], "w");
  kn_value s = kn_obj_to_s(argv[1]);
  io_write_bytes(KN_IO(f), KN_STR(s)->ptr, (size_t)KN_STR(s)->len);
  io_close(f, 0, NULL, KN_NIL);
  return KN_INT2FIX(KN_STR(s)->len);
}

static kn_value file_s_exist(ARGS) {
  struct stat st;
  return KN_BOOL(stat(KN_STR(path_arg(argv[0]))->ptr, &st) == 0);
}
static kn_value file_s_file_p(ARGS) {
  struct stat st;
  return KN_BOOL(stat(KN_STR(path_arg(argv[0]))->ptr, &st) == 0 && S_ISREG(st.st_mode));
}
static kn_value file_s_directory_p(ARGS) {
  struct stat st;
  return KN_BOOL(stat(KN_STR(path_arg(argv[0]))->ptr, &st) == 0 && S_ISDIR(st.st_mode));
}
static kn_value file_s_size(ARGS) {
  struct stat st;
  kn_value p = path_arg(argv[0]);
  if (stat(KN_STR(p)->ptr, &st) != 0) sys_fail(errno, "rb_file_s_size", p);
  return kn_int_new((int64_t)st.st_size);
}
/* File.zero?/empty?: an existing file of size 0; File.size?: the size, nil when 0 or missing. */
static kn_value file_s_zero_p(ARGS) {
  struct stat st;
  return KN_BOOL(stat(KN_STR(path_arg(argv[0]))->ptr, &st) == 0 && st.st_size == 0);
}
static kn_value file_s_size_p(ARGS) {
  struct stat st;
  if (stat(KN_STR(path_arg(argv[0]))->ptr, &st) != 0 || st.st_size == 0) return KN_NIL;
  return kn_int_new((int64_t)st.st_size);
}
static kn_value file_access(kn_value path, int mode) { return KN_BOOL(access(KN_STR(path_arg(path))->ptr, mode) == 0); }
static kn_value file_s_readable_p(ARGS) { return file_access(argv[0], R_OK); }
static kn_value file_s_writable_p(ARGS) { return file_access(argv[0], W_OK); }
static kn_value file_s_executable_p(ARGS) { return file_access(argv[0], X_OK); }
static kn_value file_s_symlink_p(ARGS) {
  struct stat st;
  return KN_BOOL(lstat(KN_STR(path_arg(argv[0]))->ptr, &st) == 0 && S_ISLNK(st.st_mode));
}
static kn_value file_s_rename(ARGS) {
  kn_value from = path_arg(argv[0]), to = path_arg(argv[1]);
  if (rename(KN_STR(from)->ptr, KN_STR(to)->ptr) != 0) {
    int err = errno;
    kn_buf b; /* ruby names both paths: "(from, to)" */
    kn_buf_init(&b);
    kn_buf_addc(&b, '(');
    kn_buf_addv(&b, from);
    kn_buf_adds(&b, ", ");
    kn_buf_addv(&b, to);
    kn_buf_addc(&b, ')');
    sys_fail(err, "rb_file_s_rename", kn_buf_to_str(&b));
  }
  return KN_INT2FIX(0);
}

static kn_value file_s_delete(ARGS) {
  for (int i = 0; i < argc; i++) {
    kn_value p = path_arg(argv[i]);
    if (unlink(KN_STR(p)->ptr) != 0) sys_fail(errno, "apply2files", p);
  }
  return KN_INT2FIX(argc);
}

static kn_value file_s_basename(ARGS) {
  kn_value path = path_arg(argv[0]);
  const char *p = KN_STR(path)->ptr;
  int64_t len = KN_STR(path)->len;
  while (len > 1 && p[len - 1] == '/') len--;
  if (len == 1 && p[0] == '/') return kn_str_new("/", 1);
  int64_t start = len;
  while (start > 0 && p[start - 1] != '/') start--;
  int64_t n = len - start;
  if (argc > 1) {
    kn_value suf = kn_to_str(argv[1]);
    const char *s = KN_STR(suf)->ptr;
    int64_t sl = KN_STR(suf)->len;
    if (sl == 2 && s[0] == '.' && s[1] == '*') {
      int64_t dot = -1;
      for (int64_t i = n - 1; i > 0; i--)
        if (p[start + i] == '.') { dot = i; break; }
      if (dot > 0) n = dot;
    } else if (sl > 0 && sl < n && memcmp(p + start + n - sl, s, (size_t)sl) == 0) {
      n -= sl;
    }
  }
  return kn_str_new(p + start, n);
}

static kn_value file_s_dirname(ARGS) {
  kn_value path = path_arg(argv[0]);
  const char *p = KN_STR(path)->ptr;
  int64_t len = KN_STR(path)->len;
  while (len > 1 && p[len - 1] == '/') len--;
  while (len > 0 && p[len - 1] != '/') len--;
  if (len == 0) return kn_str_new(".", 1);
  while (len > 1 && p[len - 1] == '/') len--;
  return kn_str_new(p, len);
}

static kn_value file_s_extname(ARGS) {
  kn_value path = path_arg(argv[0]);
  const char *p = KN_STR(path)->ptr;
  int64_t len = KN_STR(path)->len, start = len;
  while (start > 0 && p[start - 1] != '/') start--;
  while (start < len && p[start] == '.') start++; /* leading dots are not extensions */
  for (int64_t i = len - 1; i > start; i--)
    if (p[i] == '.') return i == len - 1 ? kn_str_new("", 0) : kn_str_new(p + i, len - i);
  return kn_str_new("", 0);
}

static void join_into(kn_buf *b, kn_value v, bool *first) {
  if (KN_TYPE_P(v, KN_T_ARRAY)) {
    for (int64_t i = 0; i < KN_ARY(v)->len; i++) join_into(b, KN_ARY(v)->ptr[i], first);
    return;
  }
  kn_value s = path_arg(v);
  const char *p = KN_STR(s)->ptr;
  int64_t n = KN_STR(s)->len;
  if (!*first) {
    bool has = b->len > 0 && b->ptr[b->len - 1] == '/';
    while (n > 0 && p[0] == '/' && has) p++, n--;
    if (!has && !(n > 0 && p[0] == '/')) kn_buf_addc(b, '/');
    else if (has && n > 0 && p[0] == '/') p++, n--;
  }
  kn_buf_add(b, p, (size_t)n);
  *first = false;
}

static kn_value file_s_join(ARGS) {
  kn_buf b;
  kn_buf_init(&b);
  bool first = true;
  for (int i = 0; i < argc; i++) join_into(&b, argv[i], &first);
  return kn_buf_to_str(&b);
}

static kn_value file_s_expand_path(ARGS) {
  kn_value path = path_arg(argv[0]);
  kn_buf b;
  kn_buf_init(&b);
  const char *p = KN_STR(path)->ptr;
  if (p[0] == '~' && (p[1] == '/' || p[1] == 0)) {
    const char *home = getenv("HOME");
    kn_buf_adds(&b, home ? home : "");
    p++;
  } else if (p[0] != '/') {
    if (argc > 1 && argv[1] != KN_NIL) {
      kn_value dir = file_s_expand_path(self, 1, &argv[1], KN_NIL);
      kn_buf_addv(&b, dir);
    } else {
      char cwd[PATH_MAX];
      if (!getcwd(cwd, sizeof cwd)) cwd[0] = 0;
      kn_buf_adds(&b, cwd);
    }
    kn_buf_addc(&b, '/');
  }
  kn_buf_adds(&b, p);
  /* normalize: collapse //, ., .. */
  char *src = b.ptr;
  char *out = kn_alloc_atomic(b.len + 2);
  size_t o = 0;
  for (size_t i = 0; i < b.len;) {
    while (i < b.len && src[i] == '/') i++;
    size_t s = i;
    while (i < b.len && src[i] != '/') i++;
    size_t n = i - s;
    if (n == 0 || (n == 1 && src[s] == '.')) continue;
    if (n == 2 && src[s] == '.' && src[s + 1] == '.') {
      while (o > 0 && out[o - 1] != '/') o--;
      if (o > 0) o--;
      continue;
    }
    out[o++] = '/';
    memcpy(out + o, src + s, n);
    o += n;
  }
  if (o == 0) out[o++] = '/';
  return kn_str_new(out, (int64_t)o);
}

static kn_value file_path(ARGS) { return KN_IO(self)->path; }

static const kn_method_def io_methods[] = {
    {"puts", io_puts, 0, -1},
    {"print", io_print, 0, -1},
    {"write", io_write, 0, -1},
    {"<<", io_lshift, 1, 1},
    {"printf", io_printf, 0, -1},
    {"putc", io_putc, 1, 1},
    {"flush", io_flush, 0, 0},
    {"sync", io_sync, 0, 0},
    {"sync=", io_set_sync, 1, 1},
    {"fileno", io_fileno, 0, 0},
    {"tty?", io_tty_p, 0, 0},
    {"isatty", io_tty_p, 0, 0},
    {"gets", io_gets, 0, 2},
    {"readline", io_readline, 0, 2},
    {"read", io_read, 0, 1},
    {"readlines", io_readlines, 0, 2},
    {"each_line", io_each_line, 0, 2},
    {"each", io_each_line, 0, 2},
    {"eof?", io_eof_p, 0, 0},
    {"eof", io_eof_p, 0, 0},
    {"close", io_close, 0, 0},
    {"closed?", io_closed_p, 0, 0},
    {"lineno", io_lineno, 0, 0},
    {"seek", io_seek, 1, 2},
    {"getc", io_getc, 0, 0},
    {"getbyte", io_getbyte, 0, 0},
    {"each_char", io_each_char, 0, 0},
    {"each_byte", io_each_byte, 0, 0},
    {"pos", io_pos, 0, 0},
    {"tell", io_pos, 0, 0},
    {"pos=", io_set_pos, 1, 1},
    {"rewind", io_rewind, 0, 0},
    {"inspect", io_inspect, 0, 0},
    {"initialize_copy", io_init_copy, 1, 1},
    {NULL, NULL, 0, 0}};

/* IO's singleton methods that take a path (File inherits them) */
static const kn_method_def io_singleton_methods[] = {
    {"read", file_s_read, 1, 2},
    {"binread", file_s_binread, 1, 3},
    {"readlines", file_s_readlines, 1, 3},
    {"foreach", file_s_foreach, 1, 3},
    {"write", file_s_write, 2, 3},
    {"binwrite", file_s_write, 2, 3},
    {NULL, NULL, 0, 0}};

static const kn_method_def file_singleton_methods[] = {
    {"open", file_s_open, 1, 3},
    {"exist?", file_s_exist, 1, 1},
    {"file?", file_s_file_p, 1, 1},
    {"directory?", file_s_directory_p, 1, 1},
    {"size", file_s_size, 1, 1},
    {"size?", file_s_size_p, 1, 1},
    {"zero?", file_s_zero_p, 1, 1},
    {"empty?", file_s_zero_p, 1, 1},
    {"readable?", file_s_readable_p, 1, 1},
    {"writable?", file_s_writable_p, 1, 1},
    {"executable?", file_s_executable_p, 1, 1},
    {"symlink?", file_s_symlink_p, 1, 1},
    {"rename", file_s_rename, 2, 2},
    {"delete", file_s_delete, 0, -1},
    {"unlink", file_s_delete, 0, -1},
    {"basename", file_s_basename, 1, 2},
    {"dirname", file_s_dirname, 1, 2},
    {"extname", file_s_extname, 1, 1},
    {"join", file_s_join, 0, -1},
    {"expand_path", file_s_expand_path, 1, 2},
    {NULL, NULL, 0, 0}};

/* StringIO's writers are IO's: each ends in a call of the object's `write`. */
static const kn_method_def stringio_writers[] = {
    {"puts", io_puts, 0, -1},
    {"print", io_print, 0, -1},
    {"printf", io_printf, 0, -1},
    {"<<", io_lshift, 1, 1},
    {NULL, NULL, 0, 0}};

void kn_init_io(void) {
  kn_cIO = kn_define_class(kn_cObject, "IO", KN_NIL);
  KN_CLASS(kn_cIO)->alloc = NULL;
  kn_define_methods(kn_cIO, io_methods);
  kn_define_singleton_methods(kn_cIO, io_singleton_methods);
  kn_cFile = kn_define_class(kn_cObject, "File", kn_cIO);
  kn_define_singleton_methods(kn_cFile, file_singleton_methods);
  kn_define_method(kn_cFile, "path", file_path, 0, 0);
  kn_const_set(kn_cFile, kn_intern("SEPARATOR"), kn_str_cstr("/"));
  kn_const_set(kn_cIO, kn_intern("SEEK_SET"), KN_INT2FIX(SEEK_SET));
  kn_const_set(kn_cIO, kn_intern("SEEK_CUR"), KN_INT2FIX(SEEK_CUR));
  kn_const_set(kn_cIO, kn_intern("SEEK_END"), KN_INT2FIX(SEEK_END));
  kn_init_dir(); /* Dir and File.fnmatch, beside File */
  kn_init_stringio(stringio_writers);
  define_errno_classes();

  io_stdout = kn_stdout = io_new(kn_cIO, stdout, KN_NIL, "<STDOUT>", false, true);
  io_stderr = kn_stderr = io_new(kn_cIO, stderr, KN_NIL, "<STDERR>", false, true);
  io_stdin = kn_stdin = io_new(kn_cIO, stdin, KN_NIL, "<STDIN>", true, false);
  kn_const_set(kn_cObject, kn_intern("STDOUT"), io_stdout);
  kn_const_set(kn_cObject, kn_intern("STDERR"), io_stderr);
  kn_const_set(kn_cObject, kn_intern("STDIN"), io_stdin);
  kn_gvar_set(kn_intern("$stdin"), io_stdin);
  kn_gvar_set(kn_intern("$VERBOSE"), KN_FALSE); /* ruby's default (-W1): warn writes, verbose-only warnings do not */
  kn_define_private_methods(kn_mKernel, kernel_io_methods);
  /* A full buffer for stdout: ruby's output to a pipe or file is block-buffered too. */
  static char outbuf[1 << 16];
  setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
}
