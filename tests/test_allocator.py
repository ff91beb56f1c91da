"""The allocator setting is a call, never an import effect: importing tinyunet, or running its
training command, leaves glibc's malloc as it was (freed large blocks go back to the system);
keep_freed_memory() keeps them."""
import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="mallopt is glibc's")

CODE = """
import json, os, sys
import numpy as np
def rss():
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
import tinyunet, tinyunet.cli, tinyunet.train, tinyunet.explore
from tinyunet.fast import allocator
if sys.argv[1] == "call":
    allocator.keep_freed_memory()
elif sys.argv[1] == "train":
    tinyunet.cli.main(["train", "--size", "32", "--depth", "2", "--filters", "2", "--epochs", "1",
                       "--limit", "12", "--quiet", "--run-dir", sys.argv[2]])
before = rss()
block = np.ones(2 ** 28 // 8)            # 256 MiB, every page touched
del block
print(json.dumps(dict(kept_mib=(rss() - before) / 2 ** 20, applied=allocator.applied())))
"""


def freed_memory_kept(mode: str, *args, env=None) -> dict:
    out = subprocess.run([sys.executable, "-c", CODE, mode, *args], capture_output=True,
                         text=True, env=env)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_importing_tinyunet_leaves_the_allocator_as_it_was():
    result = freed_memory_kept("import")
    assert not result["applied"]
    assert result["kept_mib"] < 32             # the freed 256 MiB went back to the system


def test_keep_freed_memory_is_a_call_that_keeps_it():
    result = freed_memory_kept("call")
    assert result["applied"]
    assert result["kept_mib"] > 200            # the same 256 MiB stayed in the process


def test_the_training_command_leaves_the_allocator_as_it_was(tmp_path):
    result = freed_memory_kept("train", str(tmp_path / "run"),
                               env={"PATH": "", "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert (tmp_path / "run" / "best.npz").exists()
    assert not result["applied"]
    assert result["kept_mib"] < 32
