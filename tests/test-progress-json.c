/* test-progress-json.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "cw-progress-store.h"
#include "progress-test-utils.h"

/*
 * Export and import: round trips, every rule a document must meet, damaged text, and
 * both off the main thread.
 */

static void
test_export_round_trip (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *first = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *second = NULL;
  g_auto(GStrv) skipped = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  guint streak;

  fill_store_more (store, &clock);
  streak = cw_progress_store_get_streak (store);
  g_assert_cmpuint (streak, ==, 2);
  json = cw_progress_store_export_json (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"format\" : \"crabwise-progress\""));
  g_assert_nonnull (strstr (json, "\"version\" : 1"));
  first = export_without_time (store);

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);
  g_assert_true (cw_progress_store_reset (store, &error));
  assert_log (log, "all:-");
  g_assert_cmpuint (cw_progress_store_count_learned (store), ==, 0);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 0);
  g_assert_null (cw_progress_store_dup_last_lesson (store));
  empty = export_without_time (store);
  g_assert_cmpstr (empty, !=, first);

  /* Later, in another time zone: nothing in the document depends on either. */
  clock.now += 7 * DAY;
  g_assert_true (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_MERGE, &skipped,
                                                &error));
  g_assert_no_error (error);
  assert_log (log, "all:-");
  g_assert_nonnull (skipped);
  g_assert_cmpuint (g_strv_length (skipped), ==, 0);
  second = export_without_time (store);
  g_assert_cmpstr (second, ==, first);

  /* Replace gives the same; so does importing into a store of its own. */
  g_clear_pointer (&second, g_free);
  g_assert_true (cw_progress_store_import_json (store, json, strlen (json), NULL,
                                                CW_IMPORT_REPLACE, NULL, &error));
  second = export_without_time (store);
  g_assert_cmpstr (second, ==, first);
  clock.now -= 7 * DAY;
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, streak);

  store_close (store);
}

static void
assert_import_refused (CwProgressStore *store,
                       const char      *json,
                       int              code,
                       const char      *detail)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = export_without_time (store);
  g_autofree char *after = NULL;
  char **skipped = (char **) 0x1;

  g_assert_false (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_REPLACE,
                                                 &skipped, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, code);
  g_assert_null (skipped);
  if (detail != NULL && strstr (error->message, detail) == NULL)
    g_error ("“%s” not in “%s”", detail, error->message);

  /* Nothing written. */
  after = export_without_time (store);
  g_assert_cmpstr (after, ==, before);
}

#define AT_NEXT "\"2024-03-02T10:00:00Z\""

