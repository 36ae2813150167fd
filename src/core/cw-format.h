/* cw-format.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *cw_format_duration   (guint64     ns);
char *cw_format_rate       (guint64     count,
                            guint64     ns);
char *cw_format_big_number (const char *digits,
                            guint       keep);

G_END_DECLS
