/* cc-test-fixture.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/*
 * What the content compiler's tests share: a small valid lesson tree written to a temporary
 * folder, the built crabwise-content-compile (CRABWISE_CONTENT_COMPILE) run on it, and cases
 * that break a copy of the tree in one way each and expect exact `file:line: message` output.
 * The test programs mirror the compiler's files: test-cc-main (arguments, outputs),
 * test-cc-lesson (the reader), test-cc-checks (the checks) and test-cc-write (the tables).
 */

typedef struct
{
  char *root;
  char *content;
  char *output;
  char *depfile;
} Fixture;

typedef struct
{
  const char *name;
  const char *file;
  const char *old_text;   /* NULL: delete the file */
  const char *new_text;
  const char *expected;   /* $CONTENT stands for the content folder */
} BrokenCase;

extern const char cc_test_move_stderr[];

const char *get_compiler          (void);
gboolean    skip_without_compiler (void);
void        fixture_set_up        (Fixture       *fixture,
                                   gconstpointer  data);
void        fixture_tear_down     (Fixture       *fixture,
                                   gconstpointer  data);
void        write_file            (Fixture       *fixture,
                                   const char    *relative,
                                   const char    *contents);
char       *read_file             (const char    *path);
void        edit_file             (Fixture       *fixture,
                                   const char    *relative,
                                   const char    *old_text,
                                   const char    *new_text);
int         run_compiler          (Fixture       *fixture,
                                   const char    *output,
                                   char         **stderr_text);
void        assert_no_database    (Fixture       *fixture);
void        assert_fails_with     (Fixture       *fixture,
                                   const char    *expected_template);
sqlite3    *open_database         (const char    *path);
char       *query                 (sqlite3       *db,
                                   const char    *sql);
void        cc_test_add_broken    (const BrokenCase *cases,
                                   gsize             n_cases);

#define assert_query(db, sql, expected) \
  G_STMT_START { \
    g_autofree char *assert_query_result = query ((db), (sql)); \
    g_assert_cmpstr (assert_query_result, ==, (expected)); \
  } G_STMT_END

G_END_DECLS
