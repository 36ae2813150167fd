/* cw-search-page-private.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-search-page.h"

G_BEGIN_DECLS

/* For the tests, not for other parts of the application. */
GListModel *cw_search_page_get_results (CwSearchPage   *self);
void        cw_search_page_set_text    (CwSearchPage   *self,
                                        const char     *text);

G_END_DECLS
