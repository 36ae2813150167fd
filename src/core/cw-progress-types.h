/* cw-progress-types.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * The small read-only items a CwProgressStore hands out. Every field is a construct-only
 * property, so list widgets can bind them with <lookup> expressions. Dates are in the
 * store's time zone (local time unless cw_progress_store_set_timezone() said otherwise).
 */

/* One finished run of the Fibonacci lab, as listed by cw_progress_store_list_fib_runs(). */
#define CW_TYPE_FIB_RUN (cw_fib_run_get_type ())
G_DECLARE_FINAL_TYPE (CwFibRun, cw_fib_run, CW, FIB_RUN, GObject)

guint       cw_fib_run_get_n             (CwFibRun *self);
const char *cw_fib_run_get_algorithm     (CwFibRun *self);   /* as cw_fib_algorithm_to_string() */
guint64     cw_fib_run_get_elapsed_ns    (CwFibRun *self);
const char *cw_fib_run_get_value_preview (CwFibRun *self);   /* a short rendering of F(n) */
GDateTime  *cw_fib_run_get_date          (CwFibRun *self);   /* transfer none */

/* One rolling backup, as listed by cw_progress_store_list_backups(). */
#define CW_TYPE_BACKUP (cw_backup_get_type ())
G_DECLARE_FINAL_TYPE (CwBackup, cw_backup, CW, BACKUP, GObject)

const char *cw_backup_get_path (CwBackup *self);   /* pass to cw_progress_store_restore_backup() */
GDateTime  *cw_backup_get_date (CwBackup *self);   /* when it was made; transfer none */

G_END_DECLS
