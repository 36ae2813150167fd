/* cw-libtest-report.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-libtest-report"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "cw-libtest-report.h"
#include "cw-test-case-private.h"

/*
 * The program's own output can hold anything, lines that look like libtest's included, so
 * the reading is forgiving: a result on a later line than its "test NAME ... " (the program
 * wrote straight to stdout meanwhile) is still found, and the lists of successes and failures
 * at the end, when there is an end, have the last word.
 */

typedef enum
{
  CW_LIBTEST_SECTION_NONE,
  CW_LIBTEST_SECTION_SUCCESSES,
  CW_LIBTEST_SECTION_FAILURES,
} CwLibtestSection;

typedef struct
{
  CwLibtestReport        *report;
  const CwExerciseSource *source;
  GHashTable             *by_name;     /* name → CwTestCase, borrowed from report->tests */
  CwTestCase             *pending;     /* started, its result not seen yet */
  CwLibtestSection        section;
  gboolean                in_list;     /* the section's second heading: a list of names */
  char                   *block_name;  /* inside "---- NAME stdout ----" */
  GString                *block;
} CwLibtestParser;

static gboolean
cw_libtest_parse_result (const char    *text,
                         CwTestStatus  *status,
                         const char   **reason)
{
  *reason = NULL;

  if (g_str_equal (text, "ok"))
    *status = CW_TEST_STATUS_PASSED;
  else if (g_str_equal (text, "FAILED"))
    *status = CW_TEST_STATUS_FAILED;
  else if (g_str_equal (text, "ignored"))
    *status = CW_TEST_STATUS_IGNORED;
  else if (g_str_has_prefix (text, "ignored, "))
    {
      *status = CW_TEST_STATUS_IGNORED;
      *reason = text + strlen ("ignored, ");
    }
  else
    return FALSE;

  return TRUE;
}

static void
cw_libtest_set_result (CwTestCase   *test,
                       CwTestStatus  status,
                       const char   *reason)
{
  cw_test_case_set_status (test, status);
  if (reason != NULL)
    cw_test_case_set_message (test, reason);
}

/* "---- tests::adds stdout ----" → "tests::adds" */
static char *
cw_libtest_block_header (const char *line)
{
  gsize length = strlen (line);

  if (!g_str_has_prefix (line, "---- ") || !g_str_has_suffix (line, " stdout ----") ||
      length <= strlen ("---- ") + strlen (" stdout ----"))
    return NULL;

  return g_strndup (line + strlen ("---- "), length - strlen ("---- ") - strlen (" stdout ----"));
}

/* "thread 'tests::adds' (21668) panicked at main.rs:11:9:" (the thread id since Rust 1.89)
 * → the thread's name and the location. */
static gboolean
cw_libtest_panic_line (const char  *line,
                       char       **thread,
                       char       **location)
{
  const char *name_end;
  const char *at;

  if (!g_str_has_prefix (line, "thread '"))
    return FALSE;

  name_end = strchr (line + strlen ("thread '"), '\'');
  at = strstr (line, " panicked at ");
  if (name_end == NULL || at == NULL || at < name_end)
    return FALSE;

  if (thread != NULL)
    *thread = g_strndup (line + strlen ("thread '"), name_end - line - strlen ("thread '"));
  if (location != NULL)
    {
      *location = g_strdup (at + strlen (" panicked at "));
      /* The message follows on the next line, after a colon. */
      if (g_str_has_suffix (*location, ":"))
        (*location)[strlen (*location) - 1] = '\0';
    }

  return TRUE;
}

