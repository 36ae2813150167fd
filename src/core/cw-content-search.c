/* cw-content-search.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-content-search"

#include "config.h"

#include <string.h>

#include "cw-content-search.h"

/*
 * Search that finds what a JavaScript developer types, in three tiers, best first:
 *
 *  1. words: the unicode61 FTS5 index, ranked by bm25 (a word in a title counts most). It
 *     splits at punctuation, so on its own `??`, `?.`, `&mut`, `::`, `=>` or `'a` would
 *     find nothing, or (for `'a`) every word starting with "a";
 *  2. three characters or more: the trigram index over the same rows finds the text as
 *     typed, punctuation included, anywhere in a word (`&mut`, `orrow`), ranked by bm25;
 *  3. shorter text with punctuation (`??`, `::`, `'a`): trigrams need three characters, so
 *     a bounded scan of search_docs with instr(): matches in a title first, then in code
 *     (where such punctuation lives), then in prose.
 *
 * Tier 1 runs unless the query has punctuation and no word of two letters or more; tiers
 * 2 and 3 run for text of three characters or more, or with punctuation. A row found by an
 * earlier tier is not repeated. search_docs is small (a row per lesson, concept, pair, use
 * case and exercise), so every query stays in the milliseconds.
 */

/* Ranks of tiers 2 and 3 start here, above any bm25 score (which is negative). */
#define CW_SEARCH_OTHER_RANK 1000.0
/* Tiers 2 and 3 return at most this many rows when the caller sets no limit. */
#define CW_SEARCH_OTHER_LIMIT 50

#define SQL_WORDS \
  "SELECT d.id, d.lesson_id, d.kind, d.position, d.target, d.title," \
  "       snippet(search, -1, char(1), char(2), '…', 12)," \
  "       bm25(search, 10.0, 4.0, 1.0) AS score" \
  "  FROM search JOIN search_docs AS d ON d.id = search.rowid" \
  " WHERE search MATCH ?1 ORDER BY score, d.id LIMIT ?2"

#define SQL_TRIGRAMS \
  "SELECT d.id, d.lesson_id, d.kind, d.position, d.target, d.title," \
  "       snippet(search_trigram, -1, char(1), char(2), '…', 12)," \
  "       bm25(search_trigram, 10.0, 4.0, 1.0) AS score" \
  "  FROM search_trigram JOIN search_docs AS d ON d.id = search_trigram.rowid" \
  " WHERE search_trigram MATCH ?1 ORDER BY score, d.id LIMIT ?2"

#define SQL_LITERAL \
  "SELECT id, lesson_id, kind, position, target, title, body, code FROM search_docs" \
  " WHERE instr(title, ?1) OR instr(body, ?1) OR instr(code, ?1)" \
  " ORDER BY instr(title, ?1) = 0, instr(code, ?1) = 0, id LIMIT ?2"

struct _CwContentSearch
{
  sqlite3_stmt *words;
  sqlite3_stmt *trigrams;
  sqlite3_stmt *literal;
};

/*
 * Free text → FTS5 query. The learner types words, never FTS syntax: the text is split at
 * everything the unicode61 tokenizer would split at, and each word becomes a quoted string
 * (quotes doubled), so `"`, `*`, `-`, `:`, `^`, `NEAR(`, AND/OR/NOT lose all meaning. The
 * words are ANDed; the last one is a prefix so results appear while typing. NULL when there
 * is no word at all.
 */
static char *
cw_content_search_build_match (const char *text)
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
cw_content_search_snippet_markup (const char *raw)
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

/* Lowest rank first (word matches have negative bm25 scores, the others rank from
 * CW_SEARCH_OTHER_RANK); equal ranks in lesson order, then in the order of the lesson's
 * page. The sort is stable (g_ptr_array_sort), so rows that tie on all three keep their
 * search_docs order, which is the order the compiler writes the lessons in. */
static guint
lesson_position (GHashTable *lessons_by_id,
                 CwSearchHit *hit)
{
  CwLesson *lesson = g_hash_table_lookup (lessons_by_id, cw_search_hit_get_lesson_id (hit));

  return lesson != NULL ? cw_lesson_get_position (lesson) : G_MAXUINT;
}

