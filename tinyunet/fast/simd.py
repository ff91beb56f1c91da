"""Explicit SIMD vectors in numba: the few operations a register-blocked kernel needs.

numba vectorises a loop by itself when the loop runs over contiguous pixels, but it cannot be told
to keep a *tile* of results in registers: an accumulator array stays in memory, loaded and
stored around every multiply-add. These intrinsics give a numba function a value type that is a
whole SIMD register, so that a kernel can name its accumulators (``a00 = vfma(x, w0, a00)``) and
LLVM keeps each one in a register for the whole loop:

==================  ==========================================================================
``Vec``             a vector register: ``VECTOR_BITS`` wide, 16 float32 lanes or 8 float64 lanes
                    at 512 bits (AVX-512), 8 or 4 at 256 (AVX2), 4 or 2 at 128 (SSE, NEON)
``lanes_of(a)``     how many lanes a vector of ``a``'s dtype has (a compile-time constant)
``vload(a, i)``     ``a[i : i + lanes]`` as a vector (``a`` 1-D, C-contiguous)
``vsplat_at(a, i)`` a vector with every lane ``a[i]`` (a broadcast load)
``vfma(x, y, z)``   ``x * y + z`` lane by lane: one fused multiply-add where the CPU has one
``vadd(x, y)``      ``x + y`` lane by lane (``vsub``: ``x - y``)
``vstore(a, i, v)`` ``a[i : i + lanes] = v``
``vrelu(v)``        ``v`` with its negative lanes set to 0 (a NaN stays a NaN)
``vsum(v)``         the sum of ``v``'s lanes, as a scalar (a tree of halving adds)
``vstore_pairs``    ``vstore_pairs(a, i, u, v)``: ``a[i : i + 2 lanes] = u0, v0, u1, v1, ...``
``vstore_pairs_apart``  ``vstore_pairs`` with the two halves at ``a[i ...]`` and ``a[j ...]``
``vload_halves``    ``vload_halves(a, i, j)``: ``a[i : i + lanes/2]`` then ``a[j : j + lanes/2]``
``vload_pairs``     ``vload_pairs(a, i)``: ``(a[i], a[i + 2], ..), (a[i + 1], a[i + 3], ..)``, the
                    even and odd elements of ``a[i : i + 2 lanes]`` as two vectors
``vkeep_where``     ``vkeep_where(g, y)``: ``g`` where ``y > 0``, else ``g * 0`` (a ReLU's backward)
``prefetch(a, i)``  a hint that ``a[i]``'s cache line is read soon (changes no value)
``vcopy_transposed``  ``vcopy_transposed(a, i, s, b, j, t)``: a lanes x lanes block, rows ``s``
                    apart in ``a``, copied transposed to rows ``t`` apart in ``b``
==================  ==========================================================================

A kernel's register tile (K output rows x F vectors of sums) is a tuple of K tuples of F vectors,
``acc[k][f]``, built and updated by a few operations on tuples, so that a 4 x 4 tile, a 2 x 4 one
and a 4 x 3 one are the same code specialised by the tuples' lengths:

=========================================  ================================================
``vloads(a, i, offsets)``                  ``(vload(a, i + offsets[0]), ...)``
``vsplats(a, i, offsets)``                 ``(vsplat_at(a, i + offsets[0]), ...)``
``vrepeat(v, like)``                       ``(v, v, ...)``, ``len(like)`` times
``vtile(starts, like)``                    row k: ``len(like)`` copies of ``starts[k]``
``vfma_splat_rows(acc, xs, a, i, rows)``   ``acc[k][f] += a[i + rows[k]] * xs[f]``
``vfma_load_rows(acc, gs, a, i, rows)``    ``acc[k][f] += vload(a, i + rows[k]) * gs[f]``
``vrelu_tile(acc)``                        every sum through ``vrelu``
``vstore_tile(a, i, step, offsets, acc)``  ``a[i + k * step + offsets[f] ...] = acc[k][f]``
=========================================  ================================================

The index arithmetic is raw: no bounds check and no negative-index wraparound (which numba would
otherwise add to every scalar load of an inner loop). Callers keep every index in range.

``VECTOR_BITS`` is the width of the vector registers of the CPU numba compiles for
(:mod:`tinyunet.fast.target`): 512 with AVX-512, 256 with AVX2, 128 with SSE or NEON. A ``Vec`` is
one such register, so a kernel's tile of named sums maps onto registers one to one; its size
(``tinyunet.fast.target.TILE_CHANNELS``) is chosen so that the tile fits the register file.
"""

