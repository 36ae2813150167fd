#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""accessible names: every control on every page has one name, as a screen reader hears it

Issue 9, 3.5: buttons were read twice ("Run Run", "Mark as learned Mark as Learned"), the
concept table's rows as "GtkListItemWidget", the narrow concept cards had no name at all.
From empty data and settings folders."""

import sys

import crabwise_e2e as e

CONTROLS = ("push button", "toggle button", "check box", "radio button", "list item",
            "menu item", "entry", "text", "spin button", "combo box")

LABELLED = ("push button", "toggle button", "check box", "radio button", "list item")


def child_label(acc):
    """The text of the first label inside a control, which GTK shows as its visible label."""
    for child in e.walk(acc):
        if child is not acc and e.role_name(child) == "label" and e.name_of(child):
            return e.name_of(child)
    return None


def in_combo_popup(acc):
    """An item of a combo row's closed popup list. GTK 4.8 cannot name list items (GtkListItem
    has an accessible label only from GTK 4.12); a screen reader reads the label inside when
    the popup opens. Known and left: the one exception here."""
    try:
        parent = acc.get_parent()
        return e.role_name(acc) == "list item" and parent is not None and \
            e.role_name(parent) == "list" and e.name_of(parent) == "GtkListView"
    except Exception:  # noqa: BLE001
        return False


def problems_on_screen(root, where):
    found = []
    for acc in e.find_all(root):
        role = e.role_name(acc)
        if role not in CONTROLS or in_combo_popup(acc):
            continue
        name = e.name_of(acc)
        # Only controls that show a label of their own can read it twice.
        label = child_label(acc) if role in LABELLED else None
        if not name.strip():
            found.append(f"{where}: a {role} without a name" + (f" (it shows {label!r})" if label else ""))
        elif name.startswith("Gtk") or name.startswith("Adw"):
            found.append(f"{where}: a {role} named after its class: {name!r}")
        elif label and name != label and name.endswith(" " + label):
            found.append(f"{where}: a {role} read twice: {name!r}")
    return found


def journey(binary):
    app = e.App(binary, args=()).start()
    problems = []
    try:
        root = app.root
        e.find(root, "list", "Concept map")
        problems += problems_on_screen(root, "Concept Map")

        e.click_at(e.find(root, "list item", "Lessons"))
        e.find(root, "list item", contains="Ownership")
        problems += problems_on_screen(root, "Lessons")

        e.click_at(e.find(root, "list item", "Concept Map"))
        e.click_at(e.find(e.find(root, "list", "Concept map"), "list item", "Mutability"))
        e.find(root, "push button", "Copy Rust")
        problems += problems_on_screen(root, "a lesson")

        e.click_at(e.find(root, "list item", "Fibonacci Lab"))
        e.find(root, "push button", "Run")
        problems += problems_on_screen(root, "Fibonacci Lab")

        e.click_at(e.find(root, "list item", "Progress"))
        e.find(root, "label", "Your Progress")
        problems += problems_on_screen(root, "Progress")

        e.keys("ctrl+f")
        e.find(root, "entry", "Search")
        e.type_text("borrow")
        e.wait_for(lambda: e.find_all(e.find(root, "list", "Search results"), "list item"),
                   "search results")
        problems += problems_on_screen(root, "Search")

        e.keys("ctrl+comma")
        e.find(root, "frame", "Preferences")
        problems += problems_on_screen(e.find(root, "frame", "Preferences"), "Preferences")
        e.keys("Escape")

        e.check(not problems, "controls without one clear name:\n# " + "\n# ".join(problems))
        app.quit()
        return 7
    finally:
        app.cleanup()


if __name__ == "__main__":
    sys.exit(e.run_journey(journey))
