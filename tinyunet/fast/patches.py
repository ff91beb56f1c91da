"""2x2 stride-2 convolutions in numba: each output pixel sees its own 2x2 patch of the input.

A U-Net's up-sampling layers are 2x2 transposed convolutions with stride 2, and a transposed
convolution is a convolution run backwards (:class:`tinyunet.layers.ConvTranspose2d`). So the
up-sampling path needs the three passes of a 2x2 stride-2, unpadded convolution, here with
weight ``W`` (O, C, 2, 2), input x (N, C, 2H, 2W) and output y (N, O, H, W):

**forward** (:func:`patch2_forward`; a transposed convolution's input gradient)::

    y[n, o, i, j] = sum_c sum_{a,b in 0..1} W[o, c, a, b] * x[n, c, 2i + a, 2j + b]

**input gradient** (:func:`patch2_input_grad`; a transposed convolution's forward pass)::

    dx[n, c, 2i + a, 2j + b] = sum_o W[o, c, a, b] * dy[n, o, i, j]

**weight gradient** (:func:`patch2_weight_grad`)::

    dW[o, c, a, b] = sum_{n, i, j} dy[n, o, i, j] * x[n, c, 2i + a, 2j + b]

The patches do not overlap, so each is four 1x1 convolutions, one per tap (a, b), on the four
interleaved sub-grids ``x[:, :, a::2, b::2]``. The im2col path computes them as matrix products
after unfolding (a full copy of the large map) and, for the input gradient, folds back with a
second pass. These kernels instead split a band of rows into its four sub-grids in cache, or
merge four accumulated sub-grids back while writing the output, so every map is read and written
once:

* the forward pass (:func:`_patch_tile`) keeps 4 output channels x 4 vectors of pixels in
  registers over every input channel's four sub-grids (16 sums; each step 4 loads, 4 broadcast
  weights, 16 fused multiply-adds);
* the input gradient (:func:`_transposed_tile`) keeps 2 input channels x 4 taps x 2 vectors
  over every output channel, and writes taps (a, 0) and (a, 1) interleaved into row 2r + a;
* with 16 vector registers (AVX2, SSE: :mod:`tinyunet.fast.target`) the forward tile is 4
  output channels x 3 vectors and the input gradient's 1 input channel x 4 taps x 3 vectors
  (12 sums each), so that no sum spills to memory;
* the weight gradient keeps 8 running sums (2 output channels x 4 taps) per input channel in
  a compiler-vectorised loop, a block of 4 output channels as two pairs (a register tile with
  lane sums per band measured slower; 4 channels' 16 sums spilled with 16 vector registers).

The first two read their band once per block of output channels, so a band holds at most
``PATCH_BAND_BYTES`` (:func:`patch_band_rows`) and stays in cache while the output streams past.

Tests: ``tests/test_patches.py`` checks every kernel against the im2col path and naive loops.
"""

from __future__ import annotations

import numpy as np
from numba import njit, prange

from .. import workspace
from .bands import (CHANNEL_BLOCK, FASTMATH, band_rows, copy_row, copy_vectors, group_task_band,
                    image_groups,                     pad_to_blocks, padded_channels, task_band)
from .simd import (lanes_of, vfma_splat_rows, vloads, vrepeat, vsplats, vstore_pairs, vstore_tile,
                   vtile, vzeros)
from .target import TILE_CHANNELS


# The bands of the kernels that read a band once per block of output channels hold at most this
# many bytes: 4096-pixel bands (1 MB at 64 channels) fell out of L2 while the output streamed
# to memory, and the transposed convolution's forward pass ran at half its speed
# (benchmarks/bench_conv_paths.py --transposed); 48-128 KiB measured the same.
PATCH_BAND_BYTES = 65536

# The transposed convolution's forward pass takes the rows of maps this wide one at a time
# (:func:`transposed_band_rows`).
ONE_ROW_WIDTH = 64


