/* dir.c: the Dir class (listing, creating and removing directories, glob)
 * and File.fnmatch with its FNM_* flags. kn_init_dir is called by kn_init_io. */
#define _GNU_SOURCE /* FNM_CASEFOLD */
#include "internal.h"
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

/* io.c: raises the Errno class for err with ruby's "<strerror> @ where - path" message. */
_Noreturn void kn_io_sys_fail(int err, const char *where, kn_value path);
void kn_init_dir(void);

kn_value kn_cDir;

/* Ruby's File::FNM_* values, mapped to the C library's flags below. */
enum { RB_FNM_NOESCAPE = 1, RB_FNM_PATHNAME = 2, RB_FNM_DOTMATCH = 4, RB_FNM_CASEFOLD = 8, RB_FNM_EXTGLOB = 16 };

static int c_fnm_flags(int64_t rb) {
  int f = 0;
  if (rb & RB_FNM_NOESCAPE) f |= FNM_NOESCAPE;
  if (rb & RB_FNM_PATHNAME) f |= FNM_PATHNAME;
  if (!(rb & RB_FNM_DOTMATCH)) f |= FNM_PERIOD;
  if (rb & RB_FNM_CASEFOLD) f |= FNM_CASEFOLD;
  return f;
}

static kn_value path_str(kn_value v) {
  if (KN_TYPE_P(v, KN_T_STRING)) return v;
  if (kn_respond_to(v, kn_intern("to_path"), false)) return kn_funcall0(v, "to_path");
  return kn_to_str(v);
}

static const char *cpath(kn_value v) { return KN_STR(path_str(v))->ptr; }

static bool is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The names in dir (with "." and ".." when dots), sorted bytewise when sort. */
static int cmp_cstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static kn_value list_names(const char *dir, bool dots, bool sort, kn_value path_for_error) {
  DIR *d = opendir(*dir ? dir : ".");
  if (!d) {
    if (path_for_error == KN_NIL) return kn_ary_new(0);
    kn_io_sys_fail(errno, "dir_initialize", path_for_error);
  }
  int64_t n = 0, cap = 16;
  char **names = kn_alloc(sizeof(char *) * (size_t)cap);
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (!dots && (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))) continue;
    if (n == cap) {
      char **bigger = kn_alloc(sizeof(char *) * (size_t)(cap *= 2));
      memcpy(bigger, names, sizeof(char *) * (size_t)n);
      names = bigger;
    }
    names[n] = kn_alloc(strlen(e->d_name) + 1);
    strcpy(names[n++], e->d_name);
  }
  closedir(d);
  if (sort) qsort(names, (size_t)n, sizeof(char *), cmp_cstr);
  kn_value ary = kn_ary_new(n);
  for (int64_t i = 0; i < n; i++) kn_ary_push(ary, kn_str_cstr(names[i]));
  return ary;
}

/* ------------------------------------------------------------------------
 * glob: braces are expanded first (each alternative globbed in turn, as ruby
 * does); then the pattern is walked one '/'-separated segment at a time,
 * each directory's entries in sorted order, depth first.
 * ------------------------------------------------------------------------ */

typedef struct glob_ctx {
  kn_value out;        /* Array of result Strings */
  const char *base;    /* directory the relative pattern starts in ("" = cwd) */
  int flags;           /* C fnmatch flags */
  bool dotmatch;
  char **segs;
  int nsegs;
} glob_ctx;

static bool has_magic(const char *s) { return strpbrk(s, "*?[\\") != NULL; }

/* base + rel as a file system path. */
static char *fs_path(const glob_ctx *g, const char *rel) {
  size_t bl = strlen(g->base), rl = strlen(rel);
  char *p = kn_alloc(bl + rl + 2);
  if (bl && *rel != '/') {
    memcpy(p, g->base, bl);
    p[bl] = '/';
    memcpy(p + bl + 1, rel, rl + 1);
  } else {
    memcpy(p, rel, rl + 1);
  }
  return p;
}

static char *join_rel(const char *prefix, const char *name) {
  size_t pl = strlen(prefix), nl = strlen(name);
  char *p = kn_alloc(pl + nl + 2);
  memcpy(p, prefix, pl);
  memcpy(p + pl, name, nl + 1);
  return p;
}

static void glob_at(glob_ctx *g, const char *prefix, int i);

/* prefix names an existing entry that matched segment i-1: emit it or go on. */
static void glob_matched(glob_ctx *g, const char *rel, int i) {
  if (i == g->nsegs) {
    kn_ary_push(g->out, kn_str_cstr(rel));
  } else if (is_dir(fs_path(g, *rel ? rel : "."))) {
    glob_at(g, join_rel(rel, "/"), i);
  }
}

