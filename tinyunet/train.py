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

from .atomic import atomic_write
from .checkpoint import load_into, read_checkpoint, save_checkpoint
from .data import Augmenter, Dataset, batches, load_augmentation_library, normalise
from .layers import Dropout, inference
from .losses import LOSSES, sigmoid
from .metrics import segmentation_metrics
from .optim import Adam
from .unet import UNet
from .workspace import Workspace

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


def predict_probabilities(model: UNet, images: np.ndarray, batch_size: int = 8,
                          workspace: Workspace | None = None, drop_skips=()) -> np.ndarray:
    """Sigmoid probabilities (N, S, S) for uint8 images (N, S, S), in eval mode, batched; the
    batches reuse the arrays of ``workspace`` (a new one for this call when None: pass one to
    calls made one image at a time); ``drop_skips``: levels whose skip is zeroed
    (:meth:`tinyunet.unet.UNet.forward`)."""
    out = []
    with workspace if workspace is not None else Workspace():
        for start in range(0, len(images), batch_size):
            x = normalise(images[start:start + batch_size])
            out.append(model.predict_proba(x, drop_skips)[:, 0])
    return np.concatenate(out) if out else np.zeros((0,) + images.shape[1:], np.float32)


def evaluate(model: UNet, data: Dataset, batch_size: int = 8, loss: str = "bce_dice") -> dict:
    """Loss, Dice, IoU and pixel accuracy of ``model`` on ``data`` (per image and mean)."""
    probs, losses = [], []
    with model.evaluating(), inference():
        for x, y, _ in batches(data, batch_size):
            logits = model.forward(x)
            losses.append(LOSSES[loss](logits, y)[0] * len(x))
            probs.append(sigmoid(logits[:, 0]))
    probs = np.concatenate(probs)
    metrics = segmentation_metrics(probs, data.masks)
    metrics["loss"] = float(sum(losses) / len(data))
    metrics["probabilities"] = probs.astype(np.float32)
    return metrics


def _write_history(path: Path, history: list[dict]) -> None:
    with atomic_write(path, newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=HISTORY_FIELDS)
        writer.writeheader()
        writer.writerows(history)


def _reseed_dropout(model: UNet, rng: np.random.Generator) -> None:
    def walk(layer):
        if isinstance(layer, Dropout):
            layer.rng = np.random.default_rng(int(rng.integers(2 ** 63)))
        for _, child in layer.named_children():
            walk(child)
    walk(model)


@dataclass
class TrainSession:
    """What a run carries from epoch to epoch: the optimiser, the schedule, the random stream
    and the results so far (the one copy of the patience state: epochs since
    ``result.best_epoch``), and the workspace whose arrays every step reuses
    (:mod:`tinyunet.workspace`; :func:`fit` releases it when training ends)."""
    run_dir: Path
    optimizer: Adam
    scheduler: PlateauScheduler
    rng: np.random.Generator
    result: TrainResult
    next_epoch: int = 1
    workspace: Workspace = field(default_factory=Workspace)

    @property
    def last_path(self) -> Path:
        return self.run_dir / "last.npz"

    @property
    def best_path(self) -> Path:
        return self.run_dir / "best.npz"


def restore(model: UNet, config: TrainConfig, run_dir, resume: bool, log=print) -> TrainSession:
    """A fresh session, or with ``resume`` the one saved in ``run_dir/last.npz`` (weights,
    optimiser, schedule, random stream, history), continuing after its last completed epoch."""
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    if config.augment:
        load_augmentation_library()      # a slow import, outside the first epoch's time
    session = TrainSession(run_dir, Adam(model.parameters(), lr=config.lr,
                                     weight_decay=config.weight_decay),
                       PlateauScheduler(config.lr_patience, config.lr_factor, config.min_lr),
                       np.random.default_rng(config.seed), TrainResult())
    if resume and session.last_path.exists():
        ckpt = read_checkpoint(session.last_path)
        load_into(model, ckpt)
        session.optimizer.load_state_dict(ckpt["optim"])
        state = ckpt["state"]
        session.rng.bit_generator.state = state["rng"]
        session.scheduler = PlateauScheduler(**state["scheduler"])
        session.result = TrainResult(state["history"], state["best_epoch"], state["best_dice"])
        session.next_epoch = state["epoch"] + 1
        log(f"resuming {run_dir} after epoch {state['epoch']} (best validation Dice "
            f"{session.result.best_dice:.4f} at epoch {session.result.best_epoch})")
        if state.get("early_stopped"):
            log(f"that run had already stopped: {state['stopped']}")
            session.next_epoch = config.epochs + 1
    elif resume:
        log(f"nothing to resume in {run_dir}: starting a new run")
    return session


def _train_step(model, session, x, y, loss_fn, epoch, batch) -> float:
    """Forward, loss, backward and an optimiser step on one mini-batch; returns the loss."""
    session.optimizer.zero_grad()
    logits = model.forward(x)
    loss, dlogits = loss_fn(logits, y) if np.isfinite(logits).all() else (math.nan, None)
    if not math.isfinite(loss):
        kept = (f"The last good checkpoint ({session.last_path}, epoch {epoch - 1}) is intact"
                if session.last_path.exists() else "No checkpoint was written (it diverged "
                "before the first epoch ended)")
        raise TrainingDiverged(
            f"the loss became {loss} at epoch {epoch}, batch {batch}: training stopped. "
            f"{kept}; try a lower learning rate (--lr).")
    model.backward(dlogits, input_grad=False)   # no gradient for the images
    session.optimizer.step()
    return loss