@njit(cache=True, inline="always")
def _split_band(x, b, first_row, rows, parts):
    """``parts[c, 2a + b', k*W + j] = x[b, c, 2*(first_row + k) + a, 2j + b']``: a band of
    image ``b`` split into its four sub-grids, each flattened."""
    c, wd = x.shape[1], x.shape[3] // 2
    for ch in range(c):
        for k in range(rows):
            for a in range(2):
                src = x[b, ch, 2 * (first_row + k) + a]
                even = parts[ch, 2 * a, k * wd:]
                odd = parts[ch, 2 * a + 1, k * wd:]
                for j in range(wd):
                    even[j] = src[2 * j]
                    odd[j] = src[2 * j + 1]


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _patch_tile(parts, plane, weights, c, rows, p0, out):
    """``out[q * plane + p] = sum_{ch < C, t < 4} weights[rows[q] + 4 ch + t] * parts[(4 ch + t)
    * plane + p]`` for 4 output channels q and the ``PATCH_VECTORS`` x L band pixels p from p0
    (L lanes): the forward pass of 4 output channels, ``parts`` the band's four sub-grids (one
    plane per channel and tap), ``weights`` (O, C, 2, 2) flat with ``rows[q] = o_q * 4C``.
    The sums stay in registers over every channel and tap: with 32 vector registers 4 x 4 (each
    step loads 4 vectors of one sub-grid and broadcasts 4 weights for 16 fused multiply-adds),
    with 16 registers 4 x 3 (12 sums, the 3 input vectors and a weight fill the 16)."""
    lanes = lanes_of(parts)
    rows4 = (rows[0], rows[1], rows[2], rows[3])
    if PATCH_VECTORS == 4:
        _patch_sums(parts, plane, weights, c, rows4, p0, (0, lanes, 2 * lanes, 3 * lanes), out)
    else:
        _patch_sums(parts, plane, weights, c, rows4, p0, (0, lanes, 2 * lanes), out)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _patch_sums(parts, plane, weights, c, rows, p0, columns, out):
    """:func:`_patch_tile`'s tile: the output channels of ``rows`` x the vectors at ``p0 +
    columns``, summed over every channel's 4 taps, stored at ``out[q * plane + p0 ...]``."""
    acc = vtile(vrepeat(vzeros(parts), rows), columns)
    for k in range(4 * c):                           # k = 4 ch + t: a channel's tap
        acc = vfma_splat_rows(acc, vloads(parts, k * plane + p0, columns), weights, k, rows)
    vstore_tile(out, p0, plane, columns, acc)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _transposed_tile(band, plane, weights, c_pad, c0, c, o, p0, length, wd, dx, first,
                     row_length, channel_stride, scratch, bias):
    """The transposed convolution's outputs for channels c0 and c0 + 1, all 4 taps (a, b), and
    the ``TRANSPOSED_VECTORS`` x L band pixels from p0 (L lanes): ``sum_o W[o, ch, a, b] *
    dy[o, p]`` as sums in registers over every channel o; each step loads the vectors of ``dy``
    (the band, ``plane`` floats per channel) and broadcasts the neighbouring weights ``W[o, c0:c0
    + 2]`` one after another into them. With 32 vector registers both channels at once (8 taps x
    2 vectors: 16 sums); with 16 one channel after the other (4 taps x 3 vectors: 12 sums, 3
    vectors of ``dy`` and a weight). ``weights`` is flat (C_pad / 2, O, 2, 2, 2): a pair's
    weights for every o lie in one run of 32 O bytes (in W's own order, 16 C bytes apart, they
    fell on as few as 1 to 4 of the L1 cache's sets: 512 -> 256 at 16 px took 12.6-13.3 ms on
    1 thread, 8.6-10.4 ms in this order). The sums go straight to ``dx`` (flat; ``first``: where
    channel c0's output row 2 * (band's first row) starts), taps (a, 0) and (a, 1) interleaved
    into output row 2r + a (:func:`_write_pairs`). The sums start from ``bias[c0]`` and
    ``bias[c0 + 1]`` (``bias`` (C_pad,)), so adding a bias costs no pass over the 4x larger
    output."""
    lanes = lanes_of(band)
    place = (length, wd, row_length, scratch)
    if TRANSPOSED_VECTORS == 2:
        acc = _transposed_sums(band, plane, weights, o, p0, (0, lanes), 4 * c0 * o,
                               (0, 1, 2, 3, 4, 5, 6, 7), bias, c0, (0, 0, 0, 0, 1, 1, 1, 1))
        for f in range(2):
            _write_pairs(dx, first, p0 + f * lanes, acc[0][f], acc[1][f], acc[2][f], acc[3][f],
                         place)
            if c0 + 1 < c:
                _write_pairs(dx, first + channel_stride, p0 + f * lanes, acc[4][f], acc[5][f],
                             acc[6][f], acc[7][f], place)
    else:
        for half in range(min(2, c - c0)):
            acc = _transposed_sums(band, plane, weights, o, p0, (0, lanes, 2 * lanes),
                                   4 * c0 * o + 4 * half, (0, 1, 2, 3), bias, c0 + half,
                                   (0, 0, 0, 0))
            for f in range(3):
                _write_pairs(dx, first + half * channel_stride, p0 + f * lanes, acc[0][f],
                             acc[1][f], acc[2][f], acc[3][f], place)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _transposed_sums(band, plane, weights, o, p0, columns, w0, taps, bias, b0, starts):
    """:func:`_transposed_tile`'s tile: row k (a channel's tap) starts from ``bias[b0 +
    starts[k]]`` and sums ``weights[w0 + 8 oc + taps[k]] * dy[oc, p0 + columns[f] ...]`` over
    every output channel oc."""
    acc = vtile(vsplats(bias, b0, starts), columns)
    for oc in range(o):
        acc = vfma_splat_rows(acc, vloads(band, oc * plane + p0, columns), weights, w0 + 8 * oc,
                              taps)
    return acc


