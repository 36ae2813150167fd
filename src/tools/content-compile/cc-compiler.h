/* cc-compiler.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * crabwise-content-compile: data/content/ (content format 2, see data/content/README.md)
 * -> content.sqlite3 (see src/core/cw-content-schema.h).
 *
 * The tool's own plain structs are named Cc… (not Cw…) so that they can never be mistaken
 * for, or clash with, the GObjects of src/core that read the same data back.
 *
 *   cc-main.c      arguments, the depfile, where the database goes
 *   cc-compiler.c  the compiler's state: inputs, problems, the structs' lifetimes
 *   cc-ini.c       key files (course.ini, lesson.ini, …) with the line of every group and key
 *   cc-markdown.c  Markdown (cmark) -> blocks of Pango markup and plain text
 *   cc-course.c    course.ini, the lesson folders, use-cases.ini, rustc-version
 *   cc-lesson.c    one lesson folder: lesson.ini, intro.md, the pairs and their files
 *   cc-quiz.c      questions.ini
 *   cc-exercise.c  exercises/<id>/
 *   cc-checks.c    small checks shared by the readers: ids, line marks, crates, diagnostics
 *   cc-write.c     the writer, one function per table
 *   cc-sql.c       the few SQLite helpers the writer needs
 *
 * Every problem in the sources is reported as `file:line: message` on stderr, all of them in
 * one run, so that an author fixes a whole lesson at once. Any problem means exit status 1 and
 * no database at all: a half-checked store must never reach the app.
 */

typedef enum
{
  CC_BLOCK_PARAGRAPH,
  CC_BLOCK_HEADING,
  CC_BLOCK_ITEM,
  CC_BLOCK_CODE,
} CcBlockKind;

typedef struct
{
  CcBlockKind  kind;
  guint        line;       /* in the source, for messages */
  guint        level;      /* heading level; list depth (1 = top) for an item */
  guint        number;     /* an ordered item's number, 0 for a bullet */
  char        *language;   /* a code block's language */
  char        *markup;     /* Pango markup; the code itself for a code block */
  char        *plain;      /* the same text without markup */
} CcBlock;

/* Converted Markdown: its blocks, and the whole as paragraphs of markup and as plain text. */
typedef struct
{
  GPtrArray *blocks;       /* CcBlock */
  char      *markup;       /* the blocks' markup separated by "\n\n" */
  char      *plain;
} CcProse;

typedef struct
{
  char       *path;
  GHashTable *lines;       /* "Group" and "Group\nKey" -> line number */
  GKeyFile   *key_file;    /* NULL when the file could not be read */
} CcIni;

typedef struct
{
  guint  line;
  char  *name;
} CcMark;

typedef struct
{
  guint       number;
  char       *stem;                 /* "3-serde" */
  char       *caption;
  CcProse    *text;

  char       *js_file;
  char       *js_code;
  char       *js_output;
  GPtrArray  *js_marks;             /* CcMark */
  char       *js_check;             /* "run" or "assert" */
  char       *js_not_run;           /* the reason, or NULL */

  char       *rust_file;
  char       *rust_code;
  GPtrArray  *rust_marks;           /* CcMark */
  char       *rust_mode;            /* "bin", "lib", "test" or "doctest" */
  char       *crate_name;           /* lib and doctest only, or NULL */
  char       *crates;               /* as declared, "serde+derive;serde_json", or NULL */
  char       *not_compiled;         /* the reason, or NULL */
  char       *rust_expect;          /* "output", "error" or "panic" */
  char       *rust_output;
  char       *rust_error_code;
  char       *rust_error_message;
  char       *rust_diagnostic;
  char       *rust_panic;
} CcPair;

typedef struct
{
  char *markup;
  char *plain;
  char *file;              /* compiles: the Rust file */
  char *code;
  char *diagnostic;        /* compiles: a wrong choice's .rs.stderr */
} CcChoice;

typedef struct
{
  guint      number;
  guint      line;
  char      *kind;
  char      *prompt;
  char      *prompt_plain;
  gint64     answer;       /* 0-based in the database; authors write it 1-based */
  char      *explanation;
  char      *explanation_plain;
  char      *code_file;    /* predict, bug */
  char      *code;
  char      *code_language;
  char      *code_output;
  char      *code_diagnostic;
  char      *code_panic;
  GPtrArray *choices;      /* CcChoice */
} CcQuestion;

typedef struct
{
  char      *id;
  char      *dir;
  guint      position;
  char      *title;
  char      *kind;
  CcProse   *statement;
  GPtrArray *hints;        /* CcChoice, markup and plain only */
  char      *starter;
  char      *solution;
  char      *tests;
  char      *example_js;
} CcExercise;

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
  char      *id;
  guint      position;
  char      *title;
  char      *summary;
  GPtrArray *lessons;      /* CcLesson, borrowed, in learning order */
} CcPart;

