#include "normaliser/spelling.h"

#include <array>

#include "normaliser/text_scan.h"

namespace narra {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

bool in(std::string_view cluster, std::initializer_list<std::string_view> list) {
  for (auto item : list) {
    if (cluster == item) return true;
  }
  return false;
}

// Consonant clusters a word may start with.
bool valid_onset(std::string_view cluster) {
  if (cluster.size() <= 1) return true;
  return in(cluster, {"bl",  "br",  "cl",  "cr", "dr",  "fl",  "fr",  "gl",   "gr",  "pl",  "pr",  "tr",
                      "vr",  "ch",  "gh",  "gn", "ph",  "sh",  "th",  "wh",   "kh",  "zh",  "qu",  "ps",
                      "pn",  "ts",  "sb",  "sc", "sd",  "sf",  "sg",  "sk",   "sl",  "sm",  "sn",  "sp",
                      "st",  "sv",  "sw",  "kr", "kl",  "tw",  "dw",  "schr", "sch", "scr", "spr", "str",
                      "sgr", "spl", "chr", "sr", "sbl", "sbr", "scl", "sdr",  "sfl", "sfr", "sgh", "sgl",
                      "sq",  "sch", "svr", "sz", "thr", "shr", "kw",  "dj",   "dz"});
}

// Consonant clusters a word may end with.
bool valid_coda(std::string_view cluster) {
  // Italian words end in few consonants; foreign names add most others, not these.
  if (cluster.size() <= 1) return cluster.find_first_of("fjqvw") == std::string_view::npos;
  return in(cluster, {"ng", "nk", "nd", "nt", "ns", "st", "rt", "rd", "rk", "rs", "rn", "rm", "sh",
                      "ch", "th", "ck", "ft", "ld", "lt", "ls", "lm", "ts", "ks", "ms", "mp", "ss",
                      "ll", "tt", "ff", "sk", "ct", "pt", "nz", "tz", "rg", "rc", "hm"});
}

}  // namespace

bool is_pronounceable(std::string_view letters) {
  if (letters.empty()) return false;
  bool has_vowel = false;
  std::size_t pos = 0;
  bool first_cluster = true;
  while (pos < letters.size()) {
    if (!is_ascii_letter(letters[pos])) return false;
    if (is_vowel(letters[pos])) {
      has_vowel = true;
      ++pos;
      first_cluster = false;
      continue;
    }
    std::size_t end = pos;
    while (end < letters.size() && !is_vowel(letters[end])) {
      if (!is_ascii_letter(letters[end])) return false;
      ++end;
    }
    const std::string_view cluster = letters.substr(pos, end - pos);
    if (first_cluster && !valid_onset(cluster)) return false;
    if (end == letters.size() && !first_cluster && !valid_coda(cluster)) return false;
    if (end == letters.size() && first_cluster) return false;  // no vowel at all
    if (cluster.size() > 3) return false;
    first_cluster = false;
    pos = end;
  }
  return has_vowel;
}

bool starts_like_word(std::string_view letters) {
  std::size_t pos = 0;
  bool has_vowel = false;
  while (pos < letters.size()) {
    if (!is_ascii_letter(letters[pos])) return false;
    if (is_vowel(letters[pos])) {
      has_vowel = true;
      ++pos;
      continue;
    }
    std::size_t end = pos;
    while (end < letters.size() && is_ascii_letter(letters[end]) && !is_vowel(letters[end])) ++end;
    const std::string_view cluster = letters.substr(pos, end - pos);
    if (pos == 0 && !valid_onset(cluster)) return false;
    if (cluster.size() > 3) return false;
    pos = end;
  }
  return has_vowel;
}

std::string spell_letters(std::string_view letters, const LanguageData& data) {
  std::string out;
  for (char c : letters) {
    if (!out.empty()) out += ' ';
    if (is_digit(c)) {
      out += data.numbers->digits(std::string_view(&c, 1));
      continue;
    }
    const char lower = is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    const auto found = data.letters.find(std::string(1, lower));
    out += found != data.letters.end() ? found->second : std::string(1, c);
  }
  return out;
}

}  // namespace narra