static int
cw_content_search_compare_hits (gconstpointer a,
                                gconstpointer b,
                                gpointer      user_data)
{
  GHashTable *lessons_by_id = user_data;
  CwSearchHit *hit_a = *(CwSearchHit * const *) a;
  CwSearchHit *hit_b = *(CwSearchHit * const *) b;
  double rank_a = cw_search_hit_get_rank (hit_a);
  double rank_b = cw_search_hit_get_rank (hit_b);
  guint lesson_a;
  guint lesson_b;

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;

  lesson_a = lesson_position (lessons_by_id, hit_a);
  lesson_b = lesson_position (lessons_by_id, hit_b);
  if (lesson_a != lesson_b)
    return lesson_a < lesson_b ? -1 : 1;

  if (cw_search_hit_get_position (hit_a) != cw_search_hit_get_position (hit_b))
    return cw_search_hit_get_position (hit_a) < cw_search_hit_get_position (hit_b) ? -1 : 1;

  return 0;
}

/* The text as typed, as one FTS5 phrase for the trigram index: "…", quotes doubled. */
static char *
cw_content_search_build_phrase (const char *text)
{
  g_autoptr(GString) phrase = g_string_new ("\"");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (phrase, '"');
      g_string_append_c (phrase, *p);
    }
  g_string_append_c (phrase, '"');

  return g_string_free (g_steal_pointer (&phrase), FALSE);
}

/* About 40 characters either side of the first @needle in @haystack, the match between
 * \x01 and \x02 as snippet() marks it. */
static char *
cw_content_search_literal_snippet (const char *haystack,
                                   const char *needle)
{
  const char *found = strstr (haystack, needle);
  const char *start;
  const char *end;
  g_autoptr(GString) out = g_string_new (NULL);

  if (found == NULL)
    return g_strdup ("");

  start = found;
  for (guint i = 0; i < 40 && start > haystack; i++)
    start = g_utf8_find_prev_char (haystack, start);
  end = found + strlen (needle);
  for (guint i = 0; i < 40 && *end != '\0'; i++)
    end = g_utf8_next_char (end);

  if (start > haystack)
    g_string_append (out, "…");
  g_string_append_len (out, start, found - start);
  g_string_append_c (out, '\x01');
  g_string_append (out, needle);
  g_string_append_c (out, '\x02');
  g_string_append_len (out, found + strlen (needle), end - (found + strlen (needle)));
  if (*end != '\0')
    g_string_append (out, "…");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
snippet_plain (const char *raw)
{
  g_autoptr(GString) plain = g_string_new (raw);

  g_string_replace (plain, "\x01", "", 0);
  g_string_replace (plain, "\x02", "", 0);

  return g_string_free (g_steal_pointer (&plain), FALSE);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

/* Adds a hit for the current row of @stmt (columns: id, lesson_id, kind, position, target,
 * title), unless its row was found already or its lesson is unknown. */
static void
add_hit (GPtrArray   *found,
         GHashTable  *seen,
         GHashTable  *lessons_by_id,
         sqlite3_stmt *stmt,
         const char  *raw_snippet,
         double       rank)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  CwLesson *lesson = g_hash_table_lookup (lessons_by_id, column_text (stmt, 1));
  g_autofree char *markup = NULL;
  g_autofree char *plain = NULL;

  /* A row for a lesson that is not there has nowhere to lead; the compiler never writes
   * one, so this only guards against a hand-made database. */
  if (lesson == NULL || !g_hash_table_add (seen, GINT_TO_POINTER ((int) id)))
    return;

  markup = cw_content_search_snippet_markup (raw_snippet);
  plain = snippet_plain (raw_snippet);
  g_ptr_array_add (found,
                   g_object_new (CW_TYPE_SEARCH_HIT,
                                 "lesson-id", cw_lesson_get_id (lesson),
                                 "kind", column_text (stmt, 2),
                                 "position", (guint) CLAMP (sqlite3_column_int64 (stmt, 3), 0,
                                                            G_MAXUINT),
                                 "target", column_text (stmt, 4),
                                 "title", column_text (stmt, 5),
                                 "lesson-title", cw_lesson_get_title (lesson),
                                 "snippet", markup,
                                 "snippet-plain", plain,
                                 "rank", rank,
                                 NULL));
}

/* Runs an FTS5 statement (words or trigrams); FALSE on an SQLite error. */
static gboolean
run_fts (sqlite3_stmt *stmt,
         const char   *match,
         gint64        limit,
         double        rank_offset,
         GPtrArray    *found,
         GHashTable   *seen,
         GHashTable   *lessons_by_id)
{
  int rc;

  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_hit (found, seen, lessons_by_id, stmt, column_text (stmt, 6),
             rank_offset + sqlite3_column_double (stmt, 7));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return rc == SQLITE_DONE;
}

static gboolean
run_literal (sqlite3_stmt *stmt,
             const char   *text,
             gint64        limit,
             GPtrArray    *found,
             GHashTable   *seen,
             GHashTable   *lessons_by_id)
{
  guint order = 0;
  int rc;

  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *raw = NULL;

      for (int column = 5; column <= 7 && raw == NULL; column++)
        {
          if (strstr (column_text (stmt, column), text) != NULL)
            raw = cw_content_search_literal_snippet (column_text (stmt, column), text);
        }
      add_hit (found, seen, lessons_by_id, stmt, raw != NULL ? raw : "",
               CW_SEARCH_OTHER_RANK + order++);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return rc == SQLITE_DONE;
}

/* Whether @text has a character that the word index ignores, and its longest word. */
static gboolean
has_punctuation (const char *text,
                 guint      *longest_word)
{
  gboolean punctuation = FALSE;
  guint word = 0;

  *longest_word = 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        {
          word++;
          *longest_word = MAX (*longest_word, word);
          continue;
        }

      word = 0;
      if (!g_unichar_isspace (c))
        punctuation = TRUE;
    }

  return punctuation;
}

