"""Direct 3x3 convolution in numba: every 3x3 'same' convolution of the U-Net, all three passes.

As matrix products, a U-Net's 3x3 convolutions are thin where the maps are large (16 channels at
256x256: K = 16 per tap), so every product streams the whole feature map through memory to do 16
multiply-adds per value, and BLAS cannot reach its speed. These kernels instead keep a band of
rows in cache and do all the work for it at once.

**Forward** (:func:`conv3x3_forward`), stride 1, zero padding 1 (``"same"``)::

    y[n, o, r, x] = b[o] + sum_c sum_{i,j in 0..2} W[o, c, i, j] * x[n, c, r + i - 1, x + j - 1]

One task is an image and a band of about 4,000 pixels (15 rows of a 256-wide map, a whole 32x32
map); a batch too small to give every thread tasks has its images cut into thinner bands (of at
least 4 rows), and only past that a task takes a group of the output channels
(:func:`tinyunet.fast.bands.band_rows_and_channel_groups`). With 16 vector registers a band of
a map 128 px or wider also holds at most ``BAND_BYTES_16`` (160 KiB, all channels): 9 rows of a
256-wide map of 16 channels (:func:`band_plan`). The task copies its band of input rows,
with a one-pixel zero border, onto the padded grid of :mod:`tinyunet.conv`'s shifted views: rows
``W + 2`` wide, flattened, so that tap ``(i, j)`` of pixel ``p`` is simply ``p + i*(W + 2) +
j`` (in whole vectors, asking for the input ``PREFETCH_BYTES`` ahead of the row it copies: the
copy streams the previous layer's output from memory with no arithmetic beside it, and
``benchmarks/band_fill.py`` measures what it costs each layer). Then a register tile
(:func:`_tile`, written with :mod:`tinyunet.fast.simd`'s tiles of explicit vectors) computes 4
output channels x 4 vectors of neighbouring pixels (64 float32 pixels with AVX-512's 16 lanes) at
once: its 16 sums stay in registers over every input channel and tap, and each step loads 4 shifted
input vectors and broadcasts 4 weights for 16 fused multiply-adds, so the arithmetic units, not
the loads, set the pace. That tile needs 21 of a CPU's vector registers; where there are only 16
(AVX2, SSE: :mod:`tinyunet.fast.target`), 16 sums alone would fill them and every step would spill
to memory. There a map at least two vectors wide runs in tiles of 4 channels x 3 vectors
(:func:`_band_tiles_16`: 12 sums, 3 inputs, a weight), taken from the band's output vectors row
after row and stored finished, on a band laid out row by row (band row k holds every channel's
row, one after another, an odd number of cache lines apart: :func:`_fill_band_rows_first`,
:func:`rows_first_step`): a tile's walk over 64-256 channels of planes each several KB apart
touched more pages than the first-level TLB holds, and the deep layers ran 5-10 % slower that
way (``benchmarks/band_bytes.py``). The other layouts run the
4 x 4 tile as two of 2 channels (:func:`_tile_on`, 13 registers), each reading the band's inputs
again from L1. Writing the
band out drops the two junk columns per row (where taps wrap around a row end) and applies the
bias and, if asked, a ReLU. A last block of fewer than 4 output channels repeats its last
channel, whose copies are dropped. A map exactly one vector
wide (16x16 in float32) has the most junk on that grid (rows of 18, and 288 pixels in 5 tiles
of 64), so it gets a layout of its own (:func:`_fill_narrow_band`): each band row holds the
image row as three vectors, shifted by -1, 0 and +1 pixels, and a tile is 4 whole rows. Where
a row is a whole number of tiles (64, 128, 256 px in float32), or a tile 2 whole rows of 2
vectors (32 px), and the output channels come in whole blocks of 4, the tiles run row by row
(:func:`_tile_to_row`): each starts from the bias, takes the ReLU in registers and is stored
straight into the output, so there is no band of sums to write out afterwards and no junk
columns are computed (12-15 % faster at 256 px, 3-9 % at 64-128 px, 5-9 % at 32 px).

**Input gradient** (:func:`conv3x3_input_grad`): for stride 1 and padding 1 it is the same
convolution applied to ``dy``, with the weights flipped in space and transposed in channels::

    dx[n, c] = conv3x3(dy[n], W'),   W'[c, o, i, j] = W[o, c, 2 - i, 2 - j]

The forward pass reads ``W`` where it lies; the input gradient first copies ``W'`` out of it
(9 weights per pair of channels, small beside the pass), so that in both the tile finds an
output channel's 9 taps of an input channel side by side, at offsets the compiler knows.

**A concatenated input** (a U-Net decoder's up-sampled map and skip features): every function
takes a pair ``(a, b)`` for ``x`` and reads it as ``np.concatenate((a, b), axis=1)``, band by
band from where the two lie, so the concatenation is never built; the input gradient can write
its result as the matching pair of arrays.

**Weight gradient** (:func:`conv3x3_weight_grad`)::

    dW[o, c, i, j] = sum_{n, r, x} dy[n, o, r, x] * x[n, c, r + i - 1, x + j - 1]

a reduction over every pixel, on the same padded grid (``dy`` zero in the two extra columns). A
task (a band of rows, for a group of images) runs a register tile (:func:`_grad_tile`) per
block of 4 output channels, pair of input channels and kernel row ``i``: 4 x 2 x 3 taps = 24
vector sums over the band's pixels, each step loading 4 vectors of ``dy`` and 6 shifted vectors
of input for 24 fused multiply-adds (with 16 registers, two tiles of 2 x 2 x 3 = 12 sums,
:func:`_grad_tile`); at the band's end each sum is added across its lanes. The tasks' sums
are added at the end, and the same pass sums ``dy`` for the bias gradient.

**A ReLU after the convolution** costs no pass of its own: the forward kernel applies it while
writing the band out, and the backward kernels take the ReLU's output and apply its backward
(``dy * [relu_output > 0]``) while they copy ``dy`` into their bands.

Every kernel is checked against the im2col convolution, which is itself checked against naive
loops (``tests/test_direct.py``). Arithmetic uses the ``contract`` and ``reassoc`` fast-math flags
only (fused multiply-add and vectorised sums; no assumptions about NaN or infinity), so NaNs still
propagate and the results match the reference to float rounding.
"""