# The register tiles' vectors of band pixels, chosen by the register file (tinyunet.fast.target):
# the transposed forward pass holds 2 channels x 4 taps x 2 vectors (16 sums) with 32 registers,
# 1 x 4 x 3 (12 sums) with 16
TRANSPOSED_VECTORS = 2 if TILE_CHANNELS == 4 else 3
# ... and the forward tile 4 output channels x 4 vectors (16 sums) with 32, 4 x 3 with 16
PATCH_VECTORS = 4 if TILE_CHANNELS == 4 else 3


@njit(cache=True, inline="always")
def _write_pairs(dx, first, p, t00, t01, t10, t11, place):
    """One channel's 4 taps ``t_ab`` of the band pixels p .. p + L - 1 into ``dx``: pixel (r, j)
    of the band (p = r * W + j) gives output pixels (2r + a, 2j + b). Where W is a whole number
    of vectors the L pixels lie in one row and each tap row is one interleaved store; otherwise
    they go element by element (through ``scratch``), and pixels past the band are dropped."""
    length, wd, row_length, scratch = place
    lanes = scratch.shape[0] // 4
    if wd % lanes == 0:
        if p < length:
            r = p // wd
            at = first + 2 * r * row_length + 2 * (p - r * wd)
            vstore_pairs(dx, at, t00, t01)
            vstore_pairs(dx, at + row_length, t10, t11)
        return
    vstore_pairs(scratch, 0, t00, t01)
    vstore_pairs(scratch, 2 * lanes, t10, t11)
    for e in range(min(lanes, length - p)):
        r = (p + e) // wd
        at = first + 2 * r * row_length + 2 * (p + e - r * wd)
        dx[at], dx[at + 1] = scratch[2 * e], scratch[2 * e + 1]
        dx[at + row_length], dx[at + row_length + 1] = scratch[2 * lanes + 2 * e], \
            scratch[2 * lanes + 2 * e + 1]


