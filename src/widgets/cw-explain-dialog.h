/* cw-explain-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cw-rust-toolchain.h"

G_BEGIN_DECLS

/* Shows `rustc --explain CODE` in a dialog over @parent's window; rustc runs on a worker and
 * is cancelled when the dialog closes first. Returns the dialog (transfer none). */
GtkWidget *cw_explain_dialog_present (GtkWidget       *parent,
                                      CwRustToolchain *toolchain,
                                      const char      *code);

G_END_DECLS
