/* cw-child-process.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-child-process"

/* waitid(), RLIMIT_NPROC and prctl() are beyond a strict -std=c17. */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <glib-unix.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#ifdef __linux__
# include <sys/prctl.h>
#endif

#include "cw-child-process.h"

/* How often a running child is checked for having exited while its pipe stays open (it may
 * have closed its output, or left a background process holding the pipe): from 1 ms up to
 * this, so a short run is seen at once and a long one costs a few wake-ups a second. */
#define CW_CHILD_MAX_TICK_US (50 * 1000)

/* Everything the child needs between fork and exec, prepared beforehand: only
 * async-signal-safe calls happen there. */
typedef struct
{
  pid_t         parent;
  struct rlimit core;
  struct rlimit memory;
  struct rlimit file_size;
  struct rlimit tasks;
  gboolean      set_memory;
  gboolean      set_file_size;
  gboolean      set_tasks;
} CwChildSetup;

static void
cw_child_setup_limit (struct rlimit *limit,
                      int            resource,
                      guint64        value)
{
  struct rlimit current;

  /* Hard and soft alike, so the program cannot raise it back; never above the hard limit
   * it has now, which would fail. */
  limit->rlim_cur = (rlim_t) value;
  if (getrlimit (resource, &current) == 0 && current.rlim_max != RLIM_INFINITY &&
      current.rlim_max < limit->rlim_cur)
    limit->rlim_cur = current.rlim_max;
  limit->rlim_max = limit->rlim_cur;
}

/* Runs in the child after fork, before exec. */
static void
cw_child_setup (gpointer user_data)
{
  const CwChildSetup *setup = user_data;
  struct sigaction    action;
  sigset_t            mask;

  /* Its own group, so one kill(-pid) reaches everything it starts. The parent does the
   * same right after the spawn, whichever runs first. */
  setpgid (0, 0);

#ifdef __linux__
  /* Should Crabwise die while it runs, the kernel kills it too. The "parent" here is the
   * thread that forked, which waits for it to the end. */
  prctl (PR_SET_PDEATHSIG, SIGKILL);
  if (getppid () != setup->parent)
    _exit (127);
#endif

  /* Worker threads may run with signals blocked, and the mask survives exec: a program that
   * overflows its stack or writes past its file size limit must be stopped by the signal. */
  sigemptyset (&mask);
  sigprocmask (SIG_SETMASK, &mask, NULL);
  memset (&action, 0, sizeof action);
  action.sa_handler = SIG_DFL;
  sigaction (SIGPIPE, &action, NULL);
  sigaction (SIGXFSZ, &action, NULL);

  /* A crash writes no core file into the folder, nor into the system's crash collector. */
  setrlimit (RLIMIT_CORE, &setup->core);
  if (setup->set_memory)
    setrlimit (RLIMIT_AS, &setup->memory);
  if (setup->set_file_size)
    setrlimit (RLIMIT_FSIZE, &setup->file_size);
  if (setup->set_tasks)
    setrlimit (RLIMIT_NPROC, &setup->tasks);
}

static void
cw_child_kill_group (GPid pid)
{
  /* The group id is the leader's pid, and the leader is not reaped before this: the id cannot
   * have been given to another process meanwhile. */
  if (kill (-pid, SIGKILL) != 0 && errno != ESRCH && errno != EPERM)
    g_debug ("kill (-%d): %s", (int) pid, g_strerror (errno));
}

/* Whether the child has exited, without reaping it (WNOWAIT): its pid, and so its group id,
 * stay reserved until the group has been killed. */
static gboolean
cw_child_has_exited (GPid     pid,
                     gboolean block)
{
  siginfo_t info;
  int       result;

  do
    {
      memset (&info, 0, sizeof info);
      result = waitid (P_PID, (id_t) pid, &info, WEXITED | WNOWAIT | (block ? 0 : WNOHANG));
    }
  while (result != 0 && errno == EINTR);

  if (result != 0)
    {
      /* ECHILD: someone else reaped it (a SIGCHLD set to SIG_IGN); it is gone either way. */
      g_warning ("waitid (%d): %s", (int) pid, g_strerror (errno));
      return TRUE;
    }

  return info.si_pid == pid;
}

