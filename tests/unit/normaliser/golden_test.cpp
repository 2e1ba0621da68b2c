// Golden cases for the normaliser: every tests/golden/normaliser/*.tsv line is
// `input<TAB>expected<TAB>label`. With NARRA_UPDATE_GOLDEN=1 the expected
// column is rewritten from the current output instead (review the diff).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../test_paths.h"
#include "normaliser/normaliser.h"

namespace narra {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> golden_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(test::tests_dir() / "golden" / "normaliser")) {
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const auto tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

}  // namespace

TEST_SUITE("golden") {
  TEST_CASE("normaliser golden files") {
    const Normaliser normaliser(find_language("it"),
                                load_language_data(find_language("it"), test::voices_dir()));
    const char* update_env = std::getenv("NARRA_UPDATE_GOLDEN");
    const bool update = update_env != nullptr && std::string(update_env) == "1";
    std::size_t cases = 0;
    const auto files = golden_files();
    REQUIRE(!files.empty());
    for (const auto& file : files) {
      std::ifstream in(file);
      REQUIRE(in.good());
      std::string line;
      std::size_t line_number = 0;
      std::ostringstream rewritten;
      while (std::getline(in, line)) {
        ++line_number;
        if (line.empty() || line[0] == '#') {
          rewritten << line << '\n';
          continue;
        }
        const auto fields = split_tabs(line);
        const std::string where = file.filename().string() + ":" + std::to_string(line_number);
        CAPTURE(where);
        REQUIRE(fields.size() == 3);
        const std::string& input = fields[0];
        const std::string actual = normaliser.normalise(input);
        CAPTURE(input);
        ++cases;
        if (update) {
          rewritten << input << '\t' << actual << '\t' << fields[2] << '\n';
        } else {
          CHECK(actual == fields[1]);
        }
      }
      if (update) {
        in.close();
        std::ofstream(file) << rewritten.str();
      }
    }
    CHECK(cases >= 400);
  }
}

}  // namespace narra
