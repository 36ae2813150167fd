/* test-cc-checks.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-content-compile"

#include "config.h"

#include "cc-test-fixture.h"

/* The checks: Markdown (cc-markdown.c), line marks and expected-result files (cc-checks.c),
 * each rule broken once. */

static const BrokenCase broken_cases[] = {
  { "md-raw-html", "basics/intro.md",
    "Welcome to **Crabwise**.",
    "Welcome to <b>Crabwise</b>.",
    "$CONTENT/basics/intro.md:1: raw HTML “<b>” is not allowed; put code such as `Vec<T>` in "
    "backticks\n$CONTENT/basics/intro.md:1: raw HTML “</b>” is not allowed; put code such as "
    "`Vec<T>` in backticks\n" },
  { "md-html-tag-outside-backticks", "basics/2-move.md",
    "A move.\n",
    "A Vec<T> moves.\n",
    "$CONTENT/basics/2-move.md:3: raw HTML “<T>” is not allowed; put code such as `Vec<T>` in "
    "backticks\n" },
  { "md-html-block", "more/intro.md",
    "Back to",
    "<div>x</div>\n\nBack to",
    "$CONTENT/more/intro.md:1: raw HTML is not allowed\n" },
  { "md-image", "basics/1-print.md",
    "Rust prints",
    "![crab](https://x.org/c.png) Rust prints",
    "$CONTENT/basics/1-print.md:3: images are not allowed\n" },
  { "md-block-quote", "basics/intro.md",
    "## Two kinds\n",
    "> Two kinds\n",
    "$CONTENT/basics/intro.md:3: unsupported Markdown (block_quote): use paragraphs, ## "
    "headings, lists and fenced code blocks\n" },
  { "md-fence-without-language", "basics/intro.md",
    "```rust\n",
    "```\n",
    "$CONTENT/basics/intro.md:8: a code block needs a fence with a language (```rust, ```js, "
    "```toml, ```sh, ```json or ```text)\n" },
  { "md-fence-unknown-language", "basics/intro.md",
    "```rust\n",
    "```python\n",
    "$CONTENT/basics/intro.md:8: unknown code block language “python” (use rust, js, toml, sh, "
    "json or text)\n" },
  { "md-indented-code", "basics/3-lib.md",
    "Documented.\n",
    "Documented.\n\n    let x = 1;\n",
    "$CONTENT/basics/3-lib.md:5: a code block needs a fence with a language (```rust, ```js, "
    "```toml, ```sh, ```json or ```text)\n" },
  { "md-heading-one", "basics/intro.md",
    "## Two kinds\n",
    "# Two kinds\n",
    "$CONTENT/basics/intro.md:3: use “##” for headings: “#” is only a pair's caption, on its "
    "first line\n" },
  { "md-link-http", "basics/intro.md",
    "https://www.rust-lang.org",
    "http://www.rust-lang.org",
    "$CONTENT/basics/intro.md:6: bad link: link target “http://www.rust-lang.org” must be "
    "crabwise:lesson/ID, crabwise:lab or an https:// address\n" },
  { "md-link-unknown-lesson", "more/intro.md",
    "crabwise:lesson/basics",
    "crabwise:lesson/advanced",
    "$CONTENT/more/intro.md:1: bad link: link to unknown lesson “advanced”\n" },
  { "md-link-bad-scheme", "more/intro.md",
    "crabwise:lab",
    "crabwise:labs",
    "$CONTENT/more/intro.md:1: bad link: link target “crabwise:labs” must be "
    "crabwise:lesson/ID, crabwise:lab or an https:// address\n" },
  { "md-link-in-ini", "basics/lesson.ini",
    "Rust=Values have **static** types.\n",
    "Rust=See [this](crabwise:lesson/none).\n",
    "$CONTENT/basics/lesson.ini:8: Rust: bad link: link to unknown lesson “none”\n" },
  { "md-html-in-ini", "basics/questions.ini",
    "Explanation=Only one of them.\n",
    "Explanation=Only <i>one</i>.\n",
    "$CONTENT/basics/questions.ini:8: Explanation: raw HTML “<i>” is not allowed; put code "
    "such as `Vec<T>` in backticks\n$CONTENT/basics/questions.ini:8: Explanation: raw HTML "
    "“</i>” is not allowed; put code such as `Vec<T>` in backticks\n" },
  { "md-ini-two-paragraphs", "basics/use-cases.ini",
    "Why=One *native* binary.\n",
    "Why=- a list item\n",
    "$CONTENT/basics/use-cases.ini:4: Why must be one line of text (inline Markdown: `code`, "
    "*emphasis*, **strong**, [links](…))\n" },
  { "md-empty-intro", "more/intro.md",
    "Back to [the basics](crabwise:lesson/basics) or the [lab](crabwise:lab).\n",
    "\n",
    "$CONTENT/more/intro.md:1: the text is empty\n" },
  { "md-intro-missing", "more/intro.md",
    NULL,
    NULL,
    "$CONTENT/more/intro.md:1: missing file “intro.md”: every lesson needs an introduction\n" },
  { "caption-missing", "basics/1-print.md",
    "# Printing\n\n",
    "",
    "$CONTENT/basics/1-print.md:1: the first line must be “# Caption”\n" },
  { "caption-full-stop", "basics/1-print.md",
    "# Printing\n",
    "# Printing.\n",
    "$CONTENT/basics/1-print.md:1: a caption does not end with a full stop\n" },
  { "caption-without-text", "basics/1-print.md",
    "\nRust prints with `println!`.\n",
    "\n",
    "$CONTENT/basics/1-print.md:1: no text after the caption\n" },
  { "pair-md-missing", "basics/3-lib.md",
    NULL,
    NULL,
    "$CONTENT/basics/3-lib:1: pair 3 has no 3-lib.md (its caption and text)\n" },
  { "mark-malformed", "basics/1-print.rs",
    "//@ print\n",
    "//@ Print!\n",
    "$CONTENT/basics/1-print.js:1: line mark “print” is not used in the Rust file\n"
    "$CONTENT/basics/1-print.rs:2: a line mark is written “//@ name” or “//@ a, b” at the end "
    "of a line, names in a-z and 0-9\n" },
  { "mark-unmatched", "basics/2-move.mjs",
    "//@ a\n",
    "//@ b\n",
    "$CONTENT/basics/2-move.mjs:1: line mark “b” is not used in the Rust file\n"
    "$CONTENT/basics/2-move.rs:2: line mark “a” is not used in the JavaScript file\n" },
  { "stderr-first-line", "basics/2-move.rs.stderr",
    "error[E0382]",
    "warning[E0382]",
    "$CONTENT/basics/2-move.rs.stderr:1: the first line must be rustc's “error[EXXXX]: …” or "
    "“error: …”; run tests/update-rustc-diagnostics.sh\n" },
  { "stderr-toolchain-path", "basics/2-move.rs.stderr",
    " --> 2-move.rs:4:16\n",
    " --> /rustc/0123abcd/library/core/src/lib.rs:1:1\n",
    "$CONTENT/basics/2-move.rs.stderr:2: a toolchain path (/rustc/<hash>/…) must not be "
    "stored; run tests/update-rustc-diagnostics.sh\n" },
  { "stderr-cargo-lines", "basics/2-move.rs.stderr",
    " --> 2-move.rs:4:16\n",
    " --> 2-move.rs:4:16\nerror: could not compile `snippets` (bin \"x\") due to 1 previous "
    "error\n",
    "$CONTENT/basics/2-move.rs.stderr:3: only rustc's diagnostic is stored, without cargo's or "
    "rustc's summary lines; run tests/update-rustc-diagnostics.sh\n" },
  { "stderr-and-out", "basics/2-move.rs.out",
    "",
    "x\n",
    "$CONTENT/basics/2-move.rs.stderr:1: a file that must not compile has no .out beside it\n" },
  { "panic-two-lines", "basics/4-serde.rs.panic",
    "boom\n",
    "boom\nagain\n",
    "$CONTENT/basics/4-serde.rs.panic:1: write the panic message as one line, as printed after "
    "“panicked at …”\n" },
  { "compiles-wrong-choice-stderr-missing", "basics/q2-b.rs.stderr",
    NULL,
    NULL,
    "$CONTENT/basics/questions.ini:14: q2-b.rs is a wrong choice: it must fail to compile, "
    "with its diagnostic in q2-b.rs.stderr (run tests/update-rustc-diagnostics.sh)\n" },
  { "compiles-choice-bad-stderr", "basics/q2-b.rs.stderr",
    "error[E0382]: use",
    "error[E382]: use",
    "$CONTENT/basics/q2-b.rs.stderr:1: the first line must be rustc's “error[EXXXX]: …” or "
    "“error: …”; run tests/update-rustc-diagnostics.sh\n" },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  cc_test_add_broken (broken_cases, G_N_ELEMENTS (broken_cases));

  return g_test_run ();
}
