#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the main screens, light and dark: the real app under Xvfb, driven
through the accessibility tree like the e2e journeys, captured with ImageMagick.

usage: screenshots.py CRABWISE OUTPUT_DIR   (run under xvfb-run and dbus-run-session)"""

import os
import subprocess
import sys
import time

import crabwise_e2e as e

WIDTH, HEIGHT = 1200, 800
LAB_HEIGHT = 1560


def settle():
    time.sleep(1.2)


def shoot(app, path):
    window = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(app.proc.pid)],
                            capture_output=True, text=True, check=True).stdout.split()[0]
    subprocess.run(["import", "-window", window, path], check=True)
    print(f"saved {path}")


def configure(app, scheme, height):
    os.makedirs(os.path.join(app.home, "config", "glib-2.0", "settings"), exist_ok=True)
    with open(os.path.join(app.home, "config", "glib-2.0", "settings", "keyfile"), "w") as f:
        f.write("[io/github/crabwise/Crabwise]\n"
                f"window-width={WIDTH}\nwindow-height={height}\ncolor-scheme='{scheme}'\n")


def take_lab(binary, out, scheme):
    """The lab in a taller window, so the run, the comparison and the curve all show."""
    app = e.App(binary)
    configure(app, scheme, LAB_HEIGHT)
    app.start()
    try:
        root = app.root
        e.click_at(e.find(root, "list item", "Fibonacci Lab"))
        e.set_text(e.find(root, "text", "n"), "32")
        e.click(e.find(root, "push button", "Draw"))
        e.click(e.find(root, "push button", "Run"))
        e.wait_for(lambda: any("less time" in e.text_of(a) or "No JavaScript" in e.text_of(a)
                               for a in e.find_all(root, "label")), "the lab run", timeout=60)
        settle()
        shoot(app, os.path.join(out, f"lab-{scheme}.png"))
        app.quit()
    finally:
        app.cleanup()


def take(binary, out, scheme):
    app = e.App(binary)
    configure(app, scheme, HEIGHT)
    app.start()
    try:
        root = app.root
        table = e.find(root, "list", "Concept map")
        e.find(table, "label", "Memory management")
        settle()
        shoot(app, os.path.join(out, f"concept-map-{scheme}.png"))

        e.click_at(e.find(table, "label", "Memory management"))
        e.find(root, "label", "Ownership and moves", timeout=10)
        # Scroll to the first pair so both snippets show side by side: focus a control in
        # the page and page down, as with the keyboard.
        e.click_at(e.find(root, "label", "Assignment moves the value"))
        for _ in range(6):
            e.keys("Down")
        settle()
        shoot(app, os.path.join(out, f"lesson-{scheme}.png"))
        e.click(e.find(root, "push button", "Mark as Learned"))

        e.click_at(e.find(root, "list item", "Progress"))
        e.find(root, "label", "1 of 33 lessons", timeout=10)
        time.sleep(5)   # until the "marked as learned" toast has gone
        settle()
        shoot(app, os.path.join(out, f"progress-{scheme}.png"))
        app.quit()
    finally:
        app.cleanup()


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    e.Atspi.init()
    binary, out = os.path.abspath(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for scheme in ("light", "dark"):
        take(binary, out, scheme)
        take_lab(binary, out, scheme)
    return 0


if __name__ == "__main__":
    sys.exit(main())
