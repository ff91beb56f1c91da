"""Reference solutions of the exercises in ``exercises/my_layers.py`` (read them after trying).

Plain NumPy, written for reading: loops where a loop shows the idea. ``tinyunet check --all
--file exercises/solutions/my_layers.py`` passes every exercise; the library's own, faster
versions are what the checker compares against.
"""

import numpy as np


# -- chapter 0: the layer contract ------------------------------------------------------------

def relu_forward(x):
    return np.maximum(x, 0)


def relu_backward(dy, y):
    return dy * (y > 0)


# -- chapter 1: convolution --------------------------------------------------------------------

def conv_forward(x, w, b, stride, pad):
    n, c, h, wd = x.shape
    o, _, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    ho, wo = (h + 2 * pad - kh) // stride + 1, (wd + 2 * pad - kw) // stride + 1
    y = np.zeros((n, o, ho, wo))
    for i in range(ho):
        for j in range(wo):
            window = xp[:, :, i * stride:i * stride + kh, j * stride:j * stride + kw]
            y[:, :, i, j] = np.tensordot(window, w, axes=([1, 2, 3], [1, 2, 3]))
    return y + b.reshape(1, -1, 1, 1)


def im2col(x, kh, kw, stride, pad):
    n, c, h, wd = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    ho, wo = (h + 2 * pad - kh) // stride + 1, (wd + 2 * pad - kw) // stride + 1
    cols = np.empty((n, c * kh * kw, ho * wo))
    for ch in range(c):
        for i in range(kh):
            for j in range(kw):
                tap = xp[:, ch, i:i + stride * ho:stride, j:j + stride * wo:stride]
                cols[:, (ch * kh + i) * kw + j] = tap.reshape(n, -1)
    return cols


def col2im(cols, x_shape, kh, kw, stride, pad):
    n, c, h, wd = x_shape
    ho, wo = (h + 2 * pad - kh) // stride + 1, (wd + 2 * pad - kw) // stride + 1
    xp = np.zeros((n, c, h + 2 * pad, wd + 2 * pad))
    for ch in range(c):
        for i in range(kh):
            for j in range(kw):
                xp[:, ch, i:i + stride * ho:stride, j:j + stride * wo:stride] += \
                    cols[:, (ch * kh + i) * kw + j].reshape(n, ho, wo)
    return xp[:, :, pad:pad + h, pad:pad + wd]


def conv_backward(x, w, dy, stride, pad):
    n, c, h, wd = x.shape
    o, _, kh, kw = w.shape
    cols = im2col(x, kh, kw, stride, pad)                     # (N, C*kh*kw, Ho*Wo)
    dy_mat = dy.reshape(n, o, -1)                             # (N, O, Ho*Wo)
    dw = np.einsum("nop,nkp->ok", dy_mat, cols).reshape(w.shape)
    dcols = np.einsum("ok,nop->nkp", w.reshape(o, -1), dy_mat)
    dx = col2im(dcols, x.shape, kh, kw, stride, pad)
    return dx, dw, dy.sum(axis=(0, 2, 3))


# -- chapter 2: max-pooling --------------------------------------------------------------------

def maxpool_forward(x):
    n, c, h, w = x.shape
    x = x[:, :, :h // 2 * 2, :w // 2 * 2]
    return x.reshape(n, c, h // 2, 2, w // 2, 2).max(axis=(3, 5))


def maxpool_backward(dy, x):
    dx = np.zeros_like(x)
    for i in range(dy.shape[2]):
        for j in range(dy.shape[3]):
            window = x[:, :, 2 * i:2 * i + 2, 2 * j:2 * j + 2].reshape(x.shape[0], x.shape[1], 4)
            k = window.argmax(axis=2)                          # the first maximum wins a tie
            for n in range(x.shape[0]):
                for ch in range(x.shape[1]):
                    dx[n, ch, 2 * i + k[n, ch] // 2, 2 * j + k[n, ch] % 2] += dy[n, ch, i, j]
    return dx


# -- chapter 3: the transposed convolution -----------------------------------------------------

def up_forward(x, w, b):
    n, c, h, wd = x.shape
    y = np.zeros((n, w.shape[1], 2 * h, 2 * wd))
    for u in range(2):
        for v in range(2):
            y[:, :, u::2, v::2] = np.einsum("nchw,co->nohw", x, w[:, :, u, v])
    return y + b.reshape(1, -1, 1, 1)


def up_backward(x, w, dy):
    dx = np.zeros_like(x)
    dw = np.zeros_like(w)
    for u in range(2):
        for v in range(2):
            tap = dy[:, :, u::2, v::2]                           # (N, C_out, H, W)
            dx += np.einsum("nohw,co->nchw", tap, w[:, :, u, v])
            dw[:, :, u, v] = np.einsum("nchw,nohw->co", x, tap)
    return dx, dw, dy.sum(axis=(0, 2, 3))


# -- chapter 4: skip connections ---------------------------------------------------------------

def concat_forward(a, b):
    return np.concatenate([a, b], axis=1)


def concat_backward(dy, channels_a):
    return dy[:, :channels_a], dy[:, channels_a:]


# -- chapter 5: the U-Net assembled -----------------------------------------------------------

def receptive_field(depth):
    rf, jump = 1, 1
    for _ in range(depth):                # down: two 3x3 convolutions, then a 2x2 pool
        rf += 2 * 2 * jump
        rf += jump
        jump *= 2
    rf += 2 * 2 * jump                    # the bottleneck's two convolutions
    for _ in range(depth):                # up: an up-convolution's output pixel reads one input
        jump //= 2                        # pixel (the field stays, the step halves), the skip's
        rf += 2 * 2 * jump                # field is smaller, then two 3x3 convolutions
    return rf                             # the 1x1 head adds nothing


# -- chapter 6: losses -------------------------------------------------------------------------

def _sigmoid(z):
    return 0.5 * (1 + np.tanh(z / 2))                          # stable for any z


def bce_with_logits(logits, targets):
    z, t = logits, targets
    loss = np.maximum(z, 0) - z * t + np.log1p(np.exp(-np.abs(z)))
    return float(loss.mean()), (_sigmoid(z) - t) / z.size


def soft_dice(logits, targets):
    n = len(logits)
    p = _sigmoid(logits)
    axes = tuple(range(1, logits.ndim))
    shape = (n,) + (1,) * (logits.ndim - 1)
    inter = (p * targets).sum(axis=axes).reshape(shape)
    total = (p.sum(axis=axes) + targets.sum(axis=axes) + 1.0).reshape(shape)
    dice = (2 * inter + 1.0) / total
    d_dice_dp = (2 * targets * total - (2 * inter + 1.0)) / total ** 2
    return float(1.0 - dice.mean()), -d_dice_dp * p * (1 - p) / n


# -- chapter 6: the optimiser ------------------------------------------------------------------

def adam_step(p, g, m, v, t, lr, beta1, beta2, eps):
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g ** 2
    m_hat, v_hat = m / (1 - beta1 ** t), v / (1 - beta2 ** t)
    return p - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


# -- chapter 7: what a U-Net sees --------------------------------------------------------------

def effective_receptive_field(net, x, pixel):
    saved = [grad.copy() for _, _, grad in net.parameters()]
    was_training = net.training
    net.eval()
    try:
        y = net.forward(x)
        dy = np.zeros_like(y)
        dy[:, 0, pixel[0], pixel[1]] = 1.0
        dx = net.backward(dy)
    finally:
        net.train(was_training)
        for (_, _, grad), old in zip(net.parameters(), saved):
            grad[...] = old
    return np.abs(dx).sum(axis=1).mean(axis=0)
