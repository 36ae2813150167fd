#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds and runs everything in the BUILT content database (content format 2).

Usage: check-content.py [--update CONTENT_DIR] CONTENT_DB MIN_RUSTC_VERSION [TARGET_DIR]

Rust is compiled as `rustc --edition 2024` under the snippet's own file name (line marks
already stripped), in a temporary folder:
  - pairs, by RustMode: bin (run; stdout must equal the stored output), lib (compiled),
    test (compiled with --test, every test must pass), doctest (rustdoc --test with the
    pair's crate name); a pair that must not compile must fail with its stored first error
    line and error codes; a pair that must panic must exit with 101 and print its message;
  - pairs with Crates= go through `cargo build --offline` against Debian's packaged crates
    (/usr/share/cargo/registry, a [source] replacement in a generated cargo config), one
    package per crate set whose Cargo.toml lists only those crates, all sharing one target
    folder (TARGET_DIR, in the build tree) so the crates build once;
  - "compiles" questions: exactly the answer compiles (with --test too when a choice has
    tests); "predict": the program prints the answer; "bug": it fails, panics or prints as
    stored;
  - exercises: the starter fails and the solution passes, each with tests.rs appended as
    `#[cfg(test)] mod tests { use super::*; … }` under rustc --test.
JavaScript runs on node: JsCheck=run compares stdout, JsCheck=assert needs exit status 0;
example.js of translate exercises must run silently. NotCompiled and JsNotRun are reported
as "not compiled here: <reason>" / "not run here: <reason>", never skipped silently.

Version tolerance: the first error line and the error codes are compared strictly. The full
diagnostic and panic messages were written by the rustc named in the database's meta table
(data/content/rustc-version); a difference there fails only when the running rustc is at
least that version, otherwise it is a note (std line numbers and some panic wording change
between releases).

--update writes what today's rustc says back into CONTENT_DIR (the .rs.stderr and .rs.panic
files, and rustc-version); tests/update-rustc-diagnostics.sh runs it.

