/* cw-content-types.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * The read-only items a CwContentStore hands out. Every field is a construct-only
 * property, so list widgets can bind them with <lookup> expressions; strings marked
 * "markup" hold Pango markup exactly as authored (validated at build time).
 */

/* The two programs of a snippet pair. */
typedef enum
{
  CW_SIDE_JAVASCRIPT,
  CW_SIDE_RUST,
} CwSide;

#define CW_TYPE_LESSON (cw_lesson_get_type ())
G_DECLARE_FINAL_TYPE (CwLesson, cw_lesson, CW, LESSON, GObject)

const char *cw_lesson_get_id             (CwLesson *self);
guint       cw_lesson_get_position       (CwLesson *self);   /* in the course, from 1 */
const char *cw_lesson_get_part_id        (CwLesson *self);
const char *cw_lesson_get_title          (CwLesson *self);
const char *cw_lesson_get_summary        (CwLesson *self);   /* plain */
const char *cw_lesson_get_summary_markup (CwLesson *self);
const char *cw_lesson_get_intro          (CwLesson *self);   /* markup, blocks split by "\n\n" */
const char *cw_lesson_get_intro_plain    (CwLesson *self);
const char *cw_lesson_get_concept_name   (CwLesson *self);   /* NULL without a concept */

#define CW_TYPE_CONCEPT (cw_concept_get_type ())
G_DECLARE_FINAL_TYPE (CwConcept, cw_concept, CW, CONCEPT, GObject)

const char *cw_concept_get_lesson_id      (CwConcept *self);
const char *cw_concept_get_part_id        (CwConcept *self);
guint       cw_concept_get_position       (CwConcept *self);
const char *cw_concept_get_name           (CwConcept *self);
const char *cw_concept_get_javascript     (CwConcept *self);   /* markup */
const char *cw_concept_get_rust           (CwConcept *self);   /* markup */
const char *cw_concept_get_key_difference (CwConcept *self);   /* markup */
const char *cw_concept_get_plain          (CwConcept *self);   /* the three, one per line */

/*
 * A snippet pair: the same program in JavaScript and Rust. rust-expect says what the Rust
 * does: "output" (prints rust-output), "error" (does not compile: rust-diagnostic, whose
 * first line gives rust-error-code, NULL for a plain `error:`, and rust-error-message) or
 * "panic" (rust-panic). not-compiled and js-not-run, when set, say why the content suite
 * does not build or run that side here.
 */
#define CW_TYPE_SNIPPET_PAIR (cw_snippet_pair_get_type ())
G_DECLARE_FINAL_TYPE (CwSnippetPair, cw_snippet_pair, CW, SNIPPET_PAIR, GObject)

const char *cw_snippet_pair_get_lesson_id          (CwSnippetPair *self);
guint       cw_snippet_pair_get_position           (CwSnippetPair *self);
const char *cw_snippet_pair_get_stem               (CwSnippetPair *self);   /* "3-serde" */
const char *cw_snippet_pair_get_caption            (CwSnippetPair *self);
const char *cw_snippet_pair_get_text               (CwSnippetPair *self);   /* markup */
const char *cw_snippet_pair_get_text_plain         (CwSnippetPair *self);
const char *cw_snippet_pair_get_js_file            (CwSnippetPair *self);
const char *cw_snippet_pair_get_js_code            (CwSnippetPair *self);
const char *cw_snippet_pair_get_js_output          (CwSnippetPair *self);   /* nullable */
const char *cw_snippet_pair_get_js_check           (CwSnippetPair *self);   /* "run", "assert" */
const char *cw_snippet_pair_get_js_not_run         (CwSnippetPair *self);   /* nullable */
const char *cw_snippet_pair_get_rust_file          (CwSnippetPair *self);
const char *cw_snippet_pair_get_rust_code          (CwSnippetPair *self);
const char *cw_snippet_pair_get_rust_mode          (CwSnippetPair *self);   /* "bin", "lib",
                                                                             * "test", "doctest" */
const char *cw_snippet_pair_get_rust_crate_type    (CwSnippetPair *self);   /* "bin" or "lib" */
const char *cw_snippet_pair_get_rust_crate_name    (CwSnippetPair *self);   /* nullable */
const char *cw_snippet_pair_get_rust_edition       (CwSnippetPair *self);
const char *cw_snippet_pair_get_crates             (CwSnippetPair *self);   /* nullable */
const char *cw_snippet_pair_get_not_compiled       (CwSnippetPair *self);   /* nullable */
const char *cw_snippet_pair_get_rust_expect        (CwSnippetPair *self);
const char *cw_snippet_pair_get_rust_output        (CwSnippetPair *self);   /* nullable */
const char *cw_snippet_pair_get_rust_error_code    (CwSnippetPair *self);   /* nullable */
const char *cw_snippet_pair_get_rust_error_message (CwSnippetPair *self);   /* nullable */
const char *cw_snippet_pair_get_rust_diagnostic    (CwSnippetPair *self);   /* nullable */
const char *cw_snippet_pair_get_rust_panic         (CwSnippetPair *self);   /* nullable */
gboolean    cw_snippet_pair_get_must_fail          (CwSnippetPair *self);