@njit(parallel=True, fastmath=FASTMATH, cache=True)
def _input_grad_kernel(dy, weights, c, dx, rows_per_task, bias):
    n, o, h, wd = dy.shape
    c_pad = c + c % 2
    tile = TRANSPOSED_VECTORS * lanes_of(weights)  # band pixels per tile
    row_length, channel_stride = 2 * wd, 4 * h * wd
    flat = dx.reshape(dx.size)
    dy_all = dy.reshape(dy.size)
    bands = (h + rows_per_task - 1) // rows_per_task
    for task in prange(n * bands):
        b, first_row, rows = task_band(task, bands, rows_per_task, h)
        length = rows * wd
        # the band of dy, one plane per channel, zero after the band up to whole tiles
        plane = (length + tile - 1) // tile * tile
        band = np.empty(o * plane, dtype=dy.dtype)
        start = (b * o * h + first_row) * wd            # channel 0's band in dy
        for oc in range(o):
            copy_vectors(dy_all, start + oc * h * wd, band, oc * plane, length)
            band[oc * plane + length:(oc + 1) * plane] = 0
        scratch = np.empty(4 * lanes_of(weights), dtype=dy.dtype)   # one vector's 4 taps
        for c0 in range(0, c, 2):
            first = (b * c + c0) * channel_stride + 2 * first_row * row_length
            for p0 in range(0, plane, tile):
                _transposed_tile(band, plane, weights, c_pad, c0, c, o, p0, length, wd, flat,
                                 first, row_length, channel_stride, scratch, bias)


@njit(parallel=True, fastmath=FASTMATH, cache=True)
def _forward_kernel(x, weights, o, y, rows_per_task):
    n, c = x.shape[:2]
    h, wd = y.shape[2:]
    tile = PATCH_VECTORS * lanes_of(weights)      # band pixels per tile
    blocks = weights.shape[0] // (16 * c)         # weights: (O padded to blocks of 4, C, 2, 2)
    bands = (h + rows_per_task - 1) // rows_per_task
    for task in prange(n * bands):
        b, first_row, rows = task_band(task, bands, rows_per_task, h)
        length = rows * wd
        # the band's four sub-grids, one plane per channel and tap, zero up to whole tiles
        plane = (length + tile - 1) // tile * tile
        parts = np.empty(4 * c * plane, dtype=x.dtype)
        _split_band(x, b, first_row, rows, parts.reshape((c, 4, plane)))
        for k in range(4 * c):
            parts[k * plane + length:(k + 1) * plane] = 0
        out = np.empty(4 * plane, dtype=x.dtype)
        rows_of_block = np.empty(4, dtype=np.int64)
        for block in range(blocks):
            for q in range(4):
                rows_of_block[q] = (4 * block + q) * 4 * c
            for p0 in range(0, plane, tile):
                _patch_tile(parts, plane, weights, c, rows_of_block, p0, out)
            for q in range(min(4, o - 4 * block)):        # (padding channels dropped)
                for k in range(rows):
                    copy_row(out[q * plane + k * wd:q * plane + (k + 1) * wd],
                             y[b, 4 * block + q, first_row + k])


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _add_patch_sums(parts, g0, g1, length, d0, d1):
    """``d_k[a, b] += sum_p g_k[p] * parts[2a + b, p]`` for k = 0, 1: the weight gradient of two
    output channels against one input channel's four sub-grids. 8 running sums, which the
    compiler vectorises and keeps in registers with the 4 sub-grid and 2 gradient vectors of a
    step (14 registers: four channels' 16 sums spilled on a CPU with 16 vector registers, AVX2,
    haswell, batch 8, 2 threads: 10-12 ms per layer, twice im2col's time)."""
    t0, t1, t2, t3 = parts[0], parts[1], parts[2], parts[3]
    s00, s01, s02, s03 = d0[0, 0], d0[0, 1], d0[1, 0], d0[1, 1]
    s10, s11, s12, s13 = d1[0, 0], d1[0, 1], d1[1, 0], d1[1, 1]
    for p in range(length):
        v0, v1, v2, v3 = t0[p], t1[p], t2[p], t3[p]
        e0, e1 = g0[p], g1[p]
        s00 += e0 * v0
        s01 += e0 * v1
        s02 += e0 * v2
        s03 += e0 * v3
        s10 += e1 * v0
        s11 += e1 * v1
        s12 += e1 * v2
        s13 += e1 * v3
    d0[0, 0], d0[0, 1], d0[1, 0], d0[1, 1] = s00, s01, s02, s03
    d1[0, 0], d1[0, 1], d1[1, 0], d1[1, 1] = s10, s11, s12, s13