from __future__ import annotations

import numpy as np
from numba import njit, prange

from .. import workspace
from ..kernels import input_shape, relu_grad
from . import bands as _bands
from .bands import (CHANNEL_BLOCK, FASTMATH, balanced_bands, band_rows_and_channel_groups,
                    copy_vectors, copy_vectors_where, group_task_band, image_groups,
                    padded_channels, task_band)
from .simd import (VECTOR_BITS, lanes_of, prefetch, vfma_load_rows, vfma_splat_rows, vloads,
                   vrelu_tile, vrepeat, vsplats, vstore_tile, vsum, vtile, vzeros)
from .target import TILE_CHANNELS

# Pixels of the padded grid per band of the weight-gradient kernel (at least 8 rows): its sums
# are added across the lanes once per band, so bands are long (13 rows at 128 px, whole images
# at 32 px and below); bench_conv_paths.py measured 1.0-1.25x over bands of 8 rows there.
WEIGHT_GRAD_PIXELS = 2048


# How far ahead of the row it copies a band fill asks for the input (software prefetch, in the
# copy's order: rows, then channels). The copy reads the previous layer's output from memory,
# and the hardware prefetcher, which restarts at every channel's rows, left it at a third of
# a plain copy's speed: a whole 128 -> 64 layer at 128 px on 1 thread spent 6.1-7.7 ms copying
# its bands, 3.8-4.2 ms with this (benchmarks/band_fill.py; 4 and 16 KiB ahead were slower).
PREFETCH_BYTES = 8192


@njit(cache=True, inline="always")
def _sources_of(x, x_rest, split, mask, use_mask, b):
    """What a band fill reads, flattened: ``(x, x_rest, mask, split, channels of x_rest,
    use_mask, image b)``."""
    return (x.reshape(x.size), x_rest.reshape(x_rest.size), mask.reshape(mask.size), split,
            x_rest.shape[1], use_mask, b)


@njit(cache=True, inline="always")
def _input_row(inputs, ch, src, h, wd):
    """(flat array, offset) of row ``src`` of channel ``ch`` of the image: channels below
    ``split`` in ``x``, the others in ``x_rest``."""
    x_all, rest_all, _, split, rest_c, _, b = inputs
    if ch < split:
        return x_all, ((b * split + ch) * h + src) * wd
    return rest_all, ((b * rest_c + ch - split) * h + src) * wd


@njit(cache=True, inline="always")
def _copy_input_row(inputs, ch, src, h, wd, flat, at):
    """``flat[at:at + W]`` = that row, times ``[mask > 0]`` with ``use_mask`` (a ReLU's
    backward pass, ``mask`` its output, done while copying)."""
    row, start = _input_row(inputs, ch, src, h, wd)
    if inputs[5]:
        copy_vectors_where(row, inputs[2], start, flat, at, wd)
    else:
        copy_vectors(row, start, flat, at, wd)


@njit(cache=True, inline="always")
def _prefetch_row(inputs, ch, src, c, h, wd):
    """Ask for row ``src`` of channel ``ch`` of the image ahead of its copy, if there is one."""
    if ch < c and 0 <= src < h:
        row, start = _input_row(inputs, ch, src, h, wd)
        for i in range(0, wd, lanes_of(row)):
            prefetch(row, start + i)
            if inputs[5]:
                prefetch(inputs[2], start + i)


@njit(cache=True, inline="always")
def _prefetch_ahead(inputs, ahead, first_row, rows, c, h, wd):
    """Prefetch the input row at ``ahead`` (channel, band row; :func:`_rows_ahead`) and return
    ``ahead`` moved on by one row in the copy's order."""
    ch, k = ahead
    _prefetch_row(inputs, ch, first_row - 1 + k, c, h, wd)
    return (ch + 1, 0) if k + 1 == rows + 2 else (ch, k + 1)


