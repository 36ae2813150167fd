/* cc-write.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include "cc-compiler.h"
#include "cc-sql.h"
#include "cw-content-schema.h"

/*
 * The writer: one function per table, each with its own statement, over every lesson in
 * course order. All of them run in one transaction; the file is then vacuumed so that two
 * builds of the same sources give the same bytes.
 */

typedef gboolean (*CcWriteTable) (sqlite3    *db,
                                  GPtrArray  *lessons,
                                  GError    **error);

static gboolean
cc_write_lessons (sqlite3    *db,
                  GPtrArray  *lessons,
                  GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = cc_sql_prepare (db, "INSERT INTO lessons (id, position, title, summary, intro) "
                             "VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < lessons->len; i++)
    {
      CcLesson *lesson = g_ptr_array_index (lessons, i);

      if (!cc_sql_insert (stmt, error, "tittt", lesson->id, lesson->order, lesson->title,
                          lesson->summary, lesson->intro))
        return FALSE;
    }

  return TRUE;
}

static gboolean
cc_write_concepts (sqlite3    *db,
                   GPtrArray  *lessons,
                   GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = cc_sql_prepare (db, "INSERT INTO concepts (lesson_id, position, name, javascript, "
                             "rust, key_difference) VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < lessons->len; i++)
    {
      CcLesson *lesson = g_ptr_array_index (lessons, i);

      if (lesson->has_concept &&
          !cc_sql_insert (stmt, error, "titttt", lesson->id, lesson->order,
                          lesson->concept_name, lesson->concept_js, lesson->concept_rust,
                          lesson->concept_key_difference))
        return FALSE;
    }

  return TRUE;
}

static gboolean
cc_write_snippet_pairs (sqlite3    *db,
                        GPtrArray  *lessons,
                        GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = cc_sql_prepare (db, "INSERT INTO snippet_pairs (lesson_id, position, caption, text, "
                             "js_file, js_code, js_output, rust_file, rust_code, rust_output, "
                             "rust_crate_type, rust_edition, rust_error_code, "
                             "rust_error_message, rust_diagnostic) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < lessons->len; i++)
    {
      CcLesson *lesson = g_ptr_array_index (lessons, i);

      for (guint j = 0; j < lesson->pairs->len; j++)
        {
          CcPair *pair = g_ptr_array_index (lesson->pairs, j);

          if (!cc_sql_insert (stmt, error, "tittttttttttttt", lesson->id, (gint64) pair->number,
                              pair->caption, pair->text, pair->js_file, pair->js_code,
                              pair->js_output, pair->rust_file, pair->rust_code,
                              pair->rust_output, pair->rust_crate_type, pair->rust_edition,
                              pair->rust_error_code, pair->rust_error_message,
                              pair->rust_diagnostic))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
cc_write_quiz_items (sqlite3    *db,
                     GPtrArray  *lessons,
                     GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = cc_sql_prepare (db, "INSERT INTO quiz_items (lesson_id, position, kind, prompt, "
                             "answer, explanation) VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < lessons->len; i++)
    {
      CcLesson *lesson = g_ptr_array_index (lessons, i);

      for (guint j = 0; j < lesson->questions->len; j++)
        {
          CcQuestion *question = g_ptr_array_index (lesson->questions, j);

          if (!cc_sql_insert (stmt, error, "tittit", lesson->id, (gint64) question->number,
                              question->kind, question->prompt, question->answer,
                              question->explanation))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
cc_write_quiz_choices (sqlite3    *db,
                       GPtrArray  *lessons,
                       GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = cc_sql_prepare (db, "INSERT INTO quiz_choices (lesson_id, question, position, text, "
                             "file, code) VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < lessons->len; i++)
    {
      CcLesson *lesson = g_ptr_array_index (lessons, i);

      for (guint j = 0; j < lesson->questions->len; j++)
        {
          CcQuestion *question = g_ptr_array_index (lesson->questions, j);

          for (guint k = 0; k < question->choices->len; k++)
            {
              CcChoice *choice = g_ptr_array_index (question->choices, k);

              if (!cc_sql_insert (stmt, error, "tiittt", lesson->id, (gint64) question->number,
                                  (gint64) k, choice->text, choice->file, choice->code))
                return FALSE;
            }
        }
    }

  return TRUE;
}

static gboolean
cc_write_use_cases (sqlite3    *db,
                    GPtrArray  *lessons,
                    GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = cc_sql_prepare (db, "INSERT INTO use_cases (lesson_id, position, area, examples, why) "
                             "VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < lessons->len; i++)
    {
      CcLesson *lesson = g_ptr_array_index (lessons, i);

      for (guint j = 0; j < lesson->use_cases->len; j++)
        {
          CcUseCase *use_case = g_ptr_array_index (lesson->use_cases, j);

          if (!cc_sql_insert (stmt, error, "tittt", lesson->id, (gint64) use_case->number,
                              use_case->area, use_case->examples, use_case->why))
            return FALSE;
        }
    }

  return TRUE;
}

/* One row per lesson, concept, pair and use case, lesson by lesson in course order: equal
 * search scores are broken by rowid, so this order is what a learner sees for ties. */
static gboolean
cc_write_search (sqlite3    *db,
                 GPtrArray  *lessons,
                 GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = cc_sql_prepare (db, "INSERT INTO search (lesson_id, kind, position, title, body, "
                             "code) VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < lessons->len; i++)
    {
      CcLesson *lesson = g_ptr_array_index (lessons, i);
      g_autofree char *body = g_strconcat (lesson->summary, "\n\n", lesson->intro_plain, NULL);

      if (!cc_sql_insert (stmt, error, "ttittt", lesson->id, "lesson", (gint64) 0,
                          lesson->title, body, ""))
        return FALSE;

      if (lesson->has_concept &&
          !cc_sql_insert (stmt, error, "ttittt", lesson->id, "concept", (gint64) 0,
                          lesson->concept_name, lesson->concept_plain, ""))
        return FALSE;

      for (guint j = 0; j < lesson->pairs->len; j++)
        {
          CcPair *pair = g_ptr_array_index (lesson->pairs, j);
          g_autofree char *code = g_strconcat (pair->js_code, "\n", pair->rust_code, NULL);

          if (!cc_sql_insert (stmt, error, "ttittt", lesson->id, "code", (gint64) pair->number,
                              pair->caption, pair->text_plain, code))
            return FALSE;
        }

      for (guint j = 0; j < lesson->use_cases->len; j++)
        {
          CcUseCase *use_case = g_ptr_array_index (lesson->use_cases, j);
          g_autofree char *use_case_body = g_strconcat (use_case->examples, "\n",
                                                        use_case->why_plain, NULL);

          if (!cc_sql_insert (stmt, error, "ttittt", lesson->id, "use-case",
                              (gint64) use_case->number, use_case->area, use_case_body, ""))
            return FALSE;
        }
    }

  return TRUE;
}

static int
compare_lesson_order (gconstpointer a,
                      gconstpointer b)
{
  const CcLesson *la = *(CcLesson * const *) a;
  const CcLesson *lb = *(CcLesson * const *) b;

  return la->order < lb->order ? -1 : la->order > lb->order;
}

gboolean
cc_compiler_write_database (CcCompiler  *self,
                            const char  *path,
                            GError     **error)
{
  static const CcWriteTable tables[] = {
    cc_write_lessons, cc_write_concepts, cc_write_snippet_pairs, cc_write_quiz_items,
    cc_write_quiz_choices, cc_write_use_cases, cc_write_search,
  };
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
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

  /* A copy shares the lessons: it must not free them. */
  sorted = g_ptr_array_copy (self->lessons, NULL, NULL);
  g_ptr_array_set_free_func (sorted, NULL);
  g_ptr_array_sort (sorted, compare_lesson_order);

  for (gsize i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      if (!tables[i] (db, sorted, error))
        return FALSE;
    }

  /* Every statement is finalized by now: VACUUM refuses to run while one is pending. */
  if (!cc_sql_exec (db, "COMMIT; VACUUM;", error))
    return FALSE;

  return cc_sql_close (g_steal_pointer (&db), path, error);
}
