#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""progress survives: after a quit and a new start the app opens on the last lesson, still learned, with its note, and the Progress section counts it

Journey 3: the first run works from empty folders, the second reuses them."""

import shutil
import sys
import tempfile

import crabwise_e2e as e

NOTE = "Moves are cheap; clones are explicit."


def journey(binary):
    home = tempfile.mkdtemp(prefix="crabwise-e2e-")
    steps = 0
    try:
        app = e.App(binary, home=home).start()
        try:
            root = app.root
            table = e.find(root, "list", "Concept map")
            e.click_at(e.find(table, "label", "Mutability"))
            e.find(root, "label", "Variables and mutability")
            e.click(e.find(root, "push button", "Mark as Learned"))
            notes = e.find(root, "text", "Notes", visible=False)
            e.to_end_of_lesson(root, "Variables and mutability")
            e.click_at(notes)
            e.type_text(NOTE)
            e.wait_for(lambda: e.content_of(notes) == NOTE, "the typed note in the Notes field")
            steps += 1
            # Quit at once: the note must be saved on close, not only after the delay.
            app.quit()
            steps += 1
        finally:
            app.kill()

        app = e.App(binary, home=home).start()
        try:
            root = app.root
            # Where the learner left off.
            e.find(root, "label", "Variables and mutability")
            learned = e.find(root, "push button", "Mark as Learned")
            e.wait_for(lambda: e.is_checked(learned), "the lesson to still be learned")
            notes = e.find(root, "text", "Notes", visible=False)
            e.wait_for(lambda: e.content_of(notes) == NOTE, "the note to be there")
            steps += 1
            e.click_at(e.find(root, "list item", "Progress"))
            e.find(root, "label", "1 of 33 lessons")
            steps += 1
            app.quit()
        finally:
            app.kill()
        return steps
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(e.run_journey(journey))
