"""Winograd's F(2x2, 3x3): a 3x3 convolution with 16 multiplications per 2 x 2 outputs, not 36.

A 3x3 'same' convolution (stride 1, zero padding 1) computes each 2 x 2 block of outputs from a
4 x 4 patch ``d`` of its input. Winograd's minimal filtering algorithm (Lavin and Gray, "Fast
Algorithms for Convolutional Neural Networks", CVPR 2016) writes that block as::

    Y = A^T [ (G g G^T) * (B^T d B) ] A            (* : element by element, 4 x 4)

    B^T = [1  0 -1  0]     G = [1    0    0  ]     A^T = [1  1  1  0]
          [0  1  1  0]         [1/2  1/2  1/2]           [0  1 -1 -1]
          [0 -1  1  0]         [1/2 -1/2  1/2]
          [0  1  0 -1]         [0    0    1  ]

with ``g`` the 3x3 kernel. Over C input and O output channels the element-wise product becomes
16 matrix products, one per position k = 4i + j of the 4 x 4 transform::

    M[k][o, t] = sum_c U[k][o, c] * V[k][c, t],   U = G g G^T (per o, c),  V = B^T d B (per c, t)

for every 2 x 2 tile t of the output. The products do 16 multiply-adds per tile, input and
output channel where the direct kernel (:mod:`tinyunet.fast.direct`) does 36; the transforms
add only additions (``B`` and ``A`` hold 0 and +-1), once per input channel and tile (``V``)
and once per output channel and tile (``Y``), shared by all channels of the other side.
The input gradient is the same convolution with the kernel flipped and its channels swapped
(see :mod:`tinyunet.fast.direct`), so it runs here too. The weight gradient runs by the same
algorithm in :mod:`tinyunet.fast.winograd_grad`, laid out as a matrix product with channels in
the vector lanes (a first one, with tiles in the lanes, was slower than the direct kernel).

Rounding differs from the direct sum: the transforms add and subtract inputs before the
products, so errors grow with the inputs' spread; in float32 they stay within a few units in
the last place of the outputs' scale (``tests/test_winograd.py`` checks against im2col in
float32 and float64).

:func:`conv3x3_reference` is the algorithm in NumPy with the three matrices above, for reading.
The fast kernel (:func:`_winograd_kernel`) does the same in numba, per task an image and a band
of tile rows:

1. the band's input rows are copied with their zero border, each row's even and odd padded
   columns apart (:func:`_fill_split_band`), so that a vector of tiles' 4 columns are 4 plain
   vector loads;
2. for a chunk of 3 vectors of tiles (24 tiles in float32 with AVX2), ``V`` of every input
   channel (:func:`_input_transform`): 16 vectors per channel and vector of tiles, in a buffer
   that stays in cache;
3. per block of 4 output channels and each k, the 4 x 3 register tile of
   :func:`tinyunet.fast.direct` sums ``U[k][o, c] * V[k][c, t]`` over c (3 loads, 4 broadcasts,
   12 multiply-adds a channel, as the direct tile does for each of its 9 taps);
4. the block's ``Y = A^T M A`` with its bias and ReLU, stored as pairs of output columns
   (:func:`_output_transform`).

It applies where the map's height is even and its width a whole number of vectors of tiles
(16, 32, ... px in float32 with 256-bit vectors), or a map exactly one vector wide (8 px) whose
height is a multiple of 4, where a vector of tiles takes two tile rows: :func:`usable`.
"""

from __future__ import annotations

import numba
import numpy as np
from numba import njit, prange

from .. import workspace
from .bands import CHANNEL_BLOCK, FASTMATH, task_band
from .direct import (_check_relu_output, _flat, _input_row, _sources, _sources_of,
                     new_output, rows_first_step)
from .simd import (lanes_of, vadd, vfma_splat_rows, vkeep_where, vload, vload_halves,
                   vload_pairs, vloads, vrelu, vrepeat, vsplat_at, vstore, vstore_pairs,
                   vstore_pairs_apart, vstore_tile, vsub, vtile, vzeros)
from .target import TILE_CHANNELS, VECTOR_BITS

