"""MkDocs hook: the chapters' formulas become MathML when the site is built.

``pymdownx.arithmatex`` (generic mode) marks every ``$$...$$`` block and ``$...$`` inline formula
in the HTML it writes, leaving code blocks alone; this hook converts each marked formula with
``latex2mathml``, which browsers render natively. The built pages therefore hold no TeX, load no
math library and need no network (tests/test_docs_site.py checks it in Chromium).
"""

import html
import re

from latex2mathml.converter import convert

BLOCK = re.compile(r'<div class="arithmatex">\s*\\\[(.*?)\\\]\s*</div>', re.S)
INLINE = re.compile(r'<span class="arithmatex">\\\((.*?)\\\)</span>', re.S)


def to_mathml(tex: str, display: str) -> str:
    """One formula, TeX as the Markdown source wrote it (HTML-escaped by then), as MathML."""
    return convert(html.unescape(tex).strip(), display=display)


def on_page_content(text, **kwargs):
    text = BLOCK.sub(lambda m: f'<div class="formula">{to_mathml(m.group(1), "block")}</div>',
                     text)
    return INLINE.sub(lambda m: to_mathml(m.group(1), "inline"), text)