@njit(parallel=True, fastmath=FASTMATH, cache=True)
def _weight_grad_kernel(x, dy, rows_per_task, groups, partial):
    n, c = x.shape[:2]
    o, h, wd = dy.shape[1:]
    o_padded = partial.shape[1]
    bands = (h + rows_per_task - 1) // rows_per_task
    for task in prange(bands * groups):
        first_image, first_row, rows = group_task_band(task, groups, rows_per_task, h)
        length = rows * wd
        start = first_row * wd
        parts = np.empty((c, 4, length), dtype=x.dtype)
        zero = np.zeros(length, dtype=x.dtype)    # the gradient of the padding channels
        for b in range(first_image, n, groups):
            _split_band(x, b, first_row, rows, parts)
            flat = dy[b].reshape(o, h * wd)
            for o0 in range(0, o_padded, CHANNEL_BLOCK):
                g0 = flat[o0, start:start + length]
                g1 = flat[o0 + 1, start:start + length] if o0 + 1 < o else zero
                g2 = flat[o0 + 2, start:start + length] if o0 + 2 < o else zero
                g3 = flat[o0 + 3, start:start + length] if o0 + 3 < o else zero
                for ch in range(c):          # a block of 4 channels as two pairs
                    _add_patch_sums(parts[ch], g0, g1, length, partial[task, o0, ch],
                                    partial[task, o0 + 1, ch])
                    _add_patch_sums(parts[ch], g2, g3, length, partial[task, o0 + 2, ch],
                                    partial[task, o0 + 3, ch])


def _check(x_shape, weight_shape):
    if tuple(weight_shape[2:]) != (2, 2):
        raise ValueError(f"patch convolution needs a 2x2 kernel, got {tuple(weight_shape[2:])}")
    if x_shape[1] != weight_shape[1]:
        raise ValueError(f"input has {x_shape[1]} channels, the weight expects {weight_shape[1]}")
    if x_shape[2] % 2 or x_shape[3] % 2:
        raise ValueError(f"patch convolution needs an even-sized input, got {x_shape[2:]}")


def _contiguous_batches(x: np.ndarray):
    """``x`` (N, C, H, W) as C-contiguous pieces ``(first image, piece)``: ``x`` itself if it is
    contiguous; one piece per image if each image is (a channel slice of a contiguous array,
    which is what a Concat's backward pass hands a U-Net's up-sampling layer), so that nothing
    is copied; else one contiguous copy."""
    if x.flags.c_contiguous:
        return [(0, x)]
    if x.shape[0] and x[0].flags.c_contiguous:
        return [(b, x[b:b + 1]) for b in range(x.shape[0])]
    return [(0, np.ascontiguousarray(x))]


