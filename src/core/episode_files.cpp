#include "core/episode_files.h"

#include <sys/stat.h>

#include <algorithm>

#include "core/error.h"
#include "core/sha256.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

// A file name's bytes on Linux file systems, and what a temporary file adds
// around the final name: "." before it and ".XXXXXX" after it.
constexpr std::size_t kMaxNameBytes = 255;
constexpr std::size_t kTemporaryBytes = 8;
constexpr std::size_t kHashDigits = 8;

constexpr std::size_t longest_suffix() {
  std::size_t longest = 0;
  for (std::string_view suffix :
       {EpisodeFiles::kChaptersJson, EpisodeFiles::kWebVtt, EpisodeFiles::kSrt, EpisodeFiles::kScript,
        EpisodeFiles::kLoudnessReport, EpisodeFiles::kRenderState, EpisodeFiles::kSpool,
        std::string_view(".opus")}) {
    longest = std::max(longest, suffix.size());
  }
  return longest;
}

constexpr std::size_t kMaxStemBytes = kMaxNameBytes - kTemporaryBytes - longest_suffix();

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string bounded_stem(std::string_view stem) {
  if (stem.size() <= kMaxStemBytes) return std::string(stem);
  std::size_t cut = kMaxStemBytes - 1 - kHashDigits;
  while (cut > 0 && is_continuation_byte(stem[cut])) --cut;
  return std::string(stem.substr(0, cut)) + "-" + sha256_hex(stem).substr(0, kHashDigits);
}

EpisodeFiles::EpisodeFiles(fs::path dir, std::string_view stem, std::vector<std::string> formats)
    : dir_(std::move(dir)), stem_(bounded_stem(stem)), formats_(std::move(formats)) {}

fs::path EpisodeFiles::named(std::string_view suffix) const { return dir_ / (stem_ + std::string(suffix)); }

fs::path EpisodeFiles::state(std::string_view suffix) const {
  return state_dir() / (stem_ + std::string(suffix));
}

std::vector<fs::path> EpisodeFiles::old_state_files() const {
  return {named(kRenderState), named(kLoudnessReport)};
}

fs::path EpisodeFiles::audio(std::string_view format) const { return named("." + std::string(format)); }

std::vector<fs::path> EpisodeFiles::outputs() const {
  std::vector<fs::path> files;
  for (const auto& format : formats_) files.push_back(audio(format));
  for (std::string_view sidecar : {kChaptersJson, kWebVtt, kSrt, kScript}) files.push_back(named(sidecar));
  return files;
}

std::vector<fs::path> EpisodeFiles::written() const {
  std::vector<fs::path> files = outputs();
  files.push_back(loudness_report());
  files.push_back(render_state());
  return files;
}

fs::path EpisodeFiles::beside(const fs::path& audio, std::string_view suffix) {
  return audio.parent_path() / (audio.stem().string() + std::string(suffix));
}

fs::path make_state_dir(const fs::path& folder) {
  const fs::path dir = (folder.empty() ? fs::path(".") : folder) / EpisodeFiles::kStateDir;
  std::error_code ec;
  if (fs::is_symlink(dir, ec)) {
    throw cannot_write(dir, "it is a symbolic link", "remove that link; narra makes the folder itself");
  }
  fs::create_directory(dir, ec);
  if (ec) throw cannot_write(dir, ec.message(), "the output folder must be writable");
  return dir;
}

void require_not_inputs(const std::vector<fs::path>& files, const std::vector<fs::path>& inputs) {
  std::vector<std::pair<struct stat, fs::path>> known;
  for (const auto& input : inputs) {
    struct stat status {};
    if (::stat(input.c_str(), &status) == 0) known.emplace_back(status, input);
  }
  for (const auto& file : files) {
    struct stat status {};
    if (::stat(file.c_str(), &status) != 0) continue;
    for (const auto& [input_status, input] : known) {
      if (status.st_dev == input_status.st_dev && status.st_ino == input_status.st_ino) {
        throw Error(
            "writing " + quoted(file) + " would destroy " + quoted(input) + ", one of this run's inputs",
            "choose another --output-dir, or rename the input");
      }
    }
  }
}

}  // namespace narra