static void
cw_child_reap (GPid            pid,
               CwChildOutcome *outcome)
{
  int status = 0;
  int result;

  do
    result = waitpid (pid, &status, 0);
  while (result < 0 && errno == EINTR);

  if (result < 0)
    {
      g_warning ("waitpid (%d): %s", (int) pid, g_strerror (errno));
      outcome->exited = FALSE;
      outcome->term_signal = SIGKILL;
      return;
    }

  if (WIFEXITED (status))
    {
      outcome->exited = TRUE;
      outcome->exit_status = WEXITSTATUS (status);
    }
  else
    {
      outcome->exited = FALSE;
      outcome->term_signal = WIFSIGNALED (status) ? WTERMSIG (status) : SIGKILL;
    }
}

/* Reads what the pipe holds now. Returns FALSE at the end of the output (or an error);
 * sets *over once more than the limit was written. */
static gboolean
cw_child_read_available (int             fd,
                         gsize           limit,
                         CwChildOutcome *outcome,
                         gboolean       *over)
{
  char buffer[32 * 1024];

  for (;;)
    {
      ssize_t n = read (fd, buffer, sizeof buffer);

      if (n > 0)
        {
          gsize room = limit == 0 ? (gsize) n : limit - MIN (limit, outcome->output->len);

          g_byte_array_append (outcome->output, (const guint8 *) buffer, MIN (room, (gsize) n));
          if ((gsize) n > room)
            {
              *over = TRUE;
              return TRUE;
            }
        }
      else if (n == 0)
        {
          return FALSE;
        }
      else if (errno == EAGAIN)
        {
          return TRUE;
        }
      else if (errno != EINTR)
        {
          g_debug ("read: %s", g_strerror (errno));
          return FALSE;
        }
    }
}

static void
cw_child_close (int *fd)
{
  if (*fd >= 0)
    {
      g_close (*fd, NULL);
      *fd = -1;
    }
}

static int
cw_child_poll_ms (gint64 until,
                  gint64 now)
{
  if (until <= now)
    return 0;

  /* Rounded up, so a wake-up never comes just before the moment it waits for. */
  return (int) MIN ((until - now + 999) / 1000, G_MAXINT);
}

typedef struct
{
  GPid            pid;
  int             out_fd;
  int             cancel_fd;
  gsize           limit;
  gint64          started;
  gint64          deadline;
  gboolean        killed;
  gboolean        cancelled;
  gboolean        exited;
  CwChildOutcome *outcome;
} CwChildWatch;

static void
cw_child_watch_kill (CwChildWatch *watch)
{
  if (!watch->killed)
    cw_child_kill_group (watch->pid);
  watch->killed = TRUE;
}

/* One wait for output, cancellation, the deadline or the next tick; then what came of it. */
static void
cw_child_watch_step (CwChildWatch *watch,
                     gint64       *tick_us)
{
  struct pollfd fds[2];
  nfds_t        n_fds = 0;
  gint64        now = g_get_monotonic_time ();
  gint64        until = now + *tick_us;
  int           out_index = -1;
  int           cancel_index = -1;
  int           ready;

  if (!watch->killed && now >= watch->deadline)
    {
      watch->outcome->timed_out = TRUE;
      cw_child_watch_kill (watch);
    }
  if (!watch->killed)
    until = MIN (until, watch->deadline);

  if (watch->out_fd >= 0)
    {
      out_index = (int) n_fds;
      fds[n_fds].fd = watch->out_fd;
      fds[n_fds].events = POLLIN;
      fds[n_fds++].revents = 0;
    }
  if (watch->cancel_fd >= 0 && !watch->killed)
    {
      cancel_index = (int) n_fds;
      fds[n_fds].fd = watch->cancel_fd;
      fds[n_fds].events = POLLIN;
      fds[n_fds++].revents = 0;
    }

  ready = poll (fds, n_fds, cw_child_poll_ms (until, now));
  if (ready < 0 && errno != EINTR)
    g_warning ("poll: %s", g_strerror (errno));

  if (ready <= 0)
    *tick_us = MIN (*tick_us * 2, CW_CHILD_MAX_TICK_US);

  if (cancel_index >= 0 && fds[cancel_index].revents != 0)
    {
      watch->cancelled = TRUE;
      cw_child_watch_kill (watch);
    }

  if (out_index >= 0 && fds[out_index].revents != 0)
    {
      gboolean over = FALSE;

      if (!cw_child_read_available (watch->out_fd, watch->limit, watch->outcome, &over))
        cw_child_close (&watch->out_fd);
      if (over)
        {
          watch->outcome->output_cut = TRUE;
          cw_child_watch_kill (watch);
          cw_child_close (&watch->out_fd);
        }
    }

  if (!watch->exited && cw_child_has_exited (watch->pid, FALSE))
    {
      watch->exited = TRUE;
      watch->outcome->elapsed_us = g_get_monotonic_time () - watch->started;
    }
}

