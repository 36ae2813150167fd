# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the real Crabwise through the accessibility tree, as a person would: find a
control by its role and accessible name, click it, type, read what the screen says.
Never calls internal functions. Needs a display and a D-Bus session with the
accessibility bus (make check runs it under xvfb-run and dbus-run-session)."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

SKIP = 77
APP_ID = "io.github.crabwise.Crabwise"


class JourneyFailed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise JourneyFailed(message)


# A journey never passes or fails by how fast the machine is: every wait is for something
# that must happen, bounded only so that a broken app fails instead of hanging. The bound is
# far above what anything needs on a busy machine: 60 s was once exceeded with three make
# check runs, two CPU hogs and compilers sharing two cores (load 16).
FINISHES = 300.0


def screenshot():
    """The screen as it is now, for a failure (taken before the app is cleaned up)."""
    if shutil.which("import") and os.environ.get("DISPLAY"):
        shot = os.path.join(tempfile.gettempdir(),
                            f"crabwise-e2e-{os.path.basename(sys.argv[0])}.png")
        subprocess.run(["import", "-window", "root", shot], check=False)
        print(f"# the screen when it failed: {shot}")


def wait_for(predicate, what, timeout=FINISHES, interval=0.1):
    """Bounded wait: returns the predicate's value or fails saying what was awaited."""
    timeout = max(timeout, FINISHES)
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
        except gi.repository.GLib.GError:
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            screenshot()
            raise JourneyFailed(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def role_name(acc):
    try:
        return acc.get_role_name()
    except Exception:  # noqa: BLE001 - a vanished object has no role
        return ""


def name_of(acc):
    try:
        return acc.get_name() or ""
    except Exception:  # noqa: BLE001
        return ""


def text_of(acc):
    """What a screen reader reads: the name, or the text (GTK 4.8 needs the real length)."""
    name = name_of(acc)
    if name:
        return name
    try:
        text = acc.get_text_iface()
        if text is not None:
            return text.get_text(0, text.get_character_count())
    except Exception:  # noqa: BLE001
        pass
    return ""


def content_of(acc):
    """The text inside an editable or text widget (not its name)."""
    text = acc.get_text_iface()
    if text is None:
        return ""
    return text.get_text(0, text.get_character_count())


def walk(root, max_nodes=20000, last_first=False):
    """Depth first, in child order; with last_first, the last child first (a toast is the
    last child of its overlay, and would otherwise be reached only after a whole page)."""
    stack = [root]
    seen = 0
    while stack and seen < max_nodes:
        acc = stack.pop()
        seen += 1
        yield acc
        try:
            count = acc.get_child_count()
        except Exception:  # noqa: BLE001
            continue
        for i in (range(count) if last_first else range(count - 1, -1, -1)):
            try:
                child = acc.get_child_at_index(i)
            except Exception:  # noqa: BLE001
                child = None
            if child is not None:
                stack.append(child)


def showing(acc):
    """On screen now. GTK 4.8 does not report the SHOWING state, but an unmapped widget
    has no extents, so a non-empty box on screen is what a person could see."""
    try:
        rect = acc.get_extents(Atspi.CoordType.SCREEN)
        return rect.width > 0 and rect.height > 0
    except Exception:  # noqa: BLE001
        return False


def inside_frame(acc, root):
    """Scrolled into the window's visible area (a widget scrolled away keeps its extents)."""
    try:
        frame = find(root, "frame").get_extents(Atspi.CoordType.SCREEN)
        rect = acc.get_extents(Atspi.CoordType.SCREEN)
    except Exception:  # noqa: BLE001
        return False
    return rect.height > 0 and rect.y >= frame.y and rect.y + rect.height <= frame.y + frame.height


def names_match(text, name):
    # GTK 4.8 reads a button with a label and an accessible name as "Name Label".
    return text == name or text.startswith(name + " ")


def find_all(root, role=None, name=None, contains=None, visible=True, last_first=False):
    found = []
    for acc in walk(root, last_first=last_first):
        if role is not None and role_name(acc) != role:
            continue
        if name is not None and not names_match(text_of(acc), name):
            continue
        if contains is not None and contains not in text_of(acc):
            continue
        if visible and not showing(acc):
            continue
        found.append(acc)
    return found


def find(root, role=None, name=None, contains=None, timeout=FINISHES, visible=True,
         last_first=False):
    what = f"{role or 'anything'} named {name!r}" if name else f"{role or 'anything'} containing {contains!r}"

    def look():
        hits = find_all(root, role, name, contains, visible, last_first)
        return hits[0] if hits else None

    return wait_for(look, what, timeout)


def to_end_of_lesson(root, title):
    """Go to the end of the lesson (self-check and notes) as a person with a mouse would:
    the wheel over the page, in the margin left of the lesson's @title (over a code view the
    wheel would scroll the code instead), until the notes are in view. A lesson is several
    screens long, so its first controls may be below the fold."""
    notes = find(root, "text", "Notes", visible=False)
    find(root, "label", title)
    # The header bar names the lesson too: the lesson's own heading is the lowest of them.
    heading = max((label.get_extents(Atspi.CoordType.SCREEN)
                   for label in find_all(root, "label", title)), key=lambda extents: extents.y)
    frame = find(root, "frame").get_extents(Atspi.CoordType.SCREEN)
    x, y = heading.x - 6, frame.y + frame.height // 2

    def scrolled():
        if inside_frame(notes, root):
            return True
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "--repeat", "20",
                        "--delay", "10", "5"], check=True)
        return False

    wait_for(scrolled, "the end of the lesson (its notes) to scroll into view")


