/* cw-content-schema.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * The compiled content database, shared by crabwise-content-compile (which writes it at
 * build time from data/content/, content format 2) and CwContentStore (which reads it). Bump
 * the version with any change; a store refuses a database of another version with a clear
 * message.
 *
 * Text comes in three forms, and each column says which:
 *   markup  Pango markup as GtkLabel renders it: <tt>, <b>, <i>, <a href="…"> (links are
 *           crabwise:lesson/ID, crabwise:lab or https://…), converted from Markdown by cmark
 *   plain   the same text without markup, for search, screen readers and the command line
 *   code    source code or program output, byte for byte (line marks removed)
 *
 * Prose (a lesson's introduction, a pair's text, an exercise's statement) is stored twice:
 * as rows of `blocks`, which a view shows one by one (a code block as a highlighted,
 * copyable source view), and as one markup column whose blocks are separated by a blank line
 * ("\n\n"; a code block there is <tt> and never contains a blank line itself), for a view
 * that shows prose as labels.
 *
 * blocks.owner names what the prose belongs to: "lesson/ID" (intro), "pair/LESSON/N" (pair
 * text), "exercise/ID" (statement). blocks.kind is paragraph, heading (level 2-6), item (a
 * list item: level is its depth from 1, number its number in an ordered list or 0 for a
 * bullet) or code (language: rust, js, toml, sh, json or text; text is the code).
 *
 * Line marks tie the lines of a pair's two programs together: every (side, line) with the
 * same name corresponds. Lines count from 1 in the stored code.
 *
 * Answers are 0-based here (authors write them 1-based). For a "compiles" question, a wrong
 * choice's diagnostic is rustc's message for that file; for "predict", code_output is what
 * the code prints (the answer); for "bug", code_diagnostic, code_panic or code_output says
 * how the program goes wrong.
 *
 * Search: `search_docs` holds one row per lesson, concept, pair, use case and exercise;
 * `search` indexes it by words (unicode61) and `search_trigram` by any three characters
 * (trigram), so that punctuation such as `?.`, `&mut` or `::` can be found too. Both are
 * external-content FTS5 tables over search_docs.
 *
 * meta holds "content_format" (2) and "rustc_version", the rustc that wrote the stored
 * diagnostics and panic messages (data/content/rustc-version).
 */
#define CW_CONTENT_SCHEMA_VERSION 2

