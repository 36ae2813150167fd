/* cw-test-utils.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cw-application.h"
#include "cw-test-limits.h"

G_BEGIN_DECLS

typedef gboolean (*CwTestCondition) (gpointer data);


void           cw_test_init                     (int            *argc,
                                                 char         ***argv);
CwApplication *cw_test_application_new          (void);
void           cw_test_application_free         (CwApplication  *app);
gboolean       cw_test_wait_until               (CwTestCondition condition,
                                                 gpointer        data,
                                                 guint           timeout_ms);
void           cw_test_iterate                  (guint           ms);
gboolean       cw_test_wait_mapped              (GtkWidget      *widget);
GtkWidget     *cw_test_find_by_type             (GtkWidget      *root,
                                                 GType           type);
GtkWidget     *cw_test_find_by_label            (GtkWidget      *root,
                                                 const char     *accessible_label);
GtkWidget     *cw_test_find_control            (GtkWidget      *root,
                                                 GType           type,
                                                 const char     *accessible_label);
GtkWidget     *cw_test_find_label_with_text     (GtkWidget      *root,
                                                 const char     *text);

GtkWidget     *cw_test_find_label_with_prefix  (GtkWidget      *root,
                                                 const char     *prefix);
GtkWindow     *cw_test_find_toplevel            (GType           type);
GtkWindow     *cw_test_find_window              (CwApplication  *app,
                                                 GType           type);

G_END_DECLS
