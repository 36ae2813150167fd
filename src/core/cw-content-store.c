/* cw-content-store.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-content-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cw-content-schema.h"
#include "cw-content-search.h"
#include "cw-content-store.h"

/*
 * The compiled lesson database, opened read-only and immutable: SQLite takes no locks and
 * never writes a journal beside it, so it can live in a read-only system folder.
 *
 * Lessons and concepts are few and shown at once (sidebar, concept map), so they are read at
 * open into GListStores. Everything else is read when a page asks for it, through statements
 * prepared once at open; preparing them all there also proves at open, not at the first
 * click, that every table and column the store needs is present.
 *
 * Like any SQLite connection, a store is used from one thread at a time.
 */

struct _CwContentStore
{
  GObject       parent_instance;

  char         *path;
  sqlite3      *db;

  char         *rustc_version;
  GListStore   *parts;
  GListStore   *lessons;
  GListStore   *concepts;
  GListStore   *exercises;
  GHashTable   *parts_by_id;         /* id → CwPart (ref) */
  GHashTable   *lessons_by_part;     /* part id → GListStore of CwLesson (ref) */
  GHashTable   *lessons_by_id;       /* id → CwLesson (ref) */
  GHashTable   *concepts_by_lesson;  /* lesson id → CwConcept (ref) */
  GHashTable   *exercises_by_id;     /* id → CwExercise (ref) */

  sqlite3_stmt *list_pairs;
  sqlite3_stmt *list_marks;
  sqlite3_stmt *list_use_cases;
  sqlite3_stmt *list_quiz;
  sqlite3_stmt *list_choices;
  sqlite3_stmt *list_blocks;
  CwContentSearch *search;

  /* GInitable: init runs once; a second call answers the same. */
  gboolean      init_done;
  GError       *init_error;
};

static void cw_content_store_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CwContentStore, cw_content_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      cw_content_store_initable_iface_init))

G_DEFINE_QUARK (cw-content-error-quark, cw_content_error)

