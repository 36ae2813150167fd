/* cw-content-search.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "cw-content-types.h"

G_BEGIN_DECLS

/* Private to CwContentStore: searching the content database (see cw-content-search.c). */

typedef struct _CwContentSearch CwContentSearch;

int        cw_content_search_new  (sqlite3          *db,
                                   CwContentSearch **out);
void       cw_content_search_free (CwContentSearch  *self);
GPtrArray *cw_content_search_run  (CwContentSearch  *self,
                                   const char       *query,
                                   guint             limit,
                                   GHashTable       *lessons_by_id);

G_END_DECLS
