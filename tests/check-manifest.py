#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifests without Flatpak: our machines cannot fetch runtimes, so this
test holds each manifest to what we intend.

Usage: check-manifest.py MESON_OPTIONS_TXT RELEASE_MANIFEST DEVEL_MANIFEST FLATPAK_SDK_BRANCH

- the app id and command; the current GNOME runtime, on org.gnome.Sdk (so that the
  rust-stable SDK extension, when installed, is mounted for Practice);
- exactly the sandbox permissions an offline GTK app needs: ipc, wayland, fallback-x11, dri —
  no network, no host files, no D-Bus talk names, no flatpak-spawn;
- cmark as a module, from an archive pinned by sha256, with CMake options cmark defines;
- crabwise last, built with meson and options meson_options.txt defines; the release manifest
  builds a tag at a pinned commit (which must be the tag's, when this is a git checkout that
  has the tag), the development one builds the working tree;
- 4-space indentation, as Flathub's linter formats JSON.
"""

import json
import re
import subprocess
import sys

APP_ID = "io.github.crabwise.Crabwise"
GNOME_RUNTIME = "51"
# The freedesktop SDK each GNOME runtime is built on: the rust-stable extension's branch,
# which the app names when it tells a Flatpak user how to add Rust (meson.build).
FREEDESKTOP_BRANCH = {"49": "25.08", "50": "25.08", "51": "26.08"}
EXPECTED_FINISH_ARGS = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"}
# Options meson itself defines, which a manifest may pass besides ours.
MESON_BUILTINS = {"buildtype", "prefix", "libdir", "werror", "b_lto", "b_sanitize", "optimization",
                  "debug"}
# The options of cmark 0.30.2's CMakeLists.txt, and the CMake variables every project has.
CMARK_OPTIONS = {"CMARK_TESTS", "CMARK_STATIC", "CMARK_SHARED", "CMARK_LIB_FUZZER",
                 "CMAKE_BUILD_TYPE", "CMAKE_INSTALL_LIBDIR"}
problems = []


def fail(message):
    problems.append(message)


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    # flatpak-builder reads JSON with json-glib, which allows /* */ comments; json does not.
    bare = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    try:
        return text, json.loads(bare)
    except json.JSONDecodeError as e:
        print(f"FAIL: {path} is not valid JSON: {e}")
        sys.exit(1)


def check_indentation(path, text):
    in_comment = False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip(" ")
        if "\t" in line:
            fail(f"{path}:{number}: a tab; Flathub's JSON is indented with 4 spaces")
        elif not in_comment and not stripped.startswith("/*") and (len(line) - len(stripped)) % 4:
            fail(f"{path}:{number}: indented by {len(line) - len(stripped)} spaces, not a multiple of 4")
        if "/*" in line and "*/" not in line:
            in_comment = True
        elif "*/" in line:
            in_comment = False


def project_options(path):
    with open(path, encoding="utf-8") as f:
        return set(re.findall(r"option\s*\(\s*'([^']+)'", f.read()))


def check_common(path, manifest, options):
    if manifest.get("id", manifest.get("app-id")) != APP_ID:
        fail(f"{path}: the app id is {manifest.get('id')!r}, expected {APP_ID!r}")
    if manifest.get("command") != "crabwise":
        fail(f"{path}: the command is {manifest.get('command')!r}, expected 'crabwise'")
    if manifest.get("runtime") != "org.gnome.Sdk" or manifest.get("sdk") != "org.gnome.Sdk":
        fail(f"{path}: runtime and sdk must both be org.gnome.Sdk (the rust-stable extension)")
    if str(manifest.get("runtime-version")) != GNOME_RUNTIME:
        fail(f"{path}: runtime-version is {manifest.get('runtime-version')!r}, the current GNOME "
             f"runtime is {GNOME_RUNTIME!r}")

    finish_args = manifest.get("finish-args", [])
    if len(finish_args) != len(set(finish_args)):
        fail(f"{path}: duplicate finish-args: {finish_args}")
    if set(finish_args) != EXPECTED_FINISH_ARGS:
        fail(f"{path}: finish-args {sorted(finish_args)}, expected exactly "
             f"{sorted(EXPECTED_FINISH_ARGS)}")

    modules = manifest.get("modules", [])
    names = [m.get("name") if isinstance(m, dict) else m for m in modules]
    if names[-1:] != ["crabwise"]:
        fail(f"{path}: the last module must build crabwise, got {names}")
    if "cmark" not in names:
        fail(f"{path}: cmark must be a module (a build-time tool of the content compiler)")

    for module in modules:
        if not isinstance(module, dict):
            fail(f"{path}: module {module!r} must be inline, so that this test can check it")
            continue
        name = module.get("name")
        if name == "cmark":
            if module.get("buildsystem") != "cmake-ninja":
                fail(f"{path}: cmark builds with cmake-ninja")
            for opt in module.get("config-opts", []):
                m = re.fullmatch(r"-D([A-Za-z0-9_]+)=(.*)", opt)
                if not m or m.group(1) not in CMARK_OPTIONS:
                    fail(f"{path}: cmark's config-opts passes {opt!r}, which cmark 0.30.2 does "
                         "not define")
            for source in module.get("sources", []):
                if source.get("type") != "archive" or \
                        not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
                    fail(f"{path}: cmark's source must be an archive pinned by sha256")
        elif name == "crabwise":
            if module.get("buildsystem") != "meson":
                fail(f"{path}: crabwise must be built with meson")
            for opt in module.get("config-opts", []):
                m = re.fullmatch(r"-D([A-Za-z0-9_]+)=(.*)", opt)
                if not m:
                    fail(f"{path}: config-opts entry {opt!r} is not of the form -Dname=value")
                elif m.group(1) not in options | MESON_BUILTINS:
                    fail(f"{path}: config-opts passes -D{m.group(1)}, which meson_options.txt "
                         "does not define")
    return modules[-1] if modules and isinstance(modules[-1], dict) else {}


def check_release_source(path, module):
    sources = module.get("sources", [])
    if len(sources) != 1 or sources[0].get("type") != "git":
        fail(f"{path}: the release builds crabwise from git, got {sources}")
        return
    source = sources[0]
    tag, commit = source.get("tag", ""), source.get("commit", "")
    if not re.fullmatch(r"v\d+\.\d+\.\d+", tag):
        fail(f"{path}: the release builds a tag like v0.2.0, got {tag!r}")
    if not re.fullmatch(r"[0-9a-f]{40}", commit):
        fail(f"{path}: the release pins the tag's commit (40 hex digits), got {commit!r}")
        return
    try:
        tagged = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{tag}^{{commit}}"],
                                capture_output=True, text=True, check=False)
    except OSError:
        return
    if tagged.returncode == 0 and tagged.stdout.strip() != commit:
        fail(f"{path}: {tag} is {tagged.stdout.strip()}, but the manifest pins {commit}")


def main():
    options_path, release_path, devel_path, sdk_branch = sys.argv[1:5]
    if FREEDESKTOP_BRANCH.get(GNOME_RUNTIME) != sdk_branch:
        fail(f"meson.build names rust-stable//{sdk_branch}, but GNOME {GNOME_RUNTIME} is built on "
             f"the freedesktop SDK {FREEDESKTOP_BRANCH.get(GNOME_RUNTIME)}")
    options = project_options(options_path)

    text, release = load(release_path)
    check_indentation(release_path, text)
    check_release_source(release_path, check_common(release_path, release, options))

    text, devel = load(devel_path)
    check_indentation(devel_path, text)
    module = check_common(devel_path, devel, options)
    if [s.get("type") for s in module.get("sources", [])] != ["dir"]:
        fail(f"{devel_path}: the development manifest builds the working tree (a dir source)")
    if "-Dprofile=development" not in module.get("config-opts", []):
        fail(f"{devel_path}: the development manifest builds the development profile")

    for problem in problems:
        print(f"FAIL: {problem}")
    if problems:
        sys.exit(1)
    print(f"ok: {release_path} and {devel_path}: {APP_ID} on org.gnome.Sdk {GNOME_RUNTIME}, "
          f"finish-args {sorted(EXPECTED_FINISH_ARGS)}, cmark pinned, crabwise last")


if __name__ == "__main__":
    main()