from __future__ import annotations

from llvmlite import ir
from numba import types
from numba.core import cgutils
from numba.extending import intrinsic, models, register_model

from .target import VECTOR_BITS


class Vec(types.Type):
    """numba type of a ``VECTOR_BITS``-wide vector of ``dtype`` (float32 or float64)."""

    def __init__(self, dtype):
        self.dtype = dtype
        self.lanes = VECTOR_BITS // dtype.bitwidth
        super().__init__(name=f"Vec({self.lanes} x {dtype})")


@register_model(Vec)
class _VecModel(models.PrimitiveModel):
    def __init__(self, dmm, fe_type):
        element = ir.FloatType() if fe_type.dtype == types.float32 else ir.DoubleType()
        super().__init__(dmm, fe_type, ir.VectorType(element, fe_type.lanes))


def _check_array(arr):
    if not (isinstance(arr, types.Array) and arr.ndim == 1 and arr.layout == "C"
            and arr.dtype in (types.float32, types.float64)):
        raise TypeError(f"simd needs a 1-D C-contiguous float32/float64 array, got {arr}")


def _pointer(context, builder, array_type, array, index):
    data = context.make_array(array_type)(context, builder, array).data
    return builder.gep(data, [index])


def _splat(builder, vector_type: ir.VectorType, scalar):
    zero = ir.Constant(ir.IntType(32), 0)
    one_lane = builder.insert_element(ir.Constant(vector_type, ir.Undefined), scalar, zero)
    mask = ir.Constant(ir.VectorType(ir.IntType(32), vector_type.count), [0] * vector_type.count)
    return builder.shuffle_vector(one_lane, one_lane, mask)


