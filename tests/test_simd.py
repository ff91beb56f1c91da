"""The vector intrinsics (tinyunet.fast.simd) that the register-tiled kernels are written with agree
with NumPy, in float32 and float64."""
import numpy as np
import pytest
from numba import njit

from tinyunet.fast.bands import copy_vectors, copy_vectors_where
from tinyunet.fast.simd import (lanes_of, prefetch, vadd, vcopy_transposed, vfma,
                                 vfma_load_rows, vfma_splat_rows, vload, vload_halves,
                                 vload_pairs, vloads, vrelu, vrelu_tile, vrepeat, vsplat_at,
                                 vsplats, vstore, vstore_pairs_apart, vstore_tile, vsub, vsum,
                                 vtile, vzeros)
from tinyunet.fast.target import TARGET

TOL = {np.float32: 2e-4, np.float64: 1e-11}


@njit
def _axpy_by_vectors(a, x, y, out):
    """out = x * a[0] + y, one vector at a time (len a multiple of the lanes)."""
    step = lanes_of(x)
    scale = vsplat_at(a, 0)
    for i in range(0, x.shape[0], step):
        vstore(out, i, vfma(vload(x, i), scale, vload(y, i)))


@njit
def _sums_by_vectors(x, out):
    """out[k] = the sum of x's k-th vector, by vsum."""
    step = lanes_of(x)
    for k in range(out.shape[0]):
        out[k] = vsum(vload(x, k * step))


@njit
def _zeros_by_vectors(out):
    for i in range(0, out.shape[0], lanes_of(out)):
        vstore(out, i, vzeros(out))


@njit
def _lanes(x):
    return lanes_of(x)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_vector_intrinsics_match_numpy(dtype):
    lanes_count = TARGET.lanes(dtype)        # 16 / 8 on AVX-512, 8 / 4 on AVX2, 4 / 2 on SSE
    assert _lanes(np.zeros(1, dtype)) == lanes_count == TARGET.vector_bits // (
        8 * np.dtype(dtype).itemsize)
    rng = np.random.default_rng(0)
    x, y = rng.standard_normal((2, 4 * lanes_count)).astype(dtype)
    a = np.array([1.5], dtype)
    out = np.full_like(x, np.nan)
    _axpy_by_vectors(a, x, y, out)
    np.testing.assert_allclose(out, x * a[0] + y, rtol=TOL[dtype])
    _zeros_by_vectors(out)
    assert not out.any()
    sums = np.empty(4, dtype)
    _sums_by_vectors(x, sums)
    np.testing.assert_allclose(sums, x.reshape(4, lanes_count).sum(axis=1), rtol=TOL[dtype])
    x[2 * lanes_count - 1] = np.nan              # a NaN lane makes its vector's sum NaN
    _sums_by_vectors(x, sums)
    assert np.isnan(sums[1]) and np.isfinite(sums[[0, 2, 3]]).all()


@njit
def _relu_by_vectors(x, out):
    for i in range(0, x.shape[0], lanes_of(x)):
        vstore(out, i, vrelu(vload(x, i)))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_vrelu_zeroes_negative_lanes_and_keeps_nan(dtype):
    lanes_count = TARGET.lanes(dtype)
    x = np.random.default_rng(1).standard_normal(2 * lanes_count).astype(dtype)
    x[:4] = [np.nan, -0.0, -np.inf, np.inf]
    out = np.empty_like(x)
    _relu_by_vectors(x, out)
    expected = np.where(x < 0, 0, x)             # NaN < 0 is False: the NaN stays
    np.testing.assert_array_equal(out, expected)
    assert np.isnan(out[0]) and out[2] == 0


@njit
def _copy_then_prefetch(src, at, dst, to, count):
    for i in range(at, at + count):
        prefetch(src, i)                         # a hint: reads nothing, changes nothing
    copy_vectors(src, at, dst, to, count)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("at,to,count", [(0, 0, 64), (3, 1, 64), (1, 5, 37), (7, 0, 5),
                                         (2, 3, 0), (0, 1, 130)])
