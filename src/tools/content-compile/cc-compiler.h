/* cc-compiler.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * crabwise-content-compile: data/content/ (authored files) -> content.sqlite3.
 *
 * The tool's own plain structs are named Cc… (not Cw…) so that they can never be mistaken
 * for, or clash with, the GObjects of src/core that read the same data back.
 *
 *   cc-main.c      arguments, the depfile, where the database goes
 *   cc-compiler.c  the compiler's state: inputs, problems, the structs' lifetimes
 *   cc-lesson.c    the lesson-source reader (lesson.ini, intro, snippet files)
 *   cc-checks.c    checks shared by the reader: ids, links, markup, rustc diagnostics
 *   cc-write.c     the writer, one function per table
 *   cc-sql.c       the few SQLite helpers the writer needs
 *
 * Every problem in the sources is reported as `file:line: message` on stderr, all of them in
 * one run, so that an author fixes a whole lesson at once. Any problem means exit status 1 and
 * no database at all: a half-checked store must never reach the app.
 */

typedef struct
{
  char *text;
  char *file;
  char *code;
} CcChoice;

typedef struct
{
  guint      number;
  char      *kind;
  char      *prompt;
  gint64     answer;
  char      *explanation;
  GPtrArray *choices;
} CcQuestion;

typedef struct
{
  guint  number;
  char  *caption;
  char  *text;
  char  *text_plain;
  char  *js_file;
  char  *js_code;
  char  *js_output;
  char  *rust_file;
  char  *rust_code;
  char  *rust_output;
  char  *rust_crate_type;
  char  *rust_edition;
  char  *rust_error_code;
  char  *rust_error_message;
  char  *rust_diagnostic;
} CcPair;

typedef struct
{
  guint  number;
  char  *area;
  char  *examples;
  char  *why;
  char  *why_plain;
} CcUseCase;

typedef struct
{
  char       *folder;       /* the folder name, which is the lesson id */
  char       *dir;          /* CONTENT_DIR/folder, as shown in messages */
  char       *ini_path;
  GHashTable *lines;        /* "Group" and "Group\nKey" -> line number */
  GKeyFile   *key_file;

  char       *id;
  gint64      order;
  gboolean    has_order;
  char       *title;
  char       *summary;
  char       *intro;
  char       *intro_plain;

  gboolean    has_concept;
  char       *concept_name;
  char       *concept_js;
  char       *concept_rust;
  char       *concept_key_difference;
  char       *concept_plain;

  GPtrArray  *pairs;
  GPtrArray  *questions;
  GPtrArray  *use_cases;
} CcLesson;

typedef struct
{
  char  *path;
  guint  line;
  char  *message;
} CcProblem;

typedef struct
{
  char       *content_dir;
  GHashTable *lesson_ids;   /* folder names that hold a lesson.ini */
  GPtrArray  *inputs;       /* every file and folder read, in order, for the depfile */
  GPtrArray  *lessons;      /* CcLesson, sorted by folder name */
  GRegex     *pango_position;
  GPtrArray  *problems;     /* CcProblem, printed sorted by file and line at the end */
} CcCompiler;

CcCompiler *cc_compiler_new              (const char  *content_dir);
void        cc_compiler_free             (CcCompiler  *self);
G_GNUC_PRINTF (4, 5)
void        cc_compiler_report           (CcCompiler  *self,
                                          const char  *path,
                                          guint        line,
                                          const char  *format,
                                          ...);
void        cc_compiler_print_problems   (CcCompiler  *self);
void        cc_compiler_add_input        (CcCompiler  *self,
                                          const char  *path);
char       *cc_compiler_read_file        (CcCompiler  *self,
                                          const char  *path,
                                          GError     **error);

CcLesson   *cc_lesson_new                (const char  *content_dir,
                                          const char  *folder);
void        cc_lesson_free               (gpointer     data);
guint       cc_lesson_line               (CcLesson    *lesson,
                                          const char  *group,
                                          const char  *key);
void        cc_choice_free               (gpointer     data);
void        cc_question_free             (gpointer     data);
void        cc_pair_free                 (gpointer     data);
void        cc_use_case_free             (gpointer     data);

/* cc-lesson.c */
void        cc_compiler_read_all         (CcCompiler  *self);

/* cc-checks.c */
const char *cc_skip_spaces               (const char  *p);
gboolean    cc_str_has_suffix_in_list    (const char         *str,
                                          const char * const *suffixes);
gboolean    cc_is_valid_lesson_id        (const char  *id);
gboolean    cc_is_rustc_error_code       (const char  *code);
char       *cc_compiler_check_markup     (CcCompiler  *self,
                                          const char  *path,
                                          guint        line,
                                          const char  *key,
                                          const char  *markup);
char       *cc_compiler_read_diagnostic  (CcCompiler  *self,
                                          CcLesson    *lesson,
                                          const char  *rust_file,
                                          const char  *expected,
                                          guint        missing_line);
void        cc_compiler_check_no_diagnostic (CcCompiler *self,
                                             CcLesson   *lesson,
                                             const char *rust_file);

/* cc-write.c */
gboolean    cc_compiler_write_database   (CcCompiler  *self,
                                          const char  *path,
                                          GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CcCompiler, cc_compiler_free)

G_END_DECLS
