#include "site/site_assets.h"

namespace narra {

namespace {

// One script for every page: the index fills its "continue listening" row;
// episode and embed pages drive the player.
constexpr std::string_view kScript = R"js((function () {
  "use strict";
  var KEY = "narra:position:";

  function remembered(episode) {
    try { return JSON.parse(localStorage.getItem(KEY + episode) || "null"); } catch (e) { return null; }
  }
  function remember(episode, value) {
    try {
      if (value) localStorage.setItem(KEY + episode, JSON.stringify(value)); else localStorage.removeItem(KEY + episode);
    } catch (e) { /* storage refused: positions are not kept */ }
  }
  function clock(seconds) {
    var whole = Math.floor(seconds), m = Math.floor(whole / 60) % 60, h = Math.floor(whole / 3600);
    var s = ("0" + whole % 60).slice(-2);
    return h ? h + ":" + ("0" + m).slice(-2) + ":" + s : m + ":" + s;
  }

  // The index: episodes begun and not finished, most recent first.
  function continueRow() {
    var row = document.querySelector(".continue");
    if (!row) return;
    var begun = [];
    document.querySelectorAll(".episodes li[data-episode]").forEach(function (item) {
      var at = remembered(item.getAttribute("data-episode"));
      if (at && at.time > 1) begun.push({ item: item, at: at });
    });
    begun.sort(function (a, b) { return b.at.saved - a.at.saved; });
    begun.forEach(function (entry) {
      var source = entry.item.querySelector("a");
      var li = document.createElement("li");
      var link = document.createElement("a");
      link.href = source.getAttribute("href");
      link.textContent = source.textContent;
      li.appendChild(link);
      li.appendChild(document.createTextNode(" · da " + clock(entry.at.time) + " di " + clock(entry.at.duration || 0)));
      row.querySelector("ul").appendChild(li);
    });
    row.hidden = begun.length === 0;
  }

  function player(region) {
    var audio = region.querySelector("audio");
    var episode = region.getAttribute("data-episode");
    var controls = region.querySelector(".controls");
    var playButton = controls.querySelector(".play");
    var speed = controls.querySelector("select");
    var now = controls.querySelector(".now");
    var chapters = Array.prototype.slice.call(document.querySelectorAll(".chapters a[data-start]"));
    var cues = Array.prototype.slice.call(document.querySelectorAll(".cue[data-start]"));
    var currentChapter = null, currentCue = null, pending = null, wholeFile = false, restored = false, lastSaved = 0;
    controls.hidden = false;

    function startOf(element) { return parseFloat(element.getAttribute("data-start")); }
    function lastStartedBy(elements, time) {
      var found = null;
      for (var i = 0; i < elements.length && startOf(elements[i]) <= time + 0.001; i++) found = elements[i];
      return found;
    }
    function inView(element) {
      var box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    }
    function play() { var p = audio.play(); if (p && p.catch) p.catch(function () {}); }

    // Seeking needs byte ranges from the server; one that ignores them
    // (a plain static server) restarts the audio at 0. The file is then
    // loaded whole into memory, where every position can be reached.
    function seekable() {
      var ranges = audio.seekable;
      return ranges.length > 0 && ranges.end(ranges.length - 1) >= audio.duration - 0.5;
    }
    function loadWhole() {
      if (wholeFile || typeof fetch !== "function") return;
      wholeFile = true;
      var resume = !audio.paused;
      fetch(audio.currentSrc).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.blob();
      }).then(function (blob) {
        audio.src = URL.createObjectURL(blob);
        audio.playbackRate = audio.defaultPlaybackRate;
        if (resume) play();
      }).catch(function () { wholeFile = false; });
    }
    function seek(time) {
      if (audio.readyState >= 1 && seekable()) {
        audio.currentTime = Math.max(0, Math.min(time, audio.duration || time));
        pending = null;
      } else {
        pending = time;
        if (audio.readyState >= 1) loadWhole();
      }
      update(pending === null ? audio.currentTime : time);
    }
    function save(force) {
      if (!restored || !isFinite(audio.duration)) return;
      var time = audio.currentTime;
      if (!force && Math.abs(time - lastSaved) < 1) return;
      lastSaved = time;
      remember(episode, audio.ended ? null : { time: time, duration: audio.duration, saved: Date.now() });
    }