def click(acc):
    """Press it like a pointer or a keyboard would: its default action, or, for controls
    that GTK 4.8 exposes without one (check buttons), a pointer click."""
    action = acc.get_action_iface()
    if action is not None and action.get_n_actions() > 0:
        action.do_action(0)
        return
    click_at(acc)


def click_at(acc):
    """A real pointer click in the middle of it (for rows a view activates on click)."""
    rect = acc.get_extents(Atspi.CoordType.SCREEN)
    x, y = rect.x + rect.width // 2, rect.y + rect.height // 2
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], check=True)


def keys(*combo):
    subprocess.run(["xdotool", "key", "--delay", "60", *combo], check=True)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "30", text], check=True)


def set_text(acc, text):
    editable = acc.get_editable_text_iface()
    check(editable is not None, f"{name_of(acc)!r} is not editable")
    editable.set_text_contents(text)


def is_checked(acc):
    return acc.get_state_set().contains(Atspi.StateType.CHECKED) or \
        acc.get_state_set().contains(Atspi.StateType.PRESSED)


class App:
    """Crabwise started from the build tree with its own XDG folders."""

    def __init__(self, binary, home=None, args=()):
        self.binary = binary
        self.home = home or tempfile.mkdtemp(prefix="crabwise-e2e-")
        self.owns_home = home is None
        self.args = list(args)
        self.proc = None
        self.root = None

    @property
    def data_dir(self):
        return os.path.join(self.home, "data", APP_ID)

    def env(self):
        env = dict(os.environ)
        env.update({
            "XDG_DATA_HOME": os.path.join(self.home, "data"),
            "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
            "XDG_CACHE_HOME": os.path.join(self.home, "cache"),
            "GSETTINGS_BACKEND": "keyfile",
            "GDK_DEBUG": "gl-disable",
            "LANGUAGE": "C",
            "LC_ALL": "C.UTF-8",
        })
        env.pop("GTK_A11Y", None)
        env.pop("NO_AT_BRIDGE", None)
        env.pop("G_DEBUG", None)
        return env

    def start(self):
        for sub in ("data", "config", "cache"):
            os.makedirs(os.path.join(self.home, sub), exist_ok=True)
        # The app's output goes to a file, never to a pipe nobody drains: GTK 4.8 warns on
        # every screen-coordinate query a journey makes, and a full pipe would block the app.
        self.log_path = os.path.join(self.home, "crabwise.log")
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen([self.binary, *self.args], env=self.env(),
                                         stdout=log, stderr=subprocess.STDOUT)

        def app_in_tree():
            if self.proc.poll() is not None:
                raise JourneyFailed(f"crabwise exited with {self.proc.returncode}: {self.output()[-4000:]}")
            desktop = Atspi.get_desktop(0)
            for i in range(desktop.get_child_count()):
                child = desktop.get_child_at_index(i)
                if child is None:
                    continue
                try:
                    if child.get_process_id() == self.proc.pid:
                        return child
                except Exception:  # noqa: BLE001
                    continue
            return None

        self.root = wait_for(app_in_tree, "Crabwise in the accessibility tree")
        find(self.root, "frame")
        return self

    def quit(self):
        """Ctrl+Q, as a person would; waits for a clean exit."""
        keys("ctrl+q")
        try:
            self.proc.wait(timeout=FINISHES)
        except subprocess.TimeoutExpired:
            raise JourneyFailed(f"Ctrl+Q did not quit Crabwise within {FINISHES:.0f} s")
        check(self.proc.returncode == 0, f"crabwise exited with status {self.proc.returncode}")

    def output(self):
        """What the app printed so far."""
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def kill(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def cleanup(self):
        self.kill()
        if self.owns_home:
            shutil.rmtree(self.home, ignore_errors=True)


def run_journey(journey):
    """Runs journey(binary) with TAP-ish output; 77 (skip) without display or session."""
    if len(sys.argv) < 2:
        print("usage: JOURNEY CRABWISE")
        return 2
    if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("# skipped: needs a display and a D-Bus session (run through make check)")
        return SKIP
    if shutil.which("xdotool") is None:
        print("# skipped: xdotool is not installed")
        return SKIP
    Atspi.init()
    binary = os.path.abspath(sys.argv[1])
    title = (sys.modules["__main__"].__doc__ or "journey").strip().splitlines()[0]
    started = time.monotonic()
    try:
        steps = journey(binary)
    except JourneyFailed as e:
        print(f"not ok - {title}: {e}")
        print("0 passed, 1 failed")
        return 1
    print(f"ok - {title} ({steps} steps, {time.monotonic() - started:.1f} s)")
    print("1 passed, 0 failed")
    return 0
