/* test-cc-lesson.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-content-compile"

#include "config.h"

#include "cc-test-fixture.h"

/* The readers: course.ini and the folders (cc-course.c), key files (cc-ini.c), lesson.ini and
 * the pairs (cc-lesson.c), questions.ini (cc-quiz.c) and exercises (cc-exercise.c), each rule
 * broken once. */

static const BrokenCase broken_cases[] = {
  { "course-missing", "course.ini",
    NULL,
    NULL,
    "$CONTENT/course.ini:1: missing file\n" },
  { "course-unknown-group", "course.ini",
    "[Part 2]\n",
    "[Section 2]\n",
    "$CONTENT/basics/intro.md:1: bad link: link to unknown lesson “more”\n"
    "$CONTENT/course.ini:7: unknown group [Section 2]; parts are [Part 1], [Part 2], …\n"
    "$CONTENT/more:1: this folder is not listed in course.ini\n" },
  { "course-part-order", "course.ini",
    "[Part 2]\n",
    "[Part 3]\n",
    "$CONTENT/basics/intro.md:1: bad link: link to unknown lesson “more”\n"
    "$CONTENT/course.ini:7: [Part 3] is out of order: expected [Part 2]\n$CONTENT/more:1: this "
    "folder is not listed in course.ini\n" },
  { "course-lesson-twice", "course.ini",
    "Lessons=more\n",
    "Lessons=more;basics\n",
    "$CONTENT/course.ini:11: lesson “basics” is listed twice\n" },
  { "course-no-folder", "course.ini",
    "Lessons=more\n",
    "Lessons=more;gone\n",
    "$CONTENT/course.ini:11: lesson “gone” has no folder with a lesson.ini\n" },
  { "course-bad-lesson-id", "course.ini",
    "Lessons=more\n",
    "Lessons=More\n",
    "$CONTENT/basics/intro.md:1: bad link: link to unknown lesson “more”\n"
    "$CONTENT/course.ini:11: “More” is not a valid lesson id: use only a-z, 0-9 and “-”\n"
    "$CONTENT/course.ini:11: a part needs at least one lesson\n$CONTENT/more:1: this folder is "
    "not listed in course.ini\n" },
  { "course-part-id-twice", "course.ini",
    "Id=more\n",
    "Id=start\n",
    "$CONTENT/course.ini:8: part id “start” is used twice\n" },
  { "course-missing-key", "course.ini",
    "Title=More\n",
    "",
    "$CONTENT/course.ini:7: missing key “Title” in group [Part 2]\n" },
  { "folder-not-listed", "extra/lesson.ini",
    "",
    "[Lesson]\nTitle=X\nSummary=Y.\n",
    "$CONTENT/extra:1: this folder is not listed in course.ini\n" },
  { "rustc-version-missing", "rustc-version",
    NULL,
    NULL,
    "$CONTENT/rustc-version:1: missing file “rustc-version”: it names the rustc that wrote the "
    "stored diagnostics, such as 1.95.0\n" },
  { "rustc-version-bad", "rustc-version",
    "1.95.0\n",
    "latest\n",
    "$CONTENT/rustc-version:1: write the rustc version as MAJOR.MINOR.PATCH, such as 1.95.0\n" },
  { "ini-duplicate-key", "basics/lesson.ini",
    "Title=Basics\n",
    "Title=Basics\nTitle=Again\n",
    "$CONTENT/basics/lesson.ini:3: duplicate key “Title” in group [Lesson] (first on line 2)\n" },
  { "ini-duplicate-group", "basics/lesson.ini",
    "[3-lib]\n",
    "[2-move]\n",
    "$CONTENT/basics/3-lib.rs:1: no 3-lib.rs.out: write what the program prints (a program "
    "that prints nothing is not much of an example)\n$CONTENT/basics/lesson.ini:15: duplicate "
    "group [2-move] (first on line 12)\n" },
  { "ini-not-key-value", "basics/lesson.ini",
    "Title=Basics\n",
    "Title Basics\n",
    "$CONTENT/basics/lesson.ini:2: expected Key=value, a [Group] or a # comment\n" },
  { "ini-key-before-group", "more/lesson.ini",
    "[Lesson]\n",
    "Title=X\n[Lesson]\n",
    "$CONTENT/more/lesson.ini:1: a key before the first [Group]\n" },
  { "ini-inline-comment-is-value", "basics/lesson.ini",
    "RustMode=doctest\n",
    "RustMode=doctest # run the examples\n",
    "$CONTENT/basics/lesson.ini:16: RustMode must be bin, lib, test or doctest, not “doctest # "
    "run the examples”\n$CONTENT/basics/lesson.ini:17: CrateName is only for RustMode=lib or "
    "doctest\n" },
  { "lesson-missing-group", "more/lesson.ini",
    "[Lesson]\n",
    "[Lessons]\n",
    "$CONTENT/more/lesson.ini:1: missing group [Lesson]\n$CONTENT/more/lesson.ini:1: missing "
    "key “Title” in group [Lesson]\n$CONTENT/more/lesson.ini:1: missing key “Summary” in group "
    "[Lesson]\n$CONTENT/more/lesson.ini:1: group [Lessons] names no pair (pair groups are "
    "named after the files' stem, such as [3-serde])\n" },
  { "lesson-unknown-key", "basics/lesson.ini",
    "Title=Basics\n",
    "Title=Basics\nOrder=1\n",
    "$CONTENT/basics/lesson.ini:3: unknown key “Order” in group [Lesson]\n" },
  { "lesson-missing-title", "basics/lesson.ini",
    "Title=Basics\n",
    "",
    "$CONTENT/basics/lesson.ini:1: missing key “Title” in group [Lesson]\n" },
  { "lesson-empty-summary", "basics/lesson.ini",
    "Summary=A first look at values.\n",
    "Summary=\n",
    "$CONTENT/basics/lesson.ini:3: Summary must not be empty\n" },
  { "concept-missing-key", "basics/lesson.ini",
    "Rust=Values have **static** types.\n",
    "",
    "$CONTENT/basics/lesson.ini:5: missing key “Rust” in group [Concept]\n" },
  { "pair-group-names-no-pair", "basics/lesson.ini",
    "[4-serde]\n",
    "[5-serde]\n",
    "$CONTENT/basics/lesson.ini:19: group [5-serde] names no pair (pair groups are named after "
    "the files' stem, such as [3-serde])\n" },
  { "pair-unknown-key", "basics/lesson.ini",
    "JsCheck=run\n",
    "JsCheck=run\nRustEdition=2021\n",
    "$CONTENT/basics/lesson.ini:14: unknown key “RustEdition” in group [2-move]\n" },
  { "pair-bad-mode", "basics/lesson.ini",
    "RustMode=doctest\n",
    "RustMode=proc-macro\n",
    "$CONTENT/basics/lesson.ini:16: RustMode must be bin, lib, test or doctest, not "
    "“proc-macro”\n$CONTENT/basics/lesson.ini:17: CrateName is only for RustMode=lib or "
    "doctest\n" },
  { "pair-doctest-without-name", "basics/lesson.ini",
    "CrateName=basics\n",
    "",
    "$CONTENT/basics/lesson.ini:16: RustMode=doctest needs CrateName=, the name its examples "
    "`use`\n" },
  { "pair-crate-name-for-bin", "basics/lesson.ini",
    "JsCheck=run\n",
    "CrateName=x\n",
    "$CONTENT/basics/lesson.ini:13: CrateName is only for RustMode=lib or doctest\n" },
  { "pair-unknown-crate", "basics/lesson.ini",
    "Crates=serde+derive;serde_json\n",
    "Crates=serde;napi\n",
    "$CONTENT/basics/lesson.ini:20: crate “napi” is not available offline (Debian 12 packages: "
    "serde, serde_json, tokio, anyhow, thiserror, clap, rayon); use NotCompiled= with the "
    "reason\n" },
  { "pair-bad-feature", "basics/lesson.ini",
    "Crates=serde+derive;serde_json\n",
    "Crates=serde+De rive\n",
    "$CONTENT/basics/lesson.ini:20: “De rive” is not a feature name\n" },
  { "pair-not-compiled-empty", "basics/lesson.ini",
    "JsCheck=run\n",
    "NotCompiled=\n",
    "$CONTENT/basics/lesson.ini:13: NotCompiled needs the reason, which the content suite "
    "prints\n" },
  { "pair-js-check-bad", "basics/lesson.ini",
    "JsCheck=run\n",
    "JsCheck=compare\n",
    "$CONTENT/basics/lesson.ini:13: JsCheck must be “run” (stdout compared with the .out file) "
    "or “assert” (exit status 0, stdout not compared), not “compare”\n" },
  { "pair-js-assert-with-out", "basics/lesson.ini",
    "JsCheck=run\n",
    "JsCheck=assert\n",
    "$CONTENT/basics/2-move.mjs.out:1: JsCheck=assert does not compare stdout: delete this "
    "file\n" },
  { "pair-gap", "basics/6-later.md",
    "",
    "# Gap\n\nText.\n",
    "$CONTENT/basics/6-later:1: pair 6 follows a gap: pair 5 is missing (number them 1, 2, 3… "
    "without gaps)\n" },
  { "pair-missing-rust", "more/1-x.rs",
    NULL,
    NULL,
    "$CONTENT/more/1-x:1: pair 1 needs a .rs file\n" },
  { "pair-js-and-mjs", "basics/1-print.mjs",
    "",
    "console.log(\"hi\");\n",
    "$CONTENT/basics/1-print.mjs:1: pair 1 has both 1-print.js and 1-print.mjs: keep one\n" },
  { "pair-number-shared", "more/1-y.rs",
    "",
    "fn main() {}\n",
    "$CONTENT/more/1-y.rs:1: pair 1 is already “1-x”: two pairs cannot share a number\n" },
  { "snippet-newline", "more/1-x.js",
    "console.log(1);\n",
    "console.log(1);\n\n",
    "$CONTENT/more/1-x.js:1: a snippet ends with exactly one newline\n" },
  { "bin-without-out", "more/1-x.rs.out",
    NULL,
    NULL,
    "$CONTENT/more/1-x.rs:1: no 1-x.rs.out: write what the program prints (a program that "
    "prints nothing is not much of an example)\n" },
  { "lib-with-out", "basics/3-lib.rs.out",
    "",
    "1\n",
    "$CONTENT/basics/3-lib.rs:1: RustMode=doctest is not run for its output: delete "
    "3-lib.rs.out\n" },
  { "use-case-gap", "basics/use-cases.ini",
    "[UseCase 1]\n",
    "[UseCase 2]\n",
    "$CONTENT/basics/use-cases.ini:1: expected [UseCase 1], not [UseCase 2]\n" },
  { "use-case-missing-why", "basics/use-cases.ini",
    "Why=One *native* binary.\n",
    "",
    "$CONTENT/basics/use-cases.ini:1: missing key “Why” in group [UseCase 1]\n" },
  { "questions-missing", "more/questions.ini",
    NULL,
    NULL,
    "$CONTENT/more/questions.ini:1: missing file\n" },
  { "questions-too-few", "more/questions.ini",
    "[Question 4]\nKind=choice\nPrompt=Four?\nChoice1=a\nChoice2=b\nAnswer=2\nExplanation=B.\n",
    "",
    "$CONTENT/more/questions.ini:1: a lesson needs at least 4 questions, not 3\n" },
  { "question-gap", "basics/questions.ini",
    "[Question 3]\n",
    "[Question 5]\n",
    "$CONTENT/basics/questions.ini:18: expected [Question 3], not [Question 5]\n" },
  { "question-bad-kind", "basics/questions.ini",
    "Kind=choice\n",
    "Kind=quiz\n",
    "$CONTENT/basics/questions.ini:2: Kind must be choice, compiles, predict or bug, not "
    "“quiz”\n" },
  { "question-answer-range", "basics/questions.ini",
    "Answer=2\n",
    "Answer=4\n",
    "$CONTENT/basics/questions.ini:7: Answer 4 is out of range: there are 3 choices\n" },
  { "question-answer-zero", "basics/questions.ini",
    "Answer=2\n",
    "Answer=0\n",
    "$CONTENT/basics/questions.ini:7: Answer must be the number of the right choice, from 1, "
    "not “0”\n" },
  { "question-one-choice", "more/questions.ini",
    "Prompt=One?\nChoice1=a\nChoice2=b\n",
    "Prompt=One?\nChoice1=a\n",
    "$CONTENT/more/questions.ini:1: a question needs two to four choices, Choice1=, Choice2=, "
    "…\n" },
  { "question-choice-gap", "basics/questions.ini",
    "Choice3=Both\n",
    "Choice4=Both\n",
    "$CONTENT/basics/questions.ini:6: Choice4 follows a gap or is one too many: write Choice1 "
    "to Choice4\n" },
  { "question-code-for-choice", "basics/questions.ini",
    "Prompt=Which one is **Rust**?\n",
    "Prompt=Which one is **Rust**?\nCode=q3.rs\n",
    "$CONTENT/basics/questions.ini:4: Code is only for predict and bug questions\n" },
  { "predict-without-code", "basics/questions.ini",
    "Code=q3.rs\n",
    "",
    "$CONTENT/basics/questions.ini:18: missing key “Code” in group [Question 3]\n" },
  { "predict-code-extension", "basics/questions.ini",
    "Code=q3.rs\n",
    "Code=q3.py\n",
    "$CONTENT/basics/questions.ini:21: Code: “q3.py” must be the name of a .rs, .js, .mjs file "
    "in the lesson folder\n" },
  { "bug-code-missing", "basics/q4.rs",
    NULL,
    NULL,
    "$CONTENT/basics/questions.ini:30: missing file “q4.rs”: Code\n" },
  { "bug-without-result", "basics/q4.rs.panic",
    NULL,
    NULL,
    "$CONTENT/basics/questions.ini:30: a bug question's program fails to compile "
    "(q4.rs.stderr), panics (q4.rs.panic) or prints a wrong result (q4.rs.out); none of these "
    "files is there\n" },
  { "compiles-answer-fails", "basics/questions.ini",
    "Answer=1\nExplanation=The second",
    "Answer=2\nExplanation=The second",
    "$CONTENT/basics/questions.ini:13: q2-a.rs is a wrong choice: it must fail to compile, "
    "with its diagnostic in q2-a.rs.stderr (run tests/update-rustc-diagnostics.sh)\n"
    "$CONTENT/basics/questions.ini:14: q2-b.rs is the answer, so it must compile; delete "
    "q2-b.rs.stderr or change Answer\n" },
  { "compiles-choice-missing", "basics/q2-b.rs",
    NULL,
    NULL,
    "$CONTENT/basics/questions.ini:14: missing file “q2-b.rs”: Choice2\n" },
  { "exercise-ini-missing", "more/exercises/more-double/exercise.ini",
    NULL,
    NULL,
    "$CONTENT/more/exercises/more-double/exercise.ini:1: missing file\n" },
  { "exercise-id-prefix", "more/exercises/double/statement.md",
    "",
    "x\n",
    "$CONTENT/more/exercises/double:1: an exercise id uses a-z, 0-9 and “-” and starts with "
    "the lesson's id, “more-”\n$CONTENT/more/exercises/double:1: missing file “starter.rs”: "
    "every exercise has exercise.ini, statement.md, starter.rs, solution.rs and tests.rs\n"
    "$CONTENT/more/exercises/double:1: missing file “solution.rs”: every exercise has "
    "exercise.ini, statement.md, starter.rs, solution.rs and tests.rs\n"
    "$CONTENT/more/exercises/double:1: missing file “tests.rs”: every exercise has "
    "exercise.ini, statement.md, starter.rs, solution.rs and tests.rs\n"
    "$CONTENT/more/exercises/double/exercise.ini:1: missing file\n" },
  { "exercise-bad-kind", "basics/exercises/basics-add/exercise.ini",
    "Kind=implement\n",
    "Kind=write\n",
    "$CONTENT/basics/exercises/basics-add/exercise.ini:3: Kind must be compile, implement or "
    "translate, not “write”\n" },
  { "exercise-no-hint", "basics/exercises/basics-add/exercise.ini",
    "Hint1=Use `+`.\nHint2=`a + b`\n",
    "",
    "$CONTENT/basics/exercises/basics-add/exercise.ini:1: an exercise needs at least Hint1 "
    "(hints go from a nudge to nearly the answer)\n" },
  { "exercise-hint-gap", "basics/exercises/basics-add/exercise.ini",
    "Hint2=",
    "Hint3=",
    "$CONTENT/basics/exercises/basics-add/exercise.ini:5: Hint3 follows a gap: Hint2 is "
    "missing\n" },
  { "exercise-missing-tests", "basics/exercises/basics-add/tests.rs",
    NULL,
    NULL,
    "$CONTENT/basics/exercises/basics-add:1: missing file “tests.rs”: every exercise has "
    "exercise.ini, statement.md, starter.rs, solution.rs and tests.rs\n" },
  { "exercise-translate-without-example", "more/exercises/more-double/example.js",
    NULL,
    NULL,
    "$CONTENT/more/exercises/more-double:1: missing file “example.js”: a translate exercise "
    "shows the JavaScript it translates\n" },
  { "exercise-example-not-translate", "basics/exercises/basics-add/example.js",
    "",
    "1;\n",
    "$CONTENT/basics/exercises/basics-add/example.js:1: only Kind=translate has an example.js\n" },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  cc_test_add_broken (broken_cases, G_N_ELEMENTS (broken_cases));

  return g_test_run ();
}