/* Line marks: "LINE:NAME" strings sorted by line, NULL when there are none. */
const char * const *cw_snippet_pair_get_marks      (CwSnippetPair *self,
                                                    CwSide         side);
GArray     *cw_snippet_pair_get_corresponding_lines (CwSnippetPair *self,
                                                     CwSide         side,
                                                     guint          line);

#define CW_TYPE_USE_CASE (cw_use_case_get_type ())
G_DECLARE_FINAL_TYPE (CwUseCase, cw_use_case, CW, USE_CASE, GObject)

const char *cw_use_case_get_lesson_id (CwUseCase *self);
guint       cw_use_case_get_position  (CwUseCase *self);
const char *cw_use_case_get_area      (CwUseCase *self);
const char *cw_use_case_get_examples  (CwUseCase *self);
const char *cw_use_case_get_why       (CwUseCase *self);   /* markup */
const char *cw_use_case_get_why_plain (CwUseCase *self);

/*
 * A self-check question. kind "choice": choices are inline markup. "compiles": each choice
 * is a Rust file (choice-codes), and choice-diagnostics holds rustc's message for each
 * wrong one ("" for the answer). "predict": code (code-language) is shown, the choices are
 * outputs and code-output is what it really prints. "bug": code is shown and the choices
 * say what is wrong; code-diagnostic, code-panic or code-output shows what happens.
 */
#define CW_TYPE_QUIZ_ITEM (cw_quiz_item_get_type ())
G_DECLARE_FINAL_TYPE (CwQuizItem, cw_quiz_item, CW, QUIZ_ITEM, GObject)

const char         *cw_quiz_item_get_lesson_id          (CwQuizItem *self);
guint               cw_quiz_item_get_position           (CwQuizItem *self);
const char         *cw_quiz_item_get_kind               (CwQuizItem *self);
const char         *cw_quiz_item_get_prompt             (CwQuizItem *self);   /* markup */
const char         *cw_quiz_item_get_prompt_plain       (CwQuizItem *self);
guint               cw_quiz_item_get_answer             (CwQuizItem *self);   /* from 0 */
const char         *cw_quiz_item_get_explanation        (CwQuizItem *self);   /* markup */
const char         *cw_quiz_item_get_explanation_plain  (CwQuizItem *self);
const char * const *cw_quiz_item_get_choices            (CwQuizItem *self);   /* markup */
const char * const *cw_quiz_item_get_choices_plain      (CwQuizItem *self);
const char * const *cw_quiz_item_get_choice_codes       (CwQuizItem *self);   /* "compiles" */
const char * const *cw_quiz_item_get_choice_diagnostics (CwQuizItem *self);   /* "compiles" */
const char         *cw_quiz_item_get_code_file          (CwQuizItem *self);   /* nullable */
const char         *cw_quiz_item_get_code               (CwQuizItem *self);   /* nullable */
const char         *cw_quiz_item_get_code_language      (CwQuizItem *self);   /* nullable */
const char         *cw_quiz_item_get_code_output        (CwQuizItem *self);   /* nullable */
const char         *cw_quiz_item_get_code_diagnostic    (CwQuizItem *self);   /* nullable */
const char         *cw_quiz_item_get_code_panic         (CwQuizItem *self);   /* nullable */

#define CW_TYPE_SEARCH_HIT (cw_search_hit_get_type ())
G_DECLARE_FINAL_TYPE (CwSearchHit, cw_search_hit, CW, SEARCH_HIT, GObject)

const char *cw_search_hit_get_lesson_id     (CwSearchHit *self);
const char *cw_search_hit_get_kind          (CwSearchHit *self);   /* "lesson", "concept",
                                                                    * "code", "use-case",
                                                                    * "exercise" */
guint       cw_search_hit_get_position      (CwSearchHit *self);   /* pair number for "code" */
const char *cw_search_hit_get_target        (CwSearchHit *self);   /* exercise id, or "" */
const char *cw_search_hit_get_title         (CwSearchHit *self);
const char *cw_search_hit_get_lesson_title  (CwSearchHit *self);
const char *cw_search_hit_get_snippet       (CwSearchHit *self);   /* markup, match in <b> */
const char *cw_search_hit_get_snippet_plain (CwSearchHit *self);
double      cw_search_hit_get_rank          (CwSearchHit *self);   /* lower is better: word
                                                                    * matches (bm25) first,
                                                                    * then the others */

G_END_DECLS
