#include "core/utf8.h"
#include "normaliser/script.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

bool is_closing_mark(std::string_view text, std::size_t pos, std::size_t& length) {
  for (std::string_view mark : {"”", "»", "\"", "’", ")"}) {
    if (text.compare(pos, mark.size(), mark) == 0) {
      length = mark.size();
      return true;
    }
  }
  return false;
}

// The word that ends at `end` (exclusive), including its inner dots: "sig.ra", "a.C".
std::string_view dotted_word_before(std::string_view text, std::size_t end) {
  std::size_t start = end;
  while (start > 0 && (is_word_byte(text[start - 1]) || text[start - 1] == '.')) --start;
  return text.substr(start, end - start);
}

// True when the dot ends an abbreviation rather than the sentence; an
// abbreviation marked "end" in abbreviations.tsv ("ecc.") may do both.
bool is_abbreviation(std::string_view word_with_dot, const LanguageData& data) {
  const std::string word(word_with_dot);
  for (const std::string& key : {word, to_lower(word)}) {
    if (data.abbreviations.contains(key)) return !data.sentence_final_abbreviations.contains(key);
  }
  // A single capital letter is an initial: "J. F. Kennedy".
  return word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z';
}

bool starts_sentence(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  std::size_t probe = pos;
  for (std::string_view mark : {"“", "«", "\"", "("}) {
    if (text.compare(probe, mark.size(), mark) == 0) probe += mark.size();
  }
  if (probe >= text.size()) return false;
  if (is_digit(text[probe])) return true;
  std::size_t cp_pos = probe;
  return is_upper(decode_utf8(text, cp_pos));
}

// Breaks a sentence longer than kMaxSentenceBytes into pieces that are not:
// after the last ; : or , that leaves a piece within the limit, else at the
// last space, else (one enormous word) at a character boundary.
void add_in_pieces(std::string_view sentence, std::vector<std::string>& sentences) {
  while (sentence.size() > kMaxSentenceBytes) {
    const std::string_view window = sentence.substr(0, kMaxSentenceBytes);
    std::size_t cut = std::string_view::npos;
    for (char mark : {';', ':', ','}) {
      const std::size_t at = window.rfind(std::string{mark} + ' ');
      if (at != std::string_view::npos && at > kMaxSentenceBytes / 4 &&
          (cut == std::string_view::npos || at > cut)) {
        cut = at + 1;
      }
    }
    if (cut == std::string_view::npos) {
      const std::size_t space = window.rfind(' ');
      cut = space != std::string_view::npos && space > 0 ? space : kMaxSentenceBytes;
      while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80)
        --cut;  // not inside a character
    }
    std::string_view piece = sentence.substr(0, cut);
    while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
    if (!piece.empty()) sentences.emplace_back(piece);
    sentence.remove_prefix(cut);
    while (!sentence.empty() && sentence.front() == ' ') sentence.remove_prefix(1);
  }
  if (!sentence.empty()) sentences.emplace_back(sentence);
}

}  // namespace

std::vector<std::string> split_sentences(std::string_view text, const LanguageData& data) {
  std::vector<std::string> sentences;
  std::size_t start = 0;
  std::size_t pos = 0;
  auto emit = [&](std::size_t end) {
    std::string_view sentence = text.substr(start, end - start);
    while (!sentence.empty() && sentence.front() == ' ') sentence.remove_prefix(1);
    while (!sentence.empty() && sentence.back() == ' ') sentence.remove_suffix(1);
    add_in_pieces(sentence, sentences);
    start = end;
  };
  while (pos < text.size()) {
    std::size_t mark_length = 0;
    if (text[pos] == '.' || text[pos] == '!' || text[pos] == '?') {
      mark_length = 1;
    } else if (text.compare(pos, 3, "…") == 0) {
      mark_length = 3;
    }
    if (mark_length == 0) {
      ++pos;
      continue;
    }
    std::size_t end = pos + mark_length;
    while (end < text.size() && (text[end] == '.' || text[end] == '!' || text[end] == '?')) ++end;
    std::size_t closing = 0;
    while (end < text.size() && is_closing_mark(text, end, closing)) end += closing;
    const bool after_abbreviation =
        text[pos] == '.' && mark_length == 1 && is_abbreviation(dotted_word_before(text, pos + 1), data);
    // A closing quote glued to the next sentence ("Ucraina.”La Russia") still ends it.
    const bool glued = end > pos + mark_length && starts_sentence(text, end);
    if (!after_abbreviation &&
        ((end < text.size() && text[end] == ' ' && starts_sentence(text, end + 1)) || glued)) {
      emit(end);
      pos = end;
      continue;
    }
    pos = end;
  }
  emit(text.size());
  return sentences;
}

}  // namespace narra
