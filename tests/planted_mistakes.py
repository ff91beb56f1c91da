"""Wrong solutions of the exercises, each with one common mistake, written as a learner would
(plain NumPy, independent of the checker's own models of the mistakes). Each entry:
(exercise, the diagnosis the checker must give, the function)."""

from pathlib import Path

import numpy as np

from tinyunet.exercises import load_module

SOLUTIONS = Path(__file__).resolve().parents[1] / "exercises" / "solutions" / "my_layers.py"
good = load_module(SOLUTIONS)        # the worked solutions, which the mistakes start from


def conv_forward_flipped(x, w, b, stride, pad):
    return good.conv_forward(x, w[:, :, ::-1, ::-1], b, stride, pad)


def conv_forward_no_bias(x, w, b, stride, pad):
    return good.conv_forward(x, w, np.zeros_like(b), stride, pad)


def conv_forward_no_stride(x, w, b, stride, pad):
    return good.conv_forward(x, w, b, 1, pad)


def im2col_tap_major(x, kh, kw, stride, pad):
    n, c, h, wd = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    ho, wo = (h + 2 * pad - kh) // stride + 1, (wd + 2 * pad - kw) // stride + 1
    rows = []
    for i in range(kh):
        for j in range(kw):
            for ch in range(c):
                rows.append(xp[:, ch, i:i + stride * ho:stride,
                               j:j + stride * wo:stride].reshape(n, -1))
    return np.stack(rows, axis=1)


def im2col_no_padding(x, kh, kw, stride, pad):
    return good.im2col(x, kh, kw, stride, 0)


def col2im_assign(cols, x_shape, kh, kw, stride, pad):
    n, c, h, wd = x_shape
    ho, wo = (h + 2 * pad - kh) // stride + 1, (wd + 2 * pad - kw) // stride + 1
    xp = np.zeros((n, c, h + 2 * pad, wd + 2 * pad))
    for ch in range(c):
        for i in range(kh):
            for j in range(kw):
                xp[:, ch, i:i + stride * ho:stride, j:j + stride * wo:stride] = \
                    cols[:, (ch * kh + i) * kw + j].reshape(n, ho, wo)
    return xp[:, :, pad:pad + h, pad:pad + wd]


def col2im_keeps_padding(cols, x_shape, kh, kw, stride, pad):
    n, c, h, wd = x_shape
    return good.col2im(cols, (n, c, h + 2 * pad, wd + 2 * pad), kh, kw, stride, 0)


def conv_backward_dw_transposed(x, w, dy, stride, pad):
    dx, dw, db = good.conv_backward(x, w, dy, stride, pad)
    return dx, np.swapaxes(dw, 0, 1), db


def conv_backward_unflipped_dx(x, w, dy, stride, pad):
    _, dw, db = good.conv_backward(x, w, dy, stride, pad)
    dx, _, _ = good.conv_backward(x, w[:, :, ::-1, ::-1], dy, stride, pad)
    return dx, dw, db


def conv_backward_batch_mean(x, w, dy, stride, pad):
    dx, dw, db = good.conv_backward(x, w, dy, stride, pad)
    return dx, dw / x.shape[0], dy.mean(axis=0).sum(axis=(1, 2))


def conv_backward_db_per_image(x, w, dy, stride, pad):
    dx, dw, _ = good.conv_backward(x, w, dy, stride, pad)
    return dx, dw, dy.sum(axis=(2, 3))


def relu_forward_abs(x):
    return np.abs(x)


def relu_forward_min(x):
    return np.where(x < 0, x, 0.0)


def relu_backward_identity(dy, y):
    return dy


def relu_backward_dy_mask(dy, y):
    return np.where(dy > 0, dy, 0.0)


def relu_backward_times_y(dy, y):
    return dy * y


