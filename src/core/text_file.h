// Reading a user's text file: checks that it is a readable regular file of
// UTF-8 text within narra's size limit, drops a UTF-8 byte order mark, and
// explains every refusal with an Error naming the file.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace narra {

// Articles larger than this are refused: 20 MiB is many hours of speech.
inline constexpr std::size_t kMaxArticleBytes = 20u << 20;

std::string read_text_file(const std::filesystem::path& path, std::size_t max_bytes = kMaxArticleBytes);

// Checks text already in memory; `origin` names it in messages.
void check_text(std::string_view text, const std::filesystem::path& origin);

}  // namespace narra