enum
{
  PROP_0,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const cw_content_tables[] = {
  "meta", "parts", "lessons", "concepts", "blocks", "snippet_pairs", "line_marks", "quiz_items",
  "quiz_choices", "exercises", "exercise_hints", "use_cases", "search_docs", "search",
  "search_trigram",
};

#define SQL_META \
  "SELECT value FROM meta WHERE key = 'rustc_version'"

#define SQL_PARTS \
  "SELECT id, position, title, summary FROM parts ORDER BY position"

#define SQL_LESSONS \
  "SELECT l.id, l.position, l.part_id, l.title, l.summary, l.intro, l.intro_plain, c.name," \
  "       l.summary_markup" \
  "  FROM lessons AS l LEFT JOIN concepts AS c ON c.lesson_id = l.id" \
  " ORDER BY l.position"

#define SQL_CONCEPTS \
  "SELECT lesson_id, part_id, position, name, javascript, rust, key_difference, plain" \
  "  FROM concepts ORDER BY position"

#define SQL_EXERCISES \
  "SELECT e.id, e.lesson_id, e.position, e.title, e.kind, e.statement, e.statement_plain," \
  "       e.starter, e.solution, e.tests, e.example_js" \
  "  FROM exercises AS e JOIN lessons AS l ON l.id = e.lesson_id" \
  " ORDER BY l.position, e.position"

#define SQL_HINTS \
  "SELECT text, plain FROM exercise_hints WHERE exercise_id = ?1 ORDER BY position"

#define SQL_PAIRS \
  "SELECT position, stem, caption, text, text_plain, js_file, js_code, js_output, js_check," \
  "       js_not_run, rust_file, rust_code, rust_mode, rust_crate_name, rust_edition, crates," \
  "       not_compiled, rust_expect, rust_output, rust_error_code, rust_error_message," \
  "       rust_diagnostic, rust_panic" \
  "  FROM snippet_pairs WHERE lesson_id = ?1 ORDER BY position"

#define SQL_MARKS \
  "SELECT side, line || ':' || name FROM line_marks" \
  " WHERE lesson_id = ?1 AND pair = ?2 ORDER BY side, line, name"

#define SQL_USE_CASES \
  "SELECT position, area, examples, why, why_plain" \
  "  FROM use_cases WHERE lesson_id = ?1 ORDER BY position"

#define SQL_QUIZ \
  "SELECT position, kind, prompt, prompt_plain, answer, explanation, explanation_plain," \
  "       code_file, code, code_language, code_output, code_diagnostic, code_panic" \
  "  FROM quiz_items WHERE lesson_id = ?1 ORDER BY position"

#define SQL_CHOICES \
  "SELECT text, plain, code, diagnostic FROM quiz_choices" \
  " WHERE lesson_id = ?1 AND question = ?2 ORDER BY position"

#define SQL_BLOCKS \
  "SELECT position, kind, level, number, language, text, plain" \
  "  FROM blocks WHERE owner = ?1 ORDER BY position"

static const char *
cw_content_column_text (sqlite3_stmt *stmt,
                        int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static guint
cw_content_column_uint (sqlite3_stmt *stmt,
                        int           column)
{
  return (guint) CLAMP (sqlite3_column_int64 (stmt, column), 0, G_MAXUINT);
}

/* What a failed SQLite call means for the learner: at open, a prepare or step that fails
 * for any reason other than the file being unreadable means the file is not what we need. */
static CwContentError
cw_content_error_code_for_sqlite (int extended_rc)
{
  if (extended_rc == SQLITE_IOERR_SHORT_READ)
    return CW_CONTENT_ERROR_CORRUPT;

  switch (extended_rc & 0xff)
    {
    case SQLITE_NOMEM:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return CW_CONTENT_ERROR_FAILED;

    default:
      return CW_CONTENT_ERROR_CORRUPT;
    }
}

static void
cw_content_set_error (GError         **error,
                      CwContentError   code,
                      const char      *path,
                      const char      *detail)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *message = NULL;

  switch (code)
    {
    case CW_CONTENT_ERROR_MISSING:
      message = g_strdup_printf (_("The lesson database %s is missing. Reinstall Crabwise, "
                                   "or set CRABWISE_CONTENT_DB to a built content.sqlite3."),
                                 display);
      break;

    case CW_CONTENT_ERROR_CORRUPT:
      message = g_strdup_printf (_("The lesson database %s is damaged or is not a lesson "
                                   "database. Reinstall Crabwise, or rebuild content.sqlite3 "
                                   "and set CRABWISE_CONTENT_DB to it."),
                                 display);
      break;

    case CW_CONTENT_ERROR_FAILED:
      message = g_strdup_printf (_("The lesson database %s could not be read. Check that the "
                                   "file is readable, or reinstall Crabwise."),
                                 display);
      break;

    case CW_CONTENT_ERROR_VERSION:
    default:
      g_assert_not_reached ();
    }

  if (detail != NULL)
    /* Translators: the first %s explains what went wrong and what to do; the second is the
     * technical detail, often SQLite's own (English) words. */
    g_set_error (error, CW_CONTENT_ERROR, code, _("%s\nDetails: %s"), message, detail);
  else
    g_set_error_literal (error, CW_CONTENT_ERROR, code, message);
}

static void
cw_content_store_set_sqlite_error (CwContentStore  *self,
                                   GError         **error)
{
  int extended_rc = sqlite3_extended_errcode (self->db);

  cw_content_set_error (error, cw_content_error_code_for_sqlite (extended_rc),
                        self->path, sqlite3_errmsg (self->db));
}

/* The first statement is where SQLite finds out that a file is not a database. */
static gboolean
cw_content_store_query_int (CwContentStore  *self,
                            const char      *sql,
                            gint64          *out,
                            GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      cw_content_store_set_sqlite_error (self, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  *out = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return TRUE;
}

/* quick_check walks every b-tree page: bytes overwritten in the middle of the file can pass
 * ordinary queries and only show up here. */
static gboolean
cw_content_store_quick_check (CwContentStore  *self,
                              GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  const char *verdict;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      cw_content_store_set_sqlite_error (self, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  verdict = cw_content_column_text (stmt, 0);
  if (g_strcmp0 (verdict, "ok") != 0)
    {
      cw_content_set_error (error, CW_CONTENT_ERROR_CORRUPT, self->path,
                            verdict != NULL ? verdict : "quick_check");
      sqlite3_finalize (stmt);
      return FALSE;
    }

  sqlite3_finalize (stmt);

  return TRUE;
}

static gboolean
cw_content_store_check_version (CwContentStore  *self,
                                GError         **error)
{
  g_autofree char *display = NULL;
  gint64 version = 0;

  if (!cw_content_store_query_int (self, "PRAGMA user_version", &version, error))
    return FALSE;

  if (version == CW_CONTENT_SCHEMA_VERSION)
    return TRUE;

  if (version == 0)
    {
      cw_content_set_error (error, CW_CONTENT_ERROR_CORRUPT, self->path,
                            _("The file is an SQLite database without a schema version."));
      return FALSE;
    }

  display = g_filename_display_name (self->path);
  g_set_error (error, CW_CONTENT_ERROR, CW_CONTENT_ERROR_VERSION,
               _("The lesson database %s has schema version %d, but this "
                 "version of Crabwise needs schema version %d. Install the lesson database "
                 "that came with this version of Crabwise, or rebuild content.sqlite3."),
               display, (int) version, CW_CONTENT_SCHEMA_VERSION);

  return FALSE;
}

static gboolean
cw_content_store_check_tables (CwContentStore  *self,
                               GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  gsize i;

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      cw_content_store_set_sqlite_error (self, error);
      return FALSE;
    }

  for (i = 0; i < G_N_ELEMENTS (cw_content_tables); i++)
    {
      int rc;

      sqlite3_bind_text (stmt, 1, cw_content_tables[i], -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          cw_content_store_set_sqlite_error (self, error);
          sqlite3_finalize (stmt);
          return FALSE;
        }

      if (sqlite3_column_int (stmt, 0) == 0)
        {
          g_autofree char *detail = g_strdup_printf (_("The table “%s” is missing."),
                                                     cw_content_tables[i]);

          cw_content_set_error (error, CW_CONTENT_ERROR_CORRUPT, self->path, detail);
          sqlite3_finalize (stmt);
          return FALSE;
        }

      sqlite3_reset (stmt);
    }

  sqlite3_finalize (stmt);

  return TRUE;
}

static gboolean
cw_content_store_prepare (CwContentStore  *self,
                          const char      *sql,
                          sqlite3_stmt   **stmt,
                          GError         **error)
{
  /* Kept for the life of the store. */
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, NULL) != SQLITE_OK)
    {
      cw_content_store_set_sqlite_error (self, error);
      return FALSE;
    }