static void
test_import_validation (void)
{
  static const struct
  {
    const char *json;
    int         code;
    const char *detail;
  } cases[] = {
    { "", CW_PROGRESS_ERROR_INVALID_IMPORT, "$: expected an object" },
    { "{\"format\": ", CW_PROGRESS_ERROR_INVALID_IMPORT, "not valid JSON" },
    { "[1, 2]", CW_PROGRESS_ERROR_INVALID_IMPORT, "$: expected an object" },
    { "{\"version\": 1}", CW_PROGRESS_ERROR_INVALID_IMPORT, "$.format: missing" },
    { "{\"format\": \"something-else\", \"version\": 1}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "$.format" },
    { "{\"format\": \"crabwise-progress\"}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "$.version: missing" },
    { "{\"format\": \"crabwise-progress\", \"version\": \"1\"}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "$.version: expected a whole number" },
    { "{\"format\": \"crabwise-progress\", \"version\": 1.0}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "$.version: expected a whole number" },
    { "{\"format\": \"crabwise-progress\", \"version\": 0}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "$.version: the number is out of range" },
    { "{\"format\": \"crabwise-progress\", \"version\": 2}", CW_PROGRESS_ERROR_NEWER_VERSION,
      "newer version" },
    { DOC_HEAD "\"lessons\": {}}", CW_PROGRESS_ERROR_INVALID_IMPORT, "lessons: expected a list" },
    { DOC_HEAD "\"lessons\": [1]}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "lessons[0]: expected an object" },
    { DOC_HEAD "\"lessons\": [" LESSON_OK ", {\"id\": 7}]}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "lessons[1].id: expected a string" },
    { DOC_HEAD "\"lessons\": [{\"id\": \"\", \"state\": \"learned\"}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "lessons[0].id: expected a lesson id" },
    { DOC_HEAD "\"lessons\": [{\"id\": \"a\", \"state\": \"done\", \"opened_at\": " AT10 ","
      " \"learned_at\": null, \"changed_at\": " AT10 "}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "lessons[0].state" },
    { DOC_HEAD "\"lessons\": [{\"id\": \"a\", \"state\": \"learned\","
      " \"opened_at\": \"2024-03-01T10:00:00\","
      " \"learned_at\": null, \"changed_at\": " AT10 "}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "lessons[0].opened_at: expected a date" },
    { DOC_HEAD "\"lessons\": [{\"id\": \"a\", \"state\": \"learned\", \"opened_at\": " AT10 ","
      " \"learned_at\": null, \"changed_at\": " AT10 "}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "lessons[0].learned_at" },
    { DOC_HEAD "\"lessons\": [" LESSON_OK ", " LESSON_OK "]}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "lessons[1].id: this lesson appears twice" },
    { DOC_HEAD "\"answers\": [{\"lesson\": \"a\", \"question\": -1, \"choice\": 0,"
      " \"correct\": true,"
      " \"answered_at\": " AT10 "}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "answers[0].question: the number is out of range" },
    { DOC_HEAD "\"answers\": [{\"lesson\": \"a\", \"question\": 0, \"choice\": 0, \"correct\": 1,"
      " \"answered_at\": " AT10 "}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "answers[0].correct: expected true or false" },
    { DOC_HEAD "\"answers\": [{\"lesson\": \"a\", \"question\": 0, \"choice\": 0,"
      " \"correct\": true}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "answers[0].answered_at: missing" },
    { DOC_HEAD "\"notes\": [{\"lesson\": \"a\", \"text\": null, \"changed_at\": " AT10 "}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "notes[0].text: expected a string" },
    { DOC_HEAD "\"lessons\": [" LESSON_OK "], \"reviews\": [{\"lesson\": \"a\", \"box\": 6,"
      " \"due_at\": " AT_NEXT ", \"reviewed_at\": null}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "reviews[0].box: the number is out of range" },
    { DOC_HEAD "\"reviews\": [{\"lesson\": \"a\", \"box\": 1,"
      " \"due_at\": " AT_NEXT ", \"reviewed_at\": null}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "reviews[0].lesson: only a lesson learned" },
    { DOC_HEAD "\"fib_runs\": [{\"n\": 40, \"algorithm\": \"naive\", \"elapsed_ns\": -5,"
      " \"value_preview\": \"1\", \"ran_at\": " AT10 "}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "fib_runs[0].elapsed_ns: the number is out of range" },
    { DOC_HEAD "\"activity\": [" AT10 ", 12]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "activity[1]: expected a date" },
    /* Valid up to the last record: still nothing is written. */
    { DOC_HEAD "\"lessons\": [" LESSON_OK "], \"notes\": [{\"lesson\": \"a\", \"text\": \"n\","
      " \"changed_at\": " AT10 "}], \"fib_runs\": [{\"n\": 40}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "fib_runs[0].algorithm: missing" },
  };
  g_autofree char *dir = data_dir_new ();
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  gsize i;

  fill_store (store, &clock);

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i].json);
      assert_import_refused (store, cases[i].json, cases[i].code, cases[i].detail);
    }

  store_close (store);
}

/* Practice exercises: a store with every kind of record, exported, reset and imported back
 * (merge and replace) gives the same document and the same records. */
static void
fill_exercises (CwProgressStore *store,
                TestClock       *clock,
                const char      *big_draft)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_progress_store_record_attempt (store, "ownership-fix-move", FALSE, &error));
  clock->now += MINUTE;
  g_assert_true (cw_progress_store_record_attempt (store, "ownership-fix-move", TRUE, &error));
  g_assert_true (cw_progress_store_record_attempt (store, "ownership-fix-move", FALSE, &error));
  g_assert_true (cw_progress_store_record_hints_shown (store, "ownership-fix-move", 2, &error));
  g_assert_true (cw_progress_store_reveal_solution (store, "ownership-fix-move", &error));
  g_assert_true (cw_progress_store_save_draft (store, "ownership-fix-move",
                                              "fn main() {\n    // “naïve” 🦀 \"quoted\"\n}\n",
                                              &error));
  clock->now += MINUTE;
  g_assert_true (cw_progress_store_record_attempt (store, "borrowing-fix-append", FALSE, &error));
  g_assert_true (cw_progress_store_save_draft (store, "strings-badge", "", &error));
  g_assert_true (cw_progress_store_save_draft (store, "big", big_draft, &error));
  g_assert_no_error (error);
}

static void
test_exercises_round_trip (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *big = g_strnfill (1024 * 1024, 'x');
  g_autofree char *json = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(CwExerciseProgress) progress = NULL;
  g_autoptr(GHashTable) all = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  fill_exercises (store, &clock, big);
  json = cw_progress_store_export_json (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"exercises\" : ["));
  g_assert_nonnull (strstr (json, "\"id\" : \"ownership-fix-move\""));
  g_assert_nonnull (strstr (json, "\"state\" : \"passed\""));
  g_assert_nonnull (strstr (json, "\"state\" : \"attempted\""));
  g_assert_nonnull (strstr (json, "\"state\" : \"not-started\""));
  g_assert_nonnull (strstr (json, "\"first_passed_at\" : \"2024-03-01T12:01:00Z\""));
  g_assert_nonnull (strstr (json, "\"solution_revealed\" : true"));
  first = export_without_time (store);

  g_assert_true (cw_progress_store_reset (store, &error));
  all = cw_progress_store_list_exercises (store, &error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 0);
  g_clear_pointer (&all, g_hash_table_unref);

  clock.now += 7 * DAY;
  g_assert_true (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_MERGE, NULL,
                                                &error));
  g_assert_no_error (error);
  second = export_without_time (store);
  g_assert_cmpstr (second, ==, first);
  g_clear_pointer (&second, g_free);
  g_assert_true (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_REPLACE, NULL,
                                                &error));
  g_assert_no_error (error);
  second = export_without_time (store);
  g_assert_cmpstr (second, ==, first);

  all = cw_progress_store_list_exercises (store, &error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 4);
  progress = cw_progress_store_get_exercise (store, "ownership-fix-move", &error);
  g_assert_no_error (error);
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_PASSED);
  g_assert_cmpuint (progress->attempts, ==, 3);
  g_assert_cmpint (progress->first_passed_at, ==, (T0 + MINUTE) / G_USEC_PER_SEC);
  g_assert_cmpuint (progress->hints_shown, ==, 2);
  g_assert_true (progress->solution_revealed);
  g_assert_cmpstr (progress->draft, ==, "fn main() {\n    // “naïve” 🦀 \"quoted\"\n}\n");
  g_assert_cmpint (progress->draft_saved_at, ==, (T0 + MINUTE) / G_USEC_PER_SEC);
  g_clear_pointer (&progress, cw_exercise_progress_free);
  progress = cw_progress_store_get_exercise (store, "strings-badge", &error);
  g_assert_cmpstr (progress->draft, ==, "");
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_NOT_STARTED);
  g_clear_pointer (&progress, cw_exercise_progress_free);
  progress = cw_progress_store_get_exercise (store, "big", &error);
  g_assert_cmpstr (progress->draft, ==, big);

  store_close (store);
}

/* An export without an "exercises" section (every export before schema 4) imports, and a
 * replace then leaves no exercises. */
static void
test_exercises_absent (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) all = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  g_assert_true (cw_progress_store_record_attempt (store, "a", TRUE, &error));
  g_assert_true (cw_progress_store_import_json (store, DOC_HEAD "\"lessons\": []}", -1, NULL,
                                                CW_IMPORT_MERGE, NULL, &error));
  g_assert_no_error (error);
  all = cw_progress_store_list_exercises (store, &error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 1);
  g_clear_pointer (&all, g_hash_table_unref);
  g_assert_true (cw_progress_store_import_json (store, DOC_HEAD "\"lessons\": []}", -1, NULL,
                                                CW_IMPORT_REPLACE, NULL, &error));
  g_assert_no_error (error);
  all = cw_progress_store_list_exercises (store, &error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 0);

  store_close (store);
}

#define EXERCISE_DOC(fields) DOC_HEAD "\"exercises\": [{" fields "}]}"
#define EX_ID "\"id\": \"ex\", "
#define EX_PASSED "\"state\": \"passed\", \"attempts\": 2, \"first_passed_at\": " AT10 ", "
#define EX_REST "\"hints_shown\": 1, \"solution_revealed\": false, \"draft\": \"fn f() {}\"," \
                " \"draft_saved_at\": " AT11
#define EX_OK EX_ID EX_PASSED EX_REST

static void
test_exercises_validation (void)
{
  static const struct
  {
    const char *json;
    const char *detail;
  } cases[] = {
    { DOC_HEAD "\"exercises\": {}}", "exercises: expected a list" },
    { DOC_HEAD "\"exercises\": [\"ex\"]}", "exercises[0]: expected an object" },
    { EXERCISE_DOC (EX_PASSED EX_REST), "exercises[0].id: missing" },
    { EXERCISE_DOC ("\"id\": 5, " EX_PASSED EX_REST), "exercises[0].id: expected a string" },
    { EXERCISE_DOC ("\"id\": \"\", " EX_PASSED EX_REST),
      "exercises[0].id: expected an exercise id" },
    { EXERCISE_DOC (EX_ID "\"state\": \"done\", \"attempts\": 2, \"first_passed_at\": " AT10 ", "
                    EX_REST), "exercises[0].state: expected" },
    { EXERCISE_DOC (EX_ID "\"state\": \"passed\", \"attempts\": -1, \"first_passed_at\": " AT10
                    ", " EX_REST), "exercises[0].attempts: the number is out of range" },
    { EXERCISE_DOC (EX_ID "\"state\": \"passed\", \"attempts\": \"2\", \"first_passed_at\": "
                    AT10 ", " EX_REST), "exercises[0].attempts: expected a whole number" },
    { EXERCISE_DOC (EX_ID EX_PASSED "\"hints_shown\": 4, \"solution_revealed\": false,"
                    " \"draft\": null, \"draft_saved_at\": null"),
      "exercises[0].hints_shown: the number is out of range" },
    { EXERCISE_DOC (EX_ID EX_PASSED "\"hints_shown\": 0, \"solution_revealed\": 1,"
                    " \"draft\": null, \"draft_saved_at\": null"),
      "exercises[0].solution_revealed: expected true or false" },
    { EXERCISE_DOC (EX_ID "\"state\": \"passed\", \"attempts\": 2, \"first_passed_at\": null, "
                    EX_REST), "exercises[0].first_passed_at: a passed exercise" },
    { EXERCISE_DOC (EX_ID "\"state\": \"attempted\", \"attempts\": 2, \"first_passed_at\": "
                    AT10 ", " EX_REST), "exercises[0].first_passed_at: a passed exercise" },
    { EXERCISE_DOC (EX_ID "\"state\": \"not-started\", \"attempts\": 2, \"first_passed_at\": "
                    "null, " EX_REST), "exercises[0].attempts: an exercise not started" },
    { EXERCISE_DOC (EX_ID "\"state\": \"passed\", \"attempts\": 0, \"first_passed_at\": " AT10
                    ", " EX_REST), "exercises[0].attempts: an exercise not started" },
    { EXERCISE_DOC (EX_ID EX_PASSED "\"hints_shown\": 0, \"solution_revealed\": false,"
                    " \"draft\": \"x\", \"draft_saved_at\": null"),
      "exercises[0].draft_saved_at: a draft has a time" },
    { EXERCISE_DOC (EX_ID EX_PASSED "\"hints_shown\": 0, \"solution_revealed\": false,"
                    " \"draft\": null, \"draft_saved_at\": " AT10),
      "exercises[0].draft_saved_at: a draft has a time" },
    { EXERCISE_DOC (EX_ID EX_PASSED "\"hints_shown\": 0, \"solution_revealed\": false,"
                    " \"draft\": 12, \"draft_saved_at\": " AT10),
      "exercises[0].draft: expected a string or null" },
    { EXERCISE_DOC (EX_ID EX_PASSED "\"hints_shown\": 0, \"solution_revealed\": false,"
                    " \"draft\": \"bad \\ud800y\", \"draft_saved_at\": " AT10),
      "exercises[0].draft: expected UTF-8 text" },
    { EXERCISE_DOC (EX_ID "\"state\": \"passed\", \"attempts\": 2,"
                    " \"first_passed_at\": \"yesterday\", " EX_REST),
      "exercises[0].first_passed_at: expected a date" },
    { DOC_HEAD "\"exercises\": [{" EX_OK "}, {" EX_OK "}]}",
      "exercises[1].id: this exercise appears twice" },
    /* Valid exercises, then a broken lesson record: nothing is written. */
    { DOC_HEAD "\"exercises\": [{" EX_OK "}], \"lessons\": [{\"id\": \"a\"}]}",
      "lessons[0].state: missing" },
  };
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *too_big = NULL;
  g_autofree char *text = g_strnfill (CW_EXERCISE_MAX_DRAFT + 1, 'y');
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  gsize i;

  fill_store (store, &clock);
  g_assert_true (cw_progress_store_record_attempt (store, "kept", TRUE, &error));
  g_assert_no_error (error);

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i].json);
      assert_import_refused (store, cases[i].json, CW_PROGRESS_ERROR_INVALID_IMPORT,
                             cases[i].detail);
    }

  /* A draft longer than the store keeps. */
  too_big = g_strdup_printf (EXERCISE_DOC (EX_ID EX_PASSED "\"hints_shown\": 0,"
                                           " \"solution_revealed\": false, \"draft\": \"%s\","
                                           " \"draft_saved_at\": " AT10), text);
  assert_import_refused (store, too_big, CW_PROGRESS_ERROR_INVALID_IMPORT,
                         "exercises[0].draft: a draft is at most 2.0");

  /* And the valid one imports. */
  g_assert_true (cw_progress_store_import_json (store, EXERCISE_DOC (EX_OK), -1, NULL,
                                                CW_IMPORT_MERGE, NULL, &error));
  g_assert_no_error (error);

  store_close (store);
}

/* json-glib's parser recurses once per level: a document nested 100,000 levels deep used
 * to overflow the stack. Run in a child, so that a crash fails this test, not the program. */
static void
test_import_nested_deep (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GString *json;
  TestClock clock = { T0 };
  CwProgressStore *store;
  guint i;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, CW_TEST_SUBPROCESS_NO_LIMIT, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  dir = data_dir_new ();
  store = store_open (dir, &clock);
  fill_store (store, &clock);
  before = export_without_time (store);

  json = g_string_new (DOC_HEAD "\"lessons\": ");
  for (i = 0; i < 100000; i++)
    g_string_append_c (json, '[');
  for (i = 0; i < 100000; i++)
    g_string_append_c (json, ']');
  g_string_append_c (json, '}');

  g_assert_false (cw_progress_store_import_json (store, json->str, json->len, NULL,
                                                 CW_IMPORT_REPLACE, NULL, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_INVALID_IMPORT);
  g_assert_nonnull (strstr (error->message, "nested more than"));
  g_clear_error (&error);
  after = export_without_time (store);
  g_assert_cmpstr (after, ==, before);

  /* The same nesting inside a string is only text. */
  g_string_truncate (json, 0);
  g_string_append (json, DOC_HEAD "\"notes\": [{\"lesson\": \"a\", \"text\": \"");
  for (i = 0; i < 1000; i++)
    g_string_append (json, "[{\\\"");
  g_string_append (json, "\", \"changed_at\": " AT10 "}]}");
  g_assert_true (cw_progress_store_import_json (store, json->str, json->len, NULL,
                                                CW_IMPORT_MERGE, NULL, &error));
  g_assert_no_error (error);

  g_string_free (json, TRUE);
  store_close (store);
}

/* json-glib ends a string at U+0000: "memory\u0000evil" was stored as "memory". */
static void
test_import_nul (void)
{
  g_autofree char *dir = data_dir_new ();
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  fill_store (store, &clock);
  assert_import_refused (store,
                         DOC_HEAD "\"lessons\": [{\"id\": \"memory\\u0000evil\", \"state\": \"learned\","
                         " \"opened_at\": " AT10 ", \"learned_at\": " AT11 ", \"changed_at\": " AT11 "}]}",
                         CW_PROGRESS_ERROR_INVALID_IMPORT, "U+0000");
  assert_import_refused (store,
                         DOC_HEAD "\"notes\": [{\"lesson\": \"a\", \"text\": \"x\\u0000\","
                         " \"changed_at\": " AT10 "}]}",
                         CW_PROGRESS_ERROR_INVALID_IMPORT, "line 1: a text holds the character U+0000");
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "memory", NULL), ==,
                   CW_LESSON_NOT_STARTED);

  /* An escaped backslash before "u0000" is only text. */
  g_assert_true (cw_progress_store_import_json (store,
                                                DOC_HEAD "\"notes\": [{\"lesson\": \"a\","
                                                " \"text\": \"C:\\\\u0000\", \"changed_at\": " AT10 "}]}",
                                                -1, NULL, CW_IMPORT_MERGE, NULL, NULL));
  store_close (store);
}

/* Larger than any export: refused before a byte is parsed. */
static void
test_import_too_large (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  gsize size = 64 * 1024 * 1024 + 1;
  g_autofree char *json = g_malloc0 (size);
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  memcpy (json, DOC_HEAD, strlen (DOC_HEAD));
  g_assert_false (cw_progress_store_import_json (store, json, size, NULL, CW_IMPORT_MERGE, NULL,
                                                 &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_INVALID_IMPORT);
  g_assert_nonnull (strstr (error->message, "larger than"));
  store_close (store);
}

/* 0001-01-01T00:00:00+14:00 parses, but in UTC it is in year 0, a date GDateTime cannot
 * hold: the Progress page showed "(null)", and the app's own export was refused by its
 * import. Every time is checked against the range the store keeps. */
static void
test_import_time_range (void)
{
  static const struct
  {
    const char *json;
    const char *detail;
  } cases[] = {
    { DOC_HEAD "\"fib_runs\": [{\"n\": 40, \"algorithm\": \"naive\", \"elapsed_ns\": 5,"
      " \"value_preview\": \"1\", \"ran_at\": \"0001-01-01T00:00:00+14:00\"}]}",
      "fib_runs[0].ran_at: expected a time from 1970 to 9998" },
    { DOC_HEAD "\"activity\": [\"0001-01-01T00:00:00+14:00\"]}",
      "activity[0]: expected a time from 1970 to 9998" },
    { DOC_HEAD "\"lessons\": [{\"id\": \"a\", \"state\": \"in-progress\","
      " \"opened_at\": \"1969-12-31T23:59:59Z\", \"learned_at\": null,"
      " \"changed_at\": " AT10 "}]}",
      "lessons[0].opened_at: expected a time from 1970 to 9998" },
    { DOC_HEAD "\"answers\": [{\"lesson\": \"a\", \"question\": 0, \"choice\": 0,"
      " \"correct\": true, \"answered_at\": \"9999-06-01T00:00:00Z\"}]}",
      "answers[0].answered_at: expected a time from 1970 to 9998" },
    { DOC_HEAD "\"exported_at\": \"0001-01-01T00:00:00+01:00\"}",
      "$.exported_at: expected a time from 1970 to 9998" },
  };
  g_autofree char *dir = data_dir_new ();
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  gsize i;

  fill_store (store, &clock);
  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i].json);
      assert_import_refused (store, cases[i].json, CW_PROGRESS_ERROR_INVALID_IMPORT,
                             cases[i].detail);
    }

  store_close (store);
}

/* A learned lesson with no schedule never came up for review. Rule: it gets the schedule
 * a lesson learned before there were schedules gets (box 1, due a day after learned). */
static void
test_import_learned_without_schedule (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  gint64 due_at = 0;

  g_assert_true (cw_progress_store_import_json (store, DOC_HEAD "\"lessons\": [" LESSON_OK "]}",
                                                -1, NULL, CW_IMPORT_REPLACE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "a", NULL), ==, CW_LESSON_LEARNED);
  g_assert_cmpuint (review_box (store, "a", &due_at), ==, 1);
  g_assert_cmpint (due_at, ==, G_GINT64_CONSTANT (1709290800) * G_USEC_PER_SEC + DAY);
  clock.now = T0 + DAY;
  g_assert_true (is_due (store, "a"));
  store_close (store);
}

/* Rules: a lesson is opened before (or when) it changes state, and learned between the two;
 * a review happens before (or when) the lesson is next due. */
static void
test_import_time_order (void)
{
  static const struct
  {
    const char *json;
    const char *detail;
  } cases[] = {
    { DOC_HEAD "\"lessons\": [{\"id\": \"a\", \"state\": \"in-progress\", \"opened_at\": " AT11 ","
      " \"learned_at\": null, \"changed_at\": " AT10 "}]}",
      "lessons[0].changed_at: earlier than opened_at" },
    { DOC_HEAD "\"lessons\": [{\"id\": \"a\", \"state\": \"learned\", \"opened_at\": " AT11 ","
      " \"learned_at\": " AT10 ", \"changed_at\": " AT11 "}]}",
      "lessons[0].learned_at: earlier than opened_at" },
    { DOC_HEAD "\"lessons\": [{\"id\": \"a\", \"state\": \"learned\", \"opened_at\": " AT10 ","
      " \"learned_at\": " AT11 ", \"changed_at\": " AT10 "}]}",
      "lessons[0].changed_at: earlier than learned_at" },
    { DOC_HEAD "\"lessons\": [" LESSON_OK "], \"reviews\": [{\"lesson\": \"a\", \"box\": 2,"
      " \"due_at\": " AT11 ", \"reviewed_at\": " AT_NEXT "}]}",
      "reviews[0].reviewed_at: later than due_at" },
  };
  g_autofree char *dir = data_dir_new ();
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  gsize i;

  fill_store (store, &clock);
  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i].json);
      assert_import_refused (store, cases[i].json, CW_PROGRESS_ERROR_INVALID_IMPORT,
                             cases[i].detail);
    }

  store_close (store);
}

static char *
doc_with_note (const char *text)
{
  return g_strdup_printf (DOC_HEAD "\"notes\": [{\"lesson\": \"a\", \"text\": \"%s\","
                          " \"changed_at\": " AT10 "}]}", text);
}

static char *
doc_with_run (const char *algorithm,
              const char *preview)
{
  return g_strdup_printf (DOC_HEAD "\"fib_runs\": [{\"n\": 40, \"algorithm\": \"%s\","
                          " \"elapsed_ns\": 5, \"value_preview\": \"%s\","
                          " \"ran_at\": " AT10 "}]}", algorithm, preview);
}

/* A note is at most 256 KiB, an algorithm name or a value preview at most 1 KiB, in an
 * import and in the store alike (so that every export imports again); every text is UTF-8. */
static void
test_import_sizes (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *most = g_strnfill (256 * 1024, 'n');
  g_autofree char *over = g_strnfill (256 * 1024 + 1, 'n');
  g_autofree char *short_over = g_strnfill (1025, '9');
  g_autofree char *note = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  fill_store (store, &clock);

  {
    g_autofree char *json = doc_with_note (over);

    assert_import_refused (store, json, CW_PROGRESS_ERROR_INVALID_IMPORT,
                           "notes[0].text: a note is at most 256");
  }
  {
    g_autofree char *json = doc_with_run (short_over, "1");

    assert_import_refused (store, json, CW_PROGRESS_ERROR_INVALID_IMPORT,
                           "fib_runs[0].algorithm: at most 1");
  }
  {
    g_autofree char *json = doc_with_run ("naive", short_over);

    assert_import_refused (store, json, CW_PROGRESS_ERROR_INVALID_IMPORT,
                           "fib_runs[0].value_preview: at most 1");
  }
  {
    /* A lone surrogate: json-glib makes bytes that are not UTF-8 of it. */
    g_autofree char *json = doc_with_note ("x\\ud800y");

    assert_import_refused (store, json, CW_PROGRESS_ERROR_INVALID_IMPORT,
                           "notes[0].text: expected UTF-8 text");
  }
  {
    g_autofree char *json = doc_with_note (most);

    g_assert_true (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_MERGE, NULL,
                                                  &error));
    g_assert_no_error (error);
  }

  /* The store keeps the same limit. */
  g_assert_false (cw_progress_store_set_note (store, "ownership", over, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "too long"));
  g_clear_error (&error);
  note = cw_progress_store_dup_note (store, "ownership");
  g_assert_cmpstr (note, ==, "One owner; “move” ends it.");
  g_assert_true (cw_progress_store_set_note (store, "ownership", most, &error));
  g_assert_no_error (error);
  g_assert_false (cw_progress_store_add_fib_run (store, 1, short_over, 1, "1", &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (cw_progress_store_add_fib_run (store, 1, "naive", 1, short_over, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);
  g_clear_error (&error);

  store_close (store);
}

/* Everything a store can hold, through the API, then what an older version or a broken
 * clock may have left in the file: times GDateTime cannot hold. */
static void
fill_every_kind (const char *dir,
                 TestClock  *clock)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = progress_path (dir);
  g_autofree char *long_id = g_strnfill (256, 'x');
  CwProgressStore *store = store_open (dir, clock);
  sqlite3 *db;

  fill_store_more (store, clock);
  g_assert_true (cw_progress_store_set_learned (store, long_id, TRUE, &error));
  g_assert_true (cw_progress_store_set_learned (store, "undone", TRUE, &error));
  clock->now += MINUTE;
  g_assert_true (cw_progress_store_set_learned (store, "undone", FALSE, &error));
  g_assert_true (cw_progress_store_record_answer (store, "traits", G_MAXUINT, G_MAXUINT, TRUE,
                                                  &error));
  g_assert_true (cw_progress_store_set_note (store, long_id,
                                             "Ünïcödé ✓\t\"quoted\" \\ back\r\n𝄞 \x01", &error));
  g_assert_true (cw_progress_store_add_fib_run (store, 0, "iterative", G_MAXUINT64, "", &error));
  g_assert_true (cw_progress_store_add_fib_run (store, G_MAXUINT, "exact", 0, "1…9", &error));
  /* The clock set back an hour between opening a lesson and learning it. */
  g_assert_true (cw_progress_store_mark_opened (store, "clock-back", &error));
  clock->now -= HOUR;
  g_assert_true (cw_progress_store_set_learned (store, "clock-back", TRUE, &error));
  g_assert_true (cw_progress_store_mark_opened (store, "clock-back-undone", &error));
  clock->now += 2 * HOUR;
  g_assert_true (cw_progress_store_set_learned (store, "clock-back-undone", TRUE, &error));
  clock->now -= 3 * HOUR;
  g_assert_true (cw_progress_store_set_learned (store, "clock-back-undone", FALSE, &error));
  clock->now = 0;
  g_assert_true (cw_progress_store_mark_opened (store, "epoch", &error));
  g_assert_no_error (error);
  store_close (store);

  db = db_open (path);
  db_exec (db, "UPDATE fib_runs SET ran_at = -62135596800000001 WHERE n = 0;"
               "INSERT INTO answers (lesson_id, question, choice, correct, answered_at)"
               " VALUES ('ownership', 5, 1, 0, 9223372036854775807),"
               "        ('ownership', 6, 1, 0, -9223372036854775807);"
               "INSERT INTO activity (slot_start) VALUES (-100000000000), (9000000000000);"
               /* Learned with no schedule, times out of order, a review after its due date,
                * a schedule for a lesson not learned: all left by older versions. */
               "INSERT INTO lessons VALUES ('no-schedule', 'learned', 1709290800000000,"
               "                           1709294400000000, 1709294400000000);"
               "INSERT INTO lessons VALUES ('out-of-order', 'learned', 1709298000000000,"
               "                           1709294400000000, 1709290800000000);"
               "INSERT INTO reviews VALUES ('out-of-order', 3, 1709290800000000, 1709298000000000);"
               "INSERT INTO reviews VALUES ('borrowing', 2, 1709290800000000, NULL);");
  sqlite3_close (db);
}

/* Export then import gives the same progress, whatever the store holds; the export never
 * writes null for a time the store has. */
static void
test_round_trip_every_kind (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *other_dir = g_build_filename (g_get_user_data_dir (), "other", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(GDateTime) changed = NULL;
  g_autofree char *json = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *merged = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store;
  CwProgressStore *other;
  guint i;

  fill_every_kind (dir, &clock);
  clock.now = T0 + 3 * DAY;
  store = store_open (dir, &clock);

  /* Every stored time reads back as a date. */
  runs = cw_progress_store_list_fib_runs (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 4);
  for (i = 0; i < g_list_model_get_n_items (runs); i++)
    {
      g_autoptr(CwFibRun) run = g_list_model_get_item (runs, i);

      g_assert_nonnull (cw_fib_run_get_date (run));
    }
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "epoch", &changed), ==,
                   CW_LESSON_IN_PROGRESS);
  g_assert_nonnull (changed);

  json = cw_progress_store_export_json (store, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (json, "\"ran_at\" : null"));
  g_assert_null (strstr (json, "\"answered_at\" : null"));
  first = export_without_time (store);

  other = store_open (other_dir, &clock);
  g_assert_true (cw_progress_store_import_json (other, json, -1, NULL, CW_IMPORT_REPLACE, NULL,
                                                &error));
  g_assert_no_error (error);
  second = export_without_time (other);
  g_assert_cmpstr (second, ==, first);
  store_close (other);

  /* Merged into itself, nothing changes. */
  g_assert_true (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_MERGE, NULL,
                                                &error));
  g_assert_no_error (error);
  merged = export_without_time (store);
  g_assert_cmpstr (merged, ==, first);
  store_close (store);
}