static void
cw_child_watch (CwChildWatch *watch)
{
  gint64 tick_us = 1000;

  while (!watch->exited || watch->out_fd >= 0)
    {
      if (watch->exited)
        {
          gboolean over = FALSE;

          /* The leader is gone, but something it started still holds the pipe. That is left
           * behind, and is killed with the group; what the pipe holds now is the rest. */
          cw_child_watch_kill (watch);
          cw_child_read_available (watch->out_fd, watch->limit, watch->outcome, &over);
          watch->outcome->output_cut |= over;
          cw_child_close (&watch->out_fd);
          break;
        }

      cw_child_watch_step (watch, &tick_us);
    }
}

/**
 * cw_child_process_task_limit:
 * @extra: how many more processes and threads the program may start
 *
 * RLIMIT_NPROC counts every process and thread of the user, not those of one program, so a
 * limit is the number the user runs now plus @extra. Root ignores the limit, and in a Flatpak
 * the sandbox cannot see the user's other processes to count them: there this returns 0 (no
 * limit), as it does for @extra 0.
 *
 * Returns: a value for CwChildLimits.max_tasks, or 0
 */
guint64
cw_child_process_task_limit (guint extra)
{
  g_autoptr(GDir) dir = NULL;
  const char     *name;
  guint64         count = 0;
  uid_t           uid = getuid ();

  if (extra == 0 || geteuid () == 0 || g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return 0;

  dir = g_dir_open ("/proc", 0, NULL);
  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      char        path[64];
      struct stat st;

      if (!g_ascii_isdigit (name[0]))
        continue;

      /* A process directory belongs to the process's user; its task folder has one link per
       * thread plus two. */
      g_snprintf (path, sizeof path, "/proc/%s/task", name);
      if (stat (path, &st) == 0 && st.st_uid == uid && st.st_nlink > 2)
        count += st.st_nlink - 2;
    }

  return count + extra;
}

/**
 * cw_child_process_run:
 * @argv: the program (an absolute path: PATH is not searched) and its arguments
 * @envp: its whole environment
 * @working_directory: (nullable): where it runs
 * @limits: what it may use
 * @cancellable: (nullable): kills the group at once
 * @outcome: (out caller-allocates): how it ended; clear with cw_child_outcome_clear()
 * @error: G_SPAWN_ERROR when it could not start, or G_IO_ERROR_CANCELLED
 *
 * Runs @argv to its end under @limits (see the top of the header). A time limit or output
 * limit that kills it is not an error: @outcome says so. On error, @outcome is left cleared,
 * and a child that was started has been killed and reaped all the same.
 */
