/* cc-write.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include "cc-compiler.h"
#include "cc-sql.h"
#include "cw-content-schema.h"

/*
 * The writer: one function per table. All of them run in one transaction; the file is then
 * vacuumed so that two builds of the same sources give the same bytes.
 */

/* Writes the rows of one lesson into a table, with @stmt prepared from the table's SQL. */
typedef gboolean (*CcWriteRows) (sqlite3_stmt  *stmt,
                                 CcLesson      *lesson,
                                 GError       **error);

typedef struct
{
  CcWriteRows  write;
  const char  *sql;
} CcTable;

static gboolean
cc_write_meta (sqlite3     *db,
               CcCompiler  *self,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cc_sql_prepare (db, "INSERT INTO meta (key, value) "
                                                     "VALUES (?, ?)", error);

  return stmt != NULL &&
         cc_sql_insert (stmt, error, "tt", "content_format", "2") &&
         cc_sql_insert (stmt, error, "tt", "rustc_version", self->rustc_version);
}

static gboolean
cc_write_parts (sqlite3     *db,
                CcCompiler  *self,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = cc_sql_prepare (db, "INSERT INTO parts (id, position, title, summary) "
                             "VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < self->parts->len; i++)
    {
      CcPart *part = g_ptr_array_index (self->parts, i);

      if (!cc_sql_insert (stmt, error, "titt", part->id, (gint64) part->position, part->title,
                          part->summary))
        return FALSE;
    }

  return TRUE;
}

static gboolean
cc_write_lessons (sqlite3_stmt  *stmt,
                  CcLesson      *lesson,
                  GError       **error)
{
  if (!cc_sql_insert (stmt, error, "titittttt", lesson->id, (gint64) lesson->position,
                      lesson->part->id, (gint64) lesson->part_position, lesson->title,
                      lesson->summary, lesson->summary_markup, lesson->intro->markup,
                      lesson->intro->plain))
    return FALSE;

  return TRUE;
}

static gboolean
cc_write_concepts (sqlite3_stmt  *stmt,
                   CcLesson      *lesson,
                   GError       **error)
{
  if (lesson->has_concept &&
      !cc_sql_insert (stmt, error, "ttittttt", lesson->id, lesson->part->id,
                      (gint64) lesson->position, lesson->concept_name, lesson->concept_js,
                      lesson->concept_rust, lesson->concept_key_difference,
                      lesson->concept_plain))
    return FALSE;

  return TRUE;
}

static const char * const block_kinds[] = { "paragraph", "heading", "item", "code" };

static gboolean
cc_write_prose_blocks (sqlite3_stmt  *stmt,
                       const char    *owner,
                       CcProse       *prose,
                       GError       **error)
{
  for (guint i = 0; i < prose->blocks->len; i++)
    {
      CcBlock *block = g_ptr_array_index (prose->blocks, i);

      if (!cc_sql_insert (stmt, error, "titiittt", owner, (gint64) i + 1,
                          block_kinds[block->kind], (gint64) block->level,
                          (gint64) block->number, block->language, block->markup, block->plain))
        return FALSE;
    }

  return TRUE;
}

static gboolean
cc_write_blocks (sqlite3_stmt  *stmt,
                 CcLesson      *lesson,
                 GError       **error)
{
  g_autofree char *owner = g_strconcat ("lesson/", lesson->id, NULL);

  if (!cc_write_prose_blocks (stmt, owner, lesson->intro, error))
    return FALSE;

  for (guint j = 0; j < lesson->pairs->len; j++)
    {
      CcPair *pair = g_ptr_array_index (lesson->pairs, j);
      g_autofree char *pair_owner = g_strdup_printf ("pair/%s/%u", lesson->id,
                                                     pair->number);

      if (!cc_write_prose_blocks (stmt, pair_owner, pair->text, error))
        return FALSE;
    }

  for (guint j = 0; j < lesson->exercises->len; j++)
    {
      CcExercise *exercise = g_ptr_array_index (lesson->exercises, j);
      g_autofree char *exercise_owner = g_strconcat ("exercise/", exercise->id, NULL);

      if (!cc_write_prose_blocks (stmt, exercise_owner, exercise->statement, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
cc_write_snippet_pairs (sqlite3_stmt  *stmt,
                        CcLesson      *lesson,
                        GError       **error)
{
  for (guint j = 0; j < lesson->pairs->len; j++)
    {
      CcPair *pair = g_ptr_array_index (lesson->pairs, j);

      if (!cc_sql_insert (stmt, error, "titttttttttttttttttttttt", lesson->id,
                          (gint64) pair->number, pair->stem, pair->caption,
                          pair->text->markup, pair->text->plain, pair->js_file,
                          pair->js_code, pair->js_output, pair->js_check, pair->js_not_run,
                          pair->rust_file, pair->rust_code, pair->rust_mode,
                          pair->crate_name, pair->crates, pair->not_compiled,
                          pair->rust_expect, pair->rust_output, pair->rust_error_code,
                          pair->rust_error_message, pair->rust_diagnostic, pair->rust_panic))
        return FALSE;
    }

  return TRUE;
}

static gboolean
cc_write_marks (sqlite3_stmt  *stmt,
                CcLesson      *lesson,
                CcPair        *pair,
                const char    *side,
                GPtrArray     *marks,
                GError       **error)
{
  for (guint i = 0; i < marks->len; i++)
    {
      CcMark *mark = g_ptr_array_index (marks, i);

      if (!cc_sql_insert (stmt, error, "titit", lesson->id, (gint64) pair->number, side,
                          (gint64) mark->line, mark->name))
        return FALSE;
    }

  return TRUE;
}

static gboolean
cc_write_line_marks (sqlite3_stmt  *stmt,
                     CcLesson      *lesson,
                     GError       **error)
{
  for (guint j = 0; j < lesson->pairs->len; j++)
    {
      CcPair *pair = g_ptr_array_index (lesson->pairs, j);

      if (!cc_write_marks (stmt, lesson, pair, "js", pair->js_marks, error) ||
          !cc_write_marks (stmt, lesson, pair, "rust", pair->rust_marks, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
cc_write_quiz_items (sqlite3_stmt  *stmt,
                     CcLesson      *lesson,
                     GError       **error)
{
  for (guint j = 0; j < lesson->questions->len; j++)
    {
      CcQuestion *q = g_ptr_array_index (lesson->questions, j);

      if (!cc_sql_insert (stmt, error, "titttitttttttt", lesson->id, (gint64) q->number,
                          q->kind, q->prompt, q->prompt_plain, q->answer, q->explanation,
                          q->explanation_plain, q->code_file, q->code, q->code_language,
                          q->code_output, q->code_diagnostic, q->code_panic))
        return FALSE;
    }

  return TRUE;
}

static gboolean
cc_write_quiz_choices (sqlite3_stmt  *stmt,
                       CcLesson      *lesson,
                       GError       **error)
{
  for (guint j = 0; j < lesson->questions->len; j++)
    {
      CcQuestion *question = g_ptr_array_index (lesson->questions, j);

      for (guint k = 0; k < question->choices->len; k++)
        {
          CcChoice *choice = g_ptr_array_index (question->choices, k);

          if (!cc_sql_insert (stmt, error, "tiittttt", lesson->id, (gint64) question->number,
                              (gint64) k, choice->markup, choice->plain, choice->file,
                              choice->code, choice->diagnostic))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
cc_write_exercises (sqlite3_stmt  *stmt,
                    CcLesson      *lesson,
                    GError       **error)
{
  for (guint j = 0; j < lesson->exercises->len; j++)
    {
      CcExercise *e = g_ptr_array_index (lesson->exercises, j);

      if (!cc_sql_insert (stmt, error, "ttitttttttt", e->id, lesson->id,
                          (gint64) e->position, e->title, e->kind, e->statement->markup,
                          e->statement->plain, e->starter, e->solution, e->tests,
                          e->example_js))
        return FALSE;
    }

  return TRUE;
}

static gboolean
cc_write_exercise_hints (sqlite3_stmt  *stmt,
                         CcLesson      *lesson,
                         GError       **error)
{
  for (guint j = 0; j < lesson->exercises->len; j++)
    {
      CcExercise *exercise = g_ptr_array_index (lesson->exercises, j);

      for (guint k = 0; k < exercise->hints->len; k++)
        {
          CcChoice *hint = g_ptr_array_index (exercise->hints, k);

          if (!cc_sql_insert (stmt, error, "titt", exercise->id, (gint64) k + 1,
                              hint->markup, hint->plain))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
cc_write_use_cases (sqlite3_stmt  *stmt,
                    CcLesson      *lesson,
                    GError       **error)
{
  for (guint j = 0; j < lesson->use_cases->len; j++)
    {
      CcUseCase *use_case = g_ptr_array_index (lesson->use_cases, j);

      if (!cc_sql_insert (stmt, error, "titttt", lesson->id, (gint64) use_case->number,
                          use_case->area, use_case->examples, use_case->why,
                          use_case->why_plain))
        return FALSE;
    }

  return TRUE;
}

static gboolean
cc_write_lesson_search (sqlite3_stmt  *stmt,
                        CcLesson      *lesson,
                        GError       **error)
{
  g_autofree char *body = g_strconcat (lesson->summary, "\n\n", lesson->intro->plain, NULL);

  if (!cc_sql_insert (stmt, error, "ttittt", lesson->id, "lesson", (gint64) 0, "",
                      lesson->title, body))
    return FALSE;

  if (lesson->has_concept &&
      !cc_sql_insert (stmt, error, "ttittt", lesson->id, "concept", (gint64) 0, "",
                      lesson->concept_name, lesson->concept_plain))
    return FALSE;

  for (guint j = 0; j < lesson->pairs->len; j++)
    {
      CcPair *pair = g_ptr_array_index (lesson->pairs, j);

      if (!cc_sql_insert (stmt, error, "ttittt", lesson->id, "code", (gint64) pair->number, "",
                          pair->caption, pair->text->plain))
        return FALSE;
    }

  for (guint j = 0; j < lesson->use_cases->len; j++)
    {
      CcUseCase *use_case = g_ptr_array_index (lesson->use_cases, j);
      g_autofree char *use_case_body = g_strconcat (use_case->examples, "\n",
                                                    use_case->why_plain, NULL);

      if (!cc_sql_insert (stmt, error, "ttittt", lesson->id, "use-case",
                          (gint64) use_case->number, "", use_case->area, use_case_body))
        return FALSE;
    }

  for (guint j = 0; j < lesson->exercises->len; j++)
    {
      CcExercise *exercise = g_ptr_array_index (lesson->exercises, j);

      if (!cc_sql_insert (stmt, error, "ttittt", lesson->id, "exercise",
                          (gint64) exercise->position, exercise->id, exercise->title,
                          exercise->statement->plain))
        return FALSE;
    }

  return TRUE;
}

/* Pairs: the code column holds both programs. Then both indexes over search_docs. */
static gboolean
cc_write_search_index (sqlite3  *db,
                       GError  **error)
{
  g_autoptr(sqlite3_stmt) set_code = NULL;

  set_code = cc_sql_prepare (db, "UPDATE search_docs SET code = p.js_code || char(10) || "
                                 "p.rust_code FROM snippet_pairs AS p WHERE "
                                 "search_docs.kind = 'code' AND p.lesson_id = "
                                 "search_docs.lesson_id AND p.position = search_docs.position",
                             error);

  return set_code != NULL &&
         cc_sql_insert (set_code, error, "") &&
         cc_sql_exec (db, CW_CONTENT_SCHEMA_INDEX_SQL, error);
}

/*
 * The tables of the lessons, each written by its own function, lesson by lesson in course
 * order. search_docs gets one row per lesson, concept, pair, use case and exercise: equal
 * search scores are broken by rowid, so this order is what a learner sees for ties.
 */
static const CcTable tables[] = {
  { cc_write_lessons,
    "INSERT INTO lessons (id, position, part_id, part_position, title, "
      "summary, summary_markup, intro, intro_plain) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" },
  { cc_write_concepts,
    "INSERT INTO concepts (lesson_id, part_id, position, name, "
      "javascript, rust, key_difference, plain) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)" },
  { cc_write_blocks,
    "INSERT INTO blocks (owner, position, kind, level, number, "
      "language, text, plain) VALUES (?, ?, ?, ?, ?, ?, ?, ?)" },
  { cc_write_snippet_pairs,
    "INSERT INTO snippet_pairs (lesson_id, position, stem, caption, "
      "text, text_plain, js_file, js_code, js_output, js_check, "
      "js_not_run, rust_file, rust_code, rust_mode, rust_crate_name, "
      "rust_edition, crates, not_compiled, rust_expect, rust_output, "
      "rust_error_code, rust_error_message, rust_diagnostic, rust_panic) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2024', ?, ?, "
      "?, ?, ?, ?, ?, ?)" },
  { cc_write_line_marks,
    "INSERT INTO line_marks (lesson_id, pair, side, line, name) "
      "VALUES (?, ?, ?, ?, ?)" },
  { cc_write_quiz_items,
    "INSERT INTO quiz_items (lesson_id, position, kind, prompt, "
      "prompt_plain, answer, explanation, explanation_plain, code_file, "
      "code, code_language, code_output, code_diagnostic, code_panic) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
  { cc_write_quiz_choices,
    "INSERT INTO quiz_choices (lesson_id, question, position, text, "
      "plain, file, code, diagnostic) VALUES (?, ?, ?, ?, ?, ?, ?, ?)" },
  { cc_write_exercises,
    "INSERT INTO exercises (id, lesson_id, position, title, kind, "
      "statement, statement_plain, starter, solution, tests, example_js) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
  { cc_write_exercise_hints,
    "INSERT INTO exercise_hints (exercise_id, position, text, plain) "
      "VALUES (?, ?, ?, ?)" },
  { cc_write_use_cases,
    "INSERT INTO use_cases (lesson_id, position, area, examples, why, "
      "why_plain) VALUES (?, ?, ?, ?, ?, ?)" },
  { cc_write_lesson_search,
    "INSERT INTO search_docs (lesson_id, kind, position, target, title, body, code) "
      "VALUES (?, ?, ?, ?, ?, ?, '')" },
};

static gboolean
cc_write_table (sqlite3        *db,
                CcCompiler     *self,
                const CcTable  *table,
                GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = cc_sql_prepare (db, table->sql, error);

  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < self->lessons->len; i++)
    {
      if (!table->write (stmt, g_ptr_array_index (self->lessons, i), error))
        return FALSE;
    }

  return TRUE;
}

gboolean
cc_compiler_write_database (CcCompiler  *self,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *header = NULL;

  db = cc_sql_create (path, error);
  if (db == NULL)
    return FALSE;

  /* The installed file is opened with immutable=1, which needs the rollback journal. */
  header = g_strdup_printf ("PRAGMA journal_mode = DELETE;"
                            "PRAGMA foreign_keys = ON;"
                            "BEGIN;"
                            CW_CONTENT_SCHEMA_SQL
                            "PRAGMA user_version = %d;", CW_CONTENT_SCHEMA_VERSION);
  if (!cc_sql_exec (db, header, error))
    return FALSE;

  if (!cc_write_meta (db, self, error) || !cc_write_parts (db, self, error))
    return FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      if (!cc_write_table (db, self, &tables[i], error))
        return FALSE;
    }

  if (!cc_write_search_index (db, error))
    return FALSE;

  /* Every statement is finalized by now: VACUUM refuses to run while one is pending. */
  if (!cc_sql_exec (db, "COMMIT; VACUUM;", error))
    return FALSE;

  return cc_sql_close (g_steal_pointer (&db), path, error);
}
