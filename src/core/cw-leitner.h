/* cw-leitner.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The review schedule (a Leitner system), as pure functions: boxes 1 to CW_LEITNER_N_BOXES,
 * a lesson in box b waits 2^(b-1) days (1, 2, 4, 8, 16). A lesson just learned goes into
 * box 1; a correct review moves it up a box (at most the last), a wrong one back to box 1;
 * either way it is next due that many calendar days later, at the same wall-clock time in
 * the learner's time zone. It is due on its due date and every day after.
 */

#define CW_LEITNER_N_BOXES 5

/* Days a lesson in @box waits; a box out of range counts as the nearest one. */
int        cw_leitner_interval     (int         box);
/* The box after a review of a lesson in @box. */
int        cw_leitner_next_box     (int         box,
                                    gboolean    correct);
/* When a lesson put into @box at @usec is next due, in @tz (NULL: UTC). */
gint64     cw_leitner_due_at       (gint64      usec,
                                    int         box,
                                    GTimeZone  *tz);
/* A lesson whose due time is before this is due at @now: the start of tomorrow in @tz. */
gint64     cw_leitner_due_before   (gint64      now,
                                    GTimeZone  *tz);

G_END_DECLS
