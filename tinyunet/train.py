"""The training loop: mini-batches, Adam, validation, plateau schedule, early stopping, checkpoints.

One step::

    images (B,1,S,S) -> UNet.forward -> logits -> loss (value, dlogits) -> UNet.backward
    -> parameter gradients -> Adam.step

After every epoch the model is validated (Dice/IoU on thresholded predictions), the learning rate
is halved when the validation Dice has not improved for ``lr_patience`` epochs, and ``last.npz``
is written (atomically) with the weights, optimiser, epoch, RNG state, scheduler and history;
``best.npz`` too when the Dice improved. Training stops after ``epochs``, after ``patience``
epochs without improvement, or when the time budget is spent; the best weights are then
restored. ``resume=True`` continues from ``last.npz`` exactly where it left off: a kill loses at
most the epoch in progress.
"""

from __future__ import annotations

import csv
import math
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from .checkpoint import load_into, read_checkpoint, save_checkpoint
from .data import Augmenter, Dataset, batches, normalise
from .layers import Dropout
from .losses import LOSSES, sigmoid
from .metrics import segmentation_metrics
from .optim import Adam
from .unet import UNet

HISTORY_FIELDS = ["epoch", "train_loss", "val_loss", "val_dice", "val_iou", "lr", "seconds"]


class TrainingDiverged(RuntimeError):
    """The loss became NaN or infinite; the last good checkpoint is untouched."""


@dataclass
class TrainConfig:
    epochs: int = 40
    batch_size: int = 8
    lr: float = 1e-3
    weight_decay: float = 0.0
    loss: str = "bce_dice"
    augment: bool = True
    patience: int = 10          # early stopping: epochs without a better validation Dice
    lr_patience: int = 3        # plateau schedule: epochs without improvement before lr *= factor
    lr_factor: float = 0.5
    min_lr: float = 1e-5
    seed: int = 0
    max_minutes: float | None = None   # stop after the epoch that crosses this budget

    def __post_init__(self):
        if self.loss not in LOSSES:
            raise ValueError(f"unknown loss {self.loss!r}; choose one of {sorted(LOSSES)}")
        for name in ("epochs", "batch_size", "patience", "lr_patience"):
            if int(getattr(self, name)) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")
        if not self.lr > 0:
            raise ValueError(f"learning rate must be positive, got {self.lr}")


@dataclass
class PlateauScheduler:
    """Multiply the learning rate by ``factor`` after ``patience`` epochs without a better score."""
    patience: int
    factor: float
    min_lr: float
    best: float = -math.inf
    bad_epochs: int = 0

    def step(self, score: float, optimizer) -> bool:
        """Record an epoch's score; returns True when the rate was lowered."""
        if score > self.best:
            self.best, self.bad_epochs = score, 0
            return False
        self.bad_epochs += 1
        if self.bad_epochs >= self.patience and optimizer.lr > self.min_lr:
            optimizer.lr = max(optimizer.lr * self.factor, self.min_lr)
            self.bad_epochs = 0
            return True
        return False


@dataclass
class TrainResult:
    history: list[dict] = field(default_factory=list)
    best_epoch: int = 0
    best_dice: float = -math.inf
    stopped: str = ""


def predict_probabilities(model: UNet, images: np.ndarray, batch_size: int = 8) -> np.ndarray:
    """Sigmoid probabilities (N, S, S) for uint8 images (N, S, S), in eval mode, batched."""
    out = []
    for start in range(0, len(images), batch_size):
        out.append(model.predict_proba(normalise(images[start:start + batch_size]))[:, 0])
    return np.concatenate(out) if out else np.zeros((0,) + images.shape[1:], np.float32)


def evaluate(model: UNet, data: Dataset, batch_size: int = 8, loss: str = "bce_dice") -> dict:
    """Loss, Dice, IoU and pixel accuracy of ``model`` on ``data`` (per image and mean)."""
    probs, losses = [], []
    was_training = model.training
    model.eval()
    try:
        for x, y, _ in batches(data, batch_size):
            logits = model.forward(x)
            losses.append(LOSSES[loss](logits, y)[0] * len(x))
            probs.append(sigmoid(logits[:, 0]))
    finally:
        model.train(was_training)
    probs = np.concatenate(probs)
    metrics = segmentation_metrics(probs, data.masks)
    metrics["loss"] = float(sum(losses) / len(data))
    metrics["probabilities"] = probs.astype(np.float32)
    return metrics


def _write_history(path: Path, history: list[dict]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=HISTORY_FIELDS)
        writer.writeheader()
        writer.writerows(history)
    tmp.replace(path)


def _reseed_dropout(model: UNet, rng: np.random.Generator) -> None:
    def walk(layer):
        if isinstance(layer, Dropout):
            layer.rng = np.random.default_rng(int(rng.integers(2 ** 63)))
        for _, child in layer.named_children():
            walk(child)
    walk(model)


