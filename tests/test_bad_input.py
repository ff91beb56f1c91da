"""Bad input to the library raises a ValueError that names what is wrong."""
import numpy as np
import pytest

from tinyunet import UNet
from tinyunet.layers import BatchNorm2d, Concat, Conv2d, ConvTranspose2d, Dropout, MaxPool2d


@pytest.fixture(scope="module")
def model():
    return UNet(depth=3, base_filters=2)


def test_wrong_rank(model):
    with pytest.raises(ValueError, match=r"4-D array \(N, C, H, W\), got shape \(16, 16\)"):
        model.forward(np.zeros((16, 16), np.float32))
    with pytest.raises(ValueError, match="4-D"):
        Conv2d(1, 2, 3).forward(np.zeros((1, 8, 8), np.float32))


def test_channel_mismatch(model):
    with pytest.raises(ValueError, match="expected 1 input channels, got 3"):
        model.forward(np.zeros((1, 3, 16, 16), np.float32))
    with pytest.raises(ValueError, match="ConvTranspose2d: expected 4 input channels, got 2"):
        ConvTranspose2d(4, 2, 2, stride=2).forward(np.zeros((1, 2, 4, 4), np.float32))
    with pytest.raises(ValueError, match="BatchNorm2d: expected 3"):
        BatchNorm2d(3).forward(np.zeros((2, 4, 4, 4), np.float32))


def test_size_not_divisible(model):
    with pytest.raises(ValueError, match=r"20x16 is not divisible by 2\*\*depth = 8"):
        model.forward(np.zeros((1, 1, 20, 16), np.float32))


def test_non_finite_input(model):
    x = np.zeros((1, 1, 16, 16), np.float32)
    x[0, 0, 3, 4] = np.nan
    x[0, 0, 5, 5] = np.inf
    with pytest.raises(ValueError, match="2 non-finite"):
        model.forward(x)


def test_integer_input_and_non_arrays(model):
    with pytest.raises(ValueError, match="floating-point"):
        model.forward(np.zeros((1, 1, 16, 16), np.uint8))
    with pytest.raises(ValueError, match="numpy array"):
        model.forward([[0.0]])


def test_bad_constructor_arguments():
    with pytest.raises(ValueError, match="depth must be an int from 1 to 5"):
        UNet(depth=6)
    with pytest.raises(ValueError, match="base_filters"):
        UNet(base_filters=0)
    with pytest.raises(ValueError, match="padding='same' needs stride 1"):
        Conv2d(1, 1, 3, stride=2, padding="same")
    with pytest.raises(ValueError, match="kernel_size must be an int or a pair"):
        Conv2d(1, 1, "3")
    with pytest.raises(ValueError, match="p must be in"):
        Dropout(1.0)
    with pytest.raises(ValueError, match="kernel_size must be a positive int"):
        MaxPool2d(0)


def test_too_small_and_mismatched_inputs():
    with pytest.raises(ValueError, match="smaller than the kernel"):
        Conv2d(1, 1, 5).forward(np.zeros((1, 1, 3, 3), np.float32))
    with pytest.raises(ValueError, match="smaller than the window"):
        MaxPool2d(4).forward(np.zeros((1, 1, 3, 3), np.float32))
    with pytest.raises(ValueError, match="agree in N, H and W"):
        Concat().forward(np.zeros((1, 1, 4, 4)), np.zeros((1, 1, 4, 5)))
