#include "writers/riff_chunks.h"

#include <cstdint>
#include <fstream>

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

void append_riff_chunks(const std::filesystem::path& path, const std::string& chunks) {
  std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
  char header[12] = {};
  if (!file.read(header, sizeof header) || std::string_view(header, 4) != "RIFF" ||
      std::string_view(header + 8, 4) != "WAVE") {
    throw cannot_write(path, "not a RIFF/WAVE file");
  }
  file.seekp(0, std::ios::end);
  const auto size = static_cast<std::uint64_t>(file.tellp());
  const std::uint64_t new_size = size + (size % 2) + chunks.size();
  if (new_size - 8 > UINT32_MAX) throw cannot_write(path, "the WAV file would exceed 4 GiB");
  if (size % 2 == 1) file.put('\0');
  file.write(chunks.data(), static_cast<std::streamsize>(chunks.size()));
  std::string riff_size;
  put_u32(riff_size, static_cast<std::uint32_t>(new_size - 8));
  file.seekp(4);
  file.write(riff_size.data(), 4);
  file.flush();
  if (!file) throw cannot_write(path, "write failed (is the disk full?)");
}

}  // namespace narra