def _load_at(context, builder, array_type, array, index, vector_type):
    pointer = _pointer(context, builder, array_type, array, index)
    return builder.load(builder.bitcast(pointer, vector_type.as_pointer()),
                        align=array_type.dtype.bitwidth // 8)


def _splat_at(context, builder, array_type, array, index, vector_type):
    return _splat(builder, vector_type, builder.load(
        _pointer(context, builder, array_type, array, index)))


def _fmuladd(builder, x, y, z):
    vector_type = x.type
    suffix = "f32" if isinstance(vector_type.element, ir.FloatType) else "f64"
    fma = cgutils.get_or_insert_function(
        builder.module, ir.FunctionType(vector_type, [vector_type] * 3),
        f"llvm.fmuladd.v{vector_type.count}{suffix}")
    return builder.call(fma, [x, y, z])


def _relu(builder, x):
    """``x`` where ``x >= 0`` (or NaN), else 0: ``0 if v < 0 else v`` lane by lane."""
    zero = ir.Constant(x.type, None)
    return builder.select(builder.fcmp_ordered("<", x, zero), zero, x)


@intrinsic
def lanes_of(typingctx, arr):
    """Lanes of a vector of ``arr``'s dtype (a constant): ``VECTOR_BITS`` / the dtype's bits."""
    _check_array(arr)
    lanes = VECTOR_BITS // arr.dtype.bitwidth

    def codegen(context, builder, sig, args):
        return ir.Constant(ir.IntType(64), lanes)
    return types.intp(arr), codegen


@intrinsic
def vload(typingctx, arr, index):
    """``arr[index : index + lanes]`` as a vector."""
    _check_array(arr)
    vec = Vec(arr.dtype)

    def codegen(context, builder, sig, args):
        return _load_at(context, builder, sig.args[0], args[0], args[1],
                        context.get_value_type(vec))
    return vec(arr, index), codegen


@intrinsic
def vsplat_at(typingctx, arr, index):
    """A vector whose every lane is ``arr[index]``."""
    _check_array(arr)
    vec = Vec(arr.dtype)

    def codegen(context, builder, sig, args):
        return _splat_at(context, builder, sig.args[0], args[0], args[1],
                         context.get_value_type(vec))
    return vec(arr, index), codegen


@intrinsic
def prefetch(typingctx, arr, index):
    """Ask the CPU to bring the cache line holding ``arr[index]`` into its caches ahead of
    use (LLVM's ``prefetch``: a read, kept in every level); a hint, never a fault."""
    _check_array(arr)

    def codegen(context, builder, sig, args):
        pointer = _pointer(context, builder, sig.args[0], args[0], args[1])
        i32 = ir.IntType(32)
        fn = cgutils.get_or_insert_function(
            builder.module, ir.FunctionType(ir.VoidType(), [pointer.type, i32, i32, i32]),
            "llvm.prefetch.p0")
        builder.call(fn, [pointer, ir.Constant(i32, 0), ir.Constant(i32, 3), ir.Constant(i32, 1)])
        return context.get_dummy_value()
    return types.none(arr, index), codegen


@intrinsic
def vzeros(typingctx, arr):
    """A vector of zeros of ``arr``'s dtype."""
    _check_array(arr)
    vec = Vec(arr.dtype)

    def codegen(context, builder, sig, args):
        return ir.Constant(context.get_value_type(vec), None)
    return vec(arr), codegen


@intrinsic
def vrelu(typingctx, x):
    """``x`` where ``x >= 0`` (or NaN), else 0, lane by lane: a ReLU that keeps a NaN a NaN,
    as the scalar ``0 if v < 0 else v`` does."""
    if not isinstance(x, Vec):
        raise TypeError(f"vrelu needs a vector, got {x}")

    def codegen(context, builder, sig, args):
        return _relu(builder, args[0])
    return x(x), codegen


@intrinsic
def vkeep_where(typingctx, g, y):
    """``g`` where ``y > 0``, else ``g * 0``, lane by lane: a ReLU's backward pass (``y`` its
    output), with ``g * 0`` rather than 0 so that a NaN or infinite gradient gives a NaN, as
    the scalar :func:`tinyunet.fast.bands.relu_grad` does."""
    if not (isinstance(g, Vec) and g == y):
        raise TypeError(f"vkeep_where needs two vectors of one type, got {g}, {y}")

    def codegen(context, builder, sig, args):
        zero = ir.Constant(args[0].type, None)
        positive = builder.fcmp_ordered(">", args[1], zero)
        return builder.select(positive, args[0], builder.fmul(args[0], zero))
    return g(g, y), codegen


@intrinsic
def vfma(typingctx, x, y, z):
    """``x * y + z`` lane by lane (LLVM's ``fmuladd``: one fused multiply-add, one rounding,
    where the CPU has the instruction; a multiply and an add where it has not, rather than
    a call into the C library per lane)."""
    if not (isinstance(x, Vec) and x == y == z):
        raise TypeError(f"vfma needs three vectors of one type, got {x}, {y}, {z}")

    def codegen(context, builder, sig, args):
        return _fmuladd(builder, *args)
    return x(x, y, z), codegen


def _lanewise(name, build):
    """An intrinsic ``name(x, y)`` of two vectors of one type, ``build(builder, x, y)`` lane
    by lane."""
    def typer(typingctx, x, y):
        if not (isinstance(x, Vec) and x == y):
            raise TypeError(f"{name} needs two vectors of one type, got {x}, {y}")

        def codegen(context, builder, sig, args):
            return build(builder, *args)
        return x(x, y), codegen
    typer.__name__ = name
    return intrinsic(typer)


vadd = _lanewise("vadd", lambda builder, x, y: builder.fadd(x, y))
vadd.__doc__ = "``x + y`` lane by lane."
vsub = _lanewise("vsub", lambda builder, x, y: builder.fsub(x, y))
vsub.__doc__ = "``x - y`` lane by lane."


@intrinsic
def vstore(typingctx, arr, index, value):
    """``arr[index : index + lanes] = value``."""
    _check_array(arr)
    if value != Vec(arr.dtype):
        raise TypeError(f"cannot store {value} into an array of {arr.dtype}")

    def codegen(context, builder, sig, args):
        pointer = _pointer(context, builder, sig.args[0], args[0], args[1])
        builder.store(args[2], builder.bitcast(pointer, args[2].type.as_pointer()),
                      align=arr.dtype.bitwidth // 8)
        return context.get_dummy_value()
    return types.none(arr, index, value), codegen


@intrinsic
def vsum(typingctx, v):
    """The sum of the lanes of ``v``: add the upper half to the lower, then again, down to one
    lane (log2(lanes) shuffles and adds, in that fixed order)."""
    if not isinstance(v, Vec):
        raise TypeError(f"vsum needs a vector, got {v}")

    def codegen(context, builder, sig, args):
        value = args[0]
        width = v.lanes
        while width > 1:
            half = width // 2
            index = ir.IntType(32)
            low = builder.shuffle_vector(value, value, ir.Constant(ir.VectorType(index, half),
                                                                   list(range(half))))
            high = builder.shuffle_vector(value, value, ir.Constant(ir.VectorType(index, half),
                                                                    list(range(half, width))))
            value = builder.fadd(low, high)
            width = half
        return builder.extract_element(value, ir.Constant(ir.IntType(32), 0))
    return v.dtype(v), codegen


@intrinsic
def vstore_pairs(typingctx, arr, index, even, odd):
    """``arr[index + 2k] = even[k]`` and ``arr[index + 2k + 1] = odd[k]`` for every lane k: two
    vectors interleaved into ``2 * lanes`` neighbouring elements (one shuffle, then stores)."""
    _check_array(arr)
    if not (even == odd == Vec(arr.dtype)):
        raise TypeError(f"cannot store {even} and {odd} into an array of {arr.dtype}")

    def codegen(context, builder, sig, args):
        lanes = even.lanes
        order = [k // 2 + (k % 2) * lanes for k in range(2 * lanes)]
        mask = ir.Constant(ir.VectorType(ir.IntType(32), 2 * lanes), order)
        pairs = builder.shuffle_vector(args[2], args[3], mask)
        pointer = _pointer(context, builder, sig.args[0], args[0], args[1])
        builder.store(pairs, builder.bitcast(pointer, pairs.type.as_pointer()),
                      align=arr.dtype.bitwidth // 8)
        return context.get_dummy_value()
    return types.none(arr, index, even, odd), codegen


@intrinsic
def vload_pairs(typingctx, arr, index):
    """``(even, odd)``: ``even[k] = arr[index + 2k]``, ``odd[k] = arr[index + 2k + 1]`` for every
    lane k, the inverse of :func:`vstore_pairs` (one load of ``2 * lanes`` elements, two
    shuffles)."""
    _check_array(arr)
    vec = Vec(arr.dtype)

    def codegen(context, builder, sig, args):
        lanes = vec.lanes
        wide = ir.VectorType(context.get_data_type(arr.dtype), 2 * lanes)
        pointer = _pointer(context, builder, sig.args[0], args[0], args[1])
        both = builder.load(builder.bitcast(pointer, wide.as_pointer()),
                            align=arr.dtype.bitwidth // 8)
        index_type = ir.VectorType(ir.IntType(32), lanes)
        even = builder.shuffle_vector(both, both, ir.Constant(index_type,
                                                              list(range(0, 2 * lanes, 2))))
        odd = builder.shuffle_vector(both, both, ir.Constant(index_type,
                                                             list(range(1, 2 * lanes, 2))))
        return context.make_tuple(builder, sig.return_type, [even, odd])
    return types.UniTuple(vec, 2)(arr, index), codegen


@intrinsic
def vstore_pairs_apart(typingctx, arr, first, second, even, odd):
    """:func:`vstore_pairs` with its two halves apart: the ``2 * lanes`` interleaved elements
    ``even[0], odd[0], even[1], ..`` go ``lanes`` to ``arr[first ...]`` and ``lanes`` to
    ``arr[second ...]`` (two rows of a map one vector wide)."""
    _check_array(arr)
    if not (even == odd == Vec(arr.dtype)):
        raise TypeError(f"cannot store {even} and {odd} into an array of {arr.dtype}")

    def codegen(context, builder, sig, args):
        lanes = even.lanes
        index = ir.IntType(32)
        for half, at in enumerate((args[1], args[2])):
            order = [k // 2 + (k % 2) * lanes for k in range(half * lanes, (half + 1) * lanes)]
            part = builder.shuffle_vector(args[3], args[4],
                                          ir.Constant(ir.VectorType(index, lanes), order))
            pointer = _pointer(context, builder, sig.args[0], args[0], at)
            builder.store(part, builder.bitcast(pointer, part.type.as_pointer()),
                          align=arr.dtype.bitwidth // 8)
        return context.get_dummy_value()
    return types.none(arr, first, second, even, odd), codegen


@intrinsic
def vload_halves(typingctx, arr, first, second):
    """A vector of ``arr[first : first + lanes / 2]`` then ``arr[second : second + lanes / 2]``
    (two half-width loads joined)."""
    _check_array(arr)
    vec = Vec(arr.dtype)

    def codegen(context, builder, sig, args):
        lanes = vec.lanes
        half = ir.VectorType(context.get_data_type(arr.dtype), lanes // 2)
        parts = []
        for at in (args[1], args[2]):
            pointer = _pointer(context, builder, sig.args[0], args[0], at)
            parts.append(builder.load(builder.bitcast(pointer, half.as_pointer()),
                                      align=arr.dtype.bitwidth // 8))
        order = ir.Constant(ir.VectorType(ir.IntType(32), lanes), list(range(lanes)))
        return builder.shuffle_vector(parts[0], parts[1], order)
    return vec(arr, first, second), codegen


# Register tiles. A tile is a tuple of K rows, each a tuple of F vectors: ``acc[k][f]``, one
# named sum per register, like ``a00 .. a33`` written out by hand (LLVM keeps a tuple's vectors
# in registers as it keeps named ones). One kernel's tile of 4 x 4 and another's of 2 x 4 or
# 4 x 3 are then the same code, specialised by the tuples' lengths.

def _offsets(offsets, name):
    if not (isinstance(offsets, types.BaseTuple) and len(offsets) > 0
            and all(isinstance(t, types.Integer) for t in offsets)):
        raise TypeError(f"{name} needs a non-empty tuple of integers, got {offsets}")
    return len(offsets)


def _tile_type(acc):
    """(K, F, Vec) of a tile type UniTuple(UniTuple(Vec, F), K), else TypeError."""
    if (isinstance(acc, types.UniTuple) and isinstance(acc.dtype, types.UniTuple)
            and isinstance(acc.dtype.dtype, Vec)):
        return acc.count, acc.dtype.count, acc.dtype.dtype
    raise TypeError(f"a tile is a tuple of tuples of vectors, got {acc}")


def _index(context, builder, base, base_type, offsets, offsets_type, k):
    """``base + offsets[k]`` as an intp."""
    offset = context.cast(builder, builder.extract_value(offsets, k), offsets_type[k],
                          types.intp)
    return builder.add(context.cast(builder, base, base_type, types.intp), offset)


def _vectors_at(read, name):
    """An intrinsic ``f(arr, base, offsets)`` -> one vector per offset, read by ``read``."""
    def typer(typingctx, arr, base, offsets):
        _check_array(arr)
        n = _offsets(offsets, name)
        vec = Vec(arr.dtype)

        def codegen(context, builder, sig, args):
            vector_type = context.get_value_type(vec)
            vectors = [read(context, builder, arr, args[0],
                            _index(context, builder, args[1], base, args[2], offsets, k),
                            vector_type) for k in range(n)]
            return context.make_tuple(builder, sig.return_type, vectors)
        return types.UniTuple(vec, n)(arr, base, offsets), codegen
    typer.__name__ = name
    return intrinsic(typer)


vloads = _vectors_at(_load_at, "vloads")
vloads.__doc__ = "``(vload(a, i + offsets[0]), vload(a, i + offsets[1]), ...)``"
vsplats = _vectors_at(_splat_at, "vsplats")
vsplats.__doc__ = "``(vsplat_at(a, i + offsets[0]), vsplat_at(a, i + offsets[1]), ...)``"


def _outer_fma(read, name):
    """An intrinsic ``f(acc, fixed, arr, base, offsets)``: for each row k, a vector ``v_k`` read
    by ``read`` at ``arr[base + offsets[k]]``, then ``acc[k][f] = v_k * fixed[f] + acc[k][f]``
    for every f. The rows come one after another, each read just before its multiply-adds, in
    the order a hand-written tile would give them."""
    def typer(typingctx, acc, fixed, arr, base, offsets):
        rows, columns, vec = _tile_type(acc)
        _check_array(arr)
        if _offsets(offsets, name) != rows or fixed != types.UniTuple(vec, columns) \
                or vec != Vec(arr.dtype):
            raise TypeError(f"{name}: a {rows} x {columns} tile of {vec} needs {columns} "
                            f"vectors and {rows} offsets into an array of its dtype, got "
                            f"{fixed}, {offsets} and {arr}")

        def codegen(context, builder, sig, args):
            tile, fixed_values = args[0], args[1]
            vector_type = context.get_value_type(vec)
            xs = [builder.extract_value(fixed_values, f) for f in range(columns)]
            out = []
            for k in range(rows):
                v = read(context, builder, arr, args[2],
                         _index(context, builder, args[3], base, args[4], offsets, k),
                         vector_type)
                row = builder.extract_value(tile, k)
                out.append(context.make_tuple(builder, acc.dtype, [
                    _fmuladd(builder, v, xs[f], builder.extract_value(row, f))
                    for f in range(columns)]))
            return context.make_tuple(builder, acc, out)
        return acc(acc, fixed, arr, base, offsets), codegen
    typer.__name__ = name
    return intrinsic(typer)


vfma_splat_rows = _outer_fma(_splat_at, "vfma_splat_rows")
vfma_splat_rows.__doc__ = """``acc[k][f] += arr[i + offsets[k]] * fixed[f]``: row k's weight
broadcast, then multiplied into every fixed vector (a forward tile: weights x input vectors)."""
vfma_load_rows = _outer_fma(_load_at, "vfma_load_rows")
vfma_load_rows.__doc__ = """``acc[k][f] += vload(arr, i + offsets[k]) * fixed[f]``: row k's
vector loaded, then multiplied with every fixed vector (a weight-gradient tile: shifted inputs x
gradient vectors)."""


@intrinsic
def vtile(typingctx, starts, like):
    """A tile whose row k is ``len(like)`` copies of ``starts[k]`` (a tuple of vectors): the
    sums' starting values (a bias, or zeros)."""
    if not (isinstance(starts, types.UniTuple) and isinstance(starts.dtype, Vec)):
        raise TypeError(f"vtile needs a tuple of vectors, got {starts}")
    columns = _offsets(like, "vtile")
    row_type = types.UniTuple(starts.dtype, columns)
    tile_type = types.UniTuple(row_type, starts.count)

    def codegen(context, builder, sig, args):
        rows = [context.make_tuple(builder, row_type,
                                   [builder.extract_value(args[0], k)] * columns)
                for k in range(starts.count)]
        return context.make_tuple(builder, tile_type, rows)
    return tile_type(starts, like), codegen


@intrinsic
def vrepeat(typingctx, v, like):
    """``(v, v, ...)``, as many as ``like`` has elements."""
    if not isinstance(v, Vec):
        raise TypeError(f"vrepeat needs a vector, got {v}")
    n = _offsets(like, "vrepeat")

    def codegen(context, builder, sig, args):
        return context.make_tuple(builder, sig.return_type, [args[0]] * n)
    return types.UniTuple(v, n)(v, like), codegen


@intrinsic
def vrelu_tile(typingctx, acc):
    """Every vector of a tile through :func:`vrelu`."""
    rows, columns, vec = _tile_type(acc)

    def codegen(context, builder, sig, args):
        out = []
        for k in range(rows):
            row = builder.extract_value(args[0], k)
            values = []
            for f in range(columns):
                values.append(_relu(builder, builder.extract_value(row, f)))
            out.append(context.make_tuple(builder, acc.dtype, values))
        return context.make_tuple(builder, acc, out)
    return acc(acc), codegen


@intrinsic
def vstore_tile(typingctx, arr, base, row_step, offsets, acc):
    """``vstore(arr, base + k * row_step + offsets[f], acc[k][f])`` for every row k and
    vector f: a tile's sums, row k (an output channel) ``row_step`` after row k - 1."""
    _check_array(arr)
    rows, columns, vec = _tile_type(acc)
    if _offsets(offsets, "vstore_tile") != columns or vec != Vec(arr.dtype):
        raise TypeError(f"vstore_tile: a {rows} x {columns} tile of {vec} needs {columns} "
                        f"offsets into an array of its dtype, got {offsets} and {arr}")

    def codegen(context, builder, sig, args):
        step = context.cast(builder, args[2], row_step, types.intp)
        at = context.cast(builder, args[1], base, types.intp)
        for k in range(rows):
            row = builder.extract_value(args[4], k)
            for f in range(columns):
                index = _index(context, builder, at, types.intp, args[3], offsets, f)
                pointer = _pointer(context, builder, sig.args[0], args[0], index)
                value = builder.extract_value(row, f)
                builder.store(value, builder.bitcast(pointer, value.type.as_pointer()),
                              align=arr.dtype.bitwidth // 8)
            at = builder.add(at, step)
        return context.get_dummy_value()
    return types.none(arr, base, row_step, offsets, acc), codegen


@intrinsic
def vcopy_transposed(typingctx, src, src_at, src_step, dst, dst_at, dst_step):
    """A ``lanes x lanes`` block copied transposed: row i of the source, ``lanes`` elements from
    ``src[src_at + i * src_step]``, becomes column i of the destination, whose row j starts at
    ``dst[dst_at + j * dst_step]``, i.e. ``dst[dst_at + j * dst_step + i] = src[src_at + i *
    src_step + j]``. ``lanes`` loads, log2(lanes) rounds of ``lanes`` interleaving shuffles
    (row i with row i + lanes / 2: their low halves' elements alternating, then their high
    halves'), ``lanes`` stores: a change of layout from channels-first to channels-last at
    vector speed."""
    _check_array(src)
    _check_array(dst)
    if src.dtype != dst.dtype:
        raise TypeError(f"vcopy_transposed: {src.dtype} into {dst.dtype}")
    vec = Vec(src.dtype)

    def codegen(context, builder, sig, args):
        lanes = vec.lanes
        vector_type = context.get_value_type(vec)
        index_type = ir.VectorType(ir.IntType(32), lanes)
        low = ir.Constant(index_type, [k // 2 + (k % 2) * lanes for k in range(lanes)])
        high = ir.Constant(index_type, [lanes // 2 + k // 2 + (k % 2) * lanes
                                        for k in range(lanes)])
        at = context.cast(builder, args[1], src_at, types.intp)
        step = context.cast(builder, args[2], src_step, types.intp)
        rows = []
        for _ in range(lanes):
            rows.append(_load_at(context, builder, sig.args[0], args[0], at, vector_type))
            at = builder.add(at, step)
        for _ in range(lanes.bit_length() - 1):
            half = lanes // 2
            rows = [r for i in range(half) for r in (
                builder.shuffle_vector(rows[i], rows[i + half], low),
                builder.shuffle_vector(rows[i], rows[i + half], high))]
        at = context.cast(builder, args[4], dst_at, types.intp)
        step = context.cast(builder, args[5], dst_step, types.intp)
        for row in rows:
            pointer = _pointer(context, builder, sig.args[3], args[3], at)
            builder.store(row, builder.bitcast(pointer, vector_type.as_pointer()),
                          align=dst.dtype.bitwidth // 8)
            at = builder.add(at, step)
        return context.get_dummy_value()
    return types.none(src, src_at, src_step, dst, dst_at, dst_step), codegen
