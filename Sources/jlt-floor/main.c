/*
 * jlt-floor: the floor of jlt's writing phase, for `make bench` (README, 性能).
 *
 * Writes the same number of workbooks, sheets, rows, string and number cells (the workbook's
 * own shared strings, wrapped and bordered), merged ranges, custom row heights and formats as a
 * `jlt score` run wrote, straight through libxlsxwriter's C API with none of jlt's logic: no
 * scoring, no text measuring, no Swift. `jlt-bench` reads jlt's workbooks and writes the plan;
 * this program only times the writing.
 *
 *   jlt-floor PLAN OUTDIR JOBS
 *
 * PLAN has one line per item: `B` starts a workbook; `T text` is one of its shared strings (a
 * newline written as \n); `S rows strings numbers merges heights` one of its sheets. Prints
 * `floor_ms=… workbooks=… sheets=… cells=…` on stdout.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

typedef struct {
  long rows, strings, numbers, merges, heights;
} Sheet;

typedef struct {
  char **texts;
  long ntexts, captexts;
  Sheet *sheets;
  long nsheets, capsheets;
} Book;

static Book *books;
static long nbooks, capbooks;
static const char *outdir;
static atomic_long next_book;
static atomic_int failures;

static void *grow(void *p, long *cap, long need, size_t size) {
  if (need <= *cap) return p;
  *cap = *cap ? *cap * 2 : 16;
  if (*cap < need) *cap = need;
  void *q = realloc(p, (size_t)*cap * size);
  if (!q) {
    fprintf(stderr, "jlt-floor: out of memory\n");
    exit(2);
  }
  return q;
}

static char *unescape(const char *s) {
  size_t n = strlen(s);
  char *out = malloc(n + 1), *o = out;
  if (!out) exit(2);
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\\' && s[i + 1] == 'n') {
      *o++ = '\n';
      i++;
    } else if (s[i] == '\\' && s[i + 1] == '\\') {
      *o++ = '\\';
      i++;
    } else {
      *o++ = s[i];
    }
  }
  *o = 0;
  return out;
}

static int read_plan(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  while ((len = getline(&line, &cap, f)) > 0) {
    if (line[len - 1] == '\n') line[--len] = 0;
    if (line[0] == 'B') {
      books = grow(books, &capbooks, nbooks + 1, sizeof(Book));
      memset(&books[nbooks++], 0, sizeof(Book));
    } else if (nbooks && line[0] == 'T' && line[1] == ' ') {
      Book *b = &books[nbooks - 1];
      b->texts = grow(b->texts, &b->captexts, b->ntexts + 1, sizeof(char *));
      b->texts[b->ntexts++] = unescape(line + 2);
    } else if (nbooks && line[0] == 'S') {
      Book *b = &books[nbooks - 1];
      b->sheets = grow(b->sheets, &b->capsheets, b->nsheets + 1, sizeof(Sheet));
      Sheet *s = &b->sheets[b->nsheets++];
      if (sscanf(line + 1, "%ld %ld %ld %ld %ld", &s->rows, &s->strings, &s->numbers, &s->merges, &s->heights) != 5)
        return -1;
    }
  }
  free(line);
  fclose(f);
  return 0;
}

/* A few formats like jlt's: 宋体, borders, wrapping, centred, bold headers, fills, 0.00. */
enum { NFORMATS = 24 };