/* "main.rs:11:9" → where it is, in the learner's code or the tests. */
static void
cw_libtest_set_location (CwLibtestParser *parser,
                         CwTestCase      *test,
                         const char      *location)
{
  g_autofree char *file = g_strdup (location);
  char            *column_text = strrchr (file, ':');
  char            *line_text;
  guint            line;
  guint            origin_line = 0;
  CwCodeOrigin     origin;

  if (column_text == NULL)
    return;
  *column_text++ = '\0';
  line_text = strrchr (file, ':');
  if (line_text == NULL)
    return;
  *line_text++ = '\0';

  line = (guint) g_ascii_strtoull (line_text, NULL, 10);
  origin = cw_exercise_source_locate (parser->source, file, line, &origin_line);
  cw_test_case_set_location (test, origin, origin_line,
                             (guint) g_ascii_strtoull (column_text, NULL, 10));
}

static char *
cw_libtest_join (char  **lines,
                 guint   start,
                 guint   end)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint              i;

  for (i = start; i < end; i++)
    {
      g_string_append (text, lines[i]);
      g_string_append_c (text, '\n');
    }

  /* Blank lines around it are libtest's spacing, not the program's. */
  while (text->len > 0 && g_ascii_isspace (text->str[text->len - 1]))
    g_string_truncate (text, text->len - 1);
  while (text->len > 0 && text->str[0] == '\n')
    g_string_erase (text, 0, 1);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Which panic in a section failed the test: the one on the test's own thread (a spawned
 * thread may have panicked first), else the first. */
static gint
cw_libtest_find_panic (char      **lines,
                       const char *test_name,
                       gint       *first)
{
  gint chosen = -1;
  gint i;

  *first = -1;
  for (i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *thread = NULL;

      if (!cw_libtest_panic_line (lines[i], &thread, NULL))
        continue;
      if (*first < 0)
        *first = i;
      if (chosen < 0 && g_strcmp0 (thread, test_name) == 0)
        chosen = i;
    }

  return chosen >= 0 ? chosen : *first;
}

/* What libtest captured comes after what the test wrote straight to stdout while it ran. */
static void
cw_libtest_add_output (CwTestCase *test,
                       const char *captured)
{
  const char *before = cw_test_case_get_output (test);

  if (before[0] != '\0' && !g_str_has_suffix (before, "\n") && captured[0] != '\0')
    cw_test_case_append_output (test, "\n");
  cw_test_case_append_output (test, captured);
}

/* The output and panic of one test, from its "---- NAME stdout ----" section. */
static void
cw_libtest_apply_block (CwLibtestParser *parser,
                        CwTestCase      *test,
                        const char      *block)
{
  g_auto(GStrv)    lines = g_strsplit (block, "\n", -1);
  g_autofree char *location = NULL;
  g_autofree char *output = NULL;
  g_autofree char *message = NULL;
  gint             first;
  gint             panic = cw_libtest_find_panic (lines, cw_test_case_get_name (test), &first);
  gint             end;
  gint             i;

  if (panic >= 0)
    {
      cw_libtest_panic_line (lines[panic], NULL, &location);
      for (end = panic + 1; lines[end] != NULL; end++)
        if (g_str_has_prefix (lines[end], "note: run with `RUST_BACKTRACE") ||
            g_str_has_prefix (lines[end], "stack backtrace:") ||
            cw_libtest_panic_line (lines[end], NULL, NULL))
          break;

      output = cw_libtest_join (lines, 0, (guint) first);
      message = cw_libtest_join (lines, (guint) panic + 1, (guint) end);
      cw_libtest_add_output (test, output);
      cw_test_case_set_message (test, message);
      cw_libtest_set_location (parser, test, location);
      return;
    }

  /* "note: test did not panic as expected at main.rs:26:8" (a #[should_panic] test). */
  for (i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "note: test did not panic as expected"))
      break;

  output = cw_libtest_join (lines, 0, (guint) i);
  cw_libtest_add_output (test, output);
  if (lines[i] != NULL)
    {
      const char *at = strstr (lines[i], " at ");

      cw_test_case_set_message (test, "test did not panic as expected");
      if (at != NULL)
        cw_libtest_set_location (parser, test, at + strlen (" at "));
    }
  else if (cw_test_case_get_status (test) == CW_TEST_STATUS_FAILED && output[0] != '\0')
    {
      /* A test that returned Err prints it: "Error: \"bad\"". */
      cw_test_case_set_message (test, output);
    }
}

