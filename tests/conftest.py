"""Fixtures of the test suite; shared helper functions are in helpers.py."""
import shutil

import numpy as np
import pytest

from helpers import copy_sample


@pytest.fixture
def rng():
    return np.random.default_rng(1234)


@pytest.fixture
def small_data(tmp_path):
    return copy_sample(tmp_path / "data", 12)


@pytest.fixture(autouse=True)
def _user_cache_in_tmp(tmp_path_factory, monkeypatch):
    """The decoded-data cache goes to the user cache folder ($XDG_CACHE_HOME/tinyunet): in the
    tests, a temporary one, never the developer's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium driven by Playwright (the explorer's and the site's tests)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if CHROMIUM is None:
        pytest.skip("no chromium on this machine (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()
