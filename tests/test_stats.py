"""Statistics over repeats against values computed by hand (and scipy where installed)."""
import math

import numpy as np
import pytest

from tinyunet.experiment.stats import betainc, paired_difference, summarize, t_cdf, t_quantile

# Student t quantiles t_{0.975, df} as printed in statistics tables
T_TABLE = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 9: 2.262, 10: 2.228, 30: 2.042}


@pytest.mark.parametrize("df, expected", sorted(T_TABLE.items()))
def test_t_quantile_matches_the_printed_table(df, expected):
    assert t_quantile(0.975, df) == pytest.approx(expected, abs=5e-4)
    assert t_quantile(0.025, df) == pytest.approx(-expected, abs=5e-4)


def test_t_cdf_closed_forms():
    # df = 1 is the Cauchy distribution: F(t) = 1/2 + atan(t)/pi
    for t in (-3.0, -0.5, 0.0, 0.7, 4.0):
        assert t_cdf(t, 1) == pytest.approx(0.5 + math.atan(t) / math.pi, abs=1e-12)
    # df = 2: F(t) = 1/2 + t / (2 sqrt(2 + t^2))
    for t in (-2.0, 0.3, 5.0):
        assert t_cdf(t, 2) == pytest.approx(0.5 + t / (2 * math.sqrt(2 + t * t)), abs=1e-12)
    # I_x(1, 1) = x and I_x(a, 1) = x^a
    assert betainc(1, 1, 0.3) == pytest.approx(0.3)
    assert betainc(2.5, 1, 0.4) == pytest.approx(0.4 ** 2.5)


def test_against_scipy_when_installed():
    stats = pytest.importorskip("scipy.stats")
    for df in (1, 2, 3, 7, 25, 200):
        for p in (0.6, 0.9, 0.975, 0.995):
            assert t_quantile(p, df) == pytest.approx(stats.t.ppf(p, df), rel=1e-9)


def test_summarize_by_hand():
    # 0.94, 0.95, 0.96: mean 0.95, sd 0.01, half-width 4.303 * 0.01 / sqrt(3) = 0.024843
    s = summarize([0.94, 0.95, 0.96])
    assert (s.n, s.mean, s.sd) == (3, pytest.approx(0.95), pytest.approx(0.01))
    assert s.half_width == pytest.approx(4.302653 * 0.01 / math.sqrt(3), rel=1e-6)
    assert (s.ci_low, s.ci_high) == (pytest.approx(0.925159, abs=1e-6),
                                     pytest.approx(0.974841, abs=1e-6))
    one = summarize([0.9])
    assert one.mean == 0.9 and math.isnan(one.sd) and math.isnan(one.ci_low)
    with pytest.raises(ValueError):
        summarize([])


def test_paired_difference_cancels_the_shared_split_effect():
    # each repeat moves both configurations together (a harder or easier split);
    # a is better by 0.004 +- 0.001 every time
    split_effect = np.array([-0.03, 0.0, 0.025, 0.01])
    b = 0.93 + split_effect
    a = b + np.array([0.003, 0.004, 0.005, 0.004])
    d = paired_difference(a, b)
    assert d.n == 4 and d.mean == pytest.approx(0.004)
    assert d.sd == pytest.approx(np.std([0.003, 0.004, 0.005, 0.004], ddof=1))
    assert d.resolvable and d.ci_low > 0
    # unpaired, the two intervals overlap: the split's luck hides the difference
    assert summarize(a).ci_low < summarize(b).ci_high
    # a difference that changes sign is not resolvable
    assert not paired_difference([0.95, 0.93, 0.96], [0.94, 0.94, 0.955]).resolvable
    with pytest.raises(ValueError, match="same length"):
        paired_difference([1, 2], [1])
