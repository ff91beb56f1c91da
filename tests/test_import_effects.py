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


def test_importing_the_package_sets_nothing_even_before_its_dependencies():
    """Without threadpoolctl imported first: the package imports it only where a BLAS limit is
    applied, since importing it writes KMP_DUPLICATE_LIB_OK."""
    code = ("import json, os; before = dict(os.environ)\n"
            "import tinyunet, tinyunet.conv, tinyunet.kernels, tinyunet.cli, tinyunet.fast.target\n"
            "print(json.dumps({k: os.environ.get(k) for k in set(os.environ) ^ set(before)}))")
    out = subprocess.run([sys.executable, "-c", code], env={"PATH": "", "HOME": "/nonexistent"},
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {}