/* A directory's entries for glob, sorted: "." is there (ruby 3.1 matches it
 * against ".*" or with FNM_DOTMATCH), ".." never is. */
static kn_value dir_entries_for(const glob_ctx *g, const char *prefix) {
  kn_value all = list_names(fs_path(g, *prefix ? prefix : "."), true, true, KN_NIL), names = kn_ary_new(KN_ARY(all)->len);
  for (int64_t k = 0; k < KN_ARY(all)->len; k++)
    if (strcmp(KN_STR(KN_ARY(all)->ptr[k])->ptr, "..")) kn_ary_push(names, KN_ARY(all)->ptr[k]);
  return names;
}

static bool visible(const glob_ctx *g, const char *name) { return g->dotmatch || name[0] != '.'; }

/* A "**" segment before another: zero or more directories. Each entry, in sorted order, is tried
 * against the next segment (a trailing '/' takes every directory), then a
 * directory is descended with "**" again: ruby's result order. */
static void glob_recursive(glob_ctx *g, const char *prefix, int i) {
  const char *next = g->segs[i + 1];
  kn_value names = dir_entries_for(g, prefix);
  for (int64_t k = 0; k < KN_ARY(names)->len; k++) {
    const char *name = KN_STR(KN_ARY(names)->ptr[k])->ptr;
    if (!strcmp(name, ".") && *prefix) continue; /* ruby: only the starting directory's "." */
    char *rel = join_rel(prefix, name);
    bool dir = strcmp(name, ".") && is_dir(fs_path(g, rel));
    if (!*next) {
      if (dir && visible(g, name)) glob_matched(g, rel, i + 1);
    } else if (fnmatch(next, name, g->flags) == 0) {
      glob_matched(g, rel, i + 2);
    }
    if (dir && visible(g, name)) glob_at(g, join_rel(rel, "/"), i);
  }
}

static void glob_at(glob_ctx *g, const char *prefix, int i) {
  const char *seg = g->segs[i];
  if (!strcmp(seg, "**") && i + 1 < g->nsegs) {
    glob_recursive(g, prefix, i);
  } else if (!*seg) { /* a trailing '/': the directory itself */
    if (i + 1 == g->nsegs) kn_ary_push(g->out, kn_str_cstr(prefix));
  } else if (!has_magic(seg)) {
    char *rel = join_rel(prefix, seg);
    struct stat st;
    if (lstat(fs_path(g, rel), &st) == 0) glob_matched(g, rel, i + 1);
  } else {
    kn_value names = dir_entries_for(g, prefix);
    for (int64_t k = 0; k < KN_ARY(names)->len; k++) {
      const char *name = KN_STR(KN_ARY(names)->ptr[k])->ptr;
      if (fnmatch(seg, name, g->flags) == 0) glob_matched(g, join_rel(prefix, name), i + 1);
    }
  }
}

/* Splits pattern at '/' into g->segs; an absolute pattern starts at "/". */
static const char *split_segments(glob_ctx *g, const char *pat) {
  const char *prefix = "";
  if (*pat == '/') {
    prefix = "/";
    while (*pat == '/') pat++;
  }
  int cap = 1;
  for (const char *p = pat; *p; p++) cap += *p == '/';
  g->segs = kn_alloc(sizeof(char *) * (size_t)cap);
  g->nsegs = 0;
  const char *start = pat;
  for (const char *p = pat;; p++) {
    if (*p != '/' && *p) continue;
    size_t len = (size_t)(p - start);
    char *s = kn_alloc(len + 1);
    memcpy(s, start, len);
    s[len] = 0;
    g->segs[g->nsegs++] = s;
    if (!*p) break;
    start = p + 1;
  }
  return prefix;
}

static void glob_one(void *ctx, const char *pat) {
  glob_ctx *g = ctx;
  if (!*pat) return;
  const char *prefix = split_segments(g, pat);
  glob_at(g, prefix, 0);
}

/* Calls each(ctx, p) for every pattern p that pat's {a,b} groups expand to,
 * in order (the first group is expanded, then each result recursively). */
typedef void brace_fn(void *ctx, const char *pat);