  return TRUE;
}

typedef void (*CwContentRowFunc) (CwContentStore *self,
                                  sqlite3_stmt   *stmt);

/* Runs @sql at open and hands each row to @row. */
static gboolean
cw_content_store_load (CwContentStore    *self,
                       const char        *sql,
                       CwContentRowFunc   row,
                       GError           **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      cw_content_store_set_sqlite_error (self, error);
      return FALSE;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    row (self, stmt);

  if (rc != SQLITE_DONE)
    {
      cw_content_store_set_sqlite_error (self, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  sqlite3_finalize (stmt);

  return TRUE;
}

static void
cw_content_store_add_meta (CwContentStore *self,
                           sqlite3_stmt   *stmt)
{
  g_free (self->rustc_version);
  self->rustc_version = g_strdup (cw_content_column_text (stmt, 0));
}

static void
cw_content_store_add_part (CwContentStore *self,
                           sqlite3_stmt   *stmt)
{
  g_autoptr(CwPart) part = NULL;

  part = g_object_new (CW_TYPE_PART,
                       "id", cw_content_column_text (stmt, 0),
                       "position", cw_content_column_uint (stmt, 1),
                       "title", cw_content_column_text (stmt, 2),
                       "summary", cw_content_column_text (stmt, 3),
                       NULL);
  g_list_store_append (self->parts, part);
  g_hash_table_insert (self->parts_by_id, (gpointer) cw_part_get_id (part), g_object_ref (part));
  g_hash_table_insert (self->lessons_by_part, (gpointer) cw_part_get_id (part),
                       g_list_store_new (CW_TYPE_LESSON));
}

static void
cw_content_store_add_lesson (CwContentStore *self,
                             sqlite3_stmt   *stmt)
{
  g_autoptr(CwLesson) lesson = NULL;
  GListStore *part_lessons;

  lesson = g_object_new (CW_TYPE_LESSON,
                         "id", cw_content_column_text (stmt, 0),
                         "position", cw_content_column_uint (stmt, 1),
                         "part-id", cw_content_column_text (stmt, 2),
                         "title", cw_content_column_text (stmt, 3),
                         "summary", cw_content_column_text (stmt, 4),
                         "intro", cw_content_column_text (stmt, 5),
                         "intro-plain", cw_content_column_text (stmt, 6),
                         "concept-name", cw_content_column_text (stmt, 7),
                         "summary-markup", cw_content_column_text (stmt, 8),
                         NULL);
  g_list_store_append (self->lessons, lesson);
  g_hash_table_insert (self->lessons_by_id,
                       (gpointer) cw_lesson_get_id (lesson), g_object_ref (lesson));

  /* The foreign key makes the part exist; a hand-made database is only missing a model. */
  part_lessons = g_hash_table_lookup (self->lessons_by_part, cw_lesson_get_part_id (lesson));
  if (part_lessons != NULL)
    g_list_store_append (part_lessons, lesson);
}

static void
cw_content_store_add_concept (CwContentStore *self,
                              sqlite3_stmt   *stmt)
{
  g_autoptr(CwConcept) concept = NULL;

  concept = g_object_new (CW_TYPE_CONCEPT,
                          "lesson-id", cw_content_column_text (stmt, 0),
                          "part-id", cw_content_column_text (stmt, 1),
                          "position", cw_content_column_uint (stmt, 2),
                          "name", cw_content_column_text (stmt, 3),
                          "javascript", cw_content_column_text (stmt, 4),
                          "rust", cw_content_column_text (stmt, 5),
                          "key-difference", cw_content_column_text (stmt, 6),
                          "plain", cw_content_column_text (stmt, 7),
                          NULL);
  g_list_store_append (self->concepts, concept);
  g_hash_table_insert (self->concepts_by_lesson,
                       (gpointer) cw_concept_get_lesson_id (concept),
                       g_object_ref (concept));
}

/* The hints of one exercise, as markup and as plain text. */
static void
cw_content_store_read_hints (CwContentStore  *self,
                             const char      *exercise_id,
                             GStrv           *markup,
                             GStrv           *plain)
{
  g_autoptr(GStrvBuilder) markup_builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) plain_builder = g_strv_builder_new ();
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, SQL_HINTS, -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, exercise_id, -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_strv_builder_add (markup_builder, cw_content_column_text (stmt, 0));
          g_strv_builder_add (plain_builder, cw_content_column_text (stmt, 1));
        }
    }
  sqlite3_finalize (stmt);

  *markup = g_strv_builder_end (markup_builder);
  *plain = g_strv_builder_end (plain_builder);
}