def fit(model: UNet, train_data: Dataset, val_data: Dataset, config: TrainConfig, run_dir,
        resume: bool = False, progress: bool = True, log=print,
        extra_state: dict | None = None) -> TrainResult:
    """Train ``model`` in place; checkpoints and ``history.csv`` go to ``run_dir``.

    Raises TrainingDiverged when the loss stops being finite and re-raises KeyboardInterrupt
    after saying which checkpoint is intact; both leave ``last.npz`` as it was after the last
    completed epoch.
    """
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    last_path, best_path = run_dir / "last.npz", run_dir / "best.npz"
    loss_fn = LOSSES[config.loss]
    optimizer = Adam(model.parameters(), lr=config.lr, weight_decay=config.weight_decay)
    scheduler = PlateauScheduler(config.lr_patience, config.lr_factor, config.min_lr)
    rng = np.random.default_rng(config.seed)
    result = TrainResult()
    start_epoch, bad_epochs = 1, 0

    if resume and last_path.exists():
        ckpt = read_checkpoint(last_path)
        load_into(model, ckpt)
        optimizer.load_state_dict(ckpt["optim"])
        state = ckpt["state"]
        rng.bit_generator.state = state["rng"]
        scheduler = PlateauScheduler(**state["scheduler"])
        result = TrainResult(state["history"], state["best_epoch"], state["best_dice"])
        bad_epochs = state["bad_epochs"]
        start_epoch = state["epoch"] + 1
        log(f"resuming {run_dir} after epoch {state['epoch']} "
            f"(best validation Dice {result.best_dice:.4f} at epoch {result.best_epoch})")
        if state.get("early_stopped"):
            log(f"that run had already stopped: {state['stopped']}")
            start_epoch = config.epochs + 1
    elif resume:
        log(f"nothing to resume in {run_dir}: starting a new run")

    started = time.perf_counter()
    epoch = start_epoch - 1
    try:
        for epoch in range(start_epoch, config.epochs + 1):
            epoch_start = time.perf_counter()
            model.train()
            _reseed_dropout(model, rng)
            augment = Augmenter(seed=int(rng.integers(2 ** 31))) if config.augment else None
            order_rng = np.random.default_rng(int(rng.integers(2 ** 63)))
            n_batches = math.ceil(len(train_data) / config.batch_size)
            bar = None
            if progress:
                from tqdm import tqdm
                bar = tqdm(total=n_batches, desc=f"epoch {epoch}/{config.epochs}", unit="batch",
                           leave=False, dynamic_ncols=True)
            total_loss, seen = 0.0, 0
            for b, (x, y, _) in enumerate(batches(train_data, config.batch_size, order_rng,
                                                  augment), start=1):
                optimizer.zero_grad()
                logits = model.forward(x)
                loss, dlogits = loss_fn(logits, y) if np.isfinite(logits).all() else (math.nan, None)
                if not math.isfinite(loss):
                    kept = (f"The last good checkpoint ({last_path}, epoch {epoch - 1}) is intact"
                            if last_path.exists() else "No checkpoint was written (it diverged "
                            "before the first epoch ended)")
                    raise TrainingDiverged(
                        f"the loss became {loss} at epoch {epoch}, batch {b}: training stopped. "
                        f"{kept}; try a lower learning rate (--lr).")
                model.backward(dlogits, input_grad=False)   # no gradient for the images
                optimizer.step()
                total_loss += loss * len(x)
                seen += len(x)
                if bar is not None:
                    elapsed = time.perf_counter() - epoch_start
                    bar.set_postfix(loss=f"{total_loss / seen:.4f}", img_s=f"{seen / elapsed:.1f}")
                    bar.update()
            if bar is not None:
                bar.close()

            val = evaluate(model, val_data, config.batch_size, config.loss)
            row = dict(epoch=epoch, train_loss=round(total_loss / seen, 6),
                       val_loss=round(val["loss"], 6), val_dice=round(val["dice"], 6),
                       val_iou=round(val["iou"], 6), lr=optimizer.lr,
                       seconds=round(time.perf_counter() - epoch_start, 2))
            result.history.append(row)
            improved = val["dice"] > result.best_dice
            if improved:
                result.best_dice, result.best_epoch, bad_epochs = val["dice"], epoch, 0
            else:
                bad_epochs += 1
            lowered = scheduler.step(val["dice"], optimizer)
            stop = ""
            if bad_epochs >= config.patience:
                stop = f"early stop: no better validation Dice for {config.patience} epochs"
            elif config.max_minutes and time.perf_counter() - started > 60 * config.max_minutes:
                stop = f"time budget of {config.max_minutes} min spent"
            elif epoch == config.epochs:
                stop = f"all {config.epochs} epochs done"
            state = dict(epoch=epoch, rng=rng.bit_generator.state, scheduler=asdict(scheduler),
                         history=result.history, best_epoch=result.best_epoch,
                         best_dice=result.best_dice, bad_epochs=bad_epochs,
                         train_config=asdict(config), stopped=stop,
                         early_stopped=bad_epochs >= config.patience, **(extra_state or {}))
            if improved:
                save_checkpoint(best_path, model, optimizer, state)
            save_checkpoint(last_path, model, optimizer, state)
            _write_history(run_dir / "history.csv", result.history)
            log(f"epoch {epoch:3d}  loss {row['train_loss']:.4f}  val loss {row['val_loss']:.4f}  "
                f"val Dice {row['val_dice']:.4f}  IoU {row['val_iou']:.4f}  lr {row['lr']:.2g}  "
                f"{row['seconds']:.1f}s" + ("  *" if improved else "")
                + ("  (lr lowered)" if lowered else ""))
            if stop:
                result.stopped = stop
                break
    except KeyboardInterrupt:
        if last_path.exists():
            log(f"\ninterrupted during epoch {epoch}. The checkpoint of the last completed epoch "
                f"({last_path}) is intact; continue with --resume.")
        else:
            log(f"\ninterrupted during epoch {epoch}, before any checkpoint was written; "
                "--resume starts it again.")
        raise

    if best_path.exists():
        load_into(model, read_checkpoint(best_path))
        log(f"{result.stopped or 'done'}; restored the best weights (epoch {result.best_epoch}, "
            f"validation Dice {result.best_dice:.4f})")
    return result
