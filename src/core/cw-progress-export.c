/* cw-progress-export.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-progress-store"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-progress-store-private.h"

/*
 * The export's public functions: on the calling thread, or on a worker with a connection of
 * its own. The document itself is written by cw_progress_export_on() (cw-progress-json.c),
 * from the table of sections an import reads back.
 */

/* Public API */

static void
cw_progress_store_set_export_error (CwProgressStore  *self,
                                    int               rc,
                                    GError          **error)
{
  if (cw_sqlite_rc_is_corrupt (rc))
    self->damaged = TRUE;

  cw_progress_set_error (error, CW_PROGRESS_ERROR_FAILED,
                         _("Your progress could not be exported: it could not be read. "
                           "Restart Crabwise and try again."),
                         sqlite3_errstr (rc));
}

char *
cw_progress_store_export_json (CwProgressStore  *self,
                               GError          **error)
{
  g_autoptr(GPtrArray) damaged = g_ptr_array_new_with_free_func (g_free);
  char *json;
  int rc = SQLITE_OK;
  guint i;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!cw_progress_store_check_open (self, error))
    return NULL;

  json = cw_progress_export_on (self->db, cw_progress_store_now (self), damaged, &rc);
  if (json == NULL)
    cw_progress_store_set_export_error (self, rc, error);
  for (i = 0; i < damaged->len; i++)
    g_message ("Exported with damaged text repaired or left out: %s",
               (const char *) g_ptr_array_index (damaged, i));

  return json;
}


/* Export off the main thread: the worker reads through a connection of its own, in one read
 * transaction, and the store's state changes only on the main thread, when the result
 * comes back. A store that could only be opened read-only has no file to read, so its
 * in-memory copy is serialized on the main thread (a copy in memory) and read on the
 * worker from that. */

typedef struct
{
  char          *path;         /* read through a connection of the worker's own… */
  unsigned char *image;        /* …or from this copy of a read-only store's memory */
  sqlite3_int64  image_size;
  gint64         exported_at;
  GPtrArray     *damaged;      /* what the export found damaged, for the learner */
  int            rc;
} CwExportJob;

static void
cw_export_job_free (CwExportJob *job)
{
  g_ptr_array_unref (job->damaged);
  g_free (job->path);
  sqlite3_free (job->image);
  g_free (job);
}

static int
cw_export_job_open (CwExportJob  *job,
                    sqlite3     **db)
{
  int rc;

  if (job->image == NULL)
    return cw_progress_open_worker_connection (job->path, db);

  rc = cw_sqlite_open_memory (db);
  if (rc == SQLITE_OK)
    rc = sqlite3_deserialize (*db, "main", job->image, job->image_size, job->image_size,
                              SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
  else
    sqlite3_free (job->image);
  /* The connection owns the copy now, even when that failed. */
  job->image = NULL;

  return rc;
}

static void
cw_export_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  CwExportJob *job = task_data;
  sqlite3 *db = NULL;
  char *json = NULL;
  gulong handler = 0;

  job->rc = cw_export_job_open (job, &db);
  if (job->rc == SQLITE_OK)
    {
      handler = cw_progress_interrupt_on_cancel (cancellable, db);
      json = cw_progress_export_on (db, job->exported_at, job->damaged, &job->rc);
      g_cancellable_disconnect (cancellable, handler);
    }
  cw_sqlite_close (db, TRUE);

  g_task_return_pointer (task, json, g_free);
}

static void
cw_progress_store_export_done (GObject      *source_object,
                               GAsyncResult *result,
                               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  g_task_return_pointer (task, g_task_propagate_pointer (G_TASK (result), NULL), g_free);
}

/**
 * cw_progress_store_export_json_async:
 *
 * cw_progress_store_export_json() off the main thread (see the comment above).
 */
void
cw_progress_store_export_json_async (CwProgressStore     *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  CwExportJob *job;

  g_return_if_fail (CW_IS_PROGRESS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cw_progress_store_export_json_async);

  if (!cw_progress_store_check_open (self, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  job = g_new0 (CwExportJob, 1);
  job->exported_at = cw_progress_store_now (self);
  job->damaged = g_ptr_array_new_with_free_func (g_free);
  if (self->read_only)
    {
      job->image = sqlite3_serialize (self->db, "main", &job->image_size, 0);
      if (job->image == NULL)
        {
          cw_export_job_free (job);
          cw_progress_store_set_export_error (self, SQLITE_NOMEM, &error);
          g_task_return_error (task, error);
          return;
        }
    }
  else
    job->path = g_strdup (self->path);

  g_task_set_task_data (task, job, (GDestroyNotify) cw_export_job_free);

  cw_progress_store_run_in_worker (task, cw_export_thread, cw_progress_store_export_done);
}

char *
cw_progress_store_export_json_finish (CwProgressStore   *self,
                                      GAsyncResult      *result,
                                      char            ***damaged_items,
                                      GError           **error)
{
  CwExportJob *job;
  GError *local_error = NULL;
  char *json;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (damaged_items != NULL)
    *damaged_items = NULL;

  json = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  /* The store's state changes here, on the main thread. */
  job = g_task_get_task_data (G_TASK (result));
  if (json == NULL)
    cw_progress_store_set_export_error (self, job->rc, error);
  else if (damaged_items != NULL)
    {
      g_ptr_array_add (job->damaged, NULL);
      *damaged_items = (char **) g_ptr_array_steal (job->damaged, NULL);
    }

  return json;
}
