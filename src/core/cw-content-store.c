/* cw-content-store.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-content-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cw-content-schema.h"
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

  GListStore   *lessons;
  GListStore   *concepts;
  GHashTable   *lessons_by_id;       /* id → CwLesson (ref) */
  GHashTable   *concepts_by_lesson;  /* lesson id → CwConcept (ref) */

  sqlite3_stmt *list_pairs;
  sqlite3_stmt *list_use_cases;
  sqlite3_stmt *list_quiz;
  sqlite3_stmt *list_choices;
  sqlite3_stmt *search;

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
  "lessons", "concepts", "snippet_pairs", "quiz_items", "quiz_choices", "use_cases", "search",
};

#define SQL_LESSONS \
  "SELECT l.id, l.position, l.title, l.summary, l.intro, c.name" \
  "  FROM lessons AS l LEFT JOIN concepts AS c ON c.lesson_id = l.id" \
  " ORDER BY l.position"

#define SQL_CONCEPTS \
  "SELECT lesson_id, position, name, javascript, rust, key_difference" \
  "  FROM concepts ORDER BY position"

#define SQL_PAIRS \
  "SELECT position, caption, text, js_file, js_code, js_output, rust_file, rust_code," \
  "       rust_output, rust_crate_type, rust_edition, rust_error_code, rust_error_message," \
  "       rust_diagnostic" \
  "  FROM snippet_pairs WHERE lesson_id = ?1 ORDER BY position"

#define SQL_USE_CASES \
  "SELECT position, area, examples, why FROM use_cases WHERE lesson_id = ?1 ORDER BY position"

#define SQL_QUIZ \
  "SELECT position, kind, prompt, answer, explanation" \
  "  FROM quiz_items WHERE lesson_id = ?1 ORDER BY position"

#define SQL_CHOICES \
  "SELECT text, code FROM quiz_choices" \
  " WHERE lesson_id = ?1 AND question = ?2 ORDER BY position"

/*
 * bm25 weights follow the columns of `search`: lesson_id, kind, position (unindexed), then
 * title, body, code — a word in a title counts most. Only the score and the rowid are sort
 * keys: SQLite then reads the other columns and builds snippets for the rows within the
 * LIMIT only. Joining `lessons` here, for the lesson's title and position, would read the
 * lesson id of every match before sorting (measured: 116 ms instead of 48 ms for "mut" in a
 * generated 10,000-lesson database), so both come from the lessons already in memory, and
 * the tie-break by lesson position happens in cw_content_store_search(). snippet() marks the matches with \x01 and
 * \x02, which survive escaping as "&#x1;" and "&#x2;".
 */
#define SQL_SEARCH \
  "SELECT lesson_id, kind, position, title," \
  "       snippet(search, -1, char(1), char(2), '…', 12)," \
  "       bm25(search, 0.0, 0.0, 0.0, 10.0, 4.0, 1.0) AS score" \
  "  FROM search WHERE search MATCH ?1" \
  " ORDER BY score, rowid" \
  " LIMIT ?2"

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

static gboolean
cw_content_store_load_lessons (CwContentStore  *self,
                               GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, SQL_LESSONS, -1, &stmt, NULL) != SQLITE_OK)
    {
      cw_content_store_set_sqlite_error (self, error);
      return FALSE;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwLesson) lesson = NULL;

      lesson = g_object_new (CW_TYPE_LESSON,
                             "id", cw_content_column_text (stmt, 0),
                             "position", cw_content_column_uint (stmt, 1),
                             "title", cw_content_column_text (stmt, 2),
                             "summary", cw_content_column_text (stmt, 3),
                             "intro", cw_content_column_text (stmt, 4),
                             "concept-name", cw_content_column_text (stmt, 5),
                             NULL);
      g_list_store_append (self->lessons, lesson);
      g_hash_table_insert (self->lessons_by_id,
                           (gpointer) cw_lesson_get_id (lesson), g_object_ref (lesson));
    }

  if (rc != SQLITE_DONE)
    {
      cw_content_store_set_sqlite_error (self, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  sqlite3_finalize (stmt);

  return TRUE;
}

static gboolean
cw_content_store_load_concepts (CwContentStore  *self,
                                GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, SQL_CONCEPTS, -1, &stmt, NULL) != SQLITE_OK)
    {
      cw_content_store_set_sqlite_error (self, error);
      return FALSE;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwConcept) concept = NULL;

      concept = g_object_new (CW_TYPE_CONCEPT,
                              "lesson-id", cw_content_column_text (stmt, 0),
                              "position", cw_content_column_uint (stmt, 1),
                              "name", cw_content_column_text (stmt, 2),
                              "javascript", cw_content_column_text (stmt, 3),
                              "rust", cw_content_column_text (stmt, 4),
                              "key-difference", cw_content_column_text (stmt, 5),
                              NULL);
      g_list_store_append (self->concepts, concept);
      g_hash_table_insert (self->concepts_by_lesson,
                           (gpointer) cw_concept_get_lesson_id (concept),
                           g_object_ref (concept));
    }

  if (rc != SQLITE_DONE)
    {
      cw_content_store_set_sqlite_error (self, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  sqlite3_finalize (stmt);

  return TRUE;
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
      !cw_content_store_prepare (self, SQL_USE_CASES, &self->list_use_cases, error) ||
      !cw_content_store_prepare (self, SQL_QUIZ, &self->list_quiz, error) ||
      !cw_content_store_prepare (self, SQL_CHOICES, &self->list_choices, error) ||
      !cw_content_store_prepare (self, SQL_SEARCH, &self->search, error))
    return FALSE;

  return cw_content_store_load_lessons (self, error) &&
         cw_content_store_load_concepts (self, error);
}

