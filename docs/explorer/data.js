window.EXPLORER = {
 "version": 1,
 "title": "tinyunet explorer",
 "max_channels": 4,
 "images": [
  {
   "id": "img0",
   "name": "CHNCXR_0016_0",
   "size": [
    128,
    128
   ],
   "input": "maps/input/img0.png",
   "mask": "maps/input/img0_mask.png"
  },
  {
   "id": "img1",
   "name": "CHNCXR_0045_0",
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
    "memory_mib_batch8": "68.6",
    "repeats": "1",
    "failed": "0",
    "train_seconds": "2442.6",
    "epochs": "62.0",
    "stopped_early": "1",
    "best_val_dice": "0.9472",
    "test_dice": "0.9446",
    "test_iou": "0.897",
    "test_boundary_dice": "0.803",
    "dice_ref": "0.9451",
    "hd95": "19.289",
    "assd": "3.045",
    "erf_radius_init": "7.0",
    "erf_radius_trained": "8.0",
    "skip_loss1": "0.0153",
    "theoretical_radius": "8.5"
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
     -1.3651880025863647,
     1.3651880025863647
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
     "dice": 0.8861,
     "hd95": 17.53,
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
        0.01782,
        1.42128
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img0/00_down1_c0.png",
         "min": 0.0,
         "max": 3.96037
        },
        {
         "src": "maps/d1_f16/img0/00_down1_c1.png",
         "min": 0.0,
         "max": 2.5269
        },
        {
         "src": "maps/d1_f16/img0/00_down1_c2.png",
         "min": 0.0,
         "max": 4.4332
        },
        {
         "src": "maps/d1_f16/img0/00_down1_c3.png",
         "min": 0.0,
         "max": 2.96951
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
        0.04726,
        2.19078
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img0/01_pool1_c0.png",
         "min": 0.0,
         "max": 3.96037
        },
        {
         "src": "maps/d1_f16/img0/01_pool1_c1.png",
         "min": 0.0,
         "max": 2.5269
        },
        {
         "src": "maps/d1_f16/img0/01_pool1_c2.png",
         "min": 0.0,
         "max": 4.4332
        },
        {
         "src": "maps/d1_f16/img0/01_pool1_c3.png",
         "min": 0.0,
         "max": 2.96951
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
        0.08431,
        1.32633
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img0/02_bottleneck_c0.png",
         "min": 0.0,
         "max": 5.87163
        },
        {
         "src": "maps/d1_f16/img0/02_bottleneck_c1.png",
         "min": 0.0,
         "max": 3.15682
        },
        {
         "src": "maps/d1_f16/img0/02_bottleneck_c2.png",
         "min": 0.0,
         "max": 2.26203
        },
        {
         "src": "maps/d1_f16/img0/02_bottleneck_c3.png",
         "min": 0.0,
         "max": 6.49869
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
        0.15385,
        5.3317
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img0/03_up1_upconv_c0.png",
         "min": -8.4225,
         "max": 5.08243
        },
        {
         "src": "maps/d1_f16/img0/03_up1_upconv_c1.png",
         "min": -3.0865,
         "max": 12.17146
        },
        {
         "src": "maps/d1_f16/img0/03_up1_upconv_c2.png",
         "min": -5.13447,
         "max": 10.59823
        },
        {
         "src": "maps/d1_f16/img0/03_up1_upconv_c3.png",
         "min": -5.12167,
         "max": 8.14489
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
        0.11544,
        2.86792
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img0/04_up1_concat_c0.png",
         "min": -8.4225,
         "max": 5.08243
        },
        {
         "src": "maps/d1_f16/img0/04_up1_concat_c1.png",
         "min": -3.0865,
         "max": 12.17146
        },
        {
         "src": "maps/d1_f16/img0/04_up1_concat_c2.png",
         "min": -5.13447,
         "max": 10.59823
        },
        {
         "src": "maps/d1_f16/img0/04_up1_concat_c3.png",
         "min": -5.12167,
         "max": 8.14489
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
        0.4509,
        7.84815
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img0/05_up1_c0.png",
         "min": 0.0,
         "max": 7.78821
        },
        {
         "src": "maps/d1_f16/img0/05_up1_c1.png",
         "min": 0.0,
         "max": 15.44001
        },
        {
         "src": "maps/d1_f16/img0/05_up1_c2.png",
         "min": 0.0,
         "max": 9.21828
        },
        {
         "src": "maps/d1_f16/img0/05_up1_c3.png",
         "min": 0.0,
         "max": 22.82954
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
        1.0
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
       "changed": 0.0125,
       "dice": 0.8837,
       "hd95": 17.02
      }
     ],
     "erf": {
      "grid": 4,
      "share": 0.95,
      "pixels": [
       [
        16,
        16
       ],
       [
        16,
        48
       ],
       [
        16,
        80
       ],
       [
        16,
        112
       ],
       [
        48,
        16
       ],
       [
        48,
        48
       ],
       [
        48,
        80
       ],
       [
        48,
        112
       ],
       [
        80,
        16
       ],
       [
        80,
        48
       ],
       [
        80,
        80
       ],
       [
        80,
        112
       ],
       [
        112,
        16
       ],
       [
        112,
        48
       ],
       [
        112,
        80
       ],
       [
        112,
        112
       ]
      ],
      "radius": [
       8.0,
       8.0,
       8.0,
       8.0,
       8.0,
       8.0,
       8.0,
       8.0,
       8.0,
       8.0,
       8.0,
       7.0,
       8.0,
       8.0,
       8.0,
       8.0
      ],
      "centre": "maps/d1_f16/img0/erf_centre.png",
      "centre_pixel": [
       64,
       64
      ],
      "centre_radius": 8.0
     }
    },
    "img1": {
     "output": "maps/d1_f16/img1/06_output_c0.png",
     "dice": 0.9359,
     "hd95": 13.31,
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
        0.01746,
        1.4694
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img1/00_down1_c0.png",
         "min": 0.0,
         "max": 5.37157
        },
        {
         "src": "maps/d1_f16/img1/00_down1_c1.png",
         "min": 0.0,
         "max": 2.61466
        },
        {
         "src": "maps/d1_f16/img1/00_down1_c2.png",
         "min": 0.0,
         "max": 5.97724
        },
        {
         "src": "maps/d1_f16/img1/00_down1_c3.png",
         "min": 0.0,
         "max": 2.94451
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
        0.0462,
        2.31161
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img1/01_pool1_c0.png",
         "min": 0.0,
         "max": 5.37157
        },
        {
         "src": "maps/d1_f16/img1/01_pool1_c1.png",
         "min": 0.0,
         "max": 2.61466
        },
        {
         "src": "maps/d1_f16/img1/01_pool1_c2.png",
         "min": 0.0,
         "max": 5.97724
        },
        {
         "src": "maps/d1_f16/img1/01_pool1_c3.png",
         "min": 0.0,
         "max": 2.94451
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
        0.07922,
        1.88677
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img1/02_bottleneck_c0.png",
         "min": 0.0,
         "max": 7.40168
        },
        {
         "src": "maps/d1_f16/img1/02_bottleneck_c1.png",
         "min": 0.0,
         "max": 4.08498
        },
        {
         "src": "maps/d1_f16/img1/02_bottleneck_c2.png",
         "min": 0.0,
         "max": 2.377
        },
        {
         "src": "maps/d1_f16/img1/02_bottleneck_c3.png",
         "min": 0.0,
         "max": 8.48557
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
        0.13355,
        7.62615
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img1/03_up1_upconv_c0.png",
         "min": -12.2825,
         "max": 5.55797
        },
        {
         "src": "maps/d1_f16/img1/03_up1_upconv_c1.png",
         "min": -4.55443,
         "max": 17.41586
        },
        {
         "src": "maps/d1_f16/img1/03_up1_upconv_c2.png",
         "min": -6.57314,
         "max": 15.58449
        },
        {
         "src": "maps/d1_f16/img1/03_up1_upconv_c3.png",
         "min": -5.14076,
         "max": 9.4669
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
        0.09478,
        4.07853
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img1/04_up1_concat_c0.png",
         "min": -12.2825,
         "max": 5.55797
        },
        {
         "src": "maps/d1_f16/img1/04_up1_concat_c1.png",
         "min": -4.55443,
         "max": 17.41586
        },
        {
         "src": "maps/d1_f16/img1/04_up1_concat_c2.png",
         "min": -6.57314,
         "max": 15.58449
        },
        {
         "src": "maps/d1_f16/img1/04_up1_concat_c3.png",
         "min": -5.14076,
         "max": 9.4669
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
        0.42021,
        11.08259
       ],
       "channels": [
        {
         "src": "maps/d1_f16/img1/05_up1_c0.png",
         "min": 0.0,
         "max": 7.33836
        },
        {
         "src": "maps/d1_f16/img1/05_up1_c1.png",
         "min": 0.0,
         "max": 20.8443
        },
        {
         "src": "maps/d1_f16/img1/05_up1_c2.png",
         "min": 0.0,
         "max": 8.63987
        },
        {
         "src": "maps/d1_f16/img1/05_up1_c3.png",
         "min": 0.0,
         "max": 30.9862
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
        1.0
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
       "changed": 0.0161,
       "dice": 0.9078,
       "hd95": 16.97
      }
     ],
     "erf": {
      "grid": 4,
      "share": 0.95,
      "pixels": [
       [
        16,
        16
       ],
       [
        16,
        48
       ],
       [
        16,
        80
       ],
       [
        16,
        112
       ],
       [
        48,
        16
       ],
       [
        48,
        48
       ],
       [
        48,
        80
       ],
       [
        48,
        112
       ],
       [
        80,
        16
       ],
       [
        80,
        48
       ],
       [
        80,
        80
       ],
       [
        80,
        112
       ],
       [
        112,
        16
       ],
       [
        112,
        48
       ],
       [
        112,
        80
       ],
       [
        112,
        112
       ]
      ],
      "radius": [
       8.0,
       8.0,
       7.0,
       8.0,
       8.0,
       8.0,
       8.0,
       8.0,
       8.0,
       8.0,
       8.0,
       7.0,
       8.0,
       8.0,
       7.0,
       8.0
      ],
      "centre": "maps/d1_f16/img1/erf_centre.png",
      "centre_pixel": [
       64,
       64
      ],
      "centre_radius": 8.0
     }
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
    "memory_mib_batch8": "88.3",
    "repeats": "1",
    "failed": "0",
    "train_seconds": "1493.4",
    "epochs": "52.0",
    "stopped_early": "1",
    "best_val_dice": "0.9637",
    "test_dice": "0.9585",
    "test_iou": "0.9218",
    "test_boundary_dice": "0.8249",
    "dice_ref": "0.957",
    "hd95": "9.679",
    "assd": "1.901",
    "erf_radius_init": "16.0",
    "erf_radius_trained": "16.0",
    "skip_loss1": "0.0193",
    "skip_loss2": "0.0246",
    "theoretical_radius": "21.5"
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
     -1.1540344953536987,
     1.1540344953536987
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
     "dice": 0.8904,
     "hd95": 16.8,
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
        0.00304,
        1.17623
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/00_down1_c0.png",
         "min": 0.0,
         "max": 1.34507
        },
        {
         "src": "maps/d2_f16/img0/00_down1_c1.png",
         "min": 0.0,
         "max": 2.76068
        },
        {
         "src": "maps/d2_f16/img0/00_down1_c2.png",
         "min": 0.0,
         "max": 5.24074
        },
        {
         "src": "maps/d2_f16/img0/00_down1_c3.png",
         "min": 0.0,
         "max": 2.83839
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
        0.05343,
        1.56948
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/01_pool1_c0.png",
         "min": 0.0,
         "max": 1.34507
        },
        {
         "src": "maps/d2_f16/img0/01_pool1_c1.png",
         "min": 0.0,
         "max": 2.76068
        },
        {
         "src": "maps/d2_f16/img0/01_pool1_c2.png",
         "min": 0.0,
         "max": 5.24074
        },
        {
         "src": "maps/d2_f16/img0/01_pool1_c3.png",
         "min": 0.0,
         "max": 2.83839
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
        0.01672,
        0.69646
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/02_down2_c0.png",
         "min": 0.0,
         "max": 3.44368
        },
        {
         "src": "maps/d2_f16/img0/02_down2_c1.png",
         "min": 0.0,
         "max": 2.33196
        },
        {
         "src": "maps/d2_f16/img0/02_down2_c2.png",
         "min": 0.0,
         "max": 1.3724
        },
        {
         "src": "maps/d2_f16/img0/02_down2_c3.png",
         "min": 0.0,
         "max": 4.06938
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
        0.0346,
        1.0683
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/03_pool2_c0.png",
         "min": 0.0,
         "max": 3.44368
        },
        {
         "src": "maps/d2_f16/img0/03_pool2_c1.png",
         "min": 0.0,
         "max": 2.33196
        },
        {
         "src": "maps/d2_f16/img0/03_pool2_c2.png",
         "min": 0.0,
         "max": 1.3724
        },
        {
         "src": "maps/d2_f16/img0/03_pool2_c3.png",
         "min": 0.0,
         "max": 4.06938
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
        0.05178,
        1.33198
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/04_bottleneck_c0.png",
         "min": 0.0,
         "max": 1.9253
        },
        {
         "src": "maps/d2_f16/img0/04_bottleneck_c1.png",
         "min": 0.0,
         "max": 5.33911
        },
        {
         "src": "maps/d2_f16/img0/04_bottleneck_c2.png",
         "min": 0.0,
         "max": 2.70221
        },
        {
         "src": "maps/d2_f16/img0/04_bottleneck_c3.png",
         "min": 0.0,
         "max": 7.53798
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
        0.1112,
        3.1654
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/05_up2_upconv_c0.png",
         "min": -3.95785,
         "max": 4.45884
        },
        {
         "src": "maps/d2_f16/img0/05_up2_upconv_c1.png",
         "min": -6.77816,
         "max": 2.48072
        },
        {
         "src": "maps/d2_f16/img0/05_up2_upconv_c2.png",
         "min": -2.71529,
         "max": 4.81512
        },
        {
         "src": "maps/d2_f16/img0/05_up2_upconv_c3.png",
         "min": -6.0165,
         "max": 4.28461
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
        0.0803,
        1.91112
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/06_up2_concat_c0.png",
         "min": -3.95785,
         "max": 4.45884
        },
        {
         "src": "maps/d2_f16/img0/06_up2_concat_c1.png",
         "min": -6.77816,
         "max": 2.48072
        },
        {
         "src": "maps/d2_f16/img0/06_up2_concat_c2.png",
         "min": -2.71529,
         "max": 4.81512
        },
        {
         "src": "maps/d2_f16/img0/06_up2_concat_c3.png",
         "min": -6.0165,
         "max": 4.28461
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
        0.07838,
        3.28234
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/07_up2_c0.png",
         "min": 0.0,
         "max": 8.9421
        },
        {
         "src": "maps/d2_f16/img0/07_up2_c1.png",
         "min": 0.0,
         "max": 4.98456
        },
        {
         "src": "maps/d2_f16/img0/07_up2_c2.png",
         "min": 0.0,
         "max": 13.33456
        },
        {
         "src": "maps/d2_f16/img0/07_up2_c3.png",
         "min": 0.0,
         "max": 7.22874
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
        0.13182,
        7.97532
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/08_up1_upconv_c0.png",
         "min": -5.62894,
         "max": 12.55435
        },
        {
         "src": "maps/d2_f16/img0/08_up1_upconv_c1.png",
         "min": -10.64618,
         "max": 7.93687
        },
        {
         "src": "maps/d2_f16/img0/08_up1_upconv_c2.png",
         "min": -10.15415,
         "max": 8.72909
        },
        {
         "src": "maps/d2_f16/img0/08_up1_upconv_c3.png",
         "min": -5.29364,
         "max": 15.41754
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
        0.16257,
        4.33556
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/09_up1_concat_c0.png",
         "min": -5.62894,
         "max": 12.55435
        },
        {
         "src": "maps/d2_f16/img0/09_up1_concat_c1.png",
         "min": -10.64618,
         "max": 7.93687
        },
        {
         "src": "maps/d2_f16/img0/09_up1_concat_c2.png",
         "min": -10.15415,
         "max": 8.72909
        },
        {
         "src": "maps/d2_f16/img0/09_up1_concat_c3.png",
         "min": -5.29364,
         "max": 15.41754
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
        0.26264,
        11.74471
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img0/10_up1_c0.png",
         "min": 0.0,
         "max": 6.32779
        },
        {
         "src": "maps/d2_f16/img0/10_up1_c1.png",
         "min": 0.0,
         "max": 10.22147
        },
        {
         "src": "maps/d2_f16/img0/10_up1_c2.png",
         "min": 0.0,
         "max": 9.9033
        },
        {
         "src": "maps/d2_f16/img0/10_up1_c3.png",
         "min": 0.0,
         "max": 30.38518
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
       "changed": 0.0176,
       "dice": 0.8971,
       "hd95": 11.45
      },
      {
       "level": 2,
       "src": "maps/d2_f16/img0/without_skip2.png",
       "changed": 0.0149,
       "dice": 0.9086,
       "hd95": 14.7
      }
     ],
     "erf": {
      "grid": 4,
      "share": 0.95,
      "pixels": [
       [
        16,
        16
       ],
       [
        16,
        48
       ],
       [
        16,
        80
       ],
       [
        16,
        112
       ],
       [
        48,
        16
       ],
       [
        48,
        48
       ],
       [
        48,
        80
       ],
       [
        48,
        112
       ],
       [
        80,
        16
       ],
       [
        80,
        48
       ],
       [
        80,
        80
       ],
       [
        80,
        112
       ],
       [
        112,
        16
       ],
       [
        112,
        48
       ],
       [
        112,
        80
       ],
       [
        112,
        112
       ]
      ],
      "radius": [
       16.0,
       16.0,
       16.0,
       15.0,
       16.0,
       17.0,
       17.0,
       15.0,
       16.0,
       16.0,
       16.0,
       16.0,
       15.0,
       15.0,
       16.0,
       15.0
      ],
      "centre": "maps/d2_f16/img0/erf_centre.png",
      "centre_pixel": [
       64,
       64
      ],
      "centre_radius": 17.0
     }
    },
    "img1": {
     "output": "maps/d2_f16/img1/11_output_c0.png",
     "dice": 0.943,
     "hd95": 13.44,
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
        0.01226,
        1.15706
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/00_down1_c0.png",
         "min": 0.0,
         "max": 1.62511
        },
        {
         "src": "maps/d2_f16/img1/00_down1_c1.png",
         "min": 0.0,
         "max": 3.13774
        },
        {
         "src": "maps/d2_f16/img1/00_down1_c2.png",
         "min": 0.0,
         "max": 6.24555
        },
        {
         "src": "maps/d2_f16/img1/00_down1_c3.png",
         "min": 0.0,
         "max": 2.85238
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
        0.04168,
        1.64148
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/01_pool1_c0.png",
         "min": 0.0,
         "max": 1.62511
        },
        {
         "src": "maps/d2_f16/img1/01_pool1_c1.png",
         "min": 0.0,
         "max": 3.13774
        },
        {
         "src": "maps/d2_f16/img1/01_pool1_c2.png",
         "min": 0.0,
         "max": 6.24555
        },
        {
         "src": "maps/d2_f16/img1/01_pool1_c3.png",
         "min": 0.0,
         "max": 2.85238
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
        0.01392,
        0.82123
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/02_down2_c0.png",
         "min": 0.0,
         "max": 4.78521
        },
        {
         "src": "maps/d2_f16/img1/02_down2_c1.png",
         "min": 0.0,
         "max": 2.66543
        },
        {
         "src": "maps/d2_f16/img1/02_down2_c2.png",
         "min": 0.0,
         "max": 1.45691
        },
        {
         "src": "maps/d2_f16/img1/02_down2_c3.png",
         "min": 0.0,
         "max": 3.3182
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
        0.05555,
        1.28733
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/03_pool2_c0.png",
         "min": 0.0,
         "max": 4.78521
        },
        {
         "src": "maps/d2_f16/img1/03_pool2_c1.png",
         "min": 0.0,
         "max": 2.66543
        },
        {
         "src": "maps/d2_f16/img1/03_pool2_c2.png",
         "min": 0.0,
         "max": 1.45691
        },
        {
         "src": "maps/d2_f16/img1/03_pool2_c3.png",
         "min": 0.0,
         "max": 3.3182
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
        0.04159,
        1.40646
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/04_bottleneck_c0.png",
         "min": 0.0,
         "max": 2.4136
        },
        {
         "src": "maps/d2_f16/img1/04_bottleneck_c1.png",
         "min": 0.0,
         "max": 6.64932
        },
        {
         "src": "maps/d2_f16/img1/04_bottleneck_c2.png",
         "min": 0.0,
         "max": 2.97347
        },
        {
         "src": "maps/d2_f16/img1/04_bottleneck_c3.png",
         "min": 0.0,
         "max": 9.41853
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
        0.08009,
        3.45982
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/05_up2_upconv_c0.png",
         "min": -4.30003,
         "max": 4.77266
        },
        {
         "src": "maps/d2_f16/img1/05_up2_upconv_c1.png",
         "min": -8.8137,
         "max": 2.10981
        },
        {
         "src": "maps/d2_f16/img1/05_up2_upconv_c2.png",
         "min": -2.37463,
         "max": 5.61783
        },
        {
         "src": "maps/d2_f16/img1/05_up2_upconv_c3.png",
         "min": -7.8308,
         "max": 4.43763
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
        0.06244,
        2.10574
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/06_up2_concat_c0.png",
         "min": -4.30003,
         "max": 4.77266
        },
        {
         "src": "maps/d2_f16/img1/06_up2_concat_c1.png",
         "min": -8.8137,
         "max": 2.10981
        },
        {
         "src": "maps/d2_f16/img1/06_up2_concat_c2.png",
         "min": -2.37463,
         "max": 5.61783
        },
        {
         "src": "maps/d2_f16/img1/06_up2_concat_c3.png",
         "min": -7.8308,
         "max": 4.43763
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
        0.09805,
        3.50264
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/07_up2_c0.png",
         "min": 0.0,
         "max": 8.36516
        },
        {
         "src": "maps/d2_f16/img1/07_up2_c1.png",
         "min": 0.0,
         "max": 4.87712
        },
        {
         "src": "maps/d2_f16/img1/07_up2_c2.png",
         "min": 0.0,
         "max": 14.89655
        },
        {
         "src": "maps/d2_f16/img1/07_up2_c3.png",
         "min": 0.0,
         "max": 7.02952
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
        0.18536,
        7.61648
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/08_up1_upconv_c0.png",
         "min": -6.44706,
         "max": 14.37056
        },
        {
         "src": "maps/d2_f16/img1/08_up1_upconv_c1.png",
         "min": -11.55331,
         "max": 9.17169
        },
        {
         "src": "maps/d2_f16/img1/08_up1_upconv_c2.png",
         "min": -8.21488,
         "max": 9.90514
        },
        {
         "src": "maps/d2_f16/img1/08_up1_upconv_c3.png",
         "min": -5.70976,
         "max": 15.29145
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
        0.1814,
        4.17985
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/09_up1_concat_c0.png",
         "min": -6.44706,
         "max": 14.37056
        },
        {
         "src": "maps/d2_f16/img1/09_up1_concat_c1.png",
         "min": -11.55331,
         "max": 9.17169
        },
        {
         "src": "maps/d2_f16/img1/09_up1_concat_c2.png",
         "min": -8.21488,
         "max": 9.90514
        },
        {
         "src": "maps/d2_f16/img1/09_up1_concat_c3.png",
         "min": -5.70976,
         "max": 15.29145
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
        0.24809,
        12.98886
       ],
       "channels": [
        {
         "src": "maps/d2_f16/img1/10_up1_c0.png",
         "min": 0.0,
         "max": 6.61978
        },
        {
         "src": "maps/d2_f16/img1/10_up1_c1.png",
         "min": 0.0,
         "max": 9.98932
        },
        {
         "src": "maps/d2_f16/img1/10_up1_c2.png",
         "min": 0.0,
         "max": 11.34535
        },
        {
         "src": "maps/d2_f16/img1/10_up1_c3.png",
         "min": 0.0,
         "max": 32.96529
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
       "changed": 0.0341,
       "dice": 0.8686,
       "hd95": 22.08
      },
      {
       "level": 2,
       "src": "maps/d2_f16/img1/without_skip2.png",
       "changed": 0.026,
       "dice": 0.8859,
       "hd95": 22.02
      }
     ],
     "erf": {
      "grid": 4,
      "share": 0.95,
      "pixels": [
       [
        16,
        16
       ],
       [
        16,
        48
       ],
       [
        16,
        80
       ],
       [
        16,
        112
       ],
       [
        48,
        16
       ],
       [
        48,
        48
       ],
       [
        48,
        80
       ],
       [
        48,
        112
       ],
       [
        80,
        16
       ],
       [
        80,
        48
       ],
       [
        80,
        80
       ],
       [
        80,
        112
       ],
       [
        112,
        16
       ],
       [
        112,
        48
       ],
       [
        112,
        80
       ],
       [
        112,
        112
       ]
      ],
      "radius": [
       15.0,
       16.0,
       16.0,
       15.0,
       15.0,
       16.0,
       16.0,
       16.0,
       16.0,
       16.0,
       17.0,
       15.0,
       15.0,
       15.0,
       15.0,
       15.0
      ],
      "centre": "maps/d2_f16/img1/erf_centre.png",
      "centre_pixel": [
       64,
       64
      ],
      "centre_radius": 17.0
     }
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
    "memory_mib_batch8": "104.6",
    "repeats": "2",
    "failed": "0",
    "train_seconds": "2104.0",
    "epochs": "55.0",
    "stopped_early": "2",
    "best_val_dice": "0.9621",
    "test_dice": "0.9621",
    "test_dice_sd": "0.0019",
    "test_dice_ci_low": "0.9449",
    "test_dice_ci_high": "0.9792",
    "test_iou": "0.9281",
    "test_iou_sd": "0.0032",
    "test_iou_ci_low": "0.8995",
    "test_iou_ci_high": "0.9566",
    "test_boundary_dice": "0.8353",
    "test_boundary_dice_sd": "0.0047",
    "test_boundary_dice_ci_low": "0.7934",
    "test_boundary_dice_ci_high": "0.8772",
    "dice_ref": "0.9606",
    "dice_ref_sd": "0.0016",
    "dice_ref_ci_low": "0.9466",
    "dice_ref_ci_high": "0.9746",
    "hd95": "7.8545",
    "hd95_sd": "1.1462",
    "hd95_ci_low": "-2.4439",
    "hd95_ci_high": "18.1529",
    "assd": "1.6275",
    "assd_sd": "0.1435",
    "assd_ci_low": "0.3378",
    "assd_ci_high": "2.9172",
    "erf_radius_init": "33.5",
    "erf_radius_init_sd": "0.7071",
    "erf_radius_init_ci_low": "27.1469",
    "erf_radius_init_ci_high": "39.8531",
    "erf_radius_trained": "31.5",
    "erf_radius_trained_sd": "0.7071",
    "erf_radius_trained_ci_low": "25.1469",
    "erf_radius_trained_ci_high": "37.8531",
    "skip_loss1": "0.0185",
    "skip_loss1_sd": "0.0002",
    "skip_loss1_ci_low": "0.0165",
    "skip_loss1_ci_high": "0.0204",
    "skip_loss2": "0.0176",
    "skip_loss2_sd": "0.0105",
    "skip_loss2_ci_low": "-0.077",
    "skip_loss2_ci_high": "0.1123",
    "skip_loss3": "0.0097",
    "skip_loss3_sd": "0.0053",
    "skip_loss3_ci_low": "-0.038",
    "skip_loss3_ci_high": "0.0573",
    "theoretical_radius": "47.5"
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
     -1.1391808986663818,
     1.1391808986663818
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
     "dice": 0.8815,
     "hd95": 17.07,
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
        0.01959,
        1.44867
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/00_down1_c0.png",
         "min": 0.0,
         "max": 1.8309
        },
        {
         "src": "maps/d3_f16/img0/00_down1_c1.png",
         "min": 0.0,
         "max": 4.17846
        },
        {
         "src": "maps/d3_f16/img0/00_down1_c2.png",
         "min": 0.0,
         "max": 5.50455
        },
        {
         "src": "maps/d3_f16/img0/00_down1_c3.png",
         "min": 0.0,
         "max": 3.52195
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
        0.08775,
        1.85282
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/01_pool1_c0.png",
         "min": 0.0,
         "max": 1.8309
        },
        {
         "src": "maps/d3_f16/img0/01_pool1_c1.png",
         "min": 0.0,
         "max": 4.17846
        },
        {
         "src": "maps/d3_f16/img0/01_pool1_c2.png",
         "min": 0.0,
         "max": 5.50455
        },
        {
         "src": "maps/d3_f16/img0/01_pool1_c3.png",
         "min": 0.0,
         "max": 3.52195
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
        0.08423,
        0.97221
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/02_down2_c0.png",
         "min": 0.0,
         "max": 2.02173
        },
        {
         "src": "maps/d3_f16/img0/02_down2_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d3_f16/img0/02_down2_c2.png",
         "min": 0.0,
         "max": 2.47438
        },
        {
         "src": "maps/d3_f16/img0/02_down2_c3.png",
         "min": 0.0,
         "max": 4.10479
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
        0.12203,
        1.36767
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/03_pool2_c0.png",
         "min": 0.0,
         "max": 2.02173
        },
        {
         "src": "maps/d3_f16/img0/03_pool2_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d3_f16/img0/03_pool2_c2.png",
         "min": 0.0,
         "max": 2.47438
        },
        {
         "src": "maps/d3_f16/img0/03_pool2_c3.png",
         "min": 0.0,
         "max": 4.10479
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
        0.01978,
        0.6196
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/04_down3_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d3_f16/img0/04_down3_c1.png",
         "min": 0.0,
         "max": 3.2451
        },
        {
         "src": "maps/d3_f16/img0/04_down3_c2.png",
         "min": 0.0,
         "max": 2.71924
        },
        {
         "src": "maps/d3_f16/img0/04_down3_c3.png",
         "min": 0.0,
         "max": 2.94491
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
        0.0856,
        0.79945
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/05_pool3_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d3_f16/img0/05_pool3_c1.png",
         "min": 0.0,
         "max": 3.2451
        },
        {
         "src": "maps/d3_f16/img0/05_pool3_c2.png",
         "min": 0.0,
         "max": 2.71924
        },
        {
         "src": "maps/d3_f16/img0/05_pool3_c3.png",
         "min": 0.0,
         "max": 2.94491
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
        0.04481,
        0.31763
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/06_bottleneck_c0.png",
         "min": 0.0,
         "max": 2.08223
        },
        {
         "src": "maps/d3_f16/img0/06_bottleneck_c1.png",
         "min": 0.0,
         "max": 2.5223
        },
        {
         "src": "maps/d3_f16/img0/06_bottleneck_c2.png",
         "min": 0.0,
         "max": 1.42626
        },
        {
         "src": "maps/d3_f16/img0/06_bottleneck_c3.png",
         "min": 0.0,
         "max": 1.37804
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
        0.13722,
        0.96868
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/07_up3_upconv_c0.png",
         "min": -3.07331,
         "max": 2.19946
        },
        {
         "src": "maps/d3_f16/img0/07_up3_upconv_c1.png",
         "min": -2.60294,
         "max": 1.19266
        },
        {
         "src": "maps/d3_f16/img0/07_up3_upconv_c2.png",
         "min": -1.5221,
         "max": 2.47587
        },
        {
         "src": "maps/d3_f16/img0/07_up3_upconv_c3.png",
         "min": -1.84726,
         "max": 2.54978
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
        0.11056,
        0.65088
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/08_up3_concat_c0.png",
         "min": -3.07331,
         "max": 2.19946
        },
        {
         "src": "maps/d3_f16/img0/08_up3_concat_c1.png",
         "min": -2.60294,
         "max": 1.19266
        },
        {
         "src": "maps/d3_f16/img0/08_up3_concat_c2.png",
         "min": -1.5221,
         "max": 2.47587
        },
        {
         "src": "maps/d3_f16/img0/08_up3_concat_c3.png",
         "min": -1.84726,
         "max": 2.54978
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
        0.04197,
        0.91679
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/09_up3_c0.png",
         "min": 0.0,
         "max": 3.33866
        },
        {
         "src": "maps/d3_f16/img0/09_up3_c1.png",
         "min": 0.0,
         "max": 3.97195
        },
        {
         "src": "maps/d3_f16/img0/09_up3_c2.png",
         "min": 0.0,
         "max": 1.98651
        },
        {
         "src": "maps/d3_f16/img0/09_up3_c3.png",
         "min": 0.0,
         "max": 2.21944
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
        0.0923,
        2.29261
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/10_up2_upconv_c0.png",
         "min": -5.98268,
         "max": 2.47784
        },
        {
         "src": "maps/d3_f16/img0/10_up2_upconv_c1.png",
         "min": -2.3449,
         "max": 3.58106
        },
        {
         "src": "maps/d3_f16/img0/10_up2_upconv_c2.png",
         "min": -3.56922,
         "max": 3.12968
        },
        {
         "src": "maps/d3_f16/img0/10_up2_upconv_c3.png",
         "min": -3.83069,
         "max": 4.11405
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
        0.15139,
        1.21996
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/11_up2_concat_c0.png",
         "min": -5.98268,
         "max": 2.47784
        },
        {
         "src": "maps/d3_f16/img0/11_up2_concat_c1.png",
         "min": -2.3449,
         "max": 3.58106
        },
        {
         "src": "maps/d3_f16/img0/11_up2_concat_c2.png",
         "min": -3.56922,
         "max": 3.12968
        },
        {
         "src": "maps/d3_f16/img0/11_up2_concat_c3.png",
         "min": -3.83069,
         "max": 4.11405
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
        0.15687,
        3.18826
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/12_up2_c0.png",
         "min": 0.0,
         "max": 3.9417
        },
        {
         "src": "maps/d3_f16/img0/12_up2_c1.png",
         "min": 0.0,
         "max": 12.63622
        },
        {
         "src": "maps/d3_f16/img0/12_up2_c2.png",
         "min": 0.0,
         "max": 18.70056
        },
        {
         "src": "maps/d3_f16/img0/12_up2_c3.png",
         "min": 0.0,
         "max": 0.08435
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
        0.33508,
        8.85158
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/13_up1_upconv_c0.png",
         "min": -17.99384,
         "max": 10.48003
        },
        {
         "src": "maps/d3_f16/img0/13_up1_upconv_c1.png",
         "min": -11.65826,
         "max": 6.0766
        },
        {
         "src": "maps/d3_f16/img0/13_up1_upconv_c2.png",
         "min": -11.37008,
         "max": 15.01734
        },
        {
         "src": "maps/d3_f16/img0/13_up1_upconv_c3.png",
         "min": -13.19725,
         "max": 13.51063
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
        0.30859,
        4.85473
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/14_up1_concat_c0.png",
         "min": -17.99384,
         "max": 10.48003
        },
        {
         "src": "maps/d3_f16/img0/14_up1_concat_c1.png",
         "min": -11.65826,
         "max": 6.0766
        },
        {
         "src": "maps/d3_f16/img0/14_up1_concat_c2.png",
         "min": -11.37008,
         "max": 15.01734
        },
        {
         "src": "maps/d3_f16/img0/14_up1_concat_c3.png",
         "min": -13.19725,
         "max": 13.51063
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
        0.5553,
        11.69142
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img0/15_up1_c0.png",
         "min": 0.0,
         "max": 21.82266
        },
        {
         "src": "maps/d3_f16/img0/15_up1_c1.png",
         "min": 0.0,
         "max": 28.54875
        },
        {
         "src": "maps/d3_f16/img0/15_up1_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d3_f16/img0/15_up1_c3.png",
         "min": 0.0,
         "max": 37.39344
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
       "changed": 0.0179,
       "dice": 0.8965,
       "hd95": 10.81
      },
      {
       "level": 2,
       "src": "maps/d3_f16/img0/without_skip2.png",
       "changed": 0.0148,
       "dice": 0.8965,
       "hd95": 15.61
      },
      {
       "level": 3,
       "src": "maps/d3_f16/img0/without_skip3.png",
       "changed": 0.0143,
       "dice": 0.8815,
       "hd95": 12.03
      }
     ],
     "erf": {
      "grid": 4,
      "share": 0.95,
      "pixels": [
       [
        16,
        16
       ],
       [
        16,
        48
       ],
       [
        16,
        80
       ],
       [
        16,
        112
       ],
       [
        48,
        16
       ],
       [
        48,
        48
       ],
       [
        48,
        80
       ],
       [
        48,
        112
       ],
       [
        80,
        16
       ],
       [
        80,
        48
       ],
       [
        80,
        80
       ],
       [
        80,
        112
       ],
       [
        112,
        16
       ],
       [
        112,
        48
       ],
       [
        112,
        80
       ],
       [
        112,
        112
       ]
      ],
      "radius": [
       29.0,
       28.0,
       30.0,
       28.0,
       29.0,
       31.0,
       31.0,
       29.0,
       30.0,
       31.0,
       32.0,
       32.0,
       30.0,
       30.0,
       30.0,
       29.0
      ],
      "centre": "maps/d3_f16/img0/erf_centre.png",
      "centre_pixel": [
       64,
       64
      ],
      "centre_radius": 32.0
     }
    },
    "img1": {
     "output": "maps/d3_f16/img1/16_output_c0.png",
     "dice": 0.9541,
     "hd95": 2.83,
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
        0.03277,
        1.41668
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/00_down1_c0.png",
         "min": 0.0,
         "max": 2.43164
        },
        {
         "src": "maps/d3_f16/img1/00_down1_c1.png",
         "min": 0.0,
         "max": 4.30006
        },
        {
         "src": "maps/d3_f16/img1/00_down1_c2.png",
         "min": 0.0,
         "max": 6.39459
        },
        {
         "src": "maps/d3_f16/img1/00_down1_c3.png",
         "min": 0.0,
         "max": 3.57345
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
        0.07603,
        2.01285
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/01_pool1_c0.png",
         "min": 0.0,
         "max": 2.43164
        },
        {
         "src": "maps/d3_f16/img1/01_pool1_c1.png",
         "min": 0.0,
         "max": 4.30006
        },
        {
         "src": "maps/d3_f16/img1/01_pool1_c2.png",
         "min": 0.0,
         "max": 6.39459
        },
        {
         "src": "maps/d3_f16/img1/01_pool1_c3.png",
         "min": 0.0,
         "max": 3.57345
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
        0.07277,
        1.03759
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/02_down2_c0.png",
         "min": 0.0,
         "max": 2.24171
        },
        {
         "src": "maps/d3_f16/img1/02_down2_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d3_f16/img1/02_down2_c2.png",
         "min": 0.0,
         "max": 2.31833
        },
        {
         "src": "maps/d3_f16/img1/02_down2_c3.png",
         "min": 0.0,
         "max": 3.57686
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
        0.16571,
        1.57656
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/03_pool2_c0.png",
         "min": 0.0,
         "max": 2.24171
        },
        {
         "src": "maps/d3_f16/img1/03_pool2_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d3_f16/img1/03_pool2_c2.png",
         "min": 0.0,
         "max": 2.31833
        },
        {
         "src": "maps/d3_f16/img1/03_pool2_c3.png",
         "min": 0.0,
         "max": 3.57686
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
        0.02747,
        0.51034
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/04_down3_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d3_f16/img1/04_down3_c1.png",
         "min": 0.0,
         "max": 3.40573
        },
        {
         "src": "maps/d3_f16/img1/04_down3_c2.png",
         "min": 0.0,
         "max": 2.2248
        },
        {
         "src": "maps/d3_f16/img1/04_down3_c3.png",
         "min": 0.0,
         "max": 2.40366
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
        0.08238,
        0.68033
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/05_pool3_c0.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d3_f16/img1/05_pool3_c1.png",
         "min": 0.0,
         "max": 3.40573
        },
        {
         "src": "maps/d3_f16/img1/05_pool3_c2.png",
         "min": 0.0,
         "max": 2.2248
        },
        {
         "src": "maps/d3_f16/img1/05_pool3_c3.png",
         "min": 0.0,
         "max": 2.40366
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
        0.05783,
        0.3789
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/06_bottleneck_c0.png",
         "min": 0.0,
         "max": 2.52896
        },
        {
         "src": "maps/d3_f16/img1/06_bottleneck_c1.png",
         "min": 0.0,
         "max": 2.53034
        },
        {
         "src": "maps/d3_f16/img1/06_bottleneck_c2.png",
         "min": 0.0,
         "max": 1.74229
        },
        {
         "src": "maps/d3_f16/img1/06_bottleneck_c3.png",
         "min": 0.0,
         "max": 0.96963
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
        0.11525,
        1.17595
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/07_up3_upconv_c0.png",
         "min": -3.51501,
         "max": 2.39724
        },
        {
         "src": "maps/d3_f16/img1/07_up3_upconv_c1.png",
         "min": -3.31205,
         "max": 1.39927
        },
        {
         "src": "maps/d3_f16/img1/07_up3_upconv_c2.png",
         "min": -1.64154,
         "max": 2.44232
        },
        {
         "src": "maps/d3_f16/img1/07_up3_upconv_c3.png",
         "min": -2.18736,
         "max": 2.81828
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
        0.09956,
        0.73314
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/08_up3_concat_c0.png",
         "min": -3.51501,
         "max": 2.39724
        },
        {
         "src": "maps/d3_f16/img1/08_up3_concat_c1.png",
         "min": -3.31205,
         "max": 1.39927
        },
        {
         "src": "maps/d3_f16/img1/08_up3_concat_c2.png",
         "min": -1.64154,
         "max": 2.44232
        },
        {
         "src": "maps/d3_f16/img1/08_up3_concat_c3.png",
         "min": -2.18736,
         "max": 2.81828
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
        0.04144,
        0.84172
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/09_up3_c0.png",
         "min": 0.0,
         "max": 3.2579
        },
        {
         "src": "maps/d3_f16/img1/09_up3_c1.png",
         "min": 0.0,
         "max": 3.65746
        },
        {
         "src": "maps/d3_f16/img1/09_up3_c2.png",
         "min": 0.0,
         "max": 1.87742
        },
        {
         "src": "maps/d3_f16/img1/09_up3_c3.png",
         "min": 0.0,
         "max": 2.87338
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
        0.07841,
        2.42939
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/10_up2_upconv_c0.png",
         "min": -5.52737,
         "max": 2.53333
        },
        {
         "src": "maps/d3_f16/img1/10_up2_upconv_c1.png",
         "min": -2.86787,
         "max": 3.62714
        },
        {
         "src": "maps/d3_f16/img1/10_up2_upconv_c2.png",
         "min": -3.68083,
         "max": 4.0769
        },
        {
         "src": "maps/d3_f16/img1/10_up2_upconv_c3.png",
         "min": -3.73845,
         "max": 4.65365
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
        0.13636,
        1.31539
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/11_up2_concat_c0.png",
         "min": -5.52737,
         "max": 2.53333
        },
        {
         "src": "maps/d3_f16/img1/11_up2_concat_c1.png",
         "min": -2.86787,
         "max": 3.62714
        },
        {
         "src": "maps/d3_f16/img1/11_up2_concat_c2.png",
         "min": -3.68083,
         "max": 4.0769
        },
        {
         "src": "maps/d3_f16/img1/11_up2_concat_c3.png",
         "min": -3.73845,
         "max": 4.65365
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
        0.18769,
        3.63156
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/12_up2_c0.png",
         "min": 0.0,
         "max": 3.60103
        },
        {
         "src": "maps/d3_f16/img1/12_up2_c1.png",
         "min": 0.0,
         "max": 12.54737
        },
        {
         "src": "maps/d3_f16/img1/12_up2_c2.png",
         "min": 0.0,
         "max": 18.80845
        },
        {
         "src": "maps/d3_f16/img1/12_up2_c3.png",
         "min": 0.0,
         "max": 0.38552
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
        0.37101,
        10.07562
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/13_up1_upconv_c0.png",
         "min": -20.18083,
         "max": 14.53104
        },
        {
         "src": "maps/d3_f16/img1/13_up1_upconv_c1.png",
         "min": -11.50795,
         "max": 6.2604
        },
        {
         "src": "maps/d3_f16/img1/13_up1_upconv_c2.png",
         "min": -12.66062,
         "max": 16.17356
        },
        {
         "src": "maps/d3_f16/img1/13_up1_upconv_c3.png",
         "min": -17.05826,
         "max": 15.00007
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
        0.29931,
        5.51063
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/14_up1_concat_c0.png",
         "min": -20.18083,
         "max": 14.53104
        },
        {
         "src": "maps/d3_f16/img1/14_up1_concat_c1.png",
         "min": -11.50795,
         "max": 6.2604
        },
        {
         "src": "maps/d3_f16/img1/14_up1_concat_c2.png",
         "min": -12.66062,
         "max": 16.17356
        },
        {
         "src": "maps/d3_f16/img1/14_up1_concat_c3.png",
         "min": -17.05826,
         "max": 15.00007
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
        0.57272,
        13.3445
       ],
       "channels": [
        {
         "src": "maps/d3_f16/img1/15_up1_c0.png",
         "min": 0.0,
         "max": 21.843
        },
        {
         "src": "maps/d3_f16/img1/15_up1_c1.png",
         "min": 0.0,
         "max": 33.91161
        },
        {
         "src": "maps/d3_f16/img1/15_up1_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d3_f16/img1/15_up1_c3.png",
         "min": 0.0,
         "max": 38.6871
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
       "changed": 0.0236,
       "dice": 0.9033,
       "hd95": 11.86
      },
      {
       "level": 2,
       "src": "maps/d3_f16/img1/without_skip2.png",
       "changed": 0.0234,
       "dice": 0.9014,
       "hd95": 13.0
      },
      {
       "level": 3,
       "src": "maps/d3_f16/img1/without_skip3.png",
       "changed": 0.0212,
       "dice": 0.9109,
       "hd95": 10.35
      }
     ],
     "erf": {
      "grid": 4,
      "share": 0.95,
      "pixels": [
       [
        16,
        16
       ],
       [
        16,
        48
       ],
       [
        16,
        80
       ],
       [
        16,
        112
       ],
       [
        48,
        16
       ],
       [
        48,
        48
       ],
       [
        48,
        80
       ],
       [
        48,
        112
       ],
       [
        80,
        16
       ],
       [
        80,
        48
       ],
       [
        80,
        80
       ],
       [
        80,
        112
       ],
       [
        112,
        16
       ],
       [
        112,
        48
       ],
       [
        112,
        80
       ],
       [
        112,
        112
       ]
      ],
      "radius": [
       29.0,
       31.0,
       29.0,
       28.0,
       30.0,
       32.0,
       32.0,
       30.0,
       30.0,
       33.0,
       33.0,
       33.0,
       29.0,
       31.0,
       29.0,
       30.0
      ],
      "centre": "maps/d3_f16/img1/erf_centre.png",
      "centre_pixel": [
       64,
       64
      ],
      "centre_radius": 33.0
     }
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
    "memory_mib_batch8": "27.3",
    "repeats": "1",
    "failed": "0",
    "train_seconds": "340.6",
    "epochs": "62.0",
    "stopped_early": "1",
    "best_val_dice": "0.9579",
    "test_dice": "0.9533",
    "test_iou": "0.9122",
    "test_boundary_dice": "0.8022",
    "dice_ref": "0.952",
    "hd95": "8.421",
    "assd": "2.005",
    "erf_radius_init": "58.0",
    "erf_radius_trained": "55.0",
    "skip_loss1": "0.1471",
    "skip_loss2": "0.0346",
    "skip_loss3": "0.0155",
    "skip_loss4": "0.0438",
    "theoretical_radius": "99.5"
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
     -1.0702098608016968,
     1.0702098608016968
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
     "dice": 0.8935,
     "hd95": 16.48,
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
        0.03021,
        5.06746
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/00_down1_c0.png",
         "min": 0.0,
         "max": 10.32197
        },
        {
         "src": "maps/d4_f4/img0/00_down1_c1.png",
         "min": 0.0,
         "max": 3.84221
        },
        {
         "src": "maps/d4_f4/img0/00_down1_c2.png",
         "min": 0.0,
         "max": 7.60403
        },
        {
         "src": "maps/d4_f4/img0/00_down1_c3.png",
         "min": 0.0,
         "max": 4.05994
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
        0.13767,
        5.07912
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/01_pool1_c0.png",
         "min": 0.0,
         "max": 10.32197
        },
        {
         "src": "maps/d4_f4/img0/01_pool1_c1.png",
         "min": 0.0,
         "max": 3.84221
        },
        {
         "src": "maps/d4_f4/img0/01_pool1_c2.png",
         "min": 0.0,
         "max": 7.60403
        },
        {
         "src": "maps/d4_f4/img0/01_pool1_c3.png",
         "min": 0.0,
         "max": 4.05994
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
        0.04545,
        1.74063
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/02_down2_c0.png",
         "min": 0.0,
         "max": 4.69781
        },
        {
         "src": "maps/d4_f4/img0/02_down2_c1.png",
         "min": 0.0,
         "max": 1.19594
        },
        {
         "src": "maps/d4_f4/img0/02_down2_c2.png",
         "min": 0.0,
         "max": 4.34632
        },
        {
         "src": "maps/d4_f4/img0/02_down2_c3.png",
         "min": 0.0,
         "max": 4.09275
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
        0.18353,
        2.01499
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/03_pool2_c0.png",
         "min": 0.0,
         "max": 4.69781
        },
        {
         "src": "maps/d4_f4/img0/03_pool2_c1.png",
         "min": 0.0,
         "max": 1.19594
        },
        {
         "src": "maps/d4_f4/img0/03_pool2_c2.png",
         "min": 0.0,
         "max": 4.34632
        },
        {
         "src": "maps/d4_f4/img0/03_pool2_c3.png",
         "min": 0.0,
         "max": 4.09275
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
        0.04484,
        0.81526
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/04_down3_c0.png",
         "min": 0.0,
         "max": 2.41733
        },
        {
         "src": "maps/d4_f4/img0/04_down3_c1.png",
         "min": 0.0,
         "max": 2.02472
        },
        {
         "src": "maps/d4_f4/img0/04_down3_c2.png",
         "min": 0.0,
         "max": 2.58838
        },
        {
         "src": "maps/d4_f4/img0/04_down3_c3.png",
         "min": 0.0,
         "max": 3.62432
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
        0.18512,
        1.27258
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/05_pool3_c0.png",
         "min": 0.0,
         "max": 2.41733
        },
        {
         "src": "maps/d4_f4/img0/05_pool3_c1.png",
         "min": 0.0,
         "max": 2.02472
        },
        {
         "src": "maps/d4_f4/img0/05_pool3_c2.png",
         "min": 0.0,
         "max": 2.58838
        },
        {
         "src": "maps/d4_f4/img0/05_pool3_c3.png",
         "min": 0.0,
         "max": 3.62432
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
        0.03938,
        0.43989
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/06_down4_c0.png",
         "min": 0.0,
         "max": 2.6518
        },
        {
         "src": "maps/d4_f4/img0/06_down4_c1.png",
         "min": 0.0,
         "max": 2.10879
        },
        {
         "src": "maps/d4_f4/img0/06_down4_c2.png",
         "min": 0.0,
         "max": 2.15778
        },
        {
         "src": "maps/d4_f4/img0/06_down4_c3.png",
         "min": 0.0,
         "max": 2.58497
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
        0.28326,
        0.67982
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/07_pool4_c0.png",
         "min": 0.0,
         "max": 2.6518
        },
        {
         "src": "maps/d4_f4/img0/07_pool4_c1.png",
         "min": 0.0,
         "max": 2.10879
        },
        {
         "src": "maps/d4_f4/img0/07_pool4_c2.png",
         "min": 0.0,
         "max": 2.15778
        },
        {
         "src": "maps/d4_f4/img0/07_pool4_c3.png",
         "min": 0.0,
         "max": 2.58497
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
        0.04758,
        0.35144
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/08_bottleneck_c0.png",
         "min": 0.0,
         "max": 1.90265
        },
        {
         "src": "maps/d4_f4/img0/08_bottleneck_c1.png",
         "min": 0.0,
         "max": 4.28099
        },
        {
         "src": "maps/d4_f4/img0/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f4/img0/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 2.77996
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
        0.16446,
        1.21731
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/09_up4_upconv_c0.png",
         "min": -1.95973,
         "max": 1.87255
        },
        {
         "src": "maps/d4_f4/img0/09_up4_upconv_c1.png",
         "min": -2.74945,
         "max": 2.21576
        },
        {
         "src": "maps/d4_f4/img0/09_up4_upconv_c2.png",
         "min": -2.2708,
         "max": 1.44897
        },
        {
         "src": "maps/d4_f4/img0/09_up4_upconv_c3.png",
         "min": -1.8689,
         "max": 1.25245
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
        0.14181,
        0.71661
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/10_up4_concat_c0.png",
         "min": -1.95973,
         "max": 1.87255
        },
        {
         "src": "maps/d4_f4/img0/10_up4_concat_c1.png",
         "min": -2.74945,
         "max": 2.21576
        },
        {
         "src": "maps/d4_f4/img0/10_up4_concat_c2.png",
         "min": -2.2708,
         "max": 1.44897
        },
        {
         "src": "maps/d4_f4/img0/10_up4_concat_c3.png",
         "min": -1.8689,
         "max": 1.25245
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
        0.04584,
        0.81265
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/11_up4_c0.png",
         "min": 0.0,
         "max": 2.49639
        },
        {
         "src": "maps/d4_f4/img0/11_up4_c1.png",
         "min": 0.0,
         "max": 0.77415
        },
        {
         "src": "maps/d4_f4/img0/11_up4_c2.png",
         "min": 0.0,
         "max": 1.10119
        },
        {
         "src": "maps/d4_f4/img0/11_up4_c3.png",
         "min": 0.0,
         "max": 1.5207
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
        0.06117,
        1.91918
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/12_up3_upconv_c0.png",
         "min": -4.33437,
         "max": 3.66834
        },
        {
         "src": "maps/d4_f4/img0/12_up3_upconv_c1.png",
         "min": -3.40315,
         "max": 1.7403
        },
        {
         "src": "maps/d4_f4/img0/12_up3_upconv_c2.png",
         "min": -2.94735,
         "max": 3.85036
        },
        {
         "src": "maps/d4_f4/img0/12_up3_upconv_c3.png",
         "min": -2.43917,
         "max": 3.4684
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
        0.14669,
        1.12455
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/13_up3_concat_c0.png",
         "min": -4.33437,
         "max": 3.66834
        },
        {
         "src": "maps/d4_f4/img0/13_up3_concat_c1.png",
         "min": -3.40315,
         "max": 1.7403
        },
        {
         "src": "maps/d4_f4/img0/13_up3_concat_c2.png",
         "min": -2.94735,
         "max": 3.85036
        },
        {
         "src": "maps/d4_f4/img0/13_up3_concat_c3.png",
         "min": -2.43917,
         "max": 3.4684
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
        0.03023,
        2.2194
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/14_up3_c0.png",
         "min": 0.0,
         "max": 7.82618
        },
        {
         "src": "maps/d4_f4/img0/14_up3_c1.png",
         "min": 0.0,
         "max": 6.60889
        },
        {
         "src": "maps/d4_f4/img0/14_up3_c2.png",
         "min": 0.0,
         "max": 6.06678
        },
        {
         "src": "maps/d4_f4/img0/14_up3_c3.png",
         "min": 0.0,
         "max": 5.27437
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
        0.07679,
        7.15896
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/15_up2_upconv_c0.png",
         "min": -16.24217,
         "max": 5.75694
        },
        {
         "src": "maps/d4_f4/img0/15_up2_upconv_c1.png",
         "min": -9.37145,
         "max": 5.91078
        },
        {
         "src": "maps/d4_f4/img0/15_up2_upconv_c2.png",
         "min": -12.53198,
         "max": 11.63103
        },
        {
         "src": "maps/d4_f4/img0/15_up2_upconv_c3.png",
         "min": -10.8306,
         "max": 8.41081
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
        0.14783,
        3.65119
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/16_up2_concat_c0.png",
         "min": -16.24217,
         "max": 5.75694
        },
        {
         "src": "maps/d4_f4/img0/16_up2_concat_c1.png",
         "min": -9.37145,
         "max": 5.91078
        },
        {
         "src": "maps/d4_f4/img0/16_up2_concat_c2.png",
         "min": -12.53198,
         "max": 11.63103
        },
        {
         "src": "maps/d4_f4/img0/16_up2_concat_c3.png",
         "min": -10.8306,
         "max": 8.41081
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
        0.03915,
        7.16032
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/17_up2_c0.png",
         "min": 0.0,
         "max": 4.99452
        },
        {
         "src": "maps/d4_f4/img0/17_up2_c1.png",
         "min": 0.0,
         "max": 9.97715
        },
        {
         "src": "maps/d4_f4/img0/17_up2_c2.png",
         "min": 0.0,
         "max": 14.65528
        },
        {
         "src": "maps/d4_f4/img0/17_up2_c3.png",
         "min": 0.0,
         "max": 17.72721
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
        0.09854,
        16.11207
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/18_up1_upconv_c0.png",
         "min": -26.12497,
         "max": 14.9767
        },
        {
         "src": "maps/d4_f4/img0/18_up1_upconv_c1.png",
         "min": -20.7051,
         "max": 5.16226
        },
        {
         "src": "maps/d4_f4/img0/18_up1_upconv_c2.png",
         "min": -22.96748,
         "max": 17.3483
        },
        {
         "src": "maps/d4_f4/img0/18_up1_upconv_c3.png",
         "min": -5.41663,
         "max": 12.11156
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
        0.32457,
        9.6613
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/19_up1_concat_c0.png",
         "min": -26.12497,
         "max": 14.9767
        },
        {
         "src": "maps/d4_f4/img0/19_up1_concat_c1.png",
         "min": -20.7051,
         "max": 5.16226
        },
        {
         "src": "maps/d4_f4/img0/19_up1_concat_c2.png",
         "min": -22.96748,
         "max": 17.3483
        },
        {
         "src": "maps/d4_f4/img0/19_up1_concat_c3.png",
         "min": -5.41663,
         "max": 12.11156
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
        0.25296,
        21.40844
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img0/20_up1_c0.png",
         "min": 0.0,
         "max": 85.63376
        },
        {
         "src": "maps/d4_f4/img0/20_up1_c1.png",
         "min": 0.0,
         "max": 21.46468
        },
        {
         "src": "maps/d4_f4/img0/20_up1_c2.png",
         "min": 0.0,
         "max": 6.80171
        },
        {
         "src": "maps/d4_f4/img0/20_up1_c3.png",
         "min": 0.0,
         "max": 15.56696
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
       "changed": 0.1164,
       "dice": 0.83,
       "hd95": 11.0
      },
      {
       "level": 2,
       "src": "maps/d4_f4/img0/without_skip2.png",
       "changed": 0.0273,
       "dice": 0.8851,
       "hd95": 41.98
      },
      {
       "level": 3,
       "src": "maps/d4_f4/img0/without_skip3.png",
       "changed": 0.0217,
       "dice": 0.8387,
       "hd95": 17.16
      },
      {
       "level": 4,
       "src": "maps/d4_f4/img0/without_skip4.png",
       "changed": 0.0255,
       "dice": 0.8272,
       "hd95": 17.78
      }
     ],
     "erf": {
      "grid": 4,
      "share": 0.95,
      "pixels": [
       [
        16,
        16
       ],
       [
        16,
        48
       ],
       [
        16,
        80
       ],
       [
        16,
        112
       ],
       [
        48,
        16
       ],
       [
        48,
        48
       ],
       [
        48,
        80
       ],
       [
        48,
        112
       ],
       [
        80,
        16
       ],
       [
        80,
        48
       ],
       [
        80,
        80
       ],
       [
        80,
        112
       ],
       [
        112,
        16
       ],
       [
        112,
        48
       ],
       [
        112,
        80
       ],
       [
        112,
        112
       ]
      ],
      "radius": [
       59.0,
       57.0,
       58.0,
       59.0,
       57.0,
       54.0,
       52.0,
       57.0,
       51.0,
       59.0,
       57.0,
       54.0,
       56.0,
       54.0,
       57.0,
       59.0
      ],
      "centre": "maps/d4_f4/img0/erf_centre.png",
      "centre_pixel": [
       64,
       64
      ],
      "centre_radius": 54.0
     }
    },
    "img1": {
     "output": "maps/d4_f4/img1/21_output_c0.png",
     "dice": 0.9409,
     "hd95": 3.58,
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
        0.0436,
        5.24008
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/00_down1_c0.png",
         "min": 0.0,
         "max": 10.63934
        },
        {
         "src": "maps/d4_f4/img1/00_down1_c1.png",
         "min": 0.0,
         "max": 3.90467
        },
        {
         "src": "maps/d4_f4/img1/00_down1_c2.png",
         "min": 0.0,
         "max": 8.07232
        },
        {
         "src": "maps/d4_f4/img1/00_down1_c3.png",
         "min": 0.0,
         "max": 5.63705
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
        0.19337,
        5.69516
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/01_pool1_c0.png",
         "min": 0.0,
         "max": 10.63934
        },
        {
         "src": "maps/d4_f4/img1/01_pool1_c1.png",
         "min": 0.0,
         "max": 3.90467
        },
        {
         "src": "maps/d4_f4/img1/01_pool1_c2.png",
         "min": 0.0,
         "max": 8.07232
        },
        {
         "src": "maps/d4_f4/img1/01_pool1_c3.png",
         "min": 0.0,
         "max": 5.63705
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
        0.04464,
        2.02572
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/02_down2_c0.png",
         "min": 0.0,
         "max": 5.89176
        },
        {
         "src": "maps/d4_f4/img1/02_down2_c1.png",
         "min": 0.0,
         "max": 1.17971
        },
        {
         "src": "maps/d4_f4/img1/02_down2_c2.png",
         "min": 0.0,
         "max": 4.73299
        },
        {
         "src": "maps/d4_f4/img1/02_down2_c3.png",
         "min": 0.0,
         "max": 4.07901
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
        0.1858,
        2.32755
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/03_pool2_c0.png",
         "min": 0.0,
         "max": 5.89176
        },
        {
         "src": "maps/d4_f4/img1/03_pool2_c1.png",
         "min": 0.0,
         "max": 1.17971
        },
        {
         "src": "maps/d4_f4/img1/03_pool2_c2.png",
         "min": 0.0,
         "max": 4.73299
        },
        {
         "src": "maps/d4_f4/img1/03_pool2_c3.png",
         "min": 0.0,
         "max": 4.07901
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
        0.05637,
        0.84345
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/04_down3_c0.png",
         "min": 0.0,
         "max": 1.95456
        },
        {
         "src": "maps/d4_f4/img1/04_down3_c1.png",
         "min": 0.0,
         "max": 1.58495
        },
        {
         "src": "maps/d4_f4/img1/04_down3_c2.png",
         "min": 0.0,
         "max": 2.59632
        },
        {
         "src": "maps/d4_f4/img1/04_down3_c3.png",
         "min": 0.0,
         "max": 3.07326
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
        0.22299,
        1.474
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/05_pool3_c0.png",
         "min": 0.0,
         "max": 1.95456
        },
        {
         "src": "maps/d4_f4/img1/05_pool3_c1.png",
         "min": 0.0,
         "max": 1.58495
        },
        {
         "src": "maps/d4_f4/img1/05_pool3_c2.png",
         "min": 0.0,
         "max": 2.59632
        },
        {
         "src": "maps/d4_f4/img1/05_pool3_c3.png",
         "min": 0.0,
         "max": 3.07326
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
        0.04053,
        0.41752
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/06_down4_c0.png",
         "min": 0.0,
         "max": 2.47583
        },
        {
         "src": "maps/d4_f4/img1/06_down4_c1.png",
         "min": 0.0,
         "max": 2.25314
        },
        {
         "src": "maps/d4_f4/img1/06_down4_c2.png",
         "min": 0.0,
         "max": 2.38255
        },
        {
         "src": "maps/d4_f4/img1/06_down4_c3.png",
         "min": 0.0,
         "max": 1.92744
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
        0.28453,
        0.69243
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/07_pool4_c0.png",
         "min": 0.0,
         "max": 2.47583
        },
        {
         "src": "maps/d4_f4/img1/07_pool4_c1.png",
         "min": 0.0,
         "max": 2.25314
        },
        {
         "src": "maps/d4_f4/img1/07_pool4_c2.png",
         "min": 0.0,
         "max": 2.38255
        },
        {
         "src": "maps/d4_f4/img1/07_pool4_c3.png",
         "min": 0.0,
         "max": 1.92744
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
        0.05865,
        0.3553
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/08_bottleneck_c0.png",
         "min": 0.0,
         "max": 1.3011
        },
        {
         "src": "maps/d4_f4/img1/08_bottleneck_c1.png",
         "min": 0.0,
         "max": 3.35841
        },
        {
         "src": "maps/d4_f4/img1/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.07558
        },
        {
         "src": "maps/d4_f4/img1/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 3.39448
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
        0.16681,
        1.22539
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/09_up4_upconv_c0.png",
         "min": -1.84696,
         "max": 1.40376
        },
        {
         "src": "maps/d4_f4/img1/09_up4_upconv_c1.png",
         "min": -2.14287,
         "max": 1.98535
        },
        {
         "src": "maps/d4_f4/img1/09_up4_upconv_c2.png",
         "min": -2.23685,
         "max": 1.48968
        },
        {
         "src": "maps/d4_f4/img1/09_up4_upconv_c3.png",
         "min": -1.7504,
         "max": 1.63795
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
        0.16173,
        0.72538
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/10_up4_concat_c0.png",
         "min": -1.84696,
         "max": 1.40376
        },
        {
         "src": "maps/d4_f4/img1/10_up4_concat_c1.png",
         "min": -2.14287,
         "max": 1.98535
        },
        {
         "src": "maps/d4_f4/img1/10_up4_concat_c2.png",
         "min": -2.23685,
         "max": 1.48968
        },
        {
         "src": "maps/d4_f4/img1/10_up4_concat_c3.png",
         "min": -1.7504,
         "max": 1.63795
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
        0.02217,
        0.82532
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/11_up4_c0.png",
         "min": 0.0,
         "max": 2.41775
        },
        {
         "src": "maps/d4_f4/img1/11_up4_c1.png",
         "min": 0.0,
         "max": 0.87819
        },
        {
         "src": "maps/d4_f4/img1/11_up4_c2.png",
         "min": 0.0,
         "max": 1.58135
        },
        {
         "src": "maps/d4_f4/img1/11_up4_c3.png",
         "min": 0.0,
         "max": 1.84713
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
        0.06152,
        2.02725
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/12_up3_upconv_c0.png",
         "min": -3.90906,
         "max": 4.34129
        },
        {
         "src": "maps/d4_f4/img1/12_up3_upconv_c1.png",
         "min": -3.35517,
         "max": 1.90416
        },
        {
         "src": "maps/d4_f4/img1/12_up3_upconv_c2.png",
         "min": -2.97408,
         "max": 3.71426
        },
        {
         "src": "maps/d4_f4/img1/12_up3_upconv_c3.png",
         "min": -2.39083,
         "max": 3.07335
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
        0.17317,
        1.23558
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/13_up3_concat_c0.png",
         "min": -3.90906,
         "max": 4.34129
        },
        {
         "src": "maps/d4_f4/img1/13_up3_concat_c1.png",
         "min": -3.35517,
         "max": 1.90416
        },
        {
         "src": "maps/d4_f4/img1/13_up3_concat_c2.png",
         "min": -2.97408,
         "max": 3.71426
        },
        {
         "src": "maps/d4_f4/img1/13_up3_concat_c3.png",
         "min": -2.39083,
         "max": 3.07335
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
        0.04564,
        2.15133
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/14_up3_c0.png",
         "min": 0.0,
         "max": 7.09654
        },
        {
         "src": "maps/d4_f4/img1/14_up3_c1.png",
         "min": 0.0,
         "max": 6.71475
        },
        {
         "src": "maps/d4_f4/img1/14_up3_c2.png",
         "min": 0.0,
         "max": 6.40613
        },
        {
         "src": "maps/d4_f4/img1/14_up3_c3.png",
         "min": 0.0,
         "max": 5.88749
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
        0.07479,
        7.20782
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/15_up2_upconv_c0.png",
         "min": -14.97979,
         "max": 6.17866
        },
        {
         "src": "maps/d4_f4/img1/15_up2_upconv_c1.png",
         "min": -8.30115,
         "max": 5.48668
        },
        {
         "src": "maps/d4_f4/img1/15_up2_upconv_c2.png",
         "min": -13.01954,
         "max": 11.41591
        },
        {
         "src": "maps/d4_f4/img1/15_up2_upconv_c3.png",
         "min": -9.93729,
         "max": 8.29707
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
        0.15936,
        3.74069
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/16_up2_concat_c0.png",
         "min": -14.97979,
         "max": 6.17866
        },
        {
         "src": "maps/d4_f4/img1/16_up2_concat_c1.png",
         "min": -8.30115,
         "max": 5.48668
        },
        {
         "src": "maps/d4_f4/img1/16_up2_concat_c2.png",
         "min": -13.01954,
         "max": 11.41591
        },
        {
         "src": "maps/d4_f4/img1/16_up2_concat_c3.png",
         "min": -9.93729,
         "max": 8.29707
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
        0.05506,
        7.70276
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/17_up2_c0.png",
         "min": 0.0,
         "max": 4.37506
        },
        {
         "src": "maps/d4_f4/img1/17_up2_c1.png",
         "min": 0.0,
         "max": 10.98685
        },
        {
         "src": "maps/d4_f4/img1/17_up2_c2.png",
         "min": 0.0,
         "max": 16.68862
        },
        {
         "src": "maps/d4_f4/img1/17_up2_c3.png",
         "min": 0.0,
         "max": 18.35031
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
        0.136,
        18.27714
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/18_up1_upconv_c0.png",
         "min": -28.29017,
         "max": 15.50442
        },
        {
         "src": "maps/d4_f4/img1/18_up1_upconv_c1.png",
         "min": -23.95913,
         "max": 4.74922
        },
        {
         "src": "maps/d4_f4/img1/18_up1_upconv_c2.png",
         "min": -25.85817,
         "max": 19.15782
        },
        {
         "src": "maps/d4_f4/img1/18_up1_upconv_c3.png",
         "min": -5.5029,
         "max": 13.52499
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
        0.2536,
        11.10116
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/19_up1_concat_c0.png",
         "min": -28.29017,
         "max": 15.50442
        },
        {
         "src": "maps/d4_f4/img1/19_up1_concat_c1.png",
         "min": -23.95913,
         "max": 4.74922
        },
        {
         "src": "maps/d4_f4/img1/19_up1_concat_c2.png",
         "min": -25.85817,
         "max": 19.15782
        },
        {
         "src": "maps/d4_f4/img1/19_up1_concat_c3.png",
         "min": -5.5029,
         "max": 13.52499
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
        0.35597,
        24.1839
       ],
       "channels": [
        {
         "src": "maps/d4_f4/img1/20_up1_c0.png",
         "min": 0.0,
         "max": 94.43682
        },
        {
         "src": "maps/d4_f4/img1/20_up1_c1.png",
         "min": 0.0,
         "max": 22.48296
        },
        {
         "src": "maps/d4_f4/img1/20_up1_c2.png",
         "min": 0.0,
         "max": 7.14042
        },
        {
         "src": "maps/d4_f4/img1/20_up1_c3.png",
         "min": 0.0,
         "max": 16.38627
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
       "changed": 0.1207,
       "dice": 0.7053,
       "hd95": 23.43
      },
      {
       "level": 2,
       "src": "maps/d4_f4/img1/without_skip2.png",
       "changed": 0.0305,
       "dice": 0.8794,
       "hd95": 42.34
      },
      {
       "level": 3,
       "src": "maps/d4_f4/img1/without_skip3.png",
       "changed": 0.0184,
       "dice": 0.9293,
       "hd95": 3.61
      },
      {
       "level": 4,
       "src": "maps/d4_f4/img1/without_skip4.png",
       "changed": 0.0287,
       "dice": 0.9224,
       "hd95": 4.84
      }
     ],
     "erf": {
      "grid": 4,
      "share": 0.95,
      "pixels": [
       [
        16,
        16
       ],
       [
        16,
        48
       ],
       [
        16,
        80
       ],
       [
        16,
        112
       ],
       [
        48,
        16
       ],
       [
        48,
        48
       ],
       [
        48,
        80
       ],
       [
        48,
        112
       ],
       [
        80,
        16
       ],
       [
        80,
        48
       ],
       [
        80,
        80
       ],
       [
        80,
        112
       ],
       [
        112,
        16
       ],
       [
        112,
        48
       ],
       [
        112,
        80
       ],
       [
        112,
        112
       ]
      ],
      "radius": [
       57.0,
       55.0,
       56.0,
       60.0,
       53.0,
       51.0,
       52.0,
       56.0,
       52.0,
       56.0,
       55.0,
       56.0,
       55.0,
       57.0,
       59.0,
       63.0
      ],
      "centre": "maps/d4_f4/img1/erf_centre.png",
      "centre_pixel": [
       64,
       64
      ],
      "centre_radius": 56.0
     }
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
    "memory_mib_batch8": "59.4",
    "repeats": "1",
    "failed": "0",
    "train_seconds": "536.6",
    "epochs": "54.0",
    "stopped_early": "1",
    "best_val_dice": "0.9634",
    "test_dice": "0.9603",
    "test_iou": "0.9248",
    "test_boundary_dice": "0.8264",
    "dice_ref": "0.959",
    "hd95": "7.92",
    "assd": "1.751",
    "erf_radius_init": "58.0",
    "erf_radius_trained": "54.0",
    "skip_loss1": "0.0532",
    "skip_loss2": "0.0127",
    "skip_loss3": "0.0111",
    "skip_loss4": "0.0063",
    "theoretical_radius": "99.5"
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
     -1.0909258127212524,
     1.0909258127212524
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
     "dice": 0.8895,
     "hd95": 16.8,
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
        0.02552,
        2.27832
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/00_down1_c0.png",
         "min": 0.0,
         "max": 4.4169
        },
        {
         "src": "maps/d4_f8/img0/00_down1_c1.png",
         "min": 0.0,
         "max": 1.96012
        },
        {
         "src": "maps/d4_f8/img0/00_down1_c2.png",
         "min": 0.0,
         "max": 2.52863
        },
        {
         "src": "maps/d4_f8/img0/00_down1_c3.png",
         "min": 0.0,
         "max": 3.59519
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
        0.10693,
        2.69134
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/01_pool1_c0.png",
         "min": 0.0,
         "max": 4.4169
        },
        {
         "src": "maps/d4_f8/img0/01_pool1_c1.png",
         "min": 0.0,
         "max": 1.96012
        },
        {
         "src": "maps/d4_f8/img0/01_pool1_c2.png",
         "min": 0.0,
         "max": 2.52863
        },
        {
         "src": "maps/d4_f8/img0/01_pool1_c3.png",
         "min": 0.0,
         "max": 3.59519
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
        0.03909,
        1.54341
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/02_down2_c0.png",
         "min": 0.0,
         "max": 2.0296
        },
        {
         "src": "maps/d4_f8/img0/02_down2_c1.png",
         "min": 0.0,
         "max": 4.48679
        },
        {
         "src": "maps/d4_f8/img0/02_down2_c2.png",
         "min": 0.0,
         "max": 2.19476
        },
        {
         "src": "maps/d4_f8/img0/02_down2_c3.png",
         "min": 0.0,
         "max": 5.5586
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
        0.13803,
        2.56944
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/03_pool2_c0.png",
         "min": 0.0,
         "max": 2.0296
        },
        {
         "src": "maps/d4_f8/img0/03_pool2_c1.png",
         "min": 0.0,
         "max": 4.48679
        },
        {
         "src": "maps/d4_f8/img0/03_pool2_c2.png",
         "min": 0.0,
         "max": 2.19476
        },
        {
         "src": "maps/d4_f8/img0/03_pool2_c3.png",
         "min": 0.0,
         "max": 5.5586
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
        0.0477,
        0.79473
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/04_down3_c0.png",
         "min": 0.0,
         "max": 1.99298
        },
        {
         "src": "maps/d4_f8/img0/04_down3_c1.png",
         "min": 0.0,
         "max": 2.15763
        },
        {
         "src": "maps/d4_f8/img0/04_down3_c2.png",
         "min": 0.0,
         "max": 4.10714
        },
        {
         "src": "maps/d4_f8/img0/04_down3_c3.png",
         "min": 0.0,
         "max": 2.46217
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
        0.1329,
        1.18215
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/05_pool3_c0.png",
         "min": 0.0,
         "max": 1.99298
        },
        {
         "src": "maps/d4_f8/img0/05_pool3_c1.png",
         "min": 0.0,
         "max": 2.15763
        },
        {
         "src": "maps/d4_f8/img0/05_pool3_c2.png",
         "min": 0.0,
         "max": 4.10714
        },
        {
         "src": "maps/d4_f8/img0/05_pool3_c3.png",
         "min": 0.0,
         "max": 2.46217
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
        0.01085,
        0.28161
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/06_down4_c0.png",
         "min": 0.0,
         "max": 3.33299
        },
        {
         "src": "maps/d4_f8/img0/06_down4_c1.png",
         "min": 0.0,
         "max": 1.69007
        },
        {
         "src": "maps/d4_f8/img0/06_down4_c2.png",
         "min": 0.0,
         "max": 1.17408
        },
        {
         "src": "maps/d4_f8/img0/06_down4_c3.png",
         "min": 0.0,
         "max": 1.69051
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
        0.11321,
        0.49864
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/07_pool4_c0.png",
         "min": 0.0,
         "max": 3.33299
        },
        {
         "src": "maps/d4_f8/img0/07_pool4_c1.png",
         "min": 0.0,
         "max": 1.69007
        },
        {
         "src": "maps/d4_f8/img0/07_pool4_c2.png",
         "min": 0.0,
         "max": 1.17408
        },
        {
         "src": "maps/d4_f8/img0/07_pool4_c3.png",
         "min": 0.0,
         "max": 1.69051
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
        0.04231,
        0.19263
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/08_bottleneck_c0.png",
         "min": 0.0,
         "max": 0.55796
        },
        {
         "src": "maps/d4_f8/img0/08_bottleneck_c1.png",
         "min": 0.0,
         "max": 1.43654
        },
        {
         "src": "maps/d4_f8/img0/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.86157
        },
        {
         "src": "maps/d4_f8/img0/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 0.43679
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
        0.15293,
        0.62624
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/09_up4_upconv_c0.png",
         "min": -1.22776,
         "max": 1.20784
        },
        {
         "src": "maps/d4_f8/img0/09_up4_upconv_c1.png",
         "min": -1.17775,
         "max": 1.37394
        },
        {
         "src": "maps/d4_f8/img0/09_up4_upconv_c2.png",
         "min": -0.96957,
         "max": 1.2571
        },
        {
         "src": "maps/d4_f8/img0/09_up4_upconv_c3.png",
         "min": -1.09341,
         "max": 1.07314
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
        0.12591,
        0.37574
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/10_up4_concat_c0.png",
         "min": -1.22776,
         "max": 1.20784
        },
        {
         "src": "maps/d4_f8/img0/10_up4_concat_c1.png",
         "min": -1.17775,
         "max": 1.37394
        },
        {
         "src": "maps/d4_f8/img0/10_up4_concat_c2.png",
         "min": -0.96957,
         "max": 1.2571
        },
        {
         "src": "maps/d4_f8/img0/10_up4_concat_c3.png",
         "min": -1.09341,
         "max": 1.07314
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
        0.05549,
        0.47164
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/11_up4_c0.png",
         "min": 0.0,
         "max": 2.46331
        },
        {
         "src": "maps/d4_f8/img0/11_up4_c1.png",
         "min": 0.0,
         "max": 3.64161
        },
        {
         "src": "maps/d4_f8/img0/11_up4_c2.png",
         "min": 0.0,
         "max": 1.50242
        },
        {
         "src": "maps/d4_f8/img0/11_up4_c3.png",
         "min": 0.0,
         "max": 2.0291
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
        0.10847,
        1.47088
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/12_up3_upconv_c0.png",
         "min": -2.98806,
         "max": 1.16475
        },
        {
         "src": "maps/d4_f8/img0/12_up3_upconv_c1.png",
         "min": -1.94981,
         "max": 2.98679
        },
        {
         "src": "maps/d4_f8/img0/12_up3_upconv_c2.png",
         "min": -2.81297,
         "max": 2.69332
        },
        {
         "src": "maps/d4_f8/img0/12_up3_upconv_c3.png",
         "min": -2.01763,
         "max": 1.61614
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
        0.15379,
        0.9254
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/13_up3_concat_c0.png",
         "min": -2.98806,
         "max": 1.16475
        },
        {
         "src": "maps/d4_f8/img0/13_up3_concat_c1.png",
         "min": -1.94981,
         "max": 2.98679
        },
        {
         "src": "maps/d4_f8/img0/13_up3_concat_c2.png",
         "min": -2.81297,
         "max": 2.69332
        },
        {
         "src": "maps/d4_f8/img0/13_up3_concat_c3.png",
         "min": -2.01763,
         "max": 1.61614
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
        0.01941,
        0.94169
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/14_up3_c0.png",
         "min": 0.0,
         "max": 3.22508
        },
        {
         "src": "maps/d4_f8/img0/14_up3_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f8/img0/14_up3_c2.png",
         "min": 0.0,
         "max": 1.20158
        },
        {
         "src": "maps/d4_f8/img0/14_up3_c3.png",
         "min": 0.0,
         "max": 1.90287
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
        0.08352,
        3.60795
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/15_up2_upconv_c0.png",
         "min": -4.32331,
         "max": 3.7713
        },
        {
         "src": "maps/d4_f8/img0/15_up2_upconv_c1.png",
         "min": -4.56534,
         "max": 3.66545
        },
        {
         "src": "maps/d4_f8/img0/15_up2_upconv_c2.png",
         "min": -4.47741,
         "max": 2.86078
        },
        {
         "src": "maps/d4_f8/img0/15_up2_upconv_c3.png",
         "min": -3.33963,
         "max": 2.82441
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
        0.0948,
        1.89567
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/16_up2_concat_c0.png",
         "min": -4.32331,
         "max": 3.7713
        },
        {
         "src": "maps/d4_f8/img0/16_up2_concat_c1.png",
         "min": -4.56534,
         "max": 3.66545
        },
        {
         "src": "maps/d4_f8/img0/16_up2_concat_c2.png",
         "min": -4.47741,
         "max": 2.86078
        },
        {
         "src": "maps/d4_f8/img0/16_up2_concat_c3.png",
         "min": -3.33963,
         "max": 2.82441
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
        0.0777,
        5.45261
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/17_up2_c0.png",
         "min": 0.0,
         "max": 2.06794
        },
        {
         "src": "maps/d4_f8/img0/17_up2_c1.png",
         "min": 0.0,
         "max": 21.42598
        },
        {
         "src": "maps/d4_f8/img0/17_up2_c2.png",
         "min": 0.0,
         "max": 7.20056
        },
        {
         "src": "maps/d4_f8/img0/17_up2_c3.png",
         "min": 0.0,
         "max": 10.91508
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
        0.11891,
        15.51914
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/18_up1_upconv_c0.png",
         "min": -27.40377,
         "max": 19.68103
        },
        {
         "src": "maps/d4_f8/img0/18_up1_upconv_c1.png",
         "min": -17.51885,
         "max": 9.36893
        },
        {
         "src": "maps/d4_f8/img0/18_up1_upconv_c2.png",
         "min": -23.2669,
         "max": 8.17717
        },
        {
         "src": "maps/d4_f8/img0/18_up1_upconv_c3.png",
         "min": -7.7843,
         "max": 15.44881
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
        0.15908,
        8.08174
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/19_up1_concat_c0.png",
         "min": -27.40377,
         "max": 19.68103
        },
        {
         "src": "maps/d4_f8/img0/19_up1_concat_c1.png",
         "min": -17.51885,
         "max": 9.36893
        },
        {
         "src": "maps/d4_f8/img0/19_up1_concat_c2.png",
         "min": -23.2669,
         "max": 8.17717
        },
        {
         "src": "maps/d4_f8/img0/19_up1_concat_c3.png",
         "min": -7.7843,
         "max": 15.44881
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
        0.39454,
        12.92616
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img0/20_up1_c0.png",
         "min": 0.0,
         "max": 16.57355
        },
        {
         "src": "maps/d4_f8/img0/20_up1_c1.png",
         "min": 0.0,
         "max": 5.16809
        },
        {
         "src": "maps/d4_f8/img0/20_up1_c2.png",
         "min": 0.0,
         "max": 56.57238
        },
        {
         "src": "maps/d4_f8/img0/20_up1_c3.png",
         "min": 0.0,
         "max": 45.26382
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
       "changed": 0.0393,
       "dice": 0.8967,
       "hd95": 8.0
      },
      {
       "level": 2,
       "src": "maps/d4_f8/img0/without_skip2.png",
       "changed": 0.0088,
       "dice": 0.8826,
       "hd95": 16.64
      },
      {
       "level": 3,
       "src": "maps/d4_f8/img0/without_skip3.png",
       "changed": 0.014,
       "dice": 0.8875,
       "hd95": 16.21
      },
      {
       "level": 4,
       "src": "maps/d4_f8/img0/without_skip4.png",
       "changed": 0.0128,
       "dice": 0.8546,
       "hd95": 17.51
      }
     ],
     "erf": {
      "grid": 4,
      "share": 0.95,
      "pixels": [
       [
        16,
        16
       ],
       [
        16,
        48
       ],
       [
        16,
        80
       ],
       [
        16,
        112
       ],
       [
        48,
        16
       ],
       [
        48,
        48
       ],
       [
        48,
        80
       ],
       [
        48,
        112
       ],
       [
        80,
        16
       ],
       [
        80,
        48
       ],
       [
        80,
        80
       ],
       [
        80,
        112
       ],
       [
        112,
        16
       ],
       [
        112,
        48
       ],
       [
        112,
        80
       ],
       [
        112,
        112
       ]
      ],
      "radius": [
       61.0,
       60.0,
       51.0,
       57.0,
       57.0,
       55.0,
       54.0,
       54.0,
       55.0,
       52.0,
       55.0,
       54.0,
       59.0,
       55.0,
       54.0,
       58.0
      ],
      "centre": "maps/d4_f8/img0/erf_centre.png",
      "centre_pixel": [
       64,
       64
      ],
      "centre_radius": 54.0
     }
    },
    "img1": {
     "output": "maps/d4_f8/img1/21_output_c0.png",
     "dice": 0.9562,
     "hd95": 2.24,
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
        0.02754,
        2.63601
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/00_down1_c0.png",
         "min": 0.0,
         "max": 4.49805
        },
        {
         "src": "maps/d4_f8/img1/00_down1_c1.png",
         "min": 0.0,
         "max": 2.77992
        },
        {
         "src": "maps/d4_f8/img1/00_down1_c2.png",
         "min": 0.0,
         "max": 3.47722
        },
        {
         "src": "maps/d4_f8/img1/00_down1_c3.png",
         "min": 0.0,
         "max": 3.494
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
        0.10101,
        3.74577
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/01_pool1_c0.png",
         "min": 0.0,
         "max": 4.49805
        },
        {
         "src": "maps/d4_f8/img1/01_pool1_c1.png",
         "min": 0.0,
         "max": 2.77992
        },
        {
         "src": "maps/d4_f8/img1/01_pool1_c2.png",
         "min": 0.0,
         "max": 3.47722
        },
        {
         "src": "maps/d4_f8/img1/01_pool1_c3.png",
         "min": 0.0,
         "max": 3.494
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
        0.04127,
        1.48469
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/02_down2_c0.png",
         "min": 0.0,
         "max": 2.08686
        },
        {
         "src": "maps/d4_f8/img1/02_down2_c1.png",
         "min": 0.0,
         "max": 4.80463
        },
        {
         "src": "maps/d4_f8/img1/02_down2_c2.png",
         "min": 0.0,
         "max": 2.7403
        },
        {
         "src": "maps/d4_f8/img1/02_down2_c3.png",
         "min": 0.0,
         "max": 5.31218
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
        0.16473,
        2.27728
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/03_pool2_c0.png",
         "min": 0.0,
         "max": 2.08686
        },
        {
         "src": "maps/d4_f8/img1/03_pool2_c1.png",
         "min": 0.0,
         "max": 4.80463
        },
        {
         "src": "maps/d4_f8/img1/03_pool2_c2.png",
         "min": 0.0,
         "max": 2.7403
        },
        {
         "src": "maps/d4_f8/img1/03_pool2_c3.png",
         "min": 0.0,
         "max": 5.31218
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
        0.0498,
        0.85277
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/04_down3_c0.png",
         "min": 0.0,
         "max": 2.31592
        },
        {
         "src": "maps/d4_f8/img1/04_down3_c1.png",
         "min": 0.0,
         "max": 1.30712
        },
        {
         "src": "maps/d4_f8/img1/04_down3_c2.png",
         "min": 0.0,
         "max": 4.97793
        },
        {
         "src": "maps/d4_f8/img1/04_down3_c3.png",
         "min": 0.0,
         "max": 2.69182
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
        0.16501,
        1.32008
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/05_pool3_c0.png",
         "min": 0.0,
         "max": 2.31592
        },
        {
         "src": "maps/d4_f8/img1/05_pool3_c1.png",
         "min": 0.0,
         "max": 1.30712
        },
        {
         "src": "maps/d4_f8/img1/05_pool3_c2.png",
         "min": 0.0,
         "max": 4.97793
        },
        {
         "src": "maps/d4_f8/img1/05_pool3_c3.png",
         "min": 0.0,
         "max": 2.69182
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
        0.02391,
        0.26844
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/06_down4_c0.png",
         "min": 0.0,
         "max": 2.8957
        },
        {
         "src": "maps/d4_f8/img1/06_down4_c1.png",
         "min": 0.0,
         "max": 1.29146
        },
        {
         "src": "maps/d4_f8/img1/06_down4_c2.png",
         "min": 0.0,
         "max": 1.04282
        },
        {
         "src": "maps/d4_f8/img1/06_down4_c3.png",
         "min": 0.0,
         "max": 1.84714
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
        0.10532,
        0.51795
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/07_pool4_c0.png",
         "min": 0.0,
         "max": 2.8957
        },
        {
         "src": "maps/d4_f8/img1/07_pool4_c1.png",
         "min": 0.0,
         "max": 1.29146
        },
        {
         "src": "maps/d4_f8/img1/07_pool4_c2.png",
         "min": 0.0,
         "max": 1.04282
        },
        {
         "src": "maps/d4_f8/img1/07_pool4_c3.png",
         "min": 0.0,
         "max": 1.84714
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
        0.03513,
        0.19824
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/08_bottleneck_c0.png",
         "min": 0.0,
         "max": 1.08276
        },
        {
         "src": "maps/d4_f8/img1/08_bottleneck_c1.png",
         "min": 0.0,
         "max": 1.39372
        },
        {
         "src": "maps/d4_f8/img1/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.92913
        },
        {
         "src": "maps/d4_f8/img1/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 0.18195
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
        0.10476,
        0.68083
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/09_up4_upconv_c0.png",
         "min": -1.88,
         "max": 1.21224
        },
        {
         "src": "maps/d4_f8/img1/09_up4_upconv_c1.png",
         "min": -1.27268,
         "max": 1.66435
        },
        {
         "src": "maps/d4_f8/img1/09_up4_upconv_c2.png",
         "min": -1.00276,
         "max": 1.17588
        },
        {
         "src": "maps/d4_f8/img1/09_up4_upconv_c3.png",
         "min": -1.30328,
         "max": 0.91857
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
        0.09674,
        0.39345
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/10_up4_concat_c0.png",
         "min": -1.88,
         "max": 1.21224
        },
        {
         "src": "maps/d4_f8/img1/10_up4_concat_c1.png",
         "min": -1.27268,
         "max": 1.66435
        },
        {
         "src": "maps/d4_f8/img1/10_up4_concat_c2.png",
         "min": -1.00276,
         "max": 1.17588
        },
        {
         "src": "maps/d4_f8/img1/10_up4_concat_c3.png",
         "min": -1.30328,
         "max": 0.91857
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
        0.04228,
        0.49776
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/11_up4_c0.png",
         "min": 0.0,
         "max": 2.3808
        },
        {
         "src": "maps/d4_f8/img1/11_up4_c1.png",
         "min": 0.0,
         "max": 3.13905
        },
        {
         "src": "maps/d4_f8/img1/11_up4_c2.png",
         "min": 0.0,
         "max": 1.26723
        },
        {
         "src": "maps/d4_f8/img1/11_up4_c3.png",
         "min": 0.0,
         "max": 2.80386
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
        0.11921,
        1.60183
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/12_up3_upconv_c0.png",
         "min": -3.24894,
         "max": 1.18684
        },
        {
         "src": "maps/d4_f8/img1/12_up3_upconv_c1.png",
         "min": -2.35493,
         "max": 2.95831
        },
        {
         "src": "maps/d4_f8/img1/12_up3_upconv_c2.png",
         "min": -2.89148,
         "max": 3.16699
        },
        {
         "src": "maps/d4_f8/img1/12_up3_upconv_c3.png",
         "min": -2.16801,
         "max": 1.8362
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
        0.15245,
        0.95154
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/13_up3_concat_c0.png",
         "min": -3.24894,
         "max": 1.18684
        },
        {
         "src": "maps/d4_f8/img1/13_up3_concat_c1.png",
         "min": -2.35493,
         "max": 2.95831
        },
        {
         "src": "maps/d4_f8/img1/13_up3_concat_c2.png",
         "min": -2.89148,
         "max": 3.16699
        },
        {
         "src": "maps/d4_f8/img1/13_up3_concat_c3.png",
         "min": -2.16801,
         "max": 1.8362
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
        0.0208,
        1.06765
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/14_up3_c0.png",
         "min": 0.0,
         "max": 2.95567
        },
        {
         "src": "maps/d4_f8/img1/14_up3_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f8/img1/14_up3_c2.png",
         "min": 0.0,
         "max": 1.34945
        },
        {
         "src": "maps/d4_f8/img1/14_up3_c3.png",
         "min": 0.0,
         "max": 2.04651
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
        0.07078,
        3.73721
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/15_up2_upconv_c0.png",
         "min": -4.70094,
         "max": 3.92446
        },
        {
         "src": "maps/d4_f8/img1/15_up2_upconv_c1.png",
         "min": -5.99029,
         "max": 3.85376
        },
        {
         "src": "maps/d4_f8/img1/15_up2_upconv_c2.png",
         "min": -4.68664,
         "max": 2.9803
        },
        {
         "src": "maps/d4_f8/img1/15_up2_upconv_c3.png",
         "min": -3.5222,
         "max": 2.8908
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
        0.12934,
        2.00415
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/16_up2_concat_c0.png",
         "min": -4.70094,
         "max": 3.92446
        },
        {
         "src": "maps/d4_f8/img1/16_up2_concat_c1.png",
         "min": -5.99029,
         "max": 3.85376
        },
        {
         "src": "maps/d4_f8/img1/16_up2_concat_c2.png",
         "min": -4.68664,
         "max": 2.9803
        },
        {
         "src": "maps/d4_f8/img1/16_up2_concat_c3.png",
         "min": -3.5222,
         "max": 2.8908
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
        0.04513,
        5.73305
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/17_up2_c0.png",
         "min": 0.0,
         "max": 1.97779
        },
        {
         "src": "maps/d4_f8/img1/17_up2_c1.png",
         "min": 0.0,
         "max": 21.85858
        },
        {
         "src": "maps/d4_f8/img1/17_up2_c2.png",
         "min": 0.0,
         "max": 7.48231
        },
        {
         "src": "maps/d4_f8/img1/17_up2_c3.png",
         "min": 0.0,
         "max": 11.67916
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
        0.0566,
        16.00053
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/18_up1_upconv_c0.png",
         "min": -28.04247,
         "max": 20.61276
        },
        {
         "src": "maps/d4_f8/img1/18_up1_upconv_c1.png",
         "min": -18.22281,
         "max": 9.5232
        },
        {
         "src": "maps/d4_f8/img1/18_up1_upconv_c2.png",
         "min": -24.64822,
         "max": 8.52057
        },
        {
         "src": "maps/d4_f8/img1/18_up1_upconv_c3.png",
         "min": -8.14243,
         "max": 16.11835
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
        0.17935,
        8.32069
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/19_up1_concat_c0.png",
         "min": -28.04247,
         "max": 20.61276
        },
        {
         "src": "maps/d4_f8/img1/19_up1_concat_c1.png",
         "min": -18.22281,
         "max": 9.5232
        },
        {
         "src": "maps/d4_f8/img1/19_up1_concat_c2.png",
         "min": -24.64822,
         "max": 8.52057
        },
        {
         "src": "maps/d4_f8/img1/19_up1_concat_c3.png",
         "min": -8.14243,
         "max": 16.11835
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
        0.33499,
        13.71818
       ],
       "channels": [
        {
         "src": "maps/d4_f8/img1/20_up1_c0.png",
         "min": 0.0,
         "max": 17.73426
        },
        {
         "src": "maps/d4_f8/img1/20_up1_c1.png",
         "min": 0.0,
         "max": 3.98858
        },
        {
         "src": "maps/d4_f8/img1/20_up1_c2.png",
         "min": 0.0,
         "max": 60.71048
        },
        {
         "src": "maps/d4_f8/img1/20_up1_c3.png",
         "min": 0.0,
         "max": 46.90381
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
       "changed": 0.0461,
       "dice": 0.8546,
       "hd95": 12.81
      },
      {
       "level": 2,
       "src": "maps/d4_f8/img1/without_skip2.png",
       "changed": 0.0121,
       "dice": 0.9327,
       "hd95": 11.78
      },
      {
       "level": 3,
       "src": "maps/d4_f8/img1/without_skip3.png",
       "changed": 0.0115,
       "dice": 0.9337,
       "hd95": 3.0
      },
      {
       "level": 4,
       "src": "maps/d4_f8/img1/without_skip4.png",
       "changed": 0.0092,
       "dice": 0.9552,
       "hd95": 2.0
      }
     ],
     "erf": {
      "grid": 4,
      "share": 0.95,
      "pixels": [
       [
        16,
        16
       ],
       [
        16,
        48
       ],
       [
        16,
        80
       ],
       [
        16,
        112
       ],
       [
        48,
        16
       ],
       [
        48,
        48
       ],
       [
        48,
        80
       ],
       [
        48,
        112
       ],
       [
        80,
        16
       ],
       [
        80,
        48
       ],
       [
        80,
        80
       ],
       [
        80,
        112
       ],
       [
        112,
        16
       ],
       [
        112,
        48
       ],
       [
        112,
        80
       ],
       [
        112,
        112
       ]
      ],
      "radius": [
       62.0,
       58.0,
       56.0,
       57.0,
       51.0,
       54.0,
       54.0,
       56.0,
       57.0,
       53.0,
       55.0,
       56.0,
       61.0,
       55.0,
       54.0,
       51.0
      ],
      "centre": "maps/d4_f8/img1/erf_centre.png",
      "centre_pixel": [
       64,
       64
      ],
      "centre_radius": 56.0
     }
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
    "memory_mib_batch8": "138.1",
    "repeats": "2",
    "failed": "0",
    "train_seconds": "5208.2",
    "epochs": "41.5",
    "stopped_early": "2",
    "best_val_dice": "0.9632",
    "test_dice": "0.9637",
    "test_dice_sd": "0.0015",
    "test_dice_ci_low": "0.9503",
    "test_dice_ci_high": "0.977",
    "test_iou": "0.9308",
    "test_iou_sd": "0.0026",
    "test_iou_ci_low": "0.9073",
    "test_iou_ci_high": "0.9544",
    "test_boundary_dice": "0.8376",
    "test_boundary_dice_sd": "0.0045",
    "test_boundary_dice_ci_low": "0.7975",
    "test_boundary_dice_ci_high": "0.8776",
    "dice_ref": "0.9618",
    "dice_ref_sd": "0.0016",
    "dice_ref_ci_low": "0.9472",
    "dice_ref_ci_high": "0.9765",
    "hd95": "6.773",
    "hd95_sd": "1.4086",
    "hd95_ci_low": "-5.8824",
    "hd95_ci_high": "19.4284",
    "assd": "1.5505",
    "assd_sd": "0.1761",
    "assd_ci_low": "-0.0314",
    "assd_ci_high": "3.1324",
    "erf_radius_init": "58.0",
    "erf_radius_init_sd": "0.0",
    "erf_radius_init_ci_low": "58.0",
    "erf_radius_init_ci_high": "58.0",
    "erf_radius_trained": "50.0",
    "erf_radius_trained_sd": "1.4142",
    "erf_radius_trained_ci_low": "37.2938",
    "erf_radius_trained_ci_high": "62.7062",
    "skip_loss1": "0.0204",
    "skip_loss1_sd": "0.0009",
    "skip_loss1_ci_low": "0.0121",
    "skip_loss1_ci_high": "0.0286",
    "skip_loss2": "0.0129",
    "skip_loss2_sd": "0.0008",
    "skip_loss2_ci_low": "0.0053",
    "skip_loss2_ci_high": "0.0205",
    "skip_loss3": "0.0098",
    "skip_loss3_sd": "0.0057",
    "skip_loss3_ci_low": "-0.041",
    "skip_loss3_ci_high": "0.0606",
    "skip_loss4": "0.0028",
    "skip_loss4_sd": "0.0003",
    "skip_loss4_ci_low": "0.0003",
    "skip_loss4_ci_high": "0.0053",
    "theoretical_radius": "99.5"
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
     -1.1332606077194214,
     1.1332606077194214
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
     "dice": 0.8918,
     "hd95": 17.06,
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
        0.02606,
        1.16941
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/00_down1_c0.png",
         "min": 0.0,
         "max": 2.47827
        },
        {
         "src": "maps/d4_f16/img0/00_down1_c1.png",
         "min": 0.0,
         "max": 3.14435
        },
        {
         "src": "maps/d4_f16/img0/00_down1_c2.png",
         "min": 0.0,
         "max": 6.80975
        },
        {
         "src": "maps/d4_f16/img0/00_down1_c3.png",
         "min": 0.0,
         "max": 3.25549
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
        0.07102,
        1.57152
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/01_pool1_c0.png",
         "min": 0.0,
         "max": 2.47827
        },
        {
         "src": "maps/d4_f16/img0/01_pool1_c1.png",
         "min": 0.0,
         "max": 3.14435
        },
        {
         "src": "maps/d4_f16/img0/01_pool1_c2.png",
         "min": 0.0,
         "max": 6.80975
        },
        {
         "src": "maps/d4_f16/img0/01_pool1_c3.png",
         "min": 0.0,
         "max": 3.25549
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
        0.01908,
        0.71625
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/02_down2_c0.png",
         "min": 0.0,
         "max": 2.07976
        },
        {
         "src": "maps/d4_f16/img0/02_down2_c1.png",
         "min": 0.0,
         "max": 2.02193
        },
        {
         "src": "maps/d4_f16/img0/02_down2_c2.png",
         "min": 0.0,
         "max": 0.70906
        },
        {
         "src": "maps/d4_f16/img0/02_down2_c3.png",
         "min": 0.0,
         "max": 3.73872
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
        0.07777,
        1.07873
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/03_pool2_c0.png",
         "min": 0.0,
         "max": 2.07976
        },
        {
         "src": "maps/d4_f16/img0/03_pool2_c1.png",
         "min": 0.0,
         "max": 2.02193
        },
        {
         "src": "maps/d4_f16/img0/03_pool2_c2.png",
         "min": 0.0,
         "max": 0.70906
        },
        {
         "src": "maps/d4_f16/img0/03_pool2_c3.png",
         "min": 0.0,
         "max": 3.73872
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
        0.00689,
        0.28358
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/04_down3_c0.png",
         "min": 0.0,
         "max": 1.56832
        },
        {
         "src": "maps/d4_f16/img0/04_down3_c1.png",
         "min": 0.0,
         "max": 1.6761
        },
        {
         "src": "maps/d4_f16/img0/04_down3_c2.png",
         "min": 0.0,
         "max": 1.32493
        },
        {
         "src": "maps/d4_f16/img0/04_down3_c3.png",
         "min": 0.0,
         "max": 1.86891
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
        0.04224,
        0.43049
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/05_pool3_c0.png",
         "min": 0.0,
         "max": 1.56832
        },
        {
         "src": "maps/d4_f16/img0/05_pool3_c1.png",
         "min": 0.0,
         "max": 1.6761
        },
        {
         "src": "maps/d4_f16/img0/05_pool3_c2.png",
         "min": 0.0,
         "max": 1.32493
        },
        {
         "src": "maps/d4_f16/img0/05_pool3_c3.png",
         "min": 0.0,
         "max": 1.86891
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
        0.00743,
        0.10658
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/06_down4_c0.png",
         "min": 0.0,
         "max": 0.28581
        },
        {
         "src": "maps/d4_f16/img0/06_down4_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f16/img0/06_down4_c2.png",
         "min": 0.0,
         "max": 0.40409
        },
        {
         "src": "maps/d4_f16/img0/06_down4_c3.png",
         "min": 0.0,
         "max": 1.96811
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
        0.03647,
        0.19199
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/07_pool4_c0.png",
         "min": 0.0,
         "max": 0.28581
        },
        {
         "src": "maps/d4_f16/img0/07_pool4_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f16/img0/07_pool4_c2.png",
         "min": 0.0,
         "max": 0.40409
        },
        {
         "src": "maps/d4_f16/img0/07_pool4_c3.png",
         "min": 0.0,
         "max": 1.96811
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
        0.01298,
        0.09996
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
         "max": 0.28734
        },
        {
         "src": "maps/d4_f16/img0/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.08158
        },
        {
         "src": "maps/d4_f16/img0/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 0.69822
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
        0.07002,
        0.37968
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/09_up4_upconv_c0.png",
         "min": -0.73625,
         "max": 0.62988
        },
        {
         "src": "maps/d4_f16/img0/09_up4_upconv_c1.png",
         "min": -0.87741,
         "max": 0.44399
        },
        {
         "src": "maps/d4_f16/img0/09_up4_upconv_c2.png",
         "min": -0.51105,
         "max": 0.62079
        },
        {
         "src": "maps/d4_f16/img0/09_up4_upconv_c3.png",
         "min": -1.10863,
         "max": 0.5578
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
        0.048,
        0.20159
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/10_up4_concat_c0.png",
         "min": -0.73625,
         "max": 0.62988
        },
        {
         "src": "maps/d4_f16/img0/10_up4_concat_c1.png",
         "min": -0.87741,
         "max": 0.44399
        },
        {
         "src": "maps/d4_f16/img0/10_up4_concat_c2.png",
         "min": -0.51105,
         "max": 0.62079
        },
        {
         "src": "maps/d4_f16/img0/10_up4_concat_c3.png",
         "min": -1.10863,
         "max": 0.5578
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
        0.01483,
        0.28204
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/11_up4_c0.png",
         "min": 0.0,
         "max": 0.41927
        },
        {
         "src": "maps/d4_f16/img0/11_up4_c1.png",
         "min": 0.0,
         "max": 2.43648
        },
        {
         "src": "maps/d4_f16/img0/11_up4_c2.png",
         "min": 0.0,
         "max": 0.49515
        },
        {
         "src": "maps/d4_f16/img0/11_up4_c3.png",
         "min": 0.0,
         "max": 2.65605
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
        0.03831,
        1.27819
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/12_up3_upconv_c0.png",
         "min": -2.07345,
         "max": 2.90696
        },
        {
         "src": "maps/d4_f16/img0/12_up3_upconv_c1.png",
         "min": -0.95031,
         "max": 0.93157
        },
        {
         "src": "maps/d4_f16/img0/12_up3_upconv_c2.png",
         "min": -1.97122,
         "max": 1.86668
        },
        {
         "src": "maps/d4_f16/img0/12_up3_upconv_c3.png",
         "min": -1.3406,
         "max": 3.84705
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
        0.03512,
        0.69391
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/13_up3_concat_c0.png",
         "min": -2.07345,
         "max": 2.90696
        },
        {
         "src": "maps/d4_f16/img0/13_up3_concat_c1.png",
         "min": -0.95031,
         "max": 0.93157
        },
        {
         "src": "maps/d4_f16/img0/13_up3_concat_c2.png",
         "min": -1.97122,
         "max": 1.86668
        },
        {
         "src": "maps/d4_f16/img0/13_up3_concat_c3.png",
         "min": -1.3406,
         "max": 3.84705
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
        0.02884,
        0.7101
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/14_up3_c0.png",
         "min": 0.0,
         "max": 0.87633
        },
        {
         "src": "maps/d4_f16/img0/14_up3_c1.png",
         "min": 0.0,
         "max": 1.38632
        },
        {
         "src": "maps/d4_f16/img0/14_up3_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f16/img0/14_up3_c3.png",
         "min": 0.0,
         "max": 0.3725
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
        0.07358,
        2.27639
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/15_up2_upconv_c0.png",
         "min": -5.38643,
         "max": 4.7319
        },
        {
         "src": "maps/d4_f16/img0/15_up2_upconv_c1.png",
         "min": -4.22828,
         "max": 4.15394
        },
        {
         "src": "maps/d4_f16/img0/15_up2_upconv_c2.png",
         "min": -2.56954,
         "max": 3.877
        },
        {
         "src": "maps/d4_f16/img0/15_up2_upconv_c3.png",
         "min": -2.71737,
         "max": 3.82811
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
        0.11099,
        1.1952
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/16_up2_concat_c0.png",
         "min": -5.38643,
         "max": 4.7319
        },
        {
         "src": "maps/d4_f16/img0/16_up2_concat_c1.png",
         "min": -4.22828,
         "max": 4.15394
        },
        {
         "src": "maps/d4_f16/img0/16_up2_concat_c2.png",
         "min": -2.56954,
         "max": 3.877
        },
        {
         "src": "maps/d4_f16/img0/16_up2_concat_c3.png",
         "min": -2.71737,
         "max": 3.82811
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
        0.11311,
        2.49429
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/17_up2_c0.png",
         "min": 0.0,
         "max": 1.46511
        },
        {
         "src": "maps/d4_f16/img0/17_up2_c1.png",
         "min": 0.0,
         "max": 9.80192
        },
        {
         "src": "maps/d4_f16/img0/17_up2_c2.png",
         "min": 0.0,
         "max": 1.08469
        },
        {
         "src": "maps/d4_f16/img0/17_up2_c3.png",
         "min": 0.0,
         "max": 5.78162
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
        0.22473,
        5.65472
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/18_up1_upconv_c0.png",
         "min": -16.22399,
         "max": 7.63398
        },
        {
         "src": "maps/d4_f16/img0/18_up1_upconv_c1.png",
         "min": -6.07473,
         "max": 9.6807
        },
        {
         "src": "maps/d4_f16/img0/18_up1_upconv_c2.png",
         "min": -11.79047,
         "max": 4.01449
        },
        {
         "src": "maps/d4_f16/img0/18_up1_upconv_c3.png",
         "min": -9.09368,
         "max": 4.45442
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
        0.18261,
        2.88881
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/19_up1_concat_c0.png",
         "min": -16.22399,
         "max": 7.63398
        },
        {
         "src": "maps/d4_f16/img0/19_up1_concat_c1.png",
         "min": -6.07473,
         "max": 9.6807
        },
        {
         "src": "maps/d4_f16/img0/19_up1_concat_c2.png",
         "min": -11.79047,
         "max": 4.01449
        },
        {
         "src": "maps/d4_f16/img0/19_up1_concat_c3.png",
         "min": -9.09368,
         "max": 4.45442
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
        0.23875,
        5.64181
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img0/20_up1_c0.png",
         "min": 0.0,
         "max": 11.01932
        },
        {
         "src": "maps/d4_f16/img0/20_up1_c1.png",
         "min": 0.0,
         "max": 16.9622
        },
        {
         "src": "maps/d4_f16/img0/20_up1_c2.png",
         "min": 0.0,
         "max": 19.90828
        },
        {
         "src": "maps/d4_f16/img0/20_up1_c3.png",
         "min": 0.0,
         "max": 20.47054
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
       "changed": 0.0183,
       "dice": 0.8955,
       "hd95": 14.7
      },
      {
       "level": 2,
       "src": "maps/d4_f16/img0/without_skip2.png",
       "changed": 0.0103,
       "dice": 0.9008,
       "hd95": 15.49
      },
      {
       "level": 3,
       "src": "maps/d4_f16/img0/without_skip3.png",
       "changed": 0.0095,
       "dice": 0.8774,
       "hd95": 16.89
      },
      {
       "level": 4,
       "src": "maps/d4_f16/img0/without_skip4.png",
       "changed": 0.005,
       "dice": 0.881,
       "hd95": 17.07
      }
     ],
     "erf": {
      "grid": 4,
      "share": 0.95,
      "pixels": [
       [
        16,
        16
       ],
       [
        16,
        48
       ],
       [
        16,
        80
       ],
       [
        16,
        112
       ],
       [
        48,
        16
       ],
       [
        48,
        48
       ],
       [
        48,
        80
       ],
       [
        48,
        112
       ],
       [
        80,
        16
       ],
       [
        80,
        48
       ],
       [
        80,
        80
       ],
       [
        80,
        112
       ],
       [
        112,
        16
       ],
       [
        112,
        48
       ],
       [
        112,
        80
       ],
       [
        112,
        112
       ]
      ],
      "radius": [
       59.0,
       54.0,
       52.0,
       57.0,
       50.0,
       50.0,
       51.0,
       52.0,
       46.0,
       57.0,
       60.0,
       52.0,
       51.0,
       49.0,
       54.0,
       55.0
      ],
      "centre": "maps/d4_f16/img0/erf_centre.png",
      "centre_pixel": [
       64,
       64
      ],
      "centre_radius": 49.0
     }
    },
    "img1": {
     "output": "maps/d4_f16/img1/21_output_c0.png",
     "dice": 0.954,
     "hd95": 3.0,
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
        0.02549,
        1.22861
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/00_down1_c0.png",
         "min": 0.0,
         "max": 3.15059
        },
        {
         "src": "maps/d4_f16/img1/00_down1_c1.png",
         "min": 0.0,
         "max": 3.17156
        },
        {
         "src": "maps/d4_f16/img1/00_down1_c2.png",
         "min": 0.0,
         "max": 7.71109
        },
        {
         "src": "maps/d4_f16/img1/00_down1_c3.png",
         "min": 0.0,
         "max": 3.26761
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
        0.06216,
        1.90665
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/01_pool1_c0.png",
         "min": 0.0,
         "max": 3.15059
        },
        {
         "src": "maps/d4_f16/img1/01_pool1_c1.png",
         "min": 0.0,
         "max": 3.17156
        },
        {
         "src": "maps/d4_f16/img1/01_pool1_c2.png",
         "min": 0.0,
         "max": 7.71109
        },
        {
         "src": "maps/d4_f16/img1/01_pool1_c3.png",
         "min": 0.0,
         "max": 3.26761
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
        0.02404,
        0.75964
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/02_down2_c0.png",
         "min": 0.0,
         "max": 2.52793
        },
        {
         "src": "maps/d4_f16/img1/02_down2_c1.png",
         "min": 0.0,
         "max": 1.62927
        },
        {
         "src": "maps/d4_f16/img1/02_down2_c2.png",
         "min": 0.0,
         "max": 0.67308
        },
        {
         "src": "maps/d4_f16/img1/02_down2_c3.png",
         "min": 0.0,
         "max": 3.0283
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
        0.0693,
        1.25536
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/03_pool2_c0.png",
         "min": 0.0,
         "max": 2.52793
        },
        {
         "src": "maps/d4_f16/img1/03_pool2_c1.png",
         "min": 0.0,
         "max": 1.62927
        },
        {
         "src": "maps/d4_f16/img1/03_pool2_c2.png",
         "min": 0.0,
         "max": 0.67308
        },
        {
         "src": "maps/d4_f16/img1/03_pool2_c3.png",
         "min": 0.0,
         "max": 3.0283
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
        0.01487,
        0.24366
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/04_down3_c0.png",
         "min": 0.0,
         "max": 1.25175
        },
        {
         "src": "maps/d4_f16/img1/04_down3_c1.png",
         "min": 0.0,
         "max": 1.49028
        },
        {
         "src": "maps/d4_f16/img1/04_down3_c2.png",
         "min": 0.0,
         "max": 1.53695
        },
        {
         "src": "maps/d4_f16/img1/04_down3_c3.png",
         "min": 0.0,
         "max": 2.04169
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
        0.05742,
        0.4674
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/05_pool3_c0.png",
         "min": 0.0,
         "max": 1.25175
        },
        {
         "src": "maps/d4_f16/img1/05_pool3_c1.png",
         "min": 0.0,
         "max": 1.49028
        },
        {
         "src": "maps/d4_f16/img1/05_pool3_c2.png",
         "min": 0.0,
         "max": 1.53695
        },
        {
         "src": "maps/d4_f16/img1/05_pool3_c3.png",
         "min": 0.0,
         "max": 2.04169
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
        0.00339,
        0.10865
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/06_down4_c0.png",
         "min": 0.0,
         "max": 0.19507
        },
        {
         "src": "maps/d4_f16/img1/06_down4_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f16/img1/06_down4_c2.png",
         "min": 0.0,
         "max": 0.60893
        },
        {
         "src": "maps/d4_f16/img1/06_down4_c3.png",
         "min": 0.0,
         "max": 1.88284
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
        0.03447,
        0.19523
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/07_pool4_c0.png",
         "min": 0.0,
         "max": 0.19507
        },
        {
         "src": "maps/d4_f16/img1/07_pool4_c1.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f16/img1/07_pool4_c2.png",
         "min": 0.0,
         "max": 0.60893
        },
        {
         "src": "maps/d4_f16/img1/07_pool4_c3.png",
         "min": 0.0,
         "max": 1.88284
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
        0.00699,
        0.10812
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
         "max": 0.10525
        },
        {
         "src": "maps/d4_f16/img1/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.64099
        },
        {
         "src": "maps/d4_f16/img1/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 0.62378
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
        0.0446,
        0.4322
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/09_up4_upconv_c0.png",
         "min": -0.82017,
         "max": 0.88217
        },
        {
         "src": "maps/d4_f16/img1/09_up4_upconv_c1.png",
         "min": -0.89452,
         "max": 0.50474
        },
        {
         "src": "maps/d4_f16/img1/09_up4_upconv_c2.png",
         "min": -0.50302,
         "max": 0.4721
        },
        {
         "src": "maps/d4_f16/img1/09_up4_upconv_c3.png",
         "min": -1.1334,
         "max": 0.5572
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
        0.03468,
        0.23854
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/10_up4_concat_c0.png",
         "min": -0.82017,
         "max": 0.88217
        },
        {
         "src": "maps/d4_f16/img1/10_up4_concat_c1.png",
         "min": -0.89452,
         "max": 0.50474
        },
        {
         "src": "maps/d4_f16/img1/10_up4_concat_c2.png",
         "min": -0.50302,
         "max": 0.4721
        },
        {
         "src": "maps/d4_f16/img1/10_up4_concat_c3.png",
         "min": -1.1334,
         "max": 0.5572
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
        0.01234,
        0.30806
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/11_up4_c0.png",
         "min": 0.0,
         "max": 0.55389
        },
        {
         "src": "maps/d4_f16/img1/11_up4_c1.png",
         "min": 0.0,
         "max": 2.17976
        },
        {
         "src": "maps/d4_f16/img1/11_up4_c2.png",
         "min": 0.0,
         "max": 1.08855
        },
        {
         "src": "maps/d4_f16/img1/11_up4_c3.png",
         "min": 0.0,
         "max": 2.67871
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
        0.03424,
        1.04055
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/12_up3_upconv_c0.png",
         "min": -2.22311,
         "max": 2.3095
        },
        {
         "src": "maps/d4_f16/img1/12_up3_upconv_c1.png",
         "min": -1.09053,
         "max": 0.87382
        },
        {
         "src": "maps/d4_f16/img1/12_up3_upconv_c2.png",
         "min": -1.52748,
         "max": 1.46077
        },
        {
         "src": "maps/d4_f16/img1/12_up3_upconv_c3.png",
         "min": -1.2085,
         "max": 3.11598
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
        0.02904,
        0.5701
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/13_up3_concat_c0.png",
         "min": -2.22311,
         "max": 2.3095
        },
        {
         "src": "maps/d4_f16/img1/13_up3_concat_c1.png",
         "min": -1.09053,
         "max": 0.87382
        },
        {
         "src": "maps/d4_f16/img1/13_up3_concat_c2.png",
         "min": -1.52748,
         "max": 1.46077
        },
        {
         "src": "maps/d4_f16/img1/13_up3_concat_c3.png",
         "min": -1.2085,
         "max": 3.11598
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
        0.02893,
        0.64774
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/14_up3_c0.png",
         "min": 0.0,
         "max": 1.34375
        },
        {
         "src": "maps/d4_f16/img1/14_up3_c1.png",
         "min": 0.0,
         "max": 1.69531
        },
        {
         "src": "maps/d4_f16/img1/14_up3_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f16/img1/14_up3_c3.png",
         "min": 0.0,
         "max": 0.24196
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
        0.06124,
        2.00866
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/15_up2_upconv_c0.png",
         "min": -4.92524,
         "max": 4.73608
        },
        {
         "src": "maps/d4_f16/img1/15_up2_upconv_c1.png",
         "min": -4.36061,
         "max": 3.88635
        },
        {
         "src": "maps/d4_f16/img1/15_up2_upconv_c2.png",
         "min": -2.25861,
         "max": 4.10081
        },
        {
         "src": "maps/d4_f16/img1/15_up2_upconv_c3.png",
         "min": -2.80065,
         "max": 4.05391
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
        0.0982,
        1.0629
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/16_up2_concat_c0.png",
         "min": -4.92524,
         "max": 4.73608
        },
        {
         "src": "maps/d4_f16/img1/16_up2_concat_c1.png",
         "min": -4.36061,
         "max": 3.88635
        },
        {
         "src": "maps/d4_f16/img1/16_up2_concat_c2.png",
         "min": -2.25861,
         "max": 4.10081
        },
        {
         "src": "maps/d4_f16/img1/16_up2_concat_c3.png",
         "min": -2.80065,
         "max": 4.05391
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
        0.09665,
        2.53459
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/17_up2_c0.png",
         "min": 0.0,
         "max": 1.64292
        },
        {
         "src": "maps/d4_f16/img1/17_up2_c1.png",
         "min": 0.0,
         "max": 8.62565
        },
        {
         "src": "maps/d4_f16/img1/17_up2_c2.png",
         "min": 0.0,
         "max": 1.51116
        },
        {
         "src": "maps/d4_f16/img1/17_up2_c3.png",
         "min": 0.0,
         "max": 5.76164
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
        0.22863,
        5.81198
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/18_up1_upconv_c0.png",
         "min": -13.99908,
         "max": 6.65421
        },
        {
         "src": "maps/d4_f16/img1/18_up1_upconv_c1.png",
         "min": -6.3276,
         "max": 9.35892
        },
        {
         "src": "maps/d4_f16/img1/18_up1_upconv_c2.png",
         "min": -12.06308,
         "max": 3.78554
        },
        {
         "src": "maps/d4_f16/img1/18_up1_upconv_c3.png",
         "min": -10.90389,
         "max": 4.17266
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
        0.18677,
        3.32189
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/19_up1_concat_c0.png",
         "min": -13.99908,
         "max": 6.65421
        },
        {
         "src": "maps/d4_f16/img1/19_up1_concat_c1.png",
         "min": -6.3276,
         "max": 9.35892
        },
        {
         "src": "maps/d4_f16/img1/19_up1_concat_c2.png",
         "min": -12.06308,
         "max": 3.78554
        },
        {
         "src": "maps/d4_f16/img1/19_up1_concat_c3.png",
         "min": -10.90389,
         "max": 4.17266
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
        0.19765,
        6.6095
       ],
       "channels": [
        {
         "src": "maps/d4_f16/img1/20_up1_c0.png",
         "min": 0.0,
         "max": 11.12912
        },
        {
         "src": "maps/d4_f16/img1/20_up1_c1.png",
         "min": 0.0,
         "max": 20.27184
        },
        {
         "src": "maps/d4_f16/img1/20_up1_c2.png",
         "min": 0.0,
         "max": 21.61541
        },
        {
         "src": "maps/d4_f16/img1/20_up1_c3.png",
         "min": 0.0,
         "max": 20.16493
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
       "changed": 0.0192,
       "dice": 0.9138,
       "hd95": 9.85
      },
      {
       "level": 2,
       "src": "maps/d4_f16/img1/without_skip2.png",
       "changed": 0.0125,
       "dice": 0.9302,
       "hd95": 4.24
      },
      {
       "level": 3,
       "src": "maps/d4_f16/img1/without_skip3.png",
       "changed": 0.0076,
       "dice": 0.9475,
       "hd95": 3.0
      },
      {
       "level": 4,
       "src": "maps/d4_f16/img1/without_skip4.png",
       "changed": 0.0061,
       "dice": 0.9595,
       "hd95": 2.0
      }
     ],
     "erf": {
      "grid": 4,
      "share": 0.95,
      "pixels": [
       [
        16,
        16
       ],
       [
        16,
        48
       ],
       [
        16,
        80
       ],
       [
        16,
        112
       ],
       [
        48,
        16
       ],
       [
        48,
        48
       ],
       [
        48,
        80
       ],
       [
        48,
        112
       ],
       [
        80,
        16
       ],
       [
        80,
        48
       ],
       [
        80,
        80
       ],
       [
        80,
        112
       ],
       [
        112,
        16
       ],
       [
        112,
        48
       ],
       [
        112,
        80
       ],
       [
        112,
        112
       ]
      ],
      "radius": [
       57.0,
       47.0,
       52.0,
       59.0,
       47.0,
       45.0,
       53.0,
       54.0,
       49.0,
       57.0,
       59.0,
       52.0,
       54.0,
       49.0,
       53.0,
       57.0
      ],
      "centre": "maps/d4_f16/img1/erf_centre.png",
      "centre_pixel": [
       64,
       64
      ],
      "centre_radius": 49.0
     }
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
    "memory_mib_batch8": "353.4",
    "repeats": "2",
    "failed": "0",
    "train_seconds": "5382.0",
    "epochs": "44.0",
    "stopped_early": "2",
    "best_val_dice": "0.9644",
    "test_dice": "0.9641",
    "test_dice_sd": "0.0021",
    "test_dice_ci_low": "0.945",
    "test_dice_ci_high": "0.9832",
    "test_iou": "0.9318",
    "test_iou_sd": "0.0036",
    "test_iou_ci_low": "0.8993",
    "test_iou_ci_high": "0.9642",
    "test_boundary_dice": "0.8429",
    "test_boundary_dice_sd": "0.0046",
    "test_boundary_dice_ci_low": "0.8017",
    "test_boundary_dice_ci_high": "0.8842",
    "dice_ref": "0.9628",
    "dice_ref_sd": "0.0028",
    "dice_ref_ci_low": "0.9381",
    "dice_ref_ci_high": "0.9876",
    "hd95": "7.3695",
    "hd95_sd": "2.1277",
    "hd95_ci_low": "-11.747",
    "hd95_ci_high": "26.486",
    "assd": "1.5035",
    "assd_sd": "0.2213",
    "assd_ci_low": "-0.485",
    "assd_ci_high": "3.492",
    "erf_radius_init": "58.0",
    "erf_radius_init_sd": "0.0",
    "erf_radius_init_ci_low": "58.0",
    "erf_radius_init_ci_high": "58.0",
    "erf_radius_trained": "49.5",
    "erf_radius_trained_sd": "0.7071",
    "erf_radius_trained_ci_low": "43.1469",
    "erf_radius_trained_ci_high": "55.8531",
    "skip_loss1": "0.0123",
    "skip_loss1_sd": "0.0021",
    "skip_loss1_ci_low": "-0.0068",
    "skip_loss1_ci_high": "0.0314",
    "skip_loss2": "0.033",
    "skip_loss2_sd": "0.0079",
    "skip_loss2_ci_low": "-0.0382",
    "skip_loss2_ci_high": "0.1042",
    "skip_loss3": "0.0103",
    "skip_loss3_sd": "0.0028",
    "skip_loss3_ci_low": "-0.0144",
    "skip_loss3_ci_high": "0.0351",
    "skip_loss4": "0.008",
    "skip_loss4_sd": "0.01",
    "skip_loss4_ci_low": "-0.0816",
    "skip_loss4_ci_high": "0.0975",
    "theoretical_radius": "99.5"
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
     -1.4998582601547241,
     1.4998582601547241
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
     "dice": 0.8892,
     "hd95": 16.87,
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
        0.03311,
        1.4867
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/00_down1_c0.png",
         "min": 0.0,
         "max": 3.47547
        },
        {
         "src": "maps/d4_f32/img0/00_down1_c1.png",
         "min": 0.0,
         "max": 3.77512
        },
        {
         "src": "maps/d4_f32/img0/00_down1_c2.png",
         "min": 0.0,
         "max": 2.63394
        },
        {
         "src": "maps/d4_f32/img0/00_down1_c3.png",
         "min": 0.0,
         "max": 5.63387
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
        0.06042,
        2.22563
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/01_pool1_c0.png",
         "min": 0.0,
         "max": 3.47547
        },
        {
         "src": "maps/d4_f32/img0/01_pool1_c1.png",
         "min": 0.0,
         "max": 3.77512
        },
        {
         "src": "maps/d4_f32/img0/01_pool1_c2.png",
         "min": 0.0,
         "max": 2.63394
        },
        {
         "src": "maps/d4_f32/img0/01_pool1_c3.png",
         "min": 0.0,
         "max": 5.63387
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
        0.02353,
        1.15837
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/02_down2_c0.png",
         "min": 0.0,
         "max": 2.77122
        },
        {
         "src": "maps/d4_f32/img0/02_down2_c1.png",
         "min": 0.0,
         "max": 0.58416
        },
        {
         "src": "maps/d4_f32/img0/02_down2_c2.png",
         "min": 0.0,
         "max": 8.54812
        },
        {
         "src": "maps/d4_f32/img0/02_down2_c3.png",
         "min": 0.0,
         "max": 2.76386
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
        0.04377,
        1.77837
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/03_pool2_c0.png",
         "min": 0.0,
         "max": 2.77122
        },
        {
         "src": "maps/d4_f32/img0/03_pool2_c1.png",
         "min": 0.0,
         "max": 0.58416
        },
        {
         "src": "maps/d4_f32/img0/03_pool2_c2.png",
         "min": 0.0,
         "max": 8.54812
        },
        {
         "src": "maps/d4_f32/img0/03_pool2_c3.png",
         "min": 0.0,
         "max": 2.76386
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
        0.00713,
        0.38027
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/04_down3_c0.png",
         "min": 0.0,
         "max": 1.80049
        },
        {
         "src": "maps/d4_f32/img0/04_down3_c1.png",
         "min": 0.0,
         "max": 0.81507
        },
        {
         "src": "maps/d4_f32/img0/04_down3_c2.png",
         "min": 0.0,
         "max": 0.11367
        },
        {
         "src": "maps/d4_f32/img0/04_down3_c3.png",
         "min": 0.0,
         "max": 2.62435
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
        0.03355,
        0.4933
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/05_pool3_c0.png",
         "min": 0.0,
         "max": 1.80049
        },
        {
         "src": "maps/d4_f32/img0/05_pool3_c1.png",
         "min": 0.0,
         "max": 0.81507
        },
        {
         "src": "maps/d4_f32/img0/05_pool3_c2.png",
         "min": 0.0,
         "max": 0.11367
        },
        {
         "src": "maps/d4_f32/img0/05_pool3_c3.png",
         "min": 0.0,
         "max": 2.62435
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
        0.0067,
        0.11883
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
         "max": 0.01391
        },
        {
         "src": "maps/d4_f32/img0/06_down4_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img0/06_down4_c3.png",
         "min": 0.0,
         "max": 3.5802
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
        0.03052,
        0.24262
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
         "max": 0.01391
        },
        {
         "src": "maps/d4_f32/img0/07_pool4_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img0/07_pool4_c3.png",
         "min": 0.0,
         "max": 3.5802
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
        0.00293,
        0.08265
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/08_bottleneck_c0.png",
         "min": 0.0,
         "max": 0.01686
        },
        {
         "src": "maps/d4_f32/img0/08_bottleneck_c1.png",
         "min": 0.0,
         "max": 1.07751
        },
        {
         "src": "maps/d4_f32/img0/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img0/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 0.61258
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
        0.02444,
        0.43021
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/09_up4_upconv_c0.png",
         "min": -0.60231,
         "max": 0.73498
        },
        {
         "src": "maps/d4_f32/img0/09_up4_upconv_c1.png",
         "min": -0.77186,
         "max": 0.74173
        },
        {
         "src": "maps/d4_f32/img0/09_up4_upconv_c2.png",
         "min": -0.92298,
         "max": 0.75081
        },
        {
         "src": "maps/d4_f32/img0/09_up4_upconv_c3.png",
         "min": -0.9009,
         "max": 0.87511
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
        0.02344,
        0.26861
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/10_up4_concat_c0.png",
         "min": -0.60231,
         "max": 0.73498
        },
        {
         "src": "maps/d4_f32/img0/10_up4_concat_c1.png",
         "min": -0.77186,
         "max": 0.74173
        },
        {
         "src": "maps/d4_f32/img0/10_up4_concat_c2.png",
         "min": -0.92298,
         "max": 0.75081
        },
        {
         "src": "maps/d4_f32/img0/10_up4_concat_c3.png",
         "min": -0.9009,
         "max": 0.87511
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
        0.01636,
        0.25743
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/11_up4_c0.png",
         "min": 0.0,
         "max": 0.92917
        },
        {
         "src": "maps/d4_f32/img0/11_up4_c1.png",
         "min": 0.0,
         "max": 0.13187
        },
        {
         "src": "maps/d4_f32/img0/11_up4_c2.png",
         "min": 0.0,
         "max": 1.21689
        },
        {
         "src": "maps/d4_f32/img0/11_up4_c3.png",
         "min": 0.0,
         "max": 0.0
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
        0.0813,
        1.03614
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/12_up3_upconv_c0.png",
         "min": -2.36609,
         "max": 2.30242
        },
        {
         "src": "maps/d4_f32/img0/12_up3_upconv_c1.png",
         "min": -1.28843,
         "max": 1.34341
        },
        {
         "src": "maps/d4_f32/img0/12_up3_upconv_c2.png",
         "min": -1.58771,
         "max": 1.50641
        },
        {
         "src": "maps/d4_f32/img0/12_up3_upconv_c3.png",
         "min": -3.8107,
         "max": 1.38807
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
        0.05736,
        0.53414
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/13_up3_concat_c0.png",
         "min": -2.36609,
         "max": 2.30242
        },
        {
         "src": "maps/d4_f32/img0/13_up3_concat_c1.png",
         "min": -1.28843,
         "max": 1.34341
        },
        {
         "src": "maps/d4_f32/img0/13_up3_concat_c2.png",
         "min": -1.58771,
         "max": 1.50641
        },
        {
         "src": "maps/d4_f32/img0/13_up3_concat_c3.png",
         "min": -3.8107,
         "max": 1.38807
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
        0.02226,
        0.6567
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/14_up3_c0.png",
         "min": 0.0,
         "max": 0.61181
        },
        {
         "src": "maps/d4_f32/img0/14_up3_c1.png",
         "min": 0.0,
         "max": 2.22862
        },
        {
         "src": "maps/d4_f32/img0/14_up3_c2.png",
         "min": 0.0,
         "max": 2.03085
        },
        {
         "src": "maps/d4_f32/img0/14_up3_c3.png",
         "min": 0.0,
         "max": 3.29267
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
        0.06028,
        2.30754
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/15_up2_upconv_c0.png",
         "min": -3.48003,
         "max": 1.4162
        },
        {
         "src": "maps/d4_f32/img0/15_up2_upconv_c1.png",
         "min": -2.41775,
         "max": 5.51317
        },
        {
         "src": "maps/d4_f32/img0/15_up2_upconv_c2.png",
         "min": -3.80288,
         "max": 3.50599
        },
        {
         "src": "maps/d4_f32/img0/15_up2_upconv_c3.png",
         "min": -3.54544,
         "max": 2.0919
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
        0.0648,
        1.31607
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/16_up2_concat_c0.png",
         "min": -3.48003,
         "max": 1.4162
        },
        {
         "src": "maps/d4_f32/img0/16_up2_concat_c1.png",
         "min": -2.41775,
         "max": 5.51317
        },
        {
         "src": "maps/d4_f32/img0/16_up2_concat_c2.png",
         "min": -3.80288,
         "max": 3.50599
        },
        {
         "src": "maps/d4_f32/img0/16_up2_concat_c3.png",
         "min": -3.54544,
         "max": 2.0919
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
        0.11287,
        3.4503
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/17_up2_c0.png",
         "min": 0.0,
         "max": 8.06468
        },
        {
         "src": "maps/d4_f32/img0/17_up2_c1.png",
         "min": 0.0,
         "max": 5.9293
        },
        {
         "src": "maps/d4_f32/img0/17_up2_c2.png",
         "min": 0.0,
         "max": 8.9309
        },
        {
         "src": "maps/d4_f32/img0/17_up2_c3.png",
         "min": 0.0,
         "max": 16.90315
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
        0.19677,
        7.97643
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/18_up1_upconv_c0.png",
         "min": -22.18411,
         "max": 19.13128
        },
        {
         "src": "maps/d4_f32/img0/18_up1_upconv_c1.png",
         "min": -8.03934,
         "max": 17.49658
        },
        {
         "src": "maps/d4_f32/img0/18_up1_upconv_c2.png",
         "min": -6.18731,
         "max": 28.61901
        },
        {
         "src": "maps/d4_f32/img0/18_up1_upconv_c3.png",
         "min": -20.37224,
         "max": 17.67176
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
        0.18451,
        4.54861
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/19_up1_concat_c0.png",
         "min": -22.18411,
         "max": 19.13128
        },
        {
         "src": "maps/d4_f32/img0/19_up1_concat_c1.png",
         "min": -8.03934,
         "max": 17.49658
        },
        {
         "src": "maps/d4_f32/img0/19_up1_concat_c2.png",
         "min": -6.18731,
         "max": 28.61901
        },
        {
         "src": "maps/d4_f32/img0/19_up1_concat_c3.png",
         "min": -20.37224,
         "max": 17.67176
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
        0.24488,
        6.83779
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img0/20_up1_c0.png",
         "min": 0.0,
         "max": 27.66738
        },
        {
         "src": "maps/d4_f32/img0/20_up1_c1.png",
         "min": 0.0,
         "max": 5.3554
        },
        {
         "src": "maps/d4_f32/img0/20_up1_c2.png",
         "min": 0.0,
         "max": 29.61625
        },
        {
         "src": "maps/d4_f32/img0/20_up1_c3.png",
         "min": 0.0,
         "max": 24.71665
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
       "changed": 0.0104,
       "dice": 0.8903,
       "hd95": 16.44
      },
      {
       "level": 2,
       "src": "maps/d4_f32/img0/without_skip2.png",
       "changed": 0.0188,
       "dice": 0.9048,
       "hd95": 14.97
      },
      {
       "level": 3,
       "src": "maps/d4_f32/img0/without_skip3.png",
       "changed": 0.0217,
       "dice": 0.8764,
       "hd95": 17.03
      },
      {
       "level": 4,
       "src": "maps/d4_f32/img0/without_skip4.png",
       "changed": 0.0083,
       "dice": 0.8683,
       "hd95": 16.9
      }
     ],
     "erf": {
      "grid": 4,
      "share": 0.95,
      "pixels": [
       [
        16,
        16
       ],
       [
        16,
        48
       ],
       [
        16,
        80
       ],
       [
        16,
        112
       ],
       [
        48,
        16
       ],
       [
        48,
        48
       ],
       [
        48,
        80
       ],
       [
        48,
        112
       ],
       [
        80,
        16
       ],
       [
        80,
        48
       ],
       [
        80,
        80
       ],
       [
        80,
        112
       ],
       [
        112,
        16
       ],
       [
        112,
        48
       ],
       [
        112,
        80
       ],
       [
        112,
        112
       ]
      ],
      "radius": [
       66.0,
       66.0,
       44.0,
       48.0,
       54.0,
       48.0,
       50.0,
       54.0,
       50.0,
       50.0,
       47.0,
       47.0,
       47.0,
       48.0,
       52.0,
       47.0
      ],
      "centre": "maps/d4_f32/img0/erf_centre.png",
      "centre_pixel": [
       64,
       64
      ],
      "centre_radius": 48.0
     }
    },
    "img1": {
     "output": "maps/d4_f32/img1/21_output_c0.png",
     "dice": 0.9504,
     "hd95": 3.61,
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
        0.03389,
        1.61216
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/00_down1_c0.png",
         "min": 0.0,
         "max": 3.7475
        },
        {
         "src": "maps/d4_f32/img1/00_down1_c1.png",
         "min": 0.0,
         "max": 3.81302
        },
        {
         "src": "maps/d4_f32/img1/00_down1_c2.png",
         "min": 0.0,
         "max": 3.23149
        },
        {
         "src": "maps/d4_f32/img1/00_down1_c3.png",
         "min": 0.0,
         "max": 7.15152
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
        0.06926,
        2.33768
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/01_pool1_c0.png",
         "min": 0.0,
         "max": 3.7475
        },
        {
         "src": "maps/d4_f32/img1/01_pool1_c1.png",
         "min": 0.0,
         "max": 3.81302
        },
        {
         "src": "maps/d4_f32/img1/01_pool1_c2.png",
         "min": 0.0,
         "max": 3.23149
        },
        {
         "src": "maps/d4_f32/img1/01_pool1_c3.png",
         "min": 0.0,
         "max": 7.15152
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
        0.03231,
        1.20241
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/02_down2_c0.png",
         "min": 0.0,
         "max": 2.92657
        },
        {
         "src": "maps/d4_f32/img1/02_down2_c1.png",
         "min": 0.0,
         "max": 1.05151
        },
        {
         "src": "maps/d4_f32/img1/02_down2_c2.png",
         "min": 0.0,
         "max": 8.99851
        },
        {
         "src": "maps/d4_f32/img1/02_down2_c3.png",
         "min": 0.0,
         "max": 3.31178
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
        0.06241,
        1.83682
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/03_pool2_c0.png",
         "min": 0.0,
         "max": 2.92657
        },
        {
         "src": "maps/d4_f32/img1/03_pool2_c1.png",
         "min": 0.0,
         "max": 1.05151
        },
        {
         "src": "maps/d4_f32/img1/03_pool2_c2.png",
         "min": 0.0,
         "max": 8.99851
        },
        {
         "src": "maps/d4_f32/img1/03_pool2_c3.png",
         "min": 0.0,
         "max": 3.31178
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
        0.00911,
        0.39535
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/04_down3_c0.png",
         "min": 0.0,
         "max": 2.14072
        },
        {
         "src": "maps/d4_f32/img1/04_down3_c1.png",
         "min": 0.0,
         "max": 1.12797
        },
        {
         "src": "maps/d4_f32/img1/04_down3_c2.png",
         "min": 0.0,
         "max": 0.03741
        },
        {
         "src": "maps/d4_f32/img1/04_down3_c3.png",
         "min": 0.0,
         "max": 2.63584
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
        0.03466,
        0.58695
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/05_pool3_c0.png",
         "min": 0.0,
         "max": 2.14072
        },
        {
         "src": "maps/d4_f32/img1/05_pool3_c1.png",
         "min": 0.0,
         "max": 1.12797
        },
        {
         "src": "maps/d4_f32/img1/05_pool3_c2.png",
         "min": 0.0,
         "max": 0.03741
        },
        {
         "src": "maps/d4_f32/img1/05_pool3_c3.png",
         "min": 0.0,
         "max": 2.63584
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
        0.00555,
        0.1388
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
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img1/06_down4_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img1/06_down4_c3.png",
         "min": 0.0,
         "max": 3.396
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
        0.02732,
        0.26969
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
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img1/07_pool4_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img1/07_pool4_c3.png",
         "min": 0.0,
         "max": 3.396
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
        0.00262,
        0.10146
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/08_bottleneck_c0.png",
         "min": 0.0,
         "max": 0.04726
        },
        {
         "src": "maps/d4_f32/img1/08_bottleneck_c1.png",
         "min": 0.0,
         "max": 1.06888
        },
        {
         "src": "maps/d4_f32/img1/08_bottleneck_c2.png",
         "min": 0.0,
         "max": 0.0
        },
        {
         "src": "maps/d4_f32/img1/08_bottleneck_c3.png",
         "min": 0.0,
         "max": 0.73229
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
        0.01864,
        0.46348
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/09_up4_upconv_c0.png",
         "min": -0.80592,
         "max": 0.84174
        },
        {
         "src": "maps/d4_f32/img1/09_up4_upconv_c1.png",
         "min": -0.9456,
         "max": 1.01963
        },
        {
         "src": "maps/d4_f32/img1/09_up4_upconv_c2.png",
         "min": -1.07094,
         "max": 0.90717
        },
        {
         "src": "maps/d4_f32/img1/09_up4_upconv_c3.png",
         "min": -0.93098,
         "max": 1.07423
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
        0.01891,
        0.30114
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/10_up4_concat_c0.png",
         "min": -0.80592,
         "max": 0.84174
        },
        {
         "src": "maps/d4_f32/img1/10_up4_concat_c1.png",
         "min": -0.9456,
         "max": 1.01963
        },
        {
         "src": "maps/d4_f32/img1/10_up4_concat_c2.png",
         "min": -1.07094,
         "max": 0.90717
        },
        {
         "src": "maps/d4_f32/img1/10_up4_concat_c3.png",
         "min": -0.93098,
         "max": 1.07423
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
        0.01306,
        0.23231
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/11_up4_c0.png",
         "min": 0.0,
         "max": 0.80937
        },
        {
         "src": "maps/d4_f32/img1/11_up4_c1.png",
         "min": 0.0,
         "max": 0.23368
        },
        {
         "src": "maps/d4_f32/img1/11_up4_c2.png",
         "min": 0.0,
         "max": 0.8469
        },
        {
         "src": "maps/d4_f32/img1/11_up4_c3.png",
         "min": 0.0,
         "max": 0.04783
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
        0.06416,
        1.01037
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/12_up3_upconv_c0.png",
         "min": -2.09319,
         "max": 2.63509
        },
        {
         "src": "maps/d4_f32/img1/12_up3_upconv_c1.png",
         "min": -1.06556,
         "max": 1.59934
        },
        {
         "src": "maps/d4_f32/img1/12_up3_upconv_c2.png",
         "min": -1.60598,
         "max": 1.56353
        },
        {
         "src": "maps/d4_f32/img1/12_up3_upconv_c3.png",
         "min": -4.04779,
         "max": 1.54484
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
        0.05497,
        0.52439
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/13_up3_concat_c0.png",
         "min": -2.09319,
         "max": 2.63509
        },
        {
         "src": "maps/d4_f32/img1/13_up3_concat_c1.png",
         "min": -1.06556,
         "max": 1.59934
        },
        {
         "src": "maps/d4_f32/img1/13_up3_concat_c2.png",
         "min": -1.60598,
         "max": 1.56353
        },
        {
         "src": "maps/d4_f32/img1/13_up3_concat_c3.png",
         "min": -4.04779,
         "max": 1.54484
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
        0.02244,
        0.70942
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/14_up3_c0.png",
         "min": 0.0,
         "max": 0.5053
        },
        {
         "src": "maps/d4_f32/img1/14_up3_c1.png",
         "min": 0.0,
         "max": 2.402
        },
        {
         "src": "maps/d4_f32/img1/14_up3_c2.png",
         "min": 0.0,
         "max": 2.22933
        },
        {
         "src": "maps/d4_f32/img1/14_up3_c3.png",
         "min": 0.0,
         "max": 2.79157
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
        0.05968,
        2.36597
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/15_up2_upconv_c0.png",
         "min": -3.10784,
         "max": 1.47514
        },
        {
         "src": "maps/d4_f32/img1/15_up2_upconv_c1.png",
         "min": -2.19044,
         "max": 5.35466
        },
        {
         "src": "maps/d4_f32/img1/15_up2_upconv_c2.png",
         "min": -4.10012,
         "max": 3.52981
        },
        {
         "src": "maps/d4_f32/img1/15_up2_upconv_c3.png",
         "min": -3.83046,
         "max": 2.20972
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
        0.05726,
        1.43132
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/16_up2_concat_c0.png",
         "min": -3.10784,
         "max": 1.47514
        },
        {
         "src": "maps/d4_f32/img1/16_up2_concat_c1.png",
         "min": -2.19044,
         "max": 5.35466
        },
        {
         "src": "maps/d4_f32/img1/16_up2_concat_c2.png",
         "min": -4.10012,
         "max": 3.52981
        },
        {
         "src": "maps/d4_f32/img1/16_up2_concat_c3.png",
         "min": -3.83046,
         "max": 2.20972
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
        0.07067,
        3.70733
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/17_up2_c0.png",
         "min": 0.0,
         "max": 8.44449
        },
        {
         "src": "maps/d4_f32/img1/17_up2_c1.png",
         "min": 0.0,
         "max": 6.37295
        },
        {
         "src": "maps/d4_f32/img1/17_up2_c2.png",
         "min": 0.0,
         "max": 8.39036
        },
        {
         "src": "maps/d4_f32/img1/17_up2_c3.png",
         "min": 0.0,
         "max": 18.24169
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
        0.13011,
        8.60336
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/18_up1_upconv_c0.png",
         "min": -22.92753,
         "max": 20.74529
        },
        {
         "src": "maps/d4_f32/img1/18_up1_upconv_c1.png",
         "min": -8.40036,
         "max": 19.07162
        },
        {
         "src": "maps/d4_f32/img1/18_up1_upconv_c2.png",
         "min": -5.79679,
         "max": 30.13597
        },
        {
         "src": "maps/d4_f32/img1/18_up1_upconv_c3.png",
         "min": -22.18855,
         "max": 18.08646
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
        0.19012,
        4.91164
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/19_up1_concat_c0.png",
         "min": -22.92753,
         "max": 20.74529
        },
        {
         "src": "maps/d4_f32/img1/19_up1_concat_c1.png",
         "min": -8.40036,
         "max": 19.07162
        },
        {
         "src": "maps/d4_f32/img1/19_up1_concat_c2.png",
         "min": -5.79679,
         "max": 30.13597
        },
        {
         "src": "maps/d4_f32/img1/19_up1_concat_c3.png",
         "min": -22.18855,
         "max": 18.08646
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
        0.2319,
        7.32886
       ],
       "channels": [
        {
         "src": "maps/d4_f32/img1/20_up1_c0.png",
         "min": 0.0,
         "max": 28.7466
        },
        {
         "src": "maps/d4_f32/img1/20_up1_c1.png",
         "min": 0.0,
         "max": 5.80933
        },
        {
         "src": "maps/d4_f32/img1/20_up1_c2.png",
         "min": 0.0,
         "max": 31.52231
        },
        {
         "src": "maps/d4_f32/img1/20_up1_c3.png",
         "min": 0.0,
         "max": 21.02312
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
       "changed": 0.0198,
       "dice": 0.9057,
       "hd95": 11.1
      },
      {
       "level": 2,
       "src": "maps/d4_f32/img1/without_skip2.png",
       "changed": 0.031,
       "dice": 0.8817,
       "hd95": 9.22
      },
      {
       "level": 3,
       "src": "maps/d4_f32/img1/without_skip3.png",
       "changed": 0.0237,
       "dice": 0.8987,
       "hd95": 9.57
      },
      {
       "level": 4,
       "src": "maps/d4_f32/img1/without_skip4.png",
       "changed": 0.0062,
       "dice": 0.9605,
       "hd95": 2.13
      }
     ],
     "erf": {
      "grid": 4,
      "share": 0.95,
      "pixels": [
       [
        16,
        16
       ],
       [
        16,
        48
       ],
       [
        16,
        80
       ],
       [
        16,
        112
       ],
       [
        48,
        16
       ],
       [
        48,
        48
       ],
       [
        48,
        80
       ],
       [
        48,
        112
       ],
       [
        80,
        16
       ],
       [
        80,
        48
       ],
       [
        80,
        80
       ],
       [
        80,
        112
       ],
       [
        112,
        16
       ],
       [
        112,
        48
       ],
       [
        112,
        80
       ],
       [
        112,
        112
       ]
      ],
      "radius": [
       64.0,
       36.0,
       37.0,
       50.0,
       38.0,
       40.0,
       48.0,
       53.0,
       47.0,
       47.0,
       52.0,
       52.0,
       45.0,
       44.0,
       53.0,
       44.0
      ],
      "centre": "maps/d4_f32/img1/erf_centre.png",
      "centre_pixel": [
       64,
       64
      ],
      "centre_radius": 48.0
     }
    }
   }
  }
 ]
};
