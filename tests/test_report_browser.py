"""The report in a real browser: headless Chromium (Debian's ``chromium``, installed by .ci/run).

The page is opened from a file, as a user would open it: no console message
at all may appear (script errors, blocked fetches and CSP violations all show
up there; Chromium writes them to stderr with ``--enable-logging=stderr``), the
DOM after the script ran must draw as many nodes and edges as the store holds
stance holders/targets and pairs, a document page must be drawn by the script,
and a screenshot must not be blank.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from kg.report import write_report
from kg.report.data import ReportFilter
from kg.store import open_store

try:
    from tests.conftest import SEEDS, SHARED
    from tests.test_report import drawn_counts, store_stance_counts
except ImportError:  # tests/ itself on sys.path
    from conftest import SEEDS, SHARED
    from test_report import drawn_counts, store_stance_counts

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH: .ci/run installs Debian's chromium"),
]
WIKINEWS = sorted((SHARED / "corpus" / "wikinews").glob("wikinews-*.txt"))[:4]
CONSOLE = re.compile(r":CONSOLE(?:\(\d+\))?[:\]].*")


def open_in_chromium(url: str, profile: Path, *args: str) -> tuple[str, list[str]]:
    """Open ``url`` headless; the dumped DOM (or "") and every console line Chromium logged."""
    argv = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
        "--enable-logging=stderr", "--v=0", "--window-size=1280,900", *args, url,
    ]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    return done.stdout, [m.group(0) for m in CONSOLE.finditer(done.stderr)]


def png_colours(path: Path) -> int:
    """How many distinct colours an 8-bit RGB/RGBA PNG holds (a tiny reader: IHDR, IDAT, the five filters)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour_type = header[:4]
    assert depth == 8 and colour_type in (2, 6), header
    step = 3 if colour_type == 2 else 4
    raw, stride = zlib.decompress(b"".join(chunks)), width * step
    previous, colours = bytearray(stride), set()
    for row in range(height):
        kind, line = raw[row * (stride + 1)], bytearray(raw[row * (stride + 1) + 1:(row + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up, corner = previous[i], previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        colours.update(bytes(line[i:i + 3]) for i in range(0, stride, step))
        previous = line
    return len(colours)


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory, nlp):
    """The seed and four Wikinews articles in a store, and its report."""
    from kg.build import build

    where = tmp_path_factory.mktemp("browser")
    with open_store(where / "store") as store:
        build(store, [str(SEEDS), *map(str, WIKINEWS)])
        write_report(store, where / "report.html", ReportFilter(top=0))
        counts = store_stance_counts(store)
    return where / "report.html", counts


def test_the_console_check_catches_an_error(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<html><body><script>console.error('seen'); missingFunction();</script></body></html>")
    _, console = open_in_chromium(broken.as_uri(), tmp_path / "profile", "--dump-dom")
    assert any("seen" in line for line in console) and any("missingFunction" in line for line in console)


def test_report_opens_without_console_messages_and_draws_the_store(small_corpus, tmp_path):
    report, (nodes, pairs) = small_corpus
    assert len(WIKINEWS) == 4 and nodes > 5
    dom, console = open_in_chromium(report.as_uri(), tmp_path / "profile", "--dump-dom")
    assert console == []
    assert drawn_counts(dom) == (nodes, pairs)
    assert re.search(r'<a href="#network" class="current">', dom)  # the script ran and chose the page


def test_document_page_is_drawn_by_the_script(small_corpus, tmp_path):
    report, _ = small_corpus
    # the texts are unpacked asynchronously: virtual time lets that finish before the DOM is dumped
    dom, console = open_in_chromium(report.as_uri() + "#d0", tmp_path / "profile", "--virtual-time-budget=5000", "--dump-dom")
    assert console == []
    page = dom.split('<section id="d0"', 1)[1].split("</section>", 1)[0]
    assert "hidden" not in page.split(">", 1)[0]
    assert '<mark class="m" title="mention:' in page


def test_actor_page_is_unpacked_when_shown(small_corpus, tmp_path):
    report, _ = small_corpus
    dom, console = open_in_chromium(report.as_uri() + "#a0", tmp_path / "profile", "--virtual-time-budget=5000", "--dump-dom")
    assert console == []
    page = dom.split('<section id="a0"', 1)[1].split("</section>", 1)[0]
    assert "hidden" not in page.split(">", 1)[0] and "data-packed" not in page.split(">", 1)[0]
    assert "<h3>What they said (" in page and "<h3>Events they took part in (" in page


def open_with_script(report: Path, script: str, tmp_path: Path) -> tuple[str, list[str]]:
    """Open a copy of the report with ``script`` run after the page's own (as a user's click would)."""
    copy = tmp_path / "scripted.html"
    copy.write_text(report.read_text(encoding="utf-8").replace("</body>", f"<script>{script}</script></body>"), encoding="utf-8")
    # evidence is unpacked asynchronously: virtual time lets that finish before the DOM is dumped
    return open_in_chromium(copy.as_uri(), tmp_path / "profile", "--virtual-time-budget=5000", "--dump-dom")


def test_clicking_an_edge_shows_its_evidence(small_corpus, tmp_path):
    report, _ = small_corpus
    click = 'document.querySelector(".edge").dispatchEvent(new MouseEvent("click", {bubbles: true}));'
    dom, console = open_with_script(report, click, tmp_path)
    assert console == []
    panel = dom.split('<aside id="evidence"', 1)[1].split("</aside>", 1)[0]
    assert "<blockquote>" in panel and '<span class="date">' in panel and "→" in panel
    assert '<path class="edge selected"' in dom


def test_timeline_filter_keeps_one_actors_events(small_corpus, tmp_path):
    report, _ = small_corpus
    choose = (
        'var s = document.getElementById("timeline-actor"); s.selectedIndex = 1;'
        's.dispatchEvent(new Event("change")); document.body.setAttribute("data-chosen", s.value);'
    )
    dom, console = open_with_script(report, choose, tmp_path)
    assert console == []
    chosen = re.search(r'data-chosen="(a\d+)"', dom).group(1)
    circles = re.findall(r'<circle class="event"[^>]*data-actors="([^"]*)"([^>]*)>', dom)
    shown = [actors.split() for actors, rest in circles if "display: none" not in rest]
    assert shown and all(chosen in actors for actors in shown)
    assert len(shown) < len(circles)
    assert f"{len(shown)} dated event(s) drawn" in dom


def test_screenshot_is_not_blank(small_corpus, tmp_path):
    report, _ = small_corpus
    shot = tmp_path / "report.png"
    _, console = open_in_chromium(report.as_uri(), tmp_path / "profile", f"--screenshot={shot}")
    assert console == []
    assert png_colours(shot) > 50
    blank = tmp_path / "blank.html"
    blank.write_text("<html><body></body></html>")
    open_in_chromium(blank.as_uri(), tmp_path / "profile", f"--screenshot={tmp_path / 'blank.png'}")
    assert png_colours(tmp_path / "blank.png") < 5
