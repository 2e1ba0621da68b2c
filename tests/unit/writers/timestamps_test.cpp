#include <doctest/doctest.h>

#include "synthesis/timeline.h"
#include "writers/sidecars.h"
#include "writers/timestamps.h"

using namespace narra;

TEST_SUITE("time mapping") {
  TEST_CASE("sample positions become whole milliseconds, rounded to the nearest") {
    CHECK(samples_to_ms(0, 22050) == 0);
    CHECK(samples_to_ms(22050, 22050) == 1000);
    CHECK(samples_to_ms(195562, 22050) == 8869);  // 8868.99 ms
    CHECK(samples_to_ms(11, 22050) == 0);         // 0.499 ms
    CHECK(samples_to_ms(12, 22050) == 1);         // 0.544 ms
  }

  TEST_CASE("a position keeps its time at the output rates") {
    const std::int64_t start = 195562;  // at 22050 Hz
    CHECK(at_rate(start, 22050, 44100) == 391124);
    CHECK(samples_to_ms(at_rate(start, 22050, 48000), 48000) == samples_to_ms(start, 22050));
    CHECK(samples_to_ms(at_rate(start, 22050, 44100), 44100) == samples_to_ms(start, 22050));
  }

  TEST_CASE("timestamps truncate to HH:MM:SS.mmm; SRT uses a comma") {
    CHECK(format_timestamp(0) == "00:00:00.000");
    CHECK(format_timestamp(8869) == "00:00:08.869");
    CHECK(format_timestamp(59999) == "00:00:59.999");
    CHECK(format_timestamp(3661001) == "01:01:01.001");
    CHECK(format_timestamp(8869, ',') == "00:00:08,869");
  }
}

TEST_SUITE("sidecars") {
  TEST_CASE("chapters JSON follows Podcasting 2.0 version 1.2.0 with times in seconds") {
    const std::string json = make_chapters_json({{"Uno", 0, 5450}, {"Due \"bis\"", 5450, 8869}});
    CHECK(json ==
          "{\n  \"version\": \"1.2.0\",\n  \"chapters\": [\n"
          "    {\n      \"startTime\": 0.0,\n      \"endTime\": 5.45,\n      \"title\": \"Uno\"\n    },\n"
          "    {\n      \"startTime\": 5.45,\n      \"endTime\": 8.869,\n      \"title\": \"Due "
          "\\\"bis\\\"\"\n    }\n"
          "  ]\n}\n");
  }

  TEST_CASE("WebVTT escapes markup characters; SRT keeps the text as written") {
    const std::vector<Cue> cues{{10, 1500, "Rischi & <benefici> --> oggi"}, {1800, 3600, "Fine."}};
    CHECK(make_webvtt(cues) ==
          "WEBVTT\n\n1\n00:00:00.010 --> 00:00:01.500\nRischi &amp; &lt;benefici&gt; --&gt; oggi\n"
          "\n2\n00:00:01.800 --> 00:00:03.600\nFine.\n");
    CHECK(make_srt(cues) ==
          "1\n00:00:00,010 --> 00:00:01,500\nRischi & <benefici> --> oggi\n"
          "\n2\n00:00:01,800 --> 00:00:03,600\nFine.\n");
  }
}