static void
cw_content_store_add_exercise (CwContentStore *self,
                               sqlite3_stmt   *stmt)
{
  g_autoptr(CwExercise) exercise = NULL;
  g_auto(GStrv) hints = NULL;
  g_auto(GStrv) hints_plain = NULL;

  cw_content_store_read_hints (self, cw_content_column_text (stmt, 0), &hints, &hints_plain);
  exercise = g_object_new (CW_TYPE_EXERCISE,
                           "id", cw_content_column_text (stmt, 0),
                           "lesson-id", cw_content_column_text (stmt, 1),
                           "position", cw_content_column_uint (stmt, 2),
                           "title", cw_content_column_text (stmt, 3),
                           "kind", cw_content_column_text (stmt, 4),
                           "statement", cw_content_column_text (stmt, 5),
                           "statement-plain", cw_content_column_text (stmt, 6),
                           "starter", cw_content_column_text (stmt, 7),
                           "solution", cw_content_column_text (stmt, 8),
                           "tests", cw_content_column_text (stmt, 9),
                           "example-js", cw_content_column_text (stmt, 10),
                           "hints", hints,
                           "hints-plain", hints_plain,
                           NULL);
  g_list_store_append (self->exercises, exercise);
  g_hash_table_insert (self->exercises_by_id, (gpointer) cw_exercise_get_id (exercise),
                       g_object_ref (exercise));
}

