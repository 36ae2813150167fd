/* cw-test-utils.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <unistd.h>

#include "cw-test-utils.h"

static char  *test_home;
static pid_t  test_home_owner;

static void
remove_test_home (void)
{
  const char *argv[] = { "rm", "-rf", test_home, NULL };

  if (test_home != NULL && getpid () == test_home_owner)
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
}

/*
 * Like gtk_test_init(), and the learner's data (progress, backups) goes to a temporary
 * folder for this run, never to the real one. Subprocesses share the parent's folder.
 */
void
cw_test_init (int    *argc,
              char ***argv)
{
  if (g_getenv ("CW_TEST_HOME") == NULL)
    {
      g_autofree char *data = NULL;
      g_autofree char *cache = NULL;

      test_home = g_dir_make_tmp ("crabwise-test-XXXXXX", NULL);
      g_assert_nonnull (test_home);
      test_home_owner = getpid ();
      atexit (remove_test_home);
      data = g_build_filename (test_home, "data", NULL);
      cache = g_build_filename (test_home, "cache", NULL);
      g_setenv ("CW_TEST_HOME", test_home, TRUE);
      g_setenv ("XDG_DATA_HOME", data, TRUE);
      g_setenv ("XDG_CACHE_HOME", cache, TRUE);
    }

  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

/* A real CwApplication, registered (so startup runs: actions, accels, CSS, settings),
 * but without an id on the bus, so tests never talk to a running Crabwise. GTK exports
 * an application on the session bus once per process, so tests share one, and each
 * test closes the windows it opened. */
CwApplication *
cw_test_application_new (void)
{
  static CwApplication *app;

  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      app = cw_application_new ();
      g_application_set_application_id (G_APPLICATION (app), NULL);
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }

  return g_object_ref (app);
}

void
cw_test_application_free (CwApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  cw_test_iterate (50);
  g_object_unref (app);
}

gboolean
cw_test_wait_until (CwTestCondition condition,
                    gpointer        data,
                    guint           timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

void
cw_test_iterate (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
}

static gboolean
widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

gboolean
cw_test_wait_mapped (GtkWidget *widget)
{
  gboolean mapped = cw_test_wait_until (widget_is_mapped, widget, CW_TEST_FINISHES_MS);

  /* Let the first frames settle: allocation, styles, the leaflet's fold state. */
  cw_test_iterate (100);

  return mapped;
}

typedef gboolean (*Matcher) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find_widget (GtkWidget     *root,
             Matcher        matcher,
             gconstpointer  data)
{
  GtkWidget *child;

  if (matcher (root, data))
    return root;

  for (child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, matcher, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
match_type (GtkWidget     *widget,
            gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static gboolean
match_label (GtkWidget     *widget,
             gconstpointer  data)
{
  g_autofree char *mismatch = NULL;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;

  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                 (const char *) data);
  return mismatch == NULL;
}

static gboolean
match_label_text (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

GtkWidget *
cw_test_find_by_type (GtkWidget *root,
                      GType      type)
{
  return find_widget (root, match_type, GSIZE_TO_POINTER (type));
}

GtkWidget *
cw_test_find_by_label (GtkWidget  *root,
                       const char *accessible_label)
{
  return find_widget (root, match_label, accessible_label);
}

typedef struct
{
  GType       type;
  const char *label;
} TypeAndLabel;

static gboolean
match_any_label (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_LABEL (widget);
}

/* A button named by what it shows (no accessible label of its own, so that screen readers
 * hear its name once): the text of the first label inside it. */
static gboolean
match_visible_name (GtkWidget  *widget,
                    const char *name)
{
  GtkWidget *label;

  if (!GTK_IS_BUTTON (widget) ||
      gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;

  label = find_widget (widget, match_any_label, NULL);

  return label != NULL && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), name) == 0;
}

static gboolean
match_type_and_label (GtkWidget     *widget,
                      gconstpointer  data)
{
  const TypeAndLabel *wanted = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, wanted->type) &&
         (match_label (widget, wanted->label) || match_visible_name (widget, wanted->label));
}

/* A control of @type with the accessible name @accessible_label, as a screen reader finds it:
 * its accessible label, or for a button without one, the label it shows. */
GtkWidget *
cw_test_find_control (GtkWidget  *root,
                      GType       type,
                      const char *accessible_label)
{
  TypeAndLabel wanted = { type, accessible_label };

  return find_widget (root, match_type_and_label, &wanted);
}

GtkWidget *
cw_test_find_label_with_text (GtkWidget  *root,
                              const char *text)
{
  return find_widget (root, match_label_text, text);
}

GtkWindow *
cw_test_find_window (CwApplication *app,
                     GType          type)
{
  GList *l;

  for (l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;

  return NULL;
}

static gboolean
match_label_prefix (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), data);
}

GtkWidget *
cw_test_find_label_with_prefix (GtkWidget  *root,
                                const char *prefix)
{
  return find_widget (root, match_label_prefix, prefix);
}

/* Any toplevel of @type, whether or not it belongs to the application (dialogs). */
GtkWindow *
cw_test_find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GList           *l;

  for (l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}