#define CW_CONTENT_SCHEMA_SQL \
  "CREATE TABLE meta (\n" \
  "  key   TEXT PRIMARY KEY,\n" \
  "  value TEXT NOT NULL\n" \
  ") STRICT;\n" \
  "CREATE TABLE parts (\n" \
  "  id       TEXT PRIMARY KEY,\n" \
  "  position INTEGER NOT NULL UNIQUE,\n" \
  "  title    TEXT NOT NULL,\n" \
  "  summary  TEXT NOT NULL\n" \
  ") STRICT;\n" \
  "CREATE TABLE lessons (\n" \
  "  id            TEXT PRIMARY KEY,\n" \
  "  position      INTEGER NOT NULL UNIQUE,\n" \
  "  part_id       TEXT NOT NULL REFERENCES parts (id),\n" \
  "  part_position INTEGER NOT NULL,\n" \
  "  title         TEXT NOT NULL,\n" \
  "  summary       TEXT NOT NULL,\n"       /* plain */ \
  "  summary_markup TEXT NOT NULL,\n" \
  "  intro         TEXT NOT NULL,\n"       /* markup */ \
  "  intro_plain   TEXT NOT NULL,\n" \
  "  UNIQUE (part_id, part_position)\n" \
  ") STRICT;\n" \
  "CREATE TABLE concepts (\n" \
  "  lesson_id      TEXT PRIMARY KEY REFERENCES lessons (id),\n" \
  "  part_id        TEXT NOT NULL REFERENCES parts (id),\n" \
  "  position       INTEGER NOT NULL UNIQUE,\n" \
  "  name           TEXT NOT NULL,\n" \
  "  javascript     TEXT NOT NULL,\n"      /* markup */ \
  "  rust           TEXT NOT NULL,\n"      /* markup */ \
  "  key_difference TEXT NOT NULL,\n"      /* markup */ \
  "  plain          TEXT NOT NULL\n"       /* the three, plain, one per line */ \
  ") STRICT;\n" \
  "CREATE TABLE blocks (\n" \
  "  owner    TEXT NOT NULL,\n" \
  "  position INTEGER NOT NULL,\n" \
  "  kind     TEXT NOT NULL CHECK (kind IN ('paragraph', 'heading', 'item', 'code')),\n" \
  "  level    INTEGER NOT NULL DEFAULT 0,\n" \
  "  number   INTEGER NOT NULL DEFAULT 0,\n" \
  "  language TEXT,\n" \
  "  text     TEXT NOT NULL,\n"            /* markup, or the code of a code block */ \
  "  plain    TEXT NOT NULL,\n" \
  "  PRIMARY KEY (owner, position)\n" \
  ") STRICT;\n" \
  "CREATE TABLE snippet_pairs (\n" \
  "  lesson_id          TEXT NOT NULL REFERENCES lessons (id),\n" \
  "  position           INTEGER NOT NULL,\n" \
  "  stem               TEXT NOT NULL,\n" \
  "  caption            TEXT NOT NULL,\n"  /* plain */ \
  "  text               TEXT NOT NULL,\n"  /* markup */ \
  "  text_plain         TEXT NOT NULL,\n" \
  "  js_file            TEXT NOT NULL,\n" \
  "  js_code            TEXT NOT NULL,\n" \
  "  js_output          TEXT,\n" \
  "  js_check           TEXT NOT NULL CHECK (js_check IN ('run', 'assert')),\n" \
  "  js_not_run         TEXT,\n"           /* why node does not run it here */ \
  "  rust_file          TEXT NOT NULL,\n" \
  "  rust_code          TEXT NOT NULL,\n" \
  "  rust_mode          TEXT NOT NULL CHECK (rust_mode IN ('bin', 'lib', 'test', 'doctest')),\n" \
  "  rust_crate_name    TEXT,\n" \
  "  rust_edition       TEXT NOT NULL,\n" \
  "  crates             TEXT,\n"           /* "serde+derive;serde_json" */ \
  "  not_compiled       TEXT,\n"           /* why it is not built here */ \
  "  rust_expect        TEXT NOT NULL CHECK (rust_expect IN ('output', 'error', 'panic')),\n" \
  "  rust_output        TEXT,\n" \
  "  rust_error_code    TEXT,\n" \
  "  rust_error_message TEXT,\n" \
  "  rust_diagnostic    TEXT,\n" \
  "  rust_panic         TEXT,\n" \
  "  PRIMARY KEY (lesson_id, position)\n" \
  ") STRICT;\n" \
  "CREATE TABLE line_marks (\n" \
  "  lesson_id TEXT NOT NULL,\n" \
  "  pair      INTEGER NOT NULL,\n" \
  "  side      TEXT NOT NULL CHECK (side IN ('js', 'rust')),\n" \
  "  line      INTEGER NOT NULL,\n" \
  "  name      TEXT NOT NULL,\n" \
  "  PRIMARY KEY (lesson_id, pair, side, line, name),\n" \
  "  FOREIGN KEY (lesson_id, pair) REFERENCES snippet_pairs (lesson_id, position)\n" \
  ") STRICT;\n" \
  "CREATE TABLE quiz_items (\n" \
  "  lesson_id         TEXT NOT NULL REFERENCES lessons (id),\n" \
  "  position          INTEGER NOT NULL,\n" \
  "  kind              TEXT NOT NULL CHECK (kind IN ('choice', 'compiles', 'predict', 'bug')),\n" \
  "  prompt            TEXT NOT NULL,\n"   /* markup */ \
  "  prompt_plain      TEXT NOT NULL,\n" \
  "  answer            INTEGER NOT NULL,\n" \
  "  explanation       TEXT NOT NULL,\n"   /* markup */ \
  "  explanation_plain TEXT NOT NULL,\n" \
  "  code_file         TEXT,\n" \
  "  code              TEXT,\n" \
  "  code_language     TEXT CHECK (code_language IN ('rust', 'javascript')),\n" \
  "  code_output       TEXT,\n" \
  "  code_diagnostic   TEXT,\n" \
  "  code_panic        TEXT,\n" \
  "  PRIMARY KEY (lesson_id, position)\n" \
  ") STRICT;\n" \
  "CREATE TABLE quiz_choices (\n" \
  "  lesson_id  TEXT NOT NULL,\n" \
  "  question   INTEGER NOT NULL,\n" \
  "  position   INTEGER NOT NULL,\n" \
  "  text       TEXT NOT NULL,\n"          /* markup */ \
  "  plain      TEXT NOT NULL,\n" \
  "  file       TEXT,\n" \
  "  code       TEXT,\n" \
  "  diagnostic TEXT,\n" \
  "  PRIMARY KEY (lesson_id, question, position),\n" \
  "  FOREIGN KEY (lesson_id, question) REFERENCES quiz_items (lesson_id, position)\n" \
  ") STRICT;\n" \
  "CREATE TABLE exercises (\n" \
  "  id              TEXT PRIMARY KEY,\n" \
  "  lesson_id       TEXT NOT NULL REFERENCES lessons (id),\n" \
  "  position        INTEGER NOT NULL,\n" \
  "  title           TEXT NOT NULL,\n" \
  "  kind            TEXT NOT NULL CHECK (kind IN ('compile', 'implement', 'translate')),\n" \
  "  statement       TEXT NOT NULL,\n"     /* markup */ \
  "  statement_plain TEXT NOT NULL,\n" \
  "  starter         TEXT NOT NULL,\n" \
  "  solution        TEXT NOT NULL,\n" \
  "  tests           TEXT NOT NULL,\n" \
  "  example_js      TEXT,\n" \
  "  UNIQUE (lesson_id, position)\n" \
  ") STRICT;\n" \
  "CREATE TABLE exercise_hints (\n" \
  "  exercise_id TEXT NOT NULL REFERENCES exercises (id),\n" \
  "  position    INTEGER NOT NULL,\n" \
  "  text        TEXT NOT NULL,\n"         /* markup */ \
  "  plain       TEXT NOT NULL,\n" \
  "  PRIMARY KEY (exercise_id, position)\n" \
  ") STRICT;\n" \
  "CREATE TABLE use_cases (\n" \
  "  lesson_id TEXT NOT NULL REFERENCES lessons (id),\n" \
  "  position  INTEGER NOT NULL,\n" \
  "  area      TEXT NOT NULL,\n" \
  "  examples  TEXT NOT NULL,\n" \
  "  why       TEXT NOT NULL,\n"           /* markup */ \
  "  why_plain TEXT NOT NULL,\n" \
  "  PRIMARY KEY (lesson_id, position)\n" \
  ") STRICT;\n" \
  "CREATE TABLE search_docs (\n" \
  "  id        INTEGER PRIMARY KEY,\n" \
  "  lesson_id TEXT NOT NULL,\n" \
  "  kind      TEXT NOT NULL CHECK (kind IN ('lesson', 'concept', 'code', 'use-case',\n" \
  "                                          'exercise')),\n" \
  "  position  INTEGER NOT NULL,\n"        /* pair or use-case number; exercise position */ \
  "  target    TEXT NOT NULL DEFAULT '',\n" /* the exercise id for 'exercise' */ \
  "  title     TEXT NOT NULL,\n" \
  "  body      TEXT NOT NULL,\n" \
  "  code      TEXT NOT NULL\n" \
  ") STRICT;\n" \
  "CREATE VIRTUAL TABLE search USING fts5 (\n" \
  "  title, body, code,\n" \
  "  content = 'search_docs', content_rowid = 'id', tokenize = 'unicode61'\n" \
  ");\n" \
  "CREATE VIRTUAL TABLE search_trigram USING fts5 (\n" \
  "  title, body, code,\n" \
  "  content = 'search_docs', content_rowid = 'id', tokenize = 'trigram'\n" \
  ");\n"

/* After search_docs is filled. */
#define CW_CONTENT_SCHEMA_INDEX_SQL \
  "INSERT INTO search (search) VALUES ('rebuild');\n" \
  "INSERT INTO search_trigram (search_trigram) VALUES ('rebuild');\n"
