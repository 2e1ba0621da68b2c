#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "../temp_dir.h"
#include "core/cover_image.h"
#include "core/error.h"

using namespace narra;

namespace {
std::string be16(int v) { return {static_cast<char>(v >> 8), static_cast<char>(v & 0xFF)}; }
std::string be32(int v) { return be16(v >> 16) + be16(v & 0xFFFF); }

std::string png_header(int width, int height) {
  return std::string("\x89PNG\r\n\x1a\n", 8) + be32(13) + "IHDR" + be32(width) + be32(height) +
         std::string("\x08\x02\x00\x00\x00", 5);
}

// SOI, an APP0 (JFIF) segment to skip, then a baseline SOF0.
std::string jpeg_header(int width, int height) {
  const std::string app0 = "\xFF\xE0" + be16(16) + std::string("JFIF\0\1\1\0\0\1\0\1\0\0", 14);
  const std::string sof0 =
      "\xFF\xC0" + be16(11) + "\x08" + be16(height) + be16(width) + std::string("\x01\x01\x11\x00", 4);
  return "\xFF\xD8" + app0 + sof0;
}
void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}
}  // namespace

TEST_SUITE("cover image") {
  TEST_CASE("artwork size comes from the PNG IHDR and the JPEG SOF") {
    const ImageInfo png = read_image_info(png_header(3000, 2999), "a.png");
    CHECK(png.mime_type == "image/png");
    CHECK(png.width_px == 3000);
    CHECK(png.height_px == 2999);
    const ImageInfo jpeg = read_image_info(jpeg_header(1400, 1600), "a.jpg");
    CHECK(jpeg.mime_type == "image/jpeg");
    CHECK(jpeg.width_px == 1400);
    CHECK(jpeg.height_px == 1600);
  }

  TEST_CASE("a file that is not a PNG or JPEG is refused, naming it") {
    CHECK_THROWS_WITH_AS(read_image_info("GIF89a....", "cover.gif"),
                         "cannot read 'cover.gif': not a PNG or JPEG image", Error);
    CHECK_THROWS_AS(read_image_info(std::string("\x89PNG\r\n\x1a\n", 8), "short.png"), Error);
    CHECK_THROWS_AS(read_image_info(std::string("\xFF\xD8\xFF\xD9", 4), "empty.jpg"), Error);
  }

  TEST_CASE("the cover file is read whole, its type taken from its first bytes") {
    test::TempDir dir;
    write_file(dir.path() / "a.png", png_header(1400, 1400));
    const CoverImage png = read_cover_image(dir.path() / "a.png");
    CHECK(png.mime_type == "image/png");
    CHECK(png.data == png_header(1400, 1400));
    write_file(dir.path() / "a.jpg", jpeg_header(1400, 1400));
    CHECK(read_cover_image(dir.path() / "a.jpg").mime_type == "image/jpeg");
    write_file(dir.path() / "b.jpg", "not a picture");
    CHECK_THROWS_WITH_AS(
        read_cover_image(dir.path() / "b.jpg"),
        ("cannot read '" + (dir.path() / "b.jpg").string() + "': not a JPEG or PNG image").c_str(), Error);
    CHECK_THROWS_AS(read_cover_image(dir.path() / "none.png"), Error);
  }

  TEST_CASE("artwork Apple would refuse gives warnings, good artwork none") {
    CHECK(check_cover_art({"image/png", 1400, 1400}, "cover.png").empty());
    CHECK(check_cover_art({"image/jpeg", 3000, 3000}, "cover.jpeg").empty());
    CHECK(check_cover_art({"image/png", 1400, 1000}, "cover.png").size() == 1);
    CHECK(check_cover_art({"image/png", 600, 600}, "cover.png").size() == 1);
    CHECK(check_cover_art({"image/jpeg", 1400, 1400}, "cover.png").size() == 1);
  }
}