B_T = np.array([[1, 0, -1, 0], [0, 1, 1, 0], [0, -1, 1, 0], [0, 1, 0, -1]], dtype=float)
G = np.array([[1, 0, 0], [0.5, 0.5, 0.5], [0.5, -0.5, 0.5], [0, 0, 1]])
A_T = np.array([[1, 1, 1, 0], [0, 1, -1, -1]], dtype=float)

# The dispatch (tinyunet.conv) takes this path on CPUs with 16 vector registers (AVX2, SSE),
# where it was measured; elsewhere the direct kernels, as before.
ENABLED = TILE_CHANNELS == 2

# Input bytes of a band (all channels, tile rows of 4 input rows): it is read once, chunk by
# chunk, soon after it is written.
BAND_BYTES = 128 << 10

# The products run position by position over this many blocks of 4 output channels, so that
# one position's transformed input (C x 3 vectors: 12 KB for 128 channels) stays in the first
# level cache for all of them; their sums wait in ``m`` (16 x 32 x 3 vectors, 48 KB) for the
# output transform.
PRODUCT_BLOCKS = 8

# Fewer input channels than this, and the transforms outweigh the products saved.
MIN_CHANNELS = 8

# Fewer vectors of tiles than this in the whole batch, and the direct kernel is as fast or
# faster: one 16 px image (8 vectors of 8 tiles at 256 bits) ran at 0.92-1.00x the direct
# kernel on 2 Zen 3 cores, each thread's share too small for a transform's fixed costs; one
# 32 px image (32 vectors) at 1.25-1.34x, eight 8 px images (16 vectors) at 1.17-1.72x
# (benchmarks/winograd_layers.py --batch 1 / 8).
MIN_VECTORS = 12


def input_transform_reference(x: np.ndarray) -> np.ndarray:
    """``V = B^T d B`` (N, C, H/2, W/2, 4, 4) of every tile's 4 x 4 input patch ``d`` (patches
    overlap by 2; the image padded by one zero) of x (N, C, H, W), H and W even."""
    h, wd = x.shape[2:]
    if h % 2 or wd % 2:
        raise ValueError(f"F(2x2, 3x3) needs an even height and width, got {h} x {wd}")
    padded = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    d = np.lib.stride_tricks.sliding_window_view(padded, (4, 4), axis=(2, 3))[:, :, ::2, ::2]
    return np.einsum("ik,nctskl,jl->nctsij", B_T, d, B_T)


def conv3x3_reference(x: np.ndarray, weight: np.ndarray, bias: np.ndarray | None = None
                      ) -> np.ndarray:
    """The algorithm in NumPy: x (N, C, H, W), H and W even, weight (O, C, 3, 3), bias (O,) or
    None -> y (N, O, H, W), the 3x3 convolution with stride 1 and zero padding 1.

    ``d`` (N, C, H/2, W/2, 4, 4): the 4 x 4 input patch of each 2 x 2 output tile (patches
    overlap by 2); ``V = B^T d B``, ``U = G g G^T``, ``M = sum_c U * V`` per tile and position,
    ``Y = A^T M A`` (N, O, H/2, W/2, 2, 2), laid back out as (N, O, H, W)."""
    n, _, h, wd = x.shape
    v = input_transform_reference(x)
    u = np.einsum("ik,ockl,jl->ocij", G, weight, G)
    m = np.einsum("ocij,nctsij->notsij", u, v)
    y = np.einsum("ik,notskl,jl->notsij", A_T, m, A_T)
    y = y.transpose(0, 1, 2, 4, 3, 5).reshape(n, weight.shape[0], h, wd).astype(x.dtype)
    return y if bias is None else y + bias.reshape(1, -1, 1, 1).astype(x.dtype)


