// The formats narra reads articles in, one row each: its --input-format name,
// the file extensions that call for it and its reader. The --input-format
// choices and help and detection by extension all come from this table.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "article/article_source.h"
#include "article/document.h"

namespace narra {

// Reads a source into a Document; throws Error naming the source.
using DocumentReader = Document (*)(const ArticleSource& source, const ReadOptions& options);

struct InputFormat {
  std::string_view name;                     // as --input-format takes it
  std::vector<std::string_view> extensions;  // lower case, with the dot
  DocumentReader read = nullptr;
};

// Every input format. The first (plain text) is read when no extension
// calls for another, and from stdin.
const std::vector<InputFormat>& input_formats();

// The names, in table order: the choices of --input-format.
std::vector<std::string> input_format_names();

// The format named `name`; throws Error listing the names otherwise.
const InputFormat& input_format_named(std::string_view name);

// The format the extension of `path` calls for, in any case; the first
// format when none does.
const InputFormat& input_format_for(const std::filesystem::path& path);

// "txt, md or html": the names as a sentence lists them.
std::string input_format_list();

}  // namespace narra
