"""The direct 3x3 kernels (tinyunet.fast.direct) agree with the im2col convolution and naive loops."""
import numba
import numpy as np
import pytest

from tinyunet import conv
from tinyunet.fast import direct
from tinyunet.fast.bands import BAND_BYTES, MIN_BAND_ROWS, band_rows_and_channel_groups
from tinyunet.fast.target import TARGET

from helpers import record_calls
from references import conv2d_naive

SHAPES = [  # N, C, O, H, W: odd and even channel counts, one-pixel and two-pixel edges
    (2, 3, 5, 7, 9),
    (1, 2, 4, 1, 1),
    (1, 1, 3, 2, 2),
    (2, 4, 2, 9, 1),
    (1, 5, 1, 11, 3),
    (3, 2, 2, 17, 20),       # more than one band of rows
    (1, 3, 6, 40, 130),      # several bands of a wide map; a partial block of output channels
    (2, 13, 11, 10, 18),     # two blocks of 8 output channels, the second partial, both ways
    (1, 40, 70, 16, 16),     # a register tile spans rows; 18 blocks of 4 output channels
    (3, 33, 35, 5, 40),      # several bands; a band shorter than two tiles
    (1, 64, 32, 1, 1),       # a single pixel: one tile, mostly padding
    (2, 5, 6, 7, 8),         # rows of one vector in float64 (8 lanes): 7 rows, tiles of 4
    (1, 3, 9, 5, 16),        # rows of one vector in float32 (16 lanes): 5 rows, tiles of 4
    (2, 5, 8, 6, 64),        # rows of whole tiles (64 float32 pixels, 2 x 32 float64): tiles
    (1, 3, 12, 5, 128),      # stored straight into the output rows, finished
] + [  # the same layouts at this CPU's vector width (L float32 lanes: 16, 8 or 4)
    (1, 3, 9, 5, TARGET.lanes(np.float32)),          # rows of one vector
    (2, 5, 8, 6, 2 * TARGET.lanes(np.float32)),      # tiles of 2 rows of 2 vectors
    (2, 5, 8, 6, 4 * TARGET.lanes(np.float32)),      # rows of one whole tile
    (1, 4, 8, 3, 12 * TARGET.lanes(np.float32)),     # 12 vectors: 4 x 3 tiles (16 registers)
    (2, 5, 8, 5, 2 * TARGET.lanes(np.float32)),      # ... spanning rows: 10 vectors, 3+3+2+2
    (1, 3, 8, 7, 3 * TARGET.lanes(np.float32)),      # 21 vectors, 3 a row
    (1, 4, 12, 9, 5 * TARGET.lanes(np.float64)),     # 45 float64 vectors
    (1, 6, 7, 9, TARGET.lanes(np.float64)),          # rows of one float64 vector
]


@pytest.mark.parametrize("n,c,o,h,w", SHAPES)
@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-12), (np.float32, 2e-5)])
def test_direct_matches_im2col_and_naive(n, c, o, h, w, dtype, tol):
    rng = np.random.default_rng(n + c + o + h + w)
    x = rng.standard_normal((n, c, h, w)).astype(dtype)
    weight = rng.standard_normal((o, c, 3, 3)).astype(dtype)
    bias = rng.standard_normal(o).astype(dtype)
    dy = rng.standard_normal((n, o, h, w)).astype(dtype)

    y = direct.conv3x3_forward(x, weight, bias)
    assert y.dtype == dtype
    np.testing.assert_allclose(y, conv2d_naive(x, weight, bias, (1, 1), (1, 1)), atol=tol * 10)
    im2col = conv.conv2d_forward_im2col(x, weight, (1, 1), (1, 1)) + bias[:, None, None]
    np.testing.assert_allclose(y, im2col, atol=tol * 10)
    np.testing.assert_allclose(direct.conv3x3_forward(x, weight, bias, relu=True),
                               np.maximum(im2col, 0), atol=tol * 10)
    np.testing.assert_allclose(direct.conv3x3_input_grad(dy, weight),
                               conv.conv2d_input_grad_im2col(dy, weight, x.shape, (1, 1), (1, 1)),
                               atol=tol * 10)
    np.testing.assert_allclose(direct.conv3x3_weight_grad(x, dy),
                               conv.conv2d_weight_grad_im2col(x, dy, (3, 3), (1, 1), (1, 1)),
                               atol=tol * 100)


