#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest without Flatpak: our machines cannot fetch runtimes, so this
test holds the manifest to what we intend — the app id, the command, exactly the sandbox
permissions an offline GTK app needs, and meson options that exist."""

import json
import re
import sys

APP_ID = "io.github.crabwise.Crabwise"
EXPECTED_FINISH_ARGS = {
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
}
# Options meson itself defines, which a manifest may pass besides ours.
MESON_BUILTINS = {"buildtype", "prefix", "libdir", "werror", "b_lto", "b_sanitize", "optimization", "debug"}


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def project_options(path):
    with open(path, encoding="utf-8") as f:
        return set(re.findall(r"option\s*\(\s*'([^']+)'", f.read()))


def main():
    manifest_path, options_path = sys.argv[1], sys.argv[2]
    try:
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        fail(f"{manifest_path} is not valid JSON: {e}")

    if manifest.get("id", manifest.get("app-id")) != APP_ID:
        fail(f"the app id is {manifest.get('id')!r}, expected {APP_ID!r}")
    if manifest.get("command") != "crabwise":
        fail(f"the command is {manifest.get('command')!r}, expected 'crabwise'")
    if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
        fail("the manifest must build on the GNOME runtime and SDK")
    if not str(manifest.get("runtime-version", "")).isdigit():
        fail("runtime-version must be a stable GNOME release such as '49', not master or a branch")

    finish_args = manifest.get("finish-args", [])
    if len(finish_args) != len(set(finish_args)):
        fail(f"duplicate finish-args: {finish_args}")
    extra = set(finish_args) - EXPECTED_FINISH_ARGS
    missing = EXPECTED_FINISH_ARGS - set(finish_args)
    if extra:
        fail(f"permissions beyond what an offline GTK app needs: {sorted(extra)}")
    if missing:
        fail(f"missing permissions: {sorted(missing)}")

    modules = manifest.get("modules", [])
    if not modules or not isinstance(modules[-1], dict) or modules[-1].get("name") != "crabwise":
        fail("the last module must build crabwise")
    app_module = modules[-1]
    if app_module.get("buildsystem") != "meson":
        fail("crabwise must be built with meson")

    known = project_options(options_path) | MESON_BUILTINS
    for opt in app_module.get("config-opts", []):
        m = re.fullmatch(r"-D([A-Za-z0-9_]+)=(.*)", opt)
        if not m:
            fail(f"config-opts entry {opt!r} is not of the form -Dname=value")
        if m.group(1) not in known:
            fail(f"config-opts passes -D{m.group(1)}, which meson_options.txt does not define")

    print(f"ok: {manifest_path}: {APP_ID}, command crabwise, finish-args {sorted(finish_args)}, "
          f"{len(modules)} module(s)")


if __name__ == "__main__":
    main()