static void expand_braces(const char *pat, brace_fn *each, void *ctx) {
  const char *open = NULL, *close = NULL;
  int depth = 0;
  for (const char *p = pat; *p; p++) {
    if (*p == '\\' && p[1]) { p++; continue; }
    if (*p == '{' && depth++ == 0) open = p;
    else if (*p == '}' && depth > 0 && --depth == 0) { close = p; break; }
  }
  if (!open || !close) { each(ctx, pat); return; }
  const char *alt = open + 1;
  depth = 0;
  for (const char *p = alt; p <= close; p++) {
    if (*p == '{') depth++;
    else if (*p == '}' && depth > 0) { depth--; continue; }
    if ((*p == ',' && depth == 0) || p == close) {
      size_t head = (size_t)(open - pat), mid = (size_t)(p - alt), tail = strlen(close + 1);
      char *s = kn_alloc(head + mid + tail + 1);
      memcpy(s, pat, head);
      memcpy(s + head, alt, mid);
      memcpy(s + head + mid, close + 1, tail + 1);
      expand_braces(s, each, ctx);
      alt = p + 1;
    }
  }
}

/* Dir.glob(pattern_or_patterns, flags = 0, base: nil) and Dir[...] */
static kn_value glob_patterns(int argc, const kn_value *argv, int64_t rbflags, kn_value base, kn_value blk) {
  glob_ctx g = {.out = kn_ary_new(8), .base = base == KN_NIL ? "" : cpath(base)};
  g.flags = c_fnm_flags(rbflags);
  g.dotmatch = (rbflags & RB_FNM_DOTMATCH) != 0;
  for (int a = 0; a < argc; a++) {
    if (KN_TYPE_P(argv[a], KN_T_ARRAY)) {
      kn_value ary = argv[a];
      for (int64_t k = 0; k < KN_ARY(ary)->len; k++) expand_braces(cpath(KN_ARY(ary)->ptr[k]), glob_one, &g);
    } else {
      expand_braces(cpath(argv[a]), glob_one, &g);
    }
  }
  if (blk == KN_NIL) return g.out;
  for (int64_t k = 0; k < KN_ARY(g.out)->len; k++) kn_yield1(blk, KN_ARY(g.out)->ptr[k]);
  return KN_NIL;
}

static kn_value opt_base(int *argc, const kn_value *argv) {
  if (*argc > 1 && KN_TYPE_P(argv[*argc - 1], KN_T_HASH)) {
    kn_value base = kn_hash_lookup(argv[*argc - 1], kn_intern("base"), KN_NIL);
    (*argc)--;
    return base;
  }
  return KN_NIL;
}

static kn_value dir_s_glob(ARGS) {
  kn_value base = opt_base(&argc, argv);
  int64_t flags = argc > 1 ? kn_num2long(argv[1]) : 0;
  return glob_patterns(1, argv, flags, base, blk);
}

static kn_value dir_s_aref(ARGS) {
  kn_value base = opt_base(&argc, argv);
  return glob_patterns(argc, argv, 0, base, KN_NIL);
}

/* ------------------------------------------------------------------------
 * The rest of Dir's class methods.
 * ------------------------------------------------------------------------ */

static kn_value dir_s_pwd(ARGS) {
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) kn_io_sys_fail(errno, "getcwd", kn_str_cstr("."));
  return kn_str_cstr(buf);
}

static kn_value dir_s_exist(ARGS) { return KN_BOOL(is_dir(cpath(argv[0]))); }

static kn_value dir_s_mkdir(ARGS) {
  mode_t mode = argc > 1 ? (mode_t)kn_num2long(argv[1]) : 0777;
  if (mkdir(cpath(argv[0]), mode) != 0) kn_io_sys_fail(errno, "dir_s_mkdir", path_str(argv[0]));
  return KN_INT2FIX(0);
}

static kn_value dir_s_rmdir(ARGS) {
  if (rmdir(cpath(argv[0])) != 0) kn_io_sys_fail(errno, "dir_s_rmdir", path_str(argv[0]));
  return KN_INT2FIX(0);
}

/* Dir.entries keeps readdir's order, as ruby does; children drop "." and "..". */
static kn_value dir_s_entries(ARGS) { return list_names(cpath(argv[0]), true, false, path_str(argv[0])); }
static kn_value dir_s_children(ARGS) { return list_names(cpath(argv[0]), false, false, path_str(argv[0])); }

static kn_value dir_s_each_child(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_child", argc, argv);
  kn_value names = dir_s_children(self, argc, argv, KN_NIL);
  for (int64_t k = 0; k < KN_ARY(names)->len; k++) kn_yield1(blk, KN_ARY(names)->ptr[k]);
  return KN_NIL;
}

