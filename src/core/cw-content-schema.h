/* cw-content-schema.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * The compiled content database, shared by crabwise-content-compile (which writes it at
 * build time) and CwContentStore (which reads it). Bump the version with any change; a
 * store refuses a database of another version with a clear message.
 *
 * Markup columns hold Pango markup as authored (checked at build time). Paragraphs in
 * lessons.intro are separated by one blank line ("\n\n").
 */
#define CW_CONTENT_SCHEMA_VERSION 1

#define CW_CONTENT_SCHEMA_SQL \
  "CREATE TABLE lessons (\n" \
  "  id        TEXT PRIMARY KEY,\n" \
  "  position  INTEGER NOT NULL UNIQUE,\n" \
  "  title     TEXT NOT NULL,\n" \
  "  summary   TEXT NOT NULL,\n" \
  "  intro     TEXT NOT NULL\n" \
  ") STRICT;\n" \
  "CREATE TABLE concepts (\n" \
  "  lesson_id      TEXT PRIMARY KEY REFERENCES lessons (id),\n" \
  "  position       INTEGER NOT NULL UNIQUE,\n" \
  "  name           TEXT NOT NULL,\n" \
  "  javascript     TEXT NOT NULL,\n" \
  "  rust           TEXT NOT NULL,\n" \
  "  key_difference TEXT NOT NULL\n" \
  ") STRICT;\n" \
  "CREATE TABLE snippet_pairs (\n" \
  "  lesson_id          TEXT NOT NULL REFERENCES lessons (id),\n" \
  "  position           INTEGER NOT NULL,\n" \
  "  caption            TEXT NOT NULL,\n" \
  "  text               TEXT NOT NULL DEFAULT '',\n" \
  "  js_file            TEXT NOT NULL,\n" \
  "  js_code            TEXT NOT NULL,\n" \
  "  js_output          TEXT,\n" \
  "  rust_file          TEXT NOT NULL,\n" \
  "  rust_code          TEXT NOT NULL,\n" \
  "  rust_output        TEXT,\n" \
  "  rust_crate_type    TEXT NOT NULL DEFAULT 'bin' CHECK (rust_crate_type IN ('bin', 'lib')),\n" \
  "  rust_edition       TEXT NOT NULL DEFAULT '2021',\n" \
  "  rust_error_code    TEXT,\n" \
  "  rust_error_message TEXT,\n" \
  "  rust_diagnostic    TEXT,\n" \
  "  PRIMARY KEY (lesson_id, position)\n" \
  ") STRICT;\n" \
  "CREATE TABLE quiz_items (\n" \
  "  lesson_id   TEXT NOT NULL REFERENCES lessons (id),\n" \
  "  position    INTEGER NOT NULL,\n" \
  "  kind        TEXT NOT NULL CHECK (kind IN ('choice', 'compiles')),\n" \
  "  prompt      TEXT NOT NULL,\n" \
  "  answer      INTEGER NOT NULL,\n" \
  "  explanation TEXT NOT NULL,\n" \
  "  PRIMARY KEY (lesson_id, position)\n" \
  ") STRICT;\n" \
  "CREATE TABLE quiz_choices (\n" \
  "  lesson_id TEXT NOT NULL,\n" \
  "  question  INTEGER NOT NULL,\n" \
  "  position  INTEGER NOT NULL,\n" \
  "  text      TEXT NOT NULL,\n" \
  "  file      TEXT,\n" \
  "  code      TEXT,\n" \
  "  PRIMARY KEY (lesson_id, question, position),\n" \
  "  FOREIGN KEY (lesson_id, question) REFERENCES quiz_items (lesson_id, position)\n" \
  ") STRICT;\n" \
  "CREATE TABLE use_cases (\n" \
  "  lesson_id TEXT NOT NULL REFERENCES lessons (id),\n" \
  "  position  INTEGER NOT NULL,\n" \
  "  area      TEXT NOT NULL,\n" \
  "  examples  TEXT NOT NULL,\n" \
  "  why       TEXT NOT NULL,\n" \
  "  PRIMARY KEY (lesson_id, position)\n" \
  ") STRICT;\n" \
  "CREATE VIRTUAL TABLE search USING fts5 (\n" \
  "  lesson_id UNINDEXED,\n" \
  "  kind      UNINDEXED,\n" \
  "  position  UNINDEXED,\n" \
  "  title,\n" \
  "  body,\n" \
  "  code,\n" \
  "  tokenize = 'unicode61'\n" \
  ");\n"
