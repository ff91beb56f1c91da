"""Importing tinyunet (and running it) changes nothing of the host process's environment
(issue: the package used to set OMP_WAIT_POLICY at import)."""
import json
import subprocess
import sys

# The dependencies first: threadpoolctl itself sets KMP_DUPLICATE_LIB_OK when imported, which is
# its doing, not tinyunet's.
CODE = """
import json, os
import numpy, numba, threadpoolctl, PIL.Image, tqdm, matplotlib
before = dict(os.environ)
import tinyunet, tinyunet.kernels, tinyunet.conv, tinyunet.cli, tinyunet.explore
import numpy as np
model = tinyunet.UNet(depth=2, base_filters=4)
model.forward(np.zeros((2, 1, 32, 32), np.float32))       # numba's threads have started
after = dict(os.environ)
print(json.dumps({k: [before.get(k), after.get(k)] for k in set(before) | set(after)
                  if before.get(k) != after.get(k)}))
"""


def test_import_and_a_forward_pass_set_no_environment_variable():
    env = {"PATH": "", "HOME": "/nonexistent"}
    out = subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {}