static gboolean
cw_content_store_open (CwContentStore  *self,
                       GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *absolute = NULL;
  g_autofree char *file_uri = NULL;
  g_autofree char *uri = NULL;
  GStatBuf st;
  gint64 n_tables = 0;
  int rc;

  /* SQLite would create nothing here (read-only), but its "unable to open" says neither
   * which file nor why; look first so the learner gets a message that does. */
  if (g_stat (self->path, &st) != 0)
    {
      int saved_errno = errno;

      cw_content_set_error (error,
                            saved_errno == ENOENT || saved_errno == ENOTDIR
                              ? CW_CONTENT_ERROR_MISSING : CW_CONTENT_ERROR_FAILED,
                            self->path, g_strerror (saved_errno));
      return FALSE;
    }

  if (S_ISDIR (st.st_mode))
    {
      cw_content_set_error (error, CW_CONTENT_ERROR_MISSING, self->path,
                            _("This is a folder, not a file."));
      return FALSE;
    }

  /* An immutable empty file is a valid empty database to SQLite; to us it is a broken copy. */
  if (st.st_size == 0)
    {
      cw_content_set_error (error, CW_CONTENT_ERROR_CORRUPT, self->path,
                            _("The file is empty."));
      return FALSE;
    }

  absolute = g_canonicalize_filename (self->path, NULL);
  file_uri = g_filename_to_uri (absolute, NULL, &local_error);
  if (file_uri == NULL)
    {
      cw_content_set_error (error, CW_CONTENT_ERROR_FAILED, self->path, local_error->message);
      return FALSE;
    }

  /* immutable=1: no locks, no journal, no change detection; the file is never written. */
  uri = g_strconcat (file_uri, "?mode=ro&immutable=1", NULL);
  rc = sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      cw_content_set_error (error, CW_CONTENT_ERROR_FAILED, self->path,
                            self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  g_assert (sqlite3_db_readonly (self->db, "main") == 1);

  if (!cw_content_store_query_int (self, "SELECT count(*) FROM sqlite_schema", &n_tables, error) ||
      !cw_content_store_quick_check (self, error) ||
      !cw_content_store_check_version (self, error) ||
      !cw_content_store_check_tables (self, error))
    return FALSE;

  if (!cw_content_store_prepare (self, SQL_PAIRS, &self->list_pairs, error) ||
      !cw_content_store_prepare (self, SQL_MARKS, &self->list_marks, error) ||
      !cw_content_store_prepare (self, SQL_USE_CASES, &self->list_use_cases, error) ||
      !cw_content_store_prepare (self, SQL_QUIZ, &self->list_quiz, error) ||
      !cw_content_store_prepare (self, SQL_CHOICES, &self->list_choices, error) ||
      !cw_content_store_prepare (self, SQL_BLOCKS, &self->list_blocks, error))
    return FALSE;

  if (cw_content_search_new (self->db, &self->search) != SQLITE_OK)
    {
      cw_content_store_set_sqlite_error (self, error);
      return FALSE;
    }

  return cw_content_store_load (self, SQL_META, cw_content_store_add_meta, error) &&
         cw_content_store_load (self, SQL_PARTS, cw_content_store_add_part, error) &&
         cw_content_store_load (self, SQL_LESSONS, cw_content_store_add_lesson, error) &&
         cw_content_store_load (self, SQL_CONCEPTS, cw_content_store_add_concept, error) &&
         cw_content_store_load (self, SQL_EXERCISES, cw_content_store_add_exercise, error);
}

/* A database that passed quick_check at open should not fail later; if it does (the file
 * was replaced under an immutable connection, the disk failed), the page shows what was
 * read and the log says why. */
static void
cw_content_store_warn_step (CwContentStore *self,
                            const char     *what,
                            const char     *key)
{
  g_warning ("Reading the %s of “%s” from %s failed: %s",
             what, key, self->path, sqlite3_errmsg (self->db));
}

static void
cw_content_store_dispose (GObject *object)
{
  CwContentStore *self = CW_CONTENT_STORE (object);

  g_clear_pointer (&self->parts_by_id, g_hash_table_unref);
  g_clear_pointer (&self->lessons_by_part, g_hash_table_unref);
  g_clear_pointer (&self->lessons_by_id, g_hash_table_unref);
  g_clear_pointer (&self->concepts_by_lesson, g_hash_table_unref);
  g_clear_pointer (&self->exercises_by_id, g_hash_table_unref);
  g_clear_object (&self->parts);
  g_clear_object (&self->lessons);
  g_clear_object (&self->concepts);
  g_clear_object (&self->exercises);

  G_OBJECT_CLASS (cw_content_store_parent_class)->dispose (object);
}

static void
cw_content_store_finalize (GObject *object)
{
  CwContentStore *self = CW_CONTENT_STORE (object);

  g_clear_pointer (&self->list_pairs, sqlite3_finalize);
  g_clear_pointer (&self->list_marks, sqlite3_finalize);
  g_clear_pointer (&self->list_use_cases, sqlite3_finalize);
  g_clear_pointer (&self->list_quiz, sqlite3_finalize);
  g_clear_pointer (&self->list_choices, sqlite3_finalize);
  g_clear_pointer (&self->list_blocks, sqlite3_finalize);
  g_clear_pointer (&self->search, cw_content_search_free);
  g_clear_pointer (&self->rustc_version, g_free);
  /* Every statement is finalized above, so this close cannot be deferred. */
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);
  g_clear_error (&self->init_error);

  G_OBJECT_CLASS (cw_content_store_parent_class)->finalize (object);
}

static void
cw_content_store_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CwContentStore *self = CW_CONTENT_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_content_store_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CwContentStore *self = CW_CONTENT_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_free (self->path);
      self->path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
cw_content_store_initable_init (GInitable     *initable,
                                GCancellable  *cancellable,
                                GError       **error)
{
  CwContentStore *self = CW_CONTENT_STORE (initable);

  g_return_val_if_fail (self->path != NULL, FALSE);

  if (!self->init_done)
    {
      self->init_done = TRUE;
      cw_content_store_open (self, &self->init_error);
    }

  if (self->init_error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->init_error));
      return FALSE;
    }

  return TRUE;
}

static void
cw_content_store_initable_iface_init (GInitableIface *iface)
{
  iface->init = cw_content_store_initable_init;
}

static void
cw_content_store_class_init (CwContentStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cw_content_store_dispose;
  object_class->finalize = cw_content_store_finalize;
  object_class->get_property = cw_content_store_get_property;
  object_class->set_property = cw_content_store_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_content_store_init (CwContentStore *self)
{
  self->parts = g_list_store_new (CW_TYPE_PART);
  self->lessons = g_list_store_new (CW_TYPE_LESSON);
  self->concepts = g_list_store_new (CW_TYPE_CONCEPT);
  self->exercises = g_list_store_new (CW_TYPE_EXERCISE);
  self->parts_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->lessons_by_part = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->exercises_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->lessons_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->concepts_by_lesson = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                    NULL, g_object_unref);
}

