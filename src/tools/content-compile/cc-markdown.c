/* cc-markdown.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include <cmark.h>
#include <glib/gi18n.h>
#include <string.h>

#include "cc-compiler.h"

/*
 * Markdown, parsed by cmark (CommonMark), becomes what the views render: blocks (paragraph,
 * heading, list item, code block with its language) whose text is Pango markup — <tt> for
 * `code`, <i>, <b>, and <a href="…"> links that GtkLabel handles — plus the same text without
 * markup for search and screen readers. Only what the views can show is accepted; anything
 * else (raw HTML, images, quotes, rules, a fence without a language) is reported at its line,
 * which cmark gives for every node. Text in backticks is code, never HTML: `Box<dyn Error>`
 * is fine, a bare <dyn Error> is an HTML tag and refused.
 */

static const char * const code_languages[] = { "rust", "js", "toml", "sh", "json", "text", NULL };

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cmark_node, cmark_node_free)

typedef struct
{
  CcCompiler *compiler;
  const char *path;
  guint       line_offset;   /* added to cmark's lines: 0 for a file, line - 1 for a value */
  const char *key;           /* the key of an inline value, for messages; NULL in a file */
  gboolean    ok;
} CcConverter;

G_GNUC_PRINTF (3, 4)
static void
cc_converter_report (CcConverter *self,
                     cmark_node  *node,
                     const char  *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;
  int line = 0;

  for (cmark_node *n = node; n != NULL && line <= 0; n = cmark_node_parent (n))
    line = cmark_node_get_start_line (n);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (self->key != NULL)
    cc_compiler_report (self->compiler, self->path, self->line_offset + 1, "%s: %s", self->key,
                        message);
  else
    cc_compiler_report (self->compiler, self->path, self->line_offset + MAX (line, 1), "%s",
                        message);
  self->ok = FALSE;
}

static void
append_escaped (GString    *markup,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (markup, escaped);
}

static void cc_converter_inlines (CcConverter *self,
                                  cmark_node  *parent,
                                  GString     *markup,
                                  GString     *plain);

static void
cc_converter_link (CcConverter *self,
                   cmark_node  *node,
                   GString     *markup,
                   GString     *plain)
{
  const char *url = cmark_node_get_url (node);
  g_autofree char *problem = cc_check_link_target (self->compiler, url != NULL ? url : "");

  if (problem != NULL)
    cc_converter_report (self, node, "bad link: %s", problem);

  g_string_append (markup, "<a href=\"");
  append_escaped (markup, url != NULL ? url : "");
  g_string_append (markup, "\">");
  cc_converter_inlines (self, node, markup, plain);
  g_string_append (markup, "</a>");
}

static void
cc_converter_inline (CcConverter *self,
                     cmark_node  *node,
                     GString     *markup,
                     GString     *plain)
{
  const char *literal = cmark_node_get_literal (node);

  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_TEXT:
      append_escaped (markup, literal);
      g_string_append (plain, literal);
      break;

    case CMARK_NODE_CODE:
      g_string_append (markup, "<tt>");
      append_escaped (markup, literal);
      g_string_append (markup, "</tt>");
      g_string_append (plain, literal);
      break;

    case CMARK_NODE_SOFTBREAK:
      g_string_append_c (markup, ' ');
      g_string_append_c (plain, ' ');
      break;

    case CMARK_NODE_LINEBREAK:
      g_string_append_c (markup, '\n');
      g_string_append_c (plain, '\n');
      break;

    case CMARK_NODE_EMPH:
    case CMARK_NODE_STRONG:
      {
        const char *tag = cmark_node_get_type (node) == CMARK_NODE_EMPH ? "i" : "b";

        g_string_append_printf (markup, "<%s>", tag);
        cc_converter_inlines (self, node, markup, plain);
        g_string_append_printf (markup, "</%s>", tag);
      }
      break;

    case CMARK_NODE_LINK:
      cc_converter_link (self, node, markup, plain);
      break;

    case CMARK_NODE_HTML_INLINE:
      cc_converter_report (self, node, "raw HTML “%s” is not allowed; put code such as "
                           "`Vec<T>` in backticks", literal);
      break;

    case CMARK_NODE_IMAGE:
      cc_converter_report (self, node, "images are not allowed");
      break;

    case CMARK_NODE_NONE:
    case CMARK_NODE_DOCUMENT:
    case CMARK_NODE_BLOCK_QUOTE:
    case CMARK_NODE_LIST:
    case CMARK_NODE_ITEM:
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_CUSTOM_BLOCK:
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_THEMATIC_BREAK:
    case CMARK_NODE_CUSTOM_INLINE:
    default:
      cc_converter_report (self, node, "unsupported Markdown (%s)",
                           cmark_node_get_type_string (node));
      break;
    }
}

