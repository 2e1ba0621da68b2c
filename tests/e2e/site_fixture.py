"""What the listening-site tests share: a headless Chromium, local servers started on 127.0.0.1,
axe-core (installed by scripts/bootstrap under build/) and a cover image."""
import contextlib
import re
import shutil
import struct
import subprocess
import time
import zlib

from narra_e2e import SOURCE_DIR

AXE = SOURCE_DIR / "build" / "e2e-tools" / "node_modules" / "axe-core" / "axe.min.js"

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-quic", "--window-size=900,1400", "--autoplay-policy=no-user-gesture-required",
                  "--allow-file-access-from-files"]


@contextlib.contextmanager
def browser_for(profile):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    options = Options()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in CHROMIUM_FLAGS + [f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                               options=options)
    browser.set_script_timeout(30)
    try:
        yield browser
    finally:
        browser.quit()


@contextlib.contextmanager
def started_server(command, port_pattern, timeout=10.0):
    """Runs a server command and yields its base URL, read from the first line matching
    `port_pattern` (one group: the port) on its output; stops it on exit."""
    process = subprocess.Popen([str(part) for part in command], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                raise AssertionError(f"{command[0]} ended before it listened")
            found = re.search(port_pattern, line)
            if found:
                break
        else:
            raise AssertionError(f"{command[0]} did not say which port it listens on")
        yield f"http://127.0.0.1:{found.group(1)}/"
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


def wait_for(condition, timeout=30.0, message="the page"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {message}")


def cover_png(size=600):
    """A square PNG cover: a warm diagonal gradient, so screenshots show where it sits."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = bytearray()
    for y in range(size):
        rows.append(0)
        for x in range(size):
            shade = (x + y) * 255 // (2 * size)
            rows += bytes((160 + shade * 95 // 255, 54 + shade // 3, 31 + shade // 4))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) +
            chunk(b"IEND", b""))
