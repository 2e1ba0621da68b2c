#include "article/input_format.h"

#include <algorithm>

#include "core/error.h"

namespace narra {
namespace {

Document read_text(const ArticleSource& source, const ReadOptions&) {
  return read_text_document(source_text(source), source.origin);
}

Document read_markdown(const ArticleSource& source, const ReadOptions&) {
  return read_markdown_document(source_text(source), source.origin);
}

Document read_html(const ArticleSource& source, const ReadOptions& options) {
  return read_html_document(source_text(source), options.rules, options.keep_all, source.origin);
}

}  // namespace

const std::vector<InputFormat>& input_formats() {
  static const std::vector<InputFormat> formats = {
      {"txt", {".txt"}, read_text},
      {"md", {".md", ".markdown"}, read_markdown},
      {"html", {".html", ".htm"}, read_html},
  };
  return formats;
}

std::vector<std::string> input_format_names() {
  std::vector<std::string> names;
  for (const auto& format : input_formats()) names.emplace_back(format.name);
  return names;
}

std::string input_format_list() {
  const auto names = input_format_names();
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) list += i + 1 == names.size() ? " or " : ", ";
    list += names[i];
  }
  return list;
}

const InputFormat& input_format_named(std::string_view name) {
  for (const auto& format : input_formats()) {
    if (format.name == name) return format;
  }
  throw Error("unknown input format '" + std::string(name) + "'",
              "use --input-format " + input_format_list());
}

const InputFormat& input_format_for(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& format : input_formats()) {
    if (std::find(format.extensions.begin(), format.extensions.end(), extension) != format.extensions.end()) {
      return format;
    }
  }
  return input_formats().front();
}

}  // namespace narra