/* A database that passed quick_check at open should not fail later; if it does (the file
 * was replaced under an immutable connection, the disk failed), the page shows what was
 * read and the log says why. */
static void
cw_content_store_warn_step (CwContentStore *self,
                            const char     *what,
                            const char     *lesson_id)
{
  g_warning ("Reading the %s of lesson “%s” from %s failed: %s",
             what, lesson_id, self->path, sqlite3_errmsg (self->db));
}

/*
 * Free text → FTS5 query. The learner types words, never FTS syntax: the text is split at
 * everything the unicode61 tokenizer would split at, and each word becomes a quoted string
 * (quotes doubled), so `"`, `*`, `-`, `:`, `^`, `NEAR(`, AND/OR/NOT lose all meaning. The
 * words are ANDed; the last one is a prefix so results appear while typing. NULL when there
 * is no word at all.
 */
static char *
cw_content_store_build_match (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autoptr(GString) match = g_string_new (NULL);
  g_autoptr(GString) term = g_string_new (NULL);
  const char *p = valid;

  for (;;)
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (term, c);
        }
      else if (term->len > 0)
        {
          const char *t;

          if (match->len > 0)
            g_string_append_c (match, ' ');

          g_string_append_c (match, '"');
          for (t = term->str; *t != '\0'; t++)
            {
              if (*t == '"')
                g_string_append_c (match, '"');
              g_string_append_c (match, *t);
            }
          g_string_append_c (match, '"');
          g_string_truncate (term, 0);
        }

      if (c == 0)
        break;

      p = g_utf8_next_char (p);
    }

  if (match->len == 0)
    return NULL;

  g_string_append_c (match, '*');

  return g_string_free (g_steal_pointer (&match), FALSE);
}

/*
 * snippet() text → Pango markup for a one-line result row: runs of white space (code has
 * newlines and indentation) become one space, everything is escaped, and only then do the
 * \x01/\x02 markers, escaped by g_markup_escape_text() to "&#x1;"/"&#x2;", become <b></b>.
 * Text from the database can therefore never inject markup.
 */
static char *
cw_content_snippet_to_markup (const char *raw)
{
  g_autofree char *valid = g_utf8_make_valid (raw != NULL ? raw : "", -1);
  g_autoptr(GString) flat = g_string_new (NULL);
  g_autoptr(GString) markup = NULL;
  g_autofree char *escaped = NULL;
  gboolean pending_space = FALSE;
  const char *p;

  for (p = valid; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          pending_space = flat->len > 0;
          continue;
        }

      if (pending_space)
        g_string_append_c (flat, ' ');
      pending_space = FALSE;
      g_string_append_c (flat, *p);
    }

  escaped = g_markup_escape_text (flat->str, (gssize) flat->len);
  markup = g_string_new (escaped);
  g_string_replace (markup, "&#x1;", "<b>", 0);
  g_string_replace (markup, "&#x2;", "</b>", 0);

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/* Best bm25 first; equal scores in lesson order, then in the order of the lesson's page.
 * The sort is stable (g_ptr_array_sort), so rows that tie on all three keep SQLite's rowid
 * order. Exact ties that straddle the limit are cut in rowid order, which is the order the
 * compiler writes the lessons in. */
