#include "site/site_assets.h"

namespace narra {

namespace {

// The listening site's stylesheet. Every text colour keeps 4.5:1 contrast
// (WCAG AA) against the background it sits on, in light and dark mode.
constexpr std::string_view kStylesheet = R"css(:root {
  color-scheme: light dark;
  --page: #ffffff; --ink: #1b1b1b; --muted: #595959; --accent: #a3361f; --on-accent: #ffffff;
  --speaking: #f6dcd4; --match: #fff0b3; --line: #d6d6d6; --raised: #f2f2f2;
}
@media (prefers-color-scheme: dark) {
  :root {
    --page: #121212; --ink: #ececec; --muted: #b0b0b0; --accent: #ff9a80; --on-accent: #121212;
    --speaking: #3a2520; --match: #3d3414; --line: #3a3a3a; --raised: #1e1e1e;
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { background: var(--page); color: var(--ink); scroll-padding-top: 10rem; }
body { margin: 0 auto; max-width: 46rem; padding: 0 1rem 2rem; font: 1.05rem/1.6 Georgia, "DejaVu Serif", serif; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.4rem 0; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 0.5rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.3rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 0.2rem; font-style: italic; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.meta, .author, .site, .at, .found { color: var(--muted); font-size: 0.92rem; }
.site { padding-top: 0.6rem; }
.show, .intro { display: flex; gap: 1rem; align-items: flex-start; }
.cover { border-radius: 6px; height: auto; flex: none; }
.index .cover { max-width: 35vw; }
.intro .cover { max-width: 25vw; }
.episodes { padding-left: 1.2rem; }
.episodes li, .continue li { margin: 0.8rem 0; }
.episodes h3 { margin: 0; }
.episodes p { margin: 0.2rem 0; }
.player { position: sticky; top: 0; z-index: 2; background: var(--page); border-bottom: 1px solid var(--line);
  padding: 0.5rem 0; margin: 0 0 0.5rem; }
audio { width: 100%; display: block; }
.controls { display: flex; flex-wrap: wrap; gap: 0.4rem 0.6rem; align-items: center; margin-top: 0.4rem; }
.controls button, .controls select { font: inherit; font-size: 0.95rem; color: var(--ink); background: var(--raised);
  border: 1px solid var(--line); border-radius: 6px; padding: 0.25rem 0.7rem; min-height: 2.2rem; cursor: pointer; }
.controls .play { min-width: 3rem; }
.now { font-size: 0.92rem; flex: 1 1 12rem; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.chapters, .chapters ol { list-style: none; padding: 0; margin: 0; }
.chapters ol { padding-left: 1.1rem; border-left: 2px solid var(--line); margin-left: 0.5rem; }
.chapters a { display: block; padding: 0.3rem 0.5rem; border-radius: 4px; text-decoration: none; color: inherit; }
.chapters a:hover { background: var(--raised); }
.chapters a.current { background: var(--accent); color: var(--on-accent); }
.at { font-variant-numeric: tabular-nums; margin-right: 0.4rem; }
.chapters a.current .at { color: var(--on-accent); }
.transcript { hyphens: auto; }
.cue { scroll-margin-bottom: 4rem; }
.cue { cursor: pointer; border-radius: 3px; }
.cue:hover { text-decoration: underline; }
.cue.speaking { background: var(--speaking); }
.cue.match { background: var(--match); }
.filtered .cue:not(.match) { display: none; }
.search input { font: inherit; width: min(100%, 18rem); padding: 0.2rem 0.4rem; color: var(--ink);
  background: var(--page); border: 1px solid var(--muted); border-radius: 4px; }
textarea { width: 100%; font: 0.85rem/1.4 monospace; color: var(--ink); background: var(--raised);
  border: 1px solid var(--line); border-radius: 4px; padding: 0.4rem; }
body.embed { max-width: none; padding: 0.5rem 0.75rem; font-size: 0.95rem; }
.embed h1 { font-size: 1.05rem; margin: 0; }
.embed .meta { margin: 0; }
.embed .intro { gap: 0.6rem; align-items: center; }
.embed .player { position: static; border: 0; margin: 0; }
.embed .toc { max-height: 9rem; overflow-y: auto; border-top: 1px solid var(--line); }
.embed .chapters a { padding: 0.15rem 0.4rem; }
@media (max-width: 30rem) {
  body { font-size: 1rem; padding: 0 0.75rem 2rem; }
  .show, .intro { flex-direction: column; }
  .embed .intro { flex-direction: row; }
}
)css";

}  // namespace

std::string_view site_stylesheet() { return kStylesheet; }

}  // namespace narra