static void
cc_converter_inlines (CcConverter *self,
                      cmark_node  *parent,
                      GString     *markup,
                      GString     *plain)
{
  for (cmark_node *child = cmark_node_first_child (parent); child != NULL;
       child = cmark_node_next (child))
    cc_converter_inline (self, child, markup, plain);
}

static void
cc_block_free (gpointer data)
{
  CcBlock *block = data;

  g_free (block->language);
  g_free (block->markup);
  g_free (block->plain);
  g_free (block);
}

static CcBlock *
cc_converter_add_text_block (CcConverter *self,
                             GPtrArray   *blocks,
                             CcBlockKind  kind,
                             cmark_node  *node)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(GString) plain = g_string_new (NULL);
  CcBlock *block = g_new0 (CcBlock, 1);

  cc_converter_inlines (self, node, markup, plain);
  block->kind = kind;
  block->line = (guint) MAX (cmark_node_get_start_line (node), 1);
  block->markup = g_string_free (g_steal_pointer (&markup), FALSE);
  block->plain = g_string_free (g_steal_pointer (&plain), FALSE);
  g_ptr_array_add (blocks, block);

  return block;
}

static void
cc_converter_code_block (CcConverter *self,
                         GPtrArray   *blocks,
                         cmark_node  *node)
{
  const char *info = cmark_node_get_fence_info (node);
  const char *literal = cmark_node_get_literal (node);
  g_auto(GStrv) words = g_strsplit (info != NULL ? info : "", " ", 2);
  CcBlock *block;
  gsize len;

  if (words[0] == NULL || *words[0] == '\0')
    {
      cc_converter_report (self, node, "a code block needs a fence with a language "
                           "(```rust, ```js, ```toml, ```sh, ```json or ```text)");
      return;
    }
  if (!g_strv_contains (code_languages, words[0]))
    {
      cc_converter_report (self, node, "unknown code block language “%s” (use rust, js, toml, "
                           "sh, json or text)", words[0]);
      return;
    }

  len = literal != NULL ? strlen (literal) : 0;
  if (len > 0 && literal[len - 1] == '\n')
    len--;

  block = g_new0 (CcBlock, 1);
  block->kind = CC_BLOCK_CODE;
  block->language = g_strdup (words[0]);
  block->markup = g_strndup (literal != NULL ? literal : "", len);
  block->plain = g_strdup (block->markup);
  g_ptr_array_add (blocks, block);
}

static void cc_converter_blocks (CcConverter *self,
                                 cmark_node  *parent,
                                 guint        depth,
                                 GPtrArray   *blocks);

