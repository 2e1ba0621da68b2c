// Writing a file so that its final path only ever holds a complete file:
// everything goes to a temporary file in the same folder, which commit()
// flushes to disk and renames into place. Until then the final path keeps
// whatever it held before.
//
// Writers write through fd(), never by reopening temp_path(): after an
// interruption has removed the temporary file, a reopen by name would
// create it again.
#pragma once

#include <cstdio>
#include <filesystem>
#include <string_view>

namespace narra {

class AtomicFile {
 public:
  // Creates an empty temporary file beside `final_path`, open for reading and
  // writing. Throws Error when the folder is missing, is not a folder, or
  // cannot be written, or when `final_path` cannot be replaced (require_replaceable).
  explicit AtomicFile(std::filesystem::path final_path);
  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  // Closes and removes the temporary file unless commit() succeeded.
  ~AtomicFile();

  // The open temporary file; owned by this object (do not close it).
  int fd() const { return fd_; }
  const std::filesystem::path& temp_path() const { return temp_path_; }
  const std::filesystem::path& final_path() const { return final_path_; }

  // A new stdio stream on the temporary file (a duplicate of fd(), sharing
  // its offset), for libraries that write through FILE*. The caller owns it
  // and closes it before commit(). Throws Error.
  std::FILE* open_stream(const char* mode) const;

  // Writes all of `bytes` at the current offset. Throws Error (disk full, ...).
  void write(std::string_view bytes);

  // fsyncs and closes the temporary file and renames it to the final path. Throws Error.
  void commit();

 private:
  std::filesystem::path final_path_;
  std::filesystem::path temp_path_;
  int fd_ = -1;
  bool committed_ = false;
};

// Writes `content` to `path` through an AtomicFile.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

// Removes the temporary files in `dir` that a killed run left behind for
// final names starting with `prefix`: those no live process holds locked.
void remove_stale_temporaries(const std::filesystem::path& dir, std::string_view prefix);

// Checks that `dir` exists and is a writable folder; throws Error otherwise.
void require_writable_dir(const std::filesystem::path& dir);

// Checks that whatever `path` holds may be replaced: nothing, or a file
// that is not read-only. A read-only file is refused even where the
// permissions would let a rename replace it (as root): someone protected it.
// Throws Error otherwise.
void require_replaceable(const std::filesystem::path& path);

}  // namespace narra