def maxpool_forward_mean(x):
    n, c, h, w = x.shape
    return x[:, :, :h // 2 * 2, :w // 2 * 2].reshape(n, c, h // 2, 2, w // 2, 2).mean(axis=(3, 5))


def maxpool_forward_stride1(x):
    n, c, h, w = x.shape
    return np.max([x[:, :, i:h - 1 + i, j:w - 1 + j] for i in (0, 1) for j in (0, 1)], axis=0)


def maxpool_backward_all_ties(dy, x):
    dx = np.zeros_like(x)
    for i in range(dy.shape[2]):
        for j in range(dy.shape[3]):
            win = x[:, :, 2 * i:2 * i + 2, 2 * j:2 * j + 2]
            mask = win == win.max(axis=(2, 3), keepdims=True)
            dx[:, :, 2 * i:2 * i + 2, 2 * j:2 * j + 2] += mask * dy[:, :, i:i + 1, j:j + 1]
    return dx


def maxpool_backward_average(dy, x):
    dx = np.zeros_like(x)
    up = np.repeat(np.repeat(dy, 2, axis=2), 2, axis=3) / 4
    dx[:, :, :up.shape[2], :up.shape[3]] = up
    return dx


def maxpool_backward_last(dy, x):
    dx = np.zeros_like(x)
    for i in range(dy.shape[2]):
        for j in range(dy.shape[3]):
            win = x[:, :, 2 * i:2 * i + 2, 2 * j:2 * j + 2]
            for n in range(x.shape[0]):
                for c in range(x.shape[1]):
                    best, where = -np.inf, None
                    for u in range(2):
                        for v in range(2):
                            if win[n, c, u, v] >= best:
                                best, where = win[n, c, u, v], (u, v)
                    dx[n, c, 2 * i + where[0], 2 * j + where[1]] += dy[n, c, i, j]
    return dx


def up_forward_taps_swapped(x, w, b):
    return good.up_forward(x, np.swapaxes(w, 2, 3), b)


def up_forward_no_bias(x, w, b):
    return good.up_forward(x, w, np.zeros_like(b))


def up_backward_first_image(x, w, dy):
    dx, dw, db = good.up_backward(x, w, dy)
    return dx, dw / len(x), db / len(x)


def up_backward_db_per_pixel_sum(x, w, dy):
    dx, dw, _ = good.up_backward(x, w, dy)
    return dx, dw, dy.sum(axis=(2, 3))


def concat_forward_swapped(a, b):
    return np.concatenate([b, a], axis=1)


def concat_forward_added(a, b):
    return a + b


def concat_backward_swapped(dy, channels_a):
    cb = dy.shape[1] - channels_a
    return dy[:, cb:], dy[:, :cb]


def concat_backward_half(dy, channels_a):
    return np.split(dy, 2, axis=1) if dy.shape[1] % 2 == 0 else (dy[:, :dy.shape[1] // 2],
                                                                  dy[:, dy.shape[1] // 2:])


def bce_gradient_sum(logits, targets):
    loss, _ = good.bce_with_logits(logits, targets)
    return loss, 1 / (1 + np.exp(-logits)) - targets


def bce_gradient_sigmoid_only(logits, targets):
    loss, _ = good.bce_with_logits(logits, targets)
    return loss, 1 / (1 + np.exp(-logits)) / logits.size


def dice_whole_batch(logits, targets):
    p = 1 / (1 + np.exp(-logits))
    inter, total = (p * targets).sum(), p.sum() + targets.sum() + 1.0
    loss = 1 - (2 * inter + 1) / total
    return float(loss), -(2 * targets * total - (2 * inter + 1)) / total ** 2 * p * (1 - p)


def dice_forgot_sigmoid_derivative(logits, targets):
    n = len(logits)
    p = 1 / (1 + np.exp(-logits))
    axes = tuple(range(1, logits.ndim))
    shape = (n,) + (1,) * (logits.ndim - 1)
    inter = (p * targets).sum(axis=axes).reshape(shape)
    total = (p.sum(axis=axes) + targets.sum(axis=axes) + 1.0).reshape(shape)
    loss = 1 - ((2 * inter + 1) / total).mean()
    return float(loss), -(2 * targets * total - (2 * inter + 1)) / total ** 2 / n


def adam_without_correction(p, g, m, v, t, lr, beta1, beta2, eps):
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g * g
    return p - lr * m / (np.sqrt(v) + eps), m, v


def adam_abs_g(p, g, m, v, t, lr, beta1, beta2, eps):
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * abs(g)
    return p - lr * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + eps), m, v


def adam_eps_in_sqrt(p, g, m, v, t, lr, beta1, beta2, eps):
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g * g
    return p - lr * (m / (1 - beta1 ** t)) / np.sqrt(v / (1 - beta2 ** t) + eps), m, v


def rf_encoder_only(depth):
    rf, jump = 1, 1
    for _ in range(depth):
        rf += 4 * jump + jump
        jump *= 2
    return rf + 4 * jump


def rf_upconv_adds(depth):
    rf, jump = 1, 1
    for _ in range(depth):
        rf += 4 * jump + jump
        jump *= 2
    rf += 4 * jump
    for _ in range(depth):
        jump //= 2
        rf += jump + 4 * jump
    return rf


def rf_ignores_jump(depth):
    rf = 1
    for _ in range(depth):
        rf += 2 + 2 + 1          # two 3x3 convolutions and a 2x2 pool, each as on the image
    rf += 2 + 2
    for _ in range(depth):
        rf += 2 + 2
    return rf


def erf_sum_of_outputs(net, x, pixel):
    saved = [g.copy() for _, _, g in net.parameters()]
    net.eval()
    y = net.forward(x)
    dx = net.backward(np.concatenate([np.ones_like(y[:, :1]), np.zeros_like(y[:, 1:])], axis=1))
    net.train()
    for (_, _, g), old in zip(net.parameters(), saved):
        g[...] = old
    return np.abs(dx).sum(axis=1).mean(axis=0)


def erf_signed(net, x, pixel):
    saved = [g.copy() for _, _, g in net.parameters()]
    net.eval()
    y = net.forward(x)
    dy = np.zeros_like(y)
    dy[:, 0, pixel[0], pixel[1]] = 1
    dx = net.backward(dy)
    net.train()
    for (_, _, g), old in zip(net.parameters(), saved):
        g[...] = old
    return dx.sum(axis=1).mean(axis=0)


def holm_bonferroni(p_values):
    return np.minimum(1, np.asarray(p_values) * len(p_values))


def holm_without_running_max(p_values):
    p = np.asarray(p_values)
    m = len(p)
    out = np.empty(m)
    for rank, i in enumerate(np.argsort(p, kind="stable")):
        out[i] = min(1.0, (m - rank) * p[i])
    return out


def holm_sorted_output(p_values):
    return np.sort(good.holm_adjust(p_values))


PLANTED = [
    ("conv_forward", "kernel flipped", conv_forward_flipped),
    ("conv_forward", "bias missing", conv_forward_no_bias),
    ("conv_forward", "stride ignored", conv_forward_no_stride),
    ("im2col", "channel and kernel tap swapped", im2col_tap_major),
    ("im2col", "padding ignored", im2col_no_padding),
    ("col2im", "overlaps overwritten", col2im_assign),
    ("col2im", "padding not cropped", col2im_keeps_padding),
    ("conv_backward", "weight gradient transposed", conv_backward_dw_transposed),
    ("conv_backward", "kernel not flipped in the input gradient", conv_backward_unflipped_dx),
    ("conv_backward", "gradient not summed over the batch", conv_backward_batch_mean),
    ("conv_backward", "bias gradient over the wrong axes", conv_backward_db_per_image),
    ("relu_forward", "absolute value", relu_forward_abs),
    ("relu_forward", "negatives kept", relu_forward_min),
    ("relu_backward", "gradient passed everywhere", relu_backward_identity),
    ("relu_backward", "mask taken from dy", relu_backward_dy_mask),
    ("relu_backward", "y used as the gradient", relu_backward_times_y),
    ("maxpool_forward", "average instead of maximum", maxpool_forward_mean),
    ("maxpool_forward", "overlapping windows", maxpool_forward_stride1),
    ("maxpool_backward", "tie credited twice", maxpool_backward_all_ties),
    ("maxpool_backward", "gradient spread over the window", maxpool_backward_average),
    ("maxpool_backward", "tie credited to the last maximum", maxpool_backward_last),
    ("up_forward", "kernel taps swapped", up_forward_taps_swapped),
    ("up_forward", "bias missing", up_forward_no_bias),
    ("up_backward", "gradient not summed over the batch", up_backward_first_image),
    ("up_backward", "bias gradient over the wrong axes", up_backward_db_per_pixel_sum),
    ("concat_forward", "order swapped", concat_forward_swapped),
    ("concat_forward", "skip added instead of concatenated", concat_forward_added),
    ("concat_backward", "split swapped", concat_backward_swapped),
    ("concat_backward", "split in half", concat_backward_half),
    ("bce_with_logits", "gradient not divided by the element count", bce_gradient_sum),
    ("bce_with_logits", "target left out of the gradient", bce_gradient_sigmoid_only),
    ("soft_dice", "batch taken as one image", dice_whole_batch),
    ("soft_dice", "sigmoid's derivative left out", dice_forgot_sigmoid_derivative),
    ("adam_step", "Adam without bias correction", adam_without_correction),
    ("adam_step", "second moment of |g|", adam_abs_g),
    ("adam_step", "eps inside the square root", adam_eps_in_sqrt),
    ("receptive_field", "decoder left out", rf_encoder_only),
    ("receptive_field", "up-convolution counted as widening", rf_upconv_adds),
    ("receptive_field", "pooling's step ignored", rf_ignores_jump),
    ("effective_receptive_field", "gradient of the sum", erf_sum_of_outputs),
    ("effective_receptive_field", "signed gradient", erf_signed),
    ("holm_adjust", "Bonferroni instead of Holm", holm_bonferroni),
    ("holm_adjust", "running maximum left out", holm_without_running_max),
    ("holm_adjust", "order not restored", holm_sorted_output),
]
