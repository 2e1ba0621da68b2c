// The one error type narra throws, and the factories that own the wording of
// each failure a user can meet. Only cli/ turns an Error into output.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace narra {

// An error a user can act on: `what()` says what went wrong and where,
// `hint()` (possibly empty) says what to do about it.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message, std::string hint = {});
  const std::string& hint() const noexcept { return hint_; }

 private:
  std::string hint_;
};

// "cannot read 'FILE': REASON"
Error cannot_read(const std::filesystem::path& file, const std::string& reason, std::string hint = {});
// "cannot write 'FILE': REASON"
Error cannot_write(const std::filesystem::path& file, const std::string& reason, std::string hint = {});
// "'FILE' line N: REASON" for syntax errors in data files.
Error bad_data_line(const std::filesystem::path& file, std::size_t line, const std::string& reason,
                    std::string hint = {});

// Quotes a path for messages: 'dir/file.txt'.
std::string quoted(const std::filesystem::path& file);

}  // namespace narra