def train_one_epoch(model: UNet, session: TrainSession, data: Dataset, config: TrainConfig,
                    epoch: int, progress: bool = True) -> float:
    """One pass over ``data`` in mini-batches (order, augmentation and dropout drawn from the
    session's random stream); returns the mean training loss. Raises TrainingDiverged when the
    loss stops being finite."""
    loss_fn = LOSSES[config.loss]
    model.train()
    _reseed_dropout(model, session.rng)
    augment = Augmenter(seed=int(session.rng.integers(2 ** 31))) if config.augment else None
    order_rng = np.random.default_rng(int(session.rng.integers(2 ** 63)))
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(total=math.ceil(len(data) / config.batch_size), desc=f"epoch {epoch}/"
                   f"{config.epochs}", unit="batch", leave=False, dynamic_ncols=True)
    started, total_loss, seen = time.perf_counter(), 0.0, 0
    try:
        with session.workspace:
            for b, (x, y, _) in enumerate(batches(data, config.batch_size, order_rng, augment),
                                          start=1):
                total_loss += _train_step(model, session, x, y, loss_fn, epoch, b) * len(x)
                seen += len(x)
                if bar is not None:
                    bar.set_postfix(loss=f"{total_loss / seen:.4f}",
                                    img_s=f"{seen / (time.perf_counter() - started):.1f}")
                    bar.update()
    finally:
        if bar is not None:
            bar.close()
    return total_loss / seen


def end_epoch(model: UNet, session: TrainSession, val_data: Dataset, config: TrainConfig,
              epoch: int, train_loss: float, seconds: float, elapsed: float,
              extra_state: dict | None = None, log=print) -> str:
    """Validate, record the epoch, step the schedule, write ``last.npz`` (and ``best.npz``
    when the validation Dice improved) and ``history.csv``; returns why training stops now
    ("" to go on)."""
    with session.workspace:
        val = evaluate(model, val_data, config.batch_size, config.loss)
    result = session.result
    row = dict(epoch=epoch, train_loss=round(train_loss, 6), val_loss=round(val["loss"], 6),
               val_dice=round(val["dice"], 6), val_iou=round(val["iou"], 6),
               lr=session.optimizer.lr, seconds=round(seconds, 2))
    result.history.append(row)
    improved = val["dice"] > result.best_dice
    if improved:
        result.best_dice, result.best_epoch = val["dice"], epoch
    lowered = session.scheduler.step(val["dice"], session.optimizer)
    early = epoch - result.best_epoch >= config.patience
    stop = ""
    if early:
        stop = f"early stop: no better validation Dice for {config.patience} epochs"
    elif config.max_minutes and elapsed > 60 * config.max_minutes:
        stop = f"time budget of {config.max_minutes} min spent"
    elif epoch == config.epochs:
        stop = f"all {config.epochs} epochs done"
    state = dict(epoch=epoch, rng=session.rng.bit_generator.state,
                 scheduler=asdict(session.scheduler), history=result.history,
                 best_epoch=result.best_epoch, best_dice=result.best_dice,
                 train_config=asdict(config), stopped=stop, early_stopped=early,
                 **(extra_state or {}))
    if improved:
        save_checkpoint(session.best_path, model, session.optimizer, state)
    save_checkpoint(session.last_path, model, session.optimizer, state)
    _write_history(session.run_dir / "history.csv", result.history)
    log(f"epoch {epoch:3d}  loss {row['train_loss']:.4f}  val loss {row['val_loss']:.4f}  "
        f"val Dice {row['val_dice']:.4f}  IoU {row['val_iou']:.4f}  lr {row['lr']:.2g}  "
        f"{row['seconds']:.1f}s" + ("  *" if improved else "")
        + ("  (lr lowered)" if lowered else ""))
    return stop


def fit(model: UNet, train_data: Dataset, val_data: Dataset, config: TrainConfig, run_dir,
        resume: bool = False, progress: bool = True, log=print,
        extra_state: dict | None = None) -> TrainResult:
    """Train ``model`` in place; checkpoints and ``history.csv`` go to ``run_dir``:
    :func:`restore`, then :func:`train_one_epoch` and :func:`end_epoch` until one says stop,
    then the best weights back.

    Raises TrainingDiverged when the loss stops being finite and re-raises KeyboardInterrupt
    after saying which checkpoint is intact; both leave ``last.npz`` as it was after the last
    completed epoch.
    """
    session = restore(model, config, run_dir, resume, log)
    started = time.perf_counter()
    epoch = session.next_epoch - 1
    try:
        for epoch in range(session.next_epoch, config.epochs + 1):
            epoch_start = time.perf_counter()
            loss = train_one_epoch(model, session, train_data, config, epoch, progress)
            stop = end_epoch(model, session, val_data, config, epoch, loss,
                             time.perf_counter() - epoch_start, time.perf_counter() - started,
                             extra_state, log)
            if stop:
                session.result.stopped = stop
                break
    except KeyboardInterrupt:
        if session.last_path.exists():
            log(f"\ninterrupted during epoch {epoch}. The checkpoint of the last completed epoch "
                f"({session.last_path}) is intact; continue with --resume.")
        else:
            log(f"\ninterrupted during epoch {epoch}, before any checkpoint was written; "
                "--resume starts it again.")
        raise
    finally:
        session.workspace.release()
    result = session.result
    if session.best_path.exists():
        load_into(model, read_checkpoint(session.best_path))
        log(f"{result.stopped or 'done'}; restored the best weights (epoch {result.best_epoch}, "
            f"validation Dice {result.best_dice:.4f})")
    return result
