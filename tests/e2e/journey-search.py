#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""search: Ctrl+F, type "borrowing", Enter opens the first hit

Journey 4, from empty data and settings folders."""

import sys

import crabwise_e2e as e

BORROWING_TITLE = "Borrowing with references"


def journey(binary):
    app = e.App(binary).start()
    try:
        root = app.root
        e.find(root, "list", "Concept map")
        e.keys("ctrl+f")
        entry = e.find(root, "entry", "Search")
        e.type_text("borrowing")
        e.find(root, "list", "Search results")
        hits = e.wait_for(lambda: e.find_all(e.find(root, "list", "Search results"), "list item"),
                          "search results")
        e.check(any("Borrowing" in e.text_of(h) for h in hits), "a hit in the borrowing lesson")
        e.check("Borrowing" in e.text_of(hits[0]), "the first hit is in the borrowing lesson")
        del entry
        e.keys("Return")
        # The first hit's lesson is open: its title is on screen, in the Lessons section.
        e.find(root, "label", BORROWING_TITLE)
        e.find(root, "label", "Lessons")
        app.quit()
        return 4
    finally:
        app.cleanup()


if __name__ == "__main__":
    sys.exit(e.run_journey(journey))
