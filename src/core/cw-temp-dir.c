/* cw-temp-dir.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-temp-dir"

/* O_PATH and ST_NOEXEC are Linux extensions. */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "cw-temp-dir.h"

/* Deeper than any real program goes; a tree deeper than this is left (and reported) rather
 * than holding one descriptor per level. */
#define CW_TEMP_DIR_MAX_DEPTH 64

/* Sweeps of one folder: a program that is still being killed may add an entry while it is
 * read, and readdir() need not show entries made during the walk. */
#define CW_TEMP_DIR_SWEEPS 4

static gboolean cw_temp_dir_empty_at (int   dir_fd,
                                      guint depth);

static char *
cw_temp_dir_parent (void)
{
  const char     *tmp = g_get_tmp_dir ();
  struct statvfs  st;
  char           *cache;

  if (statvfs (tmp, &st) != 0 || (st.f_flag & ST_NOEXEC) == 0)
    return g_strdup (tmp);

  /* Hardened systems mount /tmp noexec; the compiled tests could not run from there. */
  cache = g_build_filename (g_get_user_cache_dir (), PACKAGE_NAME, NULL);
  if (g_mkdir_with_parents (cache, 0700) != 0)
    {
      g_free (cache);
      return g_strdup (tmp);
    }

  return cache;
}

/* Gives us back our own rights on a folder the program locked (chmod 000), without following
 * a symbolic link: the mode change goes through the descriptor of the very folder opened. */
static int
cw_temp_dir_open_locked (int         dir_fd,
                         const char *name)
{
  char path[64];
  int  path_fd;
  int  fd;

  path_fd = openat (dir_fd, name, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (path_fd < 0)
    return -1;

  g_snprintf (path, sizeof path, "/proc/self/fd/%d", path_fd);
  if (chmod (path, S_IRWXU) != 0)
    {
      g_close (path_fd, NULL);
      return -1;
    }

  fd = openat (path_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  g_close (path_fd, NULL);

  return fd;
}

static gboolean
cw_temp_dir_remove_entry (int         dir_fd,
                          const char *name,
                          guint       depth)
{
  int sub_fd;

  /* Files, symbolic links (never followed), fifos, sockets. */
  if (unlinkat (dir_fd, name, 0) == 0)
    return TRUE;
  if (errno != EISDIR && errno != EPERM)
    return errno == ENOENT;

  sub_fd = openat (dir_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (sub_fd < 0 && errno == EACCES)
    sub_fd = cw_temp_dir_open_locked (dir_fd, name);
  if (sub_fd < 0)
    return FALSE;

  cw_temp_dir_empty_at (sub_fd, depth + 1);
  g_close (sub_fd, NULL);

  return unlinkat (dir_fd, name, AT_REMOVEDIR) == 0 || errno == ENOENT;
}

static gboolean
cw_temp_dir_empty_at (int   dir_fd,
                      guint depth)
{
  guint sweep;

  if (depth > CW_TEMP_DIR_MAX_DEPTH)
    return FALSE;

  /* Unlinking needs write and search rights on the folder itself. */
  fchmod (dir_fd, S_IRWXU);

  for (sweep = 0; sweep < CW_TEMP_DIR_SWEEPS; sweep++)
    {
      struct dirent *entry;
      DIR           *dir;
      int            fd;
      guint          seen = 0;
      guint          removed = 0;

      fd = dup (dir_fd);
      if (fd < 0)
        return FALSE;
      dir = fdopendir (fd);
      if (dir == NULL)
        {
          g_close (fd, NULL);
          return FALSE;
        }
      rewinddir (dir);

      while ((entry = readdir (dir)) != NULL)
        {
          if (g_str_equal (entry->d_name, ".") || g_str_equal (entry->d_name, ".."))
            continue;

          seen++;
          if (cw_temp_dir_remove_entry (dir_fd, entry->d_name, depth))
            removed++;
        }

      closedir (dir);

      if (seen == 0)
        return TRUE;
      if (removed == 0)
        return FALSE;
    }

  return FALSE;
}

/**
 * cw_temp_dir_create:
 * @prefix: the start of the folder's name, e.g. "crabwise-check"
 *
 * Returns: (transfer full): the path of a new, empty folder only this user can enter
 */
char *
cw_temp_dir_create (const char  *prefix,
                    GError     **error)
{
  g_autofree char *parent = cw_temp_dir_parent ();
  g_autofree char *template = g_strdup_printf ("%s-XXXXXX", prefix);
  g_autofree char *path = g_build_filename (parent, template, NULL);

  g_return_val_if_fail (prefix != NULL, NULL);

  if (g_mkdtemp_full (path, 0700) == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not make a private folder in %s: %s"),
                   parent, g_strerror (saved_errno));
      return NULL;
    }

  return g_steal_pointer (&path);
}

/**
 * cw_temp_dir_remove:
 * @path: a folder made by cw_temp_dir_create()
 *
 * Removes the folder and everything in it, whatever the program that ran there made of it:
 * symbolic links are removed, never followed (so nothing outside is touched), folders it
 * locked are unlocked first, and fifos and sockets are removed like files.
 *
 * Returns: %TRUE when the folder is gone
 */
gboolean
cw_temp_dir_remove (const char  *path,
                    GError     **error)
{
  int      fd;
  gboolean emptied;

  g_return_val_if_fail (path != NULL, FALSE);

  fd = open (path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        return TRUE;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not remove the private folder %s: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  emptied = cw_temp_dir_empty_at (fd, 0);
  g_close (fd, NULL);

  if (!emptied || (g_rmdir (path) != 0 && errno != ENOENT))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("Could not remove everything in the private folder %s"), path);
      return FALSE;
    }

  return TRUE;
}
