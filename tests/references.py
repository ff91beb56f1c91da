"""Independent, slow implementations the layers are checked against (no im2col anywhere)."""
import numpy as np


def conv2d_naive(x, w, b, stride, padding):
    """Direct loops over output pixels: y[n,o,i,j] = b[o] + sum x_pad[n,:,window] * w[o]."""
    (sh, sw), (ph, pw) = stride, padding
    n, c, h, wd = x.shape
    o, _, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    ho, wo = (h + 2 * ph - kh) // sh + 1, (wd + 2 * pw - kw) // sw + 1
    y = np.zeros((n, o, ho, wo))
    for i in range(ho):
        for j in range(wo):
            patch = xp[:, :, i * sh:i * sh + kh, j * sw:j * sw + kw]
            y[:, :, i, j] = np.tensordot(patch, w, axes=([1, 2, 3], [1, 2, 3]))
    return y + (0 if b is None else b[None, :, None, None])


def conv_transpose2d_naive(x, w, b, stride, padding):
    """Scatter form: every input pixel adds x * w[c] into its (strided) output window."""
    (sh, sw), (ph, pw) = stride, padding
    n, c, h, wd = x.shape
    _, o, kh, kw = w.shape
    full = np.zeros((n, o, (h - 1) * sh + kh, (wd - 1) * sw + kw))
    for i in range(h):
        for j in range(wd):
            full[:, :, i * sh:i * sh + kh, j * sw:j * sw + kw] += np.tensordot(
                x[:, :, i, j], w, axes=([1], [0]))
    ho, wo = full.shape[2] - 2 * ph, full.shape[3] - 2 * pw
    y = full[:, :, ph:ph + ho, pw:pw + wo]
    return y + (0 if b is None else b[None, :, None, None])


def maxpool_naive(x, k, s):
    n, c, h, w = x.shape
    ho, wo = (h - k) // s + 1, (w - k) // s + 1
    y = np.empty((n, c, ho, wo))
    for i in range(ho):
        for j in range(wo):
            y[:, :, i, j] = x[:, :, i * s:i * s + k, j * s:j * s + k].max(axis=(2, 3))
    return y
