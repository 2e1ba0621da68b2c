#include "cli/render_state.h"

#include <algorithm>
#include <fstream>

#include "core/file_bytes.h"
#include "core/sha256.h"
#include "core/text_file.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

// Every file the fingerprint covers (article, voice data, lexicons, rules,
// cover) is within the article limit.
std::string file_bytes(const fs::path& path) { return read_file_bytes(path, kMaxArticleBytes); }

// Adds a named piece, length-prefixed so that pieces cannot run into each other.
void add_piece(Sha256& hash, std::string_view name, std::string_view bytes) {
  hash.update(name).update("\n").update(std::to_string(bytes.size())).update("\n").update(bytes);
}

}  // namespace

FingerprintInputs fingerprint_inputs(const GlobalOptions& global, const Voice& voice,
                                     const std::string& options_text, const fs::path& cover,
                                     const std::vector<fs::path>& extra_files) {
  Sha256 hash;
  add_piece(hash, "version", NARRA_VERSION);
  add_piece(hash, "options", options_text);
  add_piece(hash, "voice", voice.name);
  std::vector<fs::path> voice_files;
  for (const auto& entry : fs::recursive_directory_iterator(global.voices_dir)) {
    if (entry.is_regular_file()) voice_files.push_back(entry.path());
  }
  std::sort(voice_files.begin(), voice_files.end());
  for (const auto& file : voice_files)
    add_piece(hash, fs::relative(file, global.voices_dir).string(), file_bytes(file));
  for (const auto& file : global.lexicons) add_piece(hash, "lexicon", file_bytes(file));
  for (const auto& file : extra_files) add_piece(hash, "rules", file_bytes(file));
  if (!cover.empty()) add_piece(hash, "cover", file_bytes(cover));
  return {hash.hex_digest()};
}

std::string render_fingerprint(const std::vector<std::string_view>& pieces, const FingerprintInputs& inputs) {
  Sha256 hash;
  add_piece(hash, "shared", inputs.shared_hash);
  for (const auto piece : pieces) add_piece(hash, "article", piece);
  return hash.hex_digest();
}

bool is_up_to_date(const fs::path& state, const std::string& fingerprint,
                   const std::vector<fs::path>& outputs) {
  std::ifstream in(state);
  std::string recorded;
  if (!in || !std::getline(in, recorded) || recorded != fingerprint) return false;
  return std::all_of(outputs.begin(), outputs.end(),
                     [](const fs::path& output) { return fs::exists(output); });
}

}  // namespace narra
