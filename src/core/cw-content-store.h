/* cw-content-store.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cw-content-block.h"
#include "cw-content-types.h"
#include "cw-exercise.h"
#include "cw-part.h"

G_BEGIN_DECLS

/*
 * What can go wrong when opening the compiled lesson database. Messages say what happened
 * and what to do, then the detail (SQLite's own words where there are some).
 *
 * A zero-length file is reported as CORRUPT, not MISSING: the file is there but holds no
 * lessons (typically an interrupted copy or build), and SQLite itself would happily treat
 * it as an empty database. Likewise a valid SQLite file with no schema version at all
 * (user_version 0) is not a lesson database, so CORRUPT; any other version than
 * CW_CONTENT_SCHEMA_VERSION is VERSION.
 */
typedef enum
{
  CW_CONTENT_ERROR_MISSING,  /* no file at the path */
  CW_CONTENT_ERROR_CORRUPT,  /* empty, not a database, damaged, or a table is missing */
  CW_CONTENT_ERROR_VERSION,  /* built for another schema version */
  CW_CONTENT_ERROR_FAILED,   /* anything else: unreadable file, I/O error, out of memory */
} CwContentError;

#define CW_CONTENT_ERROR (cw_content_error_quark ())

#define CW_TYPE_CONTENT_STORE (cw_content_store_get_type ())
G_DECLARE_FINAL_TYPE (CwContentStore, cw_content_store, CW, CONTENT_STORE, GObject)

GQuark          cw_content_error_quark          (void);

CwContentStore *cw_content_store_new_for_path   (const char      *path,
                                                 GError         **error);

const char     *cw_content_store_get_path       (CwContentStore  *self);

/* The rustc version that wrote the stored diagnostics and panic messages ("1.95.0"). */
const char     *cw_content_store_get_rustc_version (CwContentStore *self);

/* Loaded at open; transfer none. Parts, lessons (in course order: the first part's lessons
 * first), concepts and exercises (in their lessons' order), each ordered by position. */
GListModel     *cw_content_store_get_parts      (CwContentStore  *self);
CwPart         *cw_content_store_get_part       (CwContentStore  *self,
                                                 const char      *id);
GListModel     *cw_content_store_get_lessons    (CwContentStore  *self);
GListModel     *cw_content_store_get_lessons_in_part (CwContentStore *self,
                                                      const char     *part_id);
GListModel     *cw_content_store_get_concepts   (CwContentStore  *self);
CwLesson       *cw_content_store_get_lesson     (CwContentStore  *self,
                                                 const char      *id);
CwConcept      *cw_content_store_get_concept    (CwContentStore  *self,
                                                 const char      *lesson_id);
GListModel     *cw_content_store_get_exercises  (CwContentStore  *self);
CwExercise     *cw_content_store_get_exercise   (CwContentStore  *self,
                                                 const char      *id);

/* Read on demand; transfer full, ordered by position, empty for an unknown lesson. */
GListModel     *cw_content_store_list_pairs     (CwContentStore  *self,
                                                 const char      *lesson_id);
GListModel     *cw_content_store_list_use_cases (CwContentStore  *self,
                                                 const char      *lesson_id);
GListModel     *cw_content_store_list_quiz      (CwContentStore  *self,
                                                 const char      *lesson_id);
GListModel     *cw_content_store_list_exercises (CwContentStore  *self,
                                                 const char      *lesson_id);

/* Prose as CwContentBlock items (paragraphs, headings, list items, code blocks); transfer
 * full, empty for an unknown lesson, pair or exercise. */
GListModel     *cw_content_store_list_intro_blocks     (CwContentStore *self,
                                                        const char     *lesson_id);
GListModel     *cw_content_store_list_pair_blocks      (CwContentStore *self,
                                                        const char     *lesson_id,
                                                        guint           position);
GListModel     *cw_content_store_list_statement_blocks (CwContentStore *self,
                                                        const char     *exercise_id);

/* Free text as typed by the learner (never FTS syntax). Word matches come first (every
 * word must match, the last one as a prefix), then matches of the text as typed,
 * punctuation included (`?.`, `&mut`, `::`, `'a`). A blank query gives an empty model.
 * limit 0 means no limit. Transfer full, CwSearchHit items, best first. */
GListModel     *cw_content_store_search         (CwContentStore  *self,
                                                 const char      *query,
                                                 guint            limit,
                                                 GError         **error);

G_END_DECLS