def patch2_forward(x: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """2x2 stride-2 convolution, no padding, no bias: x (N, C, 2H, 2W), weight (O, C, 2, 2) ->
    y (N, O, H, W)."""
    _check(x.shape, weight.shape)
    n, _, h2, w2 = x.shape
    o = weight.shape[0]
    y = workspace.empty((n, o, h2 // 2, w2 // 2), x.dtype)
    weights = pad_to_blocks(weight, x.dtype).ravel()
    for first, piece in _contiguous_batches(x):
        _forward_kernel(piece, weights, o, y[first:first + len(piece)],
                        patch_band_rows(len(piece), h2 // 2, w2 // 2, 4 * x.shape[1] * x.itemsize))
    return y


def patch_band_rows(n: int, h: int, wd: int, bytes_per_pixel: int) -> int:
    """Rows per band of the kernels that read a band again for every block of output channels
    (:func:`patch2_forward`, :func:`patch2_input_grad`) on n maps of h x wd pixels, each pixel
    ``bytes_per_pixel`` in the band (all its channels): a band within ``PATCH_BAND_BYTES``, so
    that it stays near the core while the output streams past it to memory, but of at least
    64 pixels (whole tiles), and no more rows than :func:`tinyunet.fast.bands.band_rows` gives."""
    fit = PATCH_BAND_BYTES // (bytes_per_pixel * wd)
    return max(1, min(band_rows(n, h, wd), max(fit, -(-64 // wd))))


def transposed_band_rows(n: int, h: int, wd: int, bytes_per_pixel: int) -> int:
    """Rows per band of :func:`patch2_input_grad` (a transposed convolution's forward pass):
    one row on maps ``ONE_ROW_WIDTH`` (64) pixels wide, else as :func:`patch_band_rows`.

    Its tiles read the whole band once for every pair of output channels. On 64 px maps bands
    of 2, 4 or 8 rows ran at 60-75 % of the speed of bands of 1 row, whatever their size (64 ->
    32 channels: 32 KiB bands of 2 rows included). On 128 px maps no height won in both of two
    runs (1 row 15.0 / 15.3 ms, 2 rows 12.2 / 15.6, 3 rows 12.1 / 13.8), so they keep the byte
    budget, and on 32 and 16 px maps bands of several rows are faster
    (``benchmarks/transposed_bands.py``, batch 8, 1 thread: 128 -> 64 at 64 px 10.6-11.9 ms in
    1-row bands, 13.1-15.8 ms in 2-8). The cause is not known: padding the band's channel
    planes made every band slower."""
    if wd == ONE_ROW_WIDTH:
        return 1
    return patch_band_rows(n, h, wd, bytes_per_pixel)


def patch2_input_grad(dy: np.ndarray, weight: np.ndarray,
                      bias: np.ndarray | None = None) -> np.ndarray:
    """dL/dx of :func:`patch2_forward` (and the forward pass of a 2x2 stride-2 transposed
    convolution): dy (N, O, H, W), weight (O, C, 2, 2) -> dx (N, C, 2H, 2W); with ``bias``
    (C,), ``dx[:, c] + bias[c]``, added inside the kernel (a transposed convolution's bias)."""
    n, o, h, wd = dy.shape
    _check((n, weight.shape[1], 2 * h, 2 * wd), weight.shape)
    if o != weight.shape[0]:
        raise ValueError(f"dy has {o} channels, the weight expects {weight.shape[0]}")
    c = weight.shape[1]
    dx = workspace.empty((n, c, 2 * h, 2 * wd), dy.dtype)
    weights = np.ascontiguousarray(weight, dtype=dy.dtype)
    if c % 2:                          # the tiles take output channels in pairs
        weights = np.concatenate([weights, np.zeros((o, 1, 2, 2), dy.dtype)], axis=1)
    # (C_pad / 2, O, 8): the 8 weights of a pair of channels and output channel o, pair-major
    weights = np.ascontiguousarray(weights.reshape(o, (c + c % 2) // 2, 8).transpose(1, 0, 2))
    start = np.zeros(c + c % 2, dy.dtype)      # the sums' start: the bias (0 past channel C)
    if bias is not None:
        if np.shape(bias) != (c,):
            raise ValueError(f"bias has shape {np.shape(bias)}, expected ({c},)")
        start[:c] = bias
    rows = transposed_band_rows(n, h, wd, o * dy.itemsize)
    _input_grad_kernel(np.ascontiguousarray(dy), weights.ravel(), c, dx, rows, start)
    return dx


def patch2_weight_grad(x: np.ndarray, dy: np.ndarray) -> np.ndarray:
    """dL/dW of :func:`patch2_forward`: x (N, C, 2H, 2W), dy (N, O, H, W) -> (O, C, 2, 2)."""
    n, c, h2, w2 = x.shape
    o = dy.shape[1]
    _check(x.shape, (o, c, 2, 2))
    dy = np.ascontiguousarray(dy, dtype=x.dtype)
    total = np.zeros((padded_channels(o), c, 2, 2), dtype=x.dtype)
    for first, piece in _contiguous_batches(x):
        m = len(piece)
        rows = band_rows(m, h2 // 2, w2 // 2)
        bands = -(-(h2 // 2) // rows)
        # tasks are (band, group of images), each with its own partial sums, added at the end
        groups = image_groups(m, bands)
        partial = np.zeros((bands * groups,) + total.shape, dtype=x.dtype)
        _weight_grad_kernel(piece, dy[first:first + m], rows, groups, partial)
        total += partial.sum(axis=0)
    return total[:o]
