#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""first start: the concept map shows every concept; the mutability lesson opens from it; a snippet is copied; the lesson is marked learned; its self-check is answered

Journey 1, from empty data and settings folders."""

import sys
import time

import crabwise_e2e as e

CONCEPTS = ["Memory management", "Mutability", "Missing values", "Error handling",
            "Concurrency", "Type system", "Tooling and packages", "Modules and visibility"]


def journey(binary):
    app = e.App(binary).start()
    steps = 0
    try:
        root = app.root
        # The concept map is what a first start shows, with every concept in the table.
        table = e.find(root, "list", "Concept map")
        # Every concept is in the table (the last rows are below the fold until scrolled).
        for concept in CONCEPTS:
            e.find(table, "label", concept, visible=False)
            steps += 1

        # Open the mutability lesson from it (a row near the top): click its row.
        e.click_at(e.find(table, "label", "Mutability"))
        e.find(root, "label", "Variables and mutability")
        steps += 1

        # Both snippets of the first pair, with their names; copy the Rust one.
        e.find(root, "text", "JavaScript code")
        e.find(root, "text", "Rust code")
        e.click(e.find(root, "push button", "Copy Rust"))
        e.find(root, "label", "Rust code copied", last_first=True)
        steps += 1

        # Mark it learned: the toggle turns on and the sidebar counts it.
        learned = e.find(root, "push button", "Mark as Learned")
        e.click(learned)
        e.wait_for(lambda: e.is_checked(learned), "Mark as learned to be on")
        e.find(root, "label", contains="1 of 33 lessons learned")
        steps += 1

        # Answer the last self-check question (in view beside the notes): choose, check,
        # read the feedback.
        quiz = e.find(root, "panel", "Self-check", visible=False)
        choice = e.find(quiz, "check box", "let mut", visible=False)
        e.to_end_of_lesson(root, "Variables and mutability")
        e.click(choice)
        question = choice.get_parent()
        e.click(e.find(question, "push button", "Check"))
        e.wait_for(lambda: any(e.text_of(a).startswith("Correct.")
                               for a in e.find_all(question, "label")),
                   "“Correct.” feedback on the answer")
        steps += 1
        app.quit()
        steps += 1
        return steps
    finally:
        app.cleanup()


if __name__ == "__main__":
    sys.exit(e.run_journey(journey))