static int
cw_content_store_compare_hits (gconstpointer a,
                               gconstpointer b,
                               gpointer      user_data)
{
  CwContentStore *self = user_data;
  CwSearchHit *hit_a = *(CwSearchHit * const *) a;
  CwSearchHit *hit_b = *(CwSearchHit * const *) b;
  double rank_a = cw_search_hit_get_rank (hit_a);
  double rank_b = cw_search_hit_get_rank (hit_b);
  guint lesson_a;
  guint lesson_b;

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;

  lesson_a = cw_lesson_get_position (g_hash_table_lookup (self->lessons_by_id,
                                                          cw_search_hit_get_lesson_id (hit_a)));
  lesson_b = cw_lesson_get_position (g_hash_table_lookup (self->lessons_by_id,
                                                          cw_search_hit_get_lesson_id (hit_b)));
  if (lesson_a != lesson_b)
    return lesson_a < lesson_b ? -1 : 1;

  if (cw_search_hit_get_position (hit_a) != cw_search_hit_get_position (hit_b))
    return cw_search_hit_get_position (hit_a) < cw_search_hit_get_position (hit_b) ? -1 : 1;

  return 0;
}

static void
cw_content_store_dispose (GObject *object)
{
  CwContentStore *self = CW_CONTENT_STORE (object);

  g_clear_pointer (&self->lessons_by_id, g_hash_table_unref);
  g_clear_pointer (&self->concepts_by_lesson, g_hash_table_unref);
  g_clear_object (&self->lessons);
  g_clear_object (&self->concepts);

  G_OBJECT_CLASS (cw_content_store_parent_class)->dispose (object);
}

static void
cw_content_store_finalize (GObject *object)
{
  CwContentStore *self = CW_CONTENT_STORE (object);

  g_clear_pointer (&self->list_pairs, sqlite3_finalize);
  g_clear_pointer (&self->list_use_cases, sqlite3_finalize);
  g_clear_pointer (&self->list_quiz, sqlite3_finalize);
  g_clear_pointer (&self->list_choices, sqlite3_finalize);
  g_clear_pointer (&self->search, sqlite3_finalize);
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
  self->lessons = g_list_store_new (CW_TYPE_LESSON);
  self->concepts = g_list_store_new (CW_TYPE_CONCEPT);
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

GListModel *
cw_content_store_list_pairs (CwContentStore *self,
                             const char     *lesson_id)
{
  g_autoptr(GListStore) pairs = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  pairs = g_list_store_new (CW_TYPE_SNIPPET_PAIR);
  stmt = self->list_pairs;
  sqlite3_bind_text (stmt, 1, lesson_id, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwSnippetPair) pair = NULL;

      pair = g_object_new (CW_TYPE_SNIPPET_PAIR,
                           "lesson-id", lesson_id,
                           "position", cw_content_column_uint (stmt, 0),
                           "caption", cw_content_column_text (stmt, 1),
                           "text", cw_content_column_text (stmt, 2),
                           "js-file", cw_content_column_text (stmt, 3),
                           "js-code", cw_content_column_text (stmt, 4),
                           "js-output", cw_content_column_text (stmt, 5),
                           "rust-file", cw_content_column_text (stmt, 6),
                           "rust-code", cw_content_column_text (stmt, 7),
                           "rust-output", cw_content_column_text (stmt, 8),
                           "rust-crate-type", cw_content_column_text (stmt, 9),
                           "rust-edition", cw_content_column_text (stmt, 10),
                           "rust-error-code", cw_content_column_text (stmt, 11),
                           "rust-error-message", cw_content_column_text (stmt, 12),
                           "rust-diagnostic", cw_content_column_text (stmt, 13),
                           NULL);
      g_list_store_append (pairs, pair);
    }

  if (rc != SQLITE_DONE)
    cw_content_store_warn_step (self, "snippet pairs", lesson_id);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return G_LIST_MODEL (g_steal_pointer (&pairs));
}

GListModel *
cw_content_store_list_use_cases (CwContentStore *self,
                                 const char     *lesson_id)
{
  g_autoptr(GListStore) use_cases = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  use_cases = g_list_store_new (CW_TYPE_USE_CASE);
  stmt = self->list_use_cases;
  sqlite3_bind_text (stmt, 1, lesson_id, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwUseCase) use_case = NULL;

      use_case = g_object_new (CW_TYPE_USE_CASE,
                               "lesson-id", lesson_id,
                               "position", cw_content_column_uint (stmt, 0),
                               "area", cw_content_column_text (stmt, 1),
                               "examples", cw_content_column_text (stmt, 2),
                               "why", cw_content_column_text (stmt, 3),
                               NULL);
      g_list_store_append (use_cases, use_case);
    }

  if (rc != SQLITE_DONE)
    cw_content_store_warn_step (self, "use cases", lesson_id);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return G_LIST_MODEL (g_steal_pointer (&use_cases));
}