static void write_book(long index) {
  Book *b = &books[index];
  char path[4096];
  snprintf(path, sizeof path, "%s/floor-%05ld.xlsx", outdir, index);
  lxw_workbook_options options = {.constant_memory = LXW_FALSE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
  lxw_workbook *wb = workbook_new_opt(path, &options);
  if (!wb) {
    atomic_fetch_add(&failures, 1);
    return;
  }
  lxw_format *formats[NFORMATS];
  for (int i = 0; i < NFORMATS; i++) {
    lxw_format *f = workbook_add_format(wb);
    format_set_font_name(f, "宋体");
    format_set_font_size(f, i % 3 == 0 ? 10 : 11);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_text_wrap(f);
    format_set_align(f, i % 2 ? LXW_ALIGN_CENTER : LXW_ALIGN_LEFT);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (i % 4 == 1) format_set_bold(f);
    if (i % 5 == 2) format_set_bg_color(f, 0xFFC7CE + i);
    if (i % 6 == 3) format_set_num_format(f, "0.00");
    formats[i] = f;
  }
  long t = 0;
  for (long s = 0; s < b->nsheets; s++) {
    Sheet *sh = &b->sheets[s];
    char name[32];
    snprintf(name, sizeof name, "Sheet%ld", s + 1);
    lxw_worksheet *ws = workbook_add_worksheet(wb, name);
    if (!ws) continue;
    long rows = sh->rows > 0 ? sh->rows : 1;
    long cells = sh->strings + sh->numbers;
    long cols = (cells + rows - 1) / rows;
    if (cols < 1) cols = 1;
    for (long c = 0; c < cols; c++) worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, 12 + c % 5, NULL);
    long strings = sh->strings, numbers = sh->numbers;
    for (long r = 0; r < rows && (strings > 0 || numbers > 0); r++) {
      if (r < sh->heights) worksheet_set_row(ws, (lxw_row_t)r, 15 + (double)(r % 4) * 13.5, NULL);
      for (long c = 0; c < cols && (strings > 0 || numbers > 0); c++) {
        lxw_format *f = formats[(r + c) % NFORMATS];
        /* strings and numbers interleaved in their proportions */
        if (strings > 0 && (numbers == 0 || strings * (sh->numbers + 1) >= numbers * (sh->strings + 1))) {
          const char *text = b->ntexts ? b->texts[t++ % b->ntexts] : "";
          worksheet_write_string(ws, (lxw_row_t)r, (lxw_col_t)c, text, f);
          strings--;
        } else {
          worksheet_write_number(ws, (lxw_row_t)r, (lxw_col_t)c, (double)((r * 7 + c) % 10000) / 100, f);
          numbers--;
        }
      }
    }
    for (long m = 0; m < sh->merges; m++) {
      lxw_row_t r = (lxw_row_t)(rows + 1 + m);
      const char *text = b->ntexts ? b->texts[t++ % b->ntexts] : "";
      worksheet_set_row(ws, r, 30, NULL);
      worksheet_merge_range(ws, r, 0, r, (lxw_col_t)(cols > 1 ? cols - 1 : 1), text, formats[m % NFORMATS]);
    }
  }
  if (workbook_close(wb) != LXW_NO_ERROR) atomic_fetch_add(&failures, 1);
}

static void *worker(void *unused) {
  (void)unused;
  long i;
  while ((i = atomic_fetch_add(&next_book, 1)) < nbooks) write_book(i);
  return NULL;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: jlt-floor PLAN OUTDIR JOBS\n");
    return 2;
  }
  if (read_plan(argv[1]) != 0) {
    fprintf(stderr, "jlt-floor: cannot read the plan %s\n", argv[1]);
    return 2;
  }
  outdir = argv[2];
  int jobs = atoi(argv[3]);
  if (jobs < 1) jobs = 1;
  long sheets = 0, cells = 0;
  for (long i = 0; i < nbooks; i++)
    for (long s = 0; s < books[i].nsheets; s++) {
      sheets++;
      cells += books[i].sheets[s].strings + books[i].sheets[s].numbers + books[i].sheets[s].merges;
    }
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  pthread_t threads[64];
  if (jobs > 64) jobs = 64;
  for (int j = 0; j < jobs; j++) pthread_create(&threads[j], NULL, worker, NULL);
  for (int j = 0; j < jobs; j++) pthread_join(threads[j], NULL);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
  printf("floor_ms=%.0f workbooks=%ld sheets=%ld cells=%ld failures=%d\n", ms, nbooks, sheets, cells,
         atomic_load(&failures));
  return atomic_load(&failures) ? 1 : 0;
}