static void
cc_converter_list (CcConverter *self,
                   cmark_node  *list,
                   guint        depth,
                   GPtrArray   *blocks)
{
  gboolean ordered = cmark_node_get_list_type (list) == CMARK_ORDERED_LIST;
  guint number = ordered ? (guint) cmark_node_get_list_start (list) : 0;

  for (cmark_node *item = cmark_node_first_child (list); item != NULL;
       item = cmark_node_next (item), number += ordered ? 1 : 0)
    {
      cmark_node *first = cmark_node_first_child (item);
      CcBlock *block;

      if (first == NULL || cmark_node_get_type (first) != CMARK_NODE_PARAGRAPH)
        {
          cc_converter_report (self, item, "a list item must start with text");
          continue;
        }

      block = cc_converter_add_text_block (self, blocks, CC_BLOCK_ITEM, first);
      block->level = depth;
      block->number = number;

      for (cmark_node *child = cmark_node_next (first); child != NULL;
           child = cmark_node_next (child))
        {
          if (cmark_node_get_type (child) == CMARK_NODE_LIST)
            cc_converter_list (self, child, depth + 1, blocks);
          else
            cc_converter_report (self, child, "a list item holds one paragraph and, "
                                 "optionally, a nested list");
        }
    }
}

static void
cc_converter_blocks (CcConverter *self,
                     cmark_node  *parent,
                     guint        depth,
                     GPtrArray   *blocks)
{
  for (cmark_node *node = cmark_node_first_child (parent); node != NULL;
       node = cmark_node_next (node))
    {
      CcBlock *block;

      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_PARAGRAPH:
          cc_converter_add_text_block (self, blocks, CC_BLOCK_PARAGRAPH, node);
          break;

        case CMARK_NODE_HEADING:
          block = cc_converter_add_text_block (self, blocks, CC_BLOCK_HEADING, node);
          block->level = (guint) cmark_node_get_heading_level (node);
          break;

        case CMARK_NODE_LIST:
          cc_converter_list (self, node, depth + 1, blocks);
          break;

        case CMARK_NODE_CODE_BLOCK:
          cc_converter_code_block (self, blocks, node);
          break;

        case CMARK_NODE_HTML_BLOCK:
          cc_converter_report (self, node, "raw HTML is not allowed");
          break;

        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_THEMATIC_BREAK:
        case CMARK_NODE_NONE:
        case CMARK_NODE_DOCUMENT:
        case CMARK_NODE_ITEM:
        case CMARK_NODE_CUSTOM_BLOCK:
        case CMARK_NODE_TEXT:
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
        case CMARK_NODE_CUSTOM_INLINE:
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG:
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
        default:
          cc_converter_report (self, node, "unsupported Markdown (%s): use paragraphs, ## "
                               "headings, lists and fenced code blocks",
                               cmark_node_get_type_string (node));
          break;
        }
    }
}

/* The markup of one block as a paragraph of GtkLabel markup, for views that show prose as
 * labels separated by blank lines: a code block must not contain a blank line itself. */
static void
append_block_markup (GString       *out,
                     const CcBlock *block)
{
  g_autofree char *escaped = NULL;
  g_autoptr(GString) code = NULL;

  if (out->len > 0)
    g_string_append (out, "\n\n");

  switch (block->kind)
    {
    case CC_BLOCK_HEADING:
      g_string_append_printf (out, "<b>%s</b>", block->markup);
      break;

    case CC_BLOCK_ITEM:
      for (guint i = 1; i < block->level; i++)
        g_string_append (out, "    ");
      if (block->number > 0)
        g_string_append_printf (out, "%u. %s", block->number, block->markup);
      else
        g_string_append_printf (out, "• %s", block->markup);
      break;

    case CC_BLOCK_CODE:
      escaped = g_markup_escape_text (block->markup, -1);
      code = g_string_new (escaped);
      while (g_string_replace (code, "\n\n", "\n \n", 0) > 0)
        ;
      g_string_append_printf (out, "<tt>%s</tt>", code->str);
      break;

    case CC_BLOCK_PARAGRAPH:
    default:
      g_string_append (out, block->markup);
      break;
    }
}

