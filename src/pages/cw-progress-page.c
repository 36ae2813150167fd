/* cw-progress-page.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-progress-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-accessible.h"
#include "cw-format.h"
#include "cw-progress-page-private.h"
#include "cw-review-dialog.h"
#include "cw-toast.h"

/*
 * The Progress section: what is learned, self-check accuracy, the streak (only when the
 * learner asked for it), what is due for review and a review session over it, the lab's
 * run history, and the learner's own data: export, import, reset. It listens to the
 * store, so it is current without polling.
 */
struct _CwProgressPage
{
  GtkWidget        parent_instance;

  CwContentStore  *content;
  CwProgressStore *progress;
  GSettings       *settings;
  GtkFileChooserNative *chooser;   /* kept alive until it answers */
  GCancellable    *cancellable;     /* of the import or export running, or NULL */

  GtkStack        *stack;
  AdwStatusPage   *unavailable_page;
  GtkLabel        *learned_label;
  GtkLabel        *accuracy_label;
  GtkWidget       *streak_row;
  GtkLabel        *streak_label;
  GtkLabel        *due_label;
  GtkWidget       *review_button;
  GtkListBox      *due_list;
  GtkListBox      *history_list;
  GtkWidget       *busy_box;
  GtkSpinner      *busy_spinner;
  GtkLabel        *busy_label;
};

G_DEFINE_FINAL_TYPE (CwProgressPage, cw_progress_page, GTK_TYPE_WIDGET)

static void
toast (CwProgressPage *self,
       const char     *text)
{
  cw_widget_add_toast_text (GTK_WIDGET (self), text);
}

static void
show_error (CwProgressPage *self,
            const char     *heading,
            const char     *body)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Only the lessons this content has count: the store may also hold progress for others (an
 * older version's lessons, an import that did not check ids). */
static guint
count_learned (CwProgressPage *self)
{
  GListModel *lessons = cw_content_store_get_lessons (self->content);
  guint       learned = 0;
  guint       i;

  for (i = 0; i < g_list_model_get_n_items (lessons); i++)
    {
      g_autoptr(CwLesson) lesson = g_list_model_get_item (lessons, i);

      if (cw_progress_store_get_lesson_state (self->progress, cw_lesson_get_id (lesson), NULL) ==
          CW_LESSON_LEARNED)
        learned++;
    }

  return learned;
}

static void
cw_progress_page_refresh (CwProgressPage *self)
{
  g_auto(GStrv)         due = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autofree char      *learned = NULL;
  g_autofree char      *accuracy = NULL;
  g_autofree char      *streak = NULL;
  g_autofree char      *due_text = NULL;
  guint                 total = g_list_model_get_n_items (cw_content_store_get_lessons (self->content));
  guint                 correct = 0;
  guint                 answered = 0;
  guint                 days;
  guint                 i;

  if (self->progress == NULL)
    return;

  learned = g_strdup_printf (_("%u of %u lessons"), count_learned (self), total);
  gtk_label_set_text (self->learned_label, learned);

  if (cw_progress_store_get_accuracy (self->progress, &correct, &answered) && answered > 0)
    accuracy = g_strdup_printf (_("%u%% (%u of %u answers right)"),
                                (guint) (100.0 * correct / answered + 0.5), correct, answered);
  else
    accuracy = g_strdup (_("No answers yet"));
  gtk_label_set_text (self->accuracy_label, accuracy);

  days = cw_progress_store_get_streak (self->progress);
  streak = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", days), days);
  gtk_label_set_text (self->streak_label, streak);

  due = cw_progress_store_dup_due_lessons (self->progress);
  due_text = g_strdup_printf ("%u", due != NULL ? g_strv_length (due) : 0);
  gtk_label_set_text (self->due_label, due_text);
  gtk_widget_set_sensitive (self->review_button, due != NULL && due[0] != NULL);

  clear_list (self->due_list);
  for (i = 0; due != NULL && due[i] != NULL; i++)
    {
      CwLesson  *lesson = cw_content_store_get_lesson (self->content, due[i]);
      GtkWidget *row;

      if (lesson == NULL)
        continue;
      row = create_row (cw_lesson_get_title (lesson), cw_lesson_get_summary (lesson));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-lesson");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", due[i]);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->due_list, row);
    }
  if (due == NULL || due[0] == NULL)
    gtk_list_box_append (self->due_list, create_row (_("Nothing is due today"),
                                                     _("Lessons you mark as learned come back here for review.")));

  clear_list (self->history_list);
  runs = cw_progress_store_list_fib_runs (self->progress, 20);
  for (i = 0; i < g_list_model_get_n_items (runs); i++)
    {
      g_autoptr(CwFibRun)  run = g_list_model_get_item (runs, i);
      g_autofree char     *title = NULL;
      g_autofree char     *subtitle = NULL;
      g_autofree char     *elapsed = cw_format_duration (cw_fib_run_get_elapsed_ns (run));
      g_autofree char     *when = g_date_time_format (cw_fib_run_get_date (run), "%x %X");

      title = g_strdup_printf ("fib(%u), %s — %s", cw_fib_run_get_n (run),
                               cw_fib_run_get_algorithm (run), elapsed);
      subtitle = g_strdup_printf ("%s · %s", cw_fib_run_get_value_preview (run), when);
      gtk_list_box_append (self->history_list, create_row (title, subtitle));
    }
  if (g_list_model_get_n_items (runs) == 0)
    gtk_list_box_append (self->history_list, create_row (_("No runs yet"),
                                                         _("Every finished run in the Fibonacci lab is listed here.")));
}

