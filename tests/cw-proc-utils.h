/* cw-proc-utils.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What is left of the processes a test started, read from /proc: what the code under test
 * does not expose, and what it must not leave behind whatever happened. */

/* Children of this process, zombies included (an unreaped child is a zombie). */
guint cw_proc_count_children      (void);

/* Live (not zombie) processes in the process group @pgid. */
guint cw_proc_count_group_alive   (int pgid);

/* Whether process @pid exists and is not a zombie. */
gboolean cw_proc_is_alive         (int pid);

/* Waits until no process of the group @pgid is alive, or @timeout_ms passes. A process that
 * was sent SIGKILL is gone a moment later, not at once; a test asks whether it was killed,
 * not how fast the machine is, so the bound is generous. Returns whether the group is gone. */
gboolean cw_proc_wait_group_gone  (int   pgid,
                                   guint timeout_ms);

G_END_DECLS