GListModel *
cw_content_store_list_quiz (CwContentStore *self,
                            const char     *lesson_id)
{
  g_autoptr(GListStore) items = NULL;
  sqlite3_stmt *stmt;
  sqlite3_stmt *choices_stmt;
  int rc;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  items = g_list_store_new (CW_TYPE_QUIZ_ITEM);
  stmt = self->list_quiz;
  choices_stmt = self->list_choices;
  sqlite3_bind_text (stmt, 1, lesson_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (choices_stmt, 1, lesson_id, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwQuizItem) item = NULL;
      g_autoptr(GStrvBuilder) choices = g_strv_builder_new ();
      g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
      g_auto(GStrv) choice_strv = NULL;
      g_auto(GStrv) code_strv = NULL;
      const char *kind = cw_content_column_text (stmt, 1);
      gboolean compiles = g_strcmp0 (kind, "compiles") == 0;
      int choice_rc;

      sqlite3_bind_int64 (choices_stmt, 2, sqlite3_column_int64 (stmt, 0));
      while ((choice_rc = sqlite3_step (choices_stmt)) == SQLITE_ROW)
        {
          const char *code = cw_content_column_text (choices_stmt, 1);

          g_strv_builder_add (choices, cw_content_column_text (choices_stmt, 0));
          g_strv_builder_add (codes, code != NULL ? code : "");
        }

      if (choice_rc != SQLITE_DONE)
        cw_content_store_warn_step (self, "quiz choices", lesson_id);
      sqlite3_reset (choices_stmt);

      choice_strv = g_strv_builder_end (choices);
      if (compiles)
        code_strv = g_strv_builder_end (codes);

      item = g_object_new (CW_TYPE_QUIZ_ITEM,
                           "lesson-id", lesson_id,
                           "position", cw_content_column_uint (stmt, 0),
                           "kind", kind,
                           "prompt", cw_content_column_text (stmt, 2),
                           "answer", cw_content_column_uint (stmt, 3),
                           "explanation", cw_content_column_text (stmt, 4),
                           "choices", choice_strv,
                           "choice-codes", code_strv,
                           NULL);
      g_list_store_append (items, item);
    }

  if (rc != SQLITE_DONE)
    cw_content_store_warn_step (self, "quiz", lesson_id);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  sqlite3_clear_bindings (choices_stmt);

  return G_LIST_MODEL (g_steal_pointer (&items));
}

GListModel *
cw_content_store_search (CwContentStore  *self,
                         const char      *query,
                         guint            limit,
                         GError         **error)
{
  g_autoptr(GListStore) hits = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *match = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  hits = g_list_store_new (CW_TYPE_SEARCH_HIT);
  match = cw_content_store_build_match (query);
  if (match == NULL)
    return G_LIST_MODEL (g_steal_pointer (&hits));

  found = g_ptr_array_new_with_free_func (g_object_unref);
  stmt = self->search;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (sqlite3_int64) limit : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *snippet = NULL;
      const char *lesson_id = cw_content_column_text (stmt, 0);
      CwLesson *lesson;

      /* A row for a lesson that is not there has nowhere to lead; the compiler never
       * writes one, so this only guards against a hand-made database. */
      if (lesson_id == NULL ||
          (lesson = g_hash_table_lookup (self->lessons_by_id, lesson_id)) == NULL)
        continue;

      snippet = cw_content_snippet_to_markup (cw_content_column_text (stmt, 4));
      g_ptr_array_add (found,
                       g_object_new (CW_TYPE_SEARCH_HIT,
                                     "lesson-id", lesson_id,
                                     "kind", cw_content_column_text (stmt, 1),
                                     "position", cw_content_column_uint (stmt, 2),
                                     "title", cw_content_column_text (stmt, 3),
                                     "lesson-title", cw_lesson_get_title (lesson),
                                     "snippet", snippet,
                                     "rank", sqlite3_column_double (stmt, 5),
                                     NULL));
    }

  if (rc != SQLITE_DONE)
    {
      g_autofree char *display = g_filename_display_name (self->path);

      g_set_error (error, CW_CONTENT_ERROR, CW_CONTENT_ERROR_FAILED,
                   _("Searching the lesson database %s failed. Reinstall Crabwise if this "
                     "keeps happening.\nDetails: %s"),
                   display, sqlite3_errmsg (self->db));
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return NULL;
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  g_ptr_array_sort_with_data (found, cw_content_store_compare_hits, self);
  g_list_store_splice (hits, 0, 0, found->pdata, found->len);

  return G_LIST_MODEL (g_steal_pointer (&hits));
}
