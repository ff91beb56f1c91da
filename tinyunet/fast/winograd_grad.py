"""The weight gradient of a 3x3 convolution by Winograd's F(2x2, 3x3), as a matrix product.

The forward pass (:mod:`tinyunet.fast.winograd`) computes each 2 x 2 output tile ``t`` as ``Y_t
= A^T [ U * V_t ] A`` with ``U = G g G^T`` (the kernel's transform, per output channel o and
input channel c) and ``V_t = B^T d_t B`` (the tile's 4 x 4 input patch, per input channel).
Going backwards through those three products, with ``dY_t`` the tile's output gradient::

    Z_t  = A dY_t A^T                              (4 x 4, per output channel and tile)
    dU[k][o, c] = sum_t Z_t[k][o] * V_t[k][c]      (16 matrix products, one per position k)
    dW[o, c] = G^T dU[:, :][o, c] G                (3 x 3, per pair of channels)

``dU[k] = Z[k] V[k]^T`` sums over every tile of every image: a matrix product (O x T) (T x C)
with T in the tens of thousands, 16 multiply-adds per tile and pair of channels where the direct
sum (:mod:`tinyunet.fast.direct`) does 36. The bias gradient is the sum of ``dY``, taken while
``Z`` is.

**Why channels go in the vector lanes here.** A first Winograd weight gradient (commit 05b3488)
put tiles in the lanes, as the forward kernel does; both operands of its products were then
vectors along the sum, so nothing was reused from a register and every multiply-add needed its
own loads, and its lane sums needed long bands that outgrew the L2 cache (0.25-0.99x the direct
kernel). Here the product is laid out as a matrix product is in BLAS: for each position k, a
block of 16 input channels of ``V`` (two vectors, in lanes) and 6 output channels of ``Z``
(broadcast) make a 6 x 2 tile of 12 vector sums kept in registers over all the tiles of a task;
``V``'s block, ``T x 16`` values, stays in the first-level cache while all blocks of ``Z`` pass
it. That needs channel-major data, which a task builds per band of tile rows:

1. the band's input rows, every channel, copied with their zero border into a channels-last
   band (``(row, column, channel)``), 8 x 8 values at a time by a transposing copy
   (:func:`_fill_channels_last`, :func:`tinyunet.fast.simd.vcopy_transposed`);
2. ``V`` of every tile of the band, 16 channels a pair of vectors (:func:`_pack_input`), into
   ``v[k][channel block][tile][16]``;
3. the band's rows of ``dY`` (and of the ReLU's output, when the ReLU's backward is applied)
   copied channels-last the same way (:func:`_fill_gradient_last`); then ``Z`` of every tile,
   8 output channels a vector, ``dY`` masked and the bias gradient summed on the way
   (:func:`_pack_gradient`), into ``z[k][tile][output channel]``, the channels padded to whole
   blocks of 6;
4. when the buffers hold ``MAX_TILES`` tiles (bands of several images share them; a map whose
   tile row is longer gets buffers one row long) or the task is done, the 16 products
   (:func:`_products`) add into the task's ``dU``.

The tasks' ``dU`` are added and turned into ``dW`` by ``G^T dU G`` in one more numba pass
(:func:`_finish`).

:func:`weight_grad_reference` is the same algorithm in NumPy with the three matrices, for
reading; ``tests/test_winograd_grad.py`` checks both against im2col in float64 and float32.
"""

from __future__ import annotations

import numpy as np
from numba import njit, prange

from .bands import FASTMATH, group_task_band, image_groups
from .direct import _check_relu_output, _input_row, _sources, _sources_of, rows_first_step
from .simd import (lanes_of, vadd, vcopy_transposed, vfma_splat_rows, vkeep_where, vload,
                   vloads, vstore, vstore_tile, vsub, vzeros)
from .target import TARGET
from .winograd import A_T, G, input_transform_reference