/**
 * cw_content_store_new_for_path:
 * @path: the compiled content.sqlite3
 * @error: set to a #CW_CONTENT_ERROR on failure
 *
 * Opens the lesson database read-only, checks it whole (quick_check), its schema version
 * and tables, and loads the lessons and concepts.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
CwContentStore *
cw_content_store_new_for_path (const char  *path,
                               GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_initable_new (CW_TYPE_CONTENT_STORE, NULL, error, "path", path, NULL);
}

const char *
cw_content_store_get_path (CwContentStore *self)
{
  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);

  return self->path;
}

GListModel *
cw_content_store_get_lessons (CwContentStore *self)
{
  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);

  return G_LIST_MODEL (self->lessons);
}

GListModel *
cw_content_store_get_concepts (CwContentStore *self)
{
  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);

  return G_LIST_MODEL (self->concepts);
}

CwLesson *
cw_content_store_get_lesson (CwContentStore *self,
                             const char     *id)
{
  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->lessons_by_id, id);
}

CwConcept *
cw_content_store_get_concept (CwContentStore *self,
                              const char     *lesson_id)
{
  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  return g_hash_table_lookup (self->concepts_by_lesson, lesson_id);
}

/* The line marks of one pair, "LINE:NAME" per side. */
static void
cw_content_store_read_marks (CwContentStore *self,
                             const char     *lesson_id,
                             gint64          pair,
                             GStrv          *js_marks,
                             GStrv          *rust_marks)
{
  g_autoptr(GStrvBuilder) js = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) rust = g_strv_builder_new ();
  sqlite3_stmt *stmt = self->list_marks;
  int rc;

  sqlite3_bind_text (stmt, 1, lesson_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, pair);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (g_strcmp0 (cw_content_column_text (stmt, 0), "rust") == 0 ? rust : js,
                        cw_content_column_text (stmt, 1));
  if (rc != SQLITE_DONE)
    cw_content_store_warn_step (self, "line marks", lesson_id);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  *js_marks = g_strv_builder_end (js);
  *rust_marks = g_strv_builder_end (rust);
}

static gpointer
cw_content_store_new_pair (CwContentStore *self,
                           const char     *lesson_id,
                           sqlite3_stmt   *stmt)
{
  g_auto(GStrv) js_marks = NULL;
  g_auto(GStrv) rust_marks = NULL;
  const char *mode = cw_content_column_text (stmt, 12);
  gboolean library = g_strcmp0 (mode, "lib") == 0 || g_strcmp0 (mode, "doctest") == 0;

  cw_content_store_read_marks (self, lesson_id, sqlite3_column_int64 (stmt, 0), &js_marks,
                               &rust_marks);

  return g_object_new (CW_TYPE_SNIPPET_PAIR,
                       "lesson-id", lesson_id,
                       "position", cw_content_column_uint (stmt, 0),
                       "stem", cw_content_column_text (stmt, 1),
                       "caption", cw_content_column_text (stmt, 2),
                       "text", cw_content_column_text (stmt, 3),
                       "text-plain", cw_content_column_text (stmt, 4),
                       "js-file", cw_content_column_text (stmt, 5),
                       "js-code", cw_content_column_text (stmt, 6),
                       "js-output", cw_content_column_text (stmt, 7),
                       "js-check", cw_content_column_text (stmt, 8),
                       "js-not-run", cw_content_column_text (stmt, 9),
                       "rust-file", cw_content_column_text (stmt, 10),
                       "rust-code", cw_content_column_text (stmt, 11),
                       "rust-mode", mode,
                       "rust-crate-type", library ? "lib" : "bin",
                       "rust-crate-name", cw_content_column_text (stmt, 13),
                       "rust-edition", cw_content_column_text (stmt, 14),
                       "crates", cw_content_column_text (stmt, 15),
                       "not-compiled", cw_content_column_text (stmt, 16),
                       "rust-expect", cw_content_column_text (stmt, 17),
                       "rust-output", cw_content_column_text (stmt, 18),
                       "rust-error-code", cw_content_column_text (stmt, 19),
                       "rust-error-message", cw_content_column_text (stmt, 20),
                       "rust-diagnostic", cw_content_column_text (stmt, 21),
                       "rust-panic", cw_content_column_text (stmt, 22),
                       "js-marks", js_marks,
                       "rust-marks", rust_marks,
                       NULL);
}

/* Makes the item for the current row of a statement bound to @key. */
typedef gpointer (*CwContentItemFunc) (CwContentStore *self,
                                       const char     *key,
                                       sqlite3_stmt   *stmt);

/* Runs @stmt, prepared at open, with @key as its first parameter, and collects an item of
 * @item_type per row; a failure is logged (see cw_content_store_warn_step()) and what was
 * read is returned. Transfer full. */
