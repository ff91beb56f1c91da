"""The speed machinery: numba kernels for the convolutions a U-Net runs most (direct 3x3,
2x2 stride 2), the bands and SIMD vectors they work on, the target they are compiled for, and
the process-wide allocator opt-in. Only :mod:`tinyunet.conv`, the dispatch, imports it: the
teaching core (layers, the U-Net, the losses) reads the same without it, and
``with tinyunet.conv.reference_path():`` runs a whole network without touching it."""
