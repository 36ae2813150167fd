/* cw-window-private.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-window.h"

G_BEGIN_DECLS

/*
 * CwWindow is one class in two files, as GNOME Text Editor splits its window:
 * cw-window.c (sections, pages, state) and cw-window-actions.c (the win.* actions and
 * their keys). They share the struct and the table of sections below.
 */

typedef enum
{
  CW_SECTION_CONCEPTS,
  CW_SECTION_LESSONS,
  CW_SECTION_LAB,
  CW_SECTION_PROGRESS,
  /* Not in the sidebar: reached by Ctrl+F or the search button. */
  CW_SECTION_SEARCH,
  CW_N_SECTIONS
} CwSectionId;

/* The sections in the sidebar come first, in sidebar order: a row's index is its id. */
#define CW_N_SIDEBAR_SECTIONS CW_SECTION_SEARCH

typedef struct
{
  const char  *name;        /* the stack page's name, the win.show-section parameter */
  const char  *title;       /* marked for translation; translated when shown */
  const char  *icon_name;
  /* The page, built when the section is first shown; NULL when it cannot be. */
  GtkWidget *(*create)      (CwWindow *self);
} CwSection;

extern const CwSection cw_sections[CW_N_SECTIONS];

/* A place in the window's history (cw-window-history.c). */
typedef struct
{
  CwSectionId  section;
  char        *lesson_id;   /* the lesson read there, or NULL */
  double       scroll;      /* how far that lesson was scrolled */
} CwPlace;

struct _CwWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  CwContentStore       *store;
  GError               *content_error;
  CwProgressStore      *progress;
  GError               *progress_error;
  GtkWidget            *pages[CW_N_SECTIONS];   /* owned by the stack, NULL until built */
  char                 *section_before_search;
  AdwToast             *cannot_save_toast;      /* weak */
  GArray               *history;                /* of CwPlace, oldest first */
  guint                 history_pos;            /* the place shown */
  gboolean              navigating;             /* going back or forward: not a new place */

  /* Template widgets */
  AdwLeaflet           *leaflet;
  GtkWidget            *content;
  GtkListBox           *sidebar_list;
  AdwWindowTitle       *content_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkWidget            *progress_box;
  GtkLabel             *progress_label;
  GtkProgressBar       *progress_bar;
};

void       cw_window_class_actions_init (CwWindowClass *klass);
GtkWidget *cw_window_ensure_section     (CwWindow      *self,
                                         CwSectionId    id);
void       cw_window_add_toast          (CwWindow      *self,
                                         AdwToast      *toast);
void       cw_window_show_save_problem  (CwWindow      *self);
void       cw_window_update_title       (CwWindow      *self);

void       cw_window_history_init       (CwWindow      *self);
void       cw_window_history_note_place (CwWindow      *self);
void       cw_window_history_watch_lessons (CwWindow   *self,
                                            GtkWidget  *lessons);
gboolean   cw_window_history_go         (CwWindow      *self,
                                         int            delta);

/* For tests: the page of a section by name, built if need be. */
GtkWidget *cw_window_get_page           (CwWindow      *self,
                                         const char    *name);

G_END_DECLS
