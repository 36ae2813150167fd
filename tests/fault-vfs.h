/* fault-vfs.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A pass-through SQLite VFS, registered as the default, that fails on demand: set the
 * fields of `fault`, run the write, then fault_reset(). Disarmed, it changes nothing.
 */

typedef struct
{
  int      wal_write_rc;   /* fail writes to -wal files with this code */
  int      remaining;      /* failures left; -1 for no limit */
  gboolean commit_trap;    /* only the page of a commit frame, written before failing */
  int      read_rc;        /* fail every read */
  gboolean then_fail_all;  /* once the trap has sprung, fail every later -wal write and read */
} FaultState;

extern FaultState fault;

void fault_reset       (void);
void fault_vfs_install (void);

G_END_DECLS
