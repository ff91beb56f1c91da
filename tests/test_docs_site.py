"""The built docs site in a real browser (headless Chromium, as the explorer's tests): formulas
render as MathML with no raw TeX left in any page, images and links resolve, the offline search
finds a chapter, and the build needs no network (issue 28)."""
import functools
import http.server
import importlib.util
import re
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
# the chapters whose text has a display formula
WITH_FORMULAS = ["01-convolution", "02-max-pooling", "03-transposed-convolution",
                 "04-skip-connections", "06-training"]
RAW_TEX = re.compile(r"\$\$|\\(sum|frac|mathrm|partial|max_)")

for module in ("mkdocs", "material", "pymdownx", "latex2mathml"):
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The site, built with --strict and with every network call refused."""
    out = tmp_path_factory.mktemp("site")
    no_network = ("import socket\n"
                  "def _refuse(*a, **k): raise OSError('no network during the docs build')\n"
                  "socket.socket.connect = _refuse\nsocket.create_connection = _refuse\n"
                  "from mkdocs.__main__ import cli\ncli()\n")
    done = subprocess.run([sys.executable, "-c", no_network, "build", "--strict",
                           "--site-dir", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return out


@pytest.fixture(scope="module")
def server(site):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


def test_the_built_pages_hold_mathml_and_no_tex(site):
    for chapter in WITH_FORMULAS:
        text = (site / chapter / "index.html").read_text()
        assert "<math" in text, chapter
    for page in site.glob("*/index.html"):
        body = re.sub(r"<pre.*?</pre>|<code.*?</code>", "", page.read_text(), flags=re.S)
        assert not RAW_TEX.search(body), page.parent.name


def test_formulas_render_and_no_raw_tex_is_visible(browser, server):
    page = browser.new_page()
    for chapter in WITH_FORMULAS + ["05-unet", "07-looking-inside", "08-experiment", ""]:
        page.goto(urljoin(server, f"{chapter}/" if chapter else ""))
        visible = page.inner_text("article")
        # code blocks may show Python, never TeX
        prose = page.evaluate("""() => { const a = document.querySelector('article').cloneNode(true);
            a.querySelectorAll('pre, code').forEach(e => e.remove()); return a.innerText; }""")
        assert not RAW_TEX.search(prose), (chapter, RAW_TEX.search(prose).group(0))
        if chapter in WITH_FORMULAS:
            boxes = page.evaluate("""() => [...document.querySelectorAll('math')].map(
                m => m.getBoundingClientRect().width)""")
            assert boxes and min(boxes) > 20, (chapter, boxes)   # laid out, not empty
        assert visible.strip()
    page.close()


def test_every_image_and_link_resolves(browser, server, site):
    page = browser.new_page()
    for html in sorted(site.glob("**/index.html")):
        path = html.parent.relative_to(site).as_posix()
        page.goto(urljoin(server, f"{path}/" if path != "." else ""))
        broken = page.evaluate("""() => [...document.images].filter(
            i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)""")
        assert broken == [], (path, broken)
        for href in page.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.href)"):
            parts = urlsplit(href)
            if not href.startswith(server):
                continue                          # outside the site (GitHub, the papers)
            target = site / parts.path.lstrip("/")
            if target.is_dir() or parts.path.endswith("/"):
                target = target / "index.html"
            assert target.exists(), (path, href)
    page.close()


def test_the_offline_search_finds_the_transposed_convolution(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server)
    page.fill("input[data-md-component='search-query']", "transposed")
    # the search index is built in a web worker after the page loads: 5 s on an idle 2-core
    # machine, more than 20 s while other work keeps both cores busy
    page.wait_for_selector(".md-search-result__item", timeout=90000)
    links = page.evaluate("""() => [...document.querySelectorAll('.md-search-result__item a')]
        .map(a => a.getAttribute('href'))""")
    assert any("03-transposed-convolution" in link for link in links), links
    page.close()


def test_every_chapter_links_its_notebook_and_the_notebook_keeps_the_formulas(site):
    import json
    for page in sorted(site.glob("[0-9][0-9]-*/index.html")):
        name = page.parent.name
        assert f'href="../{name}.ipynb"' in page.read_text(), name
        cells = json.loads((site / f"{name}.ipynb").read_text())["cells"]
        assert any(c["cell_type"] == "code" for c in cells), name
    markdown = "".join("".join(c["source"]) for c in json.loads(
        (site / "01-convolution.ipynb").read_text())["cells"] if c["cell_type"] == "markdown")
    assert "$$y[n, o, r, c]" in markdown             # Jupyter renders it itself


def test_the_explorer_is_embedded_in_chapter_7_and_loads(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(urljoin(server, "07-looking-inside/"))
    frame = page.frame_locator("iframe.explorer")
    # the explorer's own page: its stage list fills in from data.js
    frame.locator("body").wait_for(timeout=20000)
    text = frame.locator("body").inner_text(timeout=20000)
    assert "down1" in text and "bottleneck" in text, text[:300]
    page.close()


def test_the_sites_speed_page_is_benchmarks_results_word_for_word():
    """docs/benchmarks.md is benchmarks/RESULTS.md (below its title) with a header of its own,
    so the site never shows numbers the measurements' page has moved on from."""
    page = (ROOT / "docs" / "benchmarks.md").read_text().split("\n")
    results = (ROOT / "benchmarks" / "RESULTS.md").read_text().split("\n")
    assert page[0] == "# Speed and memory" and "A copy of `benchmarks/RESULTS.md`" in page[2]
    assert page[5:] == results[2:]