    function update(time) {
      if (typeof time !== "number") time = audio.currentTime;
      var chapter = lastStartedBy(chapters, time);
      if (chapter !== currentChapter) {
        if (currentChapter) { currentChapter.classList.remove("current"); currentChapter.removeAttribute("aria-current"); }
        if (chapter) { chapter.classList.add("current"); chapter.setAttribute("aria-current", "true"); }
        currentChapter = chapter;
        now.textContent = chapter ? chapter.textContent.replace(/^\s*\S+\s*/, "") : "";
      }
      var cue = lastStartedBy(cues, time);
      if (cue !== currentCue) {
        if (currentCue) currentCue.classList.remove("speaking");
        if (cue) {
          cue.classList.add("speaking");
          // Follow the reading only while the reader is following it.
          if (!audio.paused && (!currentCue || inView(currentCue))) cue.scrollIntoView({ block: "nearest" });
        }
        currentCue = cue;
      }
      playButton.textContent = audio.paused ? "▶" : "❚❚";
      playButton.setAttribute("aria-label", audio.paused ? "Riproduci" : "Pausa");
    }

    // The metadata may have come before this script ran.
    function metadataReady() {
      if (!seekable()) loadWhole();
      if (pending !== null && seekable()) { seek(pending); return; }
      if (!restored) {
        restored = true;
        var at = remembered(episode);
        if (at && at.time > 1 && at.time < audio.duration - 2) seek(at.time);
      }
    }
    audio.addEventListener("loadedmetadata", metadataReady);
    if (audio.readyState >= 1) metadataReady();
    audio.addEventListener("timeupdate", function () { update(); save(false); });
    ["seeked", "play", "pause"].forEach(function (name) {
      audio.addEventListener(name, function () { update(); save(true); });
    });
    audio.addEventListener("ended", function () { update(); save(true); });
    window.addEventListener("pagehide", function () { save(true); });

    chapters.forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        seek(startOf(link));
        play();
      });
    });
    cues.forEach(function (cue) {
      cue.addEventListener("click", function () { seek(startOf(cue)); play(); });
      cue.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        event.stopPropagation();
        seek(startOf(cue));
        play();
      });
    });
    playButton.addEventListener("click", function () { if (audio.paused) play(); else audio.pause(); });
    controls.querySelector(".back15").addEventListener("click", function () { seek(audio.currentTime - 15); });
    controls.querySelector(".ahead15").addEventListener("click", function () { seek(audio.currentTime + 15); });
    speed.addEventListener("change", function () {
      audio.defaultPlaybackRate = audio.playbackRate = parseFloat(speed.value);
    });

    // Space plays and pauses, arrows move 15 s, N and P go to the next and
    // previous chapter; never while a control that uses those keys has focus.
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (target && target.closest && target.closest("input, select, textarea, button, a, audio, [contenteditable]")) return;
      var key = event.key;
      if (key === " ") { if (audio.paused) play(); else audio.pause(); }
      else if (key === "ArrowLeft" || key === "ArrowRight") seek(audio.currentTime + (key === "ArrowLeft" ? -15 : 15));
      else if ((key === "n" || key === "p") && chapters.length) {
        var index = chapters.indexOf(currentChapter) + (key === "n" ? 1 : -1);
        seek(startOf(chapters[Math.min(chapters.length - 1, Math.max(0, index))]));
      } else return;
      event.preventDefault();
    });
    search(cues, seek, play);
    update();
  }

  // The search box: sentences holding the words stay, the others hide;
  // Enter plays the next one found.
  function search(cues, seek, play) {
    var box = document.querySelector(".search");
    if (!box) return;
    var input = box.querySelector("input"), found = box.querySelector(".found");
    var transcript = document.querySelector(".transcript"), matches = [], next = 0;
    box.hidden = false;
    function fold(text) { return text.toLocaleLowerCase("it").normalize("NFD").replace(/[\u0300-\u036f]/g, ""); }
    input.addEventListener("input", function () {
      var words = fold(input.value.trim());
      matches = [];
      next = 0;
      cues.forEach(function (cue) {
        var hit = words !== "" && fold(cue.textContent).indexOf(words) >= 0;
        cue.classList.toggle("match", hit);
        if (hit) matches.push(cue);
      });
      transcript.classList.toggle("filtered", words !== "");
      found.textContent = words === "" ? "" : matches.length === 1 ? "1 frase" : matches.length + " frasi";
    });
    input.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" || !matches.length) return;
      event.preventDefault();
      var cue = matches[next++ % matches.length];
      seek(parseFloat(cue.getAttribute("data-start")));
      play();
      cue.focus();
    });
  }

  continueRow();
  document.querySelectorAll(".player[data-episode]").forEach(player);
})();
)js";

}  // namespace

std::string_view site_script() { return kScript; }

}  // namespace narra