static void
on_progress_changed (CwProgressPage *self)
{
  cw_progress_page_refresh (self);
}

static void
cw_progress_page_review_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CwProgressPage *self = CW_PROGRESS_PAGE (widget);
  g_auto(GStrv)   due = NULL;
  GtkWidget      *dialog;
  GtkRoot        *root = gtk_widget_get_root (widget);

  if (self->progress == NULL)
    return;

  due = cw_progress_store_dup_due_lessons (self->progress);
  if (due == NULL || due[0] == NULL)
    {
      toast (self, _("Nothing is due for review today"));
      return;
    }

  dialog = cw_review_dialog_new (self->content, self->progress, self->settings,
                                 (const char * const *) due);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Import and export run in the background (the store's _async functions, the file read and
 * written with GIO's): the page stays usable, a spinner says what is going on, and the
 * actions on the learner's data wait until it is done. Leaving the page cancels. */
static void
set_busy (CwProgressPage *self,
          const char     *what)
{
  gboolean busy = what != NULL;

  gtk_label_set_text (self->busy_label, busy ? what : "");
  gtk_widget_set_visible (self->busy_box, busy);
  gtk_spinner_set_spinning (self->busy_spinner, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.export", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.import", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.reset", !busy);

  g_clear_object (&self->cancellable);
  if (busy)
    self->cancellable = g_cancellable_new ();
}

typedef struct
{
  CwProgressPage *page;
  GFile          *file;
  CwImportMode    mode;
  char          **damaged;   /* what an export found damaged */
} Job;

static Job *
job_new (CwProgressPage *self,
         GFile          *file,
         CwImportMode    mode)
{
  Job *job = g_new0 (Job, 1);

  job->page = g_object_ref (self);
  job->file = g_object_ref (file);
  job->mode = mode;

  return job;
}

static void
job_free (Job *job)
{
  g_object_unref (job->page);
  g_object_unref (job->file);
  g_strfreev (job->damaged);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

/* The page was disposed (the window closed) while the job ran: nothing more to do or show. */
static gboolean
job_page_gone (Job *job)
{
  return job->page->progress == NULL;
}

/* The end of a job: an error is shown (unless the page went away and cancelled it). */
static void
job_done (Job          *job,
          const char   *heading,
          const GError *error)
{
  if (job_page_gone (job) ||
      (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)))
    return;

  set_busy (job->page, NULL);
  if (error != NULL)
    show_error (job->page, heading, error->message);
}

static void
on_export_written (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Job)    job = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      job_done (job, _("Progress Could Not Be Exported"), error);
      return;
    }

  job_done (job, NULL, NULL);
  if (job->damaged == NULL || job->damaged[0] == NULL)
    {
      toast (job->page, _("Progress exported"));
      return;
    }

  /* The learner is told which items were damaged: a toast is too short for a list. */
  {
    g_autofree char *list = g_strjoinv ("; ", job->damaged);
    g_autofree char *body = g_strdup_printf (_("Part of your progress was damaged in its file on this computer: %s. Damaged letters were exported as “�”, and progress for a damaged lesson name was left out; everything else was exported as it was."), list);

    show_error (job->page, _("Progress Exported With Damage"), body);
  }
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Job)    job = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GCancellable     *cancellable;
  GFile            *file;
  char             *json;

  json = cw_progress_store_export_json_finish (CW_PROGRESS_STORE (source), result,
                                               &job->damaged, &error);
  if (json == NULL || job_page_gone (job))
    {
      job_done (job, _("Progress Could Not Be Exported"), error);
      g_free (json);
      return;
    }

  bytes = g_bytes_new_take (json, strlen (json));
  file = job->file;
  cancellable = job->page->cancellable;
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, cancellable,
                                       on_export_written, g_steal_pointer (&job));
}