static char *
export_async (CwProgressStore   *store,
              GCancellable      *cancellable,
              char            ***damaged,
              GError           **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  cw_progress_store_export_json_async (store, cancellable, on_async_done, &result);
  g_assert_null (result);
  return cw_progress_store_export_json_finish (store, wait_for_result (&result), damaged,
                                               error);
}

static gboolean
import_async (CwProgressStore   *store,
              const char        *json,
              CwImportMode       mode,
              GCancellable      *cancellable,
              char            ***skipped,
              GError           **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GAsyncResult) result = NULL;

  cw_progress_store_import_json_async (store, bytes, NULL, mode, cancellable, on_async_done,
                                       &result);
  g_assert_null (result);
  return cw_progress_store_import_json_finish (store, wait_for_result (&result), skipped, error);
}

static void
test_async_round_trip (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *other_dir = g_build_filename (g_get_user_data_dir (), "other", NULL);
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_auto(GStrv) skipped = NULL;
  g_auto(GStrv) damaged = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  CwProgressStore *other;

  fill_store_more (store, &clock);
  json = export_async (store, NULL, &damaged, &error);
  g_assert_no_error (error);
  g_assert_nonnull (json);
  g_assert_nonnull (damaged);
  g_assert_cmpuint (g_strv_length (damaged), ==, 0);
  first = export_without_time (store);
  store_close (store);

  other = store_open (other_dir, &clock);
  fill_store (other, &clock);
  g_signal_connect (other, "changed", G_CALLBACK (on_changed), log);
  g_assert_true (import_async (other, json, CW_IMPORT_REPLACE, NULL, &skipped, &error));
  g_assert_no_error (error);
  g_assert_nonnull (skipped);
  g_assert_cmpuint (g_strv_length (skipped), ==, 0);
  assert_log (log, "all:-");
  second = export_without_time (other);
  g_assert_cmpstr (second, ==, first);
  g_assert_true (cw_progress_store_get_can_save (other));
  store_close (other);
}

