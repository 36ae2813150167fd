/* cw-rust-toolchain.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-rust-toolchain"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "cw-child-process.h"
#include "cw-rust-toolchain-private.h"

/* `rustc --version` answers in a moment; a rustup proxy on its first run may take seconds.
 * Beyond this it is stuck (a proxy trying the network, say). */
#define CW_RUST_PROBE_TIMEOUT_MS (30 * 1000)
#define CW_RUST_PROBE_OUTPUT     (64 * 1024)
#define CW_RUST_EXPLAIN_OUTPUT   (1024 * 1024)

#define CW_RUST_FLATPAK_RUSTC "/usr/lib/sdk/rust-stable/bin/rustc"

struct _CwRustToolchain
{
  GObject                parent_instance;

  char                  *path;
  char                  *version;
  char                  *version_line;
  CwRustToolchainSource  source;
};

G_DEFINE_FINAL_TYPE (CwRustToolchain, cw_rust_toolchain, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (CwRustToolchainSource, cw_rust_toolchain_source,
  G_DEFINE_ENUM_VALUE (CW_RUST_TOOLCHAIN_SOURCE_ENVIRONMENT, "environment"),
  G_DEFINE_ENUM_VALUE (CW_RUST_TOOLCHAIN_SOURCE_FLATPAK_SDK, "flatpak-sdk"),
  G_DEFINE_ENUM_VALUE (CW_RUST_TOOLCHAIN_SOURCE_PATH, "path"),
  G_DEFINE_ENUM_VALUE (CW_RUST_TOOLCHAIN_SOURCE_CARGO_HOME, "cargo-home"))

G_DEFINE_QUARK (cw-rust-toolchain-error-quark, cw_rust_toolchain_error)

enum
{
  PROP_0,
  PROP_PATH,
  PROP_VERSION,
  PROP_VERSION_LINE,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What one candidate said. */
typedef struct
{
  char                  *path;
  CwRustToolchainSource  source;
  char                  *version_line;  /* NULL when it did not run or answer */
  char                  *problem;       /* why not, when it did not */
} CwRustProbe;

static void
cw_rust_probe_clear (CwRustProbe *probe)
{
  g_clear_pointer (&probe->path, g_free);
  g_clear_pointer (&probe->version_line, g_free);
  g_clear_pointer (&probe->problem, g_free);
}

/* Runs `PATH --version`; fills version_line or problem. Returns FALSE only when cancelled. */
static gboolean
cw_rust_probe_run (CwRustProbe   *probe,
                   GCancellable  *cancellable,
                   GError       **error)
{
  CwChildLimits          limits = { 0 };
  g_auto(CwChildOutcome) outcome = { 0 };
  g_autoptr(GError)      local_error = NULL;
  g_auto(GStrv)          envp = g_get_environ ();
  g_autofree char       *text = NULL;
  const char            *argv[] = { probe->path, "--version", NULL };

  limits.timeout_ms = CW_RUST_PROBE_TIMEOUT_MS;
  limits.output_limit = CW_RUST_PROBE_OUTPUT;

  /* From /, so that no rust-toolchain.toml around the app's own folder picks the version. */
  if (!cw_child_process_run (argv, (const char * const *) envp, "/", &limits, cancellable,
                             &outcome, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      probe->problem = g_strdup (local_error->message);
      return TRUE;
    }

  text = g_strstrip (cw_child_outcome_get_text (&outcome));
  if (outcome.timed_out)
    probe->problem = g_strdup (_("it did not answer"));
  else if (!outcome.exited || outcome.exit_status != 0 ||
           !cw_rust_toolchain_parse_version (text, NULL, NULL, NULL, NULL))
    probe->problem = text[0] != '\0' ? g_strdup (text) : g_strdup (_("it did not answer"));
  else
    probe->version_line = g_steal_pointer (&text);

  return TRUE;
}

static gboolean
cw_rust_is_executable (const char *path)
{
  return g_file_test (path, G_FILE_TEST_IS_EXECUTABLE) &&
         !g_file_test (path, G_FILE_TEST_IS_DIR);
}

static void
cw_rust_add_candidate (GArray                *candidates,
                       char                  *path,
                       CwRustToolchainSource  source)
{
  CwRustProbe probe = { 0 };
  guint       i;

  if (path == NULL)
    return;

  /* ~/.cargo/bin is often on PATH as well. */
  for (i = 0; i < candidates->len; i++)
    if (g_str_equal (g_array_index (candidates, CwRustProbe, i).path, path))
      {
        g_free (path);
        return;
      }

  probe.path = path;
  probe.source = source;
  g_array_append_val (candidates, probe);
}

static GArray *
cw_rust_list_candidates (const char *override)
{
  GArray     *candidates = g_array_new (FALSE, TRUE, sizeof (CwRustProbe));
  const char *cargo_home = g_getenv ("CARGO_HOME");
  char       *cargo_rustc;

  g_array_set_clear_func (candidates, (GDestroyNotify) cw_rust_probe_clear);

  /* An override is the only candidate: "none" finds nothing, which is how to try the app or
   * its tests as on a machine without Rust. */
  if (override != NULL && override[0] != '\0')
    {
      if (g_strcmp0 (override, "none") != 0)
        cw_rust_add_candidate (candidates,
                               g_path_is_absolute (override) ? g_strdup (override)
                                                             : g_find_program_in_path (override),
                               CW_RUST_TOOLCHAIN_SOURCE_ENVIRONMENT);
      return candidates;
    }

  if (cw_rust_is_executable (CW_RUST_FLATPAK_RUSTC))
    cw_rust_add_candidate (candidates, g_strdup (CW_RUST_FLATPAK_RUSTC),
                           CW_RUST_TOOLCHAIN_SOURCE_FLATPAK_SDK);

  cw_rust_add_candidate (candidates, g_find_program_in_path ("rustc"),
                         CW_RUST_TOOLCHAIN_SOURCE_PATH);

  /* A desktop session often has no ~/.cargo/bin on PATH, where rustup puts it. */
  if (cargo_home != NULL && g_path_is_absolute (cargo_home))
    cargo_rustc = g_build_filename (cargo_home, "bin", "rustc", NULL);
  else
    cargo_rustc = g_build_filename (g_get_home_dir (), ".cargo", "bin", "rustc", NULL);
  if (cw_rust_is_executable (cargo_rustc))
    cw_rust_add_candidate (candidates, cargo_rustc, CW_RUST_TOOLCHAIN_SOURCE_CARGO_HOME);
  else
    g_free (cargo_rustc);

  return candidates;
}

static gboolean
cw_rust_is_from_rustup (const CwRustProbe *probe)
{
  return probe->source == CW_RUST_TOOLCHAIN_SOURCE_CARGO_HOME ||
         strstr (probe->path, "/.cargo/bin/") != NULL;
}

static void
cw_rust_set_not_found (GArray  *candidates,
                       GError **error)
{
  g_autofree char *hint = cw_rust_toolchain_install_hint (cw_rust_platform_detect (), FALSE);
  g_autoptr(GString) message = g_string_new (NULL);
  guint              i;

  g_string_printf (message, _("Rust was not found. Checking exercises needs rustc %s or newer. "
                              "%s"), RUST_MIN_VERSION, hint);

  /* What each rustc that was there said, so a broken install can be told apart. */
  for (i = 0; i < candidates->len; i++)
    {
      const CwRustProbe *probe = &g_array_index (candidates, CwRustProbe, i);

      if (probe->problem != NULL)
        {
          g_string_append (message, "\n");
          /* Translators: a path to rustc, then what went wrong when running it */
          g_string_append_printf (message, _("%s did not work: %s"), probe->path,
                                  probe->problem);
        }
    }

  g_set_error_literal (error, CW_RUST_TOOLCHAIN_ERROR, CW_RUST_TOOLCHAIN_ERROR_NOT_FOUND,
                       message->str);
}

static void
cw_rust_set_too_old (const CwRustProbe  *probe,
                     GError            **error)
{
  g_autofree char *hint = cw_rust_toolchain_install_hint (cw_rust_platform_detect (),
                                                         cw_rust_is_from_rustup (probe));

  /* Translators: "rustc 1.63.0 (/usr/bin/rustc) is too old: …"; edition 2024 is a name */
  g_set_error (error, CW_RUST_TOOLCHAIN_ERROR, CW_RUST_TOOLCHAIN_ERROR_TOO_OLD,
               _("%s (%s) is too old: exercises are checked as edition 2024, which needs "
                 "rustc %s or newer. %s"),
               probe->version_line, probe->path, RUST_MIN_VERSION, hint);
}

static void
cw_rust_toolchain_finalize (GObject *object)
{
  CwRustToolchain *self = CW_RUST_TOOLCHAIN (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->version_line, g_free);

  G_OBJECT_CLASS (cw_rust_toolchain_parent_class)->finalize (object);
}

static void
cw_rust_toolchain_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CwRustToolchain *self = CW_RUST_TOOLCHAIN (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_VERSION:
      g_value_set_string (value, self->version);
      break;
    case PROP_VERSION_LINE:
      g_value_set_string (value, self->version_line);
      break;
    case PROP_SOURCE:
      g_value_set_enum (value, self->source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_rust_toolchain_class_init (CwRustToolchainClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_rust_toolchain_finalize;
  object_class->get_property = cw_rust_toolchain_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION] =
    g_param_spec_string ("version", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION_LINE] =
    g_param_spec_string ("version-line", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL, CW_TYPE_RUST_TOOLCHAIN_SOURCE,
                       CW_RUST_TOOLCHAIN_SOURCE_PATH,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_rust_toolchain_init (CwRustToolchain *self)
{
}

static CwRustToolchain *
cw_rust_toolchain_new_from_probe (CwRustProbe *probe)
{
  CwRustToolchain *self = g_object_new (CW_TYPE_RUST_TOOLCHAIN, NULL);
  guint            major;
  guint            minor;
  guint            patch;
  gboolean         parsed;

  parsed = cw_rust_toolchain_parse_version (probe->version_line, &major, &minor, &patch, NULL);
  g_assert (parsed);

  self->path = g_steal_pointer (&probe->path);
  self->version_line = g_steal_pointer (&probe->version_line);
  self->version = g_strdup_printf ("%u.%u.%u", major, minor, patch);
  self->source = probe->source;

  return self;
}

CwRustPlatform
cw_rust_platform_detect (void)
{
  g_autofree char *id = NULL;
  g_autofree char *version_id = NULL;

  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return CW_RUST_PLATFORM_FLATPAK;

  id = g_get_os_info (G_OS_INFO_KEY_ID);
  version_id = g_get_os_info (G_OS_INFO_KEY_VERSION_ID);
  if (g_strcmp0 (id, "debian") == 0 && g_strcmp0 (version_id, "12") == 0)
    return CW_RUST_PLATFORM_DEBIAN_12;

  return CW_RUST_PLATFORM_OTHER;
}

char *
cw_rust_toolchain_install_hint (CwRustPlatform platform,
                                gboolean       from_rustup)
{
  switch (platform)
    {
    case CW_RUST_PLATFORM_FLATPAK:
      /* Translators: keep the command as it is */
      return g_strdup_printf (_("Install the Rust extension for Flatpak with “flatpak install "
                                "flathub org.freedesktop.Sdk.Extension.rust-stable//%s”, then "
                                "restart Crabwise."), FLATPAK_SDK_BRANCH);

    case CW_RUST_PLATFORM_DEBIAN_12:
      if (from_rustup)
        /* Translators: keep the commands as they are */
        return g_strdup (_("Update it with “rustup update stable”, or install Debian 12’s "
                           "current Rust with “sudo apt install rustc-web”."));
      /* Translators: keep the command as it is */
      return g_strdup (_("Install Debian 12’s current Rust with “sudo apt install rustc-web” "
                         "(Debian’s “rustc” package is 1.63, too old)."));

    case CW_RUST_PLATFORM_OTHER:
    default:
      if (from_rustup)
        /* Translators: keep the command as it is */
        return g_strdup (_("Update it with “rustup update stable”."));
      /* Translators: keep the command and the address as they are */
      return g_strdup (_("Install it with rustup (https://rustup.rs), then run “rustup default "
                         "stable”."));
    }
}

gboolean
cw_rust_toolchain_parse_version (const char *line,
                                 guint      *major,
                                 guint      *minor,
                                 guint      *patch,
                                 gboolean   *pre_release)
{
  guint64  parts[3];
  char    *end;
  guint    i;

  if (line == NULL || !g_str_has_prefix (line, "rustc "))
    return FALSE;

  end = (char *) line + strlen ("rustc ");
  for (i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const char *start = end;

      if (!g_ascii_isdigit (*start))
        return FALSE;
      parts[i] = g_ascii_strtoull (start, &end, 10);
      if (parts[i] > G_MAXUINT || (i < 2 && *end != '.'))
        return FALSE;
      if (i < 2)
        end++;
    }

  if (*end != '\0' && *end != ' ' && *end != '-' && *end != '\n')
    return FALSE;

  if (major != NULL)
    *major = (guint) parts[0];
  if (minor != NULL)
    *minor = (guint) parts[1];
  if (patch != NULL)
    *patch = (guint) parts[2];
  if (pre_release != NULL)
    *pre_release = *end == '-';

  return TRUE;
}

gboolean
cw_rust_toolchain_version_is_enough (const char *line)
{
  g_auto(GStrv) wanted = g_strsplit (RUST_MIN_VERSION, ".", 3);
  guint         want[3] = { 0, 0, 0 };
  guint         have[3];
  gboolean      pre_release;
  guint         i;

  if (!cw_rust_toolchain_parse_version (line, &have[0], &have[1], &have[2], &pre_release))
    return FALSE;

  for (i = 0; i < 3 && wanted[i] != NULL; i++)
    want[i] = (guint) g_ascii_strtoull (wanted[i], NULL, 10);

  for (i = 0; i < 3; i++)
    if (have[i] != want[i])
      return have[i] > want[i];

  /* 1.85.0-nightly came before 1.85.0, and may lack what 1.85.0 brought. */
  return !pre_release;
}

/**
 * cw_rust_toolchain_discover:
 * @cancellable: (nullable)
 * @error: CW_RUST_TOOLCHAIN_ERROR_NOT_FOUND, _TOO_OLD, or G_IO_ERROR_CANCELLED
 *
 * Looks for rustc in this order: the CRABWISE_RUSTC environment variable (alone when set;
 * "none" finds nothing), the Flatpak SDK extension, PATH, then $CARGO_HOME/bin (by default
 * ~/.cargo/bin). The first that runs and is RUST_MIN_VERSION or newer wins. Blocking: each
 * candidate tried runs `rustc --version`.
 *
 * Returns: (transfer full): the toolchain, or %NULL
 */
CwRustToolchain *
cw_rust_toolchain_discover (GCancellable  *cancellable,
                            GError       **error)
{
  return cw_rust_toolchain_discover_with (g_getenv ("CRABWISE_RUSTC"), cancellable, error);
}

/* cw_rust_toolchain_discover() with @override in place of CRABWISE_RUSTC. */
CwRustToolchain *
cw_rust_toolchain_discover_with (const char    *override,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_autoptr(GArray) candidates = cw_rust_list_candidates (override);
  CwRustProbe      *too_old = NULL;
  guint             i;

  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (i = 0; i < candidates->len; i++)
    {
      CwRustProbe *probe = &g_array_index (candidates, CwRustProbe, i);

      if (!cw_rust_probe_run (probe, cancellable, error))
        return NULL;

      if (probe->version_line == NULL)
        continue;
      if (cw_rust_toolchain_version_is_enough (probe->version_line))
        return cw_rust_toolchain_new_from_probe (probe);
      if (too_old == NULL)
        too_old = probe;
    }

  if (too_old != NULL)
    cw_rust_set_too_old (too_old, error);
  else
    cw_rust_set_not_found (candidates, error);

  return NULL;
}

static void
cw_rust_discover_thread (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  GError          *error = NULL;
  CwRustToolchain *toolchain = cw_rust_toolchain_discover (cancellable, &error);

  if (toolchain == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, toolchain, g_object_unref);
}

/**
 * cw_rust_toolchain_discover_async:
 *
 * cw_rust_toolchain_discover() in a worker thread; @callback runs in the thread-default
 * main context of the caller.
 */
void
cw_rust_toolchain_discover_async (GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cw_rust_toolchain_discover_async);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, cw_rust_discover_thread);
}

/**
 * cw_rust_toolchain_discover_finish:
 *
 * Returns: (transfer full): the toolchain, or %NULL with @error set
 */
CwRustToolchain *
cw_rust_toolchain_discover_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        cw_rust_toolchain_discover_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
cw_rust_toolchain_get_path (CwRustToolchain *self)
{
  g_return_val_if_fail (CW_IS_RUST_TOOLCHAIN (self), NULL);

  return self->path;
}

/* "1.95.0" */
const char *
cw_rust_toolchain_get_version (CwRustToolchain *self)
{
  g_return_val_if_fail (CW_IS_RUST_TOOLCHAIN (self), NULL);

  return self->version;
}

/* "rustc 1.95.0 (59807616e 2026-04-14)", as it printed it */
const char *
cw_rust_toolchain_get_version_line (CwRustToolchain *self)
{
  g_return_val_if_fail (CW_IS_RUST_TOOLCHAIN (self), NULL);

  return self->version_line;
}

CwRustToolchainSource
cw_rust_toolchain_get_source (CwRustToolchain *self)
{
  g_return_val_if_fail (CW_IS_RUST_TOOLCHAIN (self), CW_RUST_TOOLCHAIN_SOURCE_PATH);

  return self->source;
}

static gboolean
cw_rust_is_error_code (const char *code)
{
  guint i;

  if (code == NULL || code[0] != 'E' || strlen (code) != 5)
    return FALSE;

  for (i = 1; i < 5; i++)
    if (!g_ascii_isdigit (code[i]))
      return FALSE;

  return TRUE;
}

static void
cw_rust_explain_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  CwRustToolchain       *self = source_object;
  const char            *code = task_data;
  CwChildLimits          limits = { 0 };
  g_auto(CwChildOutcome) outcome = { 0 };
  g_auto(GStrv)          envp = g_get_environ ();
  GError                *error = NULL;
  char                  *text;
  const char            *argv[] = { self->path, "--explain", code, NULL };

  limits.timeout_ms = CW_RUST_PROBE_TIMEOUT_MS;
  limits.output_limit = CW_RUST_EXPLAIN_OUTPUT;

  /* Its stdout is a pipe, never a terminal, so rustc pages nothing. */
  if (!cw_child_process_run (argv, (const char * const *) envp, "/", &limits, cancellable,
                             &outcome, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  text = cw_child_outcome_get_text (&outcome);
  if (outcome.exited && outcome.exit_status == 0 && !outcome.output_cut)
    {
      g_task_return_pointer (task, text, g_free);
      return;
    }

  if (strstr (text, "is not a valid error code") != NULL)
    g_task_return_new_error (task, CW_RUST_TOOLCHAIN_ERROR,
                             CW_RUST_TOOLCHAIN_ERROR_UNKNOWN_CODE,
                             _("rustc does not know the error code %s."), code);
  else
    g_task_return_new_error (task, CW_RUST_TOOLCHAIN_ERROR, CW_RUST_TOOLCHAIN_ERROR_FAILED,
                             _("rustc could not explain %s: %s"), code,
                             outcome.timed_out ? _("it did not answer") : g_strstrip (text));
  g_free (text);
}

/**
 * cw_rust_toolchain_explain_async:
 * @code: an error code as in diagnostics, "E0382"
 *
 * Runs `rustc --explain CODE` in a worker thread. A @code that is not E and four digits fails
 * with CW_RUST_TOOLCHAIN_ERROR_UNKNOWN_CODE without running anything.
 */
void
cw_rust_toolchain_explain_async (CwRustToolchain     *self,
                                 const char          *code,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CW_IS_RUST_TOOLCHAIN (self));
  g_return_if_fail (code != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cw_rust_toolchain_explain_async);

  if (!cw_rust_is_error_code (code))
    {
      g_task_return_new_error (task, CW_RUST_TOOLCHAIN_ERROR,
                               CW_RUST_TOOLCHAIN_ERROR_UNKNOWN_CODE,
                               _("“%s” is not a rustc error code (they look like E0382)."),
                               code);
      return;
    }

  g_task_set_task_data (task, g_strdup (code), g_free);
  g_task_run_in_thread (task, cw_rust_explain_thread);
}

/**
 * cw_rust_toolchain_explain_finish:
 *
 * Returns: (transfer full): the explanation (Markdown, valid UTF-8), or %NULL with @error set
 */
char *
cw_rust_toolchain_explain_finish (CwRustToolchain  *self,
                                  GAsyncResult     *result,
                                  GError          **error)
{
  g_return_val_if_fail (CW_IS_RUST_TOOLCHAIN (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        cw_rust_toolchain_explain_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
