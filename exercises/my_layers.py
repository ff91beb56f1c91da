"""Your own U-Net layers: fill in each function, then check it.

    tinyunet check relu_forward --file exercises/my_layers.py    # one exercise
    tinyunet check --all --file exercises/my_layers.py           # all of them, and your table

or, in a notebook: ``from tinyunet.exercises import check; check("relu_forward", relu_forward)``.

Every array is float64 NumPy, images are NCHW (batch, channels, height, width), a convolution's
weight is (out_channels, in_channels, kh, kw), a transposed convolution's (in_channels,
out_channels, 2, 2): PyTorch's layouts. The chapter that teaches each exercise heads its section;
``exercises/solutions/my_layers.py`` holds worked solutions, for after you tried.

Written by docs/build_exercises.py from the chapters' exercise cells: edit those, not this file.
"""

import numpy as np  # noqa: F401 - you will need it


# -- chapter 0. The layer contract, and ReLU ------------------------------------------------------

def relu_forward(x):
    """ReLU: y = max(x, 0), elementwise. x (any shape) -> y (same shape)."""
    raise NotImplementedError("relu_forward")


def relu_backward(dy, y):
    """dL/dx of the ReLU, from the gradient dy of its output and its output y (same shapes):
    dx = dy where y > 0, else 0 (the derivative at 0 is taken as 0)."""
    raise NotImplementedError("relu_backward")



# -- chapter 1. Convolution as a matrix product ---------------------------------------------------

def conv_forward(x, w, b, stride, pad):
    """A 2-D convolution, as deep learning means it (a cross-correlation: no kernel flip).

    x (N, C, H, W), w (O, C, kh, kw), b (O,), stride and pad integers ->
    y (N, O, Ho, Wo) with Ho = (H + 2 pad - kh) // stride + 1 (and Wo alike):

        y[n, o, i, j] = b[o] + sum_{c, u, v} w[o, c, u, v] * xp[n, c, stride*i + u, stride*j + v]

    where xp is x padded with ``pad`` zeros on each side. Loops are fine."""
    raise NotImplementedError("conv_forward")


def im2col(x, kh, kw, stride, pad):
    """Unfold every kh x kw window of the padded x into a column.

    x (N, C, H, W) -> cols (N, C*kh*kw, Ho*Wo): row (c*kh + u)*kw + v of image n holds the
    input pixel at tap (u, v) of channel c for every output position, row-major. Then a
    convolution is one matrix product per image: w.reshape(O, -1) @ cols[n]."""
    raise NotImplementedError("im2col")


def col2im(cols, x_shape, kh, kw, stride, pad):
    """The adjoint of im2col: add every entry of cols (N, C*kh*kw, Ho*Wo) back at the input pixel
    it was copied from, on the padded image, then crop the padding -> (N, C, H, W). Windows
    overlap, so a pixel in several windows receives the sum."""
    raise NotImplementedError("col2im")


def conv_backward(x, w, dy, stride, pad):
    """Gradients of conv_forward, from x, w and dy = dL/dy (N, O, Ho, Wo):

        dx (N, C, H, W):   dL/dx, the adjoint of the forward pass: col2im(W^T @ dy)
        dw (O, C, kh, kw): dw[o, c, u, v] = sum_{n, i, j} dy[n, o, i, j] xp[n, c, s*i+u, s*j+v]
        db (O,):           db[o] = sum_{n, i, j} dy[n, o, i, j]

    summed over the whole batch."""
    raise NotImplementedError("conv_backward")



# -- chapter 2. Max-pooling and its gradient ------------------------------------------------------

def maxpool_forward(x):
    """2x2 max-pooling with stride 2: x (N, C, H, W) -> (N, C, H//2, W//2), each output the
    largest of its 4 inputs (an odd last row or column is dropped)."""
    raise NotImplementedError("maxpool_forward")


def maxpool_backward(dy, x):
    """dL/dx of 2x2 max-pooling: dy (N, C, H//2, W//2), x (N, C, H, W) -> dx like x. Each dy
    goes to the input that won its window, all of it; a tie goes to the first maximum in
    row-major order (what np.argmax picks), and only to it."""
    raise NotImplementedError("maxpool_backward")



# -- chapter 3. Transposed convolution ------------------------------------------------------------