static kn_value dir_s_empty_p(ARGS) {
  if (!is_dir(cpath(argv[0]))) return KN_FALSE;
  return KN_BOOL(KN_ARY(dir_s_children(self, argc, argv, KN_NIL))->len == 0);
}

static kn_value dir_s_home(ARGS) {
  const char *h = getenv("HOME");
  return kn_str_cstr(h ? h : "/");
}

/* Dir.chdir(path) { |path| ... } returns to the old directory afterwards. */
static kn_value dir_s_chdir(ARGS) {
  kn_value target = argc > 0 ? path_str(argv[0]) : dir_s_home(self, 0, NULL, KN_NIL);
  kn_value old = dir_s_pwd(self, 0, NULL, KN_NIL);
  if (chdir(KN_STR(target)->ptr) != 0) kn_io_sys_fail(errno, "dir_s_chdir", target);
  if (blk == KN_NIL) return KN_INT2FIX(0);
  kn_jump j;
  kn_value r = KN_NIL;
  if (KN_PROTECT(j) == 0) {
    r = kn_yield1(blk, target);
    KN_UNPROTECT(j);
  } else {
    if (chdir(KN_STR(old)->ptr) != 0) { /* the old directory is gone: stay */ }
    kn_rethrow(&j);
  }
  if (chdir(KN_STR(old)->ptr) != 0) kn_io_sys_fail(errno, "dir_s_chdir", old);
  return r;
}

/* File.fnmatch(pattern, path, flags = 0); {a,b} only with FNM_EXTGLOB. */
typedef struct fnmatch_ctx {
  const char *path;
  int flags;
  bool hit;
} fnmatch_ctx;

static void fnmatch_one(void *ctx, const char *pat) {
  fnmatch_ctx *m = ctx;
  if (!m->hit && fnmatch(pat, m->path, m->flags) == 0) m->hit = true;
}

static kn_value file_s_fnmatch(ARGS) {
  int64_t rb = argc > 2 ? kn_num2long(argv[2]) : 0;
  fnmatch_ctx m = {.path = cpath(argv[1]), .flags = c_fnm_flags(rb)};
  if (rb & RB_FNM_EXTGLOB) expand_braces(cpath(argv[0]), fnmatch_one, &m);
  else fnmatch_one(&m, cpath(argv[0]));
  return KN_BOOL(m.hit);
}

static const kn_method_def dir_singleton_methods[] = {
    {"glob", dir_s_glob, 1, 3},
    {"[]", dir_s_aref, 0, -1},
    {"pwd", dir_s_pwd, 0, 0},
    {"getwd", dir_s_pwd, 0, 0},
    {"exist?", dir_s_exist, 1, 1},
    {"mkdir", dir_s_mkdir, 1, 2},
    {"rmdir", dir_s_rmdir, 1, 1},
    {"delete", dir_s_rmdir, 1, 1},
    {"unlink", dir_s_rmdir, 1, 1},
    {"entries", dir_s_entries, 1, 2},
    {"children", dir_s_children, 1, 2},
    {"each_child", dir_s_each_child, 1, 2},
    {"empty?", dir_s_empty_p, 1, 1},
    {"home", dir_s_home, 0, 1},
    {"chdir", dir_s_chdir, 0, 1},
    {NULL, NULL, 0, 0}};

void kn_init_dir(void) {
  kn_cDir = kn_define_class(kn_cObject, "Dir", KN_NIL);
  KN_CLASS(kn_cDir)->alloc = NULL;
  kn_define_singleton_methods(kn_cDir, dir_singleton_methods);
  kn_value file = kn_const_get(kn_cObject, kn_intern("File"));
  kn_define_singleton_methods(file, (const kn_method_def[]){{"fnmatch", file_s_fnmatch, 2, 3},
                                                            {"fnmatch?", file_s_fnmatch, 2, 3},
                                                            {NULL, NULL, 0, 0}});
  static const struct { const char *name; int value; } fnm[] = {
      {"FNM_NOESCAPE", RB_FNM_NOESCAPE}, {"FNM_PATHNAME", RB_FNM_PATHNAME}, {"FNM_DOTMATCH", RB_FNM_DOTMATCH},
      {"FNM_CASEFOLD", RB_FNM_CASEFOLD}, {"FNM_EXTGLOB", RB_FNM_EXTGLOB}, {"FNM_SYSCASE", 0}};
  for (size_t k = 0; k < sizeof fnm / sizeof fnm[0]; k++) kn_const_set(file, kn_intern(fnm[k].name), KN_INT2FIX(fnm[k].value));
}
