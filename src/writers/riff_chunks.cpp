#include "writers/riff_chunks.h"

#include <unistd.h>
#include <cstdint>

#include <cerrno>
#include <cstring>

#include "core/error.h"

namespace narra {
namespace {

void put_u32(std::string& out, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

std::string chunk(std::string_view id, const std::string& data) {
  std::string out(id);
  put_u32(out, static_cast<std::uint32_t>(data.size()));
  out += data;
  if (data.size() % 2 == 1) out += '\0';
  return out;
}

}  // namespace

std::string make_cue_chunk(const std::vector<Marker>& markers) {
  std::string data;
  put_u32(data, static_cast<std::uint32_t>(markers.size()));
  for (std::size_t i = 0; i < markers.size(); ++i) {
    const auto position = static_cast<std::uint32_t>(markers[i].sample);
    put_u32(data, static_cast<std::uint32_t>(i + 1));  // dwName
    put_u32(data, position);                           // dwPosition
    data += "data";                                    // fccChunk
    put_u32(data, 0);                                  // dwChunkStart
    put_u32(data, 0);                                  // dwBlockStart
    put_u32(data, position);                           // dwSampleOffset
  }
  return chunk("cue ", data);
}

std::string make_label_list_chunk(const std::vector<Marker>& markers) {
  std::string data = "adtl";
  for (std::size_t i = 0; i < markers.size(); ++i) {
    std::string label;
    put_u32(label, static_cast<std::uint32_t>(i + 1));
    label += markers[i].title;
    label += '\0';
    data += chunk("labl", label);
  }
  return chunk("LIST", data);
}

void append_riff_chunks(int fd, const std::filesystem::path& path, const std::string& chunks) {
  char header[12] = {};
  if (::pread(fd, header, sizeof header, 0) != sizeof header || std::string_view(header, 4) != "RIFF" ||
      std::string_view(header + 8, 4) != "WAVE") {
    throw cannot_write(path, "not a RIFF/WAVE file");
  }
  const off_t size = ::lseek(fd, 0, SEEK_END);
  if (size < 0) throw cannot_write(path, std::strerror(errno));
  std::string tail = size % 2 == 1 ? std::string(1, '\0') : std::string();
  tail += chunks;
  const std::uint64_t new_size = static_cast<std::uint64_t>(size) + tail.size();
  if (new_size - 8 > UINT32_MAX) throw cannot_write(path, "the WAV file would exceed 4 GiB");
  std::string riff_size;
  put_u32(riff_size, static_cast<std::uint32_t>(new_size - 8));
  if (::pwrite(fd, tail.data(), tail.size(), size) != static_cast<ssize_t>(tail.size()) ||
      ::pwrite(fd, riff_size.data(), 4, 4) != 4) {
    throw cannot_write(path, std::strerror(errno), "check the free disk space");
  }
}

}  // namespace narra