/* A read-only session has no file to read: its copy in memory is exported. */
static void
test_async_read_only (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  CwProgressStore *store;

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  store = cw_progress_store_new (dir, &error);
  g_assert_no_error (error);
  g_assert_false (cw_progress_store_get_can_save (store));

  json = export_async (store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"format\" : \"crabwise-progress\""));

  g_assert_false (import_async (store, json, CW_IMPORT_MERGE, NULL, NULL, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_assert_nonnull (strstr (error->message, "is a folder, not a file"));
  store_close (store);
}

/* Refused and cancelled imports change nothing and emit nothing. */
static void
test_async_refused_and_cancelled (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *json = NULL;
  GString *deep = g_string_new (DOC_HEAD "\"lessons\": ");
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  char **skipped = (char **) 0x1;
  guint i;

  fill_store (store, &clock);
  before = export_without_time (store);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);

  for (i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  g_assert_false (import_async (store, deep->str, CW_IMPORT_REPLACE, NULL, &skipped, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_INVALID_IMPORT);
  g_assert_null (skipped);
  g_clear_error (&error);
  g_string_free (deep, TRUE);

  json = export_async (store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_cancellable_cancel (cancellable);
  g_assert_false (import_async (store, DOC_HEAD "\"lessons\": []}", CW_IMPORT_REPLACE,
                                cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_null (export_async (store, cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  assert_log (log, "");
  after = export_without_time (store);
  g_assert_cmpstr (after, ==, before);
  store_close (store);
}

/* Replaces one byte of @needle with 0xFF where it occurs in the file: @n_expected times. */
static void
damage_text (const char *path,
             const char *needle,
             gsize       offset,
             guint       n_expected)
{
  g_autofree char *contents = NULL;
  gsize n_needle = strlen (needle);
  gsize length = 0;
  guint n_found = 0;
  gsize i;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (i = 0; i + n_needle <= length; i++)
    if (memcmp (contents + i, needle, n_needle) == 0)
      {
        contents[i + offset] = (char) 0xff;
        n_found++;
      }
  g_assert_cmpuint (n_found, ==, n_expected);
  file_write (path, contents, length);
}

/* Damage inside a note's text passes integrity_check, and poisoned the whole export with
 * text that is not UTF-8. Rule: text read back is checked; a damaged note is repaired (the
 * damaged bytes become U+FFFD) and named, the rest exports as it is. */
static void
test_damaged_text (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *other_dir = g_build_filename (g_get_user_data_dir (), "other", NULL);
  g_autofree char *path = progress_path (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *check = NULL;
  g_autofree char *json = NULL;
  g_autofree char *note = NULL;
  g_autofree char *other_note = NULL;
  g_auto(GStrv) damaged = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  CwProgressStore *other;
  guint n_answered = 0;
  sqlite3 *db;

  fill_store_more (store, &clock);
  store_close (store);
  damage_text (path, "One owner", 5, 1);
  db = db_open (path);
  check = db_query_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  sqlite3_close (db);

  store = store_open (dir, &clock);
  note = cw_progress_store_dup_note (store, "ownership");
  g_assert_true (g_utf8_validate (note, -1, NULL));
  g_assert_true (g_str_has_prefix (note, "One o\xef\xbf\xbdner"));

  json = cw_progress_store_export_json (store, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (json, -1, NULL));

  other = store_open (other_dir, &clock);
  g_assert_true (cw_progress_store_import_json (other, json, -1, NULL, CW_IMPORT_REPLACE, NULL,
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_progress_store_get_lesson_state (other, "ownership", NULL), ==,
                   CW_LESSON_LEARNED);
  g_assert_true (cw_progress_store_get_accuracy (other, NULL, &n_answered));
  g_assert_cmpuint (n_answered, ==, 5);
  other_note = cw_progress_store_dup_note (other, "ownership");
  g_assert_cmpstr (other_note, ==, note);
  store_close (other);

  /* The export names what was damaged. */
  g_clear_pointer (&json, g_free);
  json = export_async (store, NULL, &damaged, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (damaged), ==, 1);
  g_assert_nonnull (strstr (damaged[0], "the note on the lesson “ownership”"));
  store_close (store);

  /* A damaged lesson id (in its row, its index and as the last lesson): its rows are left
   * out and named, the rest exports. */
  damage_text (path, "borrowing", 2, 3);
  store = store_open (dir, &clock);
  g_clear_pointer (&json, g_free);
  g_clear_pointer (&damaged, g_strfreev);
  json = export_async (store, NULL, &damaged, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (json, -1, NULL));
  g_assert_cmpuint (g_strv_length (damaged), ==, 3);
  g_assert_cmpstr (damaged[0], ==, "the last lesson opened");
  g_assert_nonnull (strstr (damaged[1], "whose name is damaged (“bo\xef\xbf\xbdrowing”)"));
  g_assert_nonnull (strstr (damaged[2], "the note on the lesson “ownership”"));
  other = store_open (other_dir, &clock);
  g_assert_true (cw_progress_store_import_json (other, json, -1, NULL, CW_IMPORT_REPLACE, NULL,
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_progress_store_get_lesson_state (other, "traits", NULL), ==,
                   CW_LESSON_LEARNED);
  store_close (other);
  store_close (store);
}


/* A damaged draft exports repaired and named; an exercise whose id is damaged is left out
 * and named; the rest imports. */
static void
test_exercises_damaged_text (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *other_dir = g_build_filename (g_get_user_data_dir (), "other", NULL);
  g_autofree char *path = progress_path (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_auto(GStrv) damaged = NULL;
  g_autoptr(CwExerciseProgress) progress = NULL;
  g_autoptr(GHashTable) all = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  CwProgressStore *other;

  g_assert_true (cw_progress_store_save_draft (store, "ownership-fix-move",
                                              "let damaged_here = 1;", &error));
  g_assert_true (cw_progress_store_record_attempt (store, "zz-broken-id", TRUE, &error));
  g_assert_true (cw_progress_store_record_attempt (store, "kept-exercise", TRUE, &error));
  g_assert_no_error (error);
  store_close (store);
  damage_text (path, "damaged_here", 3, 1);
  /* In its row and in the primary key's index. */
  damage_text (path, "zz-broken-id", 4, 2);

  store = store_open (dir, &clock);
  progress = cw_progress_store_get_exercise (store, "ownership-fix-move", &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (progress->draft, -1, NULL));
  g_assert_true (g_str_has_prefix (progress->draft, "let dam\xef\xbf\xbd"));
  all = cw_progress_store_list_exercises (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 2);

  json = export_async (store, NULL, &damaged, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (json, -1, NULL));
  g_assert_cmpuint (g_strv_length (damaged), ==, 2);
  g_assert_nonnull (strstr (damaged[0], "the draft of the exercise “ownership-fix-move”"));
  g_assert_nonnull (strstr (damaged[1], "an exercise whose name is damaged (“zz-b"));

  other = store_open (other_dir, &clock);
  g_assert_true (cw_progress_store_import_json (other, json, -1, NULL, CW_IMPORT_REPLACE, NULL,
                                                &error));
  g_assert_no_error (error);
  g_clear_pointer (&all, g_hash_table_unref);
  all = cw_progress_store_list_exercises (other, &error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 2);
  g_assert_nonnull (g_hash_table_lookup (all, "kept-exercise"));
  g_assert_cmpstr (((CwExerciseProgress *) g_hash_table_lookup (all, "ownership-fix-move"))->draft,
                   ==, progress->draft);
  store_close (other);
  store_close (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/progress-json/export/round-trip", test_export_round_trip);
  g_test_add_func ("/progress-json/import/validation", test_import_validation);
  g_test_add_func ("/progress-json/import/nested-deep", test_import_nested_deep);
  g_test_add_func ("/progress-json/import/too-large", test_import_too_large);
  g_test_add_func ("/progress-json/import/nul", test_import_nul);
  g_test_add_func ("/progress-json/async/round-trip", test_async_round_trip);
  g_test_add_func ("/progress-json/async/read-only", test_async_read_only);
  g_test_add_func ("/progress-json/async/refused-and-cancelled", test_async_refused_and_cancelled);
  g_test_add_func ("/progress-json/import/time-range", test_import_time_range);
  g_test_add_func ("/progress-json/import/learned-without-schedule",
                   test_import_learned_without_schedule);
  g_test_add_func ("/progress-json/import/time-order", test_import_time_order);
  g_test_add_func ("/progress-json/import/sizes", test_import_sizes);
  g_test_add_func ("/progress-json/export/round-trip-every-kind", test_round_trip_every_kind);
  g_test_add_func ("/progress-json/export/damaged-text", test_damaged_text);
  g_test_add_func ("/progress-json/exercises/round-trip", test_exercises_round_trip);
  g_test_add_func ("/progress-json/exercises/absent", test_exercises_absent);
  g_test_add_func ("/progress-json/exercises/validation", test_exercises_validation);
  g_test_add_func ("/progress-json/exercises/damaged-text", test_exercises_damaged_text);

  return g_test_run ();
}
