/* cw-concept-row-private.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-concept-row.h"

G_BEGIN_DECLS

/* For the tests, not for other parts of the application. */
gboolean       cw_concept_row_is_card     (CwConceptRow  *self);

G_END_DECLS
