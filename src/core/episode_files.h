// The files one episode is made of, named in one place: render writes them,
// the render-state check looks for them, the feed and the listening site find
// the sidecars beside an episode's audio. What is published (audio and
// sidecars) sits in the output folder; what only narra reads (render state,
// loudness report, the first pass's spool) sits in its hidden state folder,
// `.narra/`, so the output folder can be uploaded as it is. A stem too long for the file system
// is shortened here, so every name of the set fits or none is used.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace narra {

class EpisodeFiles {
 public:
  // The sidecars every episode has, after its stem.
  static constexpr std::string_view kChaptersJson = ".chapters.json";
  static constexpr std::string_view kWebVtt = ".vtt";
  static constexpr std::string_view kSrt = ".srt";
  static constexpr std::string_view kScript = ".script.txt";
  static constexpr std::string_view kLoudnessReport = ".loudness.json";
  static constexpr std::string_view kRenderState = ".render-state";
  // The first pass's audio, a temporary file.
  static constexpr std::string_view kSpool = ".spool";
  // The hidden folder, inside an output folder, that holds narra's own files.
  static constexpr std::string_view kStateDir = ".narra";

  // `stem` is shortened with bounded_stem(); `formats` are extensions
  // without the dot ("mp3", "opus", "wav").
  EpisodeFiles(std::filesystem::path dir, std::string_view stem, std::vector<std::string> formats);

  const std::filesystem::path& dir() const { return dir_; }
  const std::string& stem() const { return stem_; }
  const std::vector<std::string>& formats() const { return formats_; }

  std::filesystem::path audio(std::string_view format) const;
  std::filesystem::path chapters_json() const { return named(kChaptersJson); }
  std::filesystem::path webvtt() const { return named(kWebVtt); }
  std::filesystem::path srt() const { return named(kSrt); }
  std::filesystem::path script() const { return named(kScript); }
  std::filesystem::path state_dir() const { return dir_ / kStateDir; }
  std::filesystem::path loudness_report() const { return state(kLoudnessReport); }
  std::filesystem::path render_state() const { return state(kRenderState); }
  std::filesystem::path spool() const { return state(kSpool); }
  // Where earlier versions kept the render state and loudness report: beside
  // the outputs. They are not read; a render removes them.
  std::vector<std::filesystem::path> old_state_files() const;

  // The audio files and sidecars, the files to publish, in the order they are listed to the user.
  std::vector<std::filesystem::path> outputs() const;
  // The outputs, the loudness report and the render state: everything a render replaces.
  std::vector<std::filesystem::path> written() const;

  // The sidecar named `suffix` beside the audio file `audio`.
  static std::filesystem::path beside(const std::filesystem::path& audio, std::string_view suffix);

 private:
  std::filesystem::path named(std::string_view suffix) const;
  std::filesystem::path state(std::string_view suffix) const;

  std::filesystem::path dir_;
  std::string stem_;
  std::vector<std::string> formats_;
};

// `stem` cut (between UTF-8 characters) so that it, its longest suffix and
// the temporary file's name around it stay within the file system's 255
// bytes; a cut stem ends in a short hash of the whole one, so two long stems
// that differ only at their ends stay apart.
std::string bounded_stem(std::string_view stem);

// `folder`/.narra, made when missing. Throws Error when it cannot be made or
// is a symbolic link (narra never writes its state through a link).
std::filesystem::path make_state_dir(const std::filesystem::path& folder);

// Throws Error when one of `files` is the same file as one of `inputs`
// (compared by device and inode, so links and other spellings count), since
// writing it would destroy that input. `inputs` that do not exist are ignored.
void require_not_inputs(const std::vector<std::filesystem::path>& files,
                        const std::vector<std::filesystem::path>& inputs);

}  // namespace narra