# Output channels a register tile broadcasts: 6 rows x 2 vectors = 12 sums, with the two
# vectors of V and a broadcast, 15 of the 16 registers of AVX2.
OUT_BLOCK = 6

# Tiles the products run over at once: V's block of one position, MAX_TILES x 16 channels x 4
# bytes (16 KB in float32), stays in a 32 KB first-level cache while all of Z's blocks pass.
MAX_TILES = 256


def weight_grad_reference(x: np.ndarray, dy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The algorithm in NumPy: x (N, C, H, W), H and W even, dy (N, O, H, W) -> (dW (O, C, 3,
    3), db (O,)) of the 3x3 convolution with stride 1 and zero padding 1.

    ``V = B^T d B`` (N, C, H/2, W/2, 4, 4) of each tile's input patch, ``Z = A dY A^T`` (N, O,
    H/2, W/2, 4, 4) of each tile's output gradient, ``dU = sum_{n, tiles} Z V`` per position
    (O, C, 4, 4), ``dW = G^T dU G``."""
    n, _, h, wd = x.shape
    v = input_transform_reference(x)
    tiles = dy.reshape(n, dy.shape[1], h // 2, 2, wd // 2, 2).transpose(0, 1, 2, 4, 3, 5)
    z = np.einsum("ik,notsij,jl->notskl", A_T, tiles, A_T)
    du = np.einsum("notsij,nctsij->ocij", z, v)
    dw = np.einsum("ki,ockl,lj->ocij", G, du, G)
    return dw.astype(x.dtype), dy.sum(axis=(0, 2, 3)).astype(x.dtype)


def usable(x_shape, out_channels: int, dtype=np.float32) -> bool:
    """Whether the kernel takes an input of ``x_shape`` (N, C, H, W) to ``out_channels``
    outputs: an even height, a width of whole vectors (8 px in float32 with AVX2), C a whole
    number of blocks of two vectors (16 channels) and O of vectors (8)."""
    _, c, h, wd = x_shape
    lanes = TARGET.lanes(dtype)
    return (h > 0 and h % 2 == 0 and wd > 0 and wd % lanes == 0 and c % (2 * lanes) == 0
            and out_channels > 0 and out_channels % lanes == 0)


@njit(cache=True)
def _fill_channels_last(inputs, c, h, wd, first_row, rows, band):
    """Image rows ``first_row .. first_row + rows - 1`` of every channel into ``band`` with a
    zero border: band row k, padded column p (image column p - 1), channel ch at ``(k * (W +
    2) + p) * c + ch``; rows outside the image are zero. Blocks of ``lanes`` channels x
    ``lanes`` pixels are copied transposed (:func:`tinyunet.fast.simd.vcopy_transposed`), one
    element at a time where a block would straddle the two parts of a concatenated input."""
    wp = wd + 2
    lanes = lanes_of(band)
    split = inputs[3]
    for k in range(rows):
        src = first_row + k
        line = k * wp * c
        if src < 0 or src >= h:
            band[line:line + wp * c] = 0
            continue
        band[line:line + c] = 0
        band[line + (wp - 1) * c:line + wp * c] = 0
        for ch in range(0, c, lanes):
            row, start = _input_row(inputs, ch, src, h, wd)
            if ch < split < ch + lanes:
                for q in range(lanes):
                    row, start = _input_row(inputs, ch + q, src, h, wd)
                    for px in range(wd):
                        band[line + (px + 1) * c + ch + q] = row[start + px]
                continue
            for px in range(0, wd, lanes):
                vcopy_transposed(row, start + px, h * wd, band, line + (px + 1) * c + ch, c)


@njit(cache=True)
def _fill_gradient_last(dy, b, first_row, rows, band):
    """Rows ``first_row .. first_row + rows - 1`` of image ``b`` of ``dy`` (N, O, H, W), every
    channel, channels-last into ``band``: row k, column px, channel oc at ``(k * W + px) * O +
    oc``."""
    o, h, wd = dy.shape[1], dy.shape[2], dy.shape[3]
    flat = dy.reshape(dy.size)
    lanes = lanes_of(band)
    for k in range(rows):
        for oc in range(0, o, lanes):
            start = ((b * o + oc) * h + first_row + k) * wd
            for px in range(0, wd, lanes):
                vcopy_transposed(flat, start + px, h * wd, band, (k * wd + px) * o + oc, o)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _combine(d0, d1, d2, d3):
    """One row (or column) of ``B^T d``: ``(d0 - d2, d1 + d2, d2 - d1, d1 - d3)``."""
    return vsub(d0, d2), vadd(d1, d2), vsub(d2, d1), vsub(d1, d3)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _input_row_combined(band, p, c):
    """``d B`` of one patch row: the channels-last band's 4 columns from ``p`` (``c`` apart)."""
    return _combine(vload(band, p), vload(band, p + c), vload(band, p + 2 * c),
                    vload(band, p + 3 * c))


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _store_column(v, at, k_step, j, d0, d1, d2, d3):
    """Column j of ``B^T (d B)`` from its 4 rows' entries: positions 4i + j, i = 0..3."""
    out = _combine(d0, d1, d2, d3)
    vstore(v, at + j * k_step, out[0])
    vstore(v, at + (4 + j) * k_step, out[1])
    vstore(v, at + (8 + j) * k_step, out[2])
    vstore(v, at + (12 + j) * k_step, out[3])


