#include "site/site_assets.h"

namespace narra {

namespace {

// The listening site's stylesheet and script, written beside its pages.
constexpr std::string_view kStylesheet = R"css(:root { color-scheme: light dark; --accent: #b4412f; --muted: #6b6b6b; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem; font: 1.05rem/1.6 Georgia, "DejaVu Serif", serif; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.4rem 0; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
a { color: var(--accent); }
.meta, .author, .back { color: var(--muted); font-size: 0.9rem; }
.show { display: flex; gap: 1rem; align-items: flex-start; flex-wrap: wrap; }
.cover { border-radius: 6px; max-width: 40vw; height: auto; }
.episodes { padding-left: 1.2rem; }
.episodes li { margin: 0.6rem 0; }
audio { width: 100%; margin: 1rem 0; }
.chapters { list-style: none; padding: 0; }
.chapters a { display: block; padding: 0.35rem 0.5rem; border-radius: 4px; text-decoration: none; color: inherit; }
.chapters a:hover, .chapters a:focus { background: rgba(127, 127, 127, 0.15); }
.chapters a.current { background: var(--accent); color: #fff; }
.at { font-variant-numeric: tabular-nums; color: var(--muted); margin-right: 0.4rem; }
.chapters a.current .at { color: #fff; }
.transcript { hyphens: auto; }
.cue { cursor: pointer; border-radius: 3px; }
.cue.speaking { background: rgba(180, 65, 47, 0.2); }
@media (max-width: 30rem) { body { font-size: 1rem; padding: 0.75rem; } }
)css";

constexpr std::string_view kScript = R"js(// Keeps the chapter list and the transcript in step with the audio.
(function () {
  "use strict";
  var audio = document.getElementById("player");
  if (!audio) return;
  var chapters = Array.prototype.slice.call(document.querySelectorAll(".chapters a[data-start]"));
  var cues = Array.prototype.slice.call(document.querySelectorAll(".cue[data-start]"));
  var currentChapter = null;
  var currentCue = null;

  function startOf(element) { return parseFloat(element.getAttribute("data-start")); }

  // The last element whose start is at or before the time.
  function lastStartedBy(elements, time) {
    var found = null;
    for (var i = 0; i < elements.length && startOf(elements[i]) <= time + 0.001; i++) found = elements[i];
    return found;
  }

  function seek(time) {
    audio.currentTime = time;
    update();
  }

  function update() {
    var time = audio.currentTime;
    var chapter = lastStartedBy(chapters, time);
    if (chapter !== currentChapter) {
      if (currentChapter) { currentChapter.classList.remove("current"); currentChapter.removeAttribute("aria-current"); }
      if (chapter) { chapter.classList.add("current"); chapter.setAttribute("aria-current", "true"); }
      currentChapter = chapter;
    }
    var cue = lastStartedBy(cues, time);
    if (cue !== currentCue) {
      if (currentCue) currentCue.classList.remove("speaking");
      if (cue) {
        cue.classList.add("speaking");
        cue.scrollIntoView({ block: "nearest" });
      }
      currentCue = cue;
    }
  }

  chapters.forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      seek(startOf(link));
      var playing = audio.play();
      if (playing && playing.catch) playing.catch(function () {});
    });
  });
  cues.forEach(function (cue) {
    cue.addEventListener("click", function () { seek(startOf(cue)); });
  });
  audio.addEventListener("timeupdate", update);
  audio.addEventListener("seeked", update);

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target === audio)) return;
    if (event.key === " ") {
      event.preventDefault();
      if (audio.paused) { var p = audio.play(); if (p && p.catch) p.catch(function () {}); } else { audio.pause(); }
    } else if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
      event.preventDefault();
      seek(Math.max(0, audio.currentTime + (event.key === "ArrowLeft" ? -5 : 5)));
    } else if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      if (!chapters.length) return;
      event.preventDefault();
      var index = currentChapter ? chapters.indexOf(currentChapter) : -1;
      index = Math.min(chapters.length - 1, Math.max(0, index + (event.key === "ArrowUp" ? -1 : 1)));
      seek(startOf(chapters[index]));
    }
  });
  update();
})();
)js";

}  // namespace

std::string_view site_stylesheet() { return kStylesheet; }

std::string_view site_script() { return kScript; }

}  // namespace narra
