"""Fixtures of the test suite; shared helper functions are in helpers.py."""
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
