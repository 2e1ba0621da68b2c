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

  function startOf(element) { return parseFloat(element.getAttribute("data-start")); }
  // The last element whose start is at or before the time.
  function lastStartedBy(elements, time) {
    var found = null;
    for (var i = 0; i < elements.length && startOf(elements[i]) <= time + 0.001; i++) found = elements[i];
    return found;
  }
  function inView(element) {
    var box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }
  function play(audio) { var p = audio.play(); if (p && p.catch) p.catch(function () {}); }

  // Seeking needs byte ranges from the server; one that ignores them (a plain
  // static server) restarts the audio at 0. The file is then loaded whole into
  // memory (a Blob), where every position can be reached, and a seek asked for
  // meanwhile waits for it. Returns seek(time); `moved` hears where it goes.
  function seeker(audio, moved) {
    var pending = null, wholeFile = false;
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
        if (resume) play(audio);
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
      moved(pending === null ? audio.currentTime : time);
    }
    // The metadata may have come before this script ran.
    function metadataReady() {
      if (!seekable()) loadWhole();
      else if (pending !== null) seek(pending);
    }
    audio.addEventListener("loadedmetadata", metadataReady);
    if (audio.readyState >= 1) metadataReady();
    return seek;
  }

  // Keeps the episode's position in localStorage and resumes it on return.
  function rememberPosition(audio, episode, seek) {
    var restored = false, lastSaved = 0;
    function restore() {
      if (restored || audio.readyState < 1) return;
      restored = true;
      var at = remembered(episode);
      if (at && at.time > 1 && at.time < audio.duration - 2) seek(at.time);
    }
    function save(force) {
      if (!restored || !isFinite(audio.duration)) return;
      var time = audio.currentTime;
      if (!force && Math.abs(time - lastSaved) < 1) return;
      lastSaved = time;
      remember(episode, audio.ended ? null : { time: time, duration: audio.duration, saved: Date.now() });
    }
    audio.addEventListener("loadedmetadata", restore);
    restore();
    audio.addEventListener("timeupdate", function () { save(false); });
    ["seeked", "pause", "ended"].forEach(function (name) { audio.addEventListener(name, function () { save(true); }); });
    window.addEventListener("pagehide", function () { save(true); });
  }

  // Marks the chapter and the sentence playing, and names the chapter in the
  // player. Returns update(time).
  function follower(audio, chapters, cues, controls) {
    var currentChapter = null, currentCue = null;
    var now = controls.querySelector(".now"), button = controls.querySelector(".play");
    return function update(time) {
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
      button.textContent = audio.paused ? "▶" : "❚❚";
      button.setAttribute("aria-label", audio.paused ? "Riproduci" : "Pausa");
    };
  }

  // Space plays and pauses, arrows move 15 s, N and P go to the next and
  // previous chapter; never while a control that uses those keys has focus.
  function shortcuts(audio, chapters, seek) {
    document.addEventListener("keydown", function (event) {
      var target = event.target, key = event.key;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (target && target.closest && target.closest("input, select, textarea, button, a, audio, [contenteditable]")) return;
      if (key === " ") { if (audio.paused) play(audio); else audio.pause(); }
      else if (key === "ArrowLeft" || key === "ArrowRight") seek(audio.currentTime + (key === "ArrowLeft" ? -15 : 15));
      else if ((key === "n" || key === "p") && chapters.length) {
        var index = chapters.indexOf(lastStartedBy(chapters, audio.currentTime)) + (key === "n" ? 1 : -1);
        seek(startOf(chapters[Math.min(chapters.length - 1, Math.max(0, index))]));
      } else return;
      event.preventDefault();
    });
  }

  function player(region) {
    var audio = region.querySelector("audio"), controls = region.querySelector(".controls");
    var chapters = Array.prototype.slice.call(document.querySelectorAll(".chapters a[data-start]"));
    var cues = Array.prototype.slice.call(document.querySelectorAll(".cue[data-start]"));
    var update = follower(audio, chapters, cues, controls);
    var seek = seeker(audio, update);
    function playFrom(element) { seek(startOf(element)); play(audio); }
    controls.hidden = false;
    rememberPosition(audio, region.getAttribute("data-episode"), seek);
    ["timeupdate", "seeked", "play", "pause", "ended"].forEach(function (name) {
      audio.addEventListener(name, function () { update(); });
    });
    chapters.forEach(function (link) {
      link.addEventListener("click", function (event) { event.preventDefault(); playFrom(link); });
    });
    cues.forEach(function (cue) {
      cue.addEventListener("click", function () { playFrom(cue); });
      cue.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        playFrom(cue);
      });
    });
    controls.querySelector(".play").addEventListener("click", function () { if (audio.paused) play(audio); else audio.pause(); });
    controls.querySelector(".back15").addEventListener("click", function () { seek(audio.currentTime - 15); });
    controls.querySelector(".ahead15").addEventListener("click", function () { seek(audio.currentTime + 15); });
    var speed = controls.querySelector("select");
    speed.addEventListener("change", function () { audio.defaultPlaybackRate = audio.playbackRate = parseFloat(speed.value); });
    shortcuts(audio, chapters, seek);
    search(cues, playFrom);
    update();
  }

  // The search box: sentences holding the words stay, the others hide;
  // Enter plays the next one found.
  function search(cues, playFrom) {
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
      playFrom(cue);
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