@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-12), (np.float32, 2e-5)])
def test_direct_backward_folds_in_a_relu_and_the_bias_gradient(dtype, tol):
    rng = np.random.default_rng(7)
    x = rng.standard_normal((2, 3, 11, 70)).astype(dtype)
    weight = rng.standard_normal((5, 3, 3, 3)).astype(dtype)
    relu_output = np.maximum(rng.standard_normal((2, 5, 11, 70)), 0).astype(dtype)
    dy = rng.standard_normal((2, 5, 11, 70)).astype(dtype)
    masked = dy * (relu_output > 0)
    dw, db = direct.conv3x3_weight_and_bias_grad(x, dy, relu_output)
    np.testing.assert_allclose(dw, direct.conv3x3_weight_grad(x, masked), atol=tol * 100)
    np.testing.assert_allclose(db, masked.sum(axis=(0, 2, 3)), atol=tol * 100)
    np.testing.assert_allclose(direct.conv3x3_weight_and_bias_grad(x, dy)[1],
                               dy.sum(axis=(0, 2, 3)), atol=tol * 100)
    np.testing.assert_allclose(direct.conv3x3_input_grad(dy, weight, relu_output),
                               direct.conv3x3_input_grad(masked, weight), atol=tol * 10)
    dy[0, 1, 2, 3] = np.nan                       # a NaN gradient survives the mask, as in dy * 0
    relu_output[0, 1, 2, 3] = 0
    assert np.isnan(direct.conv3x3_weight_and_bias_grad(x, dy, relu_output)[1][1])
    with pytest.raises(ValueError, match="relu_output"):
        direct.conv3x3_input_grad(dy, weight, relu_output[:, :2])


@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-12), (np.float32, 2e-5)])
@pytest.mark.parametrize("rows_per_task,groups", [(1, 1), (3, 2), (64, 1), (64, 3)])
@pytest.mark.parametrize("narrow", [False, True])
def test_forward_into_writes_every_output_from_the_masked_input(dtype, tol, rows_per_task,
                                                               groups, narrow):
    """The register-tiled kernel on its own: bands of any height, output channels shared out in
    groups (3 blocks of 4 for 10 channels), an output that starts as NaN (so every element must
    be written), a ReLU's backward mask folded into the input copy; on the padded grid and, for
    maps one vector wide (``narrow``), on rows of shifted vectors."""
    rng = np.random.default_rng(rows_per_task)
    n, c, o, h = 2, 7, 10, 9
    w = 64 // np.dtype(dtype).itemsize if narrow else 37
    x = rng.standard_normal((n, c, h, w)).astype(dtype)
    weight = rng.standard_normal((o, c, 3, 3)).astype(dtype)
    bias = rng.standard_normal(o).astype(dtype)
    mask = np.maximum(rng.standard_normal(x.shape), 0).astype(dtype)
    y = direct.forward_into(np.full((n, o, h, w), np.nan, dtype), x, weight, bias, False, mask,
                            rows_per_task, groups=groups)
    expected = conv2d_naive(x * (mask > 0), weight, bias, (1, 1), (1, 1))
    np.testing.assert_allclose(y, expected, atol=tol * 10)
    relu = direct.forward_into(np.full((n, o, h, w), np.nan, dtype), x, weight, None, True, None,
                               rows_per_task, groups=groups)
    np.testing.assert_allclose(relu, np.maximum(conv2d_naive(x, weight, None, (1, 1), (1, 1)), 0),
                               atol=tol * 10)


