#include "synthesis/voice.h"

#include <algorithm>
#include <charconv>

#include "core/error.h"
#include "core/text_file.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

std::string trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(" \t");
  return std::string(text.substr(begin, end - begin + 1));
}

struct ProfileReader {
  const fs::path& file;
  std::size_t line = 0;

  [[noreturn]] void fail(const std::string& reason) const {
    throw bad_data_line(file, line, reason, "see the format described in voices/README.md");
  }

  // "text" → text (with \" and \\ escapes).
  std::string string_value(std::string_view value) const {
    if (value.size() < 2 || value.front() != '"' || value.back() != '"') fail("expected a \"quoted\" text");
    std::string out;
    for (std::size_t i = 1; i + 1 < value.size(); ++i) {
      if (value[i] == '\\' && i + 2 < value.size()) ++i;
      out += value[i];
    }
    return out;
  }

  int int_value(std::string_view value, int low, int high) const {
    int number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || end != value.data() + value.size()) fail("expected a whole number");
    if (number < low || number > high) {
      fail("value " + std::to_string(number) + " is outside " + std::to_string(low) + ".." +
           std::to_string(high));
    }
    return number;
  }

  bool bool_value(std::string_view value) const {
    if (value == "true") return true;
    if (value == "false") return false;
    fail("expected true or false");
  }

  std::vector<std::string> list_value(std::string_view value) const {
    if (value.size() < 2 || value.front() != '[' || value.back() != ']') fail("expected a [list]");
    std::vector<std::string> items;
    std::string_view inner = value.substr(1, value.size() - 2);
    while (!trim(inner).empty()) {
      const auto comma = inner.find(',');
      items.push_back(string_value(trim(inner.substr(0, comma))));
      if (comma == std::string_view::npos) break;
      inner.remove_prefix(comma + 1);
    }
    return items;
  }
};

// Removes a '#' comment that is not inside quotes.
std::string_view strip_comment(std::string_view line) {
  bool quoted_text = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"' && (i == 0 || line[i - 1] != '\\')) quoted_text = !quoted_text;
    if (line[i] == '#' && !quoted_text) return line.substr(0, i);
  }
  return line;
}

}  // namespace

Voice load_voice(const fs::path& file) { return parse_voice(read_text_file(file), file); }

Voice parse_voice(std::string_view text, const fs::path& file) {
  const fs::path voices_dir = file.parent_path();
  Voice voice;
  voice.name = file.stem().string();
  voice.file = file;
  ProfileReader reader{file};
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string line = trim(strip_comment(text.substr(start, end - start)));
    start = end + 1;
    ++reader.line;
    if (line.empty()) continue;
    const auto equals = line.find('=');
    if (equals == std::string::npos) reader.fail("expected key = value");
    const std::string key = trim(std::string_view(line).substr(0, equals));
    const std::string value = trim(std::string_view(line).substr(equals + 1));
    if (key == "name")
      voice.name = reader.string_value(value);
    else if (key == "description")
      voice.description = reader.string_value(value);
    else if (key == "language")
      voice.language = reader.string_value(value);
    else if (key == "espeak_voice")
      voice.espeak_voice = reader.string_value(value);
    else if (key == "rate_wpm")
      voice.rate_wpm = reader.int_value(value, 80, 450);
    else if (key == "pitch")
      voice.pitch = reader.int_value(value, 0, 100);
    else if (key == "pitch_range")
      voice.pitch_range = reader.int_value(value, 0, 100);
    else if (key == "sentence_pause_ms")
      voice.sentence_pause_ms = reader.int_value(value, 0, 10000);
    else if (key == "paragraph_pause_ms")
      voice.paragraph_pause_ms = reader.int_value(value, 0, 10000);
    else if (key == "chapter_pause_ms")
      voice.chapter_pause_ms = reader.int_value(value, 0, 10000);
    else if (key == "default")
      voice.is_default = reader.bool_value(value);
    else if (key == "lexicons") {
      for (const auto& lexicon : reader.list_value(value)) voice.lexicons.push_back(voices_dir / lexicon);
    } else {
      reader.fail("unknown key '" + key + "'");
    }
  }
  if (voice.language.find('/') != std::string::npos || voice.language.find("..") != std::string::npos) {
    throw Error(quoted(file) + ": language must be a folder name under voices/");
  }
  return voice;
}

std::vector<Voice> list_voices(const fs::path& voices_dir) {
  std::error_code ec;
  if (!fs::is_directory(voices_dir, ec)) {
    throw Error("voices folder " + quoted(voices_dir) + " is missing",
                "pass --voices-dir with the folder that holds narra's voices");
  }
  std::vector<Voice> voices;
  for (const auto& entry : fs::directory_iterator(voices_dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".toml") {
      voices.push_back(load_voice(entry.path()));
    }
  }
  std::sort(voices.begin(), voices.end(), [](const Voice& a, const Voice& b) { return a.name < b.name; });
  return voices;
}

Voice find_voice(const fs::path& voices_dir, const std::string& name) {
  const auto voices = list_voices(voices_dir);
  for (const auto& voice : voices) {
    if (name.empty() ? voice.is_default : voice.name == name) return voice;
  }
  std::string known;
  for (const auto& voice : voices) known += (known.empty() ? "" : ", ") + voice.name;
  if (name.empty()) {
    throw Error("no default voice in " + quoted(voices_dir), "mark one profile with default = true");
  }
  throw Error("unknown voice '" + name + "'", "known voices: " + known);
}

}  // namespace narra
