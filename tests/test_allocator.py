"""The allocator setting is a call, never an import effect: importing tinyunet leaves glibc's
malloc as it was (freed large blocks go back to the system); keep_freed_memory() keeps them;
the training command applies it in its own process and TINYUNET_KEEP_FREED_MEMORY=0 stops it."""
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
from tinyunet import allocator
if sys.argv[1] == "call":
    allocator.keep_freed_memory()
before = rss()
block = np.ones(2 ** 28 // 8)            # 256 MiB, every page touched
del block
print(json.dumps(dict(kept_mib=(rss() - before) / 2 ** 20, applied=allocator.applied())))
"""


def freed_memory_kept(mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CODE, mode], capture_output=True, text=True)
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


def test_the_training_command_applies_it_and_the_environment_turns_it_off(tmp_path):
    code = ("import sys; from tinyunet import allocator; from tinyunet.cli import main; "
            "main(['train', '--size', '32', '--depth', '2', '--filters', '2', '--epochs', '1', "
            "'--limit', '12', '--quiet', '--run-dir', sys.argv[1]]); print(allocator.applied())")
    for env, expected in (({}, "True"), ({"TINYUNET_KEEP_FREED_MEMORY": "0"}, "False")):
        out = subprocess.run([sys.executable, "-c", code, str(tmp_path / expected)],
                             env={"PATH": "", "XDG_CACHE_HOME": str(tmp_path / "c"), **env},
                             capture_output=True, text=True)
        assert out.stdout.strip().splitlines()[-1] == expected, out.stderr
