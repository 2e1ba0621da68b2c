// Fuzz target: the cleanup rules engine. The input's first line is a rule's
// pattern, the rest an article. A pattern RE2 accepts joins the built-in rules
// as a line, credit and html rule; cleanup then runs over the article read as
// plain text and as HTML.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

#include "article/cleanup.h"
#include "article/document.h"
#include "core/error.h"

namespace {

narra::CleanupRules rules_with(std::string_view pattern) {
  static const narra::CleanupRules built_in = narra::load_cleanup_rules(NARRA_VOICES_DIR "/it", {});
  narra::CleanupRules rules = built_in;
  rules.lines.push_back({narra::Pattern(pattern, narra::PatternCase::insensitive), "fuzz"});
  rules.credits.push_back({narra::Pattern(pattern, narra::PatternCase::sensitive), "fuzz"});
  rules.html_furniture.push_back({narra::Pattern(pattern, narra::PatternCase::insensitive), "fuzz"});
  return rules;
}

void clean(narra::Document document, const narra::CleanupRules& rules) {
  narra::ReadOptions options;
  options.rules = &rules;
  narra::CleanupReport report;
  narra::clean_document(document, options, report);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  if (newline == std::string_view::npos) return 0;
  try {
    const narra::CleanupRules rules = rules_with(input.substr(0, newline));
    const std::string_view article = input.substr(newline + 1);
    clean(narra::read_text_document(article, "fuzz.txt"), rules);
    clean(narra::read_html_document(article, &rules, false, "fuzz.html"), rules);
  } catch (const std::invalid_argument&) {
  } catch (const narra::Error&) {
  }
  return 0;
}