static void
cw_libtest_finish_block (CwLibtestParser *parser)
{
  CwTestCase *test;

  if (parser->block_name == NULL)
    return;

  test = g_hash_table_lookup (parser->by_name, parser->block_name);
  if (test != NULL)
    cw_libtest_apply_block (parser, test, parser->block->str);

  g_clear_pointer (&parser->block_name, g_free);
  g_string_truncate (parser->block, 0);
}

static CwTestCase *
cw_libtest_get_test (CwLibtestParser *parser,
                     const char      *name)
{
  CwTestCase *test = g_hash_table_lookup (parser->by_name, name);

  if (test == NULL)
    {
      test = cw_test_case_new (name, CW_TEST_STATUS_NOT_FINISHED);
      g_ptr_array_add (parser->report->tests, test);
      g_hash_table_insert (parser->by_name, g_strdup (name), test);
    }

  return test;
}

/* "test tests::adds ... ok", or "test tests::adds ... " when the result is still to come. */
static gboolean
cw_libtest_test_line (CwLibtestParser *parser,
                      const char      *line)
{
  const char      *dots = strstr (line, " ...");
  const char      *rest;
  const char      *reason;
  g_autofree char *name = NULL;
  CwTestCase      *test;
  CwTestStatus     status;

  if (!g_str_has_prefix (line, "test ") || dots == NULL || dots <= line + strlen ("test "))
    return FALSE;

  name = g_strndup (line + strlen ("test "), dots - line - strlen ("test "));
  if (g_str_has_suffix (name, " - should panic"))
    name[strlen (name) - strlen (" - should panic")] = '\0';
  if (strchr (name, ' ') != NULL)
    return FALSE;

  rest = dots + strlen (" ...");
  if (*rest == ' ')
    rest++;

  test = cw_libtest_get_test (parser, name);
  if (cw_libtest_parse_result (rest, &status, &reason))
    {
      cw_libtest_set_result (test, status, reason);
      parser->pending = NULL;
      return TRUE;
    }

  /* Written straight to stdout by the test, before its result. */
  parser->pending = test;
  if (*rest != '\0')
    {
      cw_test_case_append_output (test, rest);
      cw_test_case_append_output (test, "\n");
    }

  return TRUE;
}

/* "test result: FAILED. 2 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; …" */
static gboolean
cw_libtest_summary_line (CwLibtestParser *parser,
                         const char      *line)
{
  if (!g_str_has_prefix (line, "test result: "))
    return FALSE;

  parser->report->has_summary = TRUE;
  parser->report->summary_ok = g_str_has_prefix (line, "test result: ok.");

  return TRUE;
}

static gboolean
cw_libtest_section_line (CwLibtestParser *parser,
                         const char      *line)
{
  CwLibtestSection section = CW_LIBTEST_SECTION_NONE;
  g_autofree char *header = NULL;

  if (g_str_equal (line, "successes:"))
    section = CW_LIBTEST_SECTION_SUCCESSES;
  else if (g_str_equal (line, "failures:"))
    section = CW_LIBTEST_SECTION_FAILURES;

  if (section != CW_LIBTEST_SECTION_NONE)
    {
      /* The same heading twice in a row: the sections, then the list of names. */
      parser->in_list = parser->section == section;
      parser->section = section;
      parser->pending = NULL;
      return TRUE;
    }

  if (parser->section == CW_LIBTEST_SECTION_NONE)
    return FALSE;

  header = cw_libtest_block_header (line);
  if (header != NULL)
    {
      parser->block_name = g_steal_pointer (&header);
      return TRUE;
    }

  if (parser->in_list && g_str_has_prefix (line, "    "))
    {
      CwTestCase *test = g_hash_table_lookup (parser->by_name, line + 4);

      if (test != NULL)
        cw_test_case_set_status (test, parser->section == CW_LIBTEST_SECTION_SUCCESSES ?
                                       CW_TEST_STATUS_PASSED : CW_TEST_STATUS_FAILED);
      return TRUE;
    }

  return line[0] == '\0';
}

