#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks every snippet in the BUILT content database against today's rustc and node.

Usage: check-content.py CONTENT_DB MIN_RUSTC_VERSION

Rust (snippet pairs and the choices of "compiles" questions): each file is compiled by rustc with
its declared crate type and edition, under its own file name, in a temporary folder.
  - expected to compile: it must, warnings are reported but allowed; a bin with rust_output is
    run and its stdout compared;
  - expected to fail (rust_error_code): it must fail, every error it reports must carry the
    declared code, and its first error line must equal both `error[CODE]: MESSAGE` from
    lesson.ini and the first error line of the stored rust_diagnostic (a difference further down
    the diagnostic is only a note: run tests/update-rustc-diagnostics.sh);
  - a "compiles" question: exactly the answer compiles.
JavaScript: `node --check` on a file with the original extension (.mjs is an ES module), then,
where js_output is set, the file is run and its stdout compared.

Exit status: 0 when everything passes, 1 when something fails or when rustc is missing or
older than MIN_RUSTC_VERSION (said in one sentence, never as a compiler error).
"""

import concurrent.futures
import difflib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import List, Optional

WORKERS = 2
COMPILE_TIMEOUT = 180
RUN_TIMEOUT = 30


@dataclass
class Check:
    lesson: str
    label: str
    language: str  # "rust" or "js"
    file: str
    code: str
    crate_type: str = "bin"
    edition: str = "2021"
    expected_output: Optional[str] = None
    must_compile: bool = True
    error_code: Optional[str] = None
    error_message: Optional[str] = None
    diagnostic: Optional[str] = None


@dataclass
class Result:
    check: Check
    problems: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)


def rustc_version(rustc):
    """(major, minor, patch) of a rustc, or None when it does not answer."""
    try:
        out = subprocess.run([rustc, "--version"], capture_output=True, text=True,
                             timeout=RUN_TIMEOUT).stdout
        return tuple(int(x) for x in out.split()[1].split("-")[0].split("."))
    except (OSError, subprocess.SubprocessError, IndexError, ValueError):
        return None


def find_rustc(minimum):
    """The newest rustc on PATH or in ~/.cargo/bin, and whether it is new enough. An old
    one is reported, never used: Debian's rustc 1.63 fails in ways that only look like
    content errors."""
    candidates = [shutil.which("rustc"), os.path.expanduser("~/.cargo/bin/rustc")]
    found = [(rustc_version(c), c) for c in candidates if c and os.access(c, os.X_OK)]
    found = [(v, c) for v, c in found if v is not None]
    if not found:
        return None, None, False
    version, rustc = max(found)
    return rustc, version, version[:2] >= minimum


def first_error(text):
    for line in text.splitlines():
        if line.startswith("error[") or line.startswith("error:"):
            return line
    return None


def error_codes(text):
    return {line[len("error["):line.index("]")]
            for line in text.splitlines()
            if line.startswith("error[") and "]" in line}


def strip_summary(stderr):
    """The diagnostic as tests/update-rustc-diagnostics.sh stores it."""
    lines = [line for line in stderr.splitlines()
             if not line.startswith(("error: aborting due to",
                                     "Some errors have detailed explanations",
                                     "For more information about"))]
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines) + "\n"


def describe_output(expected, actual):
    diff = difflib.unified_diff(expected.splitlines(keepends=True),
                                actual.splitlines(keepends=True),
                                "expected", "actual")
    return "output differs:\n" + "".join("    " + line if line.endswith("\n")
                                         else "    " + line + "\n" for line in diff)


def indent(text):
    return "".join("    " + line + "\n" for line in text.rstrip("\n").splitlines())


def run(command, cwd, timeout):
    return subprocess.run(command, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=timeout)


def check_rust(check, rustc):
    result = Result(check)
    with tempfile.TemporaryDirectory(prefix="crabwise-rust-") as tmp:
        with open(os.path.join(tmp, check.file), "w", encoding="utf-8") as f:
            f.write(check.code)
        binary = os.path.join(tmp, "snippet" if check.crate_type == "bin" else "libsnippet.rlib")
        try:
            compiled = run([rustc, "--edition", check.edition, "--crate-type", check.crate_type,
                            "--error-format=human", "--color=never", check.file, "-o", binary],
                           tmp, COMPILE_TIMEOUT)
        except subprocess.TimeoutExpired:
            result.problems.append(f"rustc took longer than {COMPILE_TIMEOUT} s")
            return result

        if check.must_compile:
            if compiled.returncode != 0:
                result.problems.append("does not compile:\n" + indent(compiled.stderr))
                return result
            if "warning" in compiled.stderr:
                result.notes.append("compiles with warnings:\n" + indent(compiled.stderr))
            if check.crate_type == "bin" and check.expected_output is not None:
                try:
                    ran = run([binary], tmp, RUN_TIMEOUT)
                except subprocess.TimeoutExpired:
                    result.problems.append(f"still running after {RUN_TIMEOUT} s")
                    return result
                if ran.returncode != 0:
                    result.problems.append(f"exits with status {ran.returncode}:\n"
                                           + indent(ran.stderr))
                elif ran.stdout != check.expected_output:
                    result.problems.append(describe_output(check.expected_output, ran.stdout))
            return result

        if compiled.returncode == 0:
            result.problems.append("compiles, but must fail"
                                   + (f" with {check.error_code}" if check.error_code else ""))
            return result

        actual = first_error(compiled.stderr)
        if actual is None:
            result.problems.append("rustc failed without an error line:\n"
                                   + indent(compiled.stderr))
            return result
        if check.error_code is None:
            return result

        expected = f"error[{check.error_code}]: {check.error_message}"
        stored = first_error(check.diagnostic or "")
        others = error_codes(compiled.stderr) - {check.error_code}
        if not actual.startswith(f"error[{check.error_code}]:"):
            result.problems.append(f"fails with “{actual}”, expected {check.error_code}")
        elif actual != expected:
            result.problems.append(f"rustc says “{actual}”, lesson.ini expects “{expected}”")
        if others:
            result.problems.append("also fails with " + ", ".join(sorted(others)))
        if stored != actual:
            result.problems.append(f"the stored diagnostic says “{stored}”, rustc now says "
                                   f"“{actual}”: run tests/update-rustc-diagnostics.sh")
        elif strip_summary(compiled.stderr) != check.diagnostic:
            result.notes.append("the stored diagnostic differs from today's rustc after its "
                                "first line: run tests/update-rustc-diagnostics.sh")
    return result


def check_js(check, node):
    result = Result(check)
    with tempfile.TemporaryDirectory(prefix="crabwise-js-") as tmp:
        with open(os.path.join(tmp, check.file), "w", encoding="utf-8") as f:
            f.write(check.code)
        try:
            syntax = run([node, "--check", check.file], tmp, RUN_TIMEOUT)
            if syntax.returncode != 0:
                result.problems.append("node --check fails:\n" + indent(syntax.stderr))
                return result
            if check.expected_output is None:
                return result
            ran = run([node, check.file], tmp, RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            result.problems.append(f"node still running after {RUN_TIMEOUT} s")
            return result
        if ran.returncode != 0:
            result.problems.append(f"exits with status {ran.returncode}:\n" + indent(ran.stderr))
        elif ran.stdout != check.expected_output:
            result.problems.append(describe_output(check.expected_output, ran.stdout))
    return result


def load_checks(db):
    checks = []
    lessons = [row[0] for row in db.execute("SELECT id FROM lessons ORDER BY position")]
    for lesson in lessons:
        for row in db.execute(
                "SELECT position, js_file, js_code, js_output, rust_file, rust_code, "
                "rust_output, rust_crate_type, rust_edition, rust_error_code, "
                "rust_error_message, rust_diagnostic FROM snippet_pairs WHERE lesson_id = ? "
                "ORDER BY position", (lesson,)):
            (position, js_file, js_code, js_output, rust_file, rust_code, rust_output,
             crate_type, edition, error_code, error_message, diagnostic) = row
            checks.append(Check(lesson, f"Pair {position}", "js", js_file, js_code,
                                expected_output=js_output))
            checks.append(Check(lesson, f"Pair {position}", "rust", rust_file, rust_code,
                                crate_type=crate_type, edition=edition,
                                expected_output=rust_output, must_compile=error_code is None,
                                error_code=error_code, error_message=error_message,
                                diagnostic=diagnostic))
        for question, answer in db.execute(
                "SELECT position, answer FROM quiz_items WHERE lesson_id = ? AND "
                "kind = 'compiles' ORDER BY position", (lesson,)):
            for position, file, code in db.execute(
                    "SELECT position, file, code FROM quiz_choices WHERE lesson_id = ? AND "
                    "question = ? ORDER BY position", (lesson, question)):
                checks.append(Check(lesson, f"Question {question} choice {position}", "rust",
                                    file, code, must_compile=position == answer))
    return lessons, checks


def main():
    if len(sys.argv) != 3:
        print("usage: check-content.py CONTENT_DB MIN_RUSTC_VERSION", file=sys.stderr)
        return 2

    minimum = tuple(int(x) for x in sys.argv[2].split("."))[:2]
    wanted = ".".join(map(str, minimum))
    rustc, version, new_enough = find_rustc(minimum)
    node = shutil.which("node")
    if rustc is None or not new_enough:
        found = ("no rustc was found (looked on PATH and in ~/.cargo/bin)" if rustc is None else
                 f"the newest rustc found is {'.'.join(map(str, version))} ({rustc})")
        print(f"FAIL: the lessons need rustc {wanted} or newer (edition 2024, let-else, "
              f"Waker::noop), and {found}. On Debian 12 install rustc-web "
              "(sudo apt install rustc-web), which is Rust 1.85 or newer; elsewhere use rustup. "
              "make check installs it.")
        return 1
    if node is None:
        print("FAIL: node was not found: the JavaScript snippets need Node.js 18 or newer "
              "(sudo apt install nodejs; make check installs it).")
        return 1

    print(subprocess.run([rustc, "--version"], capture_output=True, text=True).stdout.strip()
          + ", node " + subprocess.run([node, "--version"], capture_output=True,
                                       text=True).stdout.strip())

    path = os.path.abspath(sys.argv[1])
    db = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    lessons, checks = load_checks(db)
    db.close()
    if not checks:
        print(f"FAIL: no snippets in {path}")
        return 1

    def work(check):
        return check_rust(check, rustc) if check.language == "rust" else check_js(check, node)

    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(work, checks))
    elapsed = time.monotonic() - start

    passed = failed = 0
    for lesson in lessons:
        mine = [r for r in results if r.check.lesson == lesson]
        bad = [r for r in mine if r.problems]
        passed += len(mine) - len(bad)
        failed += len(bad)
        print(f"{'FAIL' if bad else 'ok  '} {lesson}: {len(mine) - len(bad)}/{len(mine)} "
              "snippets")
        for r in mine:
            where = f"{r.check.label}, {r.check.file}"
            for problem in r.problems:
                print(f"    {where}: {problem}".rstrip())
            for note in r.notes:
                print(f"    note: {where}: {note}".rstrip())

    print(f"{passed} passed, {failed} failed ({elapsed:.1f} s, {WORKERS} workers)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
