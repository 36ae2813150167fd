/* cw-choice-order.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void cw_choice_order (guint32     seed,
                      const char *lesson_id,
                      guint       question,
                      guint       n_choices,
                      guint      *order);

G_END_DECLS
