"""tinyunet: a U-Net written from scratch in NumPy, every forward and backward pass by hand."""

from .learner import use_layers
from .layers import (BatchNorm2d, Concat, Conv2d, ConvTranspose2d, Dropout, Layer, MaxPool2d,
                     ReLU, Sequential, Sigmoid)
from .losses import bce_dice_loss, bce_with_logits, sigmoid, soft_dice_loss
from .metrics import dice_per_image, iou_per_image, pixel_accuracy_per_image, segmentation_metrics
from .optim import SGD, Adam
from .unet import UNet

__version__ = "0.1.0"

__all__ = [
    "Adam", "BatchNorm2d", "Concat", "Conv2d", "ConvTranspose2d", "Dropout", "Layer", "MaxPool2d",
    "ReLU", "SGD", "Sequential", "Sigmoid", "UNet", "bce_dice_loss", "bce_with_logits",
    "dice_per_image", "iou_per_image", "pixel_accuracy_per_image", "segmentation_metrics",
    "sigmoid", "soft_dice_loss", "use_layers",
]