static CcProse *
cc_prose_new (GPtrArray *blocks)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(GString) plain = g_string_new (NULL);
  CcProse *prose = g_new0 (CcProse, 1);

  for (guint i = 0; i < blocks->len; i++)
    {
      const CcBlock *block = g_ptr_array_index (blocks, i);

      append_block_markup (markup, block);
      if (plain->len > 0)
        g_string_append (plain, "\n\n");
      g_string_append (plain, block->plain);
    }

  prose->blocks = g_ptr_array_ref (blocks);
  prose->markup = g_string_free (g_steal_pointer (&markup), FALSE);
  prose->plain = g_string_free (g_steal_pointer (&plain), FALSE);

  return prose;
}

/* With @caption, the text must start with "# Caption" on its first line, set in
 * @caption_out; a "#" heading is refused anywhere else. NULL after reporting a problem. */
CcProse *
cc_compiler_convert_markdown (CcCompiler  *self,
                              const char  *path,
                              const char  *text,
                              gboolean     caption,
                              char       **caption_out)
{
  CcConverter converter = { self, path, 0, NULL, TRUE };
  g_autoptr(cmark_node) document = cmark_parse_document (text, strlen (text), CMARK_OPT_DEFAULT);
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (cc_block_free);
  guint first_text_block = 0;

  cc_converter_blocks (&converter, document, 0, blocks);

  if (caption)
    {
      CcBlock *first = blocks->len > 0 ? g_ptr_array_index (blocks, 0) : NULL;

      if (first == NULL || first->kind != CC_BLOCK_HEADING || first->level != 1 ||
          !g_str_has_prefix (text, "# "))
        {
          cc_compiler_report (self, path, 1, "the first line must be “# Caption”");
          return NULL;
        }
      if (g_str_has_suffix (first->plain, "."))
        cc_compiler_report (self, path, 1, "a caption does not end with a full stop");
      *caption_out = g_strdup (first->plain);
      first_text_block = 1;
    }

  for (guint i = first_text_block; i < blocks->len; i++)
    {
      const CcBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == CC_BLOCK_HEADING && block->level == 1)
        {
          cc_compiler_report (self, path, block->line, "use “##” for headings: “#” is only a "
                              "pair's caption, on its first line");
          converter.ok = FALSE;
        }
    }

  if (caption)
    g_ptr_array_remove_index (blocks, 0);

  if (blocks->len == 0)
    {
      cc_compiler_report (self, path, 1, caption ? "no text after the caption" : "the text is "
                          "empty");
      return NULL;
    }

  if (!converter.ok)
    return NULL;

  return cc_prose_new (blocks);
}

/* A value written in inline Markdown, on line @line of an ini file: one paragraph. */
gboolean
cc_compiler_convert_inline (CcCompiler  *self,
                            const char  *path,
                            guint        line,
                            const char  *key,
                            const char  *text,
                            char       **markup,
                            char       **plain)
{
  CcConverter converter = { self, path, line - 1, key, TRUE };
  g_autoptr(cmark_node) document = cmark_parse_document (text, strlen (text), CMARK_OPT_DEFAULT);
  cmark_node *paragraph = cmark_node_first_child (document);
  g_autoptr(GString) out_markup = g_string_new (NULL);
  g_autoptr(GString) out_plain = g_string_new (NULL);

  if (paragraph == NULL || cmark_node_get_type (paragraph) != CMARK_NODE_PARAGRAPH ||
      cmark_node_next (paragraph) != NULL)
    {
      cc_compiler_report (self, path, line, "%s must be one line of text (inline Markdown: "
                          "`code`, *emphasis*, **strong**, [links](…))", key);
      return FALSE;
    }

  cc_converter_inlines (&converter, paragraph, out_markup, out_plain);
  if (!converter.ok)
    return FALSE;

  *markup = g_string_free (g_steal_pointer (&out_markup), FALSE);
  if (plain != NULL)
    *plain = g_string_free (g_steal_pointer (&out_plain), FALSE);

  return TRUE;
}
