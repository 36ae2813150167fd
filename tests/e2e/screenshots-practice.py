#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of Practice, light and dark: an exercise with the compiler's diagnostic
shown, the same exercise with all tests passing, and the no-toolchain state. The real app
under Xvfb, driven through the accessibility tree, captured with ImageMagick.

usage: screenshots-practice.py CRABWISE OUTPUT_DIR   (under xvfb-run and dbus-run-session)"""

import os
import subprocess
import sys
import time

import crabwise_e2e as e
from gi.repository import Atspi

from screenshots import configure, settle, shoot

HEIGHT = 1000
EXERCISE = "Keep the name after a call"


def to_exercise(root):
    """Wheel in the lesson's margin until the exercise's top is near the window's top."""
    exercise = e.find(root, "panel", EXERCISE, visible=False)
    frame = e.find(root, "frame").get_extents(Atspi.CoordType.SCREEN)

    def placed():
        rect = exercise.get_extents(Atspi.CoordType.SCREEN)
        if frame.y + 60 <= rect.y <= frame.y + 200:
            return True
        subprocess.run(["xdotool", "mousemove", str(rect.x - 10), str(frame.y + frame.height // 2),
                        "click", "5" if rect.y > frame.y + 200 else "4"], check=True)
        return False

    e.wait_for(placed, "the exercise at the top of the window")
    return exercise


def take(binary, out, scheme):
    app = e.App(binary, args=("--lesson=ownership",))
    configure(app, scheme, HEIGHT)
    app.start()
    try:
        root = app.root
        exercise = to_exercise(root)
        e.click(e.find(exercise, "push button", "Check"))
        e.find(exercise, "push button", "Explain", visible=False)
        to_exercise(root)
        settle()
        shoot(app, os.path.join(out, f"practice-diagnostic-{scheme}.png"))

        editor = e.find(exercise, "text", "Your Rust code", visible=False)
        e.click_at(editor)
        e.keys("ctrl+Home")
        e.keys(*(["Down"] * 5), "End", "Left", "Left")
        e.type_text(".clone()")
        e.click(e.find(exercise, "push button", "Check"))
        e.find(exercise, "label", "All tests passed", visible=False)
        to_exercise(root)
        settle()
        shoot(app, os.path.join(out, f"practice-passed-{scheme}.png"))
        app.quit()
    finally:
        app.cleanup()


def take_no_toolchain(binary, out, scheme):
    os.environ["CRABWISE_RUSTC"] = "/nonexistent"
    try:
        app = e.App(binary, args=("--lesson=ownership",))
        configure(app, scheme, HEIGHT)
        app.start()
    finally:
        del os.environ["CRABWISE_RUSTC"]
    try:
        root = app.root
        exercise = e.find(root, "panel", EXERCISE, visible=False)
        e.find(exercise, "label", "Checking needs the Rust compiler", visible=False)
        to_exercise(root)
        settle()
        shoot(app, os.path.join(out, f"practice-no-toolchain-{scheme}.png"))
        app.quit()
    finally:
        app.cleanup()


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    Atspi.init()
    binary, out = os.path.abspath(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    started = time.monotonic()
    for scheme in ("light", "dark"):
        take(binary, out, scheme)
        take_no_toolchain(binary, out, scheme)
    print(f"# {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
