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

std::unique_ptr<TagLib::ID3v2::TextIdentificationFrame> text_frame(const char* id,
                                                                   const std::string& text) {
  auto frame = std::make_unique<TagLib::ID3v2::TextIdentificationFrame>(TagLib::ByteVector(id),
                                                                        TagLib::String::UTF8);
  frame->setText(utf8(text));
  return frame;
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
    picture->setPicture(TagLib::ByteVector(info.cover.data.data(),
                                           static_cast<unsigned int>(info.cover.data.size())));
    tag.addFrame(picture.release());
  }

  TagLib::ByteVectorList children;
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    const TagLib::ByteVector id(("ch" + std::to_string(i)).c_str());
    children.append(id);
    TagLib::ID3v2::FrameList sub_frames;
    sub_frames.append(text_frame("TIT2", chapters[i].title).release());
    auto chapter = std::make_unique<TagLib::ID3v2::ChapterFrame>(
        id, static_cast<unsigned int>(chapters[i].start_ms),
        static_cast<unsigned int>(chapters[i].end_ms), 0xFFFFFFFFu, 0xFFFFFFFFu, sub_frames);
    tag.addFrame(chapter.release());
  }
  if (!chapters.empty()) {
    auto toc = std::make_unique<TagLib::ID3v2::TableOfContentsFrame>(TagLib::ByteVector("toc"),
                                                                     children);
    toc->setIsTopLevel(true);
    toc->setIsOrdered(true);
    tag.addFrame(toc.release());
  }
  const TagLib::ByteVector bytes = tag.render(TagLib::ID3v2::v3);
  return std::string(bytes.data(), bytes.size());
}

}  // namespace narra
