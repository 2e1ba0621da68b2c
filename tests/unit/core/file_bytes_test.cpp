#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "../temp_dir.h"
#include "core/error.h"
#include "core/file_bytes.h"

using namespace narra;

TEST_SUITE("file bytes") {
  TEST_CASE("a file is read whole within its limit, refusals name it") {
    test::TempDir dir;
    const auto file = dir.path() / "a.bin";
    std::ofstream(file, std::ios::binary) << std::string("ab\0cd", 5);
    CHECK(read_file_bytes(file, 5) == std::string("ab\0cd", 5));
    CHECK_THROWS_WITH_AS(read_file_bytes(file, 4),
                         ("cannot read '" + file.string() + "': more than the limit of 4 bytes").c_str(),
                         Error);
    CHECK_THROWS_WITH_AS(read_file_bytes(dir.path() / "none", 5),
                         ("cannot read '" + (dir.path() / "none").string() + "': no such file").c_str(),
                         Error);
    CHECK_THROWS_AS(read_file_bytes(dir.path(), 5), Error);
  }

  TEST_CASE("a stream is read to its end within the limit") {
    std::istringstream small("hello");
    CHECK(read_stream_bytes(small, "<stdin>", 5) == "hello");
    std::istringstream large("hello!");
    CHECK_THROWS_WITH_AS(read_stream_bytes(large, "<stdin>", 5),
                         "cannot read '<stdin>': more than the limit of 5 bytes", Error);
  }
}