@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-12), (np.float32, 2e-5)])
@pytest.mark.parametrize("rows_per_task,groups", [(1, 1), (3, 2), (8, 3), (64, 1)])
def test_weight_grad_by_bands_and_image_groups(dtype, tol, rows_per_task, groups):
    """The register-tiled weight gradient on its own: any band height and grouping of images
    gives the same sums; odd input channels (a last, unpaired one) and output channels (a
    partial block of 4); the ReLU mask and the bias gradient."""
    rng = np.random.default_rng(rows_per_task + groups)
    n, c, o, h, w = 3, 5, 7, 9, 37
    x = rng.standard_normal((n, c, h, w)).astype(dtype)
    dy = rng.standard_normal((n, o, h, w)).astype(dtype)
    relu_output = np.maximum(rng.standard_normal(dy.shape), 0).astype(dtype)
    kept = dy * (relu_output > 0)
    dw, db = direct.weight_and_bias_grad(x, dy, relu_output, rows_per_task, groups)
    np.testing.assert_allclose(dw, conv.conv2d_weight_grad_im2col(x, kept, (3, 3), (1, 1), (1, 1)),
                               atol=tol * 100)
    np.testing.assert_allclose(db, kept.sum(axis=(0, 2, 3)), atol=tol * 100)


def test_small_batches_are_cut_into_bands_before_output_channels_are_shared_out():
    """Bands stay whole rows of about BAND_PIXELS pixels; one small image is cut into bands of
    at least MIN_BAND_ROWS rows, one per thread or a multiple, and only where its rows run out
    are the blocks of output channels split among tasks."""
    threads = numba.get_num_threads()
    assert band_rows_and_channel_groups(8, 256, 258, 4) == (15, 1)
    for h, blocks in [(16, 128), (32, 32), (64, 16)]:
        rows, groups = band_rows_and_channel_groups(1, h, h + 2, blocks)
        tasks = -(-h // rows)
        assert rows >= MIN_BAND_ROWS and tasks % threads == 0
        if threads <= 4:            # enough rows for a band per thread: no groups
            assert groups == 1
    if 2 <= threads <= 4:
        assert band_rows_and_channel_groups(1, 16, 18, 128) == (16 // threads, 1)
        # one band of 4 rows: the output channels are shared out, 2 tasks per thread
        assert band_rows_and_channel_groups(1, 4, 6, 64) == (4, 2 * threads)
    assert band_rows_and_channel_groups(1, 4, 6, 1) == (4, 1)


def test_bands_hold_to_a_byte_budget_where_asked():
    """A 16 px map's band rows are 3 vectors each, all channels: 512 channels give 96 KiB a row,
    so bands of 8 rows; 256 channels fit whole images; without row_bytes nothing changes. The
    forward kernel's plan asks for the budget on maps one float32 vector wide only (16 px at
    512 bits, 8 at 256)."""
    per_row = 3 * 16 * 4
    for c, rows in [(512, 8), (1024, 4), (256, 16)]:
        got, _ = band_rows_and_channel_groups(8, 16, 18, c // 4, c * per_row)
        assert got == rows and got * c * per_row <= BAND_BYTES
    assert band_rows_and_channel_groups(8, 16, 18, 128)[0] == 16
    one = TARGET.lanes(np.float32)                               # a map one vector wide
    assert direct.band_plan(8, 4096, 16, one, 512, 4) == band_rows_and_channel_groups(
        8, 16, one + 2, 128, 4096 * 3 * one * 4)
    assert direct.band_plan(8, 4096, 16, one, 512, 4)[0] < 16               # held to it
    if TARGET.tile_channels == 4:   # 32 registers: wider maps keep BAND_PIXELS alone
        assert direct.band_plan(8, 512, 16, one, 512, 8)[0] == 16   # float64: 2 vectors a row
        assert direct.band_plan(8, 512, 32, 32, 256, 4) == band_rows_and_channel_groups(
            8, 32, 34, 64)


def test_bands_of_long_rows_within_the_budget_of_16_registers():
    """With 16 registers (the kernels' tiles: 4 channels under test_target's plugin of
    32-register tiles, whatever the CPU) the bands of maps whose rows are LONG_ROW_BYTES or
    longer are held to BAND_BYTES_16; narrower maps keep bands of BAND_PIXELS."""
    from tinyunet.fast.bands import BAND_BYTES_16, LONG_ROW_BYTES
    for c, s in [(16, 256), (32, 256), (64, 128), (128, 64), (256, 32), (512, 16)]:
        plan = direct.band_plan(8, c, s, s, c, 4)
        if direct.TILE_CHANNELS == 2 and s * 4 >= LONG_ROW_BYTES:
            row_bytes = c * direct.rows_first_step(s + 2, 4) * 4
            assert plan == band_rows_and_channel_groups(8, s, s + 2, c // 4, row_bytes,
                                                        BAND_BYTES_16)
            assert plan[0] * row_bytes <= BAND_BYTES_16 or plan[0] == 1
        elif s != TARGET.lanes(np.float32):
            assert plan == band_rows_and_channel_groups(8, s, s + 2, c // 4)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_rows_of_a_row_by_row_band_lie_an_odd_number_of_cache_lines_apart(dtype):
    """Each channel's padded row (W + 2 values) starts an odd number of 64-byte lines after the
    previous one, at most one line and a padded row's rounding further than W + 2 (so that
    the rows one tile reads spread over the cache's sets); every value of the band, its
    padding included, is written: the input or zero."""
    itemsize = np.dtype(dtype).itemsize
    per_line = 64 // itemsize
    for wd in (8, 14, 16, 30, 62, 126, 128, 254, 256, 510, 512):
        step = direct.rows_first_step(wd + 2, itemsize)
        assert step % per_line == 0 and (step // per_line) % 2 == 1
        assert wd + 2 <= step < wd + 2 + 2 * per_line
    rng = np.random.default_rng(0)
    n, c, h, wd, first, rows = 2, 3, 9, 30, 4, 3
    x = rng.standard_normal((n, c, h, wd)).astype(dtype)
    step = direct.rows_first_step(wd + 2, itemsize)
    flat = np.full((rows + 2) * c * step + 16, np.nan, dtype)
    direct._fill_band_rows_first(x, x, c, x, False, 1, first, rows, flat, c)
    assert np.isfinite(flat).all()
    band = flat[:(rows + 2) * c * step].reshape(rows + 2, c, step)
    padded = np.pad(x[1], ((0, 0), (1, 1), (1, 1)))[:, first:first + rows + 2]
    np.testing.assert_array_equal(band[..., :wd + 2], padded.transpose(1, 0, 2))
    assert not band[..., wd + 2:].any() and not flat[(rows + 2) * c * step:].any()


def test_direct_propagates_nan():
    for c in (2, 32):
        x = np.ones((1, c, 6, 6), np.float32)
        x[0, 1, 3, 3] = np.nan
        for relu in (False, True):
            y = direct.conv3x3_forward(x, np.ones((c, c, 3, 3), np.float32), relu=relu)
            assert np.isnan(y[0, :, 2:5, 2:5]).all() and np.isfinite(y[0, :, 0, 0]).all()


def test_direct_rejects_other_kernels():
    with pytest.raises(ValueError, match="3x3"):
        direct.conv3x3_forward(np.zeros((1, 1, 4, 4)), np.zeros((1, 1, 5, 5)))
    with pytest.raises(ValueError, match="channels"):
        direct.conv3x3_forward(np.zeros((1, 2, 4, 4)), np.zeros((1, 1, 3, 3)))


def test_dispatch_uses_direct_kernels_for_3x3_same_convolutions(monkeypatch):
    calls = record_calls(monkeypatch, direct, ("conv3x3_forward", "conv3x3_input_grad", "conv3x3_weight_grad"))
    rng = np.random.default_rng(0)
    weight = rng.standard_normal((2, 2, 3, 3)).astype(np.float32)
    for width in (64, 8, 1):
        x = rng.standard_normal((1, 2, 3, width)).astype(np.float32)
        calls.clear()
        y = conv.conv2d_forward(x, weight, (1, 1), (1, 1))
        conv.conv2d_input_grad(y, weight, x.shape, (1, 1), (1, 1))
        conv.conv2d_weight_grad(x, y, (3, 3), (1, 1), (1, 1))
        assert set(calls) == {"conv3x3_forward", "conv3x3_input_grad", "conv3x3_weight_grad"}
    calls.clear()
    x = rng.standard_normal((1, 2, 6, 6)).astype(np.float32)
    conv.conv2d_forward(x, rng.standard_normal((2, 2, 3, 3)), (2, 2), (1, 1))  # strided
    conv.conv2d_forward(x, rng.standard_normal((2, 2, 5, 5)), (1, 1), (2, 2))  # 5x5
    conv.conv2d_forward(x, rng.standard_normal((2, 2, 3, 3)), (1, 1), (0, 0))  # 'valid'
    assert calls == []


@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-12), (np.float32, 2e-5)])
@pytest.mark.parametrize("narrow", [False, True])
def test_a_pair_input_is_read_as_its_concatenation(dtype, tol, narrow):
    """conv3x3 of (a, b) equals conv3x3 of np.concatenate((a, b), axis=1), forward and weight
    gradient, with parts of any channel count and a part that is a non-contiguous view; maps
    of any width and (``narrow``) one vector wide."""
    rng = np.random.default_rng(5)
    w = 64 // np.dtype(dtype).itemsize if narrow else 21
    a = rng.standard_normal((2, 3, 10, w)).astype(dtype)
    b = rng.standard_normal((2, 8, w, 10)).astype(dtype).transpose(0, 1, 3, 2)   # a view
    whole = np.concatenate((a, b), axis=1)
    weight = rng.standard_normal((6, 11, 3, 3)).astype(dtype)
    bias = rng.standard_normal(6).astype(dtype)
    dy = rng.standard_normal((2, 6, 10, w)).astype(dtype)
    np.testing.assert_allclose(direct.conv3x3_forward((a, b), weight, bias, relu=True),
                               direct.conv3x3_forward(whole, weight, bias, relu=True), atol=tol)
    for pair_grad, whole_grad in zip(direct.conv3x3_weight_and_bias_grad((a, b), dy),
                                     direct.conv3x3_weight_and_bias_grad(whole, dy)):
        np.testing.assert_allclose(pair_grad, whole_grad, atol=tol * 10)
    assert direct.input_shape((a, b)) == whole.shape
    relu_output = np.maximum(rng.standard_normal(dy.shape), 0).astype(dtype)
    da, db = direct.conv3x3_input_grad(dy, weight, relu_output, split=3)     # the parts' grads
    assert da.flags.c_contiguous and db.flags.c_contiguous and not np.shares_memory(da, db)
    dx = direct.conv3x3_input_grad(dy, weight, relu_output)
    np.testing.assert_allclose(da, dx[:, :3], atol=tol)
    np.testing.assert_allclose(db, dx[:, 3:], atol=tol)
    with pytest.raises(ValueError, match="cannot split 11 output channels at 11"):
        direct.conv3x3_input_grad(dy, weight, split=11)
    with pytest.raises(ValueError, match="agree in N, H and W"):
        direct.conv3x3_forward((a, b[:, :, :5]), weight)
    with pytest.raises(ValueError, match="input has 6 channels, the weight expects 11"):
        direct.conv3x3_forward((a, a), weight)
    with pytest.raises(ValueError, match="2 parts"):
        direct.conv3x3_forward((a, a, a), weight)


@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-12), (np.float32, 2e-5)])
@pytest.mark.parametrize("rows_per_task,groups", [(1, 1), (2, 1), (3, 3), (64, 2)])
@pytest.mark.parametrize("tiles_per_row,h", [(2, 7), (0.5, 8)])
def test_rows_of_whole_tiles_are_stored_finished_into_the_output(dtype, tol, rows_per_task,
                                                                 groups, tiles_per_row, h):
    """Where a row is a whole number of tiles (4 vectors), or a tile 2 whole rows of 2 vectors
    (bands of an even number of rows), and the output channels whole blocks of 4, each tile
    starts from the bias, takes the ReLU in registers and is stored straight into the output:
    every element of a NaN-prefilled output is written, the same as the naive convolution; an
    input gradient into a pair split at a multiple of 4 writes each block into its part; an
    output that is not C-contiguous, or a band of an odd number of 2-vector rows, takes the
    band-buffer path instead."""
    rng = np.random.default_rng(rows_per_task + groups)
    tile = 4 * 64 // np.dtype(dtype).itemsize
    n, c, o, w = 2, 5, 12, int(tiles_per_row * tile)
    x = rng.standard_normal((n, c, h, w)).astype(dtype)
    weight = rng.standard_normal((o, c, 3, 3)).astype(dtype)
    bias = rng.standard_normal(o).astype(dtype)
    x[0, 1, 3, 5] = np.nan
    expected = np.maximum(conv2d_naive(x, weight, bias, (1, 1), (1, 1)), 0)
    y = direct.forward_into(np.full((n, o, h, w), np.nan, dtype), x, weight, bias, True, None,
                            rows_per_task, groups=groups)
    np.testing.assert_allclose(y, expected, atol=tol * 10)      # NaNs where expected has them
    strided = np.full((n, o, h, 2 * w), np.nan, dtype)[..., ::2]
    direct.forward_into(strided, x, weight, bias, True, None, rows_per_task, groups=groups)
    np.testing.assert_allclose(strided, expected, atol=tol * 10)

    dy = rng.standard_normal((n, c + 7, h, w)).astype(dtype)       # 12 channels back to 12
    weight = rng.standard_normal((c + 7, o, 3, 3)).astype(dtype)
    whole = conv.conv2d_input_grad_im2col(dy, weight, (n, o, h, w), (1, 1), (1, 1))
    parts = (np.full((n, 4, h, w), np.nan, dtype), np.full((n, o - 4, h, w), np.nan, dtype))
    direct.forward_into(parts, dy, weight, None, False, None, rows_per_task, backward=True,
                        groups=groups)
    np.testing.assert_allclose(parts[0], whole[:, :4], atol=tol * 10)
    np.testing.assert_allclose(parts[1], whole[:, 4:], atol=tol * 10)


