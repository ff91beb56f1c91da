"""Statistics over repeated runs: mean, spread, Student-t intervals and paired differences.

A configuration trained ``n`` times (seeds, folds) gives scores ``x_1 .. x_n``. Its summary::

    mean  m = sum(x_i) / n
    sd    s = sqrt(sum((x_i - m)^2) / (n - 1))          (sample standard deviation)
    95 %  m -/+ t_{0.975, n-1} * s / sqrt(n)            (Student-t interval of the mean)

Two configurations trained on the same repeats (same seed and fold, hence the same split) are
compared by their **paired** differences ``d_i = a_i - b_i``: the split's luck, which moves both
scores together, cancels, and the interval of ``mean(d)`` is usually much narrower than the two
separate intervals suggest. A difference is *resolvable* when its 95 % interval excludes 0.

The t quantile comes from the regularised incomplete beta function (a continued fraction, as in
Numerical Recipes 6.4), so the module needs numpy and the standard library only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta function I_x(a, b), 0 <= x <= 1."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                 + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _betacf(a, b, x) / a
    return 1.0 - math.exp(log_front) * _betacf(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom:
    ``1 - I_{df/(df+t^2)}(df/2, 1/2) / 2`` for t >= 0, symmetric below."""
    tail = 0.5 * betainc(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


def t_quantile(p: float, df: float) -> float:
    """The t with ``t_cdf(t, df) == p`` (0 < p < 1), by bisection to 1e-12."""
    if not 0.0 < p < 1.0:
        raise ValueError(f"p must lie strictly between 0 and 1, got {p}")
    if df <= 0:
        raise ValueError(f"degrees of freedom must be positive, got {df}")
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        hi *= 2.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12:
            break
    return 0.5 * (lo + hi)


@dataclass(frozen=True)
class Summary:
    """Mean, sample standard deviation and a two-sided confidence interval of the mean."""
    n: int
    mean: float
    sd: float
    ci_low: float
    ci_high: float

    @property
    def half_width(self) -> float:
        return (self.ci_high - self.ci_low) / 2


def summarize(values, confidence: float = 0.95) -> Summary:
    """Summary of ``values`` (1-D). With one value, sd and interval are NaN (nothing to say)."""
    x = np.asarray(values, dtype=np.float64).ravel()
    if x.size == 0:
        raise ValueError("summarize needs at least one value")
    mean = float(x.mean())
    if x.size == 1:
        return Summary(1, mean, math.nan, math.nan, math.nan)
    sd = float(x.std(ddof=1))
    half = t_quantile(0.5 + confidence / 2.0, x.size - 1) * sd / math.sqrt(x.size)
    return Summary(int(x.size), mean, sd, mean - half, mean + half)


@dataclass(frozen=True)
class PairedDifference(Summary):
    """``a - b`` over matched repeats: the :class:`Summary` of the differences, and whether its
    interval excludes zero (``resolvable``)."""

    @property
    def resolvable(self) -> bool:
        return bool(self.ci_low > 0 or self.ci_high < 0)


def paired_difference(a, b, confidence: float = 0.95) -> PairedDifference:
    """Summary of ``a[i] - b[i]``; ``a`` and ``b`` must be matched repeat by repeat."""
    a = np.asarray(a, dtype=np.float64).ravel()
    b = np.asarray(b, dtype=np.float64).ravel()
    if a.shape != b.shape:
        raise ValueError(f"paired values need the same length, got {a.size} and {b.size}")
    s = summarize(a - b, confidence)
    return PairedDifference(s.n, s.mean, s.sd, s.ci_low, s.ci_high)


# ---------------------------------------------------------------------------------------------
# cross-validated comparisons: corrected t, Holm, equivalence
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CorrectedDifference(Summary):
    """A cross-validated difference ``a - b`` under the Nadeau-Bengio correction: the Summary
    (its interval from the corrected standard error), the t statistic, its two-sided p-value,
    and the corrected standard error ``se`` with ``df`` degrees of freedom."""
    se: float = math.nan
    df: int = 0
    t: float = math.nan
    p: float = math.nan


def corrected_t(differences, n_train: int, n_test: int,
                confidence: float = 0.95) -> CorrectedDifference:
    """Nadeau and Bengio's corrected resampled t (Machine Learning 52, 2003; as used for
    repeated k-fold cross-validation by Bouckaert and Frank, 2004).

    ``differences``: one score difference per train/test partition (n = folds x repeats), each
    the mean over that partition's test images. Partitions share training images, so their
    differences are correlated and the plain ``s^2 / n`` understates the variance of the mean;
    the correction replaces it by::

        var(mean d) = (1/n + n_test/n_train) * s^2,    t = mean(d) / sqrt(var),  df = n - 1

    where n_train and n_test are the sizes of one partition's training and test sets."""
    d = np.asarray(differences, dtype=np.float64).ravel()
    if d.size < 2:
        raise ValueError(f"corrected_t needs at least 2 partitions, got {d.size}")
    if n_train < 1 or n_test < 1:
        raise ValueError(f"corrected_t: set sizes must be positive, got {n_train}, {n_test}")
    mean = float(d.mean())
    sd = float(d.std(ddof=1))
    se = math.sqrt((1.0 / d.size + n_test / n_train) * sd * sd)
    df = d.size - 1
    half = t_quantile(0.5 + confidence / 2.0, df) * se
    if se == 0:
        t, p = (math.inf if mean else math.nan), (0.0 if mean else 1.0)
    else:
        t = mean / se
        p = 2.0 * (1.0 - t_cdf(abs(t), df))
    return CorrectedDifference(int(d.size), mean, sd, mean - half, mean + half, se, df, t, p)


def holm(p_values, alpha: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Holm's step-down correction for a family of m tests: sort the p-values ascending,
    ``adjusted_(i) = max_{j <= i} min(1, (m - j + 1) p_(j))`` (1-based); a hypothesis is rejected
    when its adjusted p-value is below ``alpha``, which holds the family-wise error rate at
    alpha. Returns (adjusted p-values, rejected) in the input order."""
    p = np.asarray(p_values, dtype=np.float64).ravel()
    m = p.size
    order = np.argsort(p, kind="stable")
    scaled = np.minimum(1.0, (m - np.arange(m)) * p[order])
    adjusted = np.empty(m)
    adjusted[order] = np.maximum.accumulate(scaled) if m else scaled
    return adjusted, adjusted < alpha


def tost_p(mean: float, se: float, df: float, margin: float) -> float:
    """Two one-sided tests for equivalence within ``(-margin, +margin)`` (Schuirmann 1987):
    ``p = max(P(T >= (mean + margin)/se), P(T <= (mean - margin)/se))``, T ~ Student t(df). A p
    below alpha claims |true difference| < margin, the same as the (1 - 2 alpha) interval
    lying inside the margin."""
    if margin <= 0:
        raise ValueError(f"tost_p: the margin must be positive, got {margin}")
    if se == 0:
        return 0.0 if abs(mean) < margin else 1.0
    lower = 1.0 - t_cdf((mean + margin) / se, df)
    upper = t_cdf((mean - margin) / se, df)
    return float(max(lower, upper))


def verdict(difference_rejected: bool, equivalence_rejected: bool) -> str:
    """One word for a comparison after the family's corrections: ``resolved`` (the difference
    is not zero), ``equivalent`` (it lies within the margin), ``resolved, within margin``
    (both: real but smaller than the margin), or ``undecided`` (neither: the data cannot
    tell; not evidence of equality)."""
    if difference_rejected and equivalence_rejected:
        return "resolved, within margin"
    if difference_rejected:
        return "resolved"
    if equivalence_rejected:
        return "equivalent"
    return "undecided"
