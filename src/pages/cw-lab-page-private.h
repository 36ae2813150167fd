/* cw-lab-page-private.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-lab-page.h"

G_BEGIN_DECLS

/* For the tests, not for other parts of the application. */
void        cw_lab_page_set_n         (CwLabPage      *self,
                                       guint           n);
void        cw_lab_page_set_algorithm (CwLabPage      *self,
                                       CwFibAlgorithm  algorithm);
gboolean    cw_lab_page_get_running   (CwLabPage      *self);
const char *cw_lab_page_get_text      (CwLabPage      *self,
                                       const char     *what);

G_END_DECLS