/* Export and import through the file chooser (the portal inside the sandbox: no extra
 * permission). The chooser is kept alive until it answers. */
void
cw_progress_page_export_file (CwProgressPage *self,
                              GFile          *file)
{
  g_return_if_fail (CW_IS_PROGRESS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->progress == NULL || self->cancellable != NULL)
    return;

  set_busy (self, _("Exporting…"));
  cw_progress_store_export_json_async (self->progress, self->cancellable, on_exported,
                                       job_new (self, file, CW_IMPORT_MERGE));
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Job)    job = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv)     skipped = NULL;

  if (!cw_progress_store_import_json_finish (CW_PROGRESS_STORE (source), result, &skipped,
                                             &error))
    {
      job_done (job, _("Progress Could Not Be Imported"), error);
      return;
    }

  job_done (job, NULL, NULL);
  if (skipped != NULL && skipped[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", skipped);
      g_autofree char *text = g_strdup_printf (_("Progress imported. Skipped lessons this version does not have: %s"), list);

      toast (job->page, text);
    }
  else
    toast (job->page, _("Progress imported"));
}

static void
on_import_loaded (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(Job)      job = user_data;
  g_autoptr(GError)   error = NULL;
  g_autoptr(GBytes)   bytes = NULL;
  g_autofree char   **known = NULL;
  CwProgressPage     *self = job->page;
  GListModel         *lessons;
  CwImportMode        mode;
  guint               n;
  guint               i;

  bytes = g_file_load_bytes_finish (G_FILE (source), result, NULL, &error);
  if (bytes == NULL || job_page_gone (job))
    {
      job_done (job, _("Progress Could Not Be Imported"), error);
      return;
    }

  lessons = cw_content_store_get_lessons (self->content);
  n = g_list_model_get_n_items (lessons);
  known = g_new0 (char *, n + 1);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CwLesson) lesson = g_list_model_get_item (lessons, i);

      known[i] = (char *) cw_lesson_get_id (lesson);
    }

  mode = job->mode;
  cw_progress_store_import_json_async (self->progress, bytes, (const char * const *) known, mode,
                                       self->cancellable, on_imported, g_steal_pointer (&job));
}

void
cw_progress_page_import_file (CwProgressPage *self,
                              GFile          *file,
                              CwImportMode    mode)
{
  g_return_if_fail (CW_IS_PROGRESS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->progress == NULL || self->cancellable != NULL)
    return;

  set_busy (self, _("Importing…"));
  g_file_load_bytes_async (file, self->cancellable, on_import_loaded, job_new (self, file, mode));
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    CwProgressPage  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      cw_progress_page_export_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
cw_progress_page_export_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CwProgressPage  *self = CW_PROGRESS_PAGE (widget);
  GtkRoot         *root = gtk_widget_get_root (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "crabwise-progress-%Y-%m-%d.json");

  if (self->progress == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Progress"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

typedef struct
{
  CwProgressPage *page;
  GFile          *file;
} ImportChoice;

static void
on_import_mode_response (AdwMessageDialog *dialog,
                         const char       *response,
                         ImportChoice     *choice)
{
  if (g_strcmp0 (response, "merge") == 0)
    cw_progress_page_import_file (choice->page, choice->file, CW_IMPORT_MERGE);
  else if (g_strcmp0 (response, "replace") == 0)
    cw_progress_page_import_file (choice->page, choice->file, CW_IMPORT_REPLACE);

  g_object_unref (choice->page);
  g_object_unref (choice->file);
  g_free (choice);
}

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    CwProgressPage  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      ImportChoice *choice = g_new0 (ImportChoice, 1);
      GtkRoot      *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget    *dialog;

      choice->page = g_object_ref (self);
      choice->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       _("Merge or Replace?"),
                                       _("Merge keeps what you have here and adds what the file has; for a lesson in both, the later change wins. Replace erases the progress here first."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "replace", _("_Replace"),
                                        "merge", _("_Merge"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "merge");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect (dialog, "response", G_CALLBACK (on_import_mode_response), choice);
      gtk_window_present (GTK_WINDOW (dialog));
    }

  g_clear_object (&self->chooser);
}

static void
cw_progress_page_import_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CwProgressPage       *self = CW_PROGRESS_PAGE (widget);
  GtkRoot              *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->progress == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Import Progress"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Crabwise progress (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_reset_response (AdwMessageDialog *dialog,
                   const char       *response,
                   CwProgressPage   *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reset") != 0)
    return;

  if (!cw_progress_store_reset (self->progress, &error))
    show_error (self, _("Progress Could Not Be Reset"), error->message);
  else
    toast (self, _("Progress reset"));
}

