/* cw-progress-seed.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-progress-seed"

#include "config.h"

#include "cw-progress-store-private.h"

/*
 * The learner's seed for shuffling a question's choices (see cw-choice-order.c): chosen at
 * random the first time it is asked for and kept in meta, so the same learner sees the same
 * order on every visit while another learner sees another. A reset forgets it with the rest
 * of meta: a new learner, a new order.
 */

typedef struct
{
  gint64 seed;
} CwSetSeed;

static int
cw_write_set_seed (sqlite3   *db,
                   gpointer   data,
                   GError   **error)
{
  CwSetSeed *args = data;
  int rc;

  /* A value that is not a number (a damaged or hand-edited file) is replaced. */
  rc = cw_sqlite_exec (db,
                       "INSERT INTO meta (key, value) VALUES ('choice_seed', ?1)"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                       " WHERE typeof (value) <> 'integer'",
                       "i", args->seed);
  if (rc == SQLITE_OK && sqlite3_changes (db) == 0)
    return CW_WRITE_NOTHING;

  return rc;
}

static gboolean
cw_progress_store_read_seed (CwProgressStore *self,
                             guint32         *seed)
{
  gint64 value = 0;

  if (self->db == NULL)
    return FALSE;
  if (cw_sqlite_query_int (self->db, &value,
                           "SELECT value FROM meta WHERE key = 'choice_seed'"
                           " AND typeof (value) = 'integer'", "") != SQLITE_OK)
    return FALSE;

  *seed = (guint32) value;
  return TRUE;
}

/**
 * cw_progress_store_get_choice_seed:
 *
 * The learner's seed for the order of a question's choices. When the store cannot save
 * (read-only session), a seed for this session only: the order then holds until the app
 * quits, and nothing is lost.
 */
guint32
cw_progress_store_get_choice_seed (CwProgressStore *self)
{
  g_autoptr(GError) error = NULL;
  CwSetSeed args = { 0, };
  guint32   seed = 0;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), 0);

  if (cw_progress_store_read_seed (self, &seed))
    return seed;

  args.seed = g_random_int ();
  if (!cw_progress_store_write (self, cw_write_set_seed, &args, FALSE, NULL, &error))
    g_debug ("The choice order is for this session only: %s", error->message);
  else if (cw_progress_store_read_seed (self, &seed))
    return seed;

  return (guint32) args.seed;
}