def up_forward(x, w, b):
    """2x2 stride-2 transposed convolution (the U-Net's up-sampling): x (N, C_in, H, W), w (C_in,
    C_out, 2, 2), b (C_out,) -> y (N, C_out, 2H, 2W):

        y[n, o, 2i+u, 2j+v] = b[o] + sum_c x[n, c, i, j] w[c, o, u, v]

    (it is the input gradient of a 2x2 stride-2 convolution with that weight)."""
    raise NotImplementedError("up_forward")


def up_backward(x, w, dy):
    """Gradients of up_forward from x, w and dy (N, C_out, 2H, 2W) -> (dx like x, dw like w,
    db (C_out,)), summed over the batch."""
    raise NotImplementedError("up_backward")



# -- chapter 4. Skip connections and concatenation ------------------------------------------------

def concat_forward(a, b):
    """Stack the channels of a (N, Ca, H, W) and then b (N, Cb, H, W) -> (N, Ca+Cb, H, W)."""
    raise NotImplementedError("concat_forward")


def concat_backward(dy, channels_a):
    """Split dy (N, Ca+Cb, H, W) back into (da, db): the first channels_a channels go to a."""
    raise NotImplementedError("concat_backward")



# -- chapter 5. The U-Net assembled ---------------------------------------------------------------

def receptive_field(depth):
    """The receptive field (in input pixels) of one output pixel of a U-Net of ``depth`` levels:
    two 3x3 convolutions per level, 2x2 max-pooling, 2x2 stride-2 up-convolutions, a 1x1 head.
    Walk the layers keeping (field, jump): a k x k layer adds (k - 1) * jump, a stride multiplies
    the jump; an up-convolution's output pixel reads one input pixel."""
    raise NotImplementedError("receptive_field")



# -- chapter 6. Training: losses and Adam ---------------------------------------------------------

def bce_with_logits(logits, targets):
    """Mean binary cross-entropy of p = sigmoid(z) against t, computed from the logits z without
    overflow: loss = mean(max(z, 0) - z t + log(1 + exp(-|z|))). Returns (loss as a float,
    dL/dz with z's shape) where dL/dz = (sigmoid(z) - t) / z.size."""
    raise NotImplementedError("bce_with_logits")


def soft_dice(logits, targets):
    """Soft Dice loss: p = sigmoid(z); per image n, D_n = (2 sum p t + 1) / (sum p + sum t + 1)
    over its pixels; loss = 1 - mean_n D_n. Returns (loss, dL/dz) (chain rule through p)."""
    raise NotImplementedError("soft_dice")


def adam_step(p, g, m, v, t, lr, beta1, beta2, eps):
    """One Adam step (Kingma & Ba 2015) at step t (1, 2, ...) -> (new p, new m, new v):

        m = beta1 m + (1 - beta1) g;       v = beta2 v + (1 - beta2) g^2
        p = p - lr * (m / (1 - beta1^t)) / (sqrt(v / (1 - beta2^t)) + eps)"""
    raise NotImplementedError("adam_step")



# -- chapter 7. Looking inside a trained network --------------------------------------------------

def effective_receptive_field(net, x, pixel):
    """How far one output pixel actually looks (Luo et al. 2016): put a gradient of 1 at output
    (channel 0, ``pixel``) and 0 everywhere else, run net.backward, and return the mean over the
    images of |dx| summed over input channels, shape (H, W). net has forward(x), backward(dy)
    -> dx, eval(), train(mode) and parameters() (name, value, grad): leave it as you found it
    (its mode, and its gradients, which backward adds into)."""
    raise NotImplementedError("effective_receptive_field")



# -- chapter 8. The experiment: what more depth and more filters buy ------------------------------

def holm_adjust(p_values):
    """Holm's step-down correction of m p-values (a 1-D array) -> the adjusted p-values, in the
    order they came in. Sort them ascending, p_(1) <= ... <= p_(m); the i-th smallest becomes
    max over j <= i of min(1, (m - j + 1) p_(j)) (a running maximum, so the adjusted values keep
    the p-values' order). A comparison is rejected at level alpha when its adjusted p-value is
    below alpha, which holds the chance of any false rejection in the family at alpha."""
    raise NotImplementedError("holm_adjust")