int
cw_content_search_new (sqlite3          *db,
                       CwContentSearch **out)
{
  CwContentSearch *self = g_new0 (CwContentSearch, 1);
  int rc;

  /* Kept for the life of the store. */
  rc = sqlite3_prepare_v3 (db, SQL_WORDS, -1, SQLITE_PREPARE_PERSISTENT, &self->words, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v3 (db, SQL_TRIGRAMS, -1, SQLITE_PREPARE_PERSISTENT, &self->trigrams,
                             NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v3 (db, SQL_LITERAL, -1, SQLITE_PREPARE_PERSISTENT, &self->literal,
                             NULL);

  if (rc != SQLITE_OK)
    {
      cw_content_search_free (self);
      return rc;
    }

  *out = self;
  return SQLITE_OK;
}

void
cw_content_search_free (CwContentSearch *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->words, sqlite3_finalize);
  g_clear_pointer (&self->trigrams, sqlite3_finalize);
  g_clear_pointer (&self->literal, sqlite3_finalize);
  g_free (self);
}

/*
 * Free text as typed by the learner (never FTS syntax). Returns the CwSearchHits, best
 * first, at most @limit (0: no limit), or NULL after an SQLite error.
 */
GPtrArray *
cw_content_search_run (CwContentSearch *self,
                       const char      *query,
                       guint            limit,
                       GHashTable      *lessons_by_id)
{
  g_autofree char *valid = g_utf8_make_valid (query, -1);
  g_autofree char *match = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  gint64 word_limit = limit > 0 ? (gint64) limit : -1;
  gint64 other_limit = limit > 0 ? (gint64) limit : CW_SEARCH_OTHER_LIMIT;
  const char *text = g_strstrip (valid);
  guint longest_word;
  gboolean punctuation = has_punctuation (text, &longest_word);
  glong length = g_utf8_strlen (text, -1);

  match = cw_content_search_build_match (text);
  if (match != NULL && (!punctuation || longest_word >= 2) &&
      !run_fts (self->words, match, word_limit, 0.0, found, seen, lessons_by_id))
    return NULL;

  if (length >= 3)
    {
      g_autofree char *phrase = cw_content_search_build_phrase (text);

      if (!run_fts (self->trigrams, phrase, other_limit, CW_SEARCH_OTHER_RANK, found, seen,
                    lessons_by_id))
        return NULL;
    }
  else if (punctuation && !run_literal (self->literal, text, other_limit, found, seen,
                                        lessons_by_id))
    {
      return NULL;
    }

  g_ptr_array_sort_with_data (found, cw_content_search_compare_hits, lessons_by_id);
  if (limit > 0 && found->len > limit)
    g_ptr_array_set_size (found, limit);

  return g_steal_pointer (&found);
}
