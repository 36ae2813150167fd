/* cw-progress-types.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-progress-types"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-progress-types.h"

#define CW_PROGRESS_PARAM_FLAGS \
  (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS)


/* CwFibRun */

struct _CwFibRun
{
  GObject    parent_instance;

  guint      n;
  char      *algorithm;
  guint64    elapsed_ns;
  char      *value_preview;
  GDateTime *date;
};

G_DEFINE_FINAL_TYPE (CwFibRun, cw_fib_run, G_TYPE_OBJECT)

enum
{
  FIB_RUN_PROP_0,
  FIB_RUN_PROP_N,
  FIB_RUN_PROP_ALGORITHM,
  FIB_RUN_PROP_ELAPSED_NS,
  FIB_RUN_PROP_VALUE_PREVIEW,
  FIB_RUN_PROP_DATE,
  FIB_RUN_N_PROPS
};

static GParamSpec *fib_run_props[FIB_RUN_N_PROPS];

static void
cw_fib_run_finalize (GObject *object)
{
  CwFibRun *self = CW_FIB_RUN (object);

  g_clear_pointer (&self->algorithm, g_free);
  g_clear_pointer (&self->value_preview, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (cw_fib_run_parent_class)->finalize (object);
}

static void
cw_fib_run_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CwFibRun *self = CW_FIB_RUN (object);

  switch (prop_id)
    {
    case FIB_RUN_PROP_N:
      g_value_set_uint (value, self->n);
      break;

    case FIB_RUN_PROP_ALGORITHM:
      g_value_set_string (value, self->algorithm);
      break;

    case FIB_RUN_PROP_ELAPSED_NS:
      g_value_set_uint64 (value, self->elapsed_ns);
      break;

    case FIB_RUN_PROP_VALUE_PREVIEW:
      g_value_set_string (value, self->value_preview);
      break;

    case FIB_RUN_PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_fib_run_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CwFibRun *self = CW_FIB_RUN (object);

  switch (prop_id)
    {
    case FIB_RUN_PROP_N:
      self->n = g_value_get_uint (value);
      break;

    case FIB_RUN_PROP_ALGORITHM:
      g_free (self->algorithm);
      self->algorithm = g_value_dup_string (value);
      break;

    case FIB_RUN_PROP_ELAPSED_NS:
      self->elapsed_ns = g_value_get_uint64 (value);
      break;

    case FIB_RUN_PROP_VALUE_PREVIEW:
      g_free (self->value_preview);
      self->value_preview = g_value_dup_string (value);
      break;

    case FIB_RUN_PROP_DATE:
      g_clear_pointer (&self->date, g_date_time_unref);
      self->date = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_fib_run_class_init (CwFibRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_fib_run_finalize;
  object_class->get_property = cw_fib_run_get_property;
  object_class->set_property = cw_fib_run_set_property;

  fib_run_props[FIB_RUN_PROP_N] =
    g_param_spec_uint ("n", NULL, NULL, 0, G_MAXUINT, 0, CW_PROGRESS_PARAM_FLAGS);
  fib_run_props[FIB_RUN_PROP_ALGORITHM] =
    g_param_spec_string ("algorithm", NULL, NULL, NULL, CW_PROGRESS_PARAM_FLAGS);
  fib_run_props[FIB_RUN_PROP_ELAPSED_NS] =
    g_param_spec_uint64 ("elapsed-ns", NULL, NULL, 0, G_MAXUINT64, 0, CW_PROGRESS_PARAM_FLAGS);
  fib_run_props[FIB_RUN_PROP_VALUE_PREVIEW] =
    g_param_spec_string ("value-preview", NULL, NULL, NULL, CW_PROGRESS_PARAM_FLAGS);
  fib_run_props[FIB_RUN_PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME, CW_PROGRESS_PARAM_FLAGS);

  g_object_class_install_properties (object_class, FIB_RUN_N_PROPS, fib_run_props);
}

static void
cw_fib_run_init (CwFibRun *self)
{
}

guint
cw_fib_run_get_n (CwFibRun *self)
{
  g_return_val_if_fail (CW_IS_FIB_RUN (self), 0);

  return self->n;
}

const char *
cw_fib_run_get_algorithm (CwFibRun *self)
{
  g_return_val_if_fail (CW_IS_FIB_RUN (self), NULL);

  return self->algorithm;
}

guint64
cw_fib_run_get_elapsed_ns (CwFibRun *self)
{
  g_return_val_if_fail (CW_IS_FIB_RUN (self), 0);

  return self->elapsed_ns;
}

const char *
cw_fib_run_get_value_preview (CwFibRun *self)
{
  g_return_val_if_fail (CW_IS_FIB_RUN (self), NULL);

  return self->value_preview;
}

GDateTime *
cw_fib_run_get_date (CwFibRun *self)
{
  g_return_val_if_fail (CW_IS_FIB_RUN (self), NULL);

  return self->date;
}


/* CwBackup */

struct _CwBackup
{
  GObject    parent_instance;

  char      *path;
  GDateTime *date;
};

G_DEFINE_FINAL_TYPE (CwBackup, cw_backup, G_TYPE_OBJECT)

enum
{
  BACKUP_PROP_0,
  BACKUP_PROP_PATH,
  BACKUP_PROP_DATE,
  BACKUP_N_PROPS
};

static GParamSpec *backup_props[BACKUP_N_PROPS];

static void
cw_backup_finalize (GObject *object)
{
  CwBackup *self = CW_BACKUP (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (cw_backup_parent_class)->finalize (object);
}

static void
cw_backup_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CwBackup *self = CW_BACKUP (object);

  switch (prop_id)
    {
    case BACKUP_PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case BACKUP_PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_backup_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CwBackup *self = CW_BACKUP (object);

  switch (prop_id)
    {
    case BACKUP_PROP_PATH:
      g_free (self->path);
      self->path = g_value_dup_string (value);
      break;

    case BACKUP_PROP_DATE:
      g_clear_pointer (&self->date, g_date_time_unref);
      self->date = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_backup_class_init (CwBackupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_backup_finalize;
  object_class->get_property = cw_backup_get_property;
  object_class->set_property = cw_backup_set_property;

  backup_props[BACKUP_PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, CW_PROGRESS_PARAM_FLAGS);
  backup_props[BACKUP_PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME, CW_PROGRESS_PARAM_FLAGS);

  g_object_class_install_properties (object_class, BACKUP_N_PROPS, backup_props);
}

static void
cw_backup_init (CwBackup *self)
{
}

const char *
cw_backup_get_path (CwBackup *self)
{
  g_return_val_if_fail (CW_IS_BACKUP (self), NULL);

  return self->path;
}

GDateTime *
cw_backup_get_date (CwBackup *self)
{
  g_return_val_if_fail (CW_IS_BACKUP (self), NULL);

  return self->date;
}