gboolean
cw_child_process_run (const char * const   *argv,
                      const char * const   *envp,
                      const char           *working_directory,
                      const CwChildLimits  *limits,
                      GCancellable         *cancellable,
                      CwChildOutcome       *outcome,
                      GError              **error)
{
  CwChildSetup setup = { 0 };
  CwChildWatch watch = { 0 };
  int          pipe_fds[2] = { -1, -1 };
  GPid         pid = 0;
  gint64       started;

  g_return_val_if_fail (argv != NULL && argv[0] != NULL, FALSE);
  g_return_val_if_fail (envp != NULL, FALSE);
  g_return_val_if_fail (limits != NULL, FALSE);
  g_return_val_if_fail (outcome != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (outcome, 0, sizeof *outcome);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  setup.parent = getpid ();
  setup.core.rlim_cur = setup.core.rlim_max = 0;
  setup.set_memory = limits->memory_bytes > 0;
  if (setup.set_memory)
    cw_child_setup_limit (&setup.memory, RLIMIT_AS, limits->memory_bytes);
  setup.set_file_size = limits->file_size_bytes > 0;
  if (setup.set_file_size)
    cw_child_setup_limit (&setup.file_size, RLIMIT_FSIZE, limits->file_size_bytes);
  setup.set_tasks = limits->max_tasks > 0;
  if (setup.set_tasks)
    cw_child_setup_limit (&setup.tasks, RLIMIT_NPROC, limits->max_tasks);

  if (!g_unix_open_pipe (pipe_fds, FD_CLOEXEC, error))
    return FALSE;

  /* The spawn returns once the program is exec'd: that counts too. */
  started = g_get_monotonic_time ();

  /* No shell, nothing inherited but the pipe (GLib closes every other descriptor), and not
   * reaped by GLib: the group must be killed before the leader is reaped. */
  if (!g_spawn_async_with_pipes_and_fds (working_directory, argv, envp,
                                         G_SPAWN_DO_NOT_REAP_CHILD |
                                         G_SPAWN_STDIN_FROM_DEV_NULL,
                                         cw_child_setup, &setup,
                                         -1, pipe_fds[1], pipe_fds[1],
                                         NULL, NULL, 0,
                                         &pid, NULL, NULL, NULL, error))
    {
      g_close (pipe_fds[0], NULL);
      g_close (pipe_fds[1], NULL);
      return FALSE;
    }

  g_close (pipe_fds[1], NULL);
  /* Fails harmlessly when the child has already done it and exec'd. */
  setpgid (pid, pid);

  outcome->output = g_byte_array_new ();
  outcome->pid = pid;

  watch.pid = pid;
  watch.out_fd = pipe_fds[0];
  watch.cancel_fd = g_cancellable_get_fd (cancellable);
  watch.limit = limits->output_limit;
  watch.started = started;
  watch.deadline = limits->timeout_ms > 0 ? started + (gint64) limits->timeout_ms * 1000
                                          : G_MAXINT64;
  watch.outcome = outcome;
  g_unix_set_fd_nonblocking (watch.out_fd, TRUE, NULL);

  cw_child_watch (&watch);

  if (watch.cancel_fd >= 0)
    g_cancellable_release_fd (cancellable);

  /* Whatever it left in its group goes now, before the leader is reaped. */
  cw_child_kill_group (pid);
  cw_child_reap (pid, outcome);

  if (watch.cancelled)
    {
      cw_child_outcome_clear (outcome);
      /* The cancellable is what woke the watch: it is cancelled. */
      g_cancellable_set_error_if_cancelled (cancellable, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * cw_child_outcome_get_text:
 *
 * Returns: (transfer full): the output as text: invalid UTF-8 (and NUL) repaired as U+FFFD
 */
char *
cw_child_outcome_get_text (const CwChildOutcome *outcome)
{
  g_return_val_if_fail (outcome != NULL, NULL);

  if (outcome->output == NULL || outcome->output->len == 0)
    return g_strdup ("");

  return g_utf8_make_valid ((const char *) outcome->output->data, (gssize) outcome->output->len);
}

void
cw_child_outcome_clear (CwChildOutcome *outcome)
{
  g_return_if_fail (outcome != NULL);

  g_clear_pointer (&outcome->output, g_byte_array_unref);
  memset (outcome, 0, sizeof *outcome);
}
