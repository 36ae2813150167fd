/* test-cc-checks.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-content-compile"

#include "config.h"

#include "cc-test-fixture.h"

/* The checks (cc-checks.c): markup, links, rustc diagnostics. */

static const BrokenCase broken_cases[] = {
  { "intro-unclosed-tag", "basics/intro.markup", "over two lines", "over <b>two lines",
    "$CONTENT/basics/intro.markup:3: invalid markup: Element “markup” was closed, but the "
    "currently open element is “b”\n" },
  { "intro-unknown-tag", "basics/intro.markup", "Third <i>one</i>", "Third <blink>one</blink>",
    "$CONTENT/basics/intro.markup:7: invalid markup: Unknown tag 'blink'\n" },
  { "ini-unclosed-tag", "basics/lesson.ini", "Text=Rust prints with <tt>println!</tt>.\n",
    "Text=Rust prints with <tt>println!\n",
    "$CONTENT/basics/lesson.ini:15: invalid markup in Text: Element “markup” was closed, but "
    "the currently open element is “tt”\n" },
  { "ini-ampersand", "basics/lesson.ini", "Why=One <i>native</i> binary.\n", "Why=R & D\n",
    "$CONTENT/basics/lesson.ini:53: invalid markup in Why: Entity did not end with a "
    "semicolon; most likely you used an ampersand character without intending to start an "
    "entity — escape ampersand as &amp;\n" },
  { "link-bad-target", "more/intro.markup", "crabwise:lab", "crabwise:labs",
    "$CONTENT/more/intro.markup:1: bad link: link target “crabwise:labs” must be "
    "crabwise:lesson/ID, crabwise:lab or an https:// address\n" },
  { "link-unknown-lesson", "more/intro.markup", "crabwise:lesson/basics",
    "crabwise:lesson/advanced",
    "$CONTENT/more/intro.markup:1: bad link: link to unknown lesson “advanced”\n" },
  { "link-http", "basics/intro.markup", "https://www.rust-lang.org", "http://www.rust-lang.org",
    "$CONTENT/basics/intro.markup:3: bad link: link target “http://www.rust-lang.org” must be "
    "crabwise:lesson/ID, crabwise:lab or an https:// address\n" },
  { "link-unclosed", "more/intro.markup", "the basics</a>", "the basics",
    "$CONTENT/more/intro.markup:1: bad link: a link cannot contain another link\n" },
  { "link-no-href", "more/intro.markup", "<a href='crabwise:lab'>", "<a title='lab'>",
    "$CONTENT/more/intro.markup:1: bad link: a link must be written <a href=\"…\">text</a>, "
    "with href as its only attribute\n" },
  { "link-in-ini", "basics/lesson.ini", "Why=One <i>native</i> binary.\n",
    "Why=One <a href=\"crabwise:lesson/none\">native</a> binary.\n",
    "$CONTENT/basics/lesson.ini:53: bad link in Why: link to unknown lesson “none”\n" },
  { "missing-diagnostic", "basics/2-move.rs.stderr", NULL, NULL,
    "$CONTENT/basics/lesson.ini:25: “2-move.rs” must fail to compile, but 2-move.rs.stderr is "
    "missing; run tests/update-rustc-diagnostics.sh\n" },
  { "diagnostic-mismatch", "basics/lesson.ini", "RustErrorMessage=borrow of moved value: `a`\n",
    "RustErrorMessage=use of moved value: `a`\n",
    "$CONTENT/basics/2-move.rs.stderr:1: rustc reported “error[E0382]: borrow of moved value: "
    "`a`”, but lesson.ini expects “error[E0382]: use of moved value: `a`”; fix "
    "RustExpectError/RustErrorMessage or run tests/update-rustc-diagnostics.sh\n" },
  { "stale-diagnostic", "basics/q2-a.rs.stderr", "", "error[E0000]: stale\n",
    "$CONTENT/basics/q2-a.rs.stderr:1: “q2-a.rs” is expected to compile, so this diagnostic is "
    "stale; delete it or run tests/update-rustc-diagnostics.sh\n" },
  { "diagnostic-without-error", "basics/q2-b.rs.stderr", "error[E0382]", "warning: unused",
    "$CONTENT/basics/q2-b.rs.stderr:1: no “error…” line from rustc in this file; run "
    "tests/update-rustc-diagnostics.sh\n" },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  cc_test_add_broken (broken_cases, G_N_ELEMENTS (broken_cases));

  return g_test_run ();
}
