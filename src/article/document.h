// Inside the article stage: each reader turns its format into a Document, a
// flat list of blocks; cleanup edits the blocks; assembly turns them into
// chapters. Not used outside src/article/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article/article.h"
#include "article/front_matter.h"

namespace narra {

enum class BlockKind { paragraph, heading, caption };

struct Block {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;                   // headings: 0 for h2/##, 1 for h3/### and deeper
  std::vector<std::string> lines;  // as the source broke them; read joined by spaces
};

struct Document {
  std::string title, author, date, language, cover, description, source_url;
  std::vector<Block> blocks;
  // Markdown and HTML: headings open chapters. Plain text: each paragraph is one.
  bool chapters_from_headings = false;
  // What the reader itself left out (page furniture), in order.
  CleanupReport dropped;
};

// Readers. `keep_all` keeps page furniture (navigation, share widgets); markup
// that is not prose (scripts, styles, code, images) is never read.
// Plain text and Markdown start with optional front matter (front_matter.h);
// `origin` names the article in errors.
Document document_from(const FrontMatter& matter);
Document read_text_document(std::string_view text, const std::filesystem::path& origin);
Document read_markdown_document(std::string_view text, const std::filesystem::path& origin);
Document read_html_document(std::string_view text, const CleanupRules* rules, bool keep_all,
                            const std::filesystem::path& origin);

// Drops repeated blocks and lines, call-to-action lines, and recognises
// captions and their credits, as the options say; records each decision.
void clean_document(Document& document, const ReadOptions& options, CleanupReport& report);

// A block's lines joined by single spaces.
std::string block_text(const Block& block);

}  // namespace narra