static GListModel *
cw_content_store_collect (CwContentStore    *self,
                          sqlite3_stmt      *stmt,
                          const char        *key,
                          GType              item_type,
                          CwContentItemFunc  make_item,
                          const char        *what)
{
  g_autoptr(GListStore) items = g_list_store_new (item_type);
  int rc;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GObject) item = make_item (self, key, stmt);

      g_list_store_append (items, item);
    }

  if (rc != SQLITE_DONE)
    cw_content_store_warn_step (self, what, key);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return G_LIST_MODEL (g_steal_pointer (&items));
}

GListModel *
cw_content_store_list_pairs (CwContentStore *self,
                             const char     *lesson_id)
{
  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  return cw_content_store_collect (self, self->list_pairs, lesson_id, CW_TYPE_SNIPPET_PAIR,
                                   cw_content_store_new_pair,
                                   "snippet pairs");
}

static gpointer
cw_content_store_new_use_case (CwContentStore *self,
                               const char     *lesson_id,
                               sqlite3_stmt   *stmt)
{
  return g_object_new (CW_TYPE_USE_CASE,
                       "lesson-id", lesson_id,
                       "position", cw_content_column_uint (stmt, 0),
                       "area", cw_content_column_text (stmt, 1),
                       "examples", cw_content_column_text (stmt, 2),
                       "why", cw_content_column_text (stmt, 3),
                       "why-plain", cw_content_column_text (stmt, 4),
                       NULL);
}

GListModel *
cw_content_store_list_use_cases (CwContentStore *self,
                                 const char     *lesson_id)
{
  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  return cw_content_store_collect (self, self->list_use_cases, lesson_id, CW_TYPE_USE_CASE,
                                   cw_content_store_new_use_case, "use cases");
}

/* The choices of one question, column by column. */
typedef struct
{
  GStrv markup;
  GStrv plain;
  GStrv codes;
  GStrv diagnostics;
} CwQuizChoices;

static void
cw_quiz_choices_clear (CwQuizChoices *choices)
{
  g_clear_pointer (&choices->markup, g_strfreev);
  g_clear_pointer (&choices->plain, g_strfreev);
  g_clear_pointer (&choices->codes, g_strfreev);
  g_clear_pointer (&choices->diagnostics, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CwQuizChoices, cw_quiz_choices_clear)

static void
cw_content_store_read_choices (CwContentStore *self,
                               const char     *lesson_id,
                               gint64          question,
                               gboolean        compiles,
                               CwQuizChoices  *out)
{
  g_autoptr(GStrvBuilder) markup = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) plain = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) diagnostics = g_strv_builder_new ();
  sqlite3_stmt *stmt = self->list_choices;
  int rc;

  sqlite3_bind_text (stmt, 1, lesson_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, question);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = cw_content_column_text (stmt, 2);
      const char *diagnostic = cw_content_column_text (stmt, 3);

      g_strv_builder_add (markup, cw_content_column_text (stmt, 0));
      g_strv_builder_add (plain, cw_content_column_text (stmt, 1));
      g_strv_builder_add (codes, code != NULL ? code : "");
      g_strv_builder_add (diagnostics, diagnostic != NULL ? diagnostic : "");
    }

  if (rc != SQLITE_DONE)
    cw_content_store_warn_step (self, "quiz choices", lesson_id);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  out->markup = g_strv_builder_end (markup);
  out->plain = g_strv_builder_end (plain);
  if (compiles)
    {
      out->codes = g_strv_builder_end (codes);
      out->diagnostics = g_strv_builder_end (diagnostics);
    }
}

static gpointer
cw_content_store_new_quiz_item (CwContentStore *self,
                                const char     *lesson_id,
                                sqlite3_stmt   *stmt)
{
  g_auto(CwQuizChoices) choices = { NULL, };
  const char *kind = cw_content_column_text (stmt, 1);

  cw_content_store_read_choices (self, lesson_id, sqlite3_column_int64 (stmt, 0),
                                 g_strcmp0 (kind, "compiles") == 0, &choices);

  return g_object_new (CW_TYPE_QUIZ_ITEM,
                       "lesson-id", lesson_id,
                       "position", cw_content_column_uint (stmt, 0),
                       "kind", kind,
                       "prompt", cw_content_column_text (stmt, 2),
                       "prompt-plain", cw_content_column_text (stmt, 3),
                       "answer", cw_content_column_uint (stmt, 4),
                       "explanation", cw_content_column_text (stmt, 5),
                       "explanation-plain", cw_content_column_text (stmt, 6),
                       "code-file", cw_content_column_text (stmt, 7),
                       "code", cw_content_column_text (stmt, 8),
                       "code-language", cw_content_column_text (stmt, 9),
                       "code-output", cw_content_column_text (stmt, 10),
                       "code-diagnostic", cw_content_column_text (stmt, 11),
                       "code-panic", cw_content_column_text (stmt, 12),
                       "choices", choices.markup,
                       "choices-plain", choices.plain,
                       "choice-codes", choices.codes,
                       "choice-diagnostics", choices.diagnostics,
                       NULL);
}

