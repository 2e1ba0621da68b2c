// Reading a whole file, or a whole stream, into memory within a size limit:
// the one way narra reads articles, data files, feeds, images and state.
// Every refusal is an Error naming the file.
#pragma once

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <string>

namespace narra {

// What a refusal tells the user to do.
struct FileHints {
  std::string missing = "check the path";  // when there is no such file
  std::string too_large;                   // when it holds more than the limit
};

// The bytes of the regular file `path`, at most `max_bytes` of them. Throws
// Error when it does not exist, is a folder or another kind of file, is
// larger than the limit, or cannot be read.
std::string read_file_bytes(const std::filesystem::path& path, std::size_t max_bytes,
                            const FileHints& hints = {});

// The bytes of `in` up to its end, at most `max_bytes` of them; `origin`
// names the stream in messages ("<stdin>").
std::string read_stream_bytes(std::istream& in, const std::filesystem::path& origin, std::size_t max_bytes,
                              const FileHints& hints = {});

}  // namespace narra
