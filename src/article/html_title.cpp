#include "article/html_title.h"

#include <algorithm>

#include "core/utf8.h"

namespace narra {
namespace {

// A paragraph this long is the story's prose, past its headline and standfirst.
constexpr std::size_t kLeadBytes = 100;
// What sets the site's name apart from the story's in a title.
constexpr std::string_view kSeparators[] = {" | ", " - ", " \u2013 ", " \u2014 "};

// Letters, digits and ideographs only, in lowercase: "On “Time”" and
// "On \"time\"" read the same.
std::string headline_key(std::string_view text) {
  const std::string lower = to_lower(text);
  std::string key;
  for (std::size_t pos = 0; pos < lower.size();) {
    const char32_t cp = decode_utf8(lower, pos);
    if (is_letter(cp) || (cp >= U'0' && cp <= U'9') || cp >= 0x3000) append_utf8(key, cp);
  }
  return key;
}

// "Story title - Site" → "Story title": the last part after " - ", " | ",
// " – " or " — " is the site's name when what comes before it is longer.
std::string without_site_name(const std::string& title) {
  for (const std::string_view separator : kSeparators) {
    const auto cut = title.rfind(separator);
    if (cut == std::string::npos || cut == 0) continue;
    const std::size_t tail = title.size() - cut - separator.size();
    if (cut > tail) return title.substr(0, cut);
  }
  return title;
}

// A page often prints its headline twice (a heading in the page's top bar and
// one over the story, or the h1 and a smaller copy): a heading before the
// story's prose that reads as the title is not read again.
void drop_repeated_headline(Document& document) {
  const std::string title = headline_key(document.title);
  if (title.empty()) return;
  for (auto block = document.blocks.begin(); block != document.blocks.end();) {
    if (block->kind == BlockKind::paragraph && block_text(*block).size() >= kLeadBytes) return;
    if (block->kind == BlockKind::heading && headline_key(block_text(*block)) == title) {
      document.dropped.push_back({"dropped", "the headline again", block_text(*block)});
      block = document.blocks.erase(block);
    } else {
      ++block;
    }
  }
}

}  // namespace

std::string without_named_site(const std::string& title, const std::string& site_name) {
  const std::string site = headline_key(site_name);
  if (site.empty()) return title;
  for (const std::string_view separator : kSeparators) {
    const auto cut = title.rfind(separator);
    if (cut == std::string::npos || cut == 0) continue;
    const std::string tail = headline_key(title.substr(cut + separator.size()));
    if (!tail.empty() && (site.rfind(tail, 0) == 0 || tail.rfind(site, 0) == 0)) return title.substr(0, cut);
  }
  return title;
}

void take_title(const std::string& title_tag, Document& document) {
  const std::string page_title = to_lower(without_site_name(title_tag));
  const auto is_h1 = [](const Block& block) { return block.kind == BlockKind::heading && block.level < 0; };
  const auto named = std::find_if(document.blocks.begin(), document.blocks.end(), [&](const Block& block) {
    return is_h1(block) && page_title.find(to_lower(block_text(block))) != std::string::npos;
  });
  const auto h1 = named != document.blocks.end()
                      ? named
                      : std::find_if(document.blocks.begin(), document.blocks.end(), is_h1);
  if (h1 != document.blocks.end()) {
    if (document.title.empty()) document.title = block_text(*h1);
    document.blocks.erase(h1);
  }
  for (auto& block : document.blocks) block.level = std::max(block.level, 0);
  if (document.title.empty()) document.title = without_site_name(title_tag);
  drop_repeated_headline(document);
}

}  // namespace narra
