"""The network learns: a depth-2 U-Net trained with Adam segments synthetic shapes it never saw."""
import numpy as np

from tinyunet import Adam, UNet, bce_dice_loss, segmentation_metrics
from tinyunet.synthetic import make_shapes


def train_on_shapes(seed=0, steps=400, batch=8):
    train_x, train_y = make_shapes(192, size=32, seed=seed)
    test_x, test_y = make_shapes(64, size=32, seed=seed + 1000)
    model = UNet(depth=2, base_filters=8, seed=seed)
    opt = Adam(model.parameters(), lr=3e-3)
    rng = np.random.default_rng(seed)
    for _ in range(steps):
        idx = rng.choice(len(train_x), batch, replace=False)
        opt.zero_grad()
        _, dlogits = bce_dice_loss(model.forward(train_x[idx]), train_y[idx])
        model.backward(dlogits)
        opt.step()
    return segmentation_metrics(model.predict_proba(test_x), test_y)


def test_depth2_unet_learns_synthetic_shapes():
    # about 4 s on 2 cores; speed is measured by the benchmarks, never asserted here. (At 300
    # steps seed 0 scored 0.954 on the direct kernels and 0.948 on Winograd's, whose rounding
    # differs: too close to the bar to say anything; at 400 both paths score 0.960-0.968 on
    # seeds 0-3.)
    metrics = train_on_shapes()
    assert metrics["dice"] >= 0.95, metrics["dice"]
    # deterministic from the seed
    assert train_on_shapes(steps=20)["dice"] == train_on_shapes(steps=20)["dice"]


def test_untrained_network_does_not_pass():
    """Guard against a metric that always says yes: an untrained net scores far below 0.95."""
    test_x, test_y = make_shapes(32, size=32, seed=5)
    metrics = segmentation_metrics(UNet(depth=2, base_filters=8).predict_proba(test_x), test_y)
    assert metrics["dice"] < 0.7
