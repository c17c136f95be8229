/* time.c: Time. A Time is seconds since the epoch plus nanoseconds, shown
 * either in UTC or at a fixed offset from it (the local zone's offset for
 * that instant, from localtime_r, or one given as "+HH:MM"). Civil dates
 * are computed here (proleptic Gregorian), so UTC results never depend on
 * the C library's time_t range. kn_init_time registers the class. */
#include "internal.h"
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <strings.h>
#include <time.h>

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk


/* kn_cTime itself is defined in init.c (declared in kiln.h). */

typedef enum { ZONE_UTC, ZONE_LOCAL, ZONE_FIXED } zone_kind;

typedef struct kn_time {
  kn_header h;
  int64_t sec;   /* since 1970-01-01 00:00:00 UTC */
  int32_t nsec;  /* 0..999_999_999 */
  int32_t off;   /* seconds east of UTC, for the civil fields */
  zone_kind zone;
} kn_time;
#define TIME(v) ((kn_time *)(v))

/* Broken-down civil time at t's offset. */
typedef struct civil {
  int64_t year;
  int mon, mday, hour, min, sec, wday, yday;
} civil;

static const char *const MONTHS[] = {"January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"};
static const char *const DAYS[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

/* ------------------------------------------------------------------------
 * Calendar arithmetic (days since 1970-01-01 <-> year/month/day).
 * ------------------------------------------------------------------------ */

static int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

static int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = floor_div(y, 400);
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static bool leap_year(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static civil civil_from_secs(int64_t secs) {
  civil c;
  int64_t days = floor_div(secs, 86400), rem = secs - days * 86400;
  c.hour = (int)(rem / 3600);
  c.min = (int)(rem / 60 % 60);
  c.sec = (int)(rem % 60);
  c.wday = (int)((days % 7 + 11) % 7); /* 1970-01-01 was a Thursday */
  int64_t z = days + 719468, era = floor_div(z, 146097), doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  c.mday = (int)(doy - (153 * mp + 2) / 5 + 1);
  c.mon = (int)(mp < 10 ? mp + 3 : mp - 9);
  c.year = yoe + era * 400 + (c.mon <= 2);
  c.yday = (int)(days - days_from_civil(c.year, 1, 1) + 1);
  return c;
}

static civil time_civil(const kn_time *t) { return civil_from_secs(t->sec + t->off); }

/* The local zone's offset and name at sec (from TZ, as ruby reads it). */
static int32_t local_offset(int64_t sec, char *name, size_t n) {
  time_t tt = (time_t)sec;
  struct tm tm;
  if (!localtime_r(&tt, &tm)) {
    if (name) snprintf(name, n, "UTC");
    return 0;
  }
  if (name) snprintf(name, n, "%s", tm.tm_zone ? tm.tm_zone : "");
  return (int32_t)tm.tm_gmtoff;
}

/* ------------------------------------------------------------------------
 * Construction
 * ------------------------------------------------------------------------ */

static bool is_time(kn_value v) {
  return KN_TYPE_P(v, KN_T_DATA) && kn_class_inherits(kn_real_class_of(v), KN_CLASS(kn_cTime));
}

static kn_time *time_check(kn_value v) {
  if (!is_time(v)) kn_raise_fmt(kn_eTypeError, "expected Time");
  return TIME(v);
}

static kn_value time_alloc(kn_class *klass) {
  kn_time *t = kn_alloc(sizeof *t);
  t->h.klass = klass;
  t->h.type = KN_T_DATA;
  return (kn_value)t;
}

static void set_zone(kn_time *t, zone_kind zone, int32_t off) {
  t->zone = zone;
  t->off = zone == ZONE_UTC ? 0 : zone == ZONE_LOCAL ? local_offset(t->sec, NULL, 0) : off;
}

static kn_value time_make(kn_class *klass, int64_t sec, int64_t nsec, zone_kind zone, int32_t off) {
  kn_value v = time_alloc(klass);
  kn_time *t = TIME(v);
  sec += floor_div(nsec, 1000000000);
  t->sec = sec;
  t->nsec = (int32_t)(nsec - floor_div(nsec, 1000000000) * 1000000000);
  set_zone(t, zone, off);
  return v;
}

static kn_value time_like(const kn_time *proto, int64_t sec, int64_t nsec) {
  return time_make(KN_HDR(proto)->klass, sec, nsec, proto->zone, proto->off);
}

/* A Numeric as whole seconds plus nanoseconds (Floats to the nearest ns). */
static void num_to_sec_nsec(kn_value v, int64_t *sec, int64_t *nsec) {
  if (KN_INTEGER_P(v)) {
    *sec = kn_num2long(v);
    *nsec = 0;
    return;
  }
  if (!KN_FLOAT_P(v) && !kn_rational_p(v)) kn_raise_fmt(kn_eTypeError, "can't convert %s into an exact number", kn_class_name((kn_value)kn_real_class_of(v)));
  double d = kn_num2dbl(v), whole = floor(d);
  *sec = (int64_t)whole;
  *nsec = (int64_t)llround((d - whole) * 1e9);
}

/* "+09:00", "-0530", "UTC", "Z": the offset in seconds; false when not one. */
static bool parse_offset(kn_value v, int32_t *off, bool *utc) {
  *utc = false;
  if (KN_INTEGER_P(v)) {
    *off = (int32_t)kn_num2long(v);
    return true;
  }
  if (!KN_TYPE_P(v, KN_T_STRING)) return false;
  const char *s = KN_STR(v)->ptr;
  if (!strcmp(s, "UTC") || !strcmp(s, "Z") || !strcmp(s, "-00:00")) {
    *utc = true;
    *off = 0;
    return true;
  }
  int h, m = 0;
  char sign;
  if ((sscanf(s, "%c%2d:%2d", &sign, &h, &m) >= 2 || sscanf(s, "%c%2d%2d", &sign, &h, &m) >= 2) && (sign == '+' || sign == '-')) {
    *off = (sign == '-' ? -1 : 1) * (h * 3600 + m * 60);
    return true;
  }
  kn_raise_fmt(kn_eArgumentError, "\"+HH:MM\", \"-HH:MM\", \"UTC\" or \"A\"..\"I\",\"K\"..\"Z\" expected for utc_offset: %s", s);
}

static int month_arg(kn_value v) {
  if (KN_TYPE_P(v, KN_T_STRING)) {
    for (int i = 0; i < 12; i++)
      if (!strncasecmp(KN_STR(v)->ptr, MONTHS[i], 3) && KN_STR(v)->len == 3) return i + 1;
    return atoi(KN_STR(v)->ptr);
  }
  return (int)kn_num2long(v);
}

static int64_t int_arg(kn_value v, int64_t dflt) {
  if (v == KN_NIL) return dflt;
  if (KN_TYPE_P(v, KN_T_STRING)) return atoll(KN_STR(v)->ptr);
  return kn_num2long(v);
}

/* Seconds since the epoch of the civil time argv (year, mon, day, hour, min, sec) read as UTC. */
static int64_t civil_args_to_secs(int argc, const kn_value *argv, int64_t *nsec) {
  int64_t year = int_arg(argv[0], 0);
  int mon = argc > 1 && argv[1] != KN_NIL ? month_arg(argv[1]) : 1;
  int64_t day = argc > 2 ? int_arg(argv[2], 1) : 1, hour = argc > 3 ? int_arg(argv[3], 0) : 0;
  int64_t min = argc > 4 ? int_arg(argv[4], 0) : 0, sec = 0;
  *nsec = 0;
  if (argc > 5 && argv[5] != KN_NIL) num_to_sec_nsec(argv[5], &sec, nsec);
  if (argc > 6 && argv[6] != KN_NIL) *nsec += (int64_t)llround(kn_num2dbl(argv[6]) * 1000); /* Time.utc's usec */
  if (mon < 1 || mon > 12) kn_raise_fmt(kn_eArgumentError, "mon out of range");
  if (day < 1 || day > 31) kn_raise_fmt(kn_eArgumentError, "mday out of range");
  if (hour < 0 || hour > 24) kn_raise_fmt(kn_eArgumentError, "hour out of range");
  if (min < 0 || min > 59) kn_raise_fmt(kn_eArgumentError, "min out of range");
  if (sec < 0 || sec > 60) kn_raise_fmt(kn_eArgumentError, "sec out of range");
  return days_from_civil(year, mon, (int)day) * 86400 + hour * 3600 + min * 60 + sec;
}

/* A civil time in the local zone: guess with the offset at the UTC reading, then correct once. */
static int64_t local_to_secs(int64_t as_utc) {
  int64_t guess = as_utc - local_offset(as_utc, NULL, 0);
  return as_utc - local_offset(guess, NULL, 0);
}

static kn_value time_s_utc(ARGS) {
  int64_t nsec, secs = civil_args_to_secs(argc, argv, &nsec);
  return time_make(KN_CLASS(self), secs, nsec, ZONE_UTC, 0);
}

static kn_value time_s_local(ARGS) {
  int64_t nsec, secs = civil_args_to_secs(argc, argv, &nsec);
  return time_make(KN_CLASS(self), local_to_secs(secs), nsec, ZONE_LOCAL, 0);
}

static kn_value time_s_now(ARGS) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return time_make(KN_CLASS(self), ts.tv_sec, ts.tv_nsec, ZONE_LOCAL, 0);
}

/* The `in:` keyword of Time.at/Time.new, or a trailing zone argument. */
static kn_value take_zone_opt(int *argc, const kn_value *argv) {
  if (*argc > 0 && KN_TYPE_P(argv[*argc - 1], KN_T_HASH)) {
    (*argc)--;
    return kn_hash_lookup(argv[*argc], kn_intern("in"), KN_NIL);
  }
  return KN_NIL;
}

static kn_value with_zone(kn_value t, kn_value zone) {
  if (zone == KN_NIL) return t;
  int32_t off;
  bool utc;
  parse_offset(zone, &off, &utc);
  set_zone(TIME(t), utc ? ZONE_UTC : ZONE_FIXED, off);
  return t;
}

/* Time.new: now without arguments; else like Time.local, with an optional zone 7th argument. */
static kn_value time_s_new(ARGS) {
  kn_value zone = take_zone_opt(&argc, argv);
  if (argc == 0) return with_zone(time_s_now(self, 0, NULL, KN_NIL), zone);
  if (argc > 6) zone = argv[6];
  int64_t nsec, secs = civil_args_to_secs(argc > 6 ? 6 : argc, argv, &nsec);
  if (zone == KN_NIL) return time_make(KN_CLASS(self), local_to_secs(secs), nsec, ZONE_LOCAL, 0);
  int32_t off;
  bool utc;
  parse_offset(zone, &off, &utc);
  return time_make(KN_CLASS(self), secs - off, nsec, utc ? ZONE_UTC : ZONE_FIXED, off);
}

/* Time.at(time_or_seconds, subsec = 0, unit = :microsecond, in: nil). A Float
 * is kept to the nearest nanosecond (ruby keeps its exact binary value, which
 * only shows in inspect). */
static kn_value time_s_at(ARGS) {
  kn_value zone = take_zone_opt(&argc, argv);
  int64_t sec, nsec;
  if (is_time(argv[0])) {
    sec = TIME(argv[0])->sec;
    nsec = TIME(argv[0])->nsec;
  } else {
    num_to_sec_nsec(argv[0], &sec, &nsec);
  }
  if (argc > 1) {
    const char *unit = argc > 2 ? kn_sym_name(argv[2]) : "microsecond";
    double scale = !strcmp(unit, "millisecond") ? 1e6 : !strcmp(unit, "nanosecond") || !strcmp(unit, "nsec") ? 1 : 1e3;
    nsec += (int64_t)llround(kn_num2dbl(argv[1]) * scale);
  }
  return with_zone(time_make(KN_CLASS(self), sec, nsec, ZONE_LOCAL, 0), zone);
}

/* ------------------------------------------------------------------------
 * Fields
 * ------------------------------------------------------------------------ */

#define CIVIL_FIELD(fn, expr) \
  static kn_value fn(ARGS) { civil c = time_civil(time_check(self)); return kn_int_new(expr); }
CIVIL_FIELD(time_year, c.year)
CIVIL_FIELD(time_mon, c.mon)
CIVIL_FIELD(time_mday, c.mday)
CIVIL_FIELD(time_hour, c.hour)
CIVIL_FIELD(time_min, c.min)
CIVIL_FIELD(time_sec, c.sec)
CIVIL_FIELD(time_wday, c.wday)
CIVIL_FIELD(time_yday, c.yday)

static kn_value time_usec(ARGS) { return KN_INT2FIX(time_check(self)->nsec / 1000); }
static kn_value time_nsec(ARGS) { return KN_INT2FIX(time_check(self)->nsec); }
static kn_value time_to_i(ARGS) { return kn_int_new(time_check(self)->sec); }
static kn_value time_to_f(ARGS) { return kn_float_new((double)TIME(self)->sec + TIME(self)->nsec / 1e9); }
static kn_value time_to_r(ARGS) {
  return kn_rational_new(kn_int_new(TIME(self)->sec * 1000000000 + TIME(self)->nsec), kn_int_new(1000000000));
}
static kn_value time_utc_offset(ARGS) { return KN_INT2FIX(time_check(self)->off); }
static kn_value time_utc_p(ARGS) { return KN_BOOL(time_check(self)->zone == ZONE_UTC); }

static kn_value time_zone(ARGS) {
  kn_time *t = time_check(self);
  if (t->zone == ZONE_UTC) return kn_str_cstr("UTC");
  if (t->zone == ZONE_FIXED) return KN_NIL;
  char name[64];
  local_offset(t->sec, name, sizeof name);
  return kn_str_cstr(name);
}

static kn_value time_dst_p(ARGS) {
  kn_time *t = time_check(self);
  if (t->zone != ZONE_LOCAL) return KN_FALSE;
  time_t tt = (time_t)t->sec;
  struct tm tm;
  return KN_BOOL(localtime_r(&tt, &tm) && tm.tm_isdst > 0);
}

static kn_value wday_is(kn_value self, int wday) { return KN_BOOL(time_civil(time_check(self)).wday == wday); }
static kn_value time_sunday_p(ARGS) { return wday_is(self, 0); }
static kn_value time_monday_p(ARGS) { return wday_is(self, 1); }
static kn_value time_tuesday_p(ARGS) { return wday_is(self, 2); }
static kn_value time_wednesday_p(ARGS) { return wday_is(self, 3); }
static kn_value time_thursday_p(ARGS) { return wday_is(self, 4); }
static kn_value time_friday_p(ARGS) { return wday_is(self, 5); }
static kn_value time_saturday_p(ARGS) { return wday_is(self, 6); }

/* [sec, min, hour, day, month, year, wday, yday, isdst, zone] */
static kn_value time_to_a(ARGS) {
  civil c = time_civil(time_check(self));
  kn_value a = kn_ary_new(10);
  int64_t f[] = {c.sec, c.min, c.hour, c.mday, c.mon, c.year, c.wday, c.yday};
  for (int i = 0; i < 8; i++) kn_ary_push(a, kn_int_new(f[i]));
  kn_ary_push(a, time_dst_p(self, 0, NULL, KN_NIL));
  kn_ary_push(a, time_zone(self, 0, NULL, KN_NIL));
  return a;
}

/* ------------------------------------------------------------------------
 * Zone conversion, arithmetic, comparison
 * ------------------------------------------------------------------------ */

/* t.utc / t.localtime change the receiver (as ruby); getutc / getlocal copy. */
static kn_value time_utc_bang(ARGS) {
  set_zone(time_check(self), ZONE_UTC, 0);
  return self;
}
static kn_value time_localtime(ARGS) {
  if (argc > 0) return with_zone(self, argv[0]);
  set_zone(time_check(self), ZONE_LOCAL, 0);
  return self;
}
static kn_value time_getutc(ARGS) {
  kn_time *t = time_check(self);
  return time_make(KN_HDR(self)->klass, t->sec, t->nsec, ZONE_UTC, 0);
}
static kn_value time_getlocal(ARGS) {
  kn_time *t = time_check(self);
  kn_value copy = time_make(KN_HDR(self)->klass, t->sec, t->nsec, ZONE_LOCAL, 0);
  return argc > 0 ? with_zone(copy, argv[0]) : copy;
}

static kn_value time_plus(ARGS) {
  if (is_time(argv[0])) kn_raise_fmt(kn_eTypeError, "time + time?");
  int64_t sec, nsec;
  num_to_sec_nsec(argv[0], &sec, &nsec);
  kn_time *t = time_check(self);
  return time_like(t, t->sec + sec, t->nsec + nsec);
}

/* Time - Time is a Float of seconds; Time - Numeric is a Time. */
static kn_value time_minus(ARGS) {
  kn_time *t = time_check(self);
  if (is_time(argv[0])) {
    kn_time *o = TIME(argv[0]);
    return kn_float_new((double)(t->sec - o->sec) + (t->nsec - o->nsec) / 1e9);
  }
  int64_t sec, nsec;
  num_to_sec_nsec(argv[0], &sec, &nsec);
  return time_like(t, t->sec - sec, t->nsec - nsec);
}

static int time_cmp_raw(const kn_time *a, const kn_time *b) {
  if (a->sec != b->sec) return a->sec < b->sec ? -1 : 1;
  return (a->nsec > b->nsec) - (a->nsec < b->nsec);
}

static kn_value time_cmp(ARGS) {
  if (!is_time(argv[0])) return KN_NIL;
  return KN_INT2FIX(time_cmp_raw(TIME(self), TIME(argv[0])));
}
static kn_value time_eq(ARGS) { return KN_BOOL(is_time(argv[0]) && time_cmp_raw(TIME(self), TIME(argv[0])) == 0); }
static kn_value time_hash(ARGS) { return KN_INT2FIX((TIME(self)->sec * 1000003 + TIME(self)->nsec) >> 2); }

/* round(digits = 0): to that many decimal places of a second, half up. */
static kn_value time_round(ARGS) {
  kn_time *t = time_check(self);
  int64_t digits = argc > 0 ? kn_num2long(argv[0]) : 0, unit = 1000000000;
  for (int64_t i = 0; i < digits && unit > 1; i++) unit /= 10;
  int64_t ns = (t->nsec + unit / 2) / unit * unit;
  return time_like(t, t->sec, ns);
}

static kn_value time_init_copy(ARGS) {
  *TIME(self) = *time_check(argv[0]);
  TIME(self)->h.klass = KN_HDR(self)->klass;
  return self;
}

/* ------------------------------------------------------------------------
 * strftime, to_s, inspect
 * ------------------------------------------------------------------------ */

typedef struct fmt_spec {
  char pad;     /* '0', ' ', or 0 for the conversion's default */
  bool no_pad, upper, swap;
  int width;    /* -1: the conversion's default */
  int colons;   /* %:z, %::z */
} fmt_spec;

static void put_num(kn_buf *b, const fmt_spec *f, int64_t v, int width, char pad) {
  if (f->no_pad) width = 0;
  else if (f->width >= 0) width = f->width;
  if (f->pad) pad = f->pad;
  char digits[32];
  snprintf(digits, sizeof digits, "%lld", (long long)(v < 0 ? -v : v));
  int len = (int)strlen(digits) + (v < 0);
  if (v < 0 && pad == '0') kn_buf_addc(b, '-');
  for (int i = len; i < width; i++) kn_buf_addc(b, pad);
  if (v < 0 && pad != '0') kn_buf_addc(b, '-');
  kn_buf_adds(b, digits);
}

static void put_str(kn_buf *b, const fmt_spec *f, const char *s) {
  size_t len = strlen(s);
  for (int i = (int)len; !f->no_pad && i < f->width; i++) kn_buf_addc(b, f->pad == '0' ? '0' : ' ');
  for (size_t i = 0; i < len; i++) {
    char ch = s[i];
    if (f->upper) ch = (char)toupper((unsigned char)ch);
    else if (f->swap) ch = (char)(isupper((unsigned char)ch) ? tolower((unsigned char)ch) : toupper((unsigned char)ch));
    kn_buf_addc(b, ch);
  }
}

static void put_offset(kn_buf *b, const fmt_spec *f, int32_t off) {
  int32_t a = off < 0 ? -off : off;
  kn_buf_addc(b, off < 0 ? '-' : '+');
  if (f->colons == 1) kn_buf_printf(b, "%02d:%02d", a / 3600, a / 60 % 60);
  else if (f->colons == 2) kn_buf_printf(b, "%02d:%02d:%02d", a / 3600, a / 60 % 60, a % 60);
  else kn_buf_printf(b, "%02d%02d", a / 3600, a / 60 % 60);
}

/* ISO 8601 week-based year and week number. */
static void iso_week(const civil *c, int64_t *year, int *week) {
  int wday = (c->wday + 6) % 7; /* Monday = 0 */
  int64_t y = c->year;
  int w = (c->yday - 1 - wday + 10) / 7;
  if (w < 1) {
    y--;
    int prev_days = leap_year(y) ? 366 : 365;
    w = (c->yday - 1 + prev_days - wday + 10) / 7;
  } else if (w == 53) {
    int days = leap_year(y) ? 366 : 365;
    if (c->yday - wday > days - 3) { y++; w = 1; }
  }
  *year = y;
  *week = w;
}

static void strftime_into(kn_buf *b, const kn_time *t, const char *fmt);

static void conv(kn_buf *b, const kn_time *t, const civil *c, char k, fmt_spec *f) {
  char tmp[96];
  switch (k) {
  case 'Y': put_num(b, f, c->year, 0, '0'); break;
  case 'C': put_num(b, f, floor_div(c->year, 100), 2, '0'); break;
  case 'y': put_num(b, f, c->year - floor_div(c->year, 100) * 100, 2, '0'); break;
  case 'm': put_num(b, f, c->mon, 2, '0'); break;
  case 'd': put_num(b, f, c->mday, 2, '0'); break;
  case 'e': put_num(b, f, c->mday, 2, ' '); break;
  case 'j': put_num(b, f, c->yday, 3, '0'); break;
  case 'H': put_num(b, f, c->hour, 2, '0'); break;
  case 'k': put_num(b, f, c->hour, 2, ' '); break;
  case 'I': put_num(b, f, (c->hour + 11) % 12 + 1, 2, '0'); break;
  case 'l': put_num(b, f, (c->hour + 11) % 12 + 1, 2, ' '); break;
  case 'M': put_num(b, f, c->min, 2, '0'); break;
  case 'S': put_num(b, f, c->sec, 2, '0'); break;
  case 'u': put_num(b, f, c->wday == 0 ? 7 : c->wday, 1, '0'); break;
  case 'w': put_num(b, f, c->wday, 1, '0'); break;
  case 's': put_num(b, f, t->sec, 1, '0'); break;
  case 'U': put_num(b, f, (c->yday - 1 + 7 - c->wday) / 7, 2, '0'); break;
  case 'W': put_num(b, f, (c->yday - 1 + 7 - (c->wday + 6) % 7) / 7, 2, '0'); break;
  case 'G': case 'g': case 'V': {
    int64_t y;
    int w;
    iso_week(c, &y, &w);
    if (k == 'V') put_num(b, f, w, 2, '0');
    else if (k == 'G') put_num(b, f, y, 0, '0');
    else put_num(b, f, y % 100, 2, '0');
    break;
  }
  case 'L': case 'N': { /* fractional seconds, truncated to the width (3 / 9 by default) */
    int width = f->width > 0 ? f->width : k == 'L' ? 3 : 9;
    snprintf(tmp, sizeof tmp, "%09d", t->nsec);
    for (int i = 0; i < width; i++) kn_buf_addc(b, i < 9 ? tmp[i] : '0');
    break;
  }
  case 'B': put_str(b, f, MONTHS[c->mon - 1]); break;
  case 'b': case 'h': snprintf(tmp, 4, "%s", MONTHS[c->mon - 1]); put_str(b, f, tmp); break;
  case 'A': put_str(b, f, DAYS[c->wday]); break;
  case 'a': snprintf(tmp, 4, "%s", DAYS[c->wday]); put_str(b, f, tmp); break;
  case 'p': if (f->swap) { f->swap = false; put_str(b, f, c->hour < 12 ? "am" : "pm"); } else put_str(b, f, c->hour < 12 ? "AM" : "PM"); break;
  case 'P': put_str(b, f, c->hour < 12 ? "am" : "pm"); break;
  case 'z': put_offset(b, f, t->off); break;
  case 'Z': {
    kn_value z = time_zone((kn_value)t, 0, NULL, KN_NIL);
    put_str(b, f, z == KN_NIL ? "" : KN_STR(z)->ptr);
    break;
  }
  case 'F': strftime_into(b, t, "%Y-%m-%d"); break;
  case 'T': case 'X': strftime_into(b, t, "%H:%M:%S"); break;
  case 'D': case 'x': strftime_into(b, t, "%m/%d/%y"); break;
  case 'R': strftime_into(b, t, "%H:%M"); break;
  case 'r': strftime_into(b, t, "%I:%M:%S %p"); break;
  case 'c': strftime_into(b, t, "%a %b %e %H:%M:%S %Y"); break;
  case 'v': strftime_into(b, t, "%e-%^b-%Y"); break;
  case 'n': kn_buf_addc(b, '\n'); break;
  case 't': kn_buf_addc(b, '\t'); break;
  case '%': kn_buf_addc(b, '%'); break;
  default: kn_buf_addc(b, '%'); kn_buf_addc(b, k); break;
  }
}

static void strftime_into(kn_buf *b, const kn_time *t, const char *fmt) {
  civil c = time_civil(t);
  for (const char *p = fmt; *p; p++) {
    if (*p != '%' || !p[1]) { kn_buf_addc(b, *p); continue; }
    const char *start = p++;
    fmt_spec f = {.width = -1};
    for (;; p++) {
      if (*p == '-') f.no_pad = true;
      else if (*p == '_') f.pad = ' ';
      else if (*p == '0') f.pad = '0';
      else if (*p == '^') f.upper = true;
      else if (*p == '#') f.swap = true;
      else break;
    }
    if (isdigit((unsigned char)*p)) f.width = (int)strtol(p, (char **)&p, 10);
    while (*p == ':') { f.colons++; p++; }
    if (!*p) { kn_buf_add(b, start, strlen(start)); break; }
    conv(b, t, &c, *p, &f);
  }
}

static kn_value time_strftime(ARGS) {
  kn_value fmt = kn_to_str(argv[0]);
  kn_buf b;
  kn_buf_init(&b);
  strftime_into(&b, time_check(self), KN_STR(fmt)->ptr);
  return kn_buf_to_str(&b);
}

static kn_value time_to_s(ARGS) {
  kn_buf b;
  kn_buf_init(&b);
  kn_time *t = time_check(self);
  strftime_into(&b, t, t->zone == ZONE_UTC ? "%Y-%m-%d %H:%M:%S UTC" : "%Y-%m-%d %H:%M:%S %z");
  return kn_buf_to_str(&b);
}

/* inspect shows the fraction too, without trailing zeros. */
static kn_value time_inspect(ARGS) {
  kn_time *t = time_check(self);
  kn_buf b;
  kn_buf_init(&b);
  strftime_into(&b, t, "%Y-%m-%d %H:%M:%S");
  if (t->nsec) {
    char frac[16];
    snprintf(frac, sizeof frac, "%09d", t->nsec);
    for (int i = 8; i > 0 && frac[i] == '0'; i--) frac[i] = 0;
    kn_buf_printf(&b, ".%s", frac);
  }
  strftime_into(&b, t, t->zone == ZONE_UTC ? " UTC" : " %z");
  return kn_buf_to_str(&b);
}

static const kn_method_def time_methods[] = {
    {"year", time_year, 0, 0},         {"month", time_mon, 0, 0},         {"mon", time_mon, 0, 0},
    {"day", time_mday, 0, 0},          {"mday", time_mday, 0, 0},         {"hour", time_hour, 0, 0},
    {"min", time_min, 0, 0},           {"sec", time_sec, 0, 0},           {"usec", time_usec, 0, 0},
    {"tv_usec", time_usec, 0, 0},      {"nsec", time_nsec, 0, 0},         {"tv_nsec", time_nsec, 0, 0},
    {"wday", time_wday, 0, 0},         {"yday", time_yday, 0, 0},         {"to_i", time_to_i, 0, 0},
    {"tv_sec", time_to_i, 0, 0},       {"to_f", time_to_f, 0, 0},         {"to_r", time_to_r, 0, 0},
    {"utc_offset", time_utc_offset, 0, 0}, {"gmt_offset", time_utc_offset, 0, 0}, {"gmtoff", time_utc_offset, 0, 0},
    {"utc?", time_utc_p, 0, 0},        {"gmt?", time_utc_p, 0, 0},        {"zone", time_zone, 0, 0},
    {"dst?", time_dst_p, 0, 0},        {"isdst", time_dst_p, 0, 0},       {"sunday?", time_sunday_p, 0, 0},
    {"monday?", time_monday_p, 0, 0},  {"tuesday?", time_tuesday_p, 0, 0}, {"wednesday?", time_wednesday_p, 0, 0},
    {"thursday?", time_thursday_p, 0, 0}, {"friday?", time_friday_p, 0, 0}, {"saturday?", time_saturday_p, 0, 0},
    {"to_a", time_to_a, 0, 0},         {"utc", time_utc_bang, 0, 0},      {"gmtime", time_utc_bang, 0, 0},
    {"localtime", time_localtime, 0, 1}, {"getutc", time_getutc, 0, 0},   {"getgm", time_getutc, 0, 0},
    {"getlocal", time_getlocal, 0, 1}, {"+", time_plus, 1, 1},            {"-", time_minus, 1, 1},
    {"<=>", time_cmp, 1, 1},           {"==", time_eq, 1, 1},             {"eql?", time_eq, 1, 1},
    {"hash", time_hash, 0, 0},         {"round", time_round, 0, 1},       {"strftime", time_strftime, 1, 1},
    {"to_s", time_to_s, 0, 0},         {"inspect", time_inspect, 0, 0},   {"initialize_copy", time_init_copy, 1, 1},
    {NULL, NULL, 0, 0}};

static const kn_method_def time_singleton_methods[] = {
    {"utc", time_s_utc, 1, 7},   {"gm", time_s_utc, 1, 7},  {"local", time_s_local, 1, 7},
    {"mktime", time_s_local, 1, 7}, {"now", time_s_now, 0, 1}, {"at", time_s_at, 1, 4},
    {"new", time_s_new, 0, 8},   {NULL, NULL, 0, 0}};

void kn_init_time(void) {
  kn_cTime = kn_define_class(kn_cObject, "Time", KN_NIL);
  KN_CLASS(kn_cTime)->alloc = time_alloc;
  kn_include_module(kn_cTime, kn_mComparable);
  kn_define_methods(kn_cTime, time_methods);
  kn_define_singleton_methods(kn_cTime, time_singleton_methods);
}