def usable(x_shape, dtype=np.float32) -> bool:
    """Whether the fast kernel computes a 3x3 convolution of an input of ``x_shape`` (N, C, H,
    W) (:func:`_fits`) with at least ``MIN_CHANNELS`` input channels."""
    _, c, h, wd = x_shape
    return _fits(h, wd, VECTOR_BITS // (8 * np.dtype(dtype).itemsize)) and c >= MIN_CHANNELS


def pays(x_shape, dtype=np.float32) -> bool:
    """Whether a batch of ``x_shape`` (N, C, H, W) holds enough tiles (``MIN_VECTORS``
    vectors of them) for the kernel to beat the direct one: what the dispatch asks, unforced,
    beside :func:`usable`."""
    n, _, h, wd = x_shape
    lanes = VECTOR_BITS // (8 * np.dtype(dtype).itemsize)
    return n * (h // 2) * (wd // 2) >= MIN_VECTORS * lanes


def _fits(h: int, wd: int, lanes: int) -> bool:
    """The maps the kernel's vectors of tiles cover: an even height and a width that is a
    whole number (at least 1) of vectors of 2-pixel tiles (``2 * lanes`` pixels), or a map
    exactly one vector wide (half a vector of tiles a row; a vector then takes two tile rows,
    so the height is a multiple of 4)."""
    return (h % 2 == 0 and wd > 0 and wd % (2 * lanes) == 0) or (wd == lanes and h % 4 == 0)


@njit(fastmath=FASTMATH, cache=True)
def _transform_weights(g, u):
    """``u[k * S + p] = (G g_p G^T)[k // 4, k % 4]`` for each kernel ``g_p = g[p]`` (P, 9),
    taps row by row: P = O * C kernels, output channel after output channel, so that u holds
    ``U[k][o, c]`` at ``k * S + o * C + c`` (S = len(u) / 16, at least P). One pass, 16
    sequential streams of stores."""
    plane = u.shape[0] // 16
    for p in range(g.shape[0]):
        k0, k1, k2, k3, k4, k5, k6, k7, k8 = (g[p, 0], g[p, 1], g[p, 2], g[p, 3], g[p, 4],
                                              g[p, 5], g[p, 6], g[p, 7], g[p, 8])
        # t = G g, column by column (rows 1 and 2 of G halve a sum)
        t10, t11, t12 = 0.5 * (k0 + k3 + k6), 0.5 * (k1 + k4 + k7), 0.5 * (k2 + k5 + k8)
        t20, t21, t22 = 0.5 * (k0 - k3 + k6), 0.5 * (k1 - k4 + k7), 0.5 * (k2 - k5 + k8)
        # U = t G^T, row by row
        _store_g_row(u, p, plane, k0, k1, k2)
        _store_g_row(u, 4 * plane + p, plane, t10, t11, t12)
        _store_g_row(u, 8 * plane + p, plane, t20, t21, t22)
        _store_g_row(u, 12 * plane + p, plane, k6, k7, k8)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _store_g_row(u, at, step, a, b, c):
    """``u[at + j * step] = (G (a, b, c))[j]``, j = 0..3: ``(a, (a + b + c) / 2, (a - b + c) /
    2, c)``, one row of ``t G^T``."""
    u[at] = a
    u[at + step] = 0.5 * (a + b + c)
    u[at + 2 * step] = 0.5 * (a - b + c)
    u[at + 3 * step] = c


def weights_step(kernels: int, itemsize: int) -> int:
    """How far apart the 16 positions of the transformed weights lie: ``kernels`` values rounded
    up to an odd number of 64-byte cache lines. At O * C values apart (64 KB for 128 x 128
    channels, a multiple of 4 KB) the 16 streams of the transform's stores, and the 16
    positions' weights the products read, fall in one set of the first-level cache."""
    return int(rows_first_step(kernels, itemsize))


def transformed_weights(weight: np.ndarray, backward: bool, dtype) -> np.ndarray:
    """``U = G g G^T`` of every kernel, flat (16 * S,): ``U[k][o, c]`` at ``k * S + o * C +
    c``, S = :func:`weights_step` (O * C). The kernels are ``weight[o, c]`` (O, C, 3, 3), or
    with ``backward`` those of the input gradient, ``weight[c, o, ::-1, ::-1]`` (then O and C
    are weight's C and O)."""
    if backward:
        g = workspace.empty((weight.shape[1], weight.shape[0], 3, 3), dtype)
        np.copyto(g, weight.transpose(1, 0, 2, 3)[:, :, ::-1, ::-1], casting="unsafe")
    else:
        g = np.ascontiguousarray(weight, dtype=dtype)
    # (not from the workspace: 16 O C values, small beside the maps, and as a workspace buffer
    # it could take one that a map of a later step needs)
    u = np.empty(16 * weights_step(g.shape[0] * g.shape[1], g.itemsize), dtype)
    _transform_weights(g.reshape(-1, 9), u)
    return u


@njit(cache=True)
def _fill_split_band(x, x_rest, split, mask, use_mask, b, first_row, rows, band, c, half):
    """Image ``b``'s input rows ``first_row .. first_row + rows - 1`` of every channel into
    ``band``, with the zero padding around the image, each row as its even padded columns then
    its odd ones: channel ch's band row k starts at ``(ch * rows + k) * 2 * half``; its padded
    column p (image column p - 1) lies at ``p // 2``, plus ``half`` if p is odd. So the evens
    are ``0, x[1], x[3], .., x[W - 1]`` and the odds ``x[0], x[2], .., x[W - 2], 0``. Rows
    outside the image are zero. With ``use_mask``, ``x * [mask > 0]``."""
    h, wd = x.shape[2], x.shape[3]
    inputs = _sources_of(x, x_rest, split, mask, use_mask, b)
    pairs = wd // 2
    lanes = lanes_of(band)
    for ch in range(c):
        for k in range(rows):
            at = (ch * rows + k) * 2 * half
            src = first_row + k
            if 0 <= src < h:
                row, start = _input_row(inputs, ch, src, h, wd)
                band[at] = 0
                for m in range(0, pairs, lanes):
                    even, odd = vload_pairs(row, start + 2 * m)     # image columns 2m, 2m + 1
                    if use_mask:
                        keep_even, keep_odd = vload_pairs(inputs[2], start + 2 * m)
                        even, odd = vkeep_where(even, keep_even), vkeep_where(odd, keep_odd)
                    vstore(band, at + 1 + m, odd)           # padded columns 2m + 2: evens
                    vstore(band, at + half + m, even)       # padded columns 2m + 1: odds
                band[at + half + pairs] = 0
            else:
                band[at:at + 2 * half] = 0


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _row_transform(band, row, half, narrow, apart):
    """``d B`` of one input row of a vector of tiles: its 4 columns are the evens and odds at
    ``row`` and one further (``d0 = e0, d1 = o0, d2 = e1, d3 = o1``); B^T's rows give ``(d0 -
    d2, d1 + d2, d2 - d1, d1 - d3)``. With ``narrow`` (a map one vector wide: half a vector of
    tiles a row) the vector's second half is the next tile row's, ``apart`` further on."""
    if narrow:
        e0, e1 = vload_halves(band, row, row + apart), vload_halves(band, row + 1,
                                                                    row + 1 + apart)
        o0 = vload_halves(band, row + half, row + half + apart)
        o1 = vload_halves(band, row + half + 1, row + half + 1 + apart)
    else:
        e0, e1 = vload(band, row), vload(band, row + 1)
        o0, o1 = vload(band, row + half), vload(band, row + half + 1)
    return vsub(e0, e1), vadd(o0, e1), vsub(e1, o0), vsub(o0, o1)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _input_transform(band, at, row_length, half, tx, v, to, k_step, narrow):
    """``V = B^T d B`` of a vector of tiles whose first is tile column ``tx``, from the band's
    4 rows from ``at`` (``row_length`` apart, evens then odds ``half`` in): position k = 4i + j
    to ``v[to + k * k_step ...]``. First along each row (:func:`_row_transform`), then across
    the rows with B^T's rows again. With ``narrow``, half a vector from the next tile row (2
    band rows on)."""
    apart = 2 * row_length
    t1 = _row_transform(band, at + row_length + tx, half, narrow, apart)
    t2 = _row_transform(band, at + 2 * row_length + tx, half, narrow, apart)
    for j in range(4):
        vstore(v, to + (4 + j) * k_step, vadd(t1[j], t2[j]))
        vstore(v, to + (8 + j) * k_step, vsub(t2[j], t1[j]))
    t0 = _row_transform(band, at + tx, half, narrow, apart)
    for j in range(4):
        vstore(v, to + j * k_step, vsub(t0[j], t2[j]))
    t3 = _row_transform(band, at + 3 * row_length + tx, half, narrow, apart)
    for j in range(4):
        vstore(v, to + (12 + j) * k_step, vsub(t1[j], t3[j]))


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _output_transform(m, at, k_step, bias, oc, relu, y, to, wd, narrow):
    """``Y = A^T M A`` of a vector of tiles of output channel ``oc`` (``M``'s position k at
    ``m[at + k * k_step ...]``), plus ``bias[oc]``, through a ReLU if ``relu``, stored as two
    output rows from ``y[to]`` (``wd`` apart), each the pairs ``(Y[i][0], Y[i][1])`` of the
    tiles side by side (with ``narrow``, the second half of the vector's tiles 2 rows further
    down). A^T's rows: ``(m0 + m1 + m2, m1 - m2 - m3)``."""
    r0 = (vadd(vadd(vload(m, at), vload(m, at + 4 * k_step)), vload(m, at + 8 * k_step)),
          vadd(vadd(vload(m, at + k_step), vload(m, at + 5 * k_step)),
               vload(m, at + 9 * k_step)),
          vadd(vadd(vload(m, at + 2 * k_step), vload(m, at + 6 * k_step)),
               vload(m, at + 10 * k_step)),
          vadd(vadd(vload(m, at + 3 * k_step), vload(m, at + 7 * k_step)),
               vload(m, at + 11 * k_step)))
    r1 = (vsub(vsub(vload(m, at + 4 * k_step), vload(m, at + 8 * k_step)),
               vload(m, at + 12 * k_step)),
          vsub(vsub(vload(m, at + 5 * k_step), vload(m, at + 9 * k_step)),
               vload(m, at + 13 * k_step)),
          vsub(vsub(vload(m, at + 6 * k_step), vload(m, at + 10 * k_step)),
               vload(m, at + 14 * k_step)),
          vsub(vsub(vload(m, at + 7 * k_step), vload(m, at + 11 * k_step)),
               vload(m, at + 15 * k_step)))
    b = vsplat_at(bias, oc)
    for i, r in enumerate((r0, r1)):
        left = vadd(vadd(vadd(r[0], r[1]), r[2]), b)
        right = vadd(vsub(vsub(r[1], r[2]), r[3]), b)
        if relu:
            left, right = vrelu(left), vrelu(right)
        if narrow:
            vstore_pairs_apart(y, to + i * wd, to + (i + 2) * wd, left, right)
        else:
            vstore_pairs(y, to + i * wd, left, right)


@njit(cache=True, inline="always")
def _vector_place(g, per_row, lanes, narrow):
    """(tile row, first tile column) of the band's vector of tiles ``g``: ``per_row`` vectors
    a tile row, or with ``narrow`` two tile rows a vector."""
    if narrow:
        return 2 * g, 0
    return g // per_row, (g % per_row) * lanes


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _chunk(band, rows, half, c, u, o, bias, relu, v, m, g, per_row, columns, first_block,
           last_block, y_first, y_rest_flat, y_flat, b, first_tile_row, h, wd, narrow):
    """The outputs of the band's vectors of tiles ``g, g + 1, ..`` (one per entry of
    ``columns``: their offsets in a chunk, a tuple of constants) for the blocks of output
    channels ``first_block .. last_block - 1``: ``V`` of every input channel into ``v``,
    then per block each position's 4 x len(columns) products summed over the channels into
    ``m``, then ``Y`` into the output."""
    lanes = lanes_of(u)
    u_step = u.shape[0] // 16                           # U's positions this far apart
    width = 3 * lanes                                   # a chunk's tiles per position
    row_length = 2 * half
    for q in range(len(columns)):
        tile_row, tx = _vector_place(g + q, per_row, lanes, narrow)
        for ch in range(c):
            _input_transform(band, (ch * rows + 2 * tile_row) * row_length, row_length, half,
                             tx, v, ch * width + columns[q], c * width, narrow)
    y_split = y_first.shape[1]
    rest_channels = o - y_split
    for first in range(first_block, last_block, PRODUCT_BLOCKS):
        last = min(first + PRODUCT_BLOCKS, last_block)
        k_step = (last - first) * CHANNEL_BLOCK * width     # m: position, channel, tile
        for k in range(16):
            for block in range(first, last):
                oc0 = CHANNEL_BLOCK * block
                of = (min(oc0, o - 1) * c, min(oc0 + 1, o - 1) * c,
                      min(oc0 + 2, o - 1) * c, min(oc0 + 3, o - 1) * c)
                acc = vtile(vrepeat(vzeros(u), of), columns)
                for ch in range(c):
                    xs = vloads(v, (k * c + ch) * width, columns)
                    acc = vfma_splat_rows(acc, xs, u, k * u_step + ch, of)
                vstore_tile(m, k * k_step + (block - first) * CHANNEL_BLOCK * width, width,
                            columns, acc)
        for oc in range(CHANNEL_BLOCK * first, min(CHANNEL_BLOCK * last, o)):
            if oc < y_split:
                dst, plane = y_flat, (b * y_split + oc) * h * wd
            else:
                dst, plane = y_rest_flat, (b * rest_channels + oc - y_split) * h * wd
            for t in range(len(columns)):
                tile_row, tx = _vector_place(g + t, per_row, lanes, narrow)
                _output_transform(m, (oc - CHANNEL_BLOCK * first) * width + columns[t], k_step,
                                  bias, oc, relu, dst,
                                  plane + 2 * (first_tile_row + tile_row) * wd + 2 * tx, wd,
                                  narrow)


@njit(parallel=True, fastmath=FASTMATH, cache=True)
def _winograd_kernel(x, x_rest, c, mask, use_mask, u, bias, relu, y_first, o, tile_rows,
                     groups, y_flat, y_rest_flat):
    """The forward kernel: tasks (image, band of ``tile_rows`` rows of 2 x 2 tiles, group of
    blocks of output channels); see the module's docstring."""
    n, split, h, wd = x.shape
    lanes = lanes_of(u)
    tile_h = h // 2
    narrow = wd == lanes                        # half a vector of tiles a tile row
    per_row = wd // (2 * lanes)                 # vectors of tiles a tile row (else)
    half = wd // 2 + 1                          # a band row's evens (and its odds)
    half = (half + lanes - 1) // lanes * lanes
    bands = (tile_h + tile_rows - 1) // tile_rows
    blocks = (o + CHANNEL_BLOCK - 1) // CHANNEL_BLOCK
    per_group = (blocks + groups - 1) // groups
    for task in prange(n * bands * groups):
        b, first_tile_row, count = task_band(task // groups, bands, tile_rows, tile_h)
        first_block = (task % groups) * per_group
        last_block = min(first_block + per_group, blocks)
        rows = 2 * count + 2
        band = np.empty(c * rows * 2 * half, dtype=x.dtype)
        _fill_split_band(x, x_rest, split, mask, use_mask, b, 2 * first_tile_row - 1, rows,
                         band, c, half)
        v = np.empty(16 * c * 3 * lanes, dtype=x.dtype)
        m = np.empty(16 * PRODUCT_BLOCKS * CHANNEL_BLOCK * 3 * lanes, dtype=x.dtype)
        total = count // 2 if narrow else count * per_row
        # chunks of 3 vectors, the last 2 or 4 in chunks of 2 (a chunk of 1 only alone)
        threes = total // 3 - (1 if total % 3 == 1 and total > 1 else 0)
        g = 0
        while g < total:
            left = total - g
            if g < 3 * threes:
                _chunk(band, rows, half, c, u, o, bias, relu, v, m, g, per_row,
                       (0, lanes, 2 * lanes), first_block, last_block, y_first, y_rest_flat,
                       y_flat, b, first_tile_row, h, wd, narrow)
                g += 3
            elif left >= 2:
                _chunk(band, rows, half, c, u, o, bias, relu, v, m, g, per_row,
                       (0, lanes), first_block, last_block, y_first, y_rest_flat,
                       y_flat, b, first_tile_row, h, wd, narrow)
                g += 2
            else:
                _chunk(band, rows, half, c, u, o, bias, relu, v, m, g, per_row,
                       (0,), first_block, last_block, y_first, y_rest_flat,
                       y_flat, b, first_tile_row, h, wd, narrow)
                g += 1


def plan(n: int, c: int, h: int, wd: int, o: int, itemsize: int) -> tuple[int, int]:
    """(tile rows per band, groups of output-channel blocks): bands of at most ``BAND_BYTES``
    of input (at least one tile row), all of about one height, and where that leaves fewer than
    two tasks per thread, output-channel groups for the rest (each group transforms its band's
    input again)."""
    tile_h = h // 2
    row_bytes = 2 * c * (wd + 2) * itemsize          # a tile row's 2 new input rows
    narrow = wd * itemsize * 8 == VECTOR_BITS        # one vector wide: pairs of tile rows
    per_row = wd * itemsize * 8 // (2 * VECTOR_BITS)
    least = 6 if narrow else -(-3 // per_row)        # a whole chunk of 3 vectors of tiles
    bands = -(-tile_h // max(1, min(tile_h, max(least, BAND_BYTES // row_bytes))))
    tile_rows = -(-tile_h // bands)                  # bands of one height (8 rows: 4 + 4)
    if narrow:
        tile_rows += tile_rows % 2
    tasks = n * -(-tile_h // tile_rows)
    threads = numba.get_num_threads()
    blocks = -(-o // CHANNEL_BLOCK)
    groups = 1
    while tasks * groups < 2 * threads and groups < blocks:
        groups += 1
    return tile_rows, groups


def forward_into(y, x, weight: np.ndarray, bias: np.ndarray | None, relu: bool,
                 mask: np.ndarray | None, backward: bool = False, tile_rows: int | None = None,
                 groups: int | None = None):
    """As :func:`tinyunet.fast.direct.forward_into`, by Winograd's F(2x2, 3x3): ``y[:] =
    conv3x3(x * [mask > 0] if mask is given else x, W) + b`` (then a ReLU if asked), with
    ``backward`` the input gradient's convolution by W flipped and transposed. x (N, C, H, W)
    or a pair read as their concatenation; y (N, O, H, W) C-contiguous, or a pair of them
    receiving the first channels and the rest. Needs :func:`usable`'s shapes. Returns ``y``."""
    first, rest, split, shape = _sources(x)
    if mask is not None and rest is not first:
        raise ValueError("a mask applies to a single input, not a concatenated pair")
    n, c, h, wd = shape
    lanes = VECTOR_BITS // (8 * first.itemsize)
    if not _fits(h, wd, lanes):
        raise ValueError(f"F(2x2, 3x3) here needs an even height and a width a multiple of "
                         f"{2 * lanes} (or a height a multiple of 4 and a width of {lanes}), "
                         f"got {h} x {wd}")
    o_w, c_w = weight.shape[:2]
    o = c_w if backward else o_w
    u = transformed_weights(weight, backward, first.dtype)
    b = np.zeros(o, first.dtype) if bias is None else np.ascontiguousarray(bias, first.dtype)
    y_first, y_rest = y if isinstance(y, tuple) else (y, y)
    if not (y_first.flags.c_contiguous and y_rest.flags.c_contiguous):
        raise ValueError("the Winograd kernel writes into C-contiguous outputs only")
    if tile_rows is None or groups is None:
        tile_rows, groups = plan(n, c, h, wd, o, first.itemsize)
    if wd == lanes and tile_rows % 2:
        raise ValueError(f"a map one vector wide takes bands of whole pairs of tile rows, got "
                         f"{tile_rows}")
    use_mask = mask is not None
    _winograd_kernel(first, rest, c, mask if use_mask else first, use_mask, u, b, relu,
                     y_first, o, tile_rows, groups, _flat(y_first), _flat(y_rest))
    return y


def _forward(x, weight, bias, relu, mask, out_split=None, backward=False):
    """:func:`forward_into` into new arrays (:func:`tinyunet.fast.direct.new_output`)."""
    x, y, mask = new_output(x, weight, mask, out_split, backward)
    return forward_into(y, x, weight, bias, relu, mask, backward)


def conv3x3_forward(x, weight: np.ndarray, bias: np.ndarray | None = None,
                    relu: bool = False) -> np.ndarray:
    """:func:`tinyunet.fast.direct.conv3x3_forward` by Winograd's F(2x2, 3x3)."""
    return _forward(x, weight, bias, relu, None)


def conv3x3_input_grad(dy: np.ndarray, weight: np.ndarray, relu_output: np.ndarray | None = None,
                       split: int | None = None):
    """:func:`tinyunet.fast.direct.conv3x3_input_grad` by Winograd's F(2x2, 3x3)."""
    _check_relu_output(dy, relu_output)
    return _forward(dy, weight, None, False, relu_output, split, backward=True)