def test_the_band_heights_the_comments_quote_are_what_the_code_gives():
    """direct's and bands' text quote the band heights of a batch of 8 on 2 threads: the
    forward kernel's at 256 px and the weight gradient's at 128 px."""
    import inspect

    import numba

    from tinyunet.fast import bands
    if numba.config.NUMBA_NUM_THREADS < 2:
        pytest.skip("the quoted heights are for 2 threads")
    threads = numba.get_num_threads()
    numba.set_num_threads(2)
    try:
        forward_rows = band_rows_and_channel_groups(8, 256, 258, 4)[0]   # 32 registers
        rows_16 = band_rows_and_channel_groups(8, 256, 258, 4,
                                               16 * direct.rows_first_step(258, 4) * 4,
                                               bands.BAND_BYTES_16)[0]
        grad_rows = direct.weight_grad_tasks(8, 128, 128)[0]
    finally:
        numba.set_num_threads(threads)
    assert f"{forward_rows} rows of a 256-wide map" in direct.__doc__
    assert bands.BAND_BYTES_16 == 160 << 10 and "(160 KiB, all channels)" in direct.__doc__
    assert f"{rows_16} rows of a 256-wide map of 16 channels" in " ".join(direct.__doc__.split())
    assert f"{forward_rows} rows at 256^2" in inspect.getsource(bands)
    assert f"{grad_rows} rows at 128 px" in inspect.getsource(direct)
