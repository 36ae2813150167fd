/* cw-cli.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit status for invalid arguments, as for most command-line tools. */
#define CW_CLI_USAGE_ERROR 2

int cw_cli_run_fib (const char *n_text,
                    const char *algorithm_text,
                    gboolean    json);

G_END_DECLS