GListModel *
cw_content_store_list_quiz (CwContentStore *self,
                            const char     *lesson_id)
{
  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  return cw_content_store_collect (self, self->list_quiz, lesson_id, CW_TYPE_QUIZ_ITEM,
                                   cw_content_store_new_quiz_item, "quiz");
}

static gpointer
cw_content_store_new_block (CwContentStore *self,
                            const char     *owner,
                            sqlite3_stmt   *stmt)
{
  return g_object_new (CW_TYPE_CONTENT_BLOCK,
                       "position", cw_content_column_uint (stmt, 0),
                       "kind", cw_content_column_text (stmt, 1),
                       "level", cw_content_column_uint (stmt, 2),
                       "number", cw_content_column_uint (stmt, 3),
                       "language", cw_content_column_text (stmt, 4),
                       "text", cw_content_column_text (stmt, 5),
                       "plain", cw_content_column_text (stmt, 6),
                       NULL);
}

static GListModel *
cw_content_store_list_blocks (CwContentStore *self,
                              const char     *owner)
{
  return cw_content_store_collect (self, self->list_blocks, owner, CW_TYPE_CONTENT_BLOCK,
                                   cw_content_store_new_block, "text blocks");
}

GListModel *
cw_content_store_list_intro_blocks (CwContentStore *self,
                                    const char     *lesson_id)
{
  g_autofree char *owner = NULL;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  owner = g_strconcat ("lesson/", lesson_id, NULL);
  return cw_content_store_list_blocks (self, owner);
}

GListModel *
cw_content_store_list_pair_blocks (CwContentStore *self,
                                   const char     *lesson_id,
                                   guint           position)
{
  g_autofree char *owner = NULL;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  owner = g_strdup_printf ("pair/%s/%u", lesson_id, position);
  return cw_content_store_list_blocks (self, owner);
}

GListModel *
cw_content_store_list_statement_blocks (CwContentStore *self,
                                        const char     *exercise_id)
{
  g_autofree char *owner = NULL;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  owner = g_strconcat ("exercise/", exercise_id, NULL);
  return cw_content_store_list_blocks (self, owner);
}

const char *
cw_content_store_get_rustc_version (CwContentStore *self)
{
  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);

  return self->rustc_version;
}

GListModel *
cw_content_store_get_parts (CwContentStore *self)
{
  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);

  return G_LIST_MODEL (self->parts);
}

CwPart *
cw_content_store_get_part (CwContentStore *self,
                           const char     *id)
{
  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->parts_by_id, id);
}

GListModel *
cw_content_store_get_lessons_in_part (CwContentStore *self,
                                      const char     *part_id)
{
  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (part_id != NULL, NULL);

  return g_hash_table_lookup (self->lessons_by_part, part_id);
}

GListModel *
cw_content_store_get_exercises (CwContentStore *self)
{
  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);

  return G_LIST_MODEL (self->exercises);
}

CwExercise *
cw_content_store_get_exercise (CwContentStore *self,
                               const char     *id)
{
  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->exercises_by_id, id);
}

GListModel *
cw_content_store_list_exercises (CwContentStore *self,
                                 const char     *lesson_id)
{
  g_autoptr(GListStore) exercises = NULL;
  guint n;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  exercises = g_list_store_new (CW_TYPE_EXERCISE);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->exercises));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->exercises), i);

      if (g_strcmp0 (cw_exercise_get_lesson_id (exercise), lesson_id) == 0)
        g_list_store_append (exercises, exercise);
    }

  return G_LIST_MODEL (g_steal_pointer (&exercises));
}

GListModel *
cw_content_store_search (CwContentStore  *self,
                         const char      *query,
                         guint            limit,
                         GError         **error)
{
  g_autoptr(GListStore) hits = NULL;
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  found = cw_content_search_run (self->search, query, limit, self->lessons_by_id);
  if (found == NULL)
    {
      g_autofree char *display = g_filename_display_name (self->path);

      g_set_error (error, CW_CONTENT_ERROR, CW_CONTENT_ERROR_FAILED,
                   _("Searching the lesson database %s failed. Reinstall Crabwise if this "
                     "keeps happening.\nDetails: %s"),
                   display, sqlite3_errmsg (self->db));
      return NULL;
    }

  hits = g_list_store_new (CW_TYPE_SEARCH_HIT);
  g_list_store_splice (hits, 0, 0, found->pdata, found->len);

  return G_LIST_MODEL (g_steal_pointer (&hits));
}
