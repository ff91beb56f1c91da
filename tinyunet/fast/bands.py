"""How the numba kernels of :mod:`tinyunet.fast.direct` and :mod:`tinyunet.fast.patches` share out
their work: output channels in blocks of 4, images in bands of rows (one task per image and band,
per image, band and group of output channels, or per band and group of images), and the plain loops
they copy rows with.

A ``prange(n * bands)`` loop gives each thread whole bands, long enough for a vectorised inner
loop and small enough to stay in cache; :func:`band_rows`, :func:`band_rows_and_channel_groups`
and :func:`image_groups` size them from the batch, the map and numba's thread count.
"""

from __future__ import annotations

import numba
import numpy as np
from numba import njit

from ..kernels import relu_grad
from .simd import lanes_of, vkeep_where, vload, vstore

# Fused multiply-add and reordered sums (which vectorisation needs), nothing that changes what a
# NaN or an infinity does.
FASTMATH = {"contract", "reassoc"}

# The forward kernel's bands hold about this many pixels of the padded grid (rows * (W + 2)):
# long inner loops (15 rows at 256^2, whole images at 32^2 and below), and a band of input and
# 4 rows of output that fit in L2 (bench_conv_paths.py).
BAND_PIXELS = 4096

# ... and, where the caller asks, at most this many bytes, all channels (a core's L2 cache here;
# see tinyunet.fast.direct._forward).
BAND_BYTES = 1 << 20

# ... and on a CPU with 16 vector registers (AVX2, SSE: the 4 x 3 tiles of
# tinyunet.fast.direct._band_tiles_16, on bands laid out row by row), at most this many bytes on
# maps whose rows are at least LONG_ROW_BYTES long (128 px and wider in float32): there a whole
# band (16-64 channels, 0.3-0.6 MB) ran the 3x3 passes up to 10 % slower than bands cut to this
# size on a Zen 3 core (512 KB of L2), although their two border rows are then copied more
# often; on narrower maps whole bands were 1-4 % faster (benchmarks/band_bytes.py). Much of that
# was the first-level cache's sets: since the channels' rows lie an odd number of cache lines
# apart (tinyunet.fast.direct.rows_first_step), the budget, whole bands and bands of at least 2
# rows give the whole network the same time within 1 % (benchmarks/rows_step_zen3_ab.txt), and
# per layer each wins somewhere by 2-7 %; it is kept.
BAND_BYTES_16 = 160 << 10
LONG_ROW_BYTES = 512

# Output channels come in blocks of this many: a register tile holds 4 channels' sums (or, with
# 16 registers, two tiles of 2), and the kernels' outputs and partial sums are padded to it.
CHANNEL_BLOCK = 4


def padded_channels(channels: int) -> int:
    """``channels`` rounded up to a whole number of :data:`CHANNEL_BLOCK` blocks."""
    return channels + (-channels) % CHANNEL_BLOCK


# The fewest rows :func:`band_rows_and_channel_groups` cuts a band to for a small batch: one
# register tile of a map one vector wide (4 rows of one vector: 16 px at 512 bits, 8 at 256).
MIN_BAND_ROWS = 4


@njit(cache=True, inline="always")
def task_band(task, bands, rows_per_task, h):
    """Task ``task`` of a ``prange(n * bands)`` loop -> (image, first row, rows) of its band."""
    first_row = (task % bands) * rows_per_task
    return task // bands, first_row, min(first_row + rows_per_task, h) - first_row


