"""Worked solutions of the exercises in ``exercises/my_layers.py`` (read them after trying).

Plain NumPy, written for reading: loops where a loop shows the idea. ``tinyunet check --all
--file exercises/solutions/my_layers.py`` passes every exercise; the library's own, faster
versions are what the checker compares against.

Written by docs/build_exercises.py from the chapters' exercise cells: edit those, not this file.
"""

import numpy as np


# -- chapter 0. The layer contract, and ReLU ------------------------------------------------------

def relu_forward(x):
    """ReLU: y = max(x, 0), elementwise. x (any shape) -> y (same shape)."""
    return np.maximum(x, 0)


def relu_backward(dy, y):
    """dL/dx of the ReLU, from the gradient dy of its output and its output y (same shapes):
    dx = dy where y > 0, else 0 (the derivative at 0 is taken as 0)."""
    return dy * (y > 0)



# -- chapter 1. Convolution as a matrix product ---------------------------------------------------

def conv_forward(x, w, b, stride, pad):
    """A 2-D convolution, as deep learning means it (a cross-correlation: no kernel flip).

    x (N, C, H, W), w (O, C, kh, kw), b (O,), stride and pad integers ->
    y (N, O, Ho, Wo) with Ho = (H + 2 pad - kh) // stride + 1 (and Wo alike):

        y[n, o, i, j] = b[o] + sum_{c, u, v} w[o, c, u, v] * xp[n, c, stride*i + u, stride*j + v]

    where xp is x padded with ``pad`` zeros on each side. Loops are fine."""
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
    """Unfold every kh x kw window of the padded x into a column.

    x (N, C, H, W) -> cols (N, C*kh*kw, Ho*Wo): row (c*kh + u)*kw + v of image n holds the
    input pixel at tap (u, v) of channel c for every output position, row-major. Then a
    convolution is one matrix product per image: w.reshape(O, -1) @ cols[n]."""
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
    """The adjoint of im2col: add every entry of cols (N, C*kh*kw, Ho*Wo) back at the input pixel
    it was copied from, on the padded image, then crop the padding -> (N, C, H, W). Windows
    overlap, so a pixel in several windows receives the sum."""
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
    """Gradients of conv_forward, from x, w and dy = dL/dy (N, O, Ho, Wo):

        dx (N, C, H, W):   dL/dx, the adjoint of the forward pass: col2im(W^T @ dy)
        dw (O, C, kh, kw): dw[o, c, u, v] = sum_{n, i, j} dy[n, o, i, j] xp[n, c, s*i+u, s*j+v]
        db (O,):           db[o] = sum_{n, i, j} dy[n, o, i, j]

    summed over the whole batch."""
    n, c, h, wd = x.shape
    o, _, kh, kw = w.shape
    cols = im2col(x, kh, kw, stride, pad)                     # (N, C*kh*kw, Ho*Wo)
    dy_mat = dy.reshape(n, o, -1)                             # (N, O, Ho*Wo)
    dw = np.einsum("nop,nkp->ok", dy_mat, cols).reshape(w.shape)
    dcols = np.einsum("ok,nop->nkp", w.reshape(o, -1), dy_mat)
    dx = col2im(dcols, x.shape, kh, kw, stride, pad)
    return dx, dw, dy.sum(axis=(0, 2, 3))



# -- chapter 2. Max-pooling and its gradient ------------------------------------------------------

