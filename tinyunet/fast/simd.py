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
``vstore(a, i, v)`` ``a[i : i + lanes] = v``
``vrelu(v)``        ``v`` with its negative lanes set to 0 (a NaN stays a NaN)
``vsum(v)``         the sum of ``v``'s lanes, as a scalar (a tree of halving adds)
``vstore_pairs``    ``vstore_pairs(a, i, u, v)``: ``a[i : i + 2 lanes] = u0, v0, u1, v1, ...``
``store_4``         ``store_4(a, i, v0, v1, v2, v3)``: four vectors to ``a[i : i + 4 lanes]``
``vkeep_where``     ``vkeep_where(g, y)``: ``g`` where ``y > 0``, else ``g * 0`` (a ReLU's backward)
``prefetch(a, i)``  a hint that ``a[i]``'s cache line is read soon (changes no value)
==================  ==========================================================================

The index arithmetic is raw: no bounds check and no negative-index wraparound (which numba would
otherwise add to every scalar load of an inner loop). Callers keep every index in range.

``VECTOR_BITS`` is the width of the vector registers of the CPU numba compiles for
(:mod:`tinyunet.fast.target`): 512 with AVX-512, 256 with AVX2, 128 with SSE or NEON. A ``Vec`` is
one such register, so a kernel's tile of named sums maps onto registers one to one; its size
(``tinyunet.fast.target.TILE_CHANNELS``) is chosen so that the tile fits the register file.
"""

from __future__ import annotations

from llvmlite import ir
from numba import njit, types
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
        pointer = _pointer(context, builder, sig.args[0], args[0], args[1])
        vector_type = context.get_value_type(vec)
        return builder.load(builder.bitcast(pointer, vector_type.as_pointer()),
                            align=arr.dtype.bitwidth // 8)
    return vec(arr, index), codegen


@intrinsic
def vsplat_at(typingctx, arr, index):
    """A vector whose every lane is ``arr[index]``."""
    _check_array(arr)
    vec = Vec(arr.dtype)

    def codegen(context, builder, sig, args):
        scalar = builder.load(_pointer(context, builder, sig.args[0], args[0], args[1]))
        return _splat(builder, context.get_value_type(vec), scalar)
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
        zero = ir.Constant(args[0].type, None)
        negative = builder.fcmp_ordered("<", args[0], zero)
        return builder.select(negative, zero, args[0])
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
        vector_type = args[0].type
        suffix = "f32" if x.dtype == types.float32 else "f64"
        fma = cgutils.get_or_insert_function(
            builder.module, ir.FunctionType(vector_type, [vector_type] * 3),
            f"llvm.fmuladd.v{x.lanes}{suffix}")
        return builder.call(fma, list(args))
    return x(x, y, z), codegen


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


@njit(cache=True, inline="always")
def store_4(out, at, v0, v1, v2, v3):
    """``out[at : at + 4 lanes] = v0, v1, v2, v3``: one output channel's row of a register
    tile of 4 vectors."""
    lanes = lanes_of(out)
    vstore(out, at, v0)
    vstore(out, at + lanes, v1)
    vstore(out, at + 2 * lanes, v2)
    vstore(out, at + 3 * lanes, v3)
