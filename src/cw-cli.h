/* cw-cli.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit status for invalid arguments, as for most command-line tools. */
#define CW_CLI_USAGE_ERROR 2

int cw_cli_run_fib (const char *n_text,
                    const char *algorithm_text,
                    gboolean    json);

/* ID<TAB>TITLE per lesson; 0, or 1 when the content cannot be read. */
int cw_cli_list_lessons   (void);
/* LESSON<TAB>KIND<TAB>TITLE<TAB>SNIPPET per hit, the snippet in plain text; 0, or 1 when
 * the content cannot be read or searched. */
int cw_cli_search         (const char         *query);
/* ID<TAB>TITLE per exercise; 0, or 1 when the content cannot be read. */
int cw_cli_list_exercises (void);
/* The exit status of cw_check_cli_run(), or CW_CHECK_CLI_USAGE for an unknown id or not
 * exactly one file, CW_CHECK_CLI_CANNOT_CHECK when the content cannot be read. */
int cw_cli_check          (const char         *exercise_id,
                           const char * const *files,
                           gboolean            json);

G_END_DECLS
