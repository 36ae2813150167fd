/* cw-content-types.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * The read-only items a CwContentStore hands out. Every field is a construct-only
 * property, so list widgets can bind them with <lookup> expressions; strings marked
 * "markup" hold Pango markup exactly as authored (validated at build time).
 */

#define CW_TYPE_LESSON (cw_lesson_get_type ())
G_DECLARE_FINAL_TYPE (CwLesson, cw_lesson, CW, LESSON, GObject)

const char *cw_lesson_get_id             (CwLesson *self);
guint       cw_lesson_get_position       (CwLesson *self);
const char *cw_lesson_get_title          (CwLesson *self);
const char *cw_lesson_get_summary        (CwLesson *self);
const char *cw_lesson_get_intro          (CwLesson *self);   /* markup */
const char *cw_lesson_get_concept_name   (CwLesson *self);   /* NULL without a concept */

#define CW_TYPE_CONCEPT (cw_concept_get_type ())
G_DECLARE_FINAL_TYPE (CwConcept, cw_concept, CW, CONCEPT, GObject)

const char *cw_concept_get_lesson_id      (CwConcept *self);
guint       cw_concept_get_position       (CwConcept *self);
const char *cw_concept_get_name           (CwConcept *self);
const char *cw_concept_get_javascript     (CwConcept *self);   /* markup */
const char *cw_concept_get_rust           (CwConcept *self);   /* markup */
const char *cw_concept_get_key_difference (CwConcept *self);   /* markup */

#define CW_TYPE_SNIPPET_PAIR (cw_snippet_pair_get_type ())
G_DECLARE_FINAL_TYPE (CwSnippetPair, cw_snippet_pair, CW, SNIPPET_PAIR, GObject)

const char *cw_snippet_pair_get_lesson_id          (CwSnippetPair *self);
guint       cw_snippet_pair_get_position           (CwSnippetPair *self);
const char *cw_snippet_pair_get_caption            (CwSnippetPair *self);
const char *cw_snippet_pair_get_text               (CwSnippetPair *self);   /* markup */
const char *cw_snippet_pair_get_js_file            (CwSnippetPair *self);
const char *cw_snippet_pair_get_js_code            (CwSnippetPair *self);
const char *cw_snippet_pair_get_js_output          (CwSnippetPair *self);   /* nullable */
const char *cw_snippet_pair_get_rust_file          (CwSnippetPair *self);
const char *cw_snippet_pair_get_rust_code          (CwSnippetPair *self);
const char *cw_snippet_pair_get_rust_output        (CwSnippetPair *self);   /* nullable */
const char *cw_snippet_pair_get_rust_crate_type    (CwSnippetPair *self);   /* "bin" or "lib" */
const char *cw_snippet_pair_get_rust_edition       (CwSnippetPair *self);
const char *cw_snippet_pair_get_rust_error_code    (CwSnippetPair *self);   /* nullable */
const char *cw_snippet_pair_get_rust_error_message (CwSnippetPair *self);   /* nullable */
const char *cw_snippet_pair_get_rust_diagnostic    (CwSnippetPair *self);   /* nullable */
gboolean    cw_snippet_pair_get_must_fail          (CwSnippetPair *self);

#define CW_TYPE_USE_CASE (cw_use_case_get_type ())
G_DECLARE_FINAL_TYPE (CwUseCase, cw_use_case, CW, USE_CASE, GObject)

const char *cw_use_case_get_lesson_id (CwUseCase *self);
guint       cw_use_case_get_position  (CwUseCase *self);
const char *cw_use_case_get_area      (CwUseCase *self);
const char *cw_use_case_get_examples  (CwUseCase *self);
const char *cw_use_case_get_why       (CwUseCase *self);

#define CW_TYPE_QUIZ_ITEM (cw_quiz_item_get_type ())
G_DECLARE_FINAL_TYPE (CwQuizItem, cw_quiz_item, CW, QUIZ_ITEM, GObject)

const char         *cw_quiz_item_get_lesson_id    (CwQuizItem *self);
guint               cw_quiz_item_get_position     (CwQuizItem *self);
const char         *cw_quiz_item_get_kind         (CwQuizItem *self);   /* "choice", "compiles" */
const char         *cw_quiz_item_get_prompt       (CwQuizItem *self);   /* markup */
guint               cw_quiz_item_get_answer       (CwQuizItem *self);   /* index into choices */
const char         *cw_quiz_item_get_explanation  (CwQuizItem *self);   /* markup */
const char * const *cw_quiz_item_get_choices      (CwQuizItem *self);   /* markup each */
const char * const *cw_quiz_item_get_choice_codes (CwQuizItem *self);   /* NULL unless "compiles" */

#define CW_TYPE_SEARCH_HIT (cw_search_hit_get_type ())
G_DECLARE_FINAL_TYPE (CwSearchHit, cw_search_hit, CW, SEARCH_HIT, GObject)

const char *cw_search_hit_get_lesson_id    (CwSearchHit *self);
const char *cw_search_hit_get_kind         (CwSearchHit *self);   /* "lesson", "concept", "code",
                                                                   * "use-case" */
guint       cw_search_hit_get_position     (CwSearchHit *self);   /* pair number for "code" */
const char *cw_search_hit_get_title        (CwSearchHit *self);
const char *cw_search_hit_get_lesson_title (CwSearchHit *self);
const char *cw_search_hit_get_snippet      (CwSearchHit *self);   /* markup, terms in <b> */
double      cw_search_hit_get_rank         (CwSearchHit *self);   /* bm25: lower is better */

G_END_DECLS
