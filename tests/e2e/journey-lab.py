#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""the lab: naive fib(30) runs and shows its result and timing, beside JavaScript when an engine is installed; a long run is cancelled

Journey 2, from empty data and settings folders."""

import shutil
import sys

import crabwise_e2e as e


def lab_text(root, row_title):
    """The value a row shows: the label after its title in the same row."""
    row = e.find(root, "list item", row_title)
    labels = [e.text_of(a) for a in e.find_all(row, "label")]
    values = [t for t in labels if t and t != row_title]
    return values[-1] if values else ""


def journey(binary):
    app = e.App(binary).start()
    steps = 0
    try:
        root = app.root
        e.click_at(e.find(root, "list item", "Fibonacci Lab"))
        entry = e.find(root, "text", "n")
        e.set_text(entry, "30")
        e.click(e.find(root, "push button", "Run"))
        steps += 1

        e.wait_for(lambda: lab_text(root, "F(n)") == "832040", "F(30) = 832040 on screen")
        time_text = lab_text(root, "Time in C")
        e.check(time_text.endswith(("ns", "µs", "ms", " s")), f"time shows a unit: {time_text!r}")
        calls = lab_text(root, "Calls")
        e.check(calls.startswith("2692537 "), f"calls for fib(30): {calls!r}")
        steps += 1

        if shutil.which("node") or shutil.which("gjs"):
            e.wait_for(lambda: "less time" in lab_text(root, "Ratio"), "the ratio to JavaScript")
            steps += 1

        # A long run, then Cancel: the window answers and says it stopped.
        e.set_text(entry, "55")
        e.click(e.find(root, "push button", "Run"))
        e.wait_for(lambda: "worker thread" in " ".join(e.text_of(a) for a in e.find_all(root, "label")),
                   "the run to start")
        e.click(e.find(root, "push button", "Cancel"))
        e.find(root, "label", "Cancelled")
        steps += 1

        app.quit()
        return steps + 1
    finally:
        app.cleanup()


if __name__ == "__main__":
    sys.exit(e.run_journey(journey))
