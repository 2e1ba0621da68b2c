#include "core/error.h"

namespace narra {

Error::Error(const std::string& message, std::string hint)
    : std::runtime_error(message), hint_(std::move(hint)) {}

std::string quoted(const std::filesystem::path& file) { return "'" + file.string() + "'"; }

Error cannot_read(const std::filesystem::path& file, const std::string& reason, std::string hint) {
  return Error("cannot read " + quoted(file) + ": " + reason, std::move(hint));
}

Error cannot_write(const std::filesystem::path& file, const std::string& reason, std::string hint) {
  return Error("cannot write " + quoted(file) + ": " + reason, std::move(hint));
}

Error bad_data_line(const std::filesystem::path& file, std::size_t line, const std::string& reason,
                    std::string hint) {
  return Error(quoted(file) + " line " + std::to_string(line) + ": " + reason, std::move(hint));
}

}  // namespace narra