static void
cw_progress_page_reset_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CwProgressPage *self = CW_PROGRESS_PAGE (widget);
  GtkRoot        *root = gtk_widget_get_root (widget);
  GtkWidget      *dialog;

  if (self->progress == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Reset All Progress?"),
                                   _("This erases which lessons you have learned, your self-check answers, your notes, your review schedule and your Fibonacci lab history. The daily backups are kept, so you can restore them from Preferences."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reset", _("_Reset"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reset",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reset_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cw_progress_page_dispose (GObject *object)
{
  CwProgressPage *self = CW_PROGRESS_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_PROGRESS_PAGE);
  g_clear_object (&self->content);
  g_clear_object (&self->progress);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cw_progress_page_parent_class)->dispose (object);
}

static void
cw_progress_page_class_init (CwProgressPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_progress_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cw-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CwProgressPage, unavailable_page);
  gtk_widget_class_bind_template_child (widget_class, CwProgressPage, learned_label);
  gtk_widget_class_bind_template_child (widget_class, CwProgressPage, accuracy_label);
  gtk_widget_class_bind_template_child (widget_class, CwProgressPage, streak_row);
  gtk_widget_class_bind_template_child (widget_class, CwProgressPage, streak_label);
  gtk_widget_class_bind_template_child (widget_class, CwProgressPage, due_label);
  gtk_widget_class_bind_template_child (widget_class, CwProgressPage, review_button);
  gtk_widget_class_bind_template_child (widget_class, CwProgressPage, due_list);
  gtk_widget_class_bind_template_child (widget_class, CwProgressPage, history_list);
  gtk_widget_class_bind_template_child (widget_class, CwProgressPage, busy_box);
  gtk_widget_class_bind_template_child (widget_class, CwProgressPage, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, CwProgressPage, busy_label);

  gtk_widget_class_install_action (widget_class, "progress.review", NULL, cw_progress_page_review_action);
  gtk_widget_class_install_action (widget_class, "progress.export", NULL, cw_progress_page_export_action);
  gtk_widget_class_install_action (widget_class, "progress.import", NULL, cw_progress_page_import_action);
  gtk_widget_class_install_action (widget_class, "progress.reset", NULL, cw_progress_page_reset_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "progresspage");
}

static void
cw_progress_page_init (CwProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cw_accessible_name_by_mnemonic (self->review_button);
}

GtkWidget *
cw_progress_page_new (CwContentStore  *content,
                      CwProgressStore *progress,
                      GSettings       *settings,
                      const GError    *unavailable)
{
  CwProgressPage *self;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (content), NULL);
  g_return_val_if_fail (progress == NULL || CW_IS_PROGRESS_STORE (progress), NULL);

  self = g_object_new (CW_TYPE_PROGRESS_PAGE, NULL);
  self->content = g_object_ref (content);
  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "show-streak", self->streak_row, "visible", G_SETTINGS_BIND_GET);

  if (progress == NULL)
    {
      adw_status_page_set_description (self->unavailable_page,
                                       unavailable != NULL ? unavailable->message : NULL);
      gtk_stack_set_visible_child_name (self->stack, "unavailable");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.review", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.export", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.import", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.reset", FALSE);
      return GTK_WIDGET (self);
    }

  self->progress = g_object_ref (progress);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  g_signal_connect_object (progress, "changed", G_CALLBACK (on_progress_changed), self,
                           G_CONNECT_SWAPPED);
  cw_progress_page_refresh (self);

  return GTK_WIDGET (self);
}

/**
 * cw_progress_page_get_text:
 * @what: "learned", "accuracy", "streak", "due"
 *
 * What the page shows for @what, as a person reads it (for tests and tools).
 */
const char *
cw_progress_page_get_text (CwProgressPage *self,
                           const char     *what)
{
  g_return_val_if_fail (CW_IS_PROGRESS_PAGE (self), NULL);

  if (g_strcmp0 (what, "learned") == 0)
    return gtk_label_get_text (self->learned_label);
  if (g_strcmp0 (what, "accuracy") == 0)
    return gtk_label_get_text (self->accuracy_label);
  if (g_strcmp0 (what, "streak") == 0)
    return gtk_label_get_text (self->streak_label);
  if (g_strcmp0 (what, "due") == 0)
    return gtk_label_get_text (self->due_label);

  g_return_val_if_reached (NULL);
}