typedef struct
{
  char       *id;          /* the folder name */
  char       *dir;         /* CONTENT_DIR/id, as shown in messages */
  CcPart     *part;
  guint       position;    /* in the whole course, from 1 */
  guint       part_position;

  char       *title;
  char       *summary;        /* plain */
  char       *summary_markup;
  CcProse    *intro;

  gboolean    has_concept;
  char       *concept_name;
  char       *concept_js;
  char       *concept_rust;
  char       *concept_key_difference;
  char       *concept_plain;

  GPtrArray  *pairs;       /* CcPair */
  GPtrArray  *questions;   /* CcQuestion */
  GPtrArray  *exercises;   /* CcExercise */
  GPtrArray  *use_cases;   /* CcUseCase */
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
  char       *rustc_version;
  GHashTable *lessons_by_id;  /* id -> CcLesson, every folder listed in course.ini */
  GHashTable *exercise_ids;   /* id -> the exercise's folder, for duplicates */
  GPtrArray  *inputs;         /* every file and folder read, in order, for the depfile */
  GPtrArray  *parts;          /* CcPart */
  GPtrArray  *lessons;        /* CcLesson, in course order */
  GPtrArray  *problems;       /* CcProblem, printed sorted by file and line at the end */
} CcCompiler;

/* cc-compiler.c */
CcCompiler *cc_compiler_new             (const char  *content_dir);
void        cc_compiler_free            (CcCompiler  *self);
G_GNUC_PRINTF (4, 5)
void        cc_compiler_report          (CcCompiler  *self,
                                         const char  *path,
                                         guint        line,
                                         const char  *format,
                                         ...);
void        cc_compiler_print_problems  (CcCompiler  *self);
void        cc_compiler_add_input       (CcCompiler  *self,
                                         const char  *path);
char       *cc_compiler_read_file       (CcCompiler  *self,
                                         const char  *path,
                                         GError     **error);
char       *cc_compiler_read_optional   (CcCompiler  *self,
                                         const char  *path);
char       *cc_compiler_read_required   (CcCompiler  *self,
                                         const char  *path,
                                         const char  *report_path,
                                         guint        report_line,
                                         const char  *what);

CcLesson   *cc_lesson_new               (const char  *content_dir,
                                         const char  *id);
void        cc_lesson_free              (gpointer     data);
void        cc_part_free                (gpointer     data);
void        cc_pair_free                (gpointer     data);
void        cc_choice_free              (gpointer     data);
void        cc_question_free            (gpointer     data);
void        cc_exercise_free            (gpointer     data);
void        cc_use_case_free            (gpointer     data);
void        cc_prose_free               (CcProse     *prose);
void        cc_mark_free                (gpointer     data);

/* cc-ini.c */
CcIni      *cc_ini_load                 (CcCompiler         *compiler,
                                         const char         *path,
                                         gboolean            required);
void        cc_ini_free                 (CcIni              *ini);
guint       cc_ini_line                 (CcIni              *ini,
                                         const char         *group,
                                         const char         *key);
char      **cc_ini_groups               (CcIni              *ini);
gboolean    cc_ini_has_group            (CcIni              *ini,
                                         const char         *group);
gboolean    cc_ini_has_key              (CcIni              *ini,
                                         const char         *group,
                                         const char         *key);
void        cc_ini_check_keys           (CcCompiler         *compiler,
                                         CcIni              *ini,
                                         const char         *group,
                                         const char * const *allowed);
char       *cc_ini_get                  (CcCompiler         *compiler,
                                         CcIni              *ini,
                                         const char         *group,
                                         const char         *key,
                                         gboolean            required);
gboolean    cc_ini_get_inline           (CcCompiler         *compiler,
                                         CcIni              *ini,
                                         const char         *group,
                                         const char         *key,
                                         gboolean            required,
                                         char              **markup,
                                         char              **plain);
gboolean    cc_parse_numbered_group     (const char         *group,
                                         const char         *prefix,
                                         guint              *number);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CcIni, cc_ini_free)

/* cc-markdown.c */
CcProse    *cc_compiler_convert_markdown (CcCompiler  *self,
                                          const char  *path,
                                          const char  *text,
                                          gboolean     caption,
                                          char       **caption_out);
gboolean    cc_compiler_convert_inline   (CcCompiler  *self,
                                          const char  *path,
                                          guint        line,
                                          const char  *key,
                                          const char  *text,
                                          char       **markup,
                                          char       **plain);

/* cc-course.c */
void        cc_compiler_read_all        (CcCompiler  *self);

/* cc-lesson.c */
void        cc_compiler_read_lesson     (CcCompiler  *self,
                                         CcLesson    *lesson);

/* cc-quiz.c */
void        cc_compiler_read_questions  (CcCompiler  *self,
                                         CcLesson    *lesson);

/* cc-exercise.c */
void        cc_compiler_read_exercises  (CcCompiler  *self,
                                         CcLesson    *lesson);

/* cc-checks.c */
gboolean    cc_is_valid_id              (const char  *id);
char       *cc_check_link_target        (CcCompiler  *self,
                                         const char  *href);
char       *cc_strip_marks              (CcCompiler  *self,
                                         const char  *path,
                                         const char  *code,
                                         GPtrArray   *marks);
void        cc_check_marks_match        (CcCompiler  *self,
                                         const char  *js_path,
                                         GPtrArray   *js_marks,
                                         const char  *rust_path,
                                         GPtrArray   *rust_marks);
char       *cc_check_crates             (CcCompiler  *self,
                                         const char  *path,
                                         guint        line,
                                         const char  *crates);
gboolean    cc_compiler_read_rust_result (CcCompiler *self,
                                          const char *rust_path,
                                          char      **output,
                                          char      **diagnostic,
                                          char      **error_code,
                                          char      **error_message,
                                          char      **panic);

/* cc-write.c */
gboolean    cc_compiler_write_database  (CcCompiler  *self,
                                         const char  *path,
                                         GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CcCompiler, cc_compiler_free)

G_END_DECLS
