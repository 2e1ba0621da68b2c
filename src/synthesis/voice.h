// Voice profiles: voices/<name>.toml, one per voice. The format is a small
// subset of TOML: `key = "text"`, `key = 123`, `key = true`, and
// `key = ["a", "b"]` for lists; '#' starts a comment.
//
//   name = "giulia"                  # what --voice takes (defaults to the file name)
//   description = "..."              # shown by `narra voices`
//   language = "it"                  # the language data folder under voices/
//   espeak_voice = "it+f3"           # eSpeak NG voice name and variant
//   rate_wpm = 165                   # speaking rate, words per minute (80-450)
//   pitch = 50                       # base pitch, 0-100
//   pitch_range = 50                 # pitch variation, 0-100
//   sentence_pause_ms = 350          # silence after a sentence
//   paragraph_pause_ms = 750         # silence after a paragraph
//   chapter_pause_ms = 1400          # silence after a chapter
//   lexicons = ["it/names.tsv"]      # extra lexicons, relative to voices/
//   default = true                   # the voice used without --voice
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace narra {

struct Voice {
  std::string name;
  std::string description;
  std::string language = "it";
  std::string espeak_voice = "it";
  int rate_wpm = 165;
  int pitch = 50;
  int pitch_range = 50;
  int sentence_pause_ms = 350;
  int paragraph_pause_ms = 750;
  int chapter_pause_ms = 1400;
  std::vector<std::filesystem::path> lexicons;  // absolute paths
  bool is_default = false;
  std::filesystem::path file;  // where the profile was read from
};

// Reads one profile. Throws Error naming the file and line of a bad entry.
Voice load_voice(const std::filesystem::path& file);

// Parses a profile's text; `file` names it in messages, gives the default
// name, and is where relative lexicon paths start.
Voice parse_voice(std::string_view text, const std::filesystem::path& file);

// Every profile in `voices_dir` (files ending in .toml), sorted by name.
std::vector<Voice> list_voices(const std::filesystem::path& voices_dir);

// The profile called `name`, or the default one when `name` is empty. Throws
// Error with a hint listing the known voices when there is no such voice.
Voice find_voice(const std::filesystem::path& voices_dir, const std::string& name);

}  // namespace narra
