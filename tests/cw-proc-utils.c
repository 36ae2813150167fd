/* cw-proc-utils.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-proc-utils"

/* getpid() is POSIX, hidden by a strict -std=c17. */
#ifndef _POSIX_C_SOURCE
# define _POSIX_C_SOURCE 200809L
#endif

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cw-proc-utils.h"

/* "pid (comm) state ppid pgrp …"; comm may itself hold ") ". */
static gboolean
cw_proc_read_stat (const char *pid,
                   char       *state,
                   int        *ppid,
                   int        *pgrp)
{
  g_autofree char *path = g_build_filename ("/proc", pid, "stat", NULL);
  g_autofree char *contents = NULL;
  const char      *end;

  /* A process may exit between readdir and read. */
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;

  end = strrchr (contents, ')');

  return end != NULL && sscanf (end + 1, " %c %d %d", state, ppid, pgrp) == 3;
}

static guint
cw_proc_count (int      ppid_wanted,
               int      pgrp_wanted,
               gboolean zombies)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc", 0, NULL);
  const char     *name;
  guint           count = 0;

  g_assert_nonnull (dir);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      char state;
      int  ppid;
      int  pgrp;

      if (!g_ascii_isdigit (name[0]) || !cw_proc_read_stat (name, &state, &ppid, &pgrp))
        continue;
      if (!zombies && state == 'Z')
        continue;
      if ((ppid_wanted > 0 && ppid == ppid_wanted) || (pgrp_wanted > 0 && pgrp == pgrp_wanted))
        count++;
    }

  return count;
}

guint
cw_proc_count_children (void)
{
  return cw_proc_count ((int) getpid (), 0, TRUE);
}

guint
cw_proc_count_group_alive (int pgid)
{
  g_assert_cmpint (pgid, >, 0);

  return cw_proc_count (0, pgid, FALSE);
}

gboolean
cw_proc_is_alive (int pid)
{
  char name[32];
  char state;
  int  ppid;
  int  pgrp;

  g_snprintf (name, sizeof name, "%d", pid);

  return cw_proc_read_stat (name, &state, &ppid, &pgrp) && state != 'Z';
}

gboolean
cw_proc_wait_group_gone (int   pgid,
                         guint timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (cw_proc_count_group_alive (pgid) > 0)
    {
      if (g_get_monotonic_time () >= deadline)
        return FALSE;
      g_usleep (10 * 1000);
    }

  return TRUE;
}