def test_copy_vectors_copies_exactly_the_stretch(dtype, at, to, count):
    """Whole vectors, 4 at a time, then a tail: every element of the stretch, none past it."""
    src = np.random.default_rng(2).standard_normal(200).astype(dtype)
    src[at + count // 2:at + count // 2 + 1] = np.nan
    dst = np.full(200, -7.0, dtype)
    _copy_then_prefetch(src, at, dst, to, count)
    expected = np.full(200, -7.0, dtype)
    expected[to:to + count] = src[at:at + count]
    np.testing.assert_array_equal(dst, expected)


@njit
def _masked_copy(src, mask, at, dst, to, count):
    copy_vectors_where(src, mask, at, dst, to, count)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("at,to,count", [(0, 1, 64), (3, 0, 37), (0, 0, 5)])
def test_masked_copy_is_relu_backward_in_vectors_and_tail(dtype, at, to, count):
    """dst = src * [mask > 0], with a NaN or infinite gradient under a zero mask still NaN."""
    rng = np.random.default_rng(3)
    src = rng.standard_normal(100).astype(dtype)
    mask = np.maximum(rng.standard_normal(100), 0).astype(dtype)
    src[at:at + 4] = [np.nan, np.inf, np.nan, 2.0]
    mask[at:at + 4] = [0.0, 0.0, 1.0, np.nan]             # NaN > 0 is False: the gradient is 0
    dst = np.full(100, -7.0, dtype)
    _masked_copy(src, mask, at, dst, to, count)
    expected = np.full(100, -7.0, dtype)
    with np.errstate(invalid="ignore"):                     # inf * 0
        expected[to:to + count] = (src * (mask > 0))[at:at + count]
    np.testing.assert_array_equal(dst, expected)


@njit
def _outer_tile(weights, rows, x, columns, bias, out, out_step, relu):
    """A forward-style tile: sums from the bias, weights broadcast per row, inputs fixed."""
    acc = vtile(vsplats(bias, 0, rows), columns)
    for k in range(2):                                  # two steps, as over two taps
        xs = vloads(x, k * lanes_of(x), columns)
        acc = vfma_splat_rows(acc, xs, weights, k, rows)
    if relu:
        acc = vrelu_tile(acc)
    vstore_tile(out, 0, out_step, columns, acc)


@njit
def _gradient_tile(g, x, shifts, out):
    """A weight-gradient-style tile: gradient vectors fixed, shifted inputs loaded per row;
    out[k, f] = the sum of row k's products with vector f."""
    acc = vtile(vrepeat(vzeros(x), shifts), (0, 0))
    gs = vloads(g, 0, (0, lanes_of(g)))
    acc = vfma_load_rows(acc, gs, x, 0, shifts)
    for k in range(len(shifts)):
        for f in range(2):
            out[k, f] = vsum(acc[k][f])


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("rows,columns", [(4, 4), (2, 4), (4, 3), (4, 2), (8, 2)])
def test_register_tiles_are_outer_products(dtype, rows, columns):
    """A K x F tile of the tuple intrinsics computes what the hand-written a00 .. a33 did:
    sum_t w[t, k] * x[t, f] + bias[k], through a ReLU if asked, stored row by row."""
    lanes = TARGET.lanes(dtype)
    rng = np.random.default_rng(rows * 10 + columns)
    weights = rng.standard_normal(2 + 8 * rows).astype(dtype)
    row_offsets = tuple(8 * k for k in range(rows))     # row k's weights at 8k, 8k + 1
    x = rng.standard_normal((columns + 1) * lanes).astype(dtype)
    column_offsets = tuple(f * lanes for f in range(columns))
    bias = rng.standard_normal(8 * rows).astype(dtype)
    step = (columns + 1) * lanes
    for relu in (False, True):
        out = np.full(rows * step, np.nan, dtype)
        _outer_tile(weights, row_offsets, x, column_offsets, bias, out, step, relu)
        vectors = np.stack([x[o:o + 2 * lanes] for o in column_offsets])   # (F, 2 lanes)
        for k in range(rows):
            for f in range(columns):
                expected = (bias[8 * k] + weights[8 * k] * vectors[f, :lanes]
                            + weights[8 * k + 1] * vectors[f, lanes:])
                expected = np.maximum(expected, 0) if relu else expected
                got = out[k * step + f * lanes:k * step + (f + 1) * lanes]
                np.testing.assert_allclose(got, expected, rtol=TOL[dtype], atol=TOL[dtype])
        assert np.isnan(out.reshape(rows, step)[:, columns * lanes:]).all()   # nothing else
    g = rng.standard_normal(2 * lanes).astype(dtype)
    shifts = tuple(range(rows))
    sums = np.empty((rows, 2), dtype)
    _gradient_tile(g, x, shifts, sums)
    for k in range(rows):
        for f in range(2):
            expected = np.dot(g[f * lanes:(f + 1) * lanes], x[k:k + lanes])
            np.testing.assert_allclose(sums[k, f], expected, rtol=TOL[dtype], atol=TOL[dtype])


@njit
def _lanewise_and_pairs(x, y, out):
    """out = (x + y, x - y, the evens of x[:2L], its odds) by vadd, vsub and vload_pairs."""
    step = lanes_of(x)
    vstore(out, 0, vadd(vload(x, 0), vload(y, 0)))
    vstore(out, step, vsub(vload(x, 0), vload(y, 0)))
    even, odd = vload_pairs(x, 1)
    vstore(out, 2 * step, even)
    vstore(out, 3 * step, odd)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_lanewise_add_subtract_and_split_pairs(dtype):
    rng = np.random.default_rng(3)
    lanes = TARGET.lanes(dtype)
    x = rng.standard_normal(2 * lanes + 1).astype(dtype)
    y = rng.standard_normal(lanes).astype(dtype)
    out = np.zeros(4 * lanes, dtype)
    _lanewise_and_pairs(x, y, out)
    np.testing.assert_array_equal(out[:lanes], x[:lanes] + y)
    np.testing.assert_array_equal(out[lanes:2 * lanes], x[:lanes] - y)
    np.testing.assert_array_equal(out[2 * lanes:3 * lanes], x[1::2][:lanes])
    np.testing.assert_array_equal(out[3 * lanes:], x[2::2][:lanes])


@njit
def _halves_and_pairs_apart(x, out):
    """out[:L] = x[1:1 + L/2] ++ x[9:9 + L/2]; the pairs of x's first two vectors, half at
    out[L], half at out[3L]."""
    step = lanes_of(x)
    vstore(out, 0, vload_halves(x, 1, 9))
    vstore_pairs_apart(out, step, 3 * step, vload(x, 0), vload(x, step))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_half_loads_and_pairs_stored_apart(dtype):
    lanes = TARGET.lanes(dtype)
    x = np.arange(max(2 * lanes, 9 + lanes), dtype=dtype)
    out = np.full(4 * lanes, -1, dtype)
    _halves_and_pairs_apart(x, out)
    half = lanes // 2
    np.testing.assert_array_equal(out[:lanes], np.r_[x[1:1 + half], x[9:9 + half]])
    pairs = np.stack([x[:lanes], x[lanes:2 * lanes]], axis=1).ravel()
    np.testing.assert_array_equal(out[lanes:2 * lanes], pairs[:lanes])
    np.testing.assert_array_equal(out[3 * lanes:], pairs[lanes:])
    assert (out[2 * lanes:3 * lanes] == -1).all()


@njit
def _copy_block_transposed(src, src_at, src_step, dst, dst_at, dst_step):
    vcopy_transposed(src, src_at, src_step, dst, dst_at, dst_step)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("src_at,src_step,dst_at,dst_step", [(0, None, 0, None), (3, 11, 5, 13)])
def test_a_block_copied_transposed_lands_column_by_column(dtype, src_at, src_step, dst_at,
                                                           dst_step):
    """dst[dst_at + j * dst_step + i] = src[src_at + i * src_step + j] for a lanes x lanes
    block, and nothing else of dst changes."""
    lanes = TARGET.lanes(dtype)
    src_step, dst_step = src_step or lanes, dst_step or lanes
    src = np.arange(src_at + lanes * src_step + lanes, dtype=dtype)
    dst = np.full(dst_at + lanes * dst_step + lanes, -1.0, dtype)
    _copy_block_transposed(src, src_at, src_step, dst, dst_at, dst_step)
    expected = np.full_like(dst, -1.0)
    for i in range(lanes):
        for j in range(lanes):
            expected[dst_at + j * dst_step + i] = src[src_at + i * src_step + j]
    np.testing.assert_array_equal(dst, expected)
