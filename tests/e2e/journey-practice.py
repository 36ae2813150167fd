#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""practice: fix a make-it-compile exercise by typing, press Check, read that it passed; after a restart the draft and the pass are still there

Issue 12: the learner writes Rust in the lesson and the real rustc checks it. Skipped (77)
without a rustc new enough, as the exercise cannot be checked then."""

import shutil
import subprocess
import sys
import tempfile
import time

import crabwise_e2e as e
from gi.repository import Atspi

LESSON = "Ownership and moves"
EXERCISE = "Keep the name after a call"
FIX = ".clone()"
FIXED = "describe(name.clone())"
STARTED = time.monotonic()


def rustc_is_there():
    """A rustc new enough for edition 2024 where the app looks (PATH, then ~/.cargo/bin)."""
    import os
    import re
    for rustc in (os.environ.get("CRABWISE_RUSTC"), shutil.which("rustc"),
                  os.path.expanduser("~/.cargo/bin/rustc")):
        if not rustc or not os.path.exists(rustc):
            continue
        out = subprocess.run([rustc, "--version"], capture_output=True, text=True, check=False).stdout
        match = re.match(r"rustc (\d+)\.(\d+)", out)
        if match and (int(match[1]), int(match[2])) >= (1, 85):
            return True
    return False


def scroll_to(root, acc):
    """The mouse wheel in the lesson's left margin until @acc (inside an exercise, whose box
    has 18 px of padding) is in view; over a code view the wheel would scroll the code."""
    frame = e.find(root, "frame").get_extents(Atspi.CoordType.SCREEN)
    x, y = acc.get_extents(Atspi.CoordType.SCREEN).x - 28, frame.y + frame.height // 2

    def scrolled():
        rect = acc.get_extents(Atspi.CoordType.SCREEN)
        if rect.height > 0 and rect.y >= frame.y and rect.y + min(rect.height, 200) <= frame.y + frame.height:
            return True
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "--repeat", "3",
                        "--delay", "10", "5" if rect.y > frame.y else "4"], check=True)
        return False

    e.wait_for(scrolled, f"{e.name_of(acc)!r} to scroll into view")


def open_lesson(root):
    e.click_at(e.find(root, "list item", "Lessons"))
    row = e.find(root, "list item", LESSON, visible=False)
    e.wait_for(lambda: e.inside_frame(row, root) or scroll_list(root, row), f"the row {LESSON!r}")
    e.click_at(row)
    e.find(root, "label", LESSON)


def scroll_list(root, row):
    frame = e.find(root, "frame").get_extents(Atspi.CoordType.SCREEN)
    subprocess.run(["xdotool", "mousemove", str(frame.x + frame.width - 40), str(frame.y + frame.height // 2),
                    "click", "--repeat", "3", "--delay", "10", "5"], check=True)
    return False


def journey(binary):
    home = tempfile.mkdtemp(prefix="crabwise-e2e-")
    steps = 0
    try:
        app = e.App(binary, home=home).start()
        try:
            root = app.root
            open_lesson(root)
            exercise = e.find(root, "panel", EXERCISE, visible=False)
            editor = e.find(exercise, "text", "Your Rust code", visible=False)
            scroll_to(root, editor)
            e.check("describe(name)" in e.content_of(editor), "the starter in the editor")
            steps += 1
            print(f"# step {steps} at {time.monotonic() - STARTED:.1f} s", flush=True)

            # As a person fixes it: click into the code, go to line 6, before ");", type.
            e.click_at(editor)
            e.keys("ctrl+Home")
            e.keys(*(["Down"] * 5), "End", "Left", "Left")
            e.type_text(FIX)
            e.wait_for(lambda: FIXED in e.content_of(editor), "the typed fix in the editor")
            steps += 1
            print(f"# step {steps} at {time.monotonic() - STARTED:.1f} s", flush=True)

            e.click(e.find(exercise, "push button", "Check"))
            e.find(exercise, "label", "All tests passed", visible=False)
            steps += 1
            print(f"# step {steps} at {time.monotonic() - STARTED:.1f} s", flush=True)
            # Quit at once: the draft must be saved on close.
            app.quit()
        finally:
            app.kill()

        app = e.App(binary, home=home).start()
        try:
            root = app.root
            # Back on the lesson: the fixed code and the pass are there.
            e.find(root, "label", LESSON)
            exercise = e.find(root, "panel", EXERCISE, visible=False)
            editor = e.find(exercise, "text", "Your Rust code", visible=False)
            e.wait_for(lambda: FIXED in e.content_of(editor), "the draft with the fix after a restart")
            e.find(exercise, "label", "Passed before", visible=False)
            steps += 1
            print(f"# step {steps} at {time.monotonic() - STARTED:.1f} s", flush=True)
            # And the lesson list counts it.
            e.click(e.find(root, "push button", "All Lessons"))
            row = e.find(root, "list item", LESSON, visible=False)
            e.find(row, "label", "1 of 2 exercises passed", visible=False)
            steps += 1
            print(f"# step {steps} at {time.monotonic() - STARTED:.1f} s", flush=True)
            app.quit()
        finally:
            app.kill()
        return steps
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and not rustc_is_there():
        print("# skipped: no rustc to check the exercise with")
        sys.exit(e.SKIP)
    sys.exit(e.run_journey(journey))