Exit status: 0 when everything passes; 1 when something fails, or when rustc, cargo or node is
missing or rustc is older than MIN_RUSTC_VERSION (said in one sentence).
"""

import concurrent.futures
import difflib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import List, Optional

WORKERS = 2
COMPILE_TIMEOUT = 300
RUN_TIMEOUT = 60
CARGO_CONFIG = """[source.debian]
directory = "/usr/share/cargo/registry"
[source.crates-io]
replace-with = "debian"
[net]
offline = true
"""
SUMMARY_PREFIXES = ("error: aborting due to", "Some errors have detailed explanations",
                    "For more information about")
CARGO_PREFIXES = ("Compiling ", "Finished ", "Running ", "Checking ", "Blocking ",
                  "warning: build failed", "error: could not compile", "warning: `",
                  "Locking ", "Adding ")


@dataclass
class Item:
    """One program to build and check."""
    where: str            # "ownership: pair 1" - what the report names
    lesson: str
    file: str             # the name it is compiled under (and its file in the lesson)
    code: str
    language: str = "rust"
    mode: str = "bin"     # bin, lib, test, doctest, exercise-starter, exercise-solution
    expect: str = "output"   # output, error, panic, compiles, assert
    output: Optional[str] = None
    diagnostic: Optional[str] = None
    panic: Optional[str] = None
    crates: Optional[str] = None
    crate_name: Optional[str] = None
    tests: Optional[str] = None
    exercise_kind: Optional[str] = None
    skip: Optional[str] = None   # the reason it is not built or run here


@dataclass
class Result:
    item: Item
    problems: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    actual_diagnostic: Optional[str] = None
    actual_panic: Optional[str] = None


class Context:
    def __init__(self, rustc, rustdoc, cargo, node, strict_text, target_dir):
        self.rustc, self.rustdoc, self.cargo, self.node = rustc, rustdoc, cargo, node
        self.strict_text = strict_text
        self.target_dir = target_dir


def tool_version(tool):
    """(major, minor, patch) of rustc or cargo, or None when it does not answer."""
    try:
        out = subprocess.run([tool, "--version"], capture_output=True, text=True,
                             timeout=RUN_TIMEOUT).stdout
        return tuple(int(x) for x in out.split()[1].split("-")[0].split("."))
    except (OSError, subprocess.SubprocessError, IndexError, ValueError):
        return None


def find_tool(name, minimum):
    """The newest NAME on PATH or in ~/.cargo/bin, its version, and whether it is new enough.
    An old one is reported, never used: Debian's rustc 1.63 fails in ways that only look
    like content errors."""
    candidates = [shutil.which(name), os.path.expanduser(f"~/.cargo/bin/{name}")]
    found = [(tool_version(c), c) for c in candidates if c and os.access(c, os.X_OK)]
    found = [(v, c) for v, c in found if v is not None]
    if not found:
        return None, None, False
    version, tool = max(found)
    return tool, version, version[:2] >= minimum


def run(command, cwd, timeout, env=None):
    return subprocess.run(command, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=timeout, env=env)


def indent(text):
    return "".join("    " + line + "\n" for line in text.rstrip("\n").splitlines())


def describe_output(expected, actual):
    diff = difflib.unified_diff(expected.splitlines(keepends=True),
                                actual.splitlines(keepends=True), "expected", "actual")
    return "output differs:\n" + "".join("    " + line if line.endswith("\n")
                                         else "    " + line + "\n" for line in diff)


def normalize(text):
    """Toolchain paths never reach a learner or a stored diagnostic."""
    text = re.sub(r"/rustc/[0-9a-f]+/library/", "library/", text)
    return re.sub(r"\S*/lib/rustlib/src/rust/library/", "library/", text)


def strip_summary(stderr):
    """The diagnostic as stored: rustc's, without its closing summary or cargo's lines."""
    lines = [line for line in normalize(stderr).splitlines()
             if not line.startswith(SUMMARY_PREFIXES)
             and not line.strip().startswith(CARGO_PREFIXES)]
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines) + "\n"


def first_error(text):
    for line in (text or "").splitlines():
        if line.startswith("error[") or line.startswith("error:"):
            return line
    return None


def error_codes(text):
    return sorted({line[len("error["):line.index("]")] for line in (text or "").splitlines()
                   if line.startswith("error[") and "]" in line})


def panic_line(stderr):
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        if "panicked at" in line and i + 1 < len(lines):
            return lines[i + 1]
    return None


def text_difference(result, context, what, fix):
    """A difference that depends on the rustc release: a failure with the release that wrote
    the stored text, a note with any other. Releases reword messages both ways: rustc 1.96
    (Debian 12's rustc-web security update) words a char-boundary panic and several E0382
    messages differently from the 1.95 that wrote them."""
    if context.strict_text:
        result.problems.append(f"{what} {fix}")
    else:
        result.notes.append(f"{what} (another rustc release words it differently; not a failure)")


def first_code(text):
    """The code of the first error (E0382), or None."""
    line = first_error(text)
    if line is None or not line.startswith("error[") or "]" not in line:
        return None
    return line[len("error["):line.index("]")]


# ---- Rust ----

def rustc_command(context, item, full):
    command = [context.rustc, "--edition", "2024", "--color=never", item.file, "-o", "prog"]
    if item.expect == "error" and item.mode != "test" and not full:
        # Type and borrow checking only, which skips code generation and linking; a few
        # errors (a cycle found while computing a layout) only come later, so a result that
        # differs from the stored one is checked again with a full build.
        command[1:1] = ["--emit=metadata"]
    if item.mode in ("test", "exercise-starter", "exercise-solution"):
        command.insert(1, "--test")
    elif item.mode in ("lib", "doctest"):
        command[1:1] = ["--crate-type", "lib"]
        if item.crate_name:
            command[1:1] = ["--crate-name", item.crate_name]
    if item.mode == "doctest":
        command[-1] = f"lib{item.crate_name}.rlib"
    return command


def rustdoc_command(context, item):
    """Doc tests `use` the crate by its name: rustdoc gets the library built just before."""
    return [context.rustdoc, "--edition", "2024", "--test", "--crate-name", item.crate_name,
            "--extern", f"{item.crate_name}=lib{item.crate_name}.rlib", "-L", ".", item.file]


def compile_rust(context, item, tmp, full=False):
    code = item.code
    if item.tests is not None:
        code += "\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n" + item.tests + "}\n"
    with open(os.path.join(tmp, item.file), "w", encoding="utf-8") as f:
        f.write(code)
    compiled = run(rustc_command(context, item, full), tmp, COMPILE_TIMEOUT)
    if item.mode == "doctest" and compiled.returncode == 0:
        compiled = run(rustdoc_command(context, item), tmp, COMPILE_TIMEOUT)
        if compiled.returncode != 0:
            compiled.stderr += compiled.stdout[-3000:]
    return compiled


def check_error(result, context, compiled):
    item = result.item
    if compiled.returncode == 0:
        result.problems.append(f"compiles, but must fail with “{first_error(item.diagnostic)}”")
        return
    actual = strip_summary(compiled.stderr)
    result.actual_diagnostic = actual
    if first_error(actual) is None:
        result.problems.append("rustc failed without an error line:\n" + indent(compiled.stderr))
    elif first_code(actual) != first_code(item.diagnostic):
        # What the snippet teaches: it fails with this error, whatever the release.
        result.problems.append(f"rustc says “{first_error(actual)}”, the stored diagnostic "
                               f"“{first_error(item.diagnostic)}”: run "
                               "tests/update-rustc-diagnostics.sh")
    elif first_error(actual) != first_error(item.diagnostic):
        text_difference(result, context,
                        f"rustc says “{first_error(actual)}”, the stored diagnostic "
                        f"“{first_error(item.diagnostic)}”", "(run tests/update-rustc-diagnostics.sh)")
    elif error_codes(actual) != error_codes(item.diagnostic):
        text_difference(result, context,
                        f"error codes {error_codes(actual)} differ from the stored "
                        f"{error_codes(item.diagnostic)}", "(run tests/update-rustc-diagnostics.sh)")
    elif actual != item.diagnostic:
        text_difference(result, context, "the full diagnostic differs from the stored one",
                        "(run tests/update-rustc-diagnostics.sh)")


def check_run(result, context, command, cwd, env=None):
    item = result.item
    try:
        ran = run(command, cwd, RUN_TIMEOUT, env)
    except subprocess.TimeoutExpired:
        result.problems.append(f"still running after {RUN_TIMEOUT} s")
        return
    if item.expect == "panic":
        actual = panic_line(ran.stderr)
        result.actual_panic = actual
        if ran.returncode != 101:
            result.problems.append(f"must panic (exit status 101), exits with {ran.returncode}")
        elif actual != item.panic:
            text_difference(result, context,
                            f"panics with “{actual}”, the stored message is “{item.panic}”",
                            "(run tests/update-rustc-diagnostics.sh)")
    elif ran.returncode != 0:
        result.problems.append(f"exits with status {ran.returncode}:\n"
                               + indent(ran.stdout[-1500:] + ran.stderr[-1500:]))
        return
    if item.mode in ("bin",) and ran.stdout != (item.output or ""):
        result.problems.append(describe_output(item.output or "", ran.stdout))


def check_rust(context, item):
    result = Result(item)
    with tempfile.TemporaryDirectory(prefix="crabwise-rust-") as tmp:
        try:
            compiled = compile_rust(context, item, tmp)
        except subprocess.TimeoutExpired:
            result.problems.append(f"rustc took longer than {COMPILE_TIMEOUT} s")
            return result
        if item.mode.startswith("exercise-"):
            check_exercise(result, compiled, tmp)
        elif item.expect == "error":
            check_error(result, context, compiled)
            if result.problems or result.notes:
                result = Result(item)
                check_error(result, context, compile_rust(context, item, tmp, full=True))
        elif compiled.returncode != 0:
            result.problems.append("does not compile:\n" + indent(compiled.stderr[-3000:]))
        elif item.expect == "compiles":
            pass
        elif item.mode in ("bin", "test"):
            if "warning" in compiled.stderr:
                result.notes.append("compiles with warnings:\n" + indent(compiled.stderr))
            check_run(result, context, ["./prog"], tmp)
    return result


def check_exercise(result, compiled, tmp):
    item = result.item
    must_pass = item.mode == "exercise-solution"
    if compiled.returncode != 0:
        if must_pass:
            result.problems.append("the solution does not compile with the tests:\n"
                                   + indent(compiled.stderr[-3000:]))
        elif item.exercise_kind != "compile":
            result.problems.append("an implement/translate starter compiles (with todo!()) "
                                   "and fails the tests; this one does not compile:\n"
                                   + indent(compiled.stderr[-2000:]))
        return
    if not must_pass and item.exercise_kind == "compile":
        result.problems.append("a compile exercise's starter must fail to compile")
        return
    if must_pass and "warning" in compiled.stderr:
        result.problems.append("the solution compiles with warnings:\n"
                               + indent(compiled.stderr[-1500:]))
    try:
        ran = run(["./prog", "--test-threads=1"], tmp, RUN_TIMEOUT)
        passed = ran.returncode == 0
        detail = ran.stdout[-2000:]
    except subprocess.TimeoutExpired:
        passed, detail = False, f"still running after {RUN_TIMEOUT} s"
    if must_pass and not passed:
        result.problems.append("the solution fails its tests:\n" + indent(detail))
    elif not must_pass and passed:
        result.problems.append("the starter passes every test: it must fail")


# ---- Crates through cargo ----

def cargo_dependencies(crates):
    lines = []
    for entry in crates.split(";"):
        name, *features = entry.split("+")
        if features:
            listed = ", ".join(f'"{f}"' for f in features)
            lines.append(f'{name} = {{ version = "*", features = [{listed}] }}')
        else:
            lines.append(f'{name} = "*"')
    return "\n".join(lines) + "\n"


def bin_name(item):
    return re.sub(r"[^a-z0-9]", "_", f"{item.lesson}_{item.file[:-3]}")


def check_crate_group(context, crates, items):
    """One package per crate set: its Cargo.toml lists only those crates, so a snippet that
    uses a crate it did not declare fails to compile. All share one target folder."""
    results = []
    root = tempfile.mkdtemp(prefix="crabwise-cargo-")
    try:
        os.makedirs(os.path.join(root, "src", "bin"))
        os.makedirs(os.path.join(root, ".cargo"))
        with open(os.path.join(root, ".cargo", "config.toml"), "w") as f:
            f.write(CARGO_CONFIG)
        with open(os.path.join(root, "Cargo.toml"), "w") as f:
            f.write('[package]\nname = "snippets"\nversion = "0.0.0"\nedition = "2024"\n'
                    "autobins = false\n")
            for item in items:
                f.write(f'[[bin]]\nname = "{bin_name(item)}"\npath = "src/bin/{item.file}"\n')
            f.write("[dependencies]\n" + cargo_dependencies(crates))
        env = dict(os.environ, CARGO_TARGET_DIR=context.target_dir)
        for item in items:
            with open(os.path.join(root, "src", "bin", item.file), "w", encoding="utf-8") as f:
                f.write(item.code)
        for item in items:
            results.append(check_cargo_item(context, item, root, env))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return results


def check_cargo_item(context, item, root, env):
    result = Result(item)
    verb = "test" if item.mode == "test" else "build"
    command = [context.cargo, verb, "--offline", "--quiet", "--bin", bin_name(item)]
    if verb == "test":
        command.insert(4, "--no-run")
    try:
        compiled = run(command, root, COMPILE_TIMEOUT * 3, env)
    except subprocess.TimeoutExpired:
        result.problems.append(f"cargo took longer than {COMPILE_TIMEOUT * 3} s")
        return result
    compiled.stderr = compiled.stderr.replace(f"src/bin/{item.file}", item.file)
    if item.expect == "error":
        check_error(result, context, compiled)
    elif compiled.returncode != 0:
        result.problems.append("does not build with cargo (only the crates in Crates= are "
                               "available to it):\n" + indent(compiled.stderr[-3000:]))
    elif item.mode == "test":
        check_run(result, context, command[:4] + command[5:], root, env)
    elif item.mode == "bin":
        check_run(result, context, [os.path.join(context.target_dir, "debug", bin_name(item))],
                  root, env)
    return result


# ---- JavaScript ----

def check_js(context, item):
    result = Result(item)
    with tempfile.TemporaryDirectory(prefix="crabwise-js-") as tmp:
        with open(os.path.join(tmp, item.file), "w", encoding="utf-8") as f:
            f.write(item.code)
        try:
            syntax = run([context.node, "--check", item.file], tmp, RUN_TIMEOUT)
            if syntax.returncode != 0:
                result.problems.append("node --check fails:\n" + indent(syntax.stderr))
                return result
            ran = run([context.node, item.file], tmp, RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            result.problems.append(f"node still running after {RUN_TIMEOUT} s")
            return result
    if ran.returncode != 0:
        result.problems.append(f"node exits with status {ran.returncode}:\n"
                               + indent(ran.stderr[-1500:]))
    elif item.expect != "assert" and ran.stdout != (item.output or ""):
        result.problems.append(describe_output(item.output or "", ran.stdout))
    return result


# ---- Reading the database ----

def load_pairs(db, items):
    for row in db.execute(
            "SELECT p.lesson_id, p.position, p.js_file, p.js_code, p.js_output, p.js_check, "
            "p.js_not_run, p.rust_file, p.rust_code, p.rust_mode, p.rust_crate_name, p.crates, "
            "p.not_compiled, p.rust_expect, p.rust_output, p.rust_diagnostic, p.rust_panic "
            "FROM snippet_pairs AS p JOIN lessons AS l ON l.id = p.lesson_id "
            "ORDER BY l.position, p.position"):
        (lesson, position, js_file, js_code, js_output, js_check, js_not_run, rust_file,
         rust_code, mode, crate_name, crates, not_compiled, expect, output, diagnostic,
         panic) = row
        where = f"{lesson}: pair {position}"
        items.append(Item(where, lesson, js_file, js_code, "js", expect=js_check,
                          output=js_output,
                          skip=f"not run here: {js_not_run}" if js_not_run else None))
        items.append(Item(where, lesson, rust_file, rust_code, mode=mode, expect=expect,
                          output=output, diagnostic=diagnostic, panic=panic, crates=crates,
                          crate_name=crate_name,
                          skip=f"not compiled here: {not_compiled}" if not_compiled else None))


def load_questions(db, items):
    for row in db.execute(
            "SELECT q.lesson_id, q.position, q.kind, q.answer, q.code_file, q.code, "
            "q.code_language, q.code_output, q.code_diagnostic, q.code_panic "
            "FROM quiz_items AS q JOIN lessons AS l ON l.id = q.lesson_id "
            "WHERE q.kind != 'choice' ORDER BY l.position, q.position"):
        lesson, position, kind, answer, code_file, code, language, output, diagnostic, panic = row
        where = f"{lesson}: question {position}"
        if kind == "compiles":
            for choice, file, choice_code, choice_diagnostic in db.execute(
                    "SELECT position, file, code, diagnostic FROM quiz_choices "
                    "WHERE lesson_id = ? AND question = ? ORDER BY position", (lesson, position)):
                tested = "#[test]" in choice_code or "#[cfg(test)]" in choice_code
                mode = "test" if tested else ("bin" if "fn main" in choice_code else "lib")
                items.append(Item(f"{where}, choice {choice + 1}", lesson, file, choice_code,
                                  mode=mode, diagnostic=choice_diagnostic,
                                  expect="compiles" if choice == answer else "error"))
        elif language == "javascript":
            items.append(Item(where, lesson, code_file, code, "js", output=output,
                              expect="run" if output is not None or kind == "predict"
                              else "assert"))
        else:
            expect = "error" if diagnostic else "panic" if panic else "output"
            items.append(Item(where, lesson, code_file, code, expect=expect, output=output,
                              diagnostic=diagnostic, panic=panic))


def load_exercises(db, items):
    for row in db.execute(
            "SELECT e.lesson_id, e.id, e.kind, e.starter, e.solution, e.tests, e.example_js "
            "FROM exercises AS e JOIN lessons AS l ON l.id = e.lesson_id "
            "ORDER BY l.position, e.position"):
        lesson, exercise, kind, starter, solution, tests, example_js = row
        where = f"{lesson}: exercise {exercise}"
        items.append(Item(where, lesson, "starter.rs", starter, mode="exercise-starter",
                          tests=tests, exercise_kind=kind))
        items.append(Item(where, lesson, "solution.rs", solution, mode="exercise-solution",
                          tests=tests, exercise_kind=kind))
        if example_js is not None:
            items.append(Item(where, lesson, "example.js", example_js, "js", expect="run",
                              output=""))


# ---- Main ----

def work(context, item):
    if item.skip:
        result = Result(item)
        result.notes.append(item.skip)
        return result
    if item.language == "js":
        return check_js(context, item)
    if item.mode == "doctest" and not os.access(context.rustdoc, os.X_OK):
        result = Result(item)
        result.notes.append(f"not run here: no rustdoc beside {context.rustc}")
        return result
    return check_rust(context, item)


def update_sources(results, content_dir):
    """Writes what today's rustc says into the lesson folders (the stored form)."""
    written = 0
    for r in results:
        base = os.path.join(content_dir, r.item.lesson, r.item.file)
        for suffix, actual, stored in ((".stderr", r.actual_diagnostic, r.item.diagnostic),
                                       (".panic", r.actual_panic, r.item.panic)):
            if actual is None or stored is None or actual == stored:
                continue
            with open(base + suffix, "w", encoding="utf-8") as f:
                f.write(actual if suffix == ".stderr" else actual + "\n")
                print(f"wrote {r.item.lesson}/{r.item.file}{suffix}")
                written += 1
    return written


def refuse(what, found, wanted):
    print(f"FAIL: the lessons need {what} {wanted} or newer (edition 2024, let-else, "
          f"Waker::noop), and {found}. On Debian 12 install rustc-web and cargo-web "
          "(sudo apt install rustc-web cargo-web), which are Rust 1.85 or newer; elsewhere use "
          "rustup. make check installs them.")
    return 1


def find_toolchain(minimum, wanted):
    rustc, version, new_enough = find_tool("rustc", minimum)
    if rustc is None or not new_enough:
        found = ("no rustc was found (looked on PATH and in ~/.cargo/bin)" if rustc is None
                 else f"the newest rustc found is {'.'.join(map(str, version))} ({rustc})")
        return None, refuse("rustc", found, wanted)
    cargo, cargo_version, cargo_new_enough = find_tool("cargo", minimum)
    if cargo is None or not cargo_new_enough:
        found = ("no cargo was found" if cargo is None
                 else f"the newest cargo found is {'.'.join(map(str, cargo_version))}")
        return None, refuse("cargo", found, wanted)
    # The toolchain's own binaries, not rustup's proxies, which cost a little per call.
    sysroot = subprocess.run([rustc, "--print", "sysroot"], capture_output=True,
                             text=True).stdout.strip()
    for name in ("rustc", "cargo"):
        direct = os.path.join(sysroot, "bin", name)
        if sysroot and os.access(direct, os.X_OK):
            rustc, cargo = (direct, cargo) if name == "rustc" else (rustc, direct)
    rustdoc = os.path.join(os.path.dirname(rustc), "rustdoc")
    node = shutil.which("node")
    if node is None:
        print("FAIL: node was not found: the JavaScript snippets need Node.js 18 or newer "
              "(sudo apt install nodejs; make check installs it).")
        return None, 1
    return (rustc, version, rustdoc, cargo, node), 0


def report(lessons, results):
    passed = failed = 0
    for lesson in lessons:
        mine = [r for r in results if r.item.lesson == lesson]
        bad = [r for r in mine if r.problems]
        passed += len(mine) - len(bad)
        failed += len(bad)
        print(f"{'FAIL' if bad else 'ok  '} {lesson}: {len(mine) - len(bad)}/{len(mine)} checks")
        for r in mine:
            where = f"{r.item.where}, {r.item.file}"
            for problem in r.problems:
                print(f"    {where}: {problem}".rstrip())
            for note in r.notes:
                print(f"    note: {where}: {note}".rstrip())
    return passed, failed


def main():
    args = sys.argv[1:]
    content_dir = None
    if args[:1] == ["--update"] and len(args) >= 2:
        content_dir, args = args[1], args[2:]
    if len(args) not in (2, 3):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2

    minimum = tuple(int(x) for x in args[1].split("."))[:2]
    toolchain, status = find_toolchain(minimum, ".".join(map(str, minimum)))
    if toolchain is None:
        return status
    rustc, version, rustdoc, cargo, node = toolchain

    path = os.path.abspath(args[0])
    db = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    stored = db.execute("SELECT value FROM meta WHERE key = 'rustc_version'").fetchone()[0]
    lessons = [row[0] for row in db.execute("SELECT id FROM lessons ORDER BY position")]
    items = []
    load_pairs(db, items)
    load_questions(db, items)
    load_exercises(db, items)
    db.close()

    stored_version = tuple(int(x) for x in stored.split("."))
    target_dir = os.path.abspath(args[2]) if len(args) == 3 else tempfile.mkdtemp()
    # Texts are compared exactly with the release that wrote them; with any other, only what
    # the snippet teaches (its output, that it fails, its first error code) must hold.
    context = Context(rustc, rustdoc, cargo, node, version[:2] == stored_version[:2], target_dir)
    print(subprocess.run([rustc, "--version"], capture_output=True, text=True).stdout.strip()
          + ", " + subprocess.run([cargo, "--version"], capture_output=True,
                                  text=True).stdout.strip()
          + ", node " + subprocess.run([node, "--version"], capture_output=True,
                                       text=True).stdout.strip()
          + f"; stored texts are from rustc {stored}"
          + ("" if context.strict_text else ", so differences in them are notes"))

    groups = {}
    plain = []
    for item in items:
        if item.language == "rust" and item.crates and not item.skip:
            groups.setdefault(item.crates, []).append(item)
        else:
            plain.append(item)

    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=WORKERS) as pool:
        cargo_futures = [pool.submit(check_crate_group, context, crates, group)
                         for crates, group in sorted(groups.items())]
        results = list(pool.map(lambda item: work(context, item), plain))
        for future in cargo_futures:
            results.extend(future.result())
    elapsed = time.monotonic() - start

    order = {id(item): i for i, item in enumerate(items)}
    results.sort(key=lambda r: order[id(r.item)])
    passed, failed = report(lessons, results)
    skipped = sum(1 for r in results if r.item.skip)
    kinds = {}
    for r in results:
        key = "javascript" if r.item.language == "js" else (
            "exercise" if r.item.mode.startswith("exercise") else "rust")
        kinds[key] = kinds.get(key, 0) + 1
    print(f"checked {', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}; "
          f"{skipped} not built or run here (reasons above); {len(groups)} crate sets "
          f"through cargo")
    if content_dir is not None:
        if version < stored_version:
            print(f"FAIL: --update needs rustc {stored} or newer, which wrote the stored texts")
            return 1
        print(f"{update_sources(results, content_dir)} files written")
        with open(os.path.join(content_dir, "rustc-version"), "w") as f:
            f.write(".".join(map(str, version)) + "\n")
    print(f"{passed} passed, {failed} failed ({elapsed:.1f} s, {WORKERS} workers)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