@njit(cache=True, inline="always")
def group_task_band(task, groups, rows_per_task, h):
    """Task ``task`` of a weight-gradient kernel's ``prange(bands * groups)`` loop -> (its first
    image, first row, rows): it takes images ``first, first + groups, ...`` of that band."""
    first_row = (task // groups) * rows_per_task
    return task % groups, first_row, min(first_row + rows_per_task, h) - first_row


@njit(cache=True, inline="always")
def copy_row(src, dst):
    """``dst[:len(src)] = src`` as a plain loop (cheaper than a slice assignment per row)."""
    for i in range(src.shape[0]):
        dst[i] = src[i]


@njit(cache=True, inline="always")
def copy_vectors(src, at, dst, to, count):
    """``dst[to:to + count] = src[at:at + count]`` (both 1-D, C-contiguous) in whole vectors,
    then element by element: with no view made per call, much cheaper than :func:`copy_row` on
    short rows (a band of 512 channels of 32 px rows: 0.6 against 3.4 ms)."""
    lanes = lanes_of(dst)
    i = 0
    while i + 4 * lanes <= count:          # 4 loads before 4 stores
        v0, v1 = vload(src, at + i), vload(src, at + i + lanes)
        v2, v3 = vload(src, at + i + 2 * lanes), vload(src, at + i + 3 * lanes)
        vstore(dst, to + i, v0)
        vstore(dst, to + i + lanes, v1)
        vstore(dst, to + i + 2 * lanes, v2)
        vstore(dst, to + i + 3 * lanes, v3)
        i += 4 * lanes
    while i + lanes <= count:
        vstore(dst, to + i, vload(src, at + i))
        i += lanes
    while i < count:
        dst[to + i] = src[at + i]
        i += 1


@njit(cache=True, inline="always")
def copy_vectors_where(src, mask, at, dst, to, count):
    """``dst[to:to + count] = src[at:at + count] * [mask[at:at + count] > 0]`` (a ReLU's
    backward pass, ``mask`` its output, as :func:`relu_grad` does it) in whole vectors, then
    element by element."""
    lanes = lanes_of(dst)
    i = 0
    while i + lanes <= count:
        vstore(dst, to + i, vkeep_where(vload(src, at + i), vload(mask, at + i)))
        i += lanes
    while i < count:
        dst[to + i] = relu_grad(src[at + i], mask[at + i])
        i += 1


def pad_to_blocks(a: np.ndarray, dtype) -> np.ndarray:
    """``a`` (O, ...) with zeros appended along axis 0 up to a whole number of
    :data:`CHANNEL_BLOCK` output channels: the kernels of :mod:`tinyunet.fast.patches` work on
    whole blocks and drop the padding channels' outputs."""
    o = a.shape[0]
    if o % CHANNEL_BLOCK == 0:
        return np.ascontiguousarray(a, dtype=dtype)
    padded = np.zeros((padded_channels(o),) + a.shape[1:], dtype=dtype)
    padded[:o] = a
    return padded


def band_rows(n: int, h: int, row_length: int) -> int:
    """Rows per band of a ``prange(n * bands)`` kernel over n images of h rows, each row
    ``row_length`` pixels on the kernel's grid: about ``BAND_PIXELS`` pixels, so the inner loop is
    long even on narrow maps, but at least two bands per thread in all (a batch of one 16x16 map
    gets bands of 4 rows)."""
    rows = max(1, min(h, BAND_PIXELS // row_length))
    bands_wanted = -(-2 * numba.get_num_threads() // n)
    return max(1, min(rows, h // bands_wanted))


def band_rows_and_channel_groups(n: int, h: int, row_length: int, blocks: int,
                                 row_bytes: int = 0, budget: int | None = None
                                 ) -> tuple[int, int]:
    """(rows per band, groups of output-channel blocks) for the register-tiled forward kernel
    of :mod:`tinyunet.fast.direct`, whose tasks are (image, band, group).

    Bands hold about ``BAND_PIXELS`` pixels, all of one height. Where that gives fewer than two
    tasks per thread (one image, a small map), the images are cut into more bands, of at least
    ``MIN_BAND_ROWS`` rows, until every thread has the same number of tasks (one 32x32 image on
    2 threads: 2 bands of 16 rows). Each task copies its band's input once, so this beats
    sharing out the ``blocks`` blocks of 4 output channels among tasks, which copy the same band
    once each (batch 1, 2 threads: 256 -> 128 at 32 px 1.50 against 1.78 ms, 512 -> 512 at
    16 px 2.66 against 3.23 ms; 1 thread: 2.76 against 2.94 ms). Only where the rows run out
    (more threads than bands of 4 rows) do output-channel groups make up the rest, their
    number a multiple of the threads so that none waits for another's last task.

    With ``row_bytes`` (one band row, all channels, in bytes), bands also hold at most
    ``budget`` bytes (default ``BAND_BYTES``)."""
    threads = numba.get_num_threads()
    most_rows = BAND_PIXELS // row_length
    if row_bytes:
        most_rows = min(most_rows, (BAND_BYTES if budget is None else budget) // row_bytes)
    bands = -(-h // max(1, min(h, most_rows)))
    if n * bands >= 2 * threads:
        bands = balanced_bands(h, bands, n)
    else:
        most = max(bands, h // MIN_BAND_ROWS)
        while bands < most and (n * bands < threads or (n * bands) % threads):
            bands += 1
    rows = -(-h // bands)
    tasks = n * -(-h // rows)
    if tasks >= threads and tasks % threads == 0:
        return rows, 1
    groups = -(-2 * threads // tasks)
    while (tasks * groups) % threads:
        groups += 1
    return rows, max(1, min(blocks, groups))


def balanced_bands(h: int, bands: int, tasks_per_band: int) -> int:
    """``bands`` raised, up to one per row of the ``h``, until ``bands * tasks_per_band`` is a
    multiple of numba's threads, where there are few tasks (under 8 per thread): a ``prange``
    hands each thread an equal run of tasks, and with few tasks one more on a thread is a large
    share of the work (10 bands of a 128-row map on 2 threads rather than 9)."""
    threads = numba.get_num_threads()
    while (bands * tasks_per_band < 8 * threads and (bands * tasks_per_band) % threads
           and bands < h):
        bands += 1
    return bands


def image_groups(n: int, bands: int) -> int:
    """Groups of images for a weight-gradient kernel whose tasks are (band, group of images):
    enough to give every thread two tasks, and few, because each task keeps its own partial
    sums."""
    return min(n, max(1, -(-2 * numba.get_num_threads() // bands)))
