#include "article/front_matter.h"

#include <yaml.h>

#include <set>

#include "article/document.h"
#include "core/error.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kFirstContentLine = 2;  // the line after the opening "---"

const char* const kYamlHint =
    "check the quotes and brackets on that line; a value holding ':' or '#' goes between quotes";

// One parsing event, copied out of libyaml's so nothing of it outlives the call.
struct YamlEvent {
  yaml_event_type_t type = YAML_NO_EVENT;
  std::size_t line = 0;  // in the article
  std::string value;     // scalars only
  bool plain = false;    // a scalar written without quotes
};

// libyaml's event parser over the block's text; never recursive, so nesting
// costs heap, which the depth limit bounds.
class YamlEvents {
 public:
  YamlEvents(std::string_view yaml, const fs::path& origin) : origin_(origin), size_(yaml.size()) {
    if (yaml_parser_initialize(&parser_) == 0)
      throw cannot_read(origin, "out of memory reading the front matter");
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(yaml.data()), yaml.size());
    yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);
  }
  YamlEvents(const YamlEvents&) = delete;
  YamlEvents& operator=(const YamlEvents&) = delete;
  ~YamlEvents() { yaml_parser_delete(&parser_); }

  // Throws Error on invalid YAML and on aliases.
  YamlEvent next() {
    yaml_event_t event;
    if (yaml_parser_parse(&parser_, &event) == 0) throw syntax_error();
    YamlEvent out{event.type, event.start_mark.line + kFirstContentLine, {}, false};
    if (event.type == YAML_SCALAR_EVENT) {
      out.value.assign(reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length);
      out.plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
    }
    yaml_event_delete(&event);
    if (out.type == YAML_ALIAS_EVENT) {
      throw bad_data_line(origin_, out.line,
                          "front matter uses an alias (*name), which narra does not expand",
                          "write the value itself in place of the alias");
    }
    return out;
  }

  [[nodiscard]] Error at(std::size_t line, const std::string& reason, std::string hint) const {
    return bad_data_line(origin_, line, "front matter " + reason, std::move(hint));
  }

 private:
  Error syntax_error() const {
    // When the parser ran off the end of the block, something was left open:
    // the line where it opened (a quote, a bracket) is the one to fix.
    const bool from_context = parser_.context != nullptr && parser_.problem_mark.index >= size_;
    const yaml_mark_t& mark = from_context ? parser_.context_mark : parser_.problem_mark;
    std::string reason = parser_.problem != nullptr ? parser_.problem : "unreadable";
    if (parser_.context != nullptr) reason += std::string(" ") + parser_.context;
    return at(mark.line + kFirstContentLine, "is not valid YAML: " + reason, kYamlHint);
  }

  yaml_parser_t parser_;
  fs::path origin_;
  std::size_t size_;  // bytes in the block
};

std::string* field_for(FrontMatter& matter, const std::string& key) {
  if (key == "title") return &matter.title;
  if (key == "author") return &matter.author;
  if (key == "date") return &matter.date;
  if (key == "lang" || key == "language") return &matter.language;
  if (key == "cover" || key == "image") return &matter.cover;
  if (key == "description") return &matter.description;
  if (key == "url" || key == "canonical") return &matter.source_url;
  return nullptr;
}

bool is_null(const YamlEvent& scalar) {
  return scalar.plain && (scalar.value.empty() || scalar.value == "~" || scalar.value == "null" ||
                          scalar.value == "Null" || scalar.value == "NULL");
}

bool opens_collection(const YamlEvent& event) {
  return event.type == YAML_MAPPING_START_EVENT || event.type == YAML_SEQUENCE_START_EVENT;
}

// Passes over the rest of a list or mapping whose start was just read.
void skip_collection(YamlEvents& events, std::size_t start_line) {
  int depth = 1;
  while (depth > 0) {
    const YamlEvent event = events.next();
    if (opens_collection(event)) ++depth;
    if (event.type == YAML_MAPPING_END_EVENT || event.type == YAML_SEQUENCE_END_EVENT) --depth;
    if (depth > kMaxFrontMatterDepth) {
      throw events.at(event.line,
                      "nests lists or mappings more than " + std::to_string(kMaxFrontMatterDepth) + " deep",
                      "flatten the value that starts on line " + std::to_string(start_line));
    }
  }
}

void read_mapping(YamlEvents& events, FrontMatter& matter) {
  std::set<std::string> seen;
  for (YamlEvent key = events.next(); key.type != YAML_MAPPING_END_EVENT; key = events.next()) {
    if (key.type != YAML_SCALAR_EVENT) {
      throw events.at(key.line, "has a key that is not a name", "write each line as name: value");
    }
    if (!seen.insert(key.value).second) {
      throw events.at(key.line, "gives '" + key.value + "' twice", "keep one of the two lines");
    }
    const YamlEvent value = events.next();
    std::string* field = field_for(matter, key.value);
    if (value.type == YAML_SCALAR_EVENT) {
      if (field != nullptr) *field = is_null(value) ? std::string() : value.value;
    } else if (field != nullptr) {
      throw events.at(key.line, "gives '" + key.value + "' a list or mapping where one value is expected",
                      "write it on one line: " + key.value + ": value");
    } else {
      skip_collection(events, value.line);
    }
  }
}

void parse_front_matter(std::string_view yaml, const fs::path& origin, FrontMatter& matter) {
  YamlEvents events(yaml, origin);
  events.next();  // stream start
  const YamlEvent document = events.next();
  if (document.type == YAML_STREAM_END_EVENT) return;  // an empty block
  const YamlEvent top = events.next();
  if (top.type == YAML_MAPPING_START_EVENT) {
    read_mapping(events, matter);
  } else if (top.type != YAML_SCALAR_EVENT || !is_null(top)) {
    throw events.at(top.line, "is not a list of 'name: value' lines",
                    "write one 'name: value' per line, e.g. title: The title");
  }
}

std::string_view trim_end(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  return line;
}

}  // namespace

Document document_from(const FrontMatter& matter) {
  Document document;
  document.title = matter.title;
  document.author = matter.author;
  document.date = matter.date;
  document.language = matter.language;
  document.cover = matter.cover;
  document.description = matter.description;
  document.source_url = matter.source_url;
  return document;
}

FrontMatter read_front_matter(std::string_view text, const fs::path& origin) {
  FrontMatter matter;
  if (text.substr(0, 4) != "---\n" && text.substr(0, 5) != "---\r\n") return matter;
  const std::size_t content = text.find('\n') + 1;
  for (std::size_t pos = content; pos < text.size();) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    const std::string_view line = trim_end(text.substr(pos, end - pos));
    if (line == "---" || line == "...") {
      parse_front_matter(text.substr(content, pos - content), origin, matter);
      matter.body_start = std::min(end + 1, text.size());
      return matter;
    }
    pos = end + 1;
  }
  throw bad_data_line(origin, 1, "front matter opened with '---' is never closed",
                      "end it with a line '---' after its last 'name: value' line, "
                      "or remove this first line if the text has no front matter");
}

}  // namespace narra
