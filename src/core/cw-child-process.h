/* cw-child-process.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * One program run to its end, fenced in: its own process group, stdin from /dev/null,
 * stdout and stderr into one pipe read as it is written (so their order is kept) and capped,
 * resource limits set in the child before exec, a wall-clock limit, cancellation, and only
 * the environment it is given. When cw_child_process_run() returns, whatever happened, the
 * whole process group has been sent SIGKILL and the child has been reaped.
 *
 * It blocks: call it from a worker thread (GTask), never from a thread that runs a UI.
 */

typedef struct
{
  guint   timeout_ms;       /* wall clock from the spawn; 0 for none */
  gsize   output_limit;     /* bytes of output kept; one more kills the group; 0 for none */
  guint64 memory_bytes;     /* RLIMIT_AS (address space); 0 leaves it as inherited */
  guint64 file_size_bytes;  /* RLIMIT_FSIZE (largest file it may write); 0: inherited */
  guint64 max_tasks;        /* RLIMIT_NPROC (the user's processes and threads, all of
                             * them); 0: inherited. See cw_child_process_task_limit(). */
} CwChildLimits;

typedef struct
{
  GByteArray *output;       /* stdout and stderr as written, at most output_limit bytes */
  gboolean    output_cut;   /* it wrote more than output_limit; the group was killed */
  gboolean    timed_out;    /* timeout_ms passed; the group was killed */
  gboolean    exited;       /* TRUE: it exited with exit_status; FALSE: term_signal ended it */
  int         exit_status;
  int         term_signal;
  GPid        pid;          /* its pid, which was also its process group id */
  gint64      elapsed_us;   /* from the spawn until its exit was seen */
} CwChildOutcome;

gboolean cw_child_process_run        (const char * const   *argv,
                                      const char * const   *envp,
                                      const char           *working_directory,
                                      const CwChildLimits  *limits,
                                      GCancellable         *cancellable,
                                      CwChildOutcome       *outcome,
                                      GError              **error);

guint64  cw_child_process_task_limit (guint extra);

char    *cw_child_outcome_get_text   (const CwChildOutcome *outcome);

void     cw_child_outcome_clear      (CwChildOutcome *outcome);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CwChildOutcome, cw_child_outcome_clear)

G_END_DECLS
