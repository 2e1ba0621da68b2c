// Whether an episode needs rendering again: a render leaves
// `.narra/<stem>.render-state` in the output folder, holding a SHA-256 of everything that shapes them (the
// article's bytes, the options, every file of voices/, extra lexicons and
// cleanup rules, the cover, narra's version). The next run skips the article
// when that hash and all the outputs are still there, so an interrupted
// batch resumes where it stopped.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"

namespace narra {

// What every article of a run shares in its fingerprint, hashed once.
struct FingerprintInputs {
  std::string shared_hash;
};

// `options_text` spells out every option that changes the outputs. Throws
// Error when a file that shapes the outputs cannot be read.
FingerprintInputs fingerprint_inputs(const GlobalOptions& global, const Voice& voice,
                                     const std::string& options_text, const std::filesystem::path& cover,
                                     const std::vector<std::filesystem::path>& extra_files);

// The fingerprint of rendering `pieces` (as read: an article file's bytes or
// a web page's text, the image it names, a digest's articles) with those inputs.
std::string render_fingerprint(const std::vector<std::string_view>& pieces, const FingerprintInputs& inputs);

// True when `state` holds `fingerprint` and every one of `outputs` exists.
bool is_up_to_date(const std::filesystem::path& state, const std::string& fingerprint,
                   const std::vector<std::filesystem::path>& outputs);

}  // namespace narra