static void
cw_libtest_line (CwLibtestParser *parser,
                 const char      *line)
{
  CwTestStatus  status;
  const char   *reason;

  if (parser->block_name != NULL)
    {
      g_autofree char *header = cw_libtest_block_header (line);

      /* A section ends at the next one, or at a heading. */
      if ((header != NULL && g_hash_table_contains (parser->by_name, header)) ||
          g_str_equal (line, "successes:") || g_str_equal (line, "failures:"))
        {
          cw_libtest_finish_block (parser);
        }
      else
        {
          g_string_append (parser->block, line);
          g_string_append_c (parser->block, '\n');
          return;
        }
    }

  if (cw_libtest_section_line (parser, line) || cw_libtest_summary_line (parser, line))
    return;

  if (g_str_has_prefix (line, "running ") && parser->report->tests->len == 0)
    {
      parser->report->announced = (guint) g_ascii_strtoull (line + strlen ("running "), NULL, 10);
      return;
    }

  if (cw_libtest_test_line (parser, line))
    return;

  if (parser->pending != NULL && cw_libtest_parse_result (line, &status, &reason))
    {
      cw_libtest_set_result (parser->pending, status, reason);
      parser->pending = NULL;
      return;
    }

  /* Anything else while a test runs is its own: what it wrote straight to stdout, or what
   * the program said as it crashed ("thread 'tests::deep' has overflowed its stack"). */
  if (parser->pending != NULL)
    {
      cw_test_case_append_output (parser->pending, line);
      cw_test_case_append_output (parser->pending, "\n");
    }
}

/**
 * cw_libtest_report_parse:
 * @text: what the test program printed, valid UTF-8, possibly cut short
 * @source: (nullable): the file compiled, to place panics
 *
 * Returns: (transfer full): what the output says, as far as it goes
 */
CwLibtestReport *
cw_libtest_report_parse (const char             *text,
                         const CwExerciseSource *source)
{
  CwLibtestParser  parser = { 0 };
  CwLibtestReport *report;
  g_auto(GStrv)    lines = NULL;
  guint            i;

  g_return_val_if_fail (text != NULL, NULL);

  report = g_new0 (CwLibtestReport, 1);
  report->tests = g_ptr_array_new_with_free_func (g_object_unref);

  parser.report = report;
  parser.source = source;
  parser.by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser.block = g_string_new (NULL);

  lines = g_strsplit (text, "\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    {
      /* The last piece is empty when the text ends with a newline. */
      if (lines[i + 1] == NULL && lines[i][0] == '\0')
        break;
      cw_libtest_line (&parser, lines[i]);
    }
  cw_libtest_finish_block (&parser);

  if (parser.pending != NULL && cw_test_case_get_status (parser.pending) ==
      CW_TEST_STATUS_NOT_FINISHED)
    report->running = parser.pending;

  for (i = 0; i < report->tests->len; i++)
    {
      switch (cw_test_case_get_status (g_ptr_array_index (report->tests, i)))
        {
        case CW_TEST_STATUS_PASSED:
          report->passed++;
          break;
        case CW_TEST_STATUS_FAILED:
          report->failed++;
          break;
        case CW_TEST_STATUS_IGNORED:
          report->ignored++;
          break;
        case CW_TEST_STATUS_NOT_FINISHED:
        default:
          break;
        }
    }

  g_hash_table_unref (parser.by_name);
  g_string_free (parser.block, TRUE);

  return report;
}

void
cw_libtest_report_free (CwLibtestReport *report)
{
  if (report == NULL)
    return;

  g_clear_pointer (&report->tests, g_ptr_array_unref);
  g_free (report);
}