@njit(fastmath=FASTMATH, cache=True)
def _pack_input(band, c, wd, tile_rows, v, first_tile, stride):
    """``V = B^T d B`` of every tile of the band (``tile_rows`` rows of W / 2 tiles, from the
    channels-last band) into ``v``: position k, channel block cb, tile t (counted from
    ``first_tile``), at ``(k * blocks + cb) * stride + t * 2 * lanes`` (``stride``:
    :func:`buffer_layout`'s first)."""
    lanes = lanes_of(v)
    width = 2 * lanes
    blocks = c // width
    k_step = blocks * stride
    row = (wd + 2) * c
    tw = wd // 2
    for ty in range(tile_rows):
        for tx in range(tw):
            t = first_tile + ty * tw + tx
            for ch in range(0, c, lanes):
                p = 2 * ty * row + 2 * tx * c + ch
                r0 = _input_row_combined(band, p, c)
                r1 = _input_row_combined(band, p + row, c)
                r2 = _input_row_combined(band, p + 2 * row, c)
                r3 = _input_row_combined(band, p + 3 * row, c)
                at = (ch // width) * stride + t * width + ch % width
                _store_column(v, at, k_step, 0, r0[0], r1[0], r2[0], r3[0])
                _store_column(v, at, k_step, 1, r0[1], r1[1], r2[1], r3[1])
                _store_column(v, at, k_step, 2, r0[2], r1[2], r2[2], r3[2])
                _store_column(v, at, k_step, 3, r0[3], r1[3], r2[3], r3[3])


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _store_z_row(z, at, k_step, e, f):
    """One row (e, f) of ``A dY`` times ``A^T``: ``(e, e + f, e - f, -f)`` to positions at,
    at + k_step, ..."""
    vstore(z, at, e)
    vstore(z, at + k_step, vadd(e, f))
    vstore(z, at + 2 * k_step, vsub(e, f))
    vstore(z, at + 3 * k_step, vsub(vzeros(z), f))


@njit(fastmath=FASTMATH, cache=True)
def _pack_gradient(band, keep, use_mask, o, wd, tile_rows, z, first_tile, o_row, k_step,
                   bias_sums):
    """``Z = A dY A^T`` of every tile of the band (channels-last ``dY`` rows, ``lanes``
    output channels a vector) into ``z``: position k, tile t (counted from ``first_tile``),
    channel oc at ``k * k_step + t * o_row + oc``; ``dY`` times ``[keep > 0]`` with
    ``use_mask`` (``keep`` laid out as ``band``), and summed into ``bias_sums`` (O,)."""
    lanes = lanes_of(z)
    tw = wd // 2
    row = wd * o
    for ty in range(tile_rows):
        for tx in range(tw):
            t = first_tile + ty * tw + tx
            for oc in range(0, o, lanes):
                p = 2 * ty * row + 2 * tx * o + oc
                y0, y1 = vload(band, p), vload(band, p + o)
                y2, y3 = vload(band, p + row), vload(band, p + row + o)
                if use_mask:
                    y0, y1 = vkeep_where(y0, vload(keep, p)), vkeep_where(y1, vload(keep, p + o))
                    y2 = vkeep_where(y2, vload(keep, p + row))
                    y3 = vkeep_where(y3, vload(keep, p + row + o))
                vstore(bias_sums, oc, vadd(vload(bias_sums, oc),
                                           vadd(vadd(y0, y1), vadd(y2, y3))))
                # A dY: rows (y0, y1), (y0 + y2, y1 + y3), (y0 - y2, y1 - y3), (-y2, -y3)
                at = t * o_row + oc
                _store_z_row(z, at, k_step, y0, y1)
                _store_z_row(z, at + 4 * k_step, k_step, vadd(y0, y2), vadd(y1, y3))
                _store_z_row(z, at + 8 * k_step, k_step, vsub(y0, y2), vsub(y1, y3))
                _store_z_row(z, at + 12 * k_step, k_step, vsub(vzeros(z), y2),
                             vsub(vzeros(z), y3))


@njit(fastmath=FASTMATH, cache=True)
def _products(v, z, tiles, c_blocks, o_blocks, v_stride, o_row, z_step, du, du_step, c):
    """``du[k][o, c] += sum_{t < tiles} z[k][t, o] * v[k][c, t]`` for the 16 positions, in 6 x
    2-vector register tiles (``du``: (16, O padded to 6, C), flat)."""
    lanes = lanes_of(v)
    width = 2 * lanes
    rows = (0, 1, 2, 3, 4, 5)
    halves = (0, lanes)
    for k in range(16):
        for cb in range(c_blocks):
            vb = (k * c_blocks + cb) * v_stride
            for ob in range(o_blocks):
                zb = k * z_step + ob * OUT_BLOCK
                at = k * du_step + ob * OUT_BLOCK * c + cb * width
                acc = (vloads(du, at, halves), vloads(du, at + c, halves),
                       vloads(du, at + 2 * c, halves), vloads(du, at + 3 * c, halves),
                       vloads(du, at + 4 * c, halves), vloads(du, at + 5 * c, halves))
                for t in range(tiles):
                    acc = vfma_splat_rows(acc, vloads(v, vb + t * width, halves), z,
                                          zb + t * o_row, rows)
                vstore_tile(du, at, c, halves, acc)


@njit(parallel=True, fastmath=FASTMATH, cache=True)
def _weight_grad_kernel(x, x_rest, c, dy, mask, use_mask, tile_rows, groups, capacity,
                        v_stride, o_row, z_step, du_step, partial, partial_bias):
    """Tasks (band of ``tile_rows`` rows of tiles, group of images); see the module's
    docstring. ``partial``: (tasks, 16 * du_step), a task's dU sums of position k from ``k *
    du_step`` (O padded to 6 x C values); ``partial_bias``: (tasks, O)."""
    n, split, h, wd = x.shape
    o = dy.shape[1]
    width = 2 * lanes_of(partial_bias[0])
    c_blocks = c // width
    o_blocks = (o + OUT_BLOCK - 1) // OUT_BLOCK
    th, tw = h // 2, wd // 2
    bands = (th + tile_rows - 1) // tile_rows
    for task in prange(bands * groups):
        first_image, first_tile_row, count = group_task_band(task, groups, tile_rows, th)
        rows = 2 * count + 2
        band = np.empty(rows * (wd + 2) * c, dtype=x.dtype)
        grads = np.empty(2 * count * wd * o, dtype=x.dtype)
        keep = np.empty(2 * count * wd * o if use_mask else 0, dtype=x.dtype)
        v = np.empty(16 * c_blocks * v_stride, dtype=x.dtype)
        z = np.zeros(16 * z_step, dtype=x.dtype)
        du = partial[task]
        band_tiles = count * tw
        filled = 0
        for b in range(first_image, n, groups):
            if filled + band_tiles > capacity:
                _products(v, z, filled, c_blocks, o_blocks, v_stride, o_row, z_step, du, du_step, c)
                filled = 0
            inputs = _sources_of(x, x_rest, split, x, False, b)
            _fill_channels_last(inputs, c, h, wd, 2 * first_tile_row - 1, rows, band)
            _pack_input(band, c, wd, count, v, filled, v_stride)
            _fill_gradient_last(dy, b, 2 * first_tile_row, 2 * count, grads)
            if use_mask:
                _fill_gradient_last(mask, b, 2 * first_tile_row, 2 * count, keep)
            _pack_gradient(grads, keep, use_mask, o, wd, count, z, filled, o_row, z_step,
                           partial_bias[task])
            filled += band_tiles
        if filled:
            _products(v, z, filled, c_blocks, o_blocks, v_stride, o_row, z_step, du, du_step, c)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _g_t_times(a0, a1, a2, a3):
    """``G^T a`` of a 4-vector: ``(a0 + (a1 + a2) / 2, (a1 - a2) / 2, (a1 + a2) / 2 + a3)``."""
    s = 0.5 * (a1 + a2)
    return a0 + s, 0.5 * (a1 - a2), s + a3


@njit(parallel=True, fastmath=FASTMATH, cache=True)
def _finish(partial, o, plane, c, dw):
    """``dw[oc, ch] = G^T dU G`` (3 x 3) of ``dU``, the tasks' ``partial`` sums added: dU's
    position k = 4i + j of the pair (oc, ch) at ``k * plane + oc * c + ch``."""
    for oc in prange(o):
        u = np.empty(16, dtype=dw.dtype)
        g = np.empty(12, dtype=dw.dtype)           # G^T dU, 3 x 4
        for ch in range(c):
            at = oc * c + ch
            for k in range(16):
                total = partial[0, k * plane + at]
                for task in range(1, partial.shape[0]):
                    total += partial[task, k * plane + at]
                u[k] = total
            for j in range(4):
                g[j], g[4 + j], g[8 + j] = _g_t_times(u[j], u[4 + j], u[8 + j], u[12 + j])
            for i in range(3):
                dw[oc, ch, i, 0], dw[oc, ch, i, 1], dw[oc, ch, i, 2] = _g_t_times(
                    g[4 * i], g[4 * i + 1], g[4 * i + 2], g[4 * i + 3])


def _padded_outputs(o: int) -> int:
    """O rounded up to whole blocks of ``OUT_BLOCK`` rows (the register tile's)."""
    return -(-o // OUT_BLOCK) * OUT_BLOCK


def buffer_layout(o: int, itemsize: int, capacity: int = MAX_TILES) -> tuple[int, int, int]:
    """(V's block stride, Z's tile stride, Z's position stride), in values, for buffers of
    ``capacity`` tiles. A block of ``V`` is ``capacity`` tiles of 2 vectors; a tile of ``Z``
    holds its O channels padded to whole blocks of 6 and whole vectors; a position of ``Z``,
    ``capacity`` tiles. The block and position strides are rounded up to an odd number of
    64-byte cache lines: at exactly 256 tiles (16 KB for V's block in float32) the 16 positions
    lay a multiple of 4 KB apart, in one set of the first-level cache, and the packing's 16
    streams of stores evicted each other (the first, scalar, packing of ``Z`` took 46 against
    12.6 ms for a 32 -> 32 layer at 128 px, measured beside the running grid)."""
    lanes = TARGET.vector_bits // (8 * itemsize)
    o_row = -(-_padded_outputs(o) // lanes) * lanes
    return (int(rows_first_step(capacity * 2 * lanes, itemsize)), o_row,
            int(rows_first_step(capacity * o_row, itemsize)))


def tasks(n: int, h: int, wd: int) -> tuple[int, int, int]:
    """(tile rows per band, groups of images, tiles the buffers hold): bands of at most
    ``MAX_TILES`` tiles (at least one tile row: a wider map's buffers hold its row), and enough
    image groups for two tasks per thread."""
    th, tw = h // 2, wd // 2
    tile_rows = max(1, min(th, MAX_TILES // tw))
    bands = -(-th // tile_rows)
    tile_rows = -(-th // bands)                     # bands of one height
    return tile_rows, image_groups(n, bands), max(MAX_TILES, tile_rows * tw)


def _plan(n: int, c: int, h: int, wd: int, o: int, itemsize: int) -> tuple[int, ...]:
    """(tile rows per band, groups of images, tiles the buffers hold: :func:`tasks`; then the
    tasks, and the values between two positions of a task's dU sums): dU's 16 positions (O
    padded to 6) x C each, an odd number of cache lines apart (at a multiple of 4 KB the sums'
    16 streams fell in one set of the first-level cache; adding and transforming two tasks'
    sums of 512 x 512 channels on 1 Zen 3 thread (AVX2) took 23.5 against 9.5 ms)."""
    tile_rows, groups, capacity = tasks(n, h, wd)
    count = -(-(h // 2) // tile_rows) * groups
    return (tile_rows, groups, capacity, count,
            int(rows_first_step(_padded_outputs(o) * c, itemsize)))


def scratch_elements(x_shape, out_channels: int, itemsize: int = 4) -> int:
    """The kernel's largest array for an input of ``x_shape`` (N, C, H, W): the tasks' dU sums,
    16 values a pair of channels and task (the direct kernel keeps 9)."""
    *_, count, du_step = _plan(*x_shape, out_channels, itemsize)
    return count * 16 * du_step


def weight_and_bias_grad(x, dy: np.ndarray, relu_output: np.ndarray | None = None):
    """(dL/dW (O, C, 3, 3), dL/db (O,)) of a 3x3 'same' convolution, ``dy`` masked by
    ``[relu_output > 0]`` when given; x (N, C, H, W) or a pair read as their concatenation
    (:func:`tinyunet.fast.direct._sources`), dy (N, O, H, W). Needs :func:`usable`'s shapes."""
    _check_relu_output(dy, relu_output)
    first, rest, split, (n, c, h, wd) = _sources(x)
    o = dy.shape[1]
    if not usable((n, c, h, wd), o, first.dtype):
        lanes = TARGET.lanes(first.dtype)
        raise ValueError(f"the Winograd weight gradient needs an even height, a width that is a "
                         f"multiple of {lanes}, a multiple of {2 * lanes} input channels and of "
                         f"{lanes} output channels, got {c} -> {o} channels of {h} x {wd}")
    dy = np.ascontiguousarray(dy, dtype=first.dtype)
    use_mask = relu_output is not None
    mask = np.ascontiguousarray(relu_output, dtype=first.dtype) if use_mask else dy
    tile_rows, groups, capacity, count, du_step = _plan(n, c, h, wd, o, first.itemsize)
    partial = np.zeros((count, 16 * du_step), dtype=first.dtype)
    partial_bias = np.zeros((count, o), dtype=first.dtype)
    _weight_grad_kernel(first, rest, c, dy, mask, use_mask, tile_rows, groups,
                        capacity, *buffer_layout(o, first.itemsize, capacity), du_step, partial,
                        partial_bias)
    dw = np.empty((o, c, 3, 3), dtype=first.dtype)
    _finish(partial, o, du_step, c, dw)
    return dw, partial_bias.sum(axis=0)
