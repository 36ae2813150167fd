#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""a corrupt progress file at start: the app explains, keeps running, and keeps the old file aside

Journey 5: the progress file is random bytes before the first start."""

import glob
import os
import sys

import crabwise_e2e as e


def journey(binary):
    app = e.App(binary)
    try:
        os.makedirs(app.data_dir, exist_ok=True)
        garbage = os.urandom(8192)
        with open(os.path.join(app.data_dir, "progress.sqlite3"), "wb") as f:
            f.write(garbage)
        app.start()
        root = app.root

        # It says what happened and where the old file went.
        e.find(root, "label", "Your Progress File Was Damaged")
        moved = glob.glob(os.path.join(app.data_dir, "progress.sqlite3.corrupt-*"))
        e.check(len(moved) == 1, f"the old file kept aside: {moved}")
        with open(moved[0], "rb") as f:
            e.check(f.read() == garbage, "the old file is unchanged")
        e.find(root, "label", contains=os.path.basename(moved[0]))
        # libadwaita 1.2 keeps the mnemonic underscore in the response button's name.
        e.click(e.find(root, "push button", "_OK"))

        # And it keeps running: a lesson opens and can be marked learned in the new store.
        table = e.find(root, "list", "Concept map")
        e.click_at(e.find(table, "label", "Mutability"))
        learned = e.find(root, "push button", "Mark as Learned")
        e.click(learned)
        e.wait_for(lambda: e.is_checked(learned), "Mark as learned to be on")
        app.quit()
        return 4
    finally:
        app.cleanup()


if __name__ == "__main__":
    sys.exit(e.run_journey(journey))
