#include "normaliser/score_context.h"

#include "core/utf8.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

// The token that ends just before `end` (spaces and an opening bracket skipped): its start.
std::size_t token_before(std::string_view text, std::size_t end) {
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '(')) --end;
  std::size_t start = end;
  while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(') --start;
  return start;
}

bool capitalised(std::string_view token) { return !token.empty() && is_ascii_upper(token[0]); }

bool is_dash_token(std::string_view token) { return token == "-" || token == "–" || token == "—"; }

// A token of two capitalised names joined by a dash: "Italia-Francia".
bool joins_teams(std::string_view token) {
  for (std::string_view dash : {"-", "–"}) {
    const auto joint = token.find(dash);
    if (joint != std::string_view::npos && joint > 0 && joint + dash.size() < token.size() &&
        capitalised(token) && is_ascii_upper(token[joint + dash.size()])) {
      return true;
    }
  }
  return false;
}

// Past the spaces, an elided article's apostrophe and the word at `pos`.
std::size_t past_word(std::string_view text, std::size_t pos) {
  std::size_t at = word_end(text, skip_spaces(text, pos));
  if (at < text.size() && text[at] == '\'') ++at;
  return at;
}

// A name after the pair, past a preposition and an article: "a Brescia",
// "al Bentegodi", "all'Olimpico", "contro il Pisa".
bool name_follows(std::string_view text, std::size_t end, const LanguageData& data) {
  if (!data.is_cue("score-before-name", words_after(text, end, 1))) return false;
  std::size_t at = past_word(text, end);
  if (data.is_cue("name-article", words_after(text, at, 1))) at = past_word(text, at);
  return capitalised(word_after(text, at));
}

// What follows a result that ends its clause: nothing, a stop or comma, a
// bracket, a capitalised name, or a word that opens what comes next ("e", "al").
bool clause_ends(std::string_view text, std::size_t end, const LanguageData& data) {
  const std::size_t next = skip_spaces(text, end);
  return next >= text.size() || std::string_view(".,;:!?)").find(text[next]) != std::string_view::npos ||
         capitalised(word_after(text, next)) || data.is_cue("after-result", words_after(text, next, 1));
}

}  // namespace

// True when some word of the sentence is a cue of `kind` (e.g. "score": vince, pareggio).
bool sentence_has_cue(std::string_view text, const std::string& kind, const LanguageData& data) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!is_word_byte(text[pos])) {
      ++pos;
      continue;
    }
    const std::size_t end = word_end(text, pos);
    if (data.is_cue(kind, to_lower(text.substr(pos, end - pos)))) return true;
    pos = end;
  }
  return false;
}

std::string words_after(std::string_view text, std::size_t pos, std::size_t count) {
  std::string words;
  for (std::size_t n = 0; n < count; ++n) {
    const std::size_t start = skip_spaces(text, pos);
    const std::size_t end = word_end(text, start);
    if (end == start) break;
    words += (words.empty() ? "" : " ") + to_lower(text.substr(start, end - start));
    pos = past_word(text, pos);
  }
  return words;
}

// Teams named around the numbers: "Italia-Francia 3-2", "Roma - Milan 1-1",
// "Sassuolo-Napoli (3-3)", "Monza 1-0 Empoli".
bool teams_around(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t token_end = pos;
  while (token_end > 0 && (text[token_end - 1] == ' ' || text[token_end - 1] == '(')) --token_end;
  const std::size_t start = token_before(text, pos);
  const std::string_view token = text.substr(start, token_end - start);
  if (joins_teams(token)) return true;
  if (!capitalised(token)) return false;
  // "Benevento-Hellas Verona 0-3": a team of two words after the hyphen.
  if (start > 0) {
    const std::size_t previous = token_before(text, start);
    if (joins_teams(text.substr(previous, start - 1 - previous))) return true;
  }
  const std::string_view after = word_after(text, end);
  if (end < text.size() && text[end] == ' ' && capitalised(after)) return true;
  if (start == 0) return false;
  const std::size_t dash_start = token_before(text, start);
  const std::string_view dash = text.substr(dash_start, start - 1 - dash_start);
  if (is_dash_token(dash) && dash_start > 0) {
    const std::size_t team_start = token_before(text, dash_start);
    if (capitalised(text.substr(team_start, dash_start - team_start))) return true;
  }
  return false;
}

// Another pair of small numbers (a tennis set, "6-4 7-6", "7-6 (5), 6-2")
// starting after separators at `pos`.
bool set_follows(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == ',')) ++pos;
  if (pos < text.size() && text[pos] == '(') {
    const std::size_t close = text.find(')', pos);
    if (close == std::string_view::npos || close - pos > 4) return false;
    pos = close + 1;
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == ',')) ++pos;
  }
  const std::size_t first_end = digits_end(text, pos);
  if (first_end == pos || first_end - pos > 1 || first_end >= text.size() || text[first_end] != '-')
    return false;
  const std::size_t second_end = digits_end(text, first_end + 1);
  return second_end - first_end - 1 == 1 && at_word_end(text, second_end);
}

bool score_by_place(std::string_view text, std::size_t end, const std::string& before,
                    const LanguageData& data) {
  // "(6-1) alla Vastese": the place may follow the bracket around the result.
  if (end < text.size() && text[end] == ')') ++end;
  if (data.is_cue("pair-preposition", before) || data.is_cue("between", before) ||
      data.is_cue("time-from", before) || sentence_has_cue(text, "measure-sentence", data)) {
    return false;
  }
  const bool placed = data.is_cue("score-place", words_after(text, end, 2)) || name_follows(text, end, data);
  return placed || (data.is_cue("score-verb", before) && clause_ends(text, end, data));
}

}  // namespace narra