def maxpool_forward(x):
    """2x2 max-pooling with stride 2: x (N, C, H, W) -> (N, C, H//2, W//2), each output the
    largest of its 4 inputs (an odd last row or column is dropped)."""
    n, c, h, w = x.shape
    x = x[:, :, :h // 2 * 2, :w // 2 * 2]
    return x.reshape(n, c, h // 2, 2, w // 2, 2).max(axis=(3, 5))


def maxpool_backward(dy, x):
    """dL/dx of 2x2 max-pooling: dy (N, C, H//2, W//2), x (N, C, H, W) -> dx like x. Each dy
    goes to the input that won its window, all of it; a tie goes to the first maximum in
    row-major order (what np.argmax picks), and only to it."""
    dx = np.zeros_like(x)
    for i in range(dy.shape[2]):
        for j in range(dy.shape[3]):
            window = x[:, :, 2 * i:2 * i + 2, 2 * j:2 * j + 2].reshape(x.shape[0], x.shape[1], 4)
            k = window.argmax(axis=2)                          # the first maximum wins a tie
            for n in range(x.shape[0]):
                for ch in range(x.shape[1]):
                    dx[n, ch, 2 * i + k[n, ch] // 2, 2 * j + k[n, ch] % 2] += dy[n, ch, i, j]
    return dx



# -- chapter 3. Transposed convolution ------------------------------------------------------------

def up_forward(x, w, b):
    """2x2 stride-2 transposed convolution (the U-Net's up-sampling): x (N, C_in, H, W), w (C_in,
    C_out, 2, 2), b (C_out,) -> y (N, C_out, 2H, 2W):

        y[n, o, 2i+u, 2j+v] = b[o] + sum_c x[n, c, i, j] w[c, o, u, v]

    (it is the input gradient of a 2x2 stride-2 convolution with that weight)."""
    n, c, h, wd = x.shape
    y = np.zeros((n, w.shape[1], 2 * h, 2 * wd))
    for u in range(2):
        for v in range(2):
            y[:, :, u::2, v::2] = np.einsum("nchw,co->nohw", x, w[:, :, u, v])
    return y + b.reshape(1, -1, 1, 1)


def up_backward(x, w, dy):
    """Gradients of up_forward from x, w and dy (N, C_out, 2H, 2W) -> (dx like x, dw like w,
    db (C_out,)), summed over the batch."""
    dx = np.zeros_like(x)
    dw = np.zeros_like(w)
    for u in range(2):
        for v in range(2):
            tap = dy[:, :, u::2, v::2]                           # (N, C_out, H, W)
            dx += np.einsum("nohw,co->nchw", tap, w[:, :, u, v])
            dw[:, :, u, v] = np.einsum("nchw,nohw->co", x, tap)
    return dx, dw, dy.sum(axis=(0, 2, 3))



# -- chapter 4. Skip connections and concatenation ------------------------------------------------

def concat_forward(a, b):
    """Stack the channels of a (N, Ca, H, W) and then b (N, Cb, H, W) -> (N, Ca+Cb, H, W)."""
    return np.concatenate([a, b], axis=1)


def concat_backward(dy, channels_a):
    """Split dy (N, Ca+Cb, H, W) back into (da, db): the first channels_a channels go to a."""
    return dy[:, :channels_a], dy[:, channels_a:]



# -- chapter 5. The U-Net assembled ---------------------------------------------------------------

def receptive_field(depth):
    """The receptive field (in input pixels) of one output pixel of a U-Net of ``depth`` levels:
    two 3x3 convolutions per level, 2x2 max-pooling, 2x2 stride-2 up-convolutions, a 1x1 head.
    Walk the layers keeping (field, jump): a k x k layer adds (k - 1) * jump, a stride multiplies
    the jump; an up-convolution's output pixel reads one input pixel."""
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



# -- chapter 6. Training: losses and Adam ---------------------------------------------------------

def bce_with_logits(logits, targets):
    """Mean binary cross-entropy of p = sigmoid(z) against t, computed from the logits z without
    overflow: loss = mean(max(z, 0) - z t + log(1 + exp(-|z|))). Returns (loss as a float,
    dL/dz with z's shape) where dL/dz = (sigmoid(z) - t) / z.size."""
    z, t = logits, targets
    loss = np.maximum(z, 0) - z * t + np.log1p(np.exp(-np.abs(z)))
    return float(loss.mean()), (0.5 * (1 + np.tanh(z / 2)) - t) / z.size


def soft_dice(logits, targets):
    """Soft Dice loss: p = sigmoid(z); per image n, D_n = (2 sum p t + 1) / (sum p + sum t + 1)
    over its pixels; loss = 1 - mean_n D_n. Returns (loss, dL/dz) (chain rule through p)."""
    n = len(logits)
    p = 0.5 * (1 + np.tanh(logits / 2))         # sigmoid, stable for any z
    axes = tuple(range(1, logits.ndim))
    shape = (n,) + (1,) * (logits.ndim - 1)
    inter = (p * targets).sum(axis=axes).reshape(shape)
    total = (p.sum(axis=axes) + targets.sum(axis=axes) + 1.0).reshape(shape)
    dice = (2 * inter + 1.0) / total
    d_dice_dp = (2 * targets * total - (2 * inter + 1.0)) / total ** 2
    return float(1.0 - dice.mean()), -d_dice_dp * p * (1 - p) / n


def adam_step(p, g, m, v, t, lr, beta1, beta2, eps):
    """One Adam step (Kingma & Ba 2015) at step t (1, 2, ...) -> (new p, new m, new v):

        m = beta1 m + (1 - beta1) g;       v = beta2 v + (1 - beta2) g^2
        p = p - lr * (m / (1 - beta1^t)) / (sqrt(v / (1 - beta2^t)) + eps)"""
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g ** 2
    m_hat, v_hat = m / (1 - beta1 ** t), v / (1 - beta2 ** t)
    return p - lr * m_hat / (np.sqrt(v_hat) + eps), m, v



# -- chapter 7. Looking inside a trained network --------------------------------------------------

def effective_receptive_field(net, x, pixel):
    """How far one output pixel actually looks (Luo et al. 2016): put a gradient of 1 at output
    (channel 0, ``pixel``) and 0 everywhere else, run net.backward, and return the mean over the
    images of |dx| summed over input channels, shape (H, W). net has forward(x), backward(dy)
    -> dx, eval(), train(mode) and parameters() (name, value, grad): leave it as you found it
    (its mode, and its gradients, which backward adds into)."""
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



# -- chapter 8. The experiment: what more depth and more filters buy ------------------------------

def holm_adjust(p_values):
    """Holm's step-down correction of m p-values (a 1-D array) -> the adjusted p-values, in the
    order they came in. Sort them ascending, p_(1) <= ... <= p_(m); the i-th smallest becomes
    max over j <= i of min(1, (m - j + 1) p_(j)) (a running maximum, so the adjusted values keep
    the p-values' order). A comparison is rejected at level alpha when its adjusted p-value is
    below alpha, which holds the chance of any false rejection in the family at alpha."""
    p = np.asarray(p_values, dtype=np.float64)
    m = len(p)
    order = np.argsort(p, kind="stable")
    scaled = np.minimum(1.0, (m - np.arange(m)) * p[order])
    adjusted = np.empty(m)
    adjusted[order] = np.maximum.accumulate(scaled)
    return adjusted