@njit(cache=True, inline="always")
def _rows_ahead(x, rows):
    """(channel, band row) ``PREFETCH_BYTES`` of input rows ahead of channel 0's first band row,
    in the copy's order (band rows, then channels; ``rows + 2`` band rows a channel)."""
    ahead = max(1, PREFETCH_BYTES // (x.shape[3] * x.itemsize))
    return ahead // (rows + 2), ahead % (rows + 2)


@njit(cache=True)              # (not inlined: inside the kernel it doubled its compile time)
def _fill_band(x, x_rest, split, mask, use_mask, b, first_row, rows, grid):
    """:func:`_fill_band_strided` with one plane per channel (rows ``W + 2`` long)."""
    c, plane = grid.shape
    _fill_band_strided(x, x_rest, split, mask, use_mask, b, first_row, rows,
                       grid.reshape(grid.size), c, plane, x.shape[3] + 2)


@njit(cache=True)
def _fill_band_rows_first(x, x_rest, split, mask, use_mask, b, first_row, rows, flat, c):
    """:func:`_fill_band_strided` row by row: band row k holds every channel's row, one after
    another (channel ch's at ``(k * c + ch) * s``, ``s = rows_first_step(W + 2, itemsize)``)."""
    step = rows_first_step(x.shape[3] + 2, x.itemsize)
    _fill_band_strided(x, x_rest, split, mask, use_mask, b, first_row, rows, flat, c, step,
                       c * step)


@njit(cache=True)
def rows_first_step(wp, itemsize):
    """How far apart the channels' rows lie in a row-by-row band (:func:`_fill_band_rows_first`):
    ``wp`` values (a padded row) rounded up to an odd number of 64-byte cache lines. A first
    level cache of 64 sets of 64 bytes puts two addresses 4 KiB apart in one set, so with rows
    of ``wp`` values (1,032 bytes at 256 px, 2,056 at 512) the 3 rows x C channels that one tile
    reads fell in a few sets and evicted each other; an odd number of lines spreads them over
    all 64. On 1 Zen 3 core, bands of ``BAND_PIXELS``: 64 -> 32 at 512 px 73 -> 88 GFLOP/s,
    32 -> 32 at 512 px 78 -> 88, 32 -> 16 at 256 px 77 -> 85 (``benchmarks/band_bytes.py``,
    ``benchmarks/rows_step_zen3_ab.txt``)."""
    per_line = 64 // itemsize
    lines = (wp + per_line - 1) // per_line
    if lines % 2 == 0:
        lines += 1
    return lines * per_line


@njit(cache=True, inline="always")
def _fill_band_strided(x, x_rest, split, mask, use_mask, b, first_row, rows, flat, c,
                       channel_step, row_step):
    """Copy image ``b``'s rows ``first_row - 1 .. first_row + rows`` of every channel into
    ``flat`` with a zero border: band row k of channel ch starts at ``ch * channel_step + k *
    row_step`` and holds ``W + 2`` values, one zero column either side; rows outside the image
    are all zero. One plane per channel (``row_step`` W + 2, ``channel_step`` the plane, at
    least (rows + 2) * (W + 2) + 2): zeros to the end of each plane, where the last taps reach.
    Row by row (``channel_step`` at least W + 2, ``row_step`` C * ``channel_step``): zeros
    from each row's end to the next channel's row, and after the last row to the end of
    ``flat``. Every element is written, so ``flat`` may come from ``np.empty``.
    Channels ``ch < split`` come from ``x``, the others from ``x_rest[:, ch - split]`` (the two
    inputs of a concatenation, read where they lie). With ``use_mask`` the copy is ``x * [mask
    > 0]``."""
    h, wd = x.shape[2], x.shape[3]
    wp = wd + 2
    inputs = _sources_of(x, x_rest, split, mask, use_mask, b)
    ahead = _rows_ahead(x, rows)
    for ch in range(c):
        base = ch * channel_step
        for k in range(rows + 2):
            ahead = _prefetch_ahead(inputs, ahead, first_row, rows, c, h, wd)
            at = base + k * row_step
            src = first_row - 1 + k
            if 0 <= src < h:
                flat[at] = 0
                _copy_input_row(inputs, ch, src, h, wd, flat, at + 1)
                flat[at + wd + 1] = 0
            else:
                flat[at:at + wp] = 0
            if row_step >= channel_step:       # row by row: zeros up to the next channel's row
                flat[at + wp:at + channel_step] = 0
        if row_step < channel_step:            # one plane per channel: zeros to its end
            flat[base + (rows + 2) * row_step:base + channel_step] = 0
    if row_step >= channel_step:               # row by row: zeros after the last row
        flat[(rows + 2) * row_step:] = 0


@njit(cache=True)
def _fill_narrow_band(x, x_rest, split, mask, use_mask, b, first_row, rows, grid):
    """:func:`_fill_band` for a map exactly one vector wide (W = L lanes: 16x16 in float32):
    row k of ``grid`` (C, K * 3L, K >= rows + 2) holds image row ``first_row - 1 + k`` three
    times, as the vectors of its left neighbours, itself and its right neighbours
    (``x[.., j - 1]``, ``x[.., j]``, ``x[.., j + 1]``, zero past either edge), so that every
    tap of an output row is one aligned vector and no junk columns are computed. Rows outside
    the image, and past the band, are zero. (The row is copied one to the right into the left
    third, one to the left into the right third, then into the centre: each copy one vector,
    overwriting the last one's overlap with the centre.)"""
    c, plane = grid.shape
    h, wd = x.shape[2], x.shape[3]
    flat = grid.reshape(grid.size)
    inputs = _sources_of(x, x_rest, split, mask, use_mask, b)
    ahead = _rows_ahead(x, rows)
    for ch in range(c):
        for k in range(plane // (3 * wd)):
            if k < rows + 2:
                ahead = _prefetch_ahead(inputs, ahead, first_row, rows, c, h, wd)
            at = ch * plane + 3 * k * wd
            src = first_row - 1 + k
            if 0 <= src < h and k < rows + 2:
                _copy_input_row(inputs, ch, src, h, wd, flat, at + 1)
                _copy_input_row(inputs, ch, src, h, wd, flat, at + 2 * wd - 1)
                _copy_input_row(inputs, ch, src, h, wd, flat, at + wd)
                flat[at] = 0
                flat[at + 3 * wd - 1] = 0
            else:
                flat[at:at + 3 * wd] = 0


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _tile(band, plane, weights, c, rows, p0, wp, out, out_plane, narrow):
    """:func:`_tile_on` for the band's layout: the padded grid (rows ``wp`` wide, taps one
    pixel apart, the tile's 4 vectors side by side), or with ``narrow`` the rows of
    :func:`_fill_narrow_band` (rows 3L wide, taps a vector apart, the tile's vectors 4 rows);
    each branch passes constants, so the compiler turns every offset into a fixed one. The sums
    go to the band's output buffer ``out`` (bias and ReLU come when it is written out)."""
    lanes = lanes_of(band)
    if narrow:
        _tile_on(band, plane, weights, c, rows, start=3 * p0, row_step=3 * lanes,
                 tap_step=lanes, vector_step=3 * lanes, pair_step=6 * lanes, out=out, p0=p0,
                 out_plane=out_plane, bias=out, b0=0, finish=False, relu=False)
    else:
        _tile_on(band, plane, weights, c, rows, start=p0, row_step=wp, tap_step=1,
                 vector_step=lanes, pair_step=2 * lanes, out=out, p0=p0, out_plane=out_plane,
                 bias=out, b0=0, finish=False, relu=False)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _tile_to_row(band, plane, weights, c, rows, start, wp, pair_step, y, at, y_plane,
                 bias, b0, relu):
    """:func:`_tile_on` on the padded grid whose 4L pixels are neighbours in the output: a
    stretch of one image row (``pair_step`` 2L) or 2 whole rows of a 2L-wide map (``pair_step``
    ``wp``). The sums start from the bias of output channels ``b0 .. b0 + 3``, get the ReLU (if
    ``relu``) in registers and go straight to ``y[at + q * y_plane ...]``, with no output
    buffer to write out afterwards."""
    _tile_on(band, plane, weights, c, rows, start=start, row_step=wp, tap_step=1,
             vector_step=lanes_of(band), pair_step=pair_step, out=y, p0=at, out_plane=y_plane,
             bias=bias, b0=b0, finish=True, relu=relu)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _tile_on(band, plane, weights, c, rows, start, row_step, tap_step,
             vector_step, pair_step, out, p0, out_plane, bias, b0, finish, relu):
    """``out[q * out_plane + p0 + vL + l] = sum_{ch < C, tap} w_q[ch, tap] * band[ch * plane +
    start + s_v + i * row_step + j * tap_step + l]`` (tap = 3i + j) for 4 output channels q =
    0..3 and 4 vectors v of L lanes l (64 float32 pixels, 32 float64 at 512 bits), vector v at
    ``s_v`` = 0, ``vector_step``, ``pair_step``, ``pair_step + vector_step``: on the padded grid
    ``start = p0``, ``row_step = wp``, ``tap_step = 1``, ``vector_step = L`` and ``pair_step =
    2L`` (4 vectors side by side) or ``wp`` (2 rows of 2 vectors: a 2L-wide map).

    ``w_q[ch, tap] = weights[rows[q] + 9 * ch + tap]``: weights (O, C, 3, 3) flat, ``rows[q] =
    o * 9C`` for output channel o, so that each of the 4 channels' 9 taps lie at fixed offsets
    from one pointer that moves on by 9 per input channel (taps counted at run time, or a stride
    not known to the compiler, cost 30 stack reloads per 144 multiply-adds: there are too few
    registers for 36 separate offsets).

    With ``finish`` the sums start from ``bias[b0 + q]`` and end with a ReLU if ``relu``: the
    finished output, for a caller that stores the tile straight into the output array.

    With 32 vector registers the 16 sums (4 channels x 4 vectors) stay in registers over every
    input channel and tap, each step loading 4 vectors of input (unaligned: the tap's shift) and
    broadcasting 4 weights for 16 fused multiply-adds (21 registers). With 16 the 4 channels run
    as two pairs, one after the other (8 sums, 4 inputs and a weight: 13 registers), each
    reading the band's inputs again from L1."""
    lanes = lanes_of(band)
    columns = (0, vector_step, pair_step, pair_step + vector_step)
    stores = (0, lanes, 2 * lanes, 3 * lanes)
    if TILE_CHANNELS == 4:
        _channels_tile(band, plane, weights, c, (rows[0], rows[1], rows[2], rows[3]), start,
                       row_step, tap_step, columns, out, p0, out_plane, stores, bias, b0,
                       (0, 1, 2, 3), finish, relu)
    else:
        for half in range(2):
            _channels_tile(band, plane, weights, c, (rows[2 * half], rows[2 * half + 1]),
                           start, row_step, tap_step, columns, out,
                           p0 + 2 * half * out_plane, out_plane, stores, bias, b0 + 2 * half,
                           (0, 1), finish, relu)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _channels_tile(band, plane, weights, c, rows, start, row_step, tap_step, columns, out, p0,
                   out_plane, stores, bias, b0, channels, finish, relu):
    """The register tile of every forward kernel: for the output channels of ``rows`` (a tuple:
    each one's weights start at ``rows[q]``) and the vectors at ``columns`` (a tuple of offsets),
    ``len(rows) x len(columns)`` sums held in registers over every input channel and tap (each
    step loads the vectors, then broadcasts one channel's weight after another into them), then
    stored at ``out[p0 + q * out_plane + stores[v]]``. The sums start from ``bias[b0 +
    channels[q]]`` and end with a ReLU (if ``relu``) when ``finish``, else start from zero."""
    if finish:
        acc = vtile(vsplats(bias, b0, channels), columns)
    else:
        acc = vtile(vrepeat(vzeros(band), rows), columns)
    for ch in range(c):
        first = ch * plane + start                   # the tile's first pixel in this channel
        for tap in range(9):
            xs = vloads(band, first + (tap // 3) * row_step + (tap % 3) * tap_step, columns)
            acc = vfma_splat_rows(acc, xs, weights, 9 * ch + tap, rows)
    if finish and relu:
        acc = vrelu_tile(acc)
    vstore_tile(out, p0, out_plane, stores, acc)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _band_tiles_16(band, channel_step, weights, c, rows, band_rows, row_step, wd, y, at, y_plane,
                   bias, b0, relu):
    """The band's ``band_rows`` output rows (``wd`` pixels, a whole number of vectors, at least
    2; the band's channels ``channel_step`` apart, its rows ``row_step``: the row-by-row layout
    of :func:`_fill_band_rows_first`) of the 4 output channels ``rows`` on a CPU with 16 vector
    registers, stored finished
    (bias, ReLU) at ``y[at + q * y_plane + r * wd ...]``: the band's output vectors, row after
    row, in tiles of 3 (:func:`_tile_4x3`), the last 2 or 4 in tiles of 2. A tile may span two
    rows (a 32 px row is 4 vectors at 256 bits). 12 sums in registers hide the multiply-add's
    latency better than the 8 of :func:`_tile_on`'s pairs and need 7 loads for 12 multiply-adds,
    not 6 for 8 (scratch test of the tiles on a band in L1, haswell, 1 thread: 121 against 105
    GFLOP/s)."""
    per_row = wd // lanes_of(band)
    total = band_rows * per_row
    threes = total // 3 - (1 if total % 3 == 1 else 0)
    g = 0
    for _ in range(threes):
        _tile_4x3(band, channel_step, weights, c, rows, g, per_row, row_step, wd, y, at,
                  y_plane, bias, b0, relu, 3)
        g += 3
    while g < total:
        _tile_4x3(band, channel_step, weights, c, rows, g, per_row, row_step, wd, y, at,
                  y_plane, bias, b0, relu, 2)
        g += 2


@njit(cache=True, inline="always")
def _vector_at(g, per_row, row_length, lanes):
    """Where output vector ``g`` of a band (``per_row`` vectors a row, row after row) starts
    in an array whose rows are ``row_length`` long."""
    return (g // per_row) * row_length + (g % per_row) * lanes


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _tile_4x3(band, channel_step, weights, c, rows, g, per_row, row_step, wd, y, at, y_plane,
              bias, b0, relu, count):
    """``y[at + q * y_plane + d_v + l] = bias[b0 + q] + sum_{ch, tap} w_q[ch, tap] * band[ch *
    channel_step + s_v + l + i * row_step + j]`` (then a ReLU if ``relu``) for the 4 output
    channels q and ``count`` (3 or 2: a constant where it is inlined) of the band's output
    vectors v = g, g + 1, ... (at ``s_v`` in the band, ``d_v`` in the output:
    :func:`_vector_at`). The
    input's vectors stay in registers while each channel's weight is broadcast, so 4 x 3 sums,
    3 inputs and a weight fill a 16-register file exactly. Weights as in :func:`_tile_on`."""
    lanes = lanes_of(band)
    s0, d0 = _vector_at(g, per_row, row_step, lanes), _vector_at(g, per_row, wd, lanes)
    s1, d1 = _vector_at(g + 1, per_row, row_step, lanes), _vector_at(g + 1, per_row, wd, lanes)
    rows4 = (rows[0], rows[1], rows[2], rows[3])
    if count == 3:
        s2 = _vector_at(g + 2, per_row, row_step, lanes)
        d2 = _vector_at(g + 2, per_row, wd, lanes)
        _channels_tile(band, channel_step, weights, c, rows4, 0, row_step, 1, (s0, s1, s2), y,
                       at, y_plane, (d0, d1, d2), bias, b0, (0, 1, 2, 3), True, relu)
    else:
        _channels_tile(band, channel_step, weights, c, rows4, 0, row_step, 1, (s0, s1), y, at,
                       y_plane, (d0, d1), bias, b0, (0, 1, 2, 3), True, relu)


@njit(parallel=True, fastmath=FASTMATH, cache=True)
def _forward_kernel(x, x_rest, c, mask, use_mask, weights, stride_o, bias, relu,
                    y, y_rest, o, rows_per_task, groups, y_flat, y_rest_flat):
    n, split, h, wd = x.shape
    y_split = y.shape[1]        # output channels below it go to y, the others to y_rest
    wp = wd + 2
    lanes = lanes_of(weights)
    tile = 4 * lanes                                 # pixels per tile
    bands = (h + rows_per_task - 1) // rows_per_task
    blocks = (o + CHANNEL_BLOCK - 1) // CHANNEL_BLOCK
    per_group = (blocks + groups - 1) // groups
    # a task: an image, a band of its rows and a group of blocks of 4 output channels
    narrow = wd == lanes                 # rows of one vector: the layout without junk columns
    out_row = wd if narrow else wp
    # Where a tile on the padded grid is 4L neighbouring output pixels (a stretch of a row a
    # whole number of tiles wide, or 2 whole rows of 2 vectors) in every band, the outputs are
    # given flattened too (``y_flat``, ``y_rest_flat``) and come in whole blocks of 4 channels
    # in each part: each tile is stored there finished, with no band buffer to write out
    # (the narrow layout's 4-row tiles measured no faster stored that way, and compile longer)
    # How many output rows one tile covers where its 4L pixels are neighbours in the output:
    # 1 (a stretch of one row: rows a whole number of tiles wide), 2 (2 whole rows: a map 2L
    # wide), or 0 where tiles do not line up with the output rows (they go to a band buffer)
    rows_per_tile = 1 if wd % tile == 0 else (2 if 2 * wd == tile else 0)
    # With 16 vector registers every map at least 2 whole vectors wide goes that way, in the
    # tiles of _band_tiles_16
    wide_16 = TILE_CHANNELS == 2 and wd % lanes == 0 and wd >= 2 * lanes
    to_rows = ((wide_16 or (rows_per_tile > 0 and rows_per_task % rows_per_tile == 0
                            and h % rows_per_tile == 0))
               and o % CHANNEL_BLOCK == 0
               and y_split % CHANNEL_BLOCK == 0 and y_flat.shape[0] == y.size
               and y_rest_flat.shape[0] == y_rest.size)
    pair_step = 2 * lanes if rows_per_tile == 1 else wp   # where the tile's third vector starts
    for task in prange(n * bands * groups):
        b, first_row, rows = task_band(task // groups, bands, rows_per_task, h)
        first_block = (task % groups) * per_group
        # the band's pixels on the padded grid (rows of one vector: its rows), rounded up to
        # whole tiles
        out_plane = (rows * out_row + tile - 1) // tile * tile
        # The band's input rows with a one-pixel zero border (rows first_row - 1 .. first_row +
        # rows, columns -1 .. wd), flattened, one plane per channel with zeros after them for
        # the last tile's taps (or, for the 16-register tiles, row by row: each band row holds
        # every channel's row): built once per task, it stays in cache for every output channel.
        # (with use_mask the input is x * [mask > 0]: a ReLU's backward, done while copying)
        if narrow:
            plane = (out_plane // wd + 2) * 3 * wd
        else:
            plane = out_plane + 2 * wp + 2
        rows_first = to_rows and wide_16
        step = rows_first_step(wp, x.itemsize)     # channel after channel, row by row
        band = np.empty((rows + 2) * c * step + 2 * lanes if rows_first else c * plane,
                        dtype=x.dtype)
        if narrow:
            _fill_narrow_band(x, x_rest, split, mask, use_mask, b, first_row, rows,
                              band.reshape((c, plane)))
        elif rows_first:
            _fill_band_rows_first(x, x_rest, split, mask, use_mask, b, first_row, rows, band,
                                  c)
        else:
            _fill_band(x, x_rest, split, mask, use_mask, b, first_row, rows,
                       band.reshape((c, plane)))
        # 4 output channels on the same padded grid; the last 2 columns of each row are junk
        # (none needed where the tiles go straight into the output rows)
        out = np.empty(0 if to_rows else 4 * out_plane, dtype=x.dtype)
        rows_of_block = np.empty(4, dtype=np.int64)
        for block in range(first_block, min(first_block + per_group, blocks)):
            for q in range(4):       # a last, partial block repeats its last channel (dropped)
                rows_of_block[q] = min(4 * block + q, o - 1) * stride_o
            if to_rows:
                oc = 4 * block
                if oc < y_split:
                    dst, first_at = y_flat, (b * y_split + oc) * h * wd
                else:
                    dst = y_rest_flat
                    first_at = (b * y_rest.shape[1] + oc - y_split) * h * wd
                if wide_16:                            # 16 registers: 4 x 3 tiles
                    _band_tiles_16(band, step, weights, c, rows_of_block, rows, c * step, wd,
                                   dst, first_at + first_row * wd, h * wd, bias, oc, relu)
                    continue
                for k in range(0, rows, rows_per_tile):
                    at = first_at + (first_row + k) * wd
                    for px in range(0, wd if rows_per_tile == 1 else 1, tile):
                        _tile_to_row(band, plane, weights, c, rows_of_block, k * wp + px, wp,
                                     pair_step, dst, at + px, h * wd, bias, oc, relu)
                continue
            for p0 in range(0, out_plane, tile):
                _tile(band, plane, weights, c, rows_of_block, p0, wp, out,
                      out_plane, narrow)
            # drop the junk columns (and the padding channels of a last, partial block), add
            # the bias, apply the ReLU
            for q in range(min(4, o - 4 * block)):
                oc = 4 * block + q
                bq = bias[oc]
                for k in range(rows):
                    src = out[q * out_plane + k * out_row:]
                    if oc < y_split:
                        dst = y[b, oc, first_row + k]
                    else:
                        dst = y_rest[b, oc - y_split, first_row + k]
                    for px in range(wd):
                        v = src[px] + bq
                        if relu and v < 0:       # (a NaN stays a NaN)
                            v = 0
                        dst[px] = v


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _grad_tile(grads, x_band, plane, o_block, c0, c1, i, wp, length, partial):
    """``partial[4 * o_block + q, ch, i, j] += sum_{p < length} grads[(4 * o_block + q) * length
    + p] * x_band[ch * plane + p + i*wp + j]`` for the 4 output channels q, the input channels
    ``ch`` = c0 and c1 and the 3 taps j of kernel row i (with c1 == c0 the second channel's
    sums are dropped). With 32 vector registers, 24 sums at once (each step loads 4 vectors of
    ``dy``, then 2 x 3 shifted vectors of input one after another, for 24 fused multiply-adds);
    with 16, the 4 output channels as two pairs (12 sums, 2 vectors of ``dy``, one of input)."""
    o0 = 4 * o_block
    if TILE_CHANNELS == 4:
        _grad_rows(grads, x_band, plane, o0, (0, length, 2 * length, 3 * length), c0, c1, i, wp,
                   length, partial)
    else:
        for pair in range(2):
            _grad_rows(grads, x_band, plane, o0 + 2 * pair, (0, length), c0, c1, i, wp, length,
                       partial)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _grad_rows(grads, x_band, plane, o0, outputs, c0, c1, i, wp, length, partial):
    """:func:`_grad_tile`'s sums for the ``len(outputs)`` output channels from o0 (their
    gradients at ``outputs``, offsets within ``grads``): a tile of 6 shifted inputs (c0 and c1,
    taps j = 0, 1, 2) x the gradient vectors, summed over the band's pixels, then added across
    lanes."""
    lanes = lanes_of(grads)
    x0 = c0 * plane + i * wp
    x1 = c1 * plane + i * wp
    shifts = (x0, x0 + 1, x0 + 2, x1, x1 + 1, x1 + 2)
    acc = vtile(vrepeat(vzeros(grads), shifts), outputs)
    g = o0 * length
    for p in range(0, length, lanes):
        acc = vfma_load_rows(acc, vloads(grads, g + p, outputs), x_band, p, shifts)
    for q in range(len(outputs)):
        _add_lane_sums(partial[o0 + q, c0, i], acc[0][q], acc[1][q], acc[2][q])
        if c1 != c0:
            _add_lane_sums(partial[o0 + q, c1, i], acc[3][q], acc[4][q], acc[5][q])


@njit(cache=True, inline="always")
def _add_lane_sums(d, s0, s1, s2):
    """``d[j] += (the sum of s_j's lanes)`` for j = 0, 1, 2: one kernel row's three taps."""
    d[0] += vsum(s0)
    d[1] += vsum(s1)
    d[2] += vsum(s2)


@njit(parallel=True, fastmath=FASTMATH, cache=True)
def _weight_grad_kernel(x, x_rest, c, dy, mask, use_mask, rows_per_task, groups, partial,
                        partial_bias):
    n, split, h, wd = x.shape
    o = dy.shape[1]
    wp = wd + 2
    lanes = lanes_of(partial_bias[0])
    bands = (h + rows_per_task - 1) // rows_per_task
    for task in prange(bands * groups):
        first_image, first_row, rows = group_task_band(task, groups, rows_per_task, h)
        # the band's pixels on the padded grid, rounded up to whole vectors
        length = (rows * wp + lanes - 1) // lanes * lanes
        # This band on the padded grid: x's rows first_row - 1 .. first_row + rows with a zero
        # border, and zeros after them for the last vector's taps; dy's rows with zero junk
        # columns, zero after the band and in the padding channels (O up to a multiple of 4).
        plane = length + 2 * wp + 2
        x_band = np.empty(c * plane, dtype=x.dtype)
        grads = np.zeros(partial.shape[1] * length, dtype=x.dtype)
        for b in range(first_image, n, groups):
            _fill_band(x, x_rest, split, x, False, b, first_row, rows,
                       x_band.reshape((c, plane)))
            for oc in range(o):
                total = partial_bias[task, oc]        # the bias gradient: sum of dy
                for k in range(rows):
                    dst = grads[oc * length + k * wp:]
                    src = dy[b, oc, first_row + k]
                    keep = mask[b, oc, first_row + k]
                    for px in range(wd):
                        v = relu_grad(src[px], keep[px]) if use_mask else src[px]
                        dst[px] = v
                        total += v
                partial_bias[task, oc] = total
            for o_block in range(partial.shape[1] // CHANNEL_BLOCK):
                for c0 in range(0, c, 2):
                    for i in range(3):
                        _grad_tile(grads, x_band, plane, o_block, c0, min(c0 + 1, c - 1), i, wp,
                                   length, partial[task])


def _sources(x):
    """The input of a convolution as the kernels read it: ``(x, x_rest, split, shape)``.

    ``x`` is an array (N, C, H, W), or a pair ``(a, b)`` that stands for their concatenation
    along the channel axis, ``np.concatenate((a, b), axis=1)``, which the kernels read where
    ``a`` and ``b`` lie (channels ``< split`` from ``a``, the others from ``b``) instead of
    building it: a U-Net's decoder convolutions take the up-sampled map and the skip features
    that way. ``shape`` is the shape of the whole input; every returned array is C-contiguous.
    """
    if isinstance(x, tuple):
        if len(x) != 2:
            raise ValueError(f"a concatenated input has 2 parts, got {len(x)}")
        first, rest = x
        if first.ndim != 4 or rest.ndim != 4 or (first.shape[0], *first.shape[2:]) != (
                rest.shape[0], *rest.shape[2:]):
            raise ValueError("the parts of a concatenated input must agree in N, H and W, got "
                             f"{first.shape} and {rest.shape}")
        dtype = np.result_type(first, rest)
        first = np.ascontiguousarray(first, dtype=dtype)
        rest = np.ascontiguousarray(rest, dtype=dtype)
        n, split, h, wd = first.shape
        return first, rest, split, (n, split + rest.shape[1], h, wd)
    x = np.ascontiguousarray(x)
    return x, x, x.shape[1], x.shape


def _check(shape, weight):
    if weight.shape[2:] != (3, 3):
        raise ValueError(f"direct convolution needs a 3x3 kernel, got {weight.shape[2:]}")
    if shape[1] != weight.shape[1]:
        raise ValueError(f"input has {shape[1]} channels, the weight expects {weight.shape[1]}")


def conv3x3_forward(x, weight: np.ndarray, bias: np.ndarray | None = None,
                    relu: bool = False) -> np.ndarray:
    """``y = conv(x, W) + b`` (then ``max(y, 0)`` if ``relu``), stride 1, padding 1.

    x (N, C, H, W), or a pair of arrays read as their concatenation along channels (see
    :func:`_sources`); weight (O, C, 3, 3), bias (O,) or None -> y (N, O, H, W).
    """
    return _forward(x, weight, bias, relu, None)


def _forward(x, weight, bias, relu, mask, out_split=None, backward=False):
    """conv3x3_forward of ``x``, or of ``x * [mask > 0]`` when a mask is given; with
    ``out_split``, the output as two arrays, channels below ``out_split`` and the rest; with
    ``backward``, the convolution by ``weight`` transposed and flipped (an input gradient)."""
    x, y, mask = new_output(x, weight, mask, out_split, backward)
    n, c, h, wd = input_shape(x)
    o = weight.shape[1] if backward else weight.shape[0]
    itemsize = (x[0] if isinstance(x, tuple) else x).itemsize
    rows, groups = band_plan(n, c, h, wd, o, itemsize)
    return forward_into(y, x, weight, bias, relu, mask, rows, backward, groups)


def new_output(x, weight, mask, out_split=None, backward=False):
    """What a 3x3 pass of ``x`` by ``weight`` writes into, checked: ``(x, y, mask)`` with x
    (or both parts of a pair) C-contiguous in one dtype, y (N, O, H, W) from the workspace (with
    ``out_split``, the pair of its first ``out_split`` channels and the rest; with
    ``backward``, O is weight's C) and the mask C-contiguous in x's dtype. Shared by every
    kernel of the forward pass's signature (this module's, :mod:`tinyunet.fast.winograd`)."""
    first, rest, _, shape = _sources(x)
    _check(shape, weight.transpose(1, 0, 2, 3) if backward else weight)
    n, _, h, wd = shape
    o = weight.shape[1] if backward else weight.shape[0]
    if out_split is None:
        y = workspace.empty((n, o, h, wd), first.dtype)
    else:
        if not 0 < out_split < o:
            raise ValueError(f"cannot split {o} output channels at {out_split}")
        y = (workspace.empty((n, out_split, h, wd), first.dtype),
             workspace.empty((n, o - out_split, h, wd), first.dtype))
    if mask is not None:
        mask = np.ascontiguousarray(mask, dtype=first.dtype)
    return (first if rest is first else (first, rest)), y, mask


def band_plan(n: int, c: int, h: int, wd: int, o: int, itemsize: int) -> tuple[int, int]:
    """(rows per band, groups of output-channel blocks) of the forward kernel on n maps of c
    channels, h x wd, to o output channels
    (:func:`tinyunet.fast.bands.band_rows_and_channel_groups`).

    A map one vector wide (16 px in float32) is laid out 3 vectors a row
    (:func:`_fill_narrow_band`), so its bands are also held to ``BAND_BYTES``: with 512
    channels, 8-row bands (1 MB) ran 3-7 % faster than whole 16-row images (1.8 MB). Wider
    maps measured the same or up to 1 % slower with bands cut to that size on AVX-512 (Zen 5,
    1 MB of L2), so there they keep ``BAND_PIXELS`` alone. With 16 vector registers (the 4 x 3
    tiles, on bands laid out row by row) the bands of maps whose rows are at least
    ``bands.LONG_ROW_BYTES`` long are held to ``bands.BAND_BYTES_16``
    (``benchmarks/band_bytes.py``)."""
    blocks = -(-o // CHANNEL_BLOCK)
    if 8 * wd * itemsize == VECTOR_BITS:
        return band_rows_and_channel_groups(n, h, wd + 2, blocks, 3 * c * wd * itemsize)
    if TILE_CHANNELS == 2 and wd * itemsize >= _bands.LONG_ROW_BYTES:
        row_bytes = c * rows_first_step(wd + 2, itemsize) * itemsize
        return band_rows_and_channel_groups(n, h, wd + 2, blocks, row_bytes,
                                            _bands.BAND_BYTES_16)
    return band_rows_and_channel_groups(n, h, wd + 2, blocks)


def forward_into(y, x, weight: np.ndarray, bias: np.ndarray | None, relu: bool,
                 mask: np.ndarray | None, rows_per_task: int, backward: bool = False,
                 groups: int = 1):
    """``y[:] = conv3x3(x * [mask > 0] if mask is given else x, W) + b`` (then a ReLU if asked):
    x (N, C, H, W) C-contiguous, or a pair of them read as their concatenation along channels
    (then no mask), weight (O, C, 3, 3), bias (O,) or None, y (N, O, H, W) C-contiguous, or a
    pair of them that receive the output's first channels and the rest; bands of
    ``rows_per_task`` rows. With ``backward``, the convolution is by ``W'[c, o, i, j] = W[o, c,
    2 - i, 2 - j]`` (an input gradient: x has O channels, y C), copied out of ``weight`` in that
    order (the forward pass reads ``weight`` where it lies). Tasks are (image, band, one of
    ``groups`` groups of output channels). Returns ``y``."""
    first, rest, split, shape = _sources(x)
    if mask is not None and rest is not first:
        raise ValueError("a mask applies to a single input, not a concatenated pair")
    o_in, c_in = weight.shape[:2]
    o = c_in if backward else o_in
    # (O, C, 3, 3) flat, output channel o's weights from o * 9C on; the forward pass reads the
    # weight where it lies, the input gradient a copy of W' (C, O, 3, 3), transposed and
    # flipped (9 weights per pair of channels: a small copy next to the pass)
    if backward:
        weights = workspace.empty((c_in, o_in, 3, 3), first.dtype)
        np.copyto(weights, weight.transpose(1, 0, 2, 3)[:, :, ::-1, ::-1], casting="unsafe")
        weights = weights.ravel()
    else:
        weights = np.ascontiguousarray(weight, dtype=first.dtype).ravel()
    stride_o = weights.size // o
    b = np.zeros(o, first.dtype) if bias is None else np.ascontiguousarray(bias, first.dtype)
    use_mask = mask is not None
    y_first, y_rest = y if isinstance(y, tuple) else (y, y)
    _forward_kernel(first, rest, shape[1], mask if use_mask else first, use_mask, weights,
                    stride_o, b, relu, y_first, y_rest, o, rows_per_task,
                    groups, _flat(y_first), _flat(y_rest))
    return y


def _flat(y):
    """``y`` flattened, a view the kernel may store whole rows into; empty (so the kernel
    writes through its band buffer instead) where ``y`` is not C-contiguous."""
    return y.reshape(-1) if y.flags.c_contiguous else np.empty(0, y.dtype)


def _check_relu_output(dy, relu_output):
    if relu_output is not None and relu_output.shape != dy.shape:
        raise ValueError(f"relu_output has shape {relu_output.shape}, dy {dy.shape}")


def conv3x3_input_grad(dy: np.ndarray, weight: np.ndarray, relu_output: np.ndarray | None = None,
                       split: int | None = None):
    """dL/dx of :func:`conv3x3_forward`: dy (N, O, H, W), weight (O, C, 3, 3) -> (N, C, H, W).

    With ``relu_output`` (the output of a ReLU that followed the convolution), ``dy`` is the
    gradient with respect to that output and the ReLU's backward pass, ``dy * [relu_output >
    0]``, is done while the kernel reads ``dy``: no separate pass over memory. With ``split``
    (the input was a pair, the first part with ``split`` channels), dx comes back as a pair of
    separate arrays, the gradients of the two parts.
    """
    _check_relu_output(dy, relu_output)
    return _forward(dy, weight, None, False, relu_output, split, backward=True)


def conv3x3_weight_grad(x, dy: np.ndarray) -> np.ndarray:
    """dL/dW of :func:`conv3x3_forward`: x (N, C, H, W), dy (N, O, H, W) -> (O, C, 3, 3)."""
    return conv3x3_weight_and_bias_grad(x, dy)[0]


def conv3x3_weight_and_bias_grad(x, dy: np.ndarray, relu_output: np.ndarray | None = None):
    """(dL/dW (O, C, 3, 3), dL/db (O,)) of :func:`conv3x3_forward` in one pass over ``dy``;
    ``x`` as there, ``relu_output`` as in :func:`conv3x3_input_grad`."""
    _check_relu_output(dy, relu_output)
    n, _, h, wd = input_shape(x)
    return weight_and_bias_grad(x, dy, relu_output, *weight_grad_tasks(n, h, wd))


def weight_grad_tasks(n: int, h: int, wd: int) -> tuple[int, int]:
    """(rows per band, groups of images) of the weight-gradient kernel for n maps of h x wd:
    bands of about ``WEIGHT_GRAD_PIXELS`` pixels, and enough image groups for two tasks per
    thread. Each of the ``bands * groups`` tasks keeps its own (O, C, 3, 3) partial sums.
    Bands are all of one height and, where there are few tasks, their number is a multiple of
    the threads, so that no thread waits for another's last task (a 64-row map: 3 bands of
    22, 22 and 20 rows rather than 31, 31 and 2; 128 rows: 10 bands rather than 9)."""
    bands = -(-h // min(h, max(8, WEIGHT_GRAD_PIXELS // (wd + 2))))
    groups = image_groups(n, bands)
    return -(-h // balanced_bands(h, bands, groups)), groups


def weight_grad_partial_shape(x_shape, out_channels: int, rows_per_task: int | None = None,
                              groups: int | None = None) -> tuple:
    """Shape of the weight-gradient kernel's partial sums, its one large scratch array, for an
    input of ``x_shape`` (N, C, H[, W]) and ``out_channels`` outputs: (tasks, O padded to the
    channel block, C, 3, 3), one (O, C, 3, 3) set of sums per task (band of rows, group of
    images); the tasks as :func:`weight_grad_tasks` cuts them unless given."""
    n, c, h = x_shape[:3]
    if rows_per_task is None:
        rows_per_task, groups = weight_grad_tasks(n, h, x_shape[3])
    return (-(-h // rows_per_task) * groups, padded_channels(out_channels), c, 3, 3)


def weight_and_bias_grad(x, dy: np.ndarray, relu_output: np.ndarray | None,
                         rows_per_task: int, groups: int):
    """This module's weight-gradient kernel: (dL/dW (O, C, 3, 3), dL/db (O,)), ``dy`` masked by
    ``[relu_output > 0]`` when given; x (N, C, H, W) or a pair read as their concatenation
    along channels, dy (N, O, H, W). Tasks are (band of ``rows_per_task`` rows, group of
    images), each with its own partial sums."""
    first, rest, split, (n, c, h, _) = _sources(x)
    dy = np.ascontiguousarray(dy, dtype=first.dtype)
    if relu_output is not None:
        relu_output = np.ascontiguousarray(relu_output, dtype=first.dtype)
    o = dy.shape[1]
    partial = np.zeros(weight_grad_partial_shape((n, c, h), o, rows_per_task, groups),
                       dtype=first.dtype)
    partial_bias = np.zeros(partial.shape[:2], dtype=first.dtype)
    use_mask = relu_output is not None
    _weight_grad_kernel(first, rest, c, dy, relu_output if use_mask else dy, use_mask,
                        rows_per_task, groups, partial, partial_bias)
    return partial.sum(axis=0)[:o], partial_bias.sum(axis=0)[:o]
