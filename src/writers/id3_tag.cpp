#include "writers/id3_tag.h"

#include <taglib/attachedpictureframe.h>
#include <taglib/chapterframe.h>
#include <taglib/commentsframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>

#include <memory>

namespace narra {
namespace {

TagLib::String utf8(const std::string& text) { return TagLib::String(text, TagLib::String::UTF8); }

std::unique_ptr<TagLib::ID3v2::TextIdentificationFrame> text_frame(const char* id, const std::string& text) {
  auto frame =
      std::make_unique<TagLib::ID3v2::TextIdentificationFrame>(TagLib::ByteVector(id), TagLib::String::UTF8);
  frame->setText(utf8(text));
  return frame;
}

// Adds the table of contents: one top-level, ordered CTOC "toc" and, for a
// chapter with chapters nested below it (a digest's article), a CTOC
// "toc<i>" titled like it that lists its own CHAP "ch<i>" (the part before
// its first child), then its children. Each list holds, per entry, the
// child's CTOC when it has one, else its CHAP.
constexpr unsigned kMaxTocEntries = 255;

void add_table_of_contents(TagLib::ID3v2::Tag& tag, const std::vector<TimedChapter>& chapters) {
  if (chapters.empty()) return;
  const auto has_children = [&](std::size_t i) {
    return i + 1 < chapters.size() && chapters[i + 1].level > chapters[i].level;
  };
  const auto entry_id = [&](std::size_t i) {
    return TagLib::ByteVector(((has_children(i) ? "toc" : "ch") + std::to_string(i)).c_str());
  };
  // The direct children of `parent`, or the top-level chapters when parent == chapters.size().
  const auto children_of = [&](std::size_t parent) {
    TagLib::ByteVectorList ids;
    const bool top = parent == chapters.size();
    const int level = top ? -1 : chapters[parent].level;
    std::size_t i = top ? 0 : parent + 1;
    int child_level = -1;
    // A CTOC counts its entries in one byte: players still find the CHAP frames past the 255th.
    for (; i < chapters.size() && chapters[i].level > level; ++i) {
      if (child_level < 0 || chapters[i].level <= child_level) child_level = chapters[i].level;
      if (chapters[i].level == child_level && ids.size() < kMaxTocEntries) ids.append(entry_id(i));
    }
    return ids;
  };
  auto top = std::make_unique<TagLib::ID3v2::TableOfContentsFrame>(TagLib::ByteVector("toc"),
                                                                   children_of(chapters.size()));
  top->setIsTopLevel(true);
  top->setIsOrdered(true);
  tag.addFrame(top.release());
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    if (!has_children(i)) continue;
    TagLib::ByteVectorList ids;
    ids.append(TagLib::ByteVector(("ch" + std::to_string(i)).c_str()));
    for (const auto& child : children_of(i)) {
      if (ids.size() < kMaxTocEntries) ids.append(child);
    }
    auto toc = std::make_unique<TagLib::ID3v2::TableOfContentsFrame>(entry_id(i), ids);
    toc->setIsTopLevel(false);
    toc->setIsOrdered(true);
    toc->addEmbeddedFrame(text_frame("TIT2", chapters[i].title).release());
    tag.addFrame(toc.release());
  }
}

}  // namespace

std::string render_id3_tag(const EpisodeInfo& info, const std::vector<TimedChapter>& chapters) {
  TagLib::ID3v2::Tag tag;
  const auto add_text = [&tag](const char* id, const std::string& text) {
    if (!text.empty()) tag.addFrame(text_frame(id, text).release());
  };
  add_text("TIT2", info.title);
  add_text("TPE1", info.author);
  add_text("TALB", info.show);
  add_text("TDRC", info.date);
  add_text("TCON", info.genre);
  add_text("TSSE", info.software);
  if (!info.description.empty()) {
    auto comment = std::make_unique<TagLib::ID3v2::CommentsFrame>(TagLib::String::UTF8);
    comment->setLanguage("ita");
    comment->setText(utf8(info.description));
    tag.addFrame(comment.release());
  }
  if (!info.cover.data.empty()) {
    auto picture = std::make_unique<TagLib::ID3v2::AttachedPictureFrame>();
    picture->setMimeType(info.cover.mime_type);
    picture->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
    picture->setPicture(
        TagLib::ByteVector(info.cover.data.data(), static_cast<unsigned int>(info.cover.data.size())));
    tag.addFrame(picture.release());
  }

  for (std::size_t i = 0; i < chapters.size(); ++i) {
    const TagLib::ByteVector id(("ch" + std::to_string(i)).c_str());
    TagLib::ID3v2::FrameList sub_frames;
    sub_frames.append(text_frame("TIT2", chapters[i].title).release());
    auto chapter = std::make_unique<TagLib::ID3v2::ChapterFrame>(
        id, static_cast<unsigned int>(chapters[i].start_ms), static_cast<unsigned int>(chapters[i].end_ms),
        0xFFFFFFFFu, 0xFFFFFFFFu, sub_frames);
    tag.addFrame(chapter.release());
  }
  add_table_of_contents(tag, chapters);
  const TagLib::ByteVector bytes = tag.render(TagLib::ID3v2::v3);
  return std::string(bytes.data(), bytes.size());
}

}  // namespace narra
