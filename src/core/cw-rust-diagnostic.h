/* cw-rust-diagnostic.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "cw-exercise-source.h"

G_BEGIN_DECLS

/*
 * One rustc diagnostic, from `--error-format=json` (one JSON object per line of stderr):
 * its level, code, message, the text rustc would have printed ("rendered"), its spans with
 * where they lie (the learner's code, the hidden tests, …) and the notes and help of its
 * children.
 */

typedef enum
{
  CW_RUST_DIAGNOSTIC_LEVEL_ERROR,
  CW_RUST_DIAGNOSTIC_LEVEL_WARNING,
  CW_RUST_DIAGNOSTIC_LEVEL_NOTE,
  CW_RUST_DIAGNOSTIC_LEVEL_HELP,
  CW_RUST_DIAGNOSTIC_LEVEL_FAILURE_NOTE,    /* "For more information about this error, …" */
  CW_RUST_DIAGNOSTIC_LEVEL_INTERNAL_ERROR,  /* rustc itself crashed (an ICE) */
} CwRustDiagnosticLevel;

#define CW_TYPE_RUST_DIAGNOSTIC_LEVEL (cw_rust_diagnostic_level_get_type ())
GType cw_rust_diagnostic_level_get_type (void);

/* A span as rustc gives it, placed: lines and columns are 1-based, columns count characters
 * (as GtkTextIter line offsets do), and the end column is one past the last character. */
typedef struct
{
  CwCodeOrigin  origin;
  guint         line;         /* within the origin: the learner's line, a line of tests.rs */
  guint         column;
  guint         end_line;
  guint         end_column;
  gboolean      is_primary;
  char         *label;        /* "mutable borrow occurs here", or NULL */
  char         *file_name;    /* as rustc names it: "main.rs", or a library path */
} CwRustSpan;

#define CW_TYPE_RUST_DIAGNOSTIC (cw_rust_diagnostic_get_type ())
G_DECLARE_FINAL_TYPE (CwRustDiagnostic, cw_rust_diagnostic, CW, RUST_DIAGNOSTIC, GObject)

/* One made here, for what rustc did not say as JSON (it crashed, say). */
CwRustDiagnostic      *cw_rust_diagnostic_new             (CwRustDiagnosticLevel   level,
                                                           const char             *message);
CwRustDiagnostic      *cw_rust_diagnostic_new_from_json   (const char             *line,
                                                           const CwExerciseSource *source);
GPtrArray             *cw_rust_diagnostics_parse          (const char             *text,
                                                           const CwExerciseSource *source,
                                                           GString                *other);

CwRustDiagnosticLevel  cw_rust_diagnostic_get_level       (CwRustDiagnostic *self);
const char            *cw_rust_diagnostic_get_code        (CwRustDiagnostic *self);
const char            *cw_rust_diagnostic_get_message     (CwRustDiagnostic *self);
const char            *cw_rust_diagnostic_get_rendered    (CwRustDiagnostic *self);
CwCodeOrigin           cw_rust_diagnostic_get_origin      (CwRustDiagnostic *self);
guint                  cw_rust_diagnostic_get_line        (CwRustDiagnostic *self);
guint                  cw_rust_diagnostic_get_column      (CwRustDiagnostic *self);
guint                  cw_rust_diagnostic_get_end_line    (CwRustDiagnostic *self);
guint                  cw_rust_diagnostic_get_end_column  (CwRustDiagnostic *self);
const char            *cw_rust_diagnostic_get_label       (CwRustDiagnostic *self);
const CwRustSpan      *cw_rust_diagnostic_get_spans       (CwRustDiagnostic *self,
                                                           guint            *n_spans);
const char * const    *cw_rust_diagnostic_get_notes       (CwRustDiagnostic *self);
gboolean               cw_rust_diagnostic_is_summary      (CwRustDiagnostic *self);

const char            *cw_rust_diagnostic_level_to_string (CwRustDiagnosticLevel level);

G_END_DECLS
