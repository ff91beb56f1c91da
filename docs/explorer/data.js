window.EXPLORER = {
 "version": 1,
 "title": "tinyunet explorer",
 "max_channels": 4,
 "images": [
  {
   "id": "img0",
   "name": "CHNCXR_0001_0",
   "size": [
    128,
    128
   ],
   "input": "maps/input/img0.png",
   "mask": "maps/input/img0_mask.png"
  },
  {
   "id": "img1",
   "name": "CHNCXR_0012_0",
   "size": [
    128,
    128
   ],
   "input": "maps/input/img1.png",
   "mask": "maps/input/img1_mask.png"
  }
 ],
 "configs": [
  {
   "id": "d1_f16",
   "label": "depth 1, 16 filters",
   "depth": 1,
   "base_filters": 16,
   "parameters": 25393,
   "receptive_field": 18,
   "row": {
    "depth": "1",
    "base_filters": "16",
    "parameters": "25393",
    "receptive_field": "18",
    "memory_mib_batch8": "82.4",
    "repeats": "3",
    "failed": "0",
    "train_seconds": "48.0",
    "epochs": "10.0",
    "best_val_dice": "0.9086",
    "test_dice": "0.9047",
    "test_dice_sd": "0.0107",
    "test_dice_ci_low": "0.8781",
    "test_dice_ci_high": "0.9313",
    "test_iou": "0.8303",
    "test_iou_sd": "0.0171",
    "test_iou_ci_low": "0.7878",
    "test_iou_ci_high": "0.8728",
    "test_boundary_dice": "0.8229",
    "test_boundary_dice_sd": "0.0052",
    "test_boundary_dice_ci_low": "0.8099",
    "test_boundary_dice_ci_high": "0.8359"
   },
   "filters": {
    "name": "down1.conv1",
    "shape": [
     16,
     1,
     3,
     3
    ],
    "range": [
     -1.1965960264205933,
     1.1965960264205933
    ],
    "srcs": [
     "maps/d1_f16/filters/f0.png",
     "maps/d1_f16/filters/f1.png",
     "maps/d1_f16/filters/f2.png",
     "maps/d1_f16/filters/f3.png",
     "maps/d1_f16/filters/f4.png",
     "maps/d1_f16/filters/f5.png",
     "maps/d1_f16/filters/f6.png",
     "maps/d1_f16/filters/f7.png",
     "maps/d1_f16/filters/f8.png",
     "maps/d1_f16/filters/f9.png",
     "maps/d1_f16/filters/f10.png",
     "maps/d1_f16/filters/f11.png",
     "maps/d1_f16/filters/f12.png",
     "maps/d1_f16/filters/f13.png",
     "maps/d1_f16/filters/f14.png",
     "maps/d1_f16/filters/f15.png"
    ]
   },
   "views": {
    "img0": {
     "output": "maps/d1_f16/img0/06_output_c0.png",
     "dice": 0.8171,
     "stages": [
      {
       "name": "down1",
       "kind": "down",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 5,
       "mean": "maps/d1_f16/img0/00_down1_mean.png",
       "mean_range": [
        0.02566,
        1.79401
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img0/00_down1_c0.png",
         "min": 0.0,
         "max": 6.14485
        },
        {
         "src": "maps/d1_f16/img0/00_down1_c1.png",
         "min": 0.0,
         "max": 3.73334
        },
        {
         "src": "maps/d1_f16/img0/00_down1_c2.png",
         "min": 0.0,
         "max": 8.83004
        },
        {
         "src": "maps/d1_f16/img0/00_down1_c3.png",
         "min": 0.0,
         "max": 2.52799
        }
       ],
       "channels_total": 16
      },
      {
       "name": "pool1",
       "kind": "pool",
       "shape": [
        16,
        64,
        64
       ],
       "rf": 6,
       "mean": "maps/d1_f16/img0/01_pool1_mean.png",
       "mean_range": [
        0.05757,
        2.38961
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img0/01_pool1_c0.png",
         "min": 0.0,
         "max": 6.14485
        },
        {
         "src": "maps/d1_f16/img0/01_pool1_c1.png",
         "min": 0.0,
         "max": 3.73334
        },
        {
         "src": "maps/d1_f16/img0/01_pool1_c2.png",
         "min": 0.0,
         "max": 8.83004
        },
        {
         "src": "maps/d1_f16/img0/01_pool1_c3.png",
         "min": 0.0,
         "max": 2.52799
        }
       ],
       "channels_total": 16
      },
      {
       "name": "bottleneck",
       "kind": "bottleneck",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 14,
       "mean": "maps/d1_f16/img0/02_bottleneck_mean.png",
       "mean_range": [
        0.17961,
        3.43386
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img0/02_bottleneck_c0.png",
         "min": 0.0,
         "max": 7.95081
        },
        {
         "src": "maps/d1_f16/img0/02_bottleneck_c1.png",
         "min": 0.0,
         "max": 2.57428
        },
        {
         "src": "maps/d1_f16/img0/02_bottleneck_c2.png",
         "min": 0.0,
         "max": 2.15313
        },
        {
         "src": "maps/d1_f16/img0/02_bottleneck_c3.png",
         "min": 0.0,
         "max": 12.02467
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1.upconv",
       "kind": "up-convolution",
       "shape": [
        16,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d1_f16/img0/03_up1_upconv_mean.png",
       "mean_range": [
        0.25709,
        8.98529
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img0/03_up1_upconv_c0.png",
         "min": -11.92145,
         "max": 9.52667
        },
        {
         "src": "maps/d1_f16/img0/03_up1_upconv_c1.png",
         "min": -8.0854,
         "max": 13.96451
        },
        {
         "src": "maps/d1_f16/img0/03_up1_upconv_c2.png",
         "min": -6.92327,
         "max": 11.96903
        },
        {
         "src": "maps/d1_f16/img0/03_up1_upconv_c3.png",
         "min": -7.03464,
         "max": 19.34601
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up1.concat",
       "kind": "concatenation",
       "shape": [
        32,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d1_f16/img0/04_up1_concat_mean.png",
       "mean_range": [
        0.15877,
        5.04862
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img0/04_up1_concat_c0.png",
         "min": -11.92145,
         "max": 9.52667
        },
        {
         "src": "maps/d1_f16/img0/04_up1_concat_c1.png",
         "min": -8.0854,
         "max": 13.96451
        },
        {
         "src": "maps/d1_f16/img0/04_up1_concat_c2.png",
         "min": -6.92327,
         "max": 11.96903
        },
        {
         "src": "maps/d1_f16/img0/04_up1_concat_c3.png",
         "min": -7.03464,
         "max": 19.34601
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1",
       "kind": "up",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 18,
       "mean": "maps/d1_f16/img0/05_up1_mean.png",
       "mean_range": [
        0.31361,
        10.14339
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img0/05_up1_c0.png",
         "min": 0.0,
         "max": 14.09589
        },
        {
         "src": "maps/d1_f16/img0/05_up1_c1.png",
         "min": 0.0,
         "max": 25.17423
        },
        {
         "src": "maps/d1_f16/img0/05_up1_c2.png",
         "min": 0.0,
         "max": 11.17091
        },
        {
         "src": "maps/d1_f16/img0/05_up1_c3.png",
         "min": 0.0,
         "max": 5.94047
        }
       ],
       "channels_total": 16
      },
      {
       "name": "output",
       "kind": "output",
       "shape": [
        1,
        128,
        128
       ],
       "rf": 18,
       "mean": "maps/d1_f16/img0/06_output_mean.png",
       "mean_range": [
        0.0,
        0.99993
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img0/06_output_c0.png",
         "min": 0.0,
         "max": 1.0
        }
       ],
       "channels_total": 1
      }
     ],
     "skips": [
      {
       "level": 1,
       "src": "maps/d1_f16/img0/without_skip1.png",
       "changed": 0.0159,
       "dice": 0.8183
      }
     ]
    },
    "img1": {
     "output": "maps/d1_f16/img1/06_output_c0.png",
     "dice": 0.9141,
     "stages": [
      {
       "name": "down1",
       "kind": "down",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 5,
       "mean": "maps/d1_f16/img1/00_down1_mean.png",
       "mean_range": [
        0.02092,
        1.41319
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img1/00_down1_c0.png",
         "min": 0.0,
         "max": 2.62794
        },
        {
         "src": "maps/d1_f16/img1/00_down1_c1.png",
         "min": 0.0,
         "max": 2.84406
        },
        {
         "src": "maps/d1_f16/img1/00_down1_c2.png",
         "min": 0.0,
         "max": 7.21902
        },
        {
         "src": "maps/d1_f16/img1/00_down1_c3.png",
         "min": 0.0,
         "max": 3.32746
        }
       ],
       "channels_total": 16
      },
      {
       "name": "pool1",
       "kind": "pool",
       "shape": [
        16,
        64,
        64
       ],
       "rf": 6,
       "mean": "maps/d1_f16/img1/01_pool1_mean.png",
       "mean_range": [
        0.04451,
        1.98524
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img1/01_pool1_c0.png",
         "min": 0.0,
         "max": 2.62794
        },
        {
         "src": "maps/d1_f16/img1/01_pool1_c1.png",
         "min": 0.0,
         "max": 2.84406
        },
        {
         "src": "maps/d1_f16/img1/01_pool1_c2.png",
         "min": 0.0,
         "max": 7.21902
        },
        {
         "src": "maps/d1_f16/img1/01_pool1_c3.png",
         "min": 0.0,
         "max": 3.32746
        }
       ],
       "channels_total": 16
      },
      {
       "name": "bottleneck",
       "kind": "bottleneck",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 14,
       "mean": "maps/d1_f16/img1/02_bottleneck_mean.png",
       "mean_range": [
        0.20207,
        2.33379
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img1/02_bottleneck_c0.png",
         "min": 0.0,
         "max": 6.73994
        },
        {
         "src": "maps/d1_f16/img1/02_bottleneck_c1.png",
         "min": 0.0,
         "max": 0.97077
        },
        {
         "src": "maps/d1_f16/img1/02_bottleneck_c2.png",
         "min": 0.0,
         "max": 2.76534
        },
        {
         "src": "maps/d1_f16/img1/02_bottleneck_c3.png",
         "min": 0.0,
         "max": 8.94186
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1.upconv",
       "kind": "up-convolution",
       "shape": [
        16,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d1_f16/img1/03_up1_upconv_mean.png",
       "mean_range": [
        0.23316,
        6.21585
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img1/03_up1_upconv_c0.png",
         "min": -7.99249,
         "max": 7.38492
        },
        {
         "src": "maps/d1_f16/img1/03_up1_upconv_c1.png",
         "min": -3.533,
         "max": 10.2185
        },
        {
         "src": "maps/d1_f16/img1/03_up1_upconv_c2.png",
         "min": -5.03145,
         "max": 9.21315
        },
        {
         "src": "maps/d1_f16/img1/03_up1_upconv_c3.png",
         "min": -4.47495,
         "max": 12.07557
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up1.concat",
       "kind": "concatenation",
       "shape": [
        32,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d1_f16/img1/04_up1_concat_mean.png",
       "mean_range": [
        0.14775,
        3.70515
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img1/04_up1_concat_c0.png",
         "min": -7.99249,
         "max": 7.38492
        },
        {
         "src": "maps/d1_f16/img1/04_up1_concat_c1.png",
         "min": -3.533,
         "max": 10.2185
        },
        {
         "src": "maps/d1_f16/img1/04_up1_concat_c2.png",
         "min": -5.03145,
         "max": 9.21315
        },
        {
         "src": "maps/d1_f16/img1/04_up1_concat_c3.png",
         "min": -4.47495,
         "max": 12.07557
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1",
       "kind": "up",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 18,
       "mean": "maps/d1_f16/img1/05_up1_mean.png",
       "mean_range": [
        0.32069,
        6.18233
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img1/05_up1_c0.png",
         "min": 0.0,
         "max": 11.14342
        },
        {
         "src": "maps/d1_f16/img1/05_up1_c1.png",
         "min": 0.0,
         "max": 16.2499
        },
        {
         "src": "maps/d1_f16/img1/05_up1_c2.png",
         "min": 0.0,
         "max": 10.23854
        },
        {
         "src": "maps/d1_f16/img1/05_up1_c3.png",
         "min": 0.0,
         "max": 3.84734
        }
       ],
       "channels_total": 16
      },
      {
       "name": "output",
       "kind": "output",
       "shape": [
        1,
        128,
        128
       ],
       "rf": 18,
       "mean": "maps/d1_f16/img1/06_output_mean.png",
       "mean_range": [
        0.0,
        0.99934
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img1/06_output_c0.png",
         "min": 0.0,
         "max": 1.0
        }
       ],
       "channels_total": 1
      }
     ],
     "skips": [
      {
       "level": 1,
       "src": "maps/d1_f16/img1/without_skip1.png",
       "changed": 0.0392,
       "dice": 0.8796
      }
     ]
    }
   }
  },
  {
   "id": "d2_f16",
   "label": "depth 2, 16 filters",
   "depth": 2,
   "base_filters": 16,
   "parameters": 116753,
   "receptive_field": 44,
   "row": {
    "depth": "2",
    "base_filters": "16",
    "parameters": "116753",
    "receptive_field": "44",
    "memory_mib_batch8": "108.8",
    "repeats": "3",
    "failed": "0",
    "train_seconds": "84.6",
    "epochs": "10.0",
    "best_val_dice": "0.9466",
    "test_dice": "0.9491",
    "test_dice_sd": "0.0011",
    "test_dice_ci_low": "0.9463",
    "test_dice_ci_high": "0.9518",
    "test_iou": "0.9044",
    "test_iou_sd": "0.0018",
    "test_iou_ci_low": "0.9",
    "test_iou_ci_high": "0.9089",
    "test_boundary_dice": "0.8801",
    "test_boundary_dice_sd": "0.0048",
    "test_boundary_dice_ci_low": "0.8681",
    "test_boundary_dice_ci_high": "0.892"
   },
   "filters": {
    "name": "down1.conv1",
    "shape": [
     16,
     1,
     3,
     3
    ],
    "range": [
     -1.1413947343826294,
     1.1413947343826294
    ],
    "srcs": [
     "maps/d2_f16/filters/f0.png",
     "maps/d2_f16/filters/f1.png",
     "maps/d2_f16/filters/f2.png",
     "maps/d2_f16/filters/f3.png",
     "maps/d2_f16/filters/f4.png",
     "maps/d2_f16/filters/f5.png",
     "maps/d2_f16/filters/f6.png",
     "maps/d2_f16/filters/f7.png",
     "maps/d2_f16/filters/f8.png",
     "maps/d2_f16/filters/f9.png",
     "maps/d2_f16/filters/f10.png",
     "maps/d2_f16/filters/f11.png",
     "maps/d2_f16/filters/f12.png",
     "maps/d2_f16/filters/f13.png",
     "maps/d2_f16/filters/f14.png",
     "maps/d2_f16/filters/f15.png"
    ]
   },
   "views": {
    "img0": {
     "output": "maps/d2_f16/img0/11_output_c0.png",
     "dice": 0.8889,
     "stages": [
      {
       "name": "down1",
       "kind": "down",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 5,
       "mean": "maps/d2_f16/img0/00_down1_mean.png",
       "mean_range": [
        0.00724,
        1.46348
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/00_down1_c0.png",
         "min": 0.0,
         "max": 0.97093
        },
        {
         "src": "maps/d2_f16/img0/00_down1_c1.png",
         "min": 0.0,
         "max": 3.47688
        },
        {
         "src": "maps/d2_f16/img0/00_down1_c2.png",
         "min": 0.0,
         "max": 7.45638
        },
        {
         "src": "maps/d2_f16/img0/00_down1_c3.png",
         "min": 0.0,
         "max": 3.10914
        }
       ],
       "channels_total": 16
      },
      {
       "name": "pool1",
       "kind": "pool",
       "shape": [
        16,
        64,
        64
       ],
       "rf": 6,
       "mean": "maps/d2_f16/img0/01_pool1_mean.png",
       "mean_range": [
        0.02228,
        1.91749
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/01_pool1_c0.png",
         "min": 0.0,
         "max": 0.97093
        },
        {
         "src": "maps/d2_f16/img0/01_pool1_c1.png",
         "min": 0.0,
         "max": 3.47688
        },
        {
         "src": "maps/d2_f16/img0/01_pool1_c2.png",
         "min": 0.0,
         "max": 7.45638
        },
        {
         "src": "maps/d2_f16/img0/01_pool1_c3.png",
         "min": 0.0,
         "max": 3.10914
        }
       ],
       "channels_total": 16
      },
      {
       "name": "down2",
       "kind": "down",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 14,
       "mean": "maps/d2_f16/img0/02_down2_mean.png",
       "mean_range": [
        0.02318,
        1.30105
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/02_down2_c0.png",
         "min": 0.0,
         "max": 5.99029
        },
        {
         "src": "maps/d2_f16/img0/02_down2_c1.png",
         "min": 0.0,
         "max": 3.07457
        },
        {
         "src": "maps/d2_f16/img0/02_down2_c2.png",
         "min": 0.0,
         "max": 1.58542
        },
        {
         "src": "maps/d2_f16/img0/02_down2_c3.png",
         "min": 0.0,
         "max": 1.61328
        }
       ],
       "channels_total": 32
      },
      {
       "name": "pool2",
       "kind": "pool",
       "shape": [
        32,
        32,
        32
       ],
       "rf": 16,
       "mean": "maps/d2_f16/img0/03_pool2_mean.png",
       "mean_range": [
        0.07962,
        1.81652
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/03_pool2_c0.png",
         "min": 0.0,
         "max": 5.99029
        },
        {
         "src": "maps/d2_f16/img0/03_pool2_c1.png",
         "min": 0.0,
         "max": 3.07457
        },
        {
         "src": "maps/d2_f16/img0/03_pool2_c2.png",
         "min": 0.0,
         "max": 1.58542
        },
        {
         "src": "maps/d2_f16/img0/03_pool2_c3.png",
         "min": 0.0,
         "max": 1.61328
        }
       ],
       "channels_total": 32
      },
      {
       "name": "bottleneck",
       "kind": "bottleneck",
       "shape": [
        64,
        32,
        32
       ],
       "rf": 32,
       "mean": "maps/d2_f16/img0/04_bottleneck_mean.png",
       "mean_range": [
        0.05835,
        1.41792
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/04_bottleneck_c0.png",
         "min": 0.0,
         "max": 3.26361
        },
        {
         "src": "maps/d2_f16/img0/04_bottleneck_c1.png",
         "min": 0.0,
         "max": 6.52508
        },
        {
         "src": "maps/d2_f16/img0/04_bottleneck_c2.png",
         "min": 0.0,
         "max": 3.49144
        },
        {
         "src": "maps/d2_f16/img0/04_bottleneck_c3.png",
         "min": 0.0,
         "max": 10.9315
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up2.upconv",
       "kind": "up-convolution",
       "shape": [
        32,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d2_f16/img0/05_up2_upconv_mean.png",
       "mean_range": [
        0.10616,
        3.84841
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/05_up2_upconv_c0.png",
         "min": -5.78713,
         "max": 3.71309
        },
        {
         "src": "maps/d2_f16/img0/05_up2_upconv_c1.png",
         "min": -11.41281,
         "max": 2.97763
        },
        {
         "src": "maps/d2_f16/img0/05_up2_upconv_c2.png",
         "min": -3.59667,
         "max": 7.47729
        },
        {
         "src": "maps/d2_f16/img0/05_up2_upconv_c3.png",
         "min": -8.50958,
         "max": 4.79424
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up2.concat",
       "kind": "concatenation",
       "shape": [
        64,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d2_f16/img0/06_up2_concat_mean.png",
       "mean_range": [
        0.07825,
        2.41589
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/06_up2_concat_c0.png",
         "min": -5.78713,
         "max": 3.71309
        },
        {
         "src": "maps/d2_f16/img0/06_up2_concat_c1.png",
         "min": -11.41281,
         "max": 2.97763
        },
        {
         "src": "maps/d2_f16/img0/06_up2_concat_c2.png",
         "min": -3.59667,
         "max": 7.47729
        },
        {
         "src": "maps/d2_f16/img0/06_up2_concat_c3.png",
         "min": -8.50958,
         "max": 4.79424
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up2",
       "kind": "up",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 40,
       "mean": "maps/d2_f16/img0/07_up2_mean.png",
       "mean_range": [
        0.08153,
        3.29625
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/07_up2_c0.png",
         "min": 0.0,
         "max": 9.37794
        },
        {
         "src": "maps/d2_f16/img0/07_up2_c1.png",
         "min": 0.0,
         "max": 4.91638
        },
        {
         "src": "maps/d2_f16/img0/07_up2_c2.png",
         "min": 0.0,
         "max": 10.3073
        },
        {
         "src": "maps/d2_f16/img0/07_up2_c3.png",
         "min": 0.0,
         "max": 8.60359
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1.upconv",
       "kind": "up-convolution",
       "shape": [
        16,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d2_f16/img0/08_up1_upconv_mean.png",
       "mean_range": [
        0.14386,
        7.90019
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/08_up1_upconv_c0.png",
         "min": -7.90316,
         "max": 12.86741
        },
        {
         "src": "maps/d2_f16/img0/08_up1_upconv_c1.png",
         "min": -15.10158,
         "max": 10.60609
        },
        {
         "src": "maps/d2_f16/img0/08_up1_upconv_c2.png",
         "min": -7.70906,
         "max": 13.30495
        },
        {
         "src": "maps/d2_f16/img0/08_up1_upconv_c3.png",
         "min": -9.4086,
         "max": 17.20077
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up1.concat",
       "kind": "concatenation",
       "shape": [
        32,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d2_f16/img0/09_up1_concat_mean.png",
       "mean_range": [
        0.17368,
        4.38558
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/09_up1_concat_c0.png",
         "min": -7.90316,
         "max": 12.86741
        },
        {
         "src": "maps/d2_f16/img0/09_up1_concat_c1.png",
         "min": -15.10158,
         "max": 10.60609
        },
        {
         "src": "maps/d2_f16/img0/09_up1_concat_c2.png",
         "min": -7.70906,
         "max": 13.30495
        },
        {
         "src": "maps/d2_f16/img0/09_up1_concat_c3.png",
         "min": -9.4086,
         "max": 17.20077
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1",
       "kind": "up",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 44,
       "mean": "maps/d2_f16/img0/10_up1_mean.png",
       "mean_range": [
        0.20464,
        7.8499
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/10_up1_c0.png",
         "min": 0.0,
         "max": 7.70311
        },
        {
         "src": "maps/d2_f16/img0/10_up1_c1.png",
         "min": 0.0,
         "max": 14.0512
        },
        {
         "src": "maps/d2_f16/img0/10_up1_c2.png",
         "min": 0.0,
         "max": 12.84209
        },
        {
         "src": "maps/d2_f16/img0/10_up1_c3.png",
         "min": 0.0,
         "max": 23.53066
        }
       ],
       "channels_total": 16
      },
      {
       "name": "output",
       "kind": "output",
       "shape": [
        1,
        128,
        128
       ],
       "rf": 44,
       "mean": "maps/d2_f16/img0/11_output_mean.png",
       "mean_range": [
        0.0,
        1.0
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/11_output_c0.png",
         "min": 0.0,
         "max": 1.0
        }
       ],
       "channels_total": 1
      }
     ],
     "skips": [
      {
       "level": 1,
       "src": "maps/d2_f16/img0/without_skip1.png",
       "changed": 0.0305,
       "dice": 0.8898
      },
      {
       "level": 2,
       "src": "maps/d2_f16/img0/without_skip2.png",
       "changed": 0.0156,
       "dice": 0.8911
      }
     ]
    },
    "img1": {
     "output": "maps/d2_f16/img1/11_output_c0.png",
     "dice": 0.944,
     "stages": [
      {
       "name": "down1",
       "kind": "down",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 5,
       "mean": "maps/d2_f16/img1/00_down1_mean.png",
       "mean_range": [
        0.00465,
        1.40505
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/00_down1_c0.png",
         "min": 0.0,
         "max": 0.69722
        },
        {
         "src": "maps/d2_f16/img1/00_down1_c1.png",
         "min": 0.0,
         "max": 2.72948
        },
        {
         "src": "maps/d2_f16/img1/00_down1_c2.png",
         "min": 0.0,
         "max": 6.32283
        },
        {
         "src": "maps/d2_f16/img1/00_down1_c3.png",
         "min": 0.0,
         "max": 3.69613
        }
       ],
       "channels_total": 16
      },
      {
       "name": "pool1",
       "kind": "pool",
       "shape": [
        16,
        64,
        64
       ],
       "rf": 6,
       "mean": "maps/d2_f16/img1/01_pool1_mean.png",
       "mean_range": [
        0.02749,
        1.84076
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/01_pool1_c0.png",
         "min": 0.0,
         "max": 0.69722
        },
        {
         "src": "maps/d2_f16/img1/01_pool1_c1.png",
         "min": 0.0,
         "max": 2.72948
        },
        {
         "src": "maps/d2_f16/img1/01_pool1_c2.png",
         "min": 0.0,
         "max": 6.32283
        },
        {
         "src": "maps/d2_f16/img1/01_pool1_c3.png",
         "min": 0.0,
         "max": 3.69613
        }
       ],
       "channels_total": 16
      },
      {
       "name": "down2",
       "kind": "down",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 14,
       "mean": "maps/d2_f16/img1/02_down2_mean.png",
       "mean_range": [
        0.0392,
        0.85926
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/02_down2_c0.png",
         "min": 0.0,
         "max": 3.16535
        },
        {
         "src": "maps/d2_f16/img1/02_down2_c1.png",
         "min": 0.0,
         "max": 2.24638
        },
        {
         "src": "maps/d2_f16/img1/02_down2_c2.png",
         "min": 0.0,
         "max": 2.1948
        },
        {
         "src": "maps/d2_f16/img1/02_down2_c3.png",
         "min": 0.0,
         "max": 1.98932
        }
       ],
       "channels_total": 32
      },
      {
       "name": "pool2",
       "kind": "pool",
       "shape": [
        32,
        32,
        32
       ],
       "rf": 16,
       "mean": "maps/d2_f16/img1/03_pool2_mean.png",
       "mean_range": [
        0.1118,
        1.23649
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/03_pool2_c0.png",
         "min": 0.0,
         "max": 3.16535
        },
        {
         "src": "maps/d2_f16/img1/03_pool2_c1.png",
         "min": 0.0,
         "max": 2.24638
        },
        {
         "src": "maps/d2_f16/img1/03_pool2_c2.png",
         "min": 0.0,
         "max": 2.1948
        },
        {
         "src": "maps/d2_f16/img1/03_pool2_c3.png",
         "min": 0.0,
         "max": 1.98932
        }
       ],
       "channels_total": 32
      },
      {
       "name": "bottleneck",
       "kind": "bottleneck",
       "shape": [
        64,
        32,
        32
       ],
       "rf": 32,
       "mean": "maps/d2_f16/img1/04_bottleneck_mean.png",
       "mean_range": [
        0.08768,
        0.98986
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/04_bottleneck_c0.png",
         "min": 0.0,
         "max": 3.63771
        },
        {
         "src": "maps/d2_f16/img1/04_bottleneck_c1.png",
         "min": 0.0,
         "max": 3.81984
        },
        {
         "src": "maps/d2_f16/img1/04_bottleneck_c2.png",
         "min": 0.0,
         "max": 2.27097
        },
        {
         "src": "maps/d2_f16/img1/04_bottleneck_c3.png",
         "min": 0.0,
         "max": 6.13515
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up2.upconv",
       "kind": "up-convolution",
       "shape": [
        32,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d2_f16/img1/05_up2_upconv_mean.png",
       "mean_range": [
        0.16942,
        2.42556
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/05_up2_upconv_c0.png",
         "min": -4.15733,
         "max": 4.09896
        },
        {
         "src": "maps/d2_f16/img1/05_up2_upconv_c1.png",
         "min": -5.72947,
         "max": 3.06475
        },
        {
         "src": "maps/d2_f16/img1/05_up2_upconv_c2.png",
         "min": -3.12038,
         "max": 5.79986
        },
        {
         "src": "maps/d2_f16/img1/05_up2_upconv_c3.png",
         "min": -5.29894,
         "max": 3.49951
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up2.concat",
       "kind": "concatenation",
       "shape": [
        64,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d2_f16/img1/06_up2_concat_mean.png",
       "mean_range": [
        0.13558,
        1.52623
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/06_up2_concat_c0.png",
         "min": -4.15733,
         "max": 4.09896
        },
        {
         "src": "maps/d2_f16/img1/06_up2_concat_c1.png",
         "min": -5.72947,
         "max": 3.06475
        },
        {
         "src": "maps/d2_f16/img1/06_up2_concat_c2.png",
         "min": -3.12038,
         "max": 5.79986
        },
        {
         "src": "maps/d2_f16/img1/06_up2_concat_c3.png",
         "min": -5.29894,
         "max": 3.49951
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up2",
       "kind": "up",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 40,
       "mean": "maps/d2_f16/img1/07_up2_mean.png",
       "mean_range": [
        0.1173,
        2.22349
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/07_up2_c0.png",
         "min": 0.0,
         "max": 7.52791
        },
        {
         "src": "maps/d2_f16/img1/07_up2_c1.png",
         "min": 0.0,
         "max": 4.72049
        },
        {
         "src": "maps/d2_f16/img1/07_up2_c2.png",
         "min": 0.0,
         "max": 4.543
        },
        {
         "src": "maps/d2_f16/img1/07_up2_c3.png",
         "min": 0.0,
         "max": 5.1158
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1.upconv",
       "kind": "up-convolution",
       "shape": [
        16,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d2_f16/img1/08_up1_upconv_mean.png",
       "mean_range": [
        0.27885,
        5.8677
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/08_up1_upconv_c0.png",
         "min": -4.9949,
         "max": 8.72413
        },
        {
         "src": "maps/d2_f16/img1/08_up1_upconv_c1.png",
         "min": -12.00434,
         "max": 7.79356
        },
        {
         "src": "maps/d2_f16/img1/08_up1_upconv_c2.png",
         "min": -5.95376,
         "max": 12.01808
        },
        {
         "src": "maps/d2_f16/img1/08_up1_upconv_c3.png",
         "min": -8.24165,
         "max": 12.80879
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up1.concat",
       "kind": "concatenation",
       "shape": [
        32,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d2_f16/img1/09_up1_concat_mean.png",
       "mean_range": [
        0.23255,
        3.276
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/09_up1_concat_c0.png",
         "min": -4.9949,
         "max": 8.72413
        },
        {
         "src": "maps/d2_f16/img1/09_up1_concat_c1.png",
         "min": -12.00434,
         "max": 7.79356
        },
        {
         "src": "maps/d2_f16/img1/09_up1_concat_c2.png",
         "min": -5.95376,
         "max": 12.01808
        },
        {
         "src": "maps/d2_f16/img1/09_up1_concat_c3.png",
         "min": -8.24165,
         "max": 12.80879
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1",
       "kind": "up",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 44,
       "mean": "maps/d2_f16/img1/10_up1_mean.png",
       "mean_range": [
        0.2524,
        5.62536
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/10_up1_c0.png",
         "min": 0.0,
         "max": 6.86405
        },
        {
         "src": "maps/d2_f16/img1/10_up1_c1.png",
         "min": 0.0,
         "max": 12.43017
        },
        {
         "src": "maps/d2_f16/img1/10_up1_c2.png",
         "min": 0.0,
         "max": 8.18099
        },
        {
         "src": "maps/d2_f16/img1/10_up1_c3.png",
         "min": 0.0,
         "max": 15.77956
        }
       ],
       "channels_total": 16
      },
      {
       "name": "output",
       "kind": "output",
       "shape": [
        1,
        128,
        128
       ],
       "rf": 44,
       "mean": "maps/d2_f16/img1/11_output_mean.png",
       "mean_range": [
        0.0,
        1.0
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/11_output_c0.png",
         "min": 0.0,
         "max": 1.0
        }
       ],
       "channels_total": 1
      }
     ],
     "skips": [
      {
       "level": 1,
       "src": "maps/d2_f16/img1/without_skip1.png",
       "changed": 0.0276,
       "dice": 0.9244
      },
      {
       "level": 2,
       "src": "maps/d2_f16/img1/without_skip2.png",
       "changed": 0.0121,
       "dice": 0.9332
      }
     ]
    }
   }
  },
  {
   "id": "d3_f16",
   "label": "depth 3, 16 filters",
   "depth": 3,
   "base_filters": 16,
   "parameters": 481745,
   "receptive_field": 96,
   "row": {
    "depth": "3",
    "base_filters": "16",
    "parameters": "481745",
    "receptive_field": "96",
    "memory_mib_batch8": "126.9",
    "repeats": "3",
    "failed": "0",
    "train_seconds": "109.9",
    "epochs": "10.0",
    "best_val_dice": "0.9539",
    "test_dice": "0.9545",
    "test_dice_sd": "0.0019",
    "test_dice_ci_low": "0.9497",
    "test_dice_ci_high": "0.9593",
    "test_iou": "0.9141",
    "test_iou_sd": "0.0034",
    "test_iou_ci_low": "0.9056",
    "test_iou_ci_high": "0.9226",
    "test_boundary_dice": "0.8854",
    "test_boundary_dice_sd": "0.0043",
    "test_boundary_dice_ci_low": "0.8748",
    "test_boundary_dice_ci_high": "0.896"
   },
   "filters": {
    "name": "down1.conv1",
    "shape": [
     16,
     1,
     3,
     3
    ],
    "range": [
     -1.1285063028335571,
     1.1285063028335571
    ],
    "srcs": [
     "maps/d3_f16/filters/f0.png",
     "maps/d3_f16/filters/f1.png",
     "maps/d3_f16/filters/f2.png",
     "maps/d3_f16/filters/f3.png",
     "maps/d3_f16/filters/f4.png",
     "maps/d3_f16/filters/f5.png",
     "maps/d3_f16/filters/f6.png",
     "maps/d3_f16/filters/f7.png",
     "maps/d3_f16/filters/f8.png",
     "maps/d3_f16/filters/f9.png",
     "maps/d3_f16/filters/f10.png",
     "maps/d3_f16/filters/f11.png",
     "maps/d3_f16/filters/f12.png",
     "maps/d3_f16/filters/f13.png",
     "maps/d3_f16/filters/f14.png",
     "maps/d3_f16/filters/f15.png"
    ]
   },
   "views": {
    "img0": {
     "output": "maps/d3_f16/img0/16_output_c0.png",
     "dice": 0.8935,
     "stages": [
      {
       "name": "down1",
       "kind": "down",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 5,
       "mean": "maps/d3_f16/img0/00_down1_mean.png",
       "mean_range": [
        0.01922,
        1.85515
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/00_down1_c0.png",
         "min": 0.0,
         "max": 4.49044
        },
        {
         "src": "maps/d3_f16/img0/00_down1_c1.png",
         "min": 0.0,
         "max": 4.48413
        },
        {
         "src": "maps/d3_f16/img0/00_down1_c2.png",
         "min": 0.0,
         "max": 8.41139
        },
        {
         "src": "maps/d3_f16/img0/00_down1_c3.png",
         "min": 0.0,
         "max": 3.61884
        }
       ],
       "channels_total": 16
      },
      {
       "name": "pool1",
       "kind": "pool",
       "shape": [
        16,
        64,
        64
       ],
       "rf": 6,
       "mean": "maps/d3_f16/img0/01_pool1_mean.png",
       "mean_range": [
        0.04536,
        2.38145
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/01_pool1_c0.png",
         "min": 0.0,
         "max": 4.49044
        },
        {
         "src": "maps/d3_f16/img0/01_pool1_c1.png",
         "min": 0.0,
         "max": 4.48413
        },
        {
         "src": "maps/d3_f16/img0/01_pool1_c2.png",
         "min": 0.0,
         "max": 8.41139
        },
        {
         "src": "maps/d3_f16/img0/01_pool1_c3.png",
         "min": 0.0,
         "max": 3.61884
        }
       ],
       "channels_total": 16
      },
      {
       "name": "down2",
       "kind": "down",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 14,
       "mean": "maps/d3_f16/img0/02_down2_mean.png",
       "mean_range": [
        0.06415,
        1.29596
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/02_down2_c0.png",
         "min": 0.0,
         "max": 1.26833
        },
        {
         "src": "maps/d3_f16/img0/02_down2_c1.png",
         "min": 0.0,
         "max": 2.81058
        },
        {
         "src": "maps/d3_f16/img0/02_down2_c2.png",
         "min": 0.0,
         "max": 2.51023
        },
        {
         "src": "maps/d3_f16/img0/02_down2_c3.png",
         "min": 0.0,
         "max": 3.05051
        }
       ],
       "channels_total": 32
      },
      {
       "name": "pool2",
       "kind": "pool",
       "shape": [
        32,
        32,
        32
       ],
       "rf": 16,
       "mean": "maps/d3_f16/img0/03_pool2_mean.png",
       "mean_range": [
        0.182,
        2.01037
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/03_pool2_c0.png",
         "min": 0.0,
         "max": 1.26833
        },
        {
         "src": "maps/d3_f16/img0/03_pool2_c1.png",
         "min": 0.0,
         "max": 2.81058
        },
        {
         "src": "maps/d3_f16/img0/03_pool2_c2.png",
         "min": 0.0,
         "max": 2.51023
        },
        {
         "src": "maps/d3_f16/img0/03_pool2_c3.png",
         "min": 0.0,
         "max": 3.05051
        }
       ],
       "channels_total": 32
      },
      {
       "name": "down3",
       "kind": "down",
       "shape": [
        64,
        32,
        32
       ],
       "rf": 32,
       "mean": "maps/d3_f16/img0/04_down3_mean.png",
       "mean_range": [
        0.03571,
        1.10219
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/04_down3_c0.png",
         "min": 0.0,
         "max": 3.33231
        },
        {
         "src": "maps/d3_f16/img0/04_down3_c1.png",
         "min": 0.0,
         "max": 7.54341
        },
        {
         "src": "maps/d3_f16/img0/04_down3_c2.png",
         "min": 0.0,
         "max": 2.04562
        },
        {
         "src": "maps/d3_f16/img0/04_down3_c3.png",
         "min": 0.0,
         "max": 5.08147
        }
       ],
       "channels_total": 64
      },
      {
       "name": "pool3",
       "kind": "pool",
       "shape": [
        64,
        16,
        16
       ],
       "rf": 36,
       "mean": "maps/d3_f16/img0/05_pool3_mean.png",
       "mean_range": [
        0.15416,
        1.64595
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/05_pool3_c0.png",
         "min": 0.0,
         "max": 3.33231
        },
        {
         "src": "maps/d3_f16/img0/05_pool3_c1.png",
         "min": 0.0,
         "max": 7.54341
        },
        {
         "src": "maps/d3_f16/img0/05_pool3_c2.png",
         "min": 0.0,
         "max": 2.04562
        },
        {
         "src": "maps/d3_f16/img0/05_pool3_c3.png",
         "min": 0.0,
         "max": 5.08147
        }
       ],
       "channels_total": 64
      },
      {
       "name": "bottleneck",
       "kind": "bottleneck",
       "shape": [
        128,
        16,
        16
       ],
       "rf": 68,
       "mean": "maps/d3_f16/img0/06_bottleneck_mean.png",
       "mean_range": [
        0.0982,
        0.768
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/06_bottleneck_c0.png",
         "min": 0.0,
         "max": 6.85787
        },
        {
         "src": "maps/d3_f16/img0/06_bottleneck_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d3_f16/img0/06_bottleneck_c2.png",
         "min": 0.0,
         "max": 6.05736
        },
        {
         "src": "maps/d3_f16/img0/06_bottleneck_c3.png",
         "min": 0.0,
         "max": 0.0
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up3.upconv",
       "kind": "up-convolution",
       "shape": [
        64,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d3_f16/img0/07_up3_upconv_mean.png",
       "mean_range": [
        0.21499,
        2.36082
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/07_up3_upconv_c0.png",
         "min": -4.83321,
         "max": 4.84121
        },
        {
         "src": "maps/d3_f16/img0/07_up3_upconv_c1.png",
         "min": -5.08518,
         "max": 3.81596
        },
        {
         "src": "maps/d3_f16/img0/07_up3_upconv_c2.png",
         "min": -4.28191,
         "max": 3.70078
        },
        {
         "src": "maps/d3_f16/img0/07_up3_upconv_c3.png",
         "min": -3.32536,
         "max": 3.69925
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up3.concat",
       "kind": "concatenation",
       "shape": [
        128,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d3_f16/img0/08_up3_concat_mean.png",
       "mean_range": [
        0.14562,
        1.56891
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/08_up3_concat_c0.png",
         "min": -4.83321,
         "max": 4.84121
        },
        {
         "src": "maps/d3_f16/img0/08_up3_concat_c1.png",
         "min": -5.08518,
         "max": 3.81596
        },
        {
         "src": "maps/d3_f16/img0/08_up3_concat_c2.png",
         "min": -4.28191,
         "max": 3.70078
        },
        {
         "src": "maps/d3_f16/img0/08_up3_concat_c3.png",
         "min": -3.32536,
         "max": 3.69925
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up3",
       "kind": "up",
       "shape": [
        64,
        32,
        32
       ],
       "rf": 84,
       "mean": "maps/d3_f16/img0/09_up3_mean.png",
       "mean_range": [
        0.10191,
        1.79613
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/09_up3_c0.png",
         "min": 0.0,
         "max": 8.45519
        },
        {
         "src": "maps/d3_f16/img0/09_up3_c1.png",
         "min": 0.0,
         "max": 7.74153
        },
        {
         "src": "maps/d3_f16/img0/09_up3_c2.png",
         "min": 0.0,
         "max": 2.4751
        },
        {
         "src": "maps/d3_f16/img0/09_up3_c3.png",
         "min": 0.0,
         "max": 0.31136
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up2.upconv",
       "kind": "up-convolution",
       "shape": [
        32,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d3_f16/img0/10_up2_upconv_mean.png",
       "mean_range": [
        0.17358,
        5.06949
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/10_up2_upconv_c0.png",
         "min": -8.65872,
         "max": 4.13777
        },
        {
         "src": "maps/d3_f16/img0/10_up2_upconv_c1.png",
         "min": -6.3283,
         "max": 8.80486
        },
        {
         "src": "maps/d3_f16/img0/10_up2_upconv_c2.png",
         "min": -10.70135,
         "max": 5.91118
        },
        {
         "src": "maps/d3_f16/img0/10_up2_upconv_c3.png",
         "min": -7.5367,
         "max": 8.9995
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up2.concat",
       "kind": "concatenation",
       "shape": [
        64,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d3_f16/img0/11_up2_concat_mean.png",
       "mean_range": [
        0.18675,
        2.99145
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/11_up2_concat_c0.png",
         "min": -8.65872,
         "max": 4.13777
        },
        {
         "src": "maps/d3_f16/img0/11_up2_concat_c1.png",
         "min": -6.3283,
         "max": 8.80486
        },
        {
         "src": "maps/d3_f16/img0/11_up2_concat_c2.png",
         "min": -10.70135,
         "max": 5.91118
        },
        {
         "src": "maps/d3_f16/img0/11_up2_concat_c3.png",
         "min": -7.5367,
         "max": 8.9995
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up2",
       "kind": "up",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 92,
       "mean": "maps/d3_f16/img0/12_up2_mean.png",
       "mean_range": [
        0.19359,
        4.61104
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/12_up2_c0.png",
         "min": 0.0,
         "max": 2.11871
        },
        {
         "src": "maps/d3_f16/img0/12_up2_c1.png",
         "min": 0.0,
         "max": 15.86492
        },
        {
         "src": "maps/d3_f16/img0/12_up2_c2.png",
         "min": 0.0,
         "max": 34.50391
        },
        {
         "src": "maps/d3_f16/img0/12_up2_c3.png",
         "min": 0.0,
         "max": 0.19479
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1.upconv",
       "kind": "up-convolution",
       "shape": [
        16,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d3_f16/img0/13_up1_upconv_mean.png",
       "mean_range": [
        0.4198,
        12.20901
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/13_up1_upconv_c0.png",
         "min": -20.17152,
         "max": 35.52391
        },
        {
         "src": "maps/d3_f16/img0/13_up1_upconv_c1.png",
         "min": -17.13214,
         "max": 13.50721
        },
        {
         "src": "maps/d3_f16/img0/13_up1_upconv_c2.png",
         "min": -21.72801,
         "max": 17.26253
        },
        {
         "src": "maps/d3_f16/img0/13_up1_upconv_c3.png",
         "min": -20.21824,
         "max": 12.89416
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up1.concat",
       "kind": "concatenation",
       "shape": [
        32,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d3_f16/img0/14_up1_concat_mean.png",
       "mean_range": [
        0.29729,
        6.37724
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/14_up1_concat_c0.png",
         "min": -20.17152,
         "max": 35.52391
        },
        {
         "src": "maps/d3_f16/img0/14_up1_concat_c1.png",
         "min": -17.13214,
         "max": 13.50721
        },
        {
         "src": "maps/d3_f16/img0/14_up1_concat_c2.png",
         "min": -21.72801,
         "max": 17.26253
        },
        {
         "src": "maps/d3_f16/img0/14_up1_concat_c3.png",
         "min": -20.21824,
         "max": 12.89416
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1",
       "kind": "up",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 96,
       "mean": "maps/d3_f16/img0/15_up1_mean.png",
       "mean_range": [
        0.50321,
        11.04469
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/15_up1_c0.png",
         "min": 0.0,
         "max": 21.61771
        },
        {
         "src": "maps/d3_f16/img0/15_up1_c1.png",
         "min": 0.0,
         "max": 32.70704
        },
        {
         "src": "maps/d3_f16/img0/15_up1_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d3_f16/img0/15_up1_c3.png",
         "min": 0.0,
         "max": 54.70981
        }
       ],
       "channels_total": 16
      },
      {
       "name": "output",
       "kind": "output",
       "shape": [
        1,
        128,
        128
       ],
       "rf": 96,
       "mean": "maps/d3_f16/img0/16_output_mean.png",
       "mean_range": [
        0.0,
        1.0
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/16_output_c0.png",
         "min": 0.0,
         "max": 1.0
        }
       ],
       "channels_total": 1
      }
     ],
     "skips": [
      {
       "level": 1,
       "src": "maps/d3_f16/img0/without_skip1.png",
       "changed": 0.0178,
       "dice": 0.9038
      },
      {
       "level": 2,
       "src": "maps/d3_f16/img0/without_skip2.png",
       "changed": 0.0161,
       "dice": 0.8959
      },
      {
       "level": 3,
       "src": "maps/d3_f16/img0/without_skip3.png",
       "changed": 0.0151,
       "dice": 0.8817
      }
     ]
    },
    "img1": {
     "output": "maps/d3_f16/img1/16_output_c0.png",
     "dice": 0.942,
     "stages": [
      {
       "name": "down1",
       "kind": "down",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 5,
       "mean": "maps/d3_f16/img1/00_down1_mean.png",
       "mean_range": [
        0.02762,
        1.35524
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/00_down1_c0.png",
         "min": 0.0,
         "max": 1.65603
        },
        {
         "src": "maps/d3_f16/img1/00_down1_c1.png",
         "min": 0.0,
         "max": 3.37003
        },
        {
         "src": "maps/d3_f16/img1/00_down1_c2.png",
         "min": 0.0,
         "max": 7.03135
        },
        {
         "src": "maps/d3_f16/img1/00_down1_c3.png",
         "min": 0.0,
         "max": 4.12523
        }
       ],
       "channels_total": 16
      },
      {
       "name": "pool1",
       "kind": "pool",
       "shape": [
        16,
        64,
        64
       ],
       "rf": 6,
       "mean": "maps/d3_f16/img1/01_pool1_mean.png",
       "mean_range": [
        0.06468,
        1.65575
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/01_pool1_c0.png",
         "min": 0.0,
         "max": 1.65603
        },
        {
         "src": "maps/d3_f16/img1/01_pool1_c1.png",
         "min": 0.0,
         "max": 3.37003
        },
        {
         "src": "maps/d3_f16/img1/01_pool1_c2.png",
         "min": 0.0,
         "max": 7.03135
        },
        {
         "src": "maps/d3_f16/img1/01_pool1_c3.png",
         "min": 0.0,
         "max": 4.12523
        }
       ],
       "channels_total": 16
      },
      {
       "name": "down2",
       "kind": "down",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 14,
       "mean": "maps/d3_f16/img1/02_down2_mean.png",
       "mean_range": [
        0.0702,
        1.19571
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/02_down2_c0.png",
         "min": 0.0,
         "max": 1.5074
        },
        {
         "src": "maps/d3_f16/img1/02_down2_c1.png",
         "min": 0.0,
         "max": 2.1778
        },
        {
         "src": "maps/d3_f16/img1/02_down2_c2.png",
         "min": 0.0,
         "max": 3.15083
        },
        {
         "src": "maps/d3_f16/img1/02_down2_c3.png",
         "min": 0.0,
         "max": 2.43301
        }
       ],
       "channels_total": 32
      },
      {
       "name": "pool2",
       "kind": "pool",
       "shape": [
        32,
        32,
        32
       ],
       "rf": 16,
       "mean": "maps/d3_f16/img1/03_pool2_mean.png",
       "mean_range": [
        0.1773,
        1.50203
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/03_pool2_c0.png",
         "min": 0.0,
         "max": 1.5074
        },
        {
         "src": "maps/d3_f16/img1/03_pool2_c1.png",
         "min": 0.0,
         "max": 2.1778
        },
        {
         "src": "maps/d3_f16/img1/03_pool2_c2.png",
         "min": 0.0,
         "max": 3.15083
        },
        {
         "src": "maps/d3_f16/img1/03_pool2_c3.png",
         "min": 0.0,
         "max": 2.43301
        }
       ],
       "channels_total": 32
      },
      {
       "name": "down3",
       "kind": "down",
       "shape": [
        64,
        32,
        32
       ],
       "rf": 32,
       "mean": "maps/d3_f16/img1/04_down3_mean.png",
       "mean_range": [
        0.07166,
        0.85606
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/04_down3_c0.png",
         "min": 0.0,
         "max": 3.35932
        },
        {
         "src": "maps/d3_f16/img1/04_down3_c1.png",
         "min": 0.0,
         "max": 4.59198
        },
        {
         "src": "maps/d3_f16/img1/04_down3_c2.png",
         "min": 0.0,
         "max": 2.31853
        },
        {
         "src": "maps/d3_f16/img1/04_down3_c3.png",
         "min": 0.0,
         "max": 4.65348
        }
       ],
       "channels_total": 64
      },
      {
       "name": "pool3",
       "kind": "pool",
       "shape": [
        64,
        16,
        16
       ],
       "rf": 36,
       "mean": "maps/d3_f16/img1/05_pool3_mean.png",
       "mean_range": [
        0.21495,
        1.03015
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/05_pool3_c0.png",
         "min": 0.0,
         "max": 3.35932
        },
        {
         "src": "maps/d3_f16/img1/05_pool3_c1.png",
         "min": 0.0,
         "max": 4.59198
        },
        {
         "src": "maps/d3_f16/img1/05_pool3_c2.png",
         "min": 0.0,
         "max": 2.31853
        },
        {
         "src": "maps/d3_f16/img1/05_pool3_c3.png",
         "min": 0.0,
         "max": 4.65348
        }
       ],
       "channels_total": 64
      },
      {
       "name": "bottleneck",
       "kind": "bottleneck",
       "shape": [
        128,
        16,
        16
       ],
       "rf": 68,
       "mean": "maps/d3_f16/img1/06_bottleneck_mean.png",
       "mean_range": [
        0.11118,
        0.63685
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/06_bottleneck_c0.png",
         "min": 0.0,
         "max": 5.57516
        },
        {
         "src": "maps/d3_f16/img1/06_bottleneck_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d3_f16/img1/06_bottleneck_c2.png",
         "min": 0.0,
         "max": 4.85865
        },
        {
         "src": "maps/d3_f16/img1/06_bottleneck_c3.png",
         "min": 0.0,
         "max": 0.0
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up3.upconv",
       "kind": "up-convolution",
       "shape": [
        64,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d3_f16/img1/07_up3_upconv_mean.png",
       "mean_range": [
        0.33007,
        1.80704
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/07_up3_upconv_c0.png",
         "min": -3.39484,
         "max": 4.90733
        },
        {
         "src": "maps/d3_f16/img1/07_up3_upconv_c1.png",
         "min": -2.5857,
         "max": 2.39189
        },
        {
         "src": "maps/d3_f16/img1/07_up3_upconv_c2.png",
         "min": -4.2926,
         "max": 3.54432
        },
        {
         "src": "maps/d3_f16/img1/07_up3_upconv_c3.png",
         "min": -3.54219,
         "max": 3.07523
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up3.concat",
       "kind": "concatenation",
       "shape": [
        128,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d3_f16/img1/08_up3_concat_mean.png",
       "mean_range": [
        0.23762,
        1.01854
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/08_up3_concat_c0.png",
         "min": -3.39484,
         "max": 4.90733
        },
        {
         "src": "maps/d3_f16/img1/08_up3_concat_c1.png",
         "min": -2.5857,
         "max": 2.39189
        },
        {
         "src": "maps/d3_f16/img1/08_up3_concat_c2.png",
         "min": -4.2926,
         "max": 3.54432
        },
        {
         "src": "maps/d3_f16/img1/08_up3_concat_c3.png",
         "min": -3.54219,
         "max": 3.07523
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up3",
       "kind": "up",
       "shape": [
        64,
        32,
        32
       ],
       "rf": 84,
       "mean": "maps/d3_f16/img1/09_up3_mean.png",
       "mean_range": [
        0.13875,
        1.97937
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/09_up3_c0.png",
         "min": 0.0,
         "max": 7.60836
        },
        {
         "src": "maps/d3_f16/img1/09_up3_c1.png",
         "min": 0.0,
         "max": 8.88679
        },
        {
         "src": "maps/d3_f16/img1/09_up3_c2.png",
         "min": 0.0,
         "max": 2.59252
        },
        {
         "src": "maps/d3_f16/img1/09_up3_c3.png",
         "min": 0.0,
         "max": 0.45376
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up2.upconv",
       "kind": "up-convolution",
       "shape": [
        32,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d3_f16/img1/10_up2_upconv_mean.png",
       "mean_range": [
        0.30194,
        5.56866
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/10_up2_upconv_c0.png",
         "min": -8.32586,
         "max": 3.71101
        },
        {
         "src": "maps/d3_f16/img1/10_up2_upconv_c1.png",
         "min": -4.14134,
         "max": 9.64403
        },
        {
         "src": "maps/d3_f16/img1/10_up2_upconv_c2.png",
         "min": -10.36486,
         "max": 6.2883
        },
        {
         "src": "maps/d3_f16/img1/10_up2_upconv_c3.png",
         "min": -5.03057,
         "max": 10.17927
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up2.concat",
       "kind": "concatenation",
       "shape": [
        64,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d3_f16/img1/11_up2_concat_mean.png",
       "mean_range": [
        0.20865,
        2.86753
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/11_up2_concat_c0.png",
         "min": -8.32586,
         "max": 3.71101
        },
        {
         "src": "maps/d3_f16/img1/11_up2_concat_c1.png",
         "min": -4.14134,
         "max": 9.64403
        },
        {
         "src": "maps/d3_f16/img1/11_up2_concat_c2.png",
         "min": -10.36486,
         "max": 6.2883
        },
        {
         "src": "maps/d3_f16/img1/11_up2_concat_c3.png",
         "min": -5.03057,
         "max": 10.17927
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up2",
       "kind": "up",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 92,
       "mean": "maps/d3_f16/img1/12_up2_mean.png",
       "mean_range": [
        0.2787,
        4.4866
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/12_up2_c0.png",
         "min": 0.0,
         "max": 2.25017
        },
        {
         "src": "maps/d3_f16/img1/12_up2_c1.png",
         "min": 0.0,
         "max": 17.61549
        },
        {
         "src": "maps/d3_f16/img1/12_up2_c2.png",
         "min": 0.0,
         "max": 35.87141
        },
        {
         "src": "maps/d3_f16/img1/12_up2_c3.png",
         "min": 0.0,
         "max": 0.0
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1.upconv",
       "kind": "up-convolution",
       "shape": [
        16,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d3_f16/img1/13_up1_upconv_mean.png",
       "mean_range": [
        0.63168,
        12.8893
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/13_up1_upconv_c0.png",
         "min": -18.94401,
         "max": 22.89327
        },
        {
         "src": "maps/d3_f16/img1/13_up1_upconv_c1.png",
         "min": -17.23757,
         "max": 14.13118
        },
        {
         "src": "maps/d3_f16/img1/13_up1_upconv_c2.png",
         "min": -13.78146,
         "max": 11.71808
        },
        {
         "src": "maps/d3_f16/img1/13_up1_upconv_c3.png",
         "min": -16.68582,
         "max": 10.88351
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up1.concat",
       "kind": "concatenation",
       "shape": [
        32,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d3_f16/img1/14_up1_concat_mean.png",
       "mean_range": [
        0.4453,
        6.584
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/14_up1_concat_c0.png",
         "min": -18.94401,
         "max": 22.89327
        },
        {
         "src": "maps/d3_f16/img1/14_up1_concat_c1.png",
         "min": -17.23757,
         "max": 14.13118
        },
        {
         "src": "maps/d3_f16/img1/14_up1_concat_c2.png",
         "min": -13.78146,
         "max": 11.71808
        },
        {
         "src": "maps/d3_f16/img1/14_up1_concat_c3.png",
         "min": -16.68582,
         "max": 10.88351
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1",
       "kind": "up",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 96,
       "mean": "maps/d3_f16/img1/15_up1_mean.png",
       "mean_range": [
        0.43655,
        8.11924
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/15_up1_c0.png",
         "min": 0.0,
         "max": 23.36103
        },
        {
         "src": "maps/d3_f16/img1/15_up1_c1.png",
         "min": 0.0,
         "max": 22.27794
        },
        {
         "src": "maps/d3_f16/img1/15_up1_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d3_f16/img1/15_up1_c3.png",
         "min": 0.0,
         "max": 54.39624
        }
       ],
       "channels_total": 16
      },
      {
       "name": "output",
       "kind": "output",
       "shape": [
        1,
        128,
        128
       ],
       "rf": 96,
       "mean": "maps/d3_f16/img1/16_output_mean.png",
       "mean_range": [
        0.0,
        1.0
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/16_output_c0.png",
         "min": 0.0,
         "max": 1.0
        }
       ],
       "channels_total": 1
      }
     ],
     "skips": [
      {
       "level": 1,
       "src": "maps/d3_f16/img1/without_skip1.png",
       "changed": 0.0231,
       "dice": 0.9369
      },
      {
       "level": 2,
       "src": "maps/d3_f16/img1/without_skip2.png",
       "changed": 0.0121,
       "dice": 0.9429
      },
      {
       "level": 3,
       "src": "maps/d3_f16/img1/without_skip3.png",
       "changed": 0.0106,
       "dice": 0.928
      }
     ]
    }
   }
  },
  {
   "id": "d4_f4",
   "label": "depth 4, 4 filters",
   "depth": 4,
   "base_filters": 4,
   "parameters": 121653,
   "receptive_field": 200,
   "row": {
    "depth": "4",
    "base_filters": "4",
    "parameters": "121653",
    "receptive_field": "200",
    "memory_mib_batch8": "33.3",
    "repeats": "3",
    "failed": "0",
    "train_seconds": "15.8",
    "epochs": "10.0",
    "best_val_dice": "0.9394",
    "test_dice": "0.9376",
    "test_dice_sd": "0.0049",
    "test_dice_ci_low": "0.9254",
    "test_dice_ci_high": "0.9498",
    "test_iou": "0.8842",
    "test_iou_sd": "0.0088",
    "test_iou_ci_low": "0.8624",
    "test_iou_ci_high": "0.9059",
    "test_boundary_dice": "0.8396",
    "test_boundary_dice_sd": "0.0158",
    "test_boundary_dice_ci_low": "0.8004",
    "test_boundary_dice_ci_high": "0.8788"
   },
   "filters": {
    "name": "down1.conv1",
    "shape": [
     4,
     1,
     3,
     3
    ],
    "range": [
     -1.0819319486618042,
     1.0819319486618042
    ],
    "srcs": [
     "maps/d4_f4/filters/f0.png",
     "maps/d4_f4/filters/f1.png",
     "maps/d4_f4/filters/f2.png",
     "maps/d4_f4/filters/f3.png"
    ]
   },
   "views": {
    "img0": {
     "output": "maps/d4_f4/img0/21_output_c0.png",
     "dice": 0.8793,
     "stages": [
      {
       "name": "down1",
       "kind": "down",
       "shape": [
        4,
        128,
        128
       ],
       "rf": 5,
       "mean": "maps/d4_f4/img0/00_down1_mean.png",
       "mean_range": [
        0.06589,
        7.14851
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/00_down1_c0.png",
         "min": 0.0,
         "max": 14.10714
        },
        {
         "src": "maps/d4_f4/img0/00_down1_c1.png",
         "min": 0.0,
         "max": 4.86173
        },
        {
         "src": "maps/d4_f4/img0/00_down1_c2.png",
         "min": 0.0,
         "max": 10.69511
        },
        {
         "src": "maps/d4_f4/img0/00_down1_c3.png",
         "min": 0.0,
         "max": 6.16762
        }
       ],
       "channels_total": 4
      },
      {
       "name": "pool1",
       "kind": "pool",
       "shape": [
        4,
        64,
        64
       ],
       "rf": 6,
       "mean": "maps/d4_f4/img0/01_pool1_mean.png",
       "mean_range": [
        0.18145,
        7.1545
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/01_pool1_c0.png",
         "min": 0.0,
         "max": 14.10714
        },
        {
         "src": "maps/d4_f4/img0/01_pool1_c1.png",
         "min": 0.0,
         "max": 4.86173
        },
        {
         "src": "maps/d4_f4/img0/01_pool1_c2.png",
         "min": 0.0,
         "max": 10.69511
        },
        {
         "src": "maps/d4_f4/img0/01_pool1_c3.png",
         "min": 0.0,
         "max": 6.16762
        }
       ],
       "channels_total": 4
      },
      {
       "name": "down2",
       "kind": "down",
       "shape": [
        8,
        64,
        64
       ],
       "rf": 14,
       "mean": "maps/d4_f4/img0/02_down2_mean.png",
       "mean_range": [
        0.02558,
        2.14118
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/02_down2_c0.png",
         "min": 0.0,
         "max": 12.44769
        },
        {
         "src": "maps/d4_f4/img0/02_down2_c1.png",
         "min": 0.0,
         "max": 0.71298
        },
        {
         "src": "maps/d4_f4/img0/02_down2_c2.png",
         "min": 0.0,
         "max": 6.38658
        },
        {
         "src": "maps/d4_f4/img0/02_down2_c3.png",
         "min": 0.0,
         "max": 5.45092
        }
       ],
       "channels_total": 8
      },
      {
       "name": "pool2",
       "kind": "pool",
       "shape": [
        8,
        32,
        32
       ],
       "rf": 16,
       "mean": "maps/d4_f4/img0/03_pool2_mean.png",
       "mean_range": [
        0.13891,
        2.79523
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/03_pool2_c0.png",
         "min": 0.0,
         "max": 12.44769
        },
        {
         "src": "maps/d4_f4/img0/03_pool2_c1.png",
         "min": 0.0,
         "max": 0.71298
        },
        {
         "src": "maps/d4_f4/img0/03_pool2_c2.png",
         "min": 0.0,
         "max": 6.38658
        },
        {
         "src": "maps/d4_f4/img0/03_pool2_c3.png",
         "min": 0.0,
         "max": 5.45092
        }
       ],
       "channels_total": 8
      },
      {
       "name": "down3",
       "kind": "down",
       "shape": [
        16,
        32,
        32
       ],
       "rf": 32,
       "mean": "maps/d4_f4/img0/04_down3_mean.png",
       "mean_range": [
        0.06351,
        1.41896
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/04_down3_c0.png",
         "min": 0.0,
         "max": 2.8023
        },
        {
         "src": "maps/d4_f4/img0/04_down3_c1.png",
         "min": 0.0,
         "max": 0.97126
        },
        {
         "src": "maps/d4_f4/img0/04_down3_c2.png",
         "min": 0.0,
         "max": 3.99605
        },
        {
         "src": "maps/d4_f4/img0/04_down3_c3.png",
         "min": 0.0,
         "max": 3.1847
        }
       ],
       "channels_total": 16
      },
      {
       "name": "pool3",
       "kind": "pool",
       "shape": [
        16,
        16,
        16
       ],
       "rf": 36,
       "mean": "maps/d4_f4/img0/05_pool3_mean.png",
       "mean_range": [
        0.21939,
        1.62083
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/05_pool3_c0.png",
         "min": 0.0,
         "max": 2.8023
        },
        {
         "src": "maps/d4_f4/img0/05_pool3_c1.png",
         "min": 0.0,
         "max": 0.97126
        },
        {
         "src": "maps/d4_f4/img0/05_pool3_c2.png",
         "min": 0.0,
         "max": 3.99605
        },
        {
         "src": "maps/d4_f4/img0/05_pool3_c3.png",
         "min": 0.0,
         "max": 3.1847
        }
       ],
       "channels_total": 16
      },
      {
       "name": "down4",
       "kind": "down",
       "shape": [
        32,
        16,
        16
       ],
       "rf": 68,
       "mean": "maps/d4_f4/img0/06_down4_mean.png",
       "mean_range": [
        0.1313,
        0.77114
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/06_down4_c0.png",
         "min": 0.0,
         "max": 3.41444
        },
        {
         "src": "maps/d4_f4/img0/06_down4_c1.png",
         "min": 0.0,
         "max": 1.14245
        },
        {
         "src": "maps/d4_f4/img0/06_down4_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f4/img0/06_down4_c3.png",
         "min": 0.0,
         "max": 2.61165
        }
       ],
       "channels_total": 32
      },
      {
       "name": "pool4",
       "kind": "pool",
       "shape": [
        32,
        8,
        8
       ],
       "rf": 76,
       "mean": "maps/d4_f4/img0/07_pool4_mean.png",
       "mean_range": [
        0.43154,
        1.20008
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/07_pool4_c0.png",
         "min": 0.0,
         "max": 3.41444
        },
        {
         "src": "maps/d4_f4/img0/07_pool4_c1.png",
         "min": 0.0,
         "max": 1.14245
        },
        {
         "src": "maps/d4_f4/img0/07_pool4_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f4/img0/07_pool4_c3.png",
         "min": 0.0,
         "max": 2.61165
        }
       ],
       "channels_total": 32
      },
      {
       "name": "bottleneck",
       "kind": "bottleneck",
       "shape": [
        64,
        8,
        8
       ],
       "rf": 140,
       "mean": "maps/d4_f4/img0/08_bottleneck_mean.png",
       "mean_range": [
        0.15744,
        0.70001
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/08_bottleneck_c0.png",
         "min": 0.0,
         "max": 2.882
        },
        {
         "src": "maps/d4_f4/img0/08_bottleneck_c1.png",
         "min": 0.0,
         "max": 5.19249
        },
        {
         "src": "maps/d4_f4/img0/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f4/img0/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 3.30221
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up4.upconv",
       "kind": "up-convolution",
       "shape": [
        32,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f4/img0/09_up4_upconv_mean.png",
       "mean_range": [
        0.4379,
        2.20547
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/09_up4_upconv_c0.png",
         "min": -5.89658,
         "max": 4.7025
        },
        {
         "src": "maps/d4_f4/img0/09_up4_upconv_c1.png",
         "min": -3.12684,
         "max": 3.98255
        },
        {
         "src": "maps/d4_f4/img0/09_up4_upconv_c2.png",
         "min": -3.07695,
         "max": 4.55445
        },
        {
         "src": "maps/d4_f4/img0/09_up4_upconv_c3.png",
         "min": -3.05473,
         "max": 2.77719
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up4.concat",
       "kind": "concatenation",
       "shape": [
        64,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f4/img0/10_up4_concat_mean.png",
       "mean_range": [
        0.32451,
        1.40506
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/10_up4_concat_c0.png",
         "min": -5.89658,
         "max": 4.7025
        },
        {
         "src": "maps/d4_f4/img0/10_up4_concat_c1.png",
         "min": -3.12684,
         "max": 3.98255
        },
        {
         "src": "maps/d4_f4/img0/10_up4_concat_c2.png",
         "min": -3.07695,
         "max": 4.55445
        },
        {
         "src": "maps/d4_f4/img0/10_up4_concat_c3.png",
         "min": -3.05473,
         "max": 2.77719
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up4",
       "kind": "up",
       "shape": [
        32,
        16,
        16
       ],
       "rf": 172,
       "mean": "maps/d4_f4/img0/11_up4_mean.png",
       "mean_range": [
        0.0398,
        1.13512
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/11_up4_c0.png",
         "min": 0.0,
         "max": 3.42744
        },
        {
         "src": "maps/d4_f4/img0/11_up4_c1.png",
         "min": 0.0,
         "max": 3.80701
        },
        {
         "src": "maps/d4_f4/img0/11_up4_c2.png",
         "min": 0.0,
         "max": 2.26428
        },
        {
         "src": "maps/d4_f4/img0/11_up4_c3.png",
         "min": 0.0,
         "max": 3.58153
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up3.upconv",
       "kind": "up-convolution",
       "shape": [
        16,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f4/img0/12_up3_upconv_mean.png",
       "mean_range": [
        0.08066,
        3.70098
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/12_up3_upconv_c0.png",
         "min": -2.86093,
         "max": 7.1442
        },
        {
         "src": "maps/d4_f4/img0/12_up3_upconv_c1.png",
         "min": -7.11832,
         "max": 2.2018
        },
        {
         "src": "maps/d4_f4/img0/12_up3_upconv_c2.png",
         "min": -4.21079,
         "max": 8.62718
        },
        {
         "src": "maps/d4_f4/img0/12_up3_upconv_c3.png",
         "min": -7.02474,
         "max": 5.15926
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up3.concat",
       "kind": "concatenation",
       "shape": [
        32,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f4/img0/13_up3_concat_mean.png",
       "mean_range": [
        0.18657,
        2.02431
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/13_up3_concat_c0.png",
         "min": -2.86093,
         "max": 7.1442
        },
        {
         "src": "maps/d4_f4/img0/13_up3_concat_c1.png",
         "min": -7.11832,
         "max": 2.2018
        },
        {
         "src": "maps/d4_f4/img0/13_up3_concat_c2.png",
         "min": -4.21079,
         "max": 8.62718
        },
        {
         "src": "maps/d4_f4/img0/13_up3_concat_c3.png",
         "min": -7.02474,
         "max": 5.15926
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up3",
       "kind": "up",
       "shape": [
        16,
        32,
        32
       ],
       "rf": 188,
       "mean": "maps/d4_f4/img0/14_up3_mean.png",
       "mean_range": [
        0.0121,
        2.74252
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/14_up3_c0.png",
         "min": 0.0,
         "max": 12.01485
        },
        {
         "src": "maps/d4_f4/img0/14_up3_c1.png",
         "min": 0.0,
         "max": 1.68389
        },
        {
         "src": "maps/d4_f4/img0/14_up3_c2.png",
         "min": 0.0,
         "max": 4.8957
        },
        {
         "src": "maps/d4_f4/img0/14_up3_c3.png",
         "min": 0.0,
         "max": 5.97906
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up2.upconv",
       "kind": "up-convolution",
       "shape": [
        8,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f4/img0/15_up2_upconv_mean.png",
       "mean_range": [
        0.02842,
        8.78988
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/15_up2_upconv_c0.png",
         "min": -21.24902,
         "max": 1.98459
        },
        {
         "src": "maps/d4_f4/img0/15_up2_upconv_c1.png",
         "min": -13.10003,
         "max": 13.90878
        },
        {
         "src": "maps/d4_f4/img0/15_up2_upconv_c2.png",
         "min": -12.11903,
         "max": 11.72502
        },
        {
         "src": "maps/d4_f4/img0/15_up2_upconv_c3.png",
         "min": -16.89857,
         "max": 6.71164
        }
       ],
       "channels_total": 8
      },
      {
       "name": "up2.concat",
       "kind": "concatenation",
       "shape": [
        16,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f4/img0/16_up2_concat_mean.png",
       "mean_range": [
        0.09038,
        4.55282
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/16_up2_concat_c0.png",
         "min": -21.24902,
         "max": 1.98459
        },
        {
         "src": "maps/d4_f4/img0/16_up2_concat_c1.png",
         "min": -13.10003,
         "max": 13.90878
        },
        {
         "src": "maps/d4_f4/img0/16_up2_concat_c2.png",
         "min": -12.11903,
         "max": 11.72502
        },
        {
         "src": "maps/d4_f4/img0/16_up2_concat_c3.png",
         "min": -16.89857,
         "max": 6.71164
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up2",
       "kind": "up",
       "shape": [
        8,
        64,
        64
       ],
       "rf": 196,
       "mean": "maps/d4_f4/img0/17_up2_mean.png",
       "mean_range": [
        0.10944,
        8.72155
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/17_up2_c0.png",
         "min": 0.0,
         "max": 3.38652
        },
        {
         "src": "maps/d4_f4/img0/17_up2_c1.png",
         "min": 0.0,
         "max": 9.1494
        },
        {
         "src": "maps/d4_f4/img0/17_up2_c2.png",
         "min": 0.0,
         "max": 20.74554
        },
        {
         "src": "maps/d4_f4/img0/17_up2_c3.png",
         "min": 0.1618,
         "max": 25.34264
        }
       ],
       "channels_total": 8
      },
      {
       "name": "up1.upconv",
       "kind": "up-convolution",
       "shape": [
        4,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f4/img0/18_up1_upconv_mean.png",
       "mean_range": [
        0.23299,
        20.76433
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/18_up1_upconv_c0.png",
         "min": -29.58607,
         "max": 18.49573
        },
        {
         "src": "maps/d4_f4/img0/18_up1_upconv_c1.png",
         "min": -26.39395,
         "max": 4.6603
        },
        {
         "src": "maps/d4_f4/img0/18_up1_upconv_c2.png",
         "min": -35.11923,
         "max": 25.0887
        },
        {
         "src": "maps/d4_f4/img0/18_up1_upconv_c3.png",
         "min": -11.47218,
         "max": 15.15812
        }
       ],
       "channels_total": 4
      },
      {
       "name": "up1.concat",
       "kind": "concatenation",
       "shape": [
        8,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f4/img0/19_up1_concat_mean.png",
       "mean_range": [
        0.27071,
        13.16661
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/19_up1_concat_c0.png",
         "min": -29.58607,
         "max": 18.49573
        },
        {
         "src": "maps/d4_f4/img0/19_up1_concat_c1.png",
         "min": -26.39395,
         "max": 4.6603
        },
        {
         "src": "maps/d4_f4/img0/19_up1_concat_c2.png",
         "min": -35.11923,
         "max": 25.0887
        },
        {
         "src": "maps/d4_f4/img0/19_up1_concat_c3.png",
         "min": -11.47218,
         "max": 15.15812
        }
       ],
       "channels_total": 8
      },
      {
       "name": "up1",
       "kind": "up",
       "shape": [
        4,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f4/img0/20_up1_mean.png",
       "mean_range": [
        0.01923,
        22.69419
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/20_up1_c0.png",
         "min": 0.0,
         "max": 88.24282
        },
        {
         "src": "maps/d4_f4/img0/20_up1_c1.png",
         "min": 0.0,
         "max": 22.77797
        },
        {
         "src": "maps/d4_f4/img0/20_up1_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f4/img0/20_up1_c3.png",
         "min": 0.0,
         "max": 19.21228
        }
       ],
       "channels_total": 4
      },
      {
       "name": "output",
       "kind": "output",
       "shape": [
        1,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f4/img0/21_output_mean.png",
       "mean_range": [
        0.0,
        1.0
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/21_output_c0.png",
         "min": 0.0,
         "max": 1.0
        }
       ],
       "channels_total": 1
      }
     ],
     "skips": [
      {
       "level": 1,
       "src": "maps/d4_f4/img0/without_skip1.png",
       "changed": 0.2995,
       "dice": 0.6628
      },
      {
       "level": 2,
       "src": "maps/d4_f4/img0/without_skip2.png",
       "changed": 0.0157,
       "dice": 0.8922
      },
      {
       "level": 3,
       "src": "maps/d4_f4/img0/without_skip3.png",
       "changed": 0.0139,
       "dice": 0.8841
      },
      {
       "level": 4,
       "src": "maps/d4_f4/img0/without_skip4.png",
       "changed": 0.0585,
       "dice": 0.7282
      }
     ]
    },
    "img1": {
     "output": "maps/d4_f4/img1/21_output_c0.png",
     "dice": 0.9298,
     "stages": [
      {
       "name": "down1",
       "kind": "down",
       "shape": [
        4,
        128,
        128
       ],
       "rf": 5,
       "mean": "maps/d4_f4/img1/00_down1_mean.png",
       "mean_range": [
        0.02024,
        4.99024
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/00_down1_c0.png",
         "min": 0.0,
         "max": 10.47313
        },
        {
         "src": "maps/d4_f4/img1/00_down1_c1.png",
         "min": 0.0,
         "max": 5.0151
        },
        {
         "src": "maps/d4_f4/img1/00_down1_c2.png",
         "min": 0.0,
         "max": 7.97155
        },
        {
         "src": "maps/d4_f4/img1/00_down1_c3.png",
         "min": 0.0,
         "max": 3.73096
        }
       ],
       "channels_total": 4
      },
      {
       "name": "pool1",
       "kind": "pool",
       "shape": [
        4,
        64,
        64
       ],
       "rf": 6,
       "mean": "maps/d4_f4/img1/01_pool1_mean.png",
       "mean_range": [
        0.17415,
        5.24774
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/01_pool1_c0.png",
         "min": 0.0,
         "max": 10.47313
        },
        {
         "src": "maps/d4_f4/img1/01_pool1_c1.png",
         "min": 0.0,
         "max": 5.0151
        },
        {
         "src": "maps/d4_f4/img1/01_pool1_c2.png",
         "min": 0.0,
         "max": 7.97155
        },
        {
         "src": "maps/d4_f4/img1/01_pool1_c3.png",
         "min": 0.0,
         "max": 3.73096
        }
       ],
       "channels_total": 4
      },
      {
       "name": "down2",
       "kind": "down",
       "shape": [
        8,
        64,
        64
       ],
       "rf": 14,
       "mean": "maps/d4_f4/img1/02_down2_mean.png",
       "mean_range": [
        0.04537,
        2.02544
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/02_down2_c0.png",
         "min": 0.0,
         "max": 9.13227
        },
        {
         "src": "maps/d4_f4/img1/02_down2_c1.png",
         "min": 0.0,
         "max": 1.22075
        },
        {
         "src": "maps/d4_f4/img1/02_down2_c2.png",
         "min": 0.0,
         "max": 4.97045
        },
        {
         "src": "maps/d4_f4/img1/02_down2_c3.png",
         "min": 0.0,
         "max": 8.43268
        }
       ],
       "channels_total": 8
      },
      {
       "name": "pool2",
       "kind": "pool",
       "shape": [
        8,
        32,
        32
       ],
       "rf": 16,
       "mean": "maps/d4_f4/img1/03_pool2_mean.png",
       "mean_range": [
        0.19288,
        2.72679
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/03_pool2_c0.png",
         "min": 0.0,
         "max": 9.13227
        },
        {
         "src": "maps/d4_f4/img1/03_pool2_c1.png",
         "min": 0.0,
         "max": 1.22075
        },
        {
         "src": "maps/d4_f4/img1/03_pool2_c2.png",
         "min": 0.0,
         "max": 4.97045
        },
        {
         "src": "maps/d4_f4/img1/03_pool2_c3.png",
         "min": 0.0,
         "max": 8.43268
        }
       ],
       "channels_total": 8
      },
      {
       "name": "down3",
       "kind": "down",
       "shape": [
        16,
        32,
        32
       ],
       "rf": 32,
       "mean": "maps/d4_f4/img1/04_down3_mean.png",
       "mean_range": [
        0.05799,
        1.29677
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/04_down3_c0.png",
         "min": 0.0,
         "max": 3.64068
        },
        {
         "src": "maps/d4_f4/img1/04_down3_c1.png",
         "min": 0.0,
         "max": 2.19366
        },
        {
         "src": "maps/d4_f4/img1/04_down3_c2.png",
         "min": 0.0,
         "max": 3.83108
        },
        {
         "src": "maps/d4_f4/img1/04_down3_c3.png",
         "min": 0.0,
         "max": 3.2112
        }
       ],
       "channels_total": 16
      },
      {
       "name": "pool3",
       "kind": "pool",
       "shape": [
        16,
        16,
        16
       ],
       "rf": 36,
       "mean": "maps/d4_f4/img1/05_pool3_mean.png",
       "mean_range": [
        0.18862,
        1.64018
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/05_pool3_c0.png",
         "min": 0.0,
         "max": 3.64068
        },
        {
         "src": "maps/d4_f4/img1/05_pool3_c1.png",
         "min": 0.0,
         "max": 2.19366
        },
        {
         "src": "maps/d4_f4/img1/05_pool3_c2.png",
         "min": 0.0,
         "max": 3.83108
        },
        {
         "src": "maps/d4_f4/img1/05_pool3_c3.png",
         "min": 0.0,
         "max": 3.2112
        }
       ],
       "channels_total": 16
      },
      {
       "name": "down4",
       "kind": "down",
       "shape": [
        32,
        16,
        16
       ],
       "rf": 68,
       "mean": "maps/d4_f4/img1/06_down4_mean.png",
       "mean_range": [
        0.14932,
        0.89948
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/06_down4_c0.png",
         "min": 0.0,
         "max": 5.43682
        },
        {
         "src": "maps/d4_f4/img1/06_down4_c1.png",
         "min": 0.0,
         "max": 1.04682
        },
        {
         "src": "maps/d4_f4/img1/06_down4_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f4/img1/06_down4_c3.png",
         "min": 0.0,
         "max": 3.50855
        }
       ],
       "channels_total": 32
      },
      {
       "name": "pool4",
       "kind": "pool",
       "shape": [
        32,
        8,
        8
       ],
       "rf": 76,
       "mean": "maps/d4_f4/img1/07_pool4_mean.png",
       "mean_range": [
        0.53413,
        1.4724
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/07_pool4_c0.png",
         "min": 0.0,
         "max": 5.43682
        },
        {
         "src": "maps/d4_f4/img1/07_pool4_c1.png",
         "min": 0.0,
         "max": 1.04682
        },
        {
         "src": "maps/d4_f4/img1/07_pool4_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f4/img1/07_pool4_c3.png",
         "min": 0.0,
         "max": 3.50855
        }
       ],
       "channels_total": 32
      },
      {
       "name": "bottleneck",
       "kind": "bottleneck",
       "shape": [
        64,
        8,
        8
       ],
       "rf": 140,
       "mean": "maps/d4_f4/img1/08_bottleneck_mean.png",
       "mean_range": [
        0.2099,
        0.74731
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/08_bottleneck_c0.png",
         "min": 0.0,
         "max": 4.15512
        },
        {
         "src": "maps/d4_f4/img1/08_bottleneck_c1.png",
         "min": 0.0,
         "max": 6.64923
        },
        {
         "src": "maps/d4_f4/img1/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f4/img1/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 3.77115
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up4.upconv",
       "kind": "up-convolution",
       "shape": [
        32,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f4/img1/09_up4_upconv_mean.png",
       "mean_range": [
        0.44388,
        2.59299
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/09_up4_upconv_c0.png",
         "min": -7.98334,
         "max": 5.29205
        },
        {
         "src": "maps/d4_f4/img1/09_up4_upconv_c1.png",
         "min": -4.10784,
         "max": 5.1132
        },
        {
         "src": "maps/d4_f4/img1/09_up4_upconv_c2.png",
         "min": -4.43486,
         "max": 4.87509
        },
        {
         "src": "maps/d4_f4/img1/09_up4_upconv_c3.png",
         "min": -3.72716,
         "max": 3.07941
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up4.concat",
       "kind": "concatenation",
       "shape": [
        64,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f4/img1/10_up4_concat_mean.png",
       "mean_range": [
        0.37016,
        1.66133
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/10_up4_concat_c0.png",
         "min": -7.98334,
         "max": 5.29205
        },
        {
         "src": "maps/d4_f4/img1/10_up4_concat_c1.png",
         "min": -4.10784,
         "max": 5.1132
        },
        {
         "src": "maps/d4_f4/img1/10_up4_concat_c2.png",
         "min": -4.43486,
         "max": 4.87509
        },
        {
         "src": "maps/d4_f4/img1/10_up4_concat_c3.png",
         "min": -3.72716,
         "max": 3.07941
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up4",
       "kind": "up",
       "shape": [
        32,
        16,
        16
       ],
       "rf": 172,
       "mean": "maps/d4_f4/img1/11_up4_mean.png",
       "mean_range": [
        0.05893,
        1.4478
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/11_up4_c0.png",
         "min": 0.0,
         "max": 3.99027
        },
        {
         "src": "maps/d4_f4/img1/11_up4_c1.png",
         "min": 0.0,
         "max": 5.07656
        },
        {
         "src": "maps/d4_f4/img1/11_up4_c2.png",
         "min": 0.0,
         "max": 2.46045
        },
        {
         "src": "maps/d4_f4/img1/11_up4_c3.png",
         "min": 0.0,
         "max": 3.22395
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up3.upconv",
       "kind": "up-convolution",
       "shape": [
        16,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f4/img1/12_up3_upconv_mean.png",
       "mean_range": [
        0.11982,
        4.30851
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/12_up3_upconv_c0.png",
         "min": -4.26093,
         "max": 9.47868
        },
        {
         "src": "maps/d4_f4/img1/12_up3_upconv_c1.png",
         "min": -8.5861,
         "max": 3.1344
        },
        {
         "src": "maps/d4_f4/img1/12_up3_upconv_c2.png",
         "min": -5.2392,
         "max": 10.41738
        },
        {
         "src": "maps/d4_f4/img1/12_up3_upconv_c3.png",
         "min": -7.1909,
         "max": 6.53948
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up3.concat",
       "kind": "concatenation",
       "shape": [
        32,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f4/img1/13_up3_concat_mean.png",
       "mean_range": [
        0.18017,
        2.49579
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/13_up3_concat_c0.png",
         "min": -4.26093,
         "max": 9.47868
        },
        {
         "src": "maps/d4_f4/img1/13_up3_concat_c1.png",
         "min": -8.5861,
         "max": 3.1344
        },
        {
         "src": "maps/d4_f4/img1/13_up3_concat_c2.png",
         "min": -5.2392,
         "max": 10.41738
        },
        {
         "src": "maps/d4_f4/img1/13_up3_concat_c3.png",
         "min": -7.1909,
         "max": 6.53948
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up3",
       "kind": "up",
       "shape": [
        16,
        32,
        32
       ],
       "rf": 188,
       "mean": "maps/d4_f4/img1/14_up3_mean.png",
       "mean_range": [
        0.01634,
        3.64197
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/14_up3_c0.png",
         "min": 0.0,
         "max": 13.94303
        },
        {
         "src": "maps/d4_f4/img1/14_up3_c1.png",
         "min": 0.0,
         "max": 2.24518
        },
        {
         "src": "maps/d4_f4/img1/14_up3_c2.png",
         "min": 0.0,
         "max": 7.49405
        },
        {
         "src": "maps/d4_f4/img1/14_up3_c3.png",
         "min": 0.0,
         "max": 5.95373
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up2.upconv",
       "kind": "up-convolution",
       "shape": [
        8,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f4/img1/15_up2_upconv_mean.png",
       "mean_range": [
        0.01913,
        10.31286
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/15_up2_upconv_c0.png",
         "min": -23.85725,
         "max": 3.39339
        },
        {
         "src": "maps/d4_f4/img1/15_up2_upconv_c1.png",
         "min": -16.41725,
         "max": 17.46923
        },
        {
         "src": "maps/d4_f4/img1/15_up2_upconv_c2.png",
         "min": -15.5667,
         "max": 15.03308
        },
        {
         "src": "maps/d4_f4/img1/15_up2_upconv_c3.png",
         "min": -18.32531,
         "max": 9.17058
        }
       ],
       "channels_total": 8
      },
      {
       "name": "up2.concat",
       "kind": "concatenation",
       "shape": [
        16,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f4/img1/16_up2_concat_mean.png",
       "mean_range": [
        0.13523,
        5.41844
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/16_up2_concat_c0.png",
         "min": -23.85725,
         "max": 3.39339
        },
        {
         "src": "maps/d4_f4/img1/16_up2_concat_c1.png",
         "min": -16.41725,
         "max": 17.46923
        },
        {
         "src": "maps/d4_f4/img1/16_up2_concat_c2.png",
         "min": -15.5667,
         "max": 15.03308
        },
        {
         "src": "maps/d4_f4/img1/16_up2_concat_c3.png",
         "min": -18.32531,
         "max": 9.17058
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up2",
       "kind": "up",
       "shape": [
        8,
        64,
        64
       ],
       "rf": 196,
       "mean": "maps/d4_f4/img1/17_up2_mean.png",
       "mean_range": [
        0.07444,
        6.92771
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/17_up2_c0.png",
         "min": 0.0,
         "max": 4.17108
        },
        {
         "src": "maps/d4_f4/img1/17_up2_c1.png",
         "min": 0.0,
         "max": 7.72928
        },
        {
         "src": "maps/d4_f4/img1/17_up2_c2.png",
         "min": 0.0,
         "max": 12.83607
        },
        {
         "src": "maps/d4_f4/img1/17_up2_c3.png",
         "min": 0.0,
         "max": 23.13948
        }
       ],
       "channels_total": 8
      },
      {
       "name": "up1.upconv",
       "kind": "up-convolution",
       "shape": [
        4,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f4/img1/18_up1_upconv_mean.png",
       "mean_range": [
        0.06135,
        16.72176
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/18_up1_upconv_c0.png",
         "min": -23.06214,
         "max": 19.28262
        },
        {
         "src": "maps/d4_f4/img1/18_up1_upconv_c1.png",
         "min": -20.73705,
         "max": 3.39254
        },
        {
         "src": "maps/d4_f4/img1/18_up1_upconv_c2.png",
         "min": -24.26772,
         "max": 21.32805
        },
        {
         "src": "maps/d4_f4/img1/18_up1_upconv_c3.png",
         "min": -7.797,
         "max": 15.80256
        }
       ],
       "channels_total": 4
      },
      {
       "name": "up1.concat",
       "kind": "concatenation",
       "shape": [
        8,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f4/img1/19_up1_concat_mean.png",
       "mean_range": [
        0.33342,
        10.63797
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/19_up1_concat_c0.png",
         "min": -23.06214,
         "max": 19.28262
        },
        {
         "src": "maps/d4_f4/img1/19_up1_concat_c1.png",
         "min": -20.73705,
         "max": 3.39254
        },
        {
         "src": "maps/d4_f4/img1/19_up1_concat_c2.png",
         "min": -24.26772,
         "max": 21.32805
        },
        {
         "src": "maps/d4_f4/img1/19_up1_concat_c3.png",
         "min": -7.797,
         "max": 15.80256
        }
       ],
       "channels_total": 8
      },
      {
       "name": "up1",
       "kind": "up",
       "shape": [
        4,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f4/img1/20_up1_mean.png",
       "mean_range": [
        0.514,
        18.23254
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/20_up1_c0.png",
         "min": 0.0,
         "max": 72.73698
        },
        {
         "src": "maps/d4_f4/img1/20_up1_c1.png",
         "min": 0.0,
         "max": 26.01528
        },
        {
         "src": "maps/d4_f4/img1/20_up1_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f4/img1/20_up1_c3.png",
         "min": 0.0,
         "max": 20.40749
        }
       ],
       "channels_total": 4
      },
      {
       "name": "output",
       "kind": "output",
       "shape": [
        1,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f4/img1/21_output_mean.png",
       "mean_range": [
        0.0,
        1.0
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/21_output_c0.png",
         "min": 0.0,
         "max": 1.0
        }
       ],
       "channels_total": 1
      }
     ],
     "skips": [
      {
       "level": 1,
       "src": "maps/d4_f4/img1/without_skip1.png",
       "changed": 0.2125,
       "dice": 0.7293
      },
      {
       "level": 2,
       "src": "maps/d4_f4/img1/without_skip2.png",
       "changed": 0.0255,
       "dice": 0.9231
      },
      {
       "level": 3,
       "src": "maps/d4_f4/img1/without_skip3.png",
       "changed": 0.015,
       "dice": 0.925
      },
      {
       "level": 4,
       "src": "maps/d4_f4/img1/without_skip4.png",
       "changed": 0.0462,
       "dice": 0.8559
      }
     ]
    }
   }
  },
  {
   "id": "d4_f8",
   "label": "depth 4, 8 filters",
   "depth": 4,
   "base_filters": 8,
   "parameters": 485673,
   "receptive_field": 200,
   "row": {
    "depth": "4",
    "base_filters": "8",
    "parameters": "485673",
    "receptive_field": "200",
    "memory_mib_batch8": "70.3",
    "repeats": "3",
    "failed": "0",
    "train_seconds": "49.1",
    "epochs": "10.0",
    "best_val_dice": "0.9513",
    "test_dice": "0.9522",
    "test_dice_sd": "0.0031",
    "test_dice_ci_low": "0.9446",
    "test_dice_ci_high": "0.9598",
    "test_iou": "0.9098",
    "test_iou_sd": "0.0054",
    "test_iou_ci_low": "0.8965",
    "test_iou_ci_high": "0.9232",
    "test_boundary_dice": "0.8767",
    "test_boundary_dice_sd": "0.0047",
    "test_boundary_dice_ci_low": "0.8651",
    "test_boundary_dice_ci_high": "0.8882"
   },
   "filters": {
    "name": "down1.conv1",
    "shape": [
     8,
     1,
     3,
     3
    ],
    "range": [
     -1.0927082300186157,
     1.0927082300186157
    ],
    "srcs": [
     "maps/d4_f8/filters/f0.png",
     "maps/d4_f8/filters/f1.png",
     "maps/d4_f8/filters/f2.png",
     "maps/d4_f8/filters/f3.png",
     "maps/d4_f8/filters/f4.png",
     "maps/d4_f8/filters/f5.png",
     "maps/d4_f8/filters/f6.png",
     "maps/d4_f8/filters/f7.png"
    ]
   },
   "views": {
    "img0": {
     "output": "maps/d4_f8/img0/21_output_c0.png",
     "dice": 0.884,
     "stages": [
      {
       "name": "down1",
       "kind": "down",
       "shape": [
        8,
        128,
        128
       ],
       "rf": 5,
       "mean": "maps/d4_f8/img0/00_down1_mean.png",
       "mean_range": [
        0.02868,
        2.85261
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/00_down1_c0.png",
         "min": 0.0,
         "max": 4.14565
        },
        {
         "src": "maps/d4_f8/img0/00_down1_c1.png",
         "min": 0.0,
         "max": 2.01666
        },
        {
         "src": "maps/d4_f8/img0/00_down1_c2.png",
         "min": 0.0,
         "max": 3.97832
        },
        {
         "src": "maps/d4_f8/img0/00_down1_c3.png",
         "min": 0.0,
         "max": 4.20857
        }
       ],
       "channels_total": 8
      },
      {
       "name": "pool1",
       "kind": "pool",
       "shape": [
        8,
        64,
        64
       ],
       "rf": 6,
       "mean": "maps/d4_f8/img0/01_pool1_mean.png",
       "mean_range": [
        0.06291,
        3.73148
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/01_pool1_c0.png",
         "min": 0.0,
         "max": 4.14565
        },
        {
         "src": "maps/d4_f8/img0/01_pool1_c1.png",
         "min": 0.0,
         "max": 2.01666
        },
        {
         "src": "maps/d4_f8/img0/01_pool1_c2.png",
         "min": 0.0,
         "max": 3.97832
        },
        {
         "src": "maps/d4_f8/img0/01_pool1_c3.png",
         "min": 0.0,
         "max": 4.20857
        }
       ],
       "channels_total": 8
      },
      {
       "name": "down2",
       "kind": "down",
       "shape": [
        16,
        64,
        64
       ],
       "rf": 14,
       "mean": "maps/d4_f8/img0/02_down2_mean.png",
       "mean_range": [
        0.02016,
        1.57155
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/02_down2_c0.png",
         "min": 0.0,
         "max": 3.94579
        },
        {
         "src": "maps/d4_f8/img0/02_down2_c1.png",
         "min": 0.0,
         "max": 5.36142
        },
        {
         "src": "maps/d4_f8/img0/02_down2_c2.png",
         "min": 0.0,
         "max": 2.94862
        },
        {
         "src": "maps/d4_f8/img0/02_down2_c3.png",
         "min": 0.0,
         "max": 5.32523
        }
       ],
       "channels_total": 16
      },
      {
       "name": "pool2",
       "kind": "pool",
       "shape": [
        16,
        32,
        32
       ],
       "rf": 16,
       "mean": "maps/d4_f8/img0/03_pool2_mean.png",
       "mean_range": [
        0.12899,
        2.57508
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/03_pool2_c0.png",
         "min": 0.0,
         "max": 3.94579
        },
        {
         "src": "maps/d4_f8/img0/03_pool2_c1.png",
         "min": 0.0,
         "max": 5.36142
        },
        {
         "src": "maps/d4_f8/img0/03_pool2_c2.png",
         "min": 0.0,
         "max": 2.94862
        },
        {
         "src": "maps/d4_f8/img0/03_pool2_c3.png",
         "min": 0.0,
         "max": 5.32523
        }
       ],
       "channels_total": 16
      },
      {
       "name": "down3",
       "kind": "down",
       "shape": [
        32,
        32,
        32
       ],
       "rf": 32,
       "mean": "maps/d4_f8/img0/04_down3_mean.png",
       "mean_range": [
        0.07281,
        1.20472
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/04_down3_c0.png",
         "min": 0.0,
         "max": 3.72701
        },
        {
         "src": "maps/d4_f8/img0/04_down3_c1.png",
         "min": 0.0,
         "max": 1.81368
        },
        {
         "src": "maps/d4_f8/img0/04_down3_c2.png",
         "min": 0.0,
         "max": 5.12764
        },
        {
         "src": "maps/d4_f8/img0/04_down3_c3.png",
         "min": 0.0,
         "max": 4.46828
        }
       ],
       "channels_total": 32
      },
      {
       "name": "pool3",
       "kind": "pool",
       "shape": [
        32,
        16,
        16
       ],
       "rf": 36,
       "mean": "maps/d4_f8/img0/05_pool3_mean.png",
       "mean_range": [
        0.20077,
        1.67599
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/05_pool3_c0.png",
         "min": 0.0,
         "max": 3.72701
        },
        {
         "src": "maps/d4_f8/img0/05_pool3_c1.png",
         "min": 0.0,
         "max": 1.81368
        },
        {
         "src": "maps/d4_f8/img0/05_pool3_c2.png",
         "min": 0.0,
         "max": 5.12764
        },
        {
         "src": "maps/d4_f8/img0/05_pool3_c3.png",
         "min": 0.0,
         "max": 4.46828
        }
       ],
       "channels_total": 32
      },
      {
       "name": "down4",
       "kind": "down",
       "shape": [
        64,
        16,
        16
       ],
       "rf": 68,
       "mean": "maps/d4_f8/img0/06_down4_mean.png",
       "mean_range": [
        0.03168,
        0.591
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/06_down4_c0.png",
         "min": 0.0,
         "max": 3.9189
        },
        {
         "src": "maps/d4_f8/img0/06_down4_c1.png",
         "min": 0.0,
         "max": 2.46298
        },
        {
         "src": "maps/d4_f8/img0/06_down4_c2.png",
         "min": 0.0,
         "max": 2.00912
        },
        {
         "src": "maps/d4_f8/img0/06_down4_c3.png",
         "min": 0.0,
         "max": 6.98025
        }
       ],
       "channels_total": 64
      },
      {
       "name": "pool4",
       "kind": "pool",
       "shape": [
        64,
        8,
        8
       ],
       "rf": 76,
       "mean": "maps/d4_f8/img0/07_pool4_mean.png",
       "mean_range": [
        0.12,
        1.04394
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/07_pool4_c0.png",
         "min": 0.0,
         "max": 3.9189
        },
        {
         "src": "maps/d4_f8/img0/07_pool4_c1.png",
         "min": 0.0,
         "max": 2.46298
        },
        {
         "src": "maps/d4_f8/img0/07_pool4_c2.png",
         "min": 0.0,
         "max": 2.00912
        },
        {
         "src": "maps/d4_f8/img0/07_pool4_c3.png",
         "min": 0.0,
         "max": 6.98025
        }
       ],
       "channels_total": 64
      },
      {
       "name": "bottleneck",
       "kind": "bottleneck",
       "shape": [
        128,
        8,
        8
       ],
       "rf": 140,
       "mean": "maps/d4_f8/img0/08_bottleneck_mean.png",
       "mean_range": [
        0.07828,
        0.3822
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/08_bottleneck_c0.png",
         "min": 0.0,
         "max": 0.20702
        },
        {
         "src": "maps/d4_f8/img0/08_bottleneck_c1.png",
         "min": 0.0,
         "max": 2.05187
        },
        {
         "src": "maps/d4_f8/img0/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.99027
        },
        {
         "src": "maps/d4_f8/img0/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 1.37729
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up4.upconv",
       "kind": "up-convolution",
       "shape": [
        64,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f8/img0/09_up4_upconv_mean.png",
       "mean_range": [
        0.21073,
        1.0918
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/09_up4_upconv_c0.png",
         "min": -1.40647,
         "max": 1.95765
        },
        {
         "src": "maps/d4_f8/img0/09_up4_upconv_c1.png",
         "min": -1.77079,
         "max": 2.20751
        },
        {
         "src": "maps/d4_f8/img0/09_up4_upconv_c2.png",
         "min": -2.17154,
         "max": 2.19517
        },
        {
         "src": "maps/d4_f8/img0/09_up4_upconv_c3.png",
         "min": -1.69573,
         "max": 1.61425
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up4.concat",
       "kind": "concatenation",
       "shape": [
        128,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f8/img0/10_up4_concat_mean.png",
       "mean_range": [
        0.13915,
        0.67201
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/10_up4_concat_c0.png",
         "min": -1.40647,
         "max": 1.95765
        },
        {
         "src": "maps/d4_f8/img0/10_up4_concat_c1.png",
         "min": -1.77079,
         "max": 2.20751
        },
        {
         "src": "maps/d4_f8/img0/10_up4_concat_c2.png",
         "min": -2.17154,
         "max": 2.19517
        },
        {
         "src": "maps/d4_f8/img0/10_up4_concat_c3.png",
         "min": -1.69573,
         "max": 1.61425
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up4",
       "kind": "up",
       "shape": [
        64,
        16,
        16
       ],
       "rf": 172,
       "mean": "maps/d4_f8/img0/11_up4_mean.png",
       "mean_range": [
        0.05565,
        0.71753
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/11_up4_c0.png",
         "min": 0.0,
         "max": 3.32187
        },
        {
         "src": "maps/d4_f8/img0/11_up4_c1.png",
         "min": 0.0,
         "max": 3.45947
        },
        {
         "src": "maps/d4_f8/img0/11_up4_c2.png",
         "min": 0.0,
         "max": 2.7599
        },
        {
         "src": "maps/d4_f8/img0/11_up4_c3.png",
         "min": 0.0,
         "max": 4.29248
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up3.upconv",
       "kind": "up-convolution",
       "shape": [
        32,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f8/img0/12_up3_upconv_mean.png",
       "mean_range": [
        0.17068,
        2.34431
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/12_up3_upconv_c0.png",
         "min": -6.42275,
         "max": 2.4081
        },
        {
         "src": "maps/d4_f8/img0/12_up3_upconv_c1.png",
         "min": -4.37843,
         "max": 4.0035
        },
        {
         "src": "maps/d4_f8/img0/12_up3_upconv_c2.png",
         "min": -3.45351,
         "max": 4.31415
        },
        {
         "src": "maps/d4_f8/img0/12_up3_upconv_c3.png",
         "min": -2.35083,
         "max": 2.66137
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up3.concat",
       "kind": "concatenation",
       "shape": [
        64,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f8/img0/13_up3_concat_mean.png",
       "mean_range": [
        0.19463,
        1.44178
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/13_up3_concat_c0.png",
         "min": -6.42275,
         "max": 2.4081
        },
        {
         "src": "maps/d4_f8/img0/13_up3_concat_c1.png",
         "min": -4.37843,
         "max": 4.0035
        },
        {
         "src": "maps/d4_f8/img0/13_up3_concat_c2.png",
         "min": -3.45351,
         "max": 4.31415
        },
        {
         "src": "maps/d4_f8/img0/13_up3_concat_c3.png",
         "min": -2.35083,
         "max": 2.66137
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up3",
       "kind": "up",
       "shape": [
        32,
        32,
        32
       ],
       "rf": 188,
       "mean": "maps/d4_f8/img0/14_up3_mean.png",
       "mean_range": [
        0.02188,
        1.42829
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/14_up3_c0.png",
         "min": 0.0,
         "max": 2.67988
        },
        {
         "src": "maps/d4_f8/img0/14_up3_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f8/img0/14_up3_c2.png",
         "min": 0.0,
         "max": 1.73211
        },
        {
         "src": "maps/d4_f8/img0/14_up3_c3.png",
         "min": 0.0,
         "max": 0.43907
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up2.upconv",
       "kind": "up-convolution",
       "shape": [
        16,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f8/img0/15_up2_upconv_mean.png",
       "mean_range": [
        0.04893,
        5.72377
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/15_up2_upconv_c0.png",
         "min": -6.36838,
         "max": 5.22847
        },
        {
         "src": "maps/d4_f8/img0/15_up2_upconv_c1.png",
         "min": -7.74034,
         "max": 5.32795
        },
        {
         "src": "maps/d4_f8/img0/15_up2_upconv_c2.png",
         "min": -6.60767,
         "max": 4.23102
        },
        {
         "src": "maps/d4_f8/img0/15_up2_upconv_c3.png",
         "min": -6.3781,
         "max": 4.65205
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up2.concat",
       "kind": "concatenation",
       "shape": [
        32,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f8/img0/16_up2_concat_mean.png",
       "mean_range": [
        0.08864,
        3.00616
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/16_up2_concat_c0.png",
         "min": -6.36838,
         "max": 5.22847
        },
        {
         "src": "maps/d4_f8/img0/16_up2_concat_c1.png",
         "min": -7.74034,
         "max": 5.32795
        },
        {
         "src": "maps/d4_f8/img0/16_up2_concat_c2.png",
         "min": -6.60767,
         "max": 4.23102
        },
        {
         "src": "maps/d4_f8/img0/16_up2_concat_c3.png",
         "min": -6.3781,
         "max": 4.65205
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up2",
       "kind": "up",
       "shape": [
        16,
        64,
        64
       ],
       "rf": 196,
       "mean": "maps/d4_f8/img0/17_up2_mean.png",
       "mean_range": [
        0.03634,
        6.30396
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/17_up2_c0.png",
         "min": 0.0,
         "max": 3.60373
        },
        {
         "src": "maps/d4_f8/img0/17_up2_c1.png",
         "min": 0.0,
         "max": 25.12812
        },
        {
         "src": "maps/d4_f8/img0/17_up2_c2.png",
         "min": 0.0,
         "max": 9.96519
        },
        {
         "src": "maps/d4_f8/img0/17_up2_c3.png",
         "min": 0.0,
         "max": 12.44234
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up1.upconv",
       "kind": "up-convolution",
       "shape": [
        8,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f8/img0/18_up1_upconv_mean.png",
       "mean_range": [
        0.05887,
        17.09538
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/18_up1_upconv_c0.png",
         "min": -27.88386,
         "max": 24.88857
        },
        {
         "src": "maps/d4_f8/img0/18_up1_upconv_c1.png",
         "min": -20.1441,
         "max": 12.62848
        },
        {
         "src": "maps/d4_f8/img0/18_up1_upconv_c2.png",
         "min": -29.49978,
         "max": 6.98293
        },
        {
         "src": "maps/d4_f8/img0/18_up1_upconv_c3.png",
         "min": -9.26532,
         "max": 18.88154
        }
       ],
       "channels_total": 8
      },
      {
       "name": "up1.concat",
       "kind": "concatenation",
       "shape": [
        16,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f8/img0/19_up1_concat_mean.png",
       "mean_range": [
        0.16033,
        8.92829
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/19_up1_concat_c0.png",
         "min": -27.88386,
         "max": 24.88857
        },
        {
         "src": "maps/d4_f8/img0/19_up1_concat_c1.png",
         "min": -20.1441,
         "max": 12.62848
        },
        {
         "src": "maps/d4_f8/img0/19_up1_concat_c2.png",
         "min": -29.49978,
         "max": 6.98293
        },
        {
         "src": "maps/d4_f8/img0/19_up1_concat_c3.png",
         "min": -9.26532,
         "max": 18.88154
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up1",
       "kind": "up",
       "shape": [
        8,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f8/img0/20_up1_mean.png",
       "mean_range": [
        0.25024,
        13.15195
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/20_up1_c0.png",
         "min": 0.0,
         "max": 12.78576
        },
        {
         "src": "maps/d4_f8/img0/20_up1_c1.png",
         "min": 0.0,
         "max": 5.5149
        },
        {
         "src": "maps/d4_f8/img0/20_up1_c2.png",
         "min": 0.0,
         "max": 54.79464
        },
        {
         "src": "maps/d4_f8/img0/20_up1_c3.png",
         "min": 0.0,
         "max": 42.39719
        }
       ],
       "channels_total": 8
      },
      {
       "name": "output",
       "kind": "output",
       "shape": [
        1,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f8/img0/21_output_mean.png",
       "mean_range": [
        0.0,
        1.0
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/21_output_c0.png",
         "min": 0.0,
         "max": 1.0
        }
       ],
       "channels_total": 1
      }
     ],
     "skips": [
      {
       "level": 1,
       "src": "maps/d4_f8/img0/without_skip1.png",
       "changed": 0.0639,
       "dice": 0.891
      },
      {
       "level": 2,
       "src": "maps/d4_f8/img0/without_skip2.png",
       "changed": 0.0099,
       "dice": 0.8848
      },
      {
       "level": 3,
       "src": "maps/d4_f8/img0/without_skip3.png",
       "changed": 0.0202,
       "dice": 0.8945
      },
      {
       "level": 4,
       "src": "maps/d4_f8/img0/without_skip4.png",
       "changed": 0.0165,
       "dice": 0.8581
      }
     ]
    },
    "img1": {
     "output": "maps/d4_f8/img1/21_output_c0.png",
     "dice": 0.9504,
     "stages": [
      {
       "name": "down1",
       "kind": "down",
       "shape": [
        8,
        128,
        128
       ],
       "rf": 5,
       "mean": "maps/d4_f8/img1/00_down1_mean.png",
       "mean_range": [
        0.02533,
        2.13523
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/00_down1_c0.png",
         "min": 0.0,
         "max": 5.0409
        },
        {
         "src": "maps/d4_f8/img1/00_down1_c1.png",
         "min": 0.0,
         "max": 1.8973
        },
        {
         "src": "maps/d4_f8/img1/00_down1_c2.png",
         "min": 0.0,
         "max": 2.65055
        },
        {
         "src": "maps/d4_f8/img1/00_down1_c3.png",
         "min": 0.0,
         "max": 3.12198
        }
       ],
       "channels_total": 8
      },
      {
       "name": "pool1",
       "kind": "pool",
       "shape": [
        8,
        64,
        64
       ],
       "rf": 6,
       "mean": "maps/d4_f8/img1/01_pool1_mean.png",
       "mean_range": [
        0.10705,
        2.27507
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/01_pool1_c0.png",
         "min": 0.0,
         "max": 5.0409
        },
        {
         "src": "maps/d4_f8/img1/01_pool1_c1.png",
         "min": 0.0,
         "max": 1.8973
        },
        {
         "src": "maps/d4_f8/img1/01_pool1_c2.png",
         "min": 0.0,
         "max": 2.65055
        },
        {
         "src": "maps/d4_f8/img1/01_pool1_c3.png",
         "min": 0.0,
         "max": 3.12198
        }
       ],
       "channels_total": 8
      },
      {
       "name": "down2",
       "kind": "down",
       "shape": [
        16,
        64,
        64
       ],
       "rf": 14,
       "mean": "maps/d4_f8/img1/02_down2_mean.png",
       "mean_range": [
        0.03793,
        1.08273
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/02_down2_c0.png",
         "min": 0.0,
         "max": 2.00729
        },
        {
         "src": "maps/d4_f8/img1/02_down2_c1.png",
         "min": 0.0,
         "max": 3.71615
        },
        {
         "src": "maps/d4_f8/img1/02_down2_c2.png",
         "min": 0.0,
         "max": 3.08947
        },
        {
         "src": "maps/d4_f8/img1/02_down2_c3.png",
         "min": 0.0,
         "max": 3.17062
        }
       ],
       "channels_total": 16
      },
      {
       "name": "pool2",
       "kind": "pool",
       "shape": [
        16,
        32,
        32
       ],
       "rf": 16,
       "mean": "maps/d4_f8/img1/03_pool2_mean.png",
       "mean_range": [
        0.10749,
        1.60115
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/03_pool2_c0.png",
         "min": 0.0,
         "max": 2.00729
        },
        {
         "src": "maps/d4_f8/img1/03_pool2_c1.png",
         "min": 0.0,
         "max": 3.71615
        },
        {
         "src": "maps/d4_f8/img1/03_pool2_c2.png",
         "min": 0.0,
         "max": 3.08947
        },
        {
         "src": "maps/d4_f8/img1/03_pool2_c3.png",
         "min": 0.0,
         "max": 3.17062
        }
       ],
       "channels_total": 16
      },
      {
       "name": "down3",
       "kind": "down",
       "shape": [
        32,
        32,
        32
       ],
       "rf": 32,
       "mean": "maps/d4_f8/img1/04_down3_mean.png",
       "mean_range": [
        0.07396,
        1.11121
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/04_down3_c0.png",
         "min": 0.0,
         "max": 4.0105
        },
        {
         "src": "maps/d4_f8/img1/04_down3_c1.png",
         "min": 0.0,
         "max": 1.74468
        },
        {
         "src": "maps/d4_f8/img1/04_down3_c2.png",
         "min": 0.0,
         "max": 3.91607
        },
        {
         "src": "maps/d4_f8/img1/04_down3_c3.png",
         "min": 0.0,
         "max": 4.10978
        }
       ],
       "channels_total": 32
      },
      {
       "name": "pool3",
       "kind": "pool",
       "shape": [
        32,
        16,
        16
       ],
       "rf": 36,
       "mean": "maps/d4_f8/img1/05_pool3_mean.png",
       "mean_range": [
        0.18503,
        1.51374
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/05_pool3_c0.png",
         "min": 0.0,
         "max": 4.0105
        },
        {
         "src": "maps/d4_f8/img1/05_pool3_c1.png",
         "min": 0.0,
         "max": 1.74468
        },
        {
         "src": "maps/d4_f8/img1/05_pool3_c2.png",
         "min": 0.0,
         "max": 3.91607
        },
        {
         "src": "maps/d4_f8/img1/05_pool3_c3.png",
         "min": 0.0,
         "max": 4.10978
        }
       ],
       "channels_total": 32
      },
      {
       "name": "down4",
       "kind": "down",
       "shape": [
        64,
        16,
        16
       ],
       "rf": 68,
       "mean": "maps/d4_f8/img1/06_down4_mean.png",
       "mean_range": [
        0.06981,
        0.62342
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/06_down4_c0.png",
         "min": 0.0,
         "max": 4.50671
        },
        {
         "src": "maps/d4_f8/img1/06_down4_c1.png",
         "min": 0.0,
         "max": 2.96497
        },
        {
         "src": "maps/d4_f8/img1/06_down4_c2.png",
         "min": 0.0,
         "max": 2.33139
        },
        {
         "src": "maps/d4_f8/img1/06_down4_c3.png",
         "min": 0.0,
         "max": 6.68266
        }
       ],
       "channels_total": 64
      },
      {
       "name": "pool4",
       "kind": "pool",
       "shape": [
        64,
        8,
        8
       ],
       "rf": 76,
       "mean": "maps/d4_f8/img1/07_pool4_mean.png",
       "mean_range": [
        0.17022,
        1.10555
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/07_pool4_c0.png",
         "min": 0.0,
         "max": 4.50671
        },
        {
         "src": "maps/d4_f8/img1/07_pool4_c1.png",
         "min": 0.0,
         "max": 2.96497
        },
        {
         "src": "maps/d4_f8/img1/07_pool4_c2.png",
         "min": 0.0,
         "max": 2.33139
        },
        {
         "src": "maps/d4_f8/img1/07_pool4_c3.png",
         "min": 0.0,
         "max": 6.68266
        }
       ],
       "channels_total": 64
      },
      {
       "name": "bottleneck",
       "kind": "bottleneck",
       "shape": [
        128,
        8,
        8
       ],
       "rf": 140,
       "mean": "maps/d4_f8/img1/08_bottleneck_mean.png",
       "mean_range": [
        0.07311,
        0.41975
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/08_bottleneck_c0.png",
         "min": 0.0,
         "max": 0.12001
        },
        {
         "src": "maps/d4_f8/img1/08_bottleneck_c1.png",
         "min": 0.0,
         "max": 2.76993
        },
        {
         "src": "maps/d4_f8/img1/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 2.10021
        },
        {
         "src": "maps/d4_f8/img1/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 0.82945
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up4.upconv",
       "kind": "up-convolution",
       "shape": [
        64,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f8/img1/09_up4_upconv_mean.png",
       "mean_range": [
        0.20681,
        1.26637
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/09_up4_upconv_c0.png",
         "min": -1.50255,
         "max": 2.47189
        },
        {
         "src": "maps/d4_f8/img1/09_up4_upconv_c1.png",
         "min": -2.14732,
         "max": 2.62921
        },
        {
         "src": "maps/d4_f8/img1/09_up4_upconv_c2.png",
         "min": -2.37931,
         "max": 2.80787
        },
        {
         "src": "maps/d4_f8/img1/09_up4_upconv_c3.png",
         "min": -2.65946,
         "max": 1.95352
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up4.concat",
       "kind": "concatenation",
       "shape": [
        128,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f8/img1/10_up4_concat_mean.png",
       "mean_range": [
        0.14337,
        0.78546
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/10_up4_concat_c0.png",
         "min": -1.50255,
         "max": 2.47189
        },
        {
         "src": "maps/d4_f8/img1/10_up4_concat_c1.png",
         "min": -2.14732,
         "max": 2.62921
        },
        {
         "src": "maps/d4_f8/img1/10_up4_concat_c2.png",
         "min": -2.37931,
         "max": 2.80787
        },
        {
         "src": "maps/d4_f8/img1/10_up4_concat_c3.png",
         "min": -2.65946,
         "max": 1.95352
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up4",
       "kind": "up",
       "shape": [
        64,
        16,
        16
       ],
       "rf": 172,
       "mean": "maps/d4_f8/img1/11_up4_mean.png",
       "mean_range": [
        0.07875,
        0.87921
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/11_up4_c0.png",
         "min": 0.0,
         "max": 3.32267
        },
        {
         "src": "maps/d4_f8/img1/11_up4_c1.png",
         "min": 0.0,
         "max": 3.4876
        },
        {
         "src": "maps/d4_f8/img1/11_up4_c2.png",
         "min": 0.0,
         "max": 3.34951
        },
        {
         "src": "maps/d4_f8/img1/11_up4_c3.png",
         "min": 0.0,
         "max": 4.32797
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up3.upconv",
       "kind": "up-convolution",
       "shape": [
        32,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f8/img1/12_up3_upconv_mean.png",
       "mean_range": [
        0.16791,
        2.65123
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/12_up3_upconv_c0.png",
         "min": -6.5714,
         "max": 2.69071
        },
        {
         "src": "maps/d4_f8/img1/12_up3_upconv_c1.png",
         "min": -4.99082,
         "max": 4.31027
        },
        {
         "src": "maps/d4_f8/img1/12_up3_upconv_c2.png",
         "min": -3.71943,
         "max": 5.16726
        },
        {
         "src": "maps/d4_f8/img1/12_up3_upconv_c3.png",
         "min": -3.77745,
         "max": 3.67695
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up3.concat",
       "kind": "concatenation",
       "shape": [
        64,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f8/img1/13_up3_concat_mean.png",
       "mean_range": [
        0.18395,
        1.5858
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/13_up3_concat_c0.png",
         "min": -6.5714,
         "max": 2.69071
        },
        {
         "src": "maps/d4_f8/img1/13_up3_concat_c1.png",
         "min": -4.99082,
         "max": 4.31027
        },
        {
         "src": "maps/d4_f8/img1/13_up3_concat_c2.png",
         "min": -3.71943,
         "max": 5.16726
        },
        {
         "src": "maps/d4_f8/img1/13_up3_concat_c3.png",
         "min": -3.77745,
         "max": 3.67695
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up3",
       "kind": "up",
       "shape": [
        32,
        32,
        32
       ],
       "rf": 188,
       "mean": "maps/d4_f8/img1/14_up3_mean.png",
       "mean_range": [
        0.02436,
        1.69472
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/14_up3_c0.png",
         "min": 0.0,
         "max": 2.96526
        },
        {
         "src": "maps/d4_f8/img1/14_up3_c1.png",
         "min": 0.0,
         "max": 0.0077
        },
        {
         "src": "maps/d4_f8/img1/14_up3_c2.png",
         "min": 0.0,
         "max": 1.87578
        },
        {
         "src": "maps/d4_f8/img1/14_up3_c3.png",
         "min": 0.0,
         "max": 0.53679
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up2.upconv",
       "kind": "up-convolution",
       "shape": [
        16,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f8/img1/15_up2_upconv_mean.png",
       "mean_range": [
        0.06408,
        6.71971
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/15_up2_upconv_c0.png",
         "min": -7.13551,
         "max": 5.98862
        },
        {
         "src": "maps/d4_f8/img1/15_up2_upconv_c1.png",
         "min": -9.15365,
         "max": 5.90785
        },
        {
         "src": "maps/d4_f8/img1/15_up2_upconv_c2.png",
         "min": -7.71905,
         "max": 4.19368
        },
        {
         "src": "maps/d4_f8/img1/15_up2_upconv_c3.png",
         "min": -6.47289,
         "max": 4.72817
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up2.concat",
       "kind": "concatenation",
       "shape": [
        32,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f8/img1/16_up2_concat_mean.png",
       "mean_range": [
        0.13408,
        3.44226
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/16_up2_concat_c0.png",
         "min": -7.13551,
         "max": 5.98862
        },
        {
         "src": "maps/d4_f8/img1/16_up2_concat_c1.png",
         "min": -9.15365,
         "max": 5.90785
        },
        {
         "src": "maps/d4_f8/img1/16_up2_concat_c2.png",
         "min": -7.71905,
         "max": 4.19368
        },
        {
         "src": "maps/d4_f8/img1/16_up2_concat_c3.png",
         "min": -6.47289,
         "max": 4.72817
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up2",
       "kind": "up",
       "shape": [
        16,
        64,
        64
       ],
       "rf": 196,
       "mean": "maps/d4_f8/img1/17_up2_mean.png",
       "mean_range": [
        0.04966,
        7.75775
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/17_up2_c0.png",
         "min": 0.0,
         "max": 5.21683
        },
        {
         "src": "maps/d4_f8/img1/17_up2_c1.png",
         "min": 0.0,
         "max": 30.48853
        },
        {
         "src": "maps/d4_f8/img1/17_up2_c2.png",
         "min": 0.0,
         "max": 11.5263
        },
        {
         "src": "maps/d4_f8/img1/17_up2_c3.png",
         "min": 0.0,
         "max": 14.98423
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up1.upconv",
       "kind": "up-convolution",
       "shape": [
        8,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f8/img1/18_up1_upconv_mean.png",
       "mean_range": [
        0.06734,
        20.7427
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/18_up1_upconv_c0.png",
         "min": -26.66388,
         "max": 31.14269
        },
        {
         "src": "maps/d4_f8/img1/18_up1_upconv_c1.png",
         "min": -24.69032,
         "max": 12.71031
        },
        {
         "src": "maps/d4_f8/img1/18_up1_upconv_c2.png",
         "min": -35.41557,
         "max": 8.07032
        },
        {
         "src": "maps/d4_f8/img1/18_up1_upconv_c3.png",
         "min": -11.14278,
         "max": 22.68158
        }
       ],
       "channels_total": 8
      },
      {
       "name": "up1.concat",
       "kind": "concatenation",
       "shape": [
        16,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f8/img1/19_up1_concat_mean.png",
       "mean_range": [
        0.1811,
        10.51992
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/19_up1_concat_c0.png",
         "min": -26.66388,
         "max": 31.14269
        },
        {
         "src": "maps/d4_f8/img1/19_up1_concat_c1.png",
         "min": -24.69032,
         "max": 12.71031
        },
        {
         "src": "maps/d4_f8/img1/19_up1_concat_c2.png",
         "min": -35.41557,
         "max": 8.07032
        },
        {
         "src": "maps/d4_f8/img1/19_up1_concat_c3.png",
         "min": -11.14278,
         "max": 22.68158
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up1",
       "kind": "up",
       "shape": [
        8,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f8/img1/20_up1_mean.png",
       "mean_range": [
        0.28947,
        13.47579
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/20_up1_c0.png",
         "min": 0.0,
         "max": 14.78046
        },
        {
         "src": "maps/d4_f8/img1/20_up1_c1.png",
         "min": 0.0,
         "max": 4.13957
        },
        {
         "src": "maps/d4_f8/img1/20_up1_c2.png",
         "min": 0.0,
         "max": 60.9752
        },
        {
         "src": "maps/d4_f8/img1/20_up1_c3.png",
         "min": 0.0,
         "max": 47.87246
        }
       ],
       "channels_total": 8
      },
      {
       "name": "output",
       "kind": "output",
       "shape": [
        1,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f8/img1/21_output_mean.png",
       "mean_range": [
        0.0,
        1.0
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/21_output_c0.png",
         "min": 0.0,
         "max": 1.0
        }
       ],
       "channels_total": 1
      }
     ],
     "skips": [
      {
       "level": 1,
       "src": "maps/d4_f8/img1/without_skip1.png",
       "changed": 0.0956,
       "dice": 0.8546
      },
      {
       "level": 2,
       "src": "maps/d4_f8/img1/without_skip2.png",
       "changed": 0.0092,
       "dice": 0.9504
      },
      {
       "level": 3,
       "src": "maps/d4_f8/img1/without_skip3.png",
       "changed": 0.0142,
       "dice": 0.9419
      },
      {
       "level": 4,
       "src": "maps/d4_f8/img1/without_skip4.png",
       "changed": 0.0192,
       "dice": 0.9277
      }
     ]
    }
   }
  },
  {
   "id": "d4_f16",
   "label": "depth 4, 16 filters",
   "depth": 4,
   "base_filters": 16,
   "parameters": 1940817,
   "receptive_field": 200,
   "row": {
    "depth": "4",
    "base_filters": "16",
    "parameters": "1940817",
    "receptive_field": "200",
    "memory_mib_batch8": "155.4",
    "repeats": "3",
    "failed": "0",
    "train_seconds": "158.4",
    "epochs": "10.0",
    "best_val_dice": "0.9559",
    "test_dice": "0.9552",
    "test_dice_sd": "0.0005",
    "test_dice_ci_low": "0.9541",
    "test_dice_ci_high": "0.9563",
    "test_iou": "0.9157",
    "test_iou_sd": "0.0014",
    "test_iou_ci_low": "0.9123",
    "test_iou_ci_high": "0.919",
    "test_boundary_dice": "0.8875",
    "test_boundary_dice_sd": "0.003",
    "test_boundary_dice_ci_low": "0.8801",
    "test_boundary_dice_ci_high": "0.8948"
   },
   "filters": {
    "name": "down1.conv1",
    "shape": [
     16,
     1,
     3,
     3
    ],
    "range": [
     -1.119030475616455,
     1.119030475616455
    ],
    "srcs": [
     "maps/d4_f16/filters/f0.png",
     "maps/d4_f16/filters/f1.png",
     "maps/d4_f16/filters/f2.png",
     "maps/d4_f16/filters/f3.png",
     "maps/d4_f16/filters/f4.png",
     "maps/d4_f16/filters/f5.png",
     "maps/d4_f16/filters/f6.png",
     "maps/d4_f16/filters/f7.png",
     "maps/d4_f16/filters/f8.png",
     "maps/d4_f16/filters/f9.png",
     "maps/d4_f16/filters/f10.png",
     "maps/d4_f16/filters/f11.png",
     "maps/d4_f16/filters/f12.png",
     "maps/d4_f16/filters/f13.png",
     "maps/d4_f16/filters/f14.png",
     "maps/d4_f16/filters/f15.png"
    ]
   },
   "views": {
    "img0": {
     "output": "maps/d4_f16/img0/21_output_c0.png",
     "dice": 0.8947,
     "stages": [
      {
       "name": "down1",
       "kind": "down",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 5,
       "mean": "maps/d4_f16/img0/00_down1_mean.png",
       "mean_range": [
        0.01104,
        1.43564
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/00_down1_c0.png",
         "min": 0.0,
         "max": 4.17062
        },
        {
         "src": "maps/d4_f16/img0/00_down1_c1.png",
         "min": 0.0,
         "max": 3.2016
        },
        {
         "src": "maps/d4_f16/img0/00_down1_c2.png",
         "min": 0.0,
         "max": 9.03822
        },
        {
         "src": "maps/d4_f16/img0/00_down1_c3.png",
         "min": 0.0,
         "max": 2.96513
        }
       ],
       "channels_total": 16
      },
      {
       "name": "pool1",
       "kind": "pool",
       "shape": [
        16,
        64,
        64
       ],
       "rf": 6,
       "mean": "maps/d4_f16/img0/01_pool1_mean.png",
       "mean_range": [
        0.03349,
        2.01295
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/01_pool1_c0.png",
         "min": 0.0,
         "max": 4.17062
        },
        {
         "src": "maps/d4_f16/img0/01_pool1_c1.png",
         "min": 0.0,
         "max": 3.2016
        },
        {
         "src": "maps/d4_f16/img0/01_pool1_c2.png",
         "min": 0.0,
         "max": 9.03822
        },
        {
         "src": "maps/d4_f16/img0/01_pool1_c3.png",
         "min": 0.0,
         "max": 2.96513
        }
       ],
       "channels_total": 16
      },
      {
       "name": "down2",
       "kind": "down",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 14,
       "mean": "maps/d4_f16/img0/02_down2_mean.png",
       "mean_range": [
        0.04181,
        0.78456
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/02_down2_c0.png",
         "min": 0.0,
         "max": 4.37873
        },
        {
         "src": "maps/d4_f16/img0/02_down2_c1.png",
         "min": 0.0,
         "max": 2.40939
        },
        {
         "src": "maps/d4_f16/img0/02_down2_c2.png",
         "min": 0.0,
         "max": 1.01372
        },
        {
         "src": "maps/d4_f16/img0/02_down2_c3.png",
         "min": 0.0,
         "max": 3.56404
        }
       ],
       "channels_total": 32
      },
      {
       "name": "pool2",
       "kind": "pool",
       "shape": [
        32,
        32,
        32
       ],
       "rf": 16,
       "mean": "maps/d4_f16/img0/03_pool2_mean.png",
       "mean_range": [
        0.11662,
        1.29542
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/03_pool2_c0.png",
         "min": 0.0,
         "max": 4.37873
        },
        {
         "src": "maps/d4_f16/img0/03_pool2_c1.png",
         "min": 0.0,
         "max": 2.40939
        },
        {
         "src": "maps/d4_f16/img0/03_pool2_c2.png",
         "min": 0.0,
         "max": 1.01372
        },
        {
         "src": "maps/d4_f16/img0/03_pool2_c3.png",
         "min": 0.0,
         "max": 3.56404
        }
       ],
       "channels_total": 32
      },
      {
       "name": "down3",
       "kind": "down",
       "shape": [
        64,
        32,
        32
       ],
       "rf": 32,
       "mean": "maps/d4_f16/img0/04_down3_mean.png",
       "mean_range": [
        0.02867,
        0.44555
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/04_down3_c0.png",
         "min": 0.0,
         "max": 1.79883
        },
        {
         "src": "maps/d4_f16/img0/04_down3_c1.png",
         "min": 0.0,
         "max": 1.82684
        },
        {
         "src": "maps/d4_f16/img0/04_down3_c2.png",
         "min": 0.0,
         "max": 1.16637
        },
        {
         "src": "maps/d4_f16/img0/04_down3_c3.png",
         "min": 0.0,
         "max": 1.41736
        }
       ],
       "channels_total": 64
      },
      {
       "name": "pool3",
       "kind": "pool",
       "shape": [
        64,
        16,
        16
       ],
       "rf": 36,
       "mean": "maps/d4_f16/img0/05_pool3_mean.png",
       "mean_range": [
        0.09981,
        0.64832
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/05_pool3_c0.png",
         "min": 0.0,
         "max": 1.79883
        },
        {
         "src": "maps/d4_f16/img0/05_pool3_c1.png",
         "min": 0.0,
         "max": 1.82684
        },
        {
         "src": "maps/d4_f16/img0/05_pool3_c2.png",
         "min": 0.0,
         "max": 1.16637
        },
        {
         "src": "maps/d4_f16/img0/05_pool3_c3.png",
         "min": 0.0,
         "max": 1.41736
        }
       ],
       "channels_total": 64
      },
      {
       "name": "down4",
       "kind": "down",
       "shape": [
        128,
        16,
        16
       ],
       "rf": 68,
       "mean": "maps/d4_f16/img0/06_down4_mean.png",
       "mean_range": [
        0.01035,
        0.16203
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/06_down4_c0.png",
         "min": 0.0,
         "max": 0.06838
        },
        {
         "src": "maps/d4_f16/img0/06_down4_c1.png",
         "min": 0.0,
         "max": 1.0496
        },
        {
         "src": "maps/d4_f16/img0/06_down4_c2.png",
         "min": 0.0,
         "max": 0.31998
        },
        {
         "src": "maps/d4_f16/img0/06_down4_c3.png",
         "min": 0.0,
         "max": 1.54532
        }
       ],
       "channels_total": 128
      },
      {
       "name": "pool4",
       "kind": "pool",
       "shape": [
        128,
        8,
        8
       ],
       "rf": 76,
       "mean": "maps/d4_f16/img0/07_pool4_mean.png",
       "mean_range": [
        0.04925,
        0.25684
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/07_pool4_c0.png",
         "min": 0.0,
         "max": 0.06838
        },
        {
         "src": "maps/d4_f16/img0/07_pool4_c1.png",
         "min": 0.0,
         "max": 1.0496
        },
        {
         "src": "maps/d4_f16/img0/07_pool4_c2.png",
         "min": 0.0,
         "max": 0.31998
        },
        {
         "src": "maps/d4_f16/img0/07_pool4_c3.png",
         "min": 0.0,
         "max": 1.54532
        }
       ],
       "channels_total": 128
      },
      {
       "name": "bottleneck",
       "kind": "bottleneck",
       "shape": [
        256,
        8,
        8
       ],
       "rf": 140,
       "mean": "maps/d4_f16/img0/08_bottleneck_mean.png",
       "mean_range": [
        0.01434,
        0.15447
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/08_bottleneck_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f16/img0/08_bottleneck_c1.png",
         "min": 0.0,
         "max": 1.36958
        },
        {
         "src": "maps/d4_f16/img0/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.06037
        },
        {
         "src": "maps/d4_f16/img0/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 0.78844
        }
       ],
       "channels_total": 256
      },
      {
       "name": "up4.upconv",
       "kind": "up-convolution",
       "shape": [
        128,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f16/img0/09_up4_upconv_mean.png",
       "mean_range": [
        0.05929,
        0.54484
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/09_up4_upconv_c0.png",
         "min": -1.00622,
         "max": 0.46046
        },
        {
         "src": "maps/d4_f16/img0/09_up4_upconv_c1.png",
         "min": -0.82093,
         "max": 0.63401
        },
        {
         "src": "maps/d4_f16/img0/09_up4_upconv_c2.png",
         "min": -0.64828,
         "max": 0.96321
        },
        {
         "src": "maps/d4_f16/img0/09_up4_upconv_c3.png",
         "min": -1.08407,
         "max": 0.69085
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up4.concat",
       "kind": "concatenation",
       "shape": [
        256,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f16/img0/10_up4_concat_mean.png",
       "mean_range": [
        0.04112,
        0.30734
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/10_up4_concat_c0.png",
         "min": -1.00622,
         "max": 0.46046
        },
        {
         "src": "maps/d4_f16/img0/10_up4_concat_c1.png",
         "min": -0.82093,
         "max": 0.63401
        },
        {
         "src": "maps/d4_f16/img0/10_up4_concat_c2.png",
         "min": -0.64828,
         "max": 0.96321
        },
        {
         "src": "maps/d4_f16/img0/10_up4_concat_c3.png",
         "min": -1.08407,
         "max": 0.69085
        }
       ],
       "channels_total": 256
      },
      {
       "name": "up4",
       "kind": "up",
       "shape": [
        128,
        16,
        16
       ],
       "rf": 172,
       "mean": "maps/d4_f16/img0/11_up4_mean.png",
       "mean_range": [
        0.0099,
        0.47331
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/11_up4_c0.png",
         "min": 0.0,
         "max": 0.27434
        },
        {
         "src": "maps/d4_f16/img0/11_up4_c1.png",
         "min": 0.0,
         "max": 1.98963
        },
        {
         "src": "maps/d4_f16/img0/11_up4_c2.png",
         "min": 0.0,
         "max": 0.23971
        },
        {
         "src": "maps/d4_f16/img0/11_up4_c3.png",
         "min": 0.0,
         "max": 4.41356
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up3.upconv",
       "kind": "up-convolution",
       "shape": [
        64,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f16/img0/12_up3_upconv_mean.png",
       "mean_range": [
        0.02214,
        1.48073
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/12_up3_upconv_c0.png",
         "min": -3.32535,
         "max": 2.02522
        },
        {
         "src": "maps/d4_f16/img0/12_up3_upconv_c1.png",
         "min": -3.43675,
         "max": 2.04741
        },
        {
         "src": "maps/d4_f16/img0/12_up3_upconv_c2.png",
         "min": -1.90329,
         "max": 2.73833
        },
        {
         "src": "maps/d4_f16/img0/12_up3_upconv_c3.png",
         "min": -2.4435,
         "max": 2.09282
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up3.concat",
       "kind": "concatenation",
       "shape": [
        128,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f16/img0/13_up3_concat_mean.png",
       "mean_range": [
        0.04152,
        0.78053
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/13_up3_concat_c0.png",
         "min": -3.32535,
         "max": 2.02522
        },
        {
         "src": "maps/d4_f16/img0/13_up3_concat_c1.png",
         "min": -3.43675,
         "max": 2.04741
        },
        {
         "src": "maps/d4_f16/img0/13_up3_concat_c2.png",
         "min": -1.90329,
         "max": 2.73833
        },
        {
         "src": "maps/d4_f16/img0/13_up3_concat_c3.png",
         "min": -2.4435,
         "max": 2.09282
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up3",
       "kind": "up",
       "shape": [
        64,
        32,
        32
       ],
       "rf": 188,
       "mean": "maps/d4_f16/img0/14_up3_mean.png",
       "mean_range": [
        0.04221,
        0.7546
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/14_up3_c0.png",
         "min": 0.0,
         "max": 1.30685
        },
        {
         "src": "maps/d4_f16/img0/14_up3_c1.png",
         "min": 0.0,
         "max": 2.34555
        },
        {
         "src": "maps/d4_f16/img0/14_up3_c2.png",
         "min": 0.0,
         "max": 0.62488
        },
        {
         "src": "maps/d4_f16/img0/14_up3_c3.png",
         "min": 0.0,
         "max": 0.79276
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up2.upconv",
       "kind": "up-convolution",
       "shape": [
        32,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f16/img0/15_up2_upconv_mean.png",
       "mean_range": [
        0.0941,
        2.56739
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/15_up2_upconv_c0.png",
         "min": -5.56494,
         "max": 5.43058
        },
        {
         "src": "maps/d4_f16/img0/15_up2_upconv_c1.png",
         "min": -5.12848,
         "max": 5.16515
        },
        {
         "src": "maps/d4_f16/img0/15_up2_upconv_c2.png",
         "min": -3.66245,
         "max": 4.21981
        },
        {
         "src": "maps/d4_f16/img0/15_up2_upconv_c3.png",
         "min": -4.56343,
         "max": 4.96268
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up2.concat",
       "kind": "concatenation",
       "shape": [
        64,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f16/img0/16_up2_concat_mean.png",
       "mean_range": [
        0.13988,
        1.4834
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/16_up2_concat_c0.png",
         "min": -5.56494,
         "max": 5.43058
        },
        {
         "src": "maps/d4_f16/img0/16_up2_concat_c1.png",
         "min": -5.12848,
         "max": 5.16515
        },
        {
         "src": "maps/d4_f16/img0/16_up2_concat_c2.png",
         "min": -3.66245,
         "max": 4.21981
        },
        {
         "src": "maps/d4_f16/img0/16_up2_concat_c3.png",
         "min": -4.56343,
         "max": 4.96268
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up2",
       "kind": "up",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 196,
       "mean": "maps/d4_f16/img0/17_up2_mean.png",
       "mean_range": [
        0.16631,
        3.03102
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/17_up2_c0.png",
         "min": 0.0,
         "max": 2.41063
        },
        {
         "src": "maps/d4_f16/img0/17_up2_c1.png",
         "min": 0.0,
         "max": 10.85211
        },
        {
         "src": "maps/d4_f16/img0/17_up2_c2.png",
         "min": 0.0,
         "max": 1.71868
        },
        {
         "src": "maps/d4_f16/img0/17_up2_c3.png",
         "min": 0.0,
         "max": 7.14206
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1.upconv",
       "kind": "up-convolution",
       "shape": [
        16,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f16/img0/18_up1_upconv_mean.png",
       "mean_range": [
        0.31324,
        7.20561
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/18_up1_upconv_c0.png",
         "min": -18.61687,
         "max": 10.70579
        },
        {
         "src": "maps/d4_f16/img0/18_up1_upconv_c1.png",
         "min": -5.85536,
         "max": 12.91677
        },
        {
         "src": "maps/d4_f16/img0/18_up1_upconv_c2.png",
         "min": -13.08458,
         "max": 6.65512
        },
        {
         "src": "maps/d4_f16/img0/18_up1_upconv_c3.png",
         "min": -10.44794,
         "max": 6.10206
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up1.concat",
       "kind": "concatenation",
       "shape": [
        32,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f16/img0/19_up1_concat_mean.png",
       "mean_range": [
        0.23147,
        4.12817
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/19_up1_concat_c0.png",
         "min": -18.61687,
         "max": 10.70579
        },
        {
         "src": "maps/d4_f16/img0/19_up1_concat_c1.png",
         "min": -5.85536,
         "max": 12.91677
        },
        {
         "src": "maps/d4_f16/img0/19_up1_concat_c2.png",
         "min": -13.08458,
         "max": 6.65512
        },
        {
         "src": "maps/d4_f16/img0/19_up1_concat_c3.png",
         "min": -10.44794,
         "max": 6.10206
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1",
       "kind": "up",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f16/img0/20_up1_mean.png",
       "mean_range": [
        0.19647,
        5.52303
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/20_up1_c0.png",
         "min": 0.0,
         "max": 8.98095
        },
        {
         "src": "maps/d4_f16/img0/20_up1_c1.png",
         "min": 0.0,
         "max": 22.80013
        },
        {
         "src": "maps/d4_f16/img0/20_up1_c2.png",
         "min": 0.0,
         "max": 21.9335
        },
        {
         "src": "maps/d4_f16/img0/20_up1_c3.png",
         "min": 0.0,
         "max": 16.74758
        }
       ],
       "channels_total": 16
      },
      {
       "name": "output",
       "kind": "output",
       "shape": [
        1,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f16/img0/21_output_mean.png",
       "mean_range": [
        0.0,
        1.0
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/21_output_c0.png",
         "min": 0.0,
         "max": 1.0
        }
       ],
       "channels_total": 1
      }
     ],
     "skips": [
      {
       "level": 1,
       "src": "maps/d4_f16/img0/without_skip1.png",
       "changed": 0.0317,
       "dice": 0.9174
      },
      {
       "level": 2,
       "src": "maps/d4_f16/img0/without_skip2.png",
       "changed": 0.0222,
       "dice": 0.9199
      },
      {
       "level": 3,
       "src": "maps/d4_f16/img0/without_skip3.png",
       "changed": 0.0133,
       "dice": 0.869
      },
      {
       "level": 4,
       "src": "maps/d4_f16/img0/without_skip4.png",
       "changed": 0.01,
       "dice": 0.8785
      }
     ]
    },
    "img1": {
     "output": "maps/d4_f16/img1/21_output_c0.png",
     "dice": 0.9477,
     "stages": [
      {
       "name": "down1",
       "kind": "down",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 5,
       "mean": "maps/d4_f16/img1/00_down1_mean.png",
       "mean_range": [
        0.01943,
        1.10354
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/00_down1_c0.png",
         "min": 0.0,
         "max": 2.86151
        },
        {
         "src": "maps/d4_f16/img1/00_down1_c1.png",
         "min": 0.0,
         "max": 2.42855
        },
        {
         "src": "maps/d4_f16/img1/00_down1_c2.png",
         "min": 0.0,
         "max": 7.53048
        },
        {
         "src": "maps/d4_f16/img1/00_down1_c3.png",
         "min": 0.0,
         "max": 3.5293
        }
       ],
       "channels_total": 16
      },
      {
       "name": "pool1",
       "kind": "pool",
       "shape": [
        16,
        64,
        64
       ],
       "rf": 6,
       "mean": "maps/d4_f16/img1/01_pool1_mean.png",
       "mean_range": [
        0.06329,
        1.6377
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/01_pool1_c0.png",
         "min": 0.0,
         "max": 2.86151
        },
        {
         "src": "maps/d4_f16/img1/01_pool1_c1.png",
         "min": 0.0,
         "max": 2.42855
        },
        {
         "src": "maps/d4_f16/img1/01_pool1_c2.png",
         "min": 0.0,
         "max": 7.53048
        },
        {
         "src": "maps/d4_f16/img1/01_pool1_c3.png",
         "min": 0.0,
         "max": 3.5293
        }
       ],
       "channels_total": 16
      },
      {
       "name": "down2",
       "kind": "down",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 14,
       "mean": "maps/d4_f16/img1/02_down2_mean.png",
       "mean_range": [
        0.03768,
        0.83719
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/02_down2_c0.png",
         "min": 0.0,
         "max": 3.86978
        },
        {
         "src": "maps/d4_f16/img1/02_down2_c1.png",
         "min": 0.0,
         "max": 1.99454
        },
        {
         "src": "maps/d4_f16/img1/02_down2_c2.png",
         "min": 0.0,
         "max": 1.86918
        },
        {
         "src": "maps/d4_f16/img1/02_down2_c3.png",
         "min": 0.0,
         "max": 3.89569
        }
       ],
       "channels_total": 32
      },
      {
       "name": "pool2",
       "kind": "pool",
       "shape": [
        32,
        32,
        32
       ],
       "rf": 16,
       "mean": "maps/d4_f16/img1/03_pool2_mean.png",
       "mean_range": [
        0.09425,
        1.20809
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/03_pool2_c0.png",
         "min": 0.0,
         "max": 3.86978
        },
        {
         "src": "maps/d4_f16/img1/03_pool2_c1.png",
         "min": 0.0,
         "max": 1.99454
        },
        {
         "src": "maps/d4_f16/img1/03_pool2_c2.png",
         "min": 0.0,
         "max": 1.86918
        },
        {
         "src": "maps/d4_f16/img1/03_pool2_c3.png",
         "min": 0.0,
         "max": 3.89569
        }
       ],
       "channels_total": 32
      },
      {
       "name": "down3",
       "kind": "down",
       "shape": [
        64,
        32,
        32
       ],
       "rf": 32,
       "mean": "maps/d4_f16/img1/04_down3_mean.png",
       "mean_range": [
        0.03232,
        0.46609
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/04_down3_c0.png",
         "min": 0.0,
         "max": 2.22847
        },
        {
         "src": "maps/d4_f16/img1/04_down3_c1.png",
         "min": 0.0,
         "max": 1.91287
        },
        {
         "src": "maps/d4_f16/img1/04_down3_c2.png",
         "min": 0.0,
         "max": 1.46467
        },
        {
         "src": "maps/d4_f16/img1/04_down3_c3.png",
         "min": 0.0,
         "max": 2.02046
        }
       ],
       "channels_total": 64
      },
      {
       "name": "pool3",
       "kind": "pool",
       "shape": [
        64,
        16,
        16
       ],
       "rf": 36,
       "mean": "maps/d4_f16/img1/05_pool3_mean.png",
       "mean_range": [
        0.10043,
        0.59375
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/05_pool3_c0.png",
         "min": 0.0,
         "max": 2.22847
        },
        {
         "src": "maps/d4_f16/img1/05_pool3_c1.png",
         "min": 0.0,
         "max": 1.91287
        },
        {
         "src": "maps/d4_f16/img1/05_pool3_c2.png",
         "min": 0.0,
         "max": 1.46467
        },
        {
         "src": "maps/d4_f16/img1/05_pool3_c3.png",
         "min": 0.0,
         "max": 2.02046
        }
       ],
       "channels_total": 64
      },
      {
       "name": "down4",
       "kind": "down",
       "shape": [
        128,
        16,
        16
       ],
       "rf": 68,
       "mean": "maps/d4_f16/img1/06_down4_mean.png",
       "mean_range": [
        0.01181,
        0.18458
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/06_down4_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f16/img1/06_down4_c1.png",
         "min": 0.0,
         "max": 1.16819
        },
        {
         "src": "maps/d4_f16/img1/06_down4_c2.png",
         "min": 0.0,
         "max": 0.65557
        },
        {
         "src": "maps/d4_f16/img1/06_down4_c3.png",
         "min": 0.0,
         "max": 1.84156
        }
       ],
       "channels_total": 128
      },
      {
       "name": "pool4",
       "kind": "pool",
       "shape": [
        128,
        8,
        8
       ],
       "rf": 76,
       "mean": "maps/d4_f16/img1/07_pool4_mean.png",
       "mean_range": [
        0.07497,
        0.29344
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/07_pool4_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f16/img1/07_pool4_c1.png",
         "min": 0.0,
         "max": 1.16819
        },
        {
         "src": "maps/d4_f16/img1/07_pool4_c2.png",
         "min": 0.0,
         "max": 0.65557
        },
        {
         "src": "maps/d4_f16/img1/07_pool4_c3.png",
         "min": 0.0,
         "max": 1.84156
        }
       ],
       "channels_total": 128
      },
      {
       "name": "bottleneck",
       "kind": "bottleneck",
       "shape": [
        256,
        8,
        8
       ],
       "rf": 140,
       "mean": "maps/d4_f16/img1/08_bottleneck_mean.png",
       "mean_range": [
        0.0227,
        0.20688
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/08_bottleneck_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f16/img1/08_bottleneck_c1.png",
         "min": 0.0,
         "max": 2.11857
        },
        {
         "src": "maps/d4_f16/img1/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.36407
        },
        {
         "src": "maps/d4_f16/img1/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 0.90491
        }
       ],
       "channels_total": 256
      },
      {
       "name": "up4.upconv",
       "kind": "up-convolution",
       "shape": [
        128,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f16/img1/09_up4_upconv_mean.png",
       "mean_range": [
        0.08305,
        0.83412
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/09_up4_upconv_c0.png",
         "min": -1.37436,
         "max": 0.83038
        },
        {
         "src": "maps/d4_f16/img1/09_up4_upconv_c1.png",
         "min": -1.3158,
         "max": 0.6677
        },
        {
         "src": "maps/d4_f16/img1/09_up4_upconv_c2.png",
         "min": -0.71366,
         "max": 1.3016
        },
        {
         "src": "maps/d4_f16/img1/09_up4_upconv_c3.png",
         "min": -1.47329,
         "max": 0.71135
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up4.concat",
       "kind": "concatenation",
       "shape": [
        256,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f16/img1/10_up4_concat_mean.png",
       "mean_range": [
        0.06039,
        0.43849
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/10_up4_concat_c0.png",
         "min": -1.37436,
         "max": 0.83038
        },
        {
         "src": "maps/d4_f16/img1/10_up4_concat_c1.png",
         "min": -1.3158,
         "max": 0.6677
        },
        {
         "src": "maps/d4_f16/img1/10_up4_concat_c2.png",
         "min": -0.71366,
         "max": 1.3016
        },
        {
         "src": "maps/d4_f16/img1/10_up4_concat_c3.png",
         "min": -1.47329,
         "max": 0.71135
        }
       ],
       "channels_total": 256
      },
      {
       "name": "up4",
       "kind": "up",
       "shape": [
        128,
        16,
        16
       ],
       "rf": 172,
       "mean": "maps/d4_f16/img1/11_up4_mean.png",
       "mean_range": [
        0.01883,
        0.5423
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/11_up4_c0.png",
         "min": 0.0,
         "max": 0.27894
        },
        {
         "src": "maps/d4_f16/img1/11_up4_c1.png",
         "min": 0.0,
         "max": 3.4946
        },
        {
         "src": "maps/d4_f16/img1/11_up4_c2.png",
         "min": 0.0,
         "max": 0.3635
        },
        {
         "src": "maps/d4_f16/img1/11_up4_c3.png",
         "min": 0.0,
         "max": 5.35539
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up3.upconv",
       "kind": "up-convolution",
       "shape": [
        64,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f16/img1/12_up3_upconv_mean.png",
       "mean_range": [
        0.0394,
        1.78641
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/12_up3_upconv_c0.png",
         "min": -4.5253,
         "max": 3.61232
        },
        {
         "src": "maps/d4_f16/img1/12_up3_upconv_c1.png",
         "min": -3.7926,
         "max": 2.85916
        },
        {
         "src": "maps/d4_f16/img1/12_up3_upconv_c2.png",
         "min": -2.40733,
         "max": 4.52695
        },
        {
         "src": "maps/d4_f16/img1/12_up3_upconv_c3.png",
         "min": -2.63238,
         "max": 3.83938
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up3.concat",
       "kind": "concatenation",
       "shape": [
        128,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f16/img1/13_up3_concat_mean.png",
       "mean_range": [
        0.06865,
        0.91775
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/13_up3_concat_c0.png",
         "min": -4.5253,
         "max": 3.61232
        },
        {
         "src": "maps/d4_f16/img1/13_up3_concat_c1.png",
         "min": -3.7926,
         "max": 2.85916
        },
        {
         "src": "maps/d4_f16/img1/13_up3_concat_c2.png",
         "min": -2.40733,
         "max": 4.52695
        },
        {
         "src": "maps/d4_f16/img1/13_up3_concat_c3.png",
         "min": -2.63238,
         "max": 3.83938
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up3",
       "kind": "up",
       "shape": [
        64,
        32,
        32
       ],
       "rf": 188,
       "mean": "maps/d4_f16/img1/14_up3_mean.png",
       "mean_range": [
        0.05574,
        1.43043
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/14_up3_c0.png",
         "min": 0.0,
         "max": 1.92814
        },
        {
         "src": "maps/d4_f16/img1/14_up3_c1.png",
         "min": 0.0,
         "max": 2.38698
        },
        {
         "src": "maps/d4_f16/img1/14_up3_c2.png",
         "min": 0.0,
         "max": 0.96755
        },
        {
         "src": "maps/d4_f16/img1/14_up3_c3.png",
         "min": 0.0,
         "max": 1.1635
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up2.upconv",
       "kind": "up-convolution",
       "shape": [
        32,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f16/img1/15_up2_upconv_mean.png",
       "mean_range": [
        0.11619,
        4.81993
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/15_up2_upconv_c0.png",
         "min": -9.04195,
         "max": 6.53951
        },
        {
         "src": "maps/d4_f16/img1/15_up2_upconv_c1.png",
         "min": -6.46346,
         "max": 8.38283
        },
        {
         "src": "maps/d4_f16/img1/15_up2_upconv_c2.png",
         "min": -5.56378,
         "max": 5.70901
        },
        {
         "src": "maps/d4_f16/img1/15_up2_upconv_c3.png",
         "min": -5.57402,
         "max": 8.2302
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up2.concat",
       "kind": "concatenation",
       "shape": [
        64,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f16/img1/16_up2_concat_mean.png",
       "mean_range": [
        0.20711,
        2.47965
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/16_up2_concat_c0.png",
         "min": -9.04195,
         "max": 6.53951
        },
        {
         "src": "maps/d4_f16/img1/16_up2_concat_c1.png",
         "min": -6.46346,
         "max": 8.38283
        },
        {
         "src": "maps/d4_f16/img1/16_up2_concat_c2.png",
         "min": -5.56378,
         "max": 5.70901
        },
        {
         "src": "maps/d4_f16/img1/16_up2_concat_c3.png",
         "min": -5.57402,
         "max": 8.2302
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up2",
       "kind": "up",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 196,
       "mean": "maps/d4_f16/img1/17_up2_mean.png",
       "mean_range": [
        0.17323,
        4.95419
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/17_up2_c0.png",
         "min": 0.0,
         "max": 2.95636
        },
        {
         "src": "maps/d4_f16/img1/17_up2_c1.png",
         "min": 0.0,
         "max": 14.52374
        },
        {
         "src": "maps/d4_f16/img1/17_up2_c2.png",
         "min": 0.0,
         "max": 2.36195
        },
        {
         "src": "maps/d4_f16/img1/17_up2_c3.png",
         "min": 0.0,
         "max": 11.39299
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1.upconv",
       "kind": "up-convolution",
       "shape": [
        16,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f16/img1/18_up1_upconv_mean.png",
       "mean_range": [
        0.31929,
        11.61309
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/18_up1_upconv_c0.png",
         "min": -29.91679,
         "max": 14.89396
        },
        {
         "src": "maps/d4_f16/img1/18_up1_upconv_c1.png",
         "min": -10.73217,
         "max": 20.7629
        },
        {
         "src": "maps/d4_f16/img1/18_up1_upconv_c2.png",
         "min": -18.94502,
         "max": 10.93997
        },
        {
         "src": "maps/d4_f16/img1/18_up1_upconv_c3.png",
         "min": -16.16294,
         "max": 8.1691
        }
       ],
       "channels_total": 16
      },
      {
       "name": "up1.concat",
       "kind": "concatenation",
       "shape": [
        32,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f16/img1/19_up1_concat_mean.png",
       "mean_range": [
        0.25006,
        6.0096
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/19_up1_concat_c0.png",
         "min": -29.91679,
         "max": 14.89396
        },
        {
         "src": "maps/d4_f16/img1/19_up1_concat_c1.png",
         "min": -10.73217,
         "max": 20.7629
        },
        {
         "src": "maps/d4_f16/img1/19_up1_concat_c2.png",
         "min": -18.94502,
         "max": 10.93997
        },
        {
         "src": "maps/d4_f16/img1/19_up1_concat_c3.png",
         "min": -16.16294,
         "max": 8.1691
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1",
       "kind": "up",
       "shape": [
        16,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f16/img1/20_up1_mean.png",
       "mean_range": [
        0.21563,
        8.59116
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/20_up1_c0.png",
         "min": 0.0,
         "max": 12.85369
        },
        {
         "src": "maps/d4_f16/img1/20_up1_c1.png",
         "min": 0.0,
         "max": 30.62493
        },
        {
         "src": "maps/d4_f16/img1/20_up1_c2.png",
         "min": 0.0,
         "max": 29.21381
        },
        {
         "src": "maps/d4_f16/img1/20_up1_c3.png",
         "min": 0.0,
         "max": 18.87903
        }
       ],
       "channels_total": 16
      },
      {
       "name": "output",
       "kind": "output",
       "shape": [
        1,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f16/img1/21_output_mean.png",
       "mean_range": [
        0.0,
        1.0
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/21_output_c0.png",
         "min": 0.0,
         "max": 1.0
        }
       ],
       "channels_total": 1
      }
     ],
     "skips": [
      {
       "level": 1,
       "src": "maps/d4_f16/img1/without_skip1.png",
       "changed": 0.0429,
       "dice": 0.9266
      },
      {
       "level": 2,
       "src": "maps/d4_f16/img1/without_skip2.png",
       "changed": 0.0263,
       "dice": 0.9384
      },
      {
       "level": 3,
       "src": "maps/d4_f16/img1/without_skip3.png",
       "changed": 0.0189,
       "dice": 0.9189
      },
      {
       "level": 4,
       "src": "maps/d4_f16/img1/without_skip4.png",
       "changed": 0.0153,
       "dice": 0.9347
      }
     ]
    }
   }
  },
  {
   "id": "d4_f32",
   "label": "depth 4, 32 filters",
   "depth": 4,
   "base_filters": 32,
   "parameters": 7759521,
   "receptive_field": 200,
   "row": {
    "depth": "4",
    "base_filters": "32",
    "parameters": "7759521",
    "receptive_field": "200",
    "memory_mib_batch8": "369.9",
    "repeats": "3",
    "failed": "0",
    "train_seconds": "579.0",
    "epochs": "10.0",
    "best_val_dice": "0.9559",
    "test_dice": "0.9557",
    "test_dice_sd": "0.0016",
    "test_dice_ci_low": "0.9518",
    "test_dice_ci_high": "0.9596",
    "test_iou": "0.9166",
    "test_iou_sd": "0.0029",
    "test_iou_ci_low": "0.9094",
    "test_iou_ci_high": "0.9238",
    "test_boundary_dice": "0.8908",
    "test_boundary_dice_sd": "0.0048",
    "test_boundary_dice_ci_low": "0.879",
    "test_boundary_dice_ci_high": "0.9026"
   },
   "filters": {
    "name": "down1.conv1",
    "shape": [
     32,
     1,
     3,
     3
    ],
    "range": [
     -1.460602045059204,
     1.460602045059204
    ],
    "srcs": [
     "maps/d4_f32/filters/f0.png",
     "maps/d4_f32/filters/f1.png",
     "maps/d4_f32/filters/f2.png",
     "maps/d4_f32/filters/f3.png",
     "maps/d4_f32/filters/f4.png",
     "maps/d4_f32/filters/f5.png",
     "maps/d4_f32/filters/f6.png",
     "maps/d4_f32/filters/f7.png",
     "maps/d4_f32/filters/f8.png",
     "maps/d4_f32/filters/f9.png",
     "maps/d4_f32/filters/f10.png",
     "maps/d4_f32/filters/f11.png",
     "maps/d4_f32/filters/f12.png",
     "maps/d4_f32/filters/f13.png",
     "maps/d4_f32/filters/f14.png",
     "maps/d4_f32/filters/f15.png",
     "maps/d4_f32/filters/f16.png",
     "maps/d4_f32/filters/f17.png",
     "maps/d4_f32/filters/f18.png",
     "maps/d4_f32/filters/f19.png",
     "maps/d4_f32/filters/f20.png",
     "maps/d4_f32/filters/f21.png",
     "maps/d4_f32/filters/f22.png",
     "maps/d4_f32/filters/f23.png",
     "maps/d4_f32/filters/f24.png",
     "maps/d4_f32/filters/f25.png",
     "maps/d4_f32/filters/f26.png",
     "maps/d4_f32/filters/f27.png",
     "maps/d4_f32/filters/f28.png",
     "maps/d4_f32/filters/f29.png",
     "maps/d4_f32/filters/f30.png",
     "maps/d4_f32/filters/f31.png"
    ]
   },
   "views": {
    "img0": {
     "output": "maps/d4_f32/img0/21_output_c0.png",
     "dice": 0.896,
     "stages": [
      {
       "name": "down1",
       "kind": "down",
       "shape": [
        32,
        128,
        128
       ],
       "rf": 5,
       "mean": "maps/d4_f32/img0/00_down1_mean.png",
       "mean_range": [
        0.02009,
        1.95644
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/00_down1_c0.png",
         "min": 0.0,
         "max": 3.54708
        },
        {
         "src": "maps/d4_f32/img0/00_down1_c1.png",
         "min": 0.0,
         "max": 3.03197
        },
        {
         "src": "maps/d4_f32/img0/00_down1_c2.png",
         "min": 0.0,
         "max": 3.64694
        },
        {
         "src": "maps/d4_f32/img0/00_down1_c3.png",
         "min": 0.0,
         "max": 8.66437
        }
       ],
       "channels_total": 32
      },
      {
       "name": "pool1",
       "kind": "pool",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 6,
       "mean": "maps/d4_f32/img0/01_pool1_mean.png",
       "mean_range": [
        0.05905,
        2.88281
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/01_pool1_c0.png",
         "min": 0.0,
         "max": 3.54708
        },
        {
         "src": "maps/d4_f32/img0/01_pool1_c1.png",
         "min": 0.0,
         "max": 3.03197
        },
        {
         "src": "maps/d4_f32/img0/01_pool1_c2.png",
         "min": 0.0,
         "max": 3.64694
        },
        {
         "src": "maps/d4_f32/img0/01_pool1_c3.png",
         "min": 0.0,
         "max": 8.66437
        }
       ],
       "channels_total": 32
      },
      {
       "name": "down2",
       "kind": "down",
       "shape": [
        64,
        64,
        64
       ],
       "rf": 14,
       "mean": "maps/d4_f32/img0/02_down2_mean.png",
       "mean_range": [
        0.01769,
        1.32345
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/02_down2_c0.png",
         "min": 0.0,
         "max": 1.66637
        },
        {
         "src": "maps/d4_f32/img0/02_down2_c1.png",
         "min": 0.0,
         "max": 0.77461
        },
        {
         "src": "maps/d4_f32/img0/02_down2_c2.png",
         "min": 0.0,
         "max": 6.59636
        },
        {
         "src": "maps/d4_f32/img0/02_down2_c3.png",
         "min": 0.0,
         "max": 6.54304
        }
       ],
       "channels_total": 64
      },
      {
       "name": "pool2",
       "kind": "pool",
       "shape": [
        64,
        32,
        32
       ],
       "rf": 16,
       "mean": "maps/d4_f32/img0/03_pool2_mean.png",
       "mean_range": [
        0.04338,
        1.84538
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/03_pool2_c0.png",
         "min": 0.0,
         "max": 1.66637
        },
        {
         "src": "maps/d4_f32/img0/03_pool2_c1.png",
         "min": 0.0,
         "max": 0.77461
        },
        {
         "src": "maps/d4_f32/img0/03_pool2_c2.png",
         "min": 0.0,
         "max": 6.59636
        },
        {
         "src": "maps/d4_f32/img0/03_pool2_c3.png",
         "min": 0.0,
         "max": 6.54304
        }
       ],
       "channels_total": 64
      },
      {
       "name": "down3",
       "kind": "down",
       "shape": [
        128,
        32,
        32
       ],
       "rf": 32,
       "mean": "maps/d4_f32/img0/04_down3_mean.png",
       "mean_range": [
        0.00851,
        0.33071
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/04_down3_c0.png",
         "min": 0.0,
         "max": 2.53023
        },
        {
         "src": "maps/d4_f32/img0/04_down3_c1.png",
         "min": 0.0,
         "max": 1.84507
        },
        {
         "src": "maps/d4_f32/img0/04_down3_c2.png",
         "min": 0.0,
         "max": 0.12633
        },
        {
         "src": "maps/d4_f32/img0/04_down3_c3.png",
         "min": 0.0,
         "max": 0.0
        }
       ],
       "channels_total": 128
      },
      {
       "name": "pool3",
       "kind": "pool",
       "shape": [
        128,
        16,
        16
       ],
       "rf": 36,
       "mean": "maps/d4_f32/img0/05_pool3_mean.png",
       "mean_range": [
        0.03267,
        0.48059
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/05_pool3_c0.png",
         "min": 0.0,
         "max": 2.53023
        },
        {
         "src": "maps/d4_f32/img0/05_pool3_c1.png",
         "min": 0.0,
         "max": 1.84507
        },
        {
         "src": "maps/d4_f32/img0/05_pool3_c2.png",
         "min": 0.0,
         "max": 0.12633
        },
        {
         "src": "maps/d4_f32/img0/05_pool3_c3.png",
         "min": 0.0,
         "max": 0.0
        }
       ],
       "channels_total": 128
      },
      {
       "name": "down4",
       "kind": "down",
       "shape": [
        256,
        16,
        16
       ],
       "rf": 68,
       "mean": "maps/d4_f32/img0/06_down4_mean.png",
       "mean_range": [
        0.00791,
        0.12462
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/06_down4_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img0/06_down4_c1.png",
         "min": 0.0,
         "max": 0.03777
        },
        {
         "src": "maps/d4_f32/img0/06_down4_c2.png",
         "min": 0.0,
         "max": 0.48548
        },
        {
         "src": "maps/d4_f32/img0/06_down4_c3.png",
         "min": 0.0,
         "max": 0.81397
        }
       ],
       "channels_total": 256
      },
      {
       "name": "pool4",
       "kind": "pool",
       "shape": [
        256,
        8,
        8
       ],
       "rf": 76,
       "mean": "maps/d4_f32/img0/07_pool4_mean.png",
       "mean_range": [
        0.01676,
        0.21725
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/07_pool4_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img0/07_pool4_c1.png",
         "min": 0.0,
         "max": 0.03777
        },
        {
         "src": "maps/d4_f32/img0/07_pool4_c2.png",
         "min": 0.0,
         "max": 0.48548
        },
        {
         "src": "maps/d4_f32/img0/07_pool4_c3.png",
         "min": 0.0,
         "max": 0.81397
        }
       ],
       "channels_total": 256
      },
      {
       "name": "bottleneck",
       "kind": "bottleneck",
       "shape": [
        512,
        8,
        8
       ],
       "rf": 140,
       "mean": "maps/d4_f32/img0/08_bottleneck_mean.png",
       "mean_range": [
        0.00668,
        0.09982
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/08_bottleneck_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img0/08_bottleneck_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img0/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img0/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 0.9633
        }
       ],
       "channels_total": 512
      },
      {
       "name": "up4.upconv",
       "kind": "up-convolution",
       "shape": [
        256,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f32/img0/09_up4_upconv_mean.png",
       "mean_range": [
        0.04768,
        0.59836
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/09_up4_upconv_c0.png",
         "min": -1.08505,
         "max": 1.15867
        },
        {
         "src": "maps/d4_f32/img0/09_up4_upconv_c1.png",
         "min": -1.84702,
         "max": 0.95161
        },
        {
         "src": "maps/d4_f32/img0/09_up4_upconv_c2.png",
         "min": -1.18983,
         "max": 1.80159
        },
        {
         "src": "maps/d4_f32/img0/09_up4_upconv_c3.png",
         "min": -1.90884,
         "max": 0.9643
        }
       ],
       "channels_total": 256
      },
      {
       "name": "up4.concat",
       "kind": "concatenation",
       "shape": [
        512,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f32/img0/10_up4_concat_mean.png",
       "mean_range": [
        0.03252,
        0.32034
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/10_up4_concat_c0.png",
         "min": -1.08505,
         "max": 1.15867
        },
        {
         "src": "maps/d4_f32/img0/10_up4_concat_c1.png",
         "min": -1.84702,
         "max": 0.95161
        },
        {
         "src": "maps/d4_f32/img0/10_up4_concat_c2.png",
         "min": -1.18983,
         "max": 1.80159
        },
        {
         "src": "maps/d4_f32/img0/10_up4_concat_c3.png",
         "min": -1.90884,
         "max": 0.9643
        }
       ],
       "channels_total": 512
      },
      {
       "name": "up4",
       "kind": "up",
       "shape": [
        256,
        16,
        16
       ],
       "rf": 172,
       "mean": "maps/d4_f32/img0/11_up4_mean.png",
       "mean_range": [
        0.00662,
        0.29314
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/11_up4_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img0/11_up4_c1.png",
         "min": 0.0,
         "max": 0.05722
        },
        {
         "src": "maps/d4_f32/img0/11_up4_c2.png",
         "min": 0.0,
         "max": 3.06196
        },
        {
         "src": "maps/d4_f32/img0/11_up4_c3.png",
         "min": 0.0,
         "max": 1.78613
        }
       ],
       "channels_total": 256
      },
      {
       "name": "up3.upconv",
       "kind": "up-convolution",
       "shape": [
        128,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f32/img0/12_up3_upconv_mean.png",
       "mean_range": [
        0.02639,
        1.35548
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/12_up3_upconv_c0.png",
         "min": -3.52049,
         "max": 1.56217
        },
        {
         "src": "maps/d4_f32/img0/12_up3_upconv_c1.png",
         "min": -2.30641,
         "max": 2.25398
        },
        {
         "src": "maps/d4_f32/img0/12_up3_upconv_c2.png",
         "min": -2.5795,
         "max": 1.28389
        },
        {
         "src": "maps/d4_f32/img0/12_up3_upconv_c3.png",
         "min": -2.87395,
         "max": 2.03078
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up3.concat",
       "kind": "concatenation",
       "shape": [
        256,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f32/img0/13_up3_concat_mean.png",
       "mean_range": [
        0.03623,
        0.69922
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/13_up3_concat_c0.png",
         "min": -3.52049,
         "max": 1.56217
        },
        {
         "src": "maps/d4_f32/img0/13_up3_concat_c1.png",
         "min": -2.30641,
         "max": 2.25398
        },
        {
         "src": "maps/d4_f32/img0/13_up3_concat_c2.png",
         "min": -2.5795,
         "max": 1.28389
        },
        {
         "src": "maps/d4_f32/img0/13_up3_concat_c3.png",
         "min": -2.87395,
         "max": 2.03078
        }
       ],
       "channels_total": 256
      },
      {
       "name": "up3",
       "kind": "up",
       "shape": [
        128,
        32,
        32
       ],
       "rf": 188,
       "mean": "maps/d4_f32/img0/14_up3_mean.png",
       "mean_range": [
        0.01169,
        0.53006
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/14_up3_c0.png",
         "min": 0.0,
         "max": 0.8597
        },
        {
         "src": "maps/d4_f32/img0/14_up3_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img0/14_up3_c2.png",
         "min": 0.0,
         "max": 1.09281
        },
        {
         "src": "maps/d4_f32/img0/14_up3_c3.png",
         "min": 0.0,
         "max": 4.67887
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up2.upconv",
       "kind": "up-convolution",
       "shape": [
        64,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f32/img0/15_up2_upconv_mean.png",
       "mean_range": [
        0.04585,
        1.87199
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/15_up2_upconv_c0.png",
         "min": -4.90099,
         "max": 1.58062
        },
        {
         "src": "maps/d4_f32/img0/15_up2_upconv_c1.png",
         "min": -2.78364,
         "max": 3.66083
        },
        {
         "src": "maps/d4_f32/img0/15_up2_upconv_c2.png",
         "min": -4.38294,
         "max": 3.4375
        },
        {
         "src": "maps/d4_f32/img0/15_up2_upconv_c3.png",
         "min": -3.16536,
         "max": 3.45538
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up2.concat",
       "kind": "concatenation",
       "shape": [
        128,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f32/img0/16_up2_concat_mean.png",
       "mean_range": [
        0.04081,
        1.33111
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/16_up2_concat_c0.png",
         "min": -4.90099,
         "max": 1.58062
        },
        {
         "src": "maps/d4_f32/img0/16_up2_concat_c1.png",
         "min": -2.78364,
         "max": 3.66083
        },
        {
         "src": "maps/d4_f32/img0/16_up2_concat_c2.png",
         "min": -4.38294,
         "max": 3.4375
        },
        {
         "src": "maps/d4_f32/img0/16_up2_concat_c3.png",
         "min": -3.16536,
         "max": 3.45538
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up2",
       "kind": "up",
       "shape": [
        64,
        64,
        64
       ],
       "rf": 196,
       "mean": "maps/d4_f32/img0/17_up2_mean.png",
       "mean_range": [
        0.08273,
        2.75252
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/17_up2_c0.png",
         "min": 0.0,
         "max": 8.78669
        },
        {
         "src": "maps/d4_f32/img0/17_up2_c1.png",
         "min": 0.0,
         "max": 3.82232
        },
        {
         "src": "maps/d4_f32/img0/17_up2_c2.png",
         "min": 0.0,
         "max": 8.65143
        },
        {
         "src": "maps/d4_f32/img0/17_up2_c3.png",
         "min": 0.0,
         "max": 18.25618
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up1.upconv",
       "kind": "up-convolution",
       "shape": [
        32,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f32/img0/18_up1_upconv_mean.png",
       "mean_range": [
        0.16129,
        7.3556
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/18_up1_upconv_c0.png",
         "min": -12.96012,
         "max": 16.08803
        },
        {
         "src": "maps/d4_f32/img0/18_up1_upconv_c1.png",
         "min": -6.50285,
         "max": 16.33343
        },
        {
         "src": "maps/d4_f32/img0/18_up1_upconv_c2.png",
         "min": -8.23637,
         "max": 29.75968
        },
        {
         "src": "maps/d4_f32/img0/18_up1_upconv_c3.png",
         "min": -13.95037,
         "max": 15.12494
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1.concat",
       "kind": "concatenation",
       "shape": [
        64,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f32/img0/19_up1_concat_mean.png",
       "mean_range": [
        0.14758,
        4.36987
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/19_up1_concat_c0.png",
         "min": -12.96012,
         "max": 16.08803
        },
        {
         "src": "maps/d4_f32/img0/19_up1_concat_c1.png",
         "min": -6.50285,
         "max": 16.33343
        },
        {
         "src": "maps/d4_f32/img0/19_up1_concat_c2.png",
         "min": -8.23637,
         "max": 29.75968
        },
        {
         "src": "maps/d4_f32/img0/19_up1_concat_c3.png",
         "min": -13.95037,
         "max": 15.12494
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up1",
       "kind": "up",
       "shape": [
        32,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f32/img0/20_up1_mean.png",
       "mean_range": [
        0.24472,
        5.65767
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/20_up1_c0.png",
         "min": 0.0,
         "max": 25.53269
        },
        {
         "src": "maps/d4_f32/img0/20_up1_c1.png",
         "min": 0.0,
         "max": 2.23299
        },
        {
         "src": "maps/d4_f32/img0/20_up1_c2.png",
         "min": 0.0,
         "max": 22.29725
        },
        {
         "src": "maps/d4_f32/img0/20_up1_c3.png",
         "min": 0.0,
         "max": 27.37942
        }
       ],
       "channels_total": 32
      },
      {
       "name": "output",
       "kind": "output",
       "shape": [
        1,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f32/img0/21_output_mean.png",
       "mean_range": [
        0.0,
        1.0
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/21_output_c0.png",
         "min": 0.0,
         "max": 1.0
        }
       ],
       "channels_total": 1
      }
     ],
     "skips": [
      {
       "level": 1,
       "src": "maps/d4_f32/img0/without_skip1.png",
       "changed": 0.0162,
       "dice": 0.9136
      },
      {
       "level": 2,
       "src": "maps/d4_f32/img0/without_skip2.png",
       "changed": 0.0305,
       "dice": 0.9033
      },
      {
       "level": 3,
       "src": "maps/d4_f32/img0/without_skip3.png",
       "changed": 0.0185,
       "dice": 0.8577
      },
      {
       "level": 4,
       "src": "maps/d4_f32/img0/without_skip4.png",
       "changed": 0.0034,
       "dice": 0.8916
      }
     ]
    },
    "img1": {
     "output": "maps/d4_f32/img1/21_output_c0.png",
     "dice": 0.944,
     "stages": [
      {
       "name": "down1",
       "kind": "down",
       "shape": [
        32,
        128,
        128
       ],
       "rf": 5,
       "mean": "maps/d4_f32/img1/00_down1_mean.png",
       "mean_range": [
        0.01634,
        1.74645
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/00_down1_c0.png",
         "min": 0.0,
         "max": 3.29728
        },
        {
         "src": "maps/d4_f32/img1/00_down1_c1.png",
         "min": 0.0,
         "max": 3.39841
        },
        {
         "src": "maps/d4_f32/img1/00_down1_c2.png",
         "min": 0.0,
         "max": 1.96979
        },
        {
         "src": "maps/d4_f32/img1/00_down1_c3.png",
         "min": 0.0,
         "max": 6.69688
        }
       ],
       "channels_total": 32
      },
      {
       "name": "pool1",
       "kind": "pool",
       "shape": [
        32,
        64,
        64
       ],
       "rf": 6,
       "mean": "maps/d4_f32/img1/01_pool1_mean.png",
       "mean_range": [
        0.03594,
        2.29248
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/01_pool1_c0.png",
         "min": 0.0,
         "max": 3.29728
        },
        {
         "src": "maps/d4_f32/img1/01_pool1_c1.png",
         "min": 0.0,
         "max": 3.39841
        },
        {
         "src": "maps/d4_f32/img1/01_pool1_c2.png",
         "min": 0.0,
         "max": 1.96979
        },
        {
         "src": "maps/d4_f32/img1/01_pool1_c3.png",
         "min": 0.0,
         "max": 6.69688
        }
       ],
       "channels_total": 32
      },
      {
       "name": "down2",
       "kind": "down",
       "shape": [
        64,
        64,
        64
       ],
       "rf": 14,
       "mean": "maps/d4_f32/img1/02_down2_mean.png",
       "mean_range": [
        0.02434,
        0.88904
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/02_down2_c0.png",
         "min": 0.0,
         "max": 2.60373
        },
        {
         "src": "maps/d4_f32/img1/02_down2_c1.png",
         "min": 0.0,
         "max": 0.47368
        },
        {
         "src": "maps/d4_f32/img1/02_down2_c2.png",
         "min": 0.0,
         "max": 5.2917
        },
        {
         "src": "maps/d4_f32/img1/02_down2_c3.png",
         "min": 0.0,
         "max": 3.95041
        }
       ],
       "channels_total": 64
      },
      {
       "name": "pool2",
       "kind": "pool",
       "shape": [
        64,
        32,
        32
       ],
       "rf": 16,
       "mean": "maps/d4_f32/img1/03_pool2_mean.png",
       "mean_range": [
        0.05645,
        1.1976
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/03_pool2_c0.png",
         "min": 0.0,
         "max": 2.60373
        },
        {
         "src": "maps/d4_f32/img1/03_pool2_c1.png",
         "min": 0.0,
         "max": 0.47368
        },
        {
         "src": "maps/d4_f32/img1/03_pool2_c2.png",
         "min": 0.0,
         "max": 5.2917
        },
        {
         "src": "maps/d4_f32/img1/03_pool2_c3.png",
         "min": 0.0,
         "max": 3.95041
        }
       ],
       "channels_total": 64
      },
      {
       "name": "down3",
       "kind": "down",
       "shape": [
        128,
        32,
        32
       ],
       "rf": 32,
       "mean": "maps/d4_f32/img1/04_down3_mean.png",
       "mean_range": [
        0.02202,
        0.33331
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/04_down3_c0.png",
         "min": 0.0,
         "max": 2.97456
        },
        {
         "src": "maps/d4_f32/img1/04_down3_c1.png",
         "min": 0.0,
         "max": 1.37445
        },
        {
         "src": "maps/d4_f32/img1/04_down3_c2.png",
         "min": 0.0,
         "max": 0.17423
        },
        {
         "src": "maps/d4_f32/img1/04_down3_c3.png",
         "min": 0.0,
         "max": 0.0
        }
       ],
       "channels_total": 128
      },
      {
       "name": "pool3",
       "kind": "pool",
       "shape": [
        128,
        16,
        16
       ],
       "rf": 36,
       "mean": "maps/d4_f32/img1/05_pool3_mean.png",
       "mean_range": [
        0.05212,
        0.52191
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/05_pool3_c0.png",
         "min": 0.0,
         "max": 2.97456
        },
        {
         "src": "maps/d4_f32/img1/05_pool3_c1.png",
         "min": 0.0,
         "max": 1.37445
        },
        {
         "src": "maps/d4_f32/img1/05_pool3_c2.png",
         "min": 0.0,
         "max": 0.17423
        },
        {
         "src": "maps/d4_f32/img1/05_pool3_c3.png",
         "min": 0.0,
         "max": 0.0
        }
       ],
       "channels_total": 128
      },
      {
       "name": "down4",
       "kind": "down",
       "shape": [
        256,
        16,
        16
       ],
       "rf": 68,
       "mean": "maps/d4_f32/img1/06_down4_mean.png",
       "mean_range": [
        0.01193,
        0.12313
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/06_down4_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img1/06_down4_c1.png",
         "min": 0.0,
         "max": 0.00834
        },
        {
         "src": "maps/d4_f32/img1/06_down4_c2.png",
         "min": 0.0,
         "max": 1.35724
        },
        {
         "src": "maps/d4_f32/img1/06_down4_c3.png",
         "min": 0.0,
         "max": 0.62802
        }
       ],
       "channels_total": 256
      },
      {
       "name": "pool4",
       "kind": "pool",
       "shape": [
        256,
        8,
        8
       ],
       "rf": 76,
       "mean": "maps/d4_f32/img1/07_pool4_mean.png",
       "mean_range": [
        0.02658,
        0.18877
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/07_pool4_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img1/07_pool4_c1.png",
         "min": 0.0,
         "max": 0.00834
        },
        {
         "src": "maps/d4_f32/img1/07_pool4_c2.png",
         "min": 0.0,
         "max": 1.35724
        },
        {
         "src": "maps/d4_f32/img1/07_pool4_c3.png",
         "min": 0.0,
         "max": 0.62802
        }
       ],
       "channels_total": 256
      },
      {
       "name": "bottleneck",
       "kind": "bottleneck",
       "shape": [
        512,
        8,
        8
       ],
       "rf": 140,
       "mean": "maps/d4_f32/img1/08_bottleneck_mean.png",
       "mean_range": [
        0.01964,
        0.13254
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/08_bottleneck_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img1/08_bottleneck_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img1/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img1/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 1.2864
        }
       ],
       "channels_total": 512
      },
      {
       "name": "up4.upconv",
       "kind": "up-convolution",
       "shape": [
        256,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f32/img1/09_up4_upconv_mean.png",
       "mean_range": [
        0.15292,
        0.77136
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/09_up4_upconv_c0.png",
         "min": -1.10144,
         "max": 1.37839
        },
        {
         "src": "maps/d4_f32/img1/09_up4_upconv_c1.png",
         "min": -2.32869,
         "max": 1.16328
        },
        {
         "src": "maps/d4_f32/img1/09_up4_upconv_c2.png",
         "min": -1.51916,
         "max": 1.99909
        },
        {
         "src": "maps/d4_f32/img1/09_up4_upconv_c3.png",
         "min": -1.94703,
         "max": 1.11172
        }
       ],
       "channels_total": 256
      },
      {
       "name": "up4.concat",
       "kind": "concatenation",
       "shape": [
        512,
        16,
        16
       ],
       "rf": null,
       "mean": "maps/d4_f32/img1/10_up4_concat_mean.png",
       "mean_range": [
        0.08541,
        0.41897
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/10_up4_concat_c0.png",
         "min": -1.10144,
         "max": 1.37839
        },
        {
         "src": "maps/d4_f32/img1/10_up4_concat_c1.png",
         "min": -2.32869,
         "max": 1.16328
        },
        {
         "src": "maps/d4_f32/img1/10_up4_concat_c2.png",
         "min": -1.51916,
         "max": 1.99909
        },
        {
         "src": "maps/d4_f32/img1/10_up4_concat_c3.png",
         "min": -1.94703,
         "max": 1.11172
        }
       ],
       "channels_total": 512
      },
      {
       "name": "up4",
       "kind": "up",
       "shape": [
        256,
        16,
        16
       ],
       "rf": 172,
       "mean": "maps/d4_f32/img1/11_up4_mean.png",
       "mean_range": [
        0.01246,
        0.3723
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/11_up4_c0.png",
         "min": 0.0,
         "max": 0.0688
        },
        {
         "src": "maps/d4_f32/img1/11_up4_c1.png",
         "min": 0.0,
         "max": 0.36007
        },
        {
         "src": "maps/d4_f32/img1/11_up4_c2.png",
         "min": 0.0,
         "max": 3.28788
        },
        {
         "src": "maps/d4_f32/img1/11_up4_c3.png",
         "min": 0.0,
         "max": 2.55145
        }
       ],
       "channels_total": 256
      },
      {
       "name": "up3.upconv",
       "kind": "up-convolution",
       "shape": [
        128,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f32/img1/12_up3_upconv_mean.png",
       "mean_range": [
        0.04134,
        1.55704
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/12_up3_upconv_c0.png",
         "min": -4.18785,
         "max": 2.29654
        },
        {
         "src": "maps/d4_f32/img1/12_up3_upconv_c1.png",
         "min": -2.97215,
         "max": 2.72569
        },
        {
         "src": "maps/d4_f32/img1/12_up3_upconv_c2.png",
         "min": -3.26439,
         "max": 1.5798
        },
        {
         "src": "maps/d4_f32/img1/12_up3_upconv_c3.png",
         "min": -3.83082,
         "max": 2.55391
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up3.concat",
       "kind": "concatenation",
       "shape": [
        256,
        32,
        32
       ],
       "rf": null,
       "mean": "maps/d4_f32/img1/13_up3_concat_mean.png",
       "mean_range": [
        0.06116,
        0.85042
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/13_up3_concat_c0.png",
         "min": -4.18785,
         "max": 2.29654
        },
        {
         "src": "maps/d4_f32/img1/13_up3_concat_c1.png",
         "min": -2.97215,
         "max": 2.72569
        },
        {
         "src": "maps/d4_f32/img1/13_up3_concat_c2.png",
         "min": -3.26439,
         "max": 1.5798
        },
        {
         "src": "maps/d4_f32/img1/13_up3_concat_c3.png",
         "min": -3.83082,
         "max": 2.55391
        }
       ],
       "channels_total": 256
      },
      {
       "name": "up3",
       "kind": "up",
       "shape": [
        128,
        32,
        32
       ],
       "rf": 188,
       "mean": "maps/d4_f32/img1/14_up3_mean.png",
       "mean_range": [
        0.01958,
        0.59525
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/14_up3_c0.png",
         "min": 0.0,
         "max": 1.3631
        },
        {
         "src": "maps/d4_f32/img1/14_up3_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img1/14_up3_c2.png",
         "min": 0.0,
         "max": 1.05386
        },
        {
         "src": "maps/d4_f32/img1/14_up3_c3.png",
         "min": 0.0,
         "max": 6.71827
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up2.upconv",
       "kind": "up-convolution",
       "shape": [
        64,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f32/img1/15_up2_upconv_mean.png",
       "mean_range": [
        0.06675,
        2.29365
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/15_up2_upconv_c0.png",
         "min": -6.1508,
         "max": 2.53844
        },
        {
         "src": "maps/d4_f32/img1/15_up2_upconv_c1.png",
         "min": -3.68045,
         "max": 3.97402
        },
        {
         "src": "maps/d4_f32/img1/15_up2_upconv_c2.png",
         "min": -5.89545,
         "max": 3.58822
        },
        {
         "src": "maps/d4_f32/img1/15_up2_upconv_c3.png",
         "min": -2.86723,
         "max": 4.05061
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up2.concat",
       "kind": "concatenation",
       "shape": [
        128,
        64,
        64
       ],
       "rf": null,
       "mean": "maps/d4_f32/img1/16_up2_concat_mean.png",
       "mean_range": [
        0.0697,
        1.32672
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/16_up2_concat_c0.png",
         "min": -6.1508,
         "max": 2.53844
        },
        {
         "src": "maps/d4_f32/img1/16_up2_concat_c1.png",
         "min": -3.68045,
         "max": 3.97402
        },
        {
         "src": "maps/d4_f32/img1/16_up2_concat_c2.png",
         "min": -5.89545,
         "max": 3.58822
        },
        {
         "src": "maps/d4_f32/img1/16_up2_concat_c3.png",
         "min": -2.86723,
         "max": 4.05061
        }
       ],
       "channels_total": 128
      },
      {
       "name": "up2",
       "kind": "up",
       "shape": [
        64,
        64,
        64
       ],
       "rf": 196,
       "mean": "maps/d4_f32/img1/17_up2_mean.png",
       "mean_range": [
        0.13977,
        2.62311
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/17_up2_c0.png",
         "min": 0.0,
         "max": 8.42411
        },
        {
         "src": "maps/d4_f32/img1/17_up2_c1.png",
         "min": 0.0,
         "max": 3.07246
        },
        {
         "src": "maps/d4_f32/img1/17_up2_c2.png",
         "min": 0.0,
         "max": 8.93375
        },
        {
         "src": "maps/d4_f32/img1/17_up2_c3.png",
         "min": 0.0,
         "max": 17.099
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up1.upconv",
       "kind": "up-convolution",
       "shape": [
        32,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f32/img1/18_up1_upconv_mean.png",
       "mean_range": [
        0.29574,
        6.53572
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/18_up1_upconv_c0.png",
         "min": -11.82703,
         "max": 14.5715
        },
        {
         "src": "maps/d4_f32/img1/18_up1_upconv_c1.png",
         "min": -8.9093,
         "max": 15.33486
        },
        {
         "src": "maps/d4_f32/img1/18_up1_upconv_c2.png",
         "min": -9.36043,
         "max": 23.66598
        },
        {
         "src": "maps/d4_f32/img1/18_up1_upconv_c3.png",
         "min": -12.13174,
         "max": 15.45138
        }
       ],
       "channels_total": 32
      },
      {
       "name": "up1.concat",
       "kind": "concatenation",
       "shape": [
        64,
        128,
        128
       ],
       "rf": null,
       "mean": "maps/d4_f32/img1/19_up1_concat_mean.png",
       "mean_range": [
        0.21354,
        3.71705
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/19_up1_concat_c0.png",
         "min": -11.82703,
         "max": 14.5715
        },
        {
         "src": "maps/d4_f32/img1/19_up1_concat_c1.png",
         "min": -8.9093,
         "max": 15.33486
        },
        {
         "src": "maps/d4_f32/img1/19_up1_concat_c2.png",
         "min": -9.36043,
         "max": 23.66598
        },
        {
         "src": "maps/d4_f32/img1/19_up1_concat_c3.png",
         "min": -12.13174,
         "max": 15.45138
        }
       ],
       "channels_total": 64
      },
      {
       "name": "up1",
       "kind": "up",
       "shape": [
        32,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f32/img1/20_up1_mean.png",
       "mean_range": [
        0.37288,
        5.30263
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/20_up1_c0.png",
         "min": 0.0,
         "max": 24.70594
        },
        {
         "src": "maps/d4_f32/img1/20_up1_c1.png",
         "min": 0.0,
         "max": 2.6246
        },
        {
         "src": "maps/d4_f32/img1/20_up1_c2.png",
         "min": 0.0,
         "max": 22.23918
        },
        {
         "src": "maps/d4_f32/img1/20_up1_c3.png",
         "min": 0.0,
         "max": 26.81404
        }
       ],
       "channels_total": 32
      },
      {
       "name": "output",
       "kind": "output",
       "shape": [
        1,
        128,
        128
       ],
       "rf": 200,
       "mean": "maps/d4_f32/img1/21_output_mean.png",
       "mean_range": [
        0.0,
        1.0
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/21_output_c0.png",
         "min": 0.0,
         "max": 1.0
        }
       ],
       "channels_total": 1
      }
     ],
     "skips": [
      {
       "level": 1,
       "src": "maps/d4_f32/img1/without_skip1.png",
       "changed": 0.0208,
       "dice": 0.939
      },
      {
       "level": 2,
       "src": "maps/d4_f32/img1/without_skip2.png",
       "changed": 0.0345,
       "dice": 0.9153
      },
      {
       "level": 3,
       "src": "maps/d4_f32/img1/without_skip3.png",
       "changed": 0.0195,
       "dice": 0.9227
      },
      {
       "level": 4,
       "src": "maps/d4_f32/img1/without_skip4.png",
       "changed": 0.0051,
       "dice": 0.94
      }
     ]
    }
   }
  }
 ]
};
