"""tinyunet keeps freed memory for reuse (glibc only), and the switch to turn it off works."""
import subprocess
import sys

import pytest

from tinyunet import allocator


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mallopt is glibc's")
def test_import_applies_the_setting_and_the_environment_can_turn_it_off():
    assert allocator.applied()
    code = "import tinyunet.allocator as a; print(a.applied())"
    env = {"TINYUNET_KEEP_FREED_MEMORY": "0", "PATH": ""}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr
