#include "article/cleanup.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "article/document.h"
#include "core/error.h"
#include "core/tsv.h"
#include "core/utf8.h"

namespace narra {
namespace fs = std::filesystem;

CaptionMode parse_caption_mode(const std::string& name) {
  if (name == "read-as-chapter") return CaptionMode::read_as_chapter;
  if (name == "read") return CaptionMode::read;
  if (name == "skip") return CaptionMode::skip;
  throw Error("unknown caption mode '" + name + "'", "use --captions read-as-chapter, read or skip");
}

namespace {

void load_rules_file(const fs::path& file, CleanupRules& rules) {
  for (const auto& row : read_tsv(file, 3, 3)) {
    const std::string& kind = row.fields[0];
    std::vector<CleanupPattern>* into = kind == "line"           ? &rules.lines
                                        : kind == "credit"       ? &rules.credits
                                        : kind == "html"         ? &rules.html_furniture
                                        : kind == "html-credit"  ? &rules.html_credits
                                        : kind == "html-content" ? &rules.html_content_hints
                                        : kind == "html-hint"    ? &rules.html_furniture_hints
                                                                 : nullptr;
    if (into == nullptr) {
      throw bad_data_line(file, row.line, "unknown kind '" + kind + "'",
                          "the first field is line, credit, html, html-credit, html-content or html-hint");
    }
    // Credits are told from asides by their capitals, so they match case-sensitively.
    const PatternCase letter_case = kind == "credit" ? PatternCase::sensitive : PatternCase::insensitive;
    try {
      into->push_back({Pattern(row.fields[1], letter_case), row.fields[2]});
    } catch (const std::invalid_argument& e) {
      throw bad_data_line(
          file, row.line, "not a valid regular expression: " + std::string(e.what()),
          "rules use RE2 syntax: no backreferences (\\1) and no lookaround ((?=...), (?!...))");
    }
  }
}

// Lines compare without case and without surrounding punctuation and spaces.
std::string line_key(std::string_view line) {
  std::string key = to_lower(line);
  static constexpr std::string_view kEdge = " .,;:!?-\u2026";
  const auto begin = key.find_first_not_of(kEdge);
  if (begin == std::string::npos) return {};
  const auto end = key.find_last_not_of(kEdge);
  return key.substr(begin, end - begin + 1);
}

bool is_text_block(const Block& block) { return block.kind != BlockKind::heading; }

// Furniture printed twice (a promotion, a sign-up line) is a short line
// standing on its own. A long line that repeats is the story repeating
// itself, and a line starting in lowercase continues the sentence of the
// line before (a paragraph broken by <br>): both are read every time.
constexpr std::size_t kMaxRepeatedLineWords = 20;

bool may_be_furniture_line(std::string_view line) {
  if (line.empty() || (line.front() >= 'a' && line.front() <= 'z')) return false;
  std::size_t words = 0;
  bool in_word = false;
  for (char c : line) {
    if (c != ' ' && !in_word) ++words;
    in_word = c != ' ';
  }
  return words <= kMaxRepeatedLineWords;
}

void drop_repeated_lines(Document& document, CleanupReport& report) {
  std::map<std::string, int> counts;
  for (const auto& block : document.blocks) {
    if (!is_text_block(block)) continue;
    for (const auto& line : block.lines) {
      if (may_be_furniture_line(line)) ++counts[line_key(line)];
    }
  }
  std::map<std::string, bool> reported;
  for (auto& block : document.blocks) {
    if (!is_text_block(block)) continue;
    std::vector<std::string> kept;
    for (auto& line : block.lines) {
      const std::string key = line_key(line);
      const int count = counts[key];
      if (count < 2 || key.empty()) {
        kept.push_back(std::move(line));
        continue;
      }
      if (!reported[key]) {
        report.push_back({"dropped", "repeated " + std::to_string(count) + " times", line});
        reported[key] = true;
      }
    }
    block.lines = std::move(kept);
  }
}

void drop_call_to_action_lines(Document& document, const CleanupRules& rules, CleanupReport& report) {
  for (auto& block : document.blocks) {
    std::vector<std::string> kept;
    for (auto& line : block.lines) {
      const auto rule = std::find_if(rules.lines.begin(), rules.lines.end(),
                                     [&](const CleanupPattern& r) { return r.pattern.matches_whole(line); });
      if (rule == rules.lines.end()) {
        kept.push_back(std::move(line));
      } else {
        report.push_back({"dropped", rule->reason, line});
      }
    }
    block.lines = std::move(kept);
  }
}

// Takes a trailing photo credit off a paragraph or caption; a paragraph that
// had one is a caption.
void recognise_captions(Document& document, const CleanupRules& rules, CleanupReport& report) {
  // A short caption at the top of a plain text looks like a title; its credit says otherwise.
  const bool title_is_caption =
      std::any_of(rules.credits.begin(), rules.credits.end(),
                  [&](const CleanupPattern& rule) { return rule.pattern.occurs_in(document.title); });
  if (title_is_caption) {
    document.blocks.insert(document.blocks.begin(), Block{BlockKind::paragraph, 0, {document.title}});
    document.title.clear();
  }
  for (auto& block : document.blocks) {
    if (!is_text_block(block) || block.lines.empty()) continue;
    std::string text = block_text(block);
    const bool was_caption = block.kind == BlockKind::caption;
    for (const auto& rule : rules.credits) {
      const auto match = rule.pattern.find_in(text);
      if (!match) continue;
      const std::string credit = text.substr(match->position, match->length);
      const auto credit_start = credit.find_first_not_of(' ');
      if (credit_start == std::string::npos) continue;  // nothing but spaces: no credit
      report.push_back({"credit", rule.reason, credit.substr(credit_start)});
      text.erase(match->position);
      while (!text.empty() && text.back() == ' ') text.pop_back();
      block.lines = {text};
      block.kind = BlockKind::caption;
      break;
    }
    if (block.kind == BlockKind::caption && !text.empty()) {
      report.push_back({"caption", was_caption ? "marked as a caption" : "ends with a photo credit", text});
    }
  }
}

}  // namespace

CleanupRules load_cleanup_rules(const fs::path& language_dir, const std::vector<fs::path>& extra_files) {
  CleanupRules rules;
  load_rules_file(language_dir / "boilerplate.tsv", rules);
  for (const auto& file : extra_files) load_rules_file(file, rules);
  return rules;
}

std::string block_text(const Block& block) {
  std::string out;
  for (const auto& line : block.lines) {
    if (!out.empty()) out += ' ';
    out += line;
  }
  return out;
}

void clean_document(Document& document, const ReadOptions& options, CleanupReport& report) {
  if (options.keep_all) {
    for (auto& block : document.blocks) {
      if (block.kind == BlockKind::caption) block.kind = BlockKind::paragraph;
    }
    return;
  }
  report.insert(report.end(), document.dropped.begin(), document.dropped.end());
  drop_repeated_lines(document, report);
  if (options.rules != nullptr) {
    drop_call_to_action_lines(document, *options.rules, report);
    recognise_captions(document, *options.rules, report);
  }
  for (auto& block : document.blocks) {
    if (block.kind != BlockKind::caption || block.lines.empty()) continue;
    if (options.captions == CaptionMode::skip) {
      report.push_back({"dropped", "caption (--captions skip)", block_text(block)});
      block.lines.clear();
    } else if (options.captions == CaptionMode::read) {
      block.kind = BlockKind::paragraph;
    }
  }
  std::erase_if(document.blocks, [](const Block& block) { return block.lines.empty(); });
}

}  // namespace narra
