/* test-cc-lesson.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-content-compile"

#include "config.h"

#include "cc-test-fixture.h"

/* The lesson-source reader (cc-lesson.c): keys, groups, numbering, snippet files. */

static const BrokenCase broken_cases[] = {
  { "missing-key", "basics/lesson.ini", "Title=Basics\n", "",
    "$CONTENT/basics/lesson.ini:1: missing key “Title” in group [Lesson]\n" },
  { "empty-key", "basics/lesson.ini", "Title=Basics\n", "Title=\n",
    "$CONTENT/basics/lesson.ini:4: Title must not be empty\n" },
  { "bad-order", "basics/lesson.ini", "Order=1\n", "Order=first\n",
    "$CONTENT/basics/lesson.ini:3: Order must be a whole number from 0 to 2147483647, "
    "not “first”\n" },
  { "duplicate-order", "more/lesson.ini", "Order=2\n", "Order=1\n",
    "$CONTENT/more/lesson.ini:3: Order 1 is already used by $CONTENT/basics/lesson.ini\n" },
  { "id-not-folder", "basics/lesson.ini", "Id=basics\n", "Id=basic\n",
    "$CONTENT/basics/lesson.ini:2: Id “basic” does not match the folder name “basics”\n" },
  { "unknown-key", "basics/lesson.ini", "Caption=Printing\n", "Caption=Printing\nColour=red\n",
    "$CONTENT/basics/lesson.ini:15: unknown key “Colour” in group [Pair 1]\n" },
  { "unknown-group", "basics/lesson.ini", "[UseCase 1]\n", "[Exercise 1]\n",
    "$CONTENT/basics/lesson.ini:50: unknown group [Exercise 1]\n" },
  { "duplicate-key", "basics/lesson.ini", "Area=Command-line tools\n",
    "Area=Tools\nArea=Command-line tools\n",
    "$CONTENT/basics/lesson.ini:52: duplicate key “Area” in group [UseCase 1] "
    "(first on line 51)\n" },
  { "duplicate-group", "basics/lesson.ini", "[Question 2]\n", "[Question 1]\n",
    "$CONTENT/basics/lesson.ini:42: duplicate group [Question 1] (first on line 35)\n" },
  { "not-key-value", "basics/lesson.ini", "Title=Basics\n", "Title Basics\n",
    "$CONTENT/basics/lesson.ini:4: expected Key=value, a [Group] or a # comment\n" },
  { "key-before-group", "more/lesson.ini", "[Lesson]\n", "Id=more\n[Lesson]\n",
    "$CONTENT/more/lesson.ini:1: a key before the first group; start with [Lesson]\n" },
  { "missing-snippet", "basics/1-print.js", NULL, NULL,
    "$CONTENT/basics/lesson.ini:16: missing file “1-print.js”\n" },
  { "missing-choice-file", "basics/q2-b.rs", NULL, NULL,
    "$CONTENT/basics/lesson.ini:45: missing file “q2-b.rs”\n" },
  { "snippet-outside-folder", "basics/lesson.ini", "Rust=1-print.rs\n", "Rust=../1-print.rs\n",
    "$CONTENT/basics/lesson.ini:17: “../1-print.rs” must be the name of a file in the lesson "
    "folder\n" },
  { "snippet-extension", "basics/lesson.ini", "JavaScript=1-print.js\n",
    "JavaScript=1-print.ts\n",
    "$CONTENT/basics/lesson.ini:16: JavaScript file “1-print.ts” must end in .js, .mjs, .cjs\n" },
  { "intro-missing", "basics/intro.markup", NULL, NULL,
    "$CONTENT/basics/intro.markup:1: missing file: every lesson needs an introduction\n" },
  { "error-without-message", "basics/lesson.ini",
    "RustErrorMessage=borrow of moved value: `a`\n", "",
    "$CONTENT/basics/lesson.ini:25: RustExpectError needs RustErrorMessage, rustc's message "
    "without the “error[…]: ” prefix\n" },
  { "bad-error-code", "basics/lesson.ini", "RustExpectError=E0382\n", "RustExpectError=E382\n",
    "$CONTENT/basics/lesson.ini:25: RustExpectError must be a rustc error code such as E0382, "
    "not “E382”\n" },
  { "output-of-library", "basics/lesson.ini", "RustOutput=hi\\n\n",
    "RustOutput=hi\\n\nRustCrateType=lib\n",
    "$CONTENT/basics/lesson.ini:19: RustOutput needs RustCrateType=bin: a library cannot be "
    "run\n" },
  { "output-of-failing", "basics/lesson.ini", "Caption=Moving\n", "Caption=Moving\nRustOutput=x\n",
    "$CONTENT/basics/lesson.ini:23: RustOutput cannot be set for a snippet that must fail to "
    "compile\n" },
  { "bad-edition", "basics/lesson.ini", "RustEdition=2018\n", "RustEdition=2019\n",
    "$CONTENT/basics/lesson.ini:33: RustEdition must be 2015, 2018, 2021 or 2024, not “2019”\n" },
  { "answer-out-of-range", "basics/lesson.ini", "Answer=1\n", "Answer=3\n",
    "$CONTENT/basics/lesson.ini:39: Answer 3 is out of range: there are 3 choices, counted "
    "from 0\n" },
  { "answer-not-a-number", "basics/lesson.ini", "Answer=0\n", "Answer=-1\n",
    "$CONTENT/basics/lesson.ini:46: Answer must be the number of a choice, counted from 0, "
    "not “-1”\n" },
  { "bad-kind", "basics/lesson.ini", "Kind=choice\n", "Kind=quiz\n",
    "$CONTENT/basics/lesson.ini:36: Kind must be “choice” or “compiles”, not “quiz”\n" },
  { "one-choice", "basics/lesson.ini", "Choices=JavaScript;<tt>Rust</tt>;Both\n",
    "Choices=Rust\n",
    "$CONTENT/basics/lesson.ini:38: a question needs at least two Choices, separated by “;”\n" },
  { "pair-gap", "basics/lesson.ini", "[Pair 3]\n", "[Pair 4]\n",
    "$CONTENT/basics/lesson.ini:28: [Pair 4] follows a gap: [Pair 3] is missing (number them "
    "1, 2, 3… without gaps)\n" },
  { "question-zero", "basics/lesson.ini", "[Question 1]\n", "[Question 0]\n",
    "$CONTENT/basics/lesson.ini:35: unknown group [Question 0]\n"
    "$CONTENT/basics/lesson.ini:42: [Question 2] follows a gap: [Question 1] is missing "
    "(number them 1, 2, 3… without gaps)\n" },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  cc_test_add_broken (broken_cases, G_N_ELEMENTS (broken_cases));

  return g_test_run ();
}
