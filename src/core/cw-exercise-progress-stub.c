/* TEMPORARY stub (a key file beside the store); deleted before merging. */
#include "cw-exercise-progress-stub.h"

static char *
stub_path (CwProgressStore *self)
{
  return g_build_filename (cw_progress_store_get_data_dir (self), "exercises-stub.ini", NULL);
}

static GKeyFile *
stub_load (CwProgressStore *self)
{
  g_autofree char *path = stub_path (self);
  GKeyFile *kf = g_key_file_new ();

  g_key_file_load_from_file (kf, path, G_KEY_FILE_NONE, NULL);
  return kf;
}

static gboolean
stub_save (CwProgressStore *self, GKeyFile *kf, const char *id, GError **error)
{
  g_autofree char *path = stub_path (self);
  gboolean ok = g_key_file_save_to_file (kf, path, error);

  if (ok)
    g_signal_emit_by_name (self, "changed::exercises", NULL);
  return ok;
}

void
cw_exercise_progress_free (CwExerciseProgress *p)
{
  if (p == NULL)
    return;
  g_free (p->exercise_id);
  g_free (p->draft);
  g_free (p);
}

static CwExerciseProgress *
stub_read (GKeyFile *kf, const char *id)
{
  CwExerciseProgress *p = g_new0 (CwExerciseProgress, 1);

  p->exercise_id = g_strdup (id);
  p->state = g_key_file_get_integer (kf, id, "state", NULL);
  p->attempts = g_key_file_get_integer (kf, id, "attempts", NULL);
  p->first_passed_at = g_key_file_get_int64 (kf, id, "first_passed_at", NULL);
  p->hints_shown = g_key_file_get_integer (kf, id, "hints_shown", NULL);
  p->solution_revealed = g_key_file_get_boolean (kf, id, "solution_revealed", NULL);
  p->draft = g_key_file_get_string (kf, id, "draft", NULL);
  p->draft_saved_at = g_key_file_get_int64 (kf, id, "draft_saved_at", NULL);
  return p;
}

CwExerciseProgress *
cw_progress_store_get_exercise (CwProgressStore *self, const char *id, GError **error)
{
  g_autoptr(GKeyFile) kf = stub_load (self);
  return stub_read (kf, id);
}

GHashTable *
cw_progress_store_list_exercises (CwProgressStore *self, GError **error)
{
  g_autoptr(GKeyFile) kf = stub_load (self);
  g_auto(GStrv) groups = g_key_file_get_groups (kf, NULL);
  GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) cw_exercise_progress_free);
  for (guint i = 0; groups[i]; i++)
    g_hash_table_insert (t, g_strdup (groups[i]), stub_read (kf, groups[i]));
  return t;
}

gboolean
cw_progress_store_save_draft (CwProgressStore *self, const char *id, const char *draft, GError **error)
{
  g_autoptr(GKeyFile) kf = stub_load (self);
  g_key_file_set_string (kf, id, "draft", draft);
  g_key_file_set_int64 (kf, id, "draft_saved_at", g_get_real_time ());
  return stub_save (self, kf, id, error);
}

gboolean
cw_progress_store_record_attempt (CwProgressStore *self, const char *id, gboolean passed, GError **error)
{
  g_autoptr(GKeyFile) kf = stub_load (self);
  int state = g_key_file_get_integer (kf, id, "state", NULL);
  g_key_file_set_integer (kf, id, "attempts", g_key_file_get_integer (kf, id, "attempts", NULL) + 1);
  if (passed && state != CW_EXERCISE_PASSED)
    {
      g_key_file_set_integer (kf, id, "state", CW_EXERCISE_PASSED);
      g_key_file_set_int64 (kf, id, "first_passed_at", g_get_real_time ());
    }
  else if (state == CW_EXERCISE_NOT_STARTED)
    g_key_file_set_integer (kf, id, "state", CW_EXERCISE_ATTEMPTED);
  return stub_save (self, kf, id, error);
}

gboolean
cw_progress_store_record_hints_shown (CwProgressStore *self, const char *id, guint n, GError **error)
{
  g_autoptr(GKeyFile) kf = stub_load (self);
  g_key_file_set_integer (kf, id, "hints_shown", n);
  return stub_save (self, kf, id, error);
}

gboolean
cw_progress_store_reveal_solution (CwProgressStore *self, const char *id, GError **error)
{
  g_autoptr(GKeyFile) kf = stub_load (self);
  g_key_file_set_boolean (kf, id, "solution_revealed", TRUE);
  return stub_save (self, kf, id, error);
}

guint
cw_progress_store_count_passed (CwProgressStore *self, const char * const *ids)
{
  g_autoptr(GKeyFile) kf = stub_load (self);
  guint n = 0;
  for (guint i = 0; ids != NULL && ids[i]; i++)
    if (g_key_file_get_integer (kf, ids[i], "state", NULL) == CW_EXERCISE_PASSED)
      n++;
  return n;
}
