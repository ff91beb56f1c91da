"""The explorer: its index against the model, and the page in a real browser (headless
Chromium driven by Playwright; skipped where either is missing, installed by .ci/run)."""
import json
from pathlib import Path

import pytest

from tinyunet import UNet
from tinyunet.cli import main
from tinyunet.data import SAMPLE_DIR, load_dataset
from tinyunet.explore import build_explorer, stages



def read_index(out: Path) -> dict:
    text = (out / "data.js").read_text()
    assert text.startswith("window.EXPLORER = ")
    return json.loads(text[len("window.EXPLORER = "):].rstrip().rstrip(";"))


@pytest.fixture(scope="module")
def explorer(tmp_path_factory):
    """Two configurations (depth 2 and 3, 4 filters) on two sample X-rays at 64 px."""
    out = tmp_path_factory.mktemp("explorer") / "page"
    data = load_dataset(size=64, progress=False, limit=2)
    configs = [dict(id=f"d{d}_f4", label=f"depth {d}, 4 filters",
                    model=UNet(depth=d, base_filters=4, seed=d),
                    row=dict(test_dice="0.9", repeats="3", hd95="7.5")) for d in (2, 3)]
    images = [dict(name=data.names[k], image=data.images[k], mask=data.masks[k])
              for k in range(2)]
    index = build_explorer(out, configs, images, max_channels=3)
    return out, index, configs


def test_index_follows_the_network(explorer):
    out, index, configs = explorer
    assert [c["id"] for c in index["configs"]] == ["d2_f4", "d3_f4"]
    for cfg, c in zip(index["configs"], configs):
        model = c["model"]
        view = cfg["views"]["img0"]
        names = [s["name"] for s in view["stages"]]
        d = model.depth
        assert names[:2] == ["down1", "pool1"] and names[2 * d] == "bottleneck"
        assert names[2 * d + 1:2 * d + 4] == [f"up{d}.upconv", f"up{d}.concat", f"up{d}"]
        assert names[-1] == "output" and len(names) == 2 * d + 1 + 3 * d + 1
        fields = model.receptive_fields()
        for s in view["stages"]:
            assert s["rf"] == fields.get(s["name"], fields["logits"] if s["name"] == "output"
                                         else None)
            assert len(s["channels"]) == min(3, s["shape"][0])        # capped
        assert view["stages"][names.index("bottleneck")]["shape"] == [4 * 2 ** d, 64 >> d,
                                                                      64 >> d]
        assert cfg["receptive_field"] == model.receptive_field_size
        assert len(view["skips"]) == d and 0 <= view["dice"] <= 1
        assert all(k["hd95"] >= 0 and 0 <= k["dice"] <= 1 for k in view["skips"])
        assert len(cfg["filters"]["srcs"]) == 4


def test_each_output_is_scored_by_dice_and_hd95_against_its_mask(explorer):
    """The page's Dice and HD95 are those of the output it shows, with and without each skip
    (pixels of the network's map)."""
    from tinyunet.data import normalise
    from tinyunet.layers import inference
    from tinyunet.losses import sigmoid
    from tinyunet.metrics import dice_per_image, surface_distances_per_image
    out, index, configs = explorer
    data = load_dataset(size=64, progress=False, limit=2)
    model = configs[0]["model"]
    view = index["configs"][0]["views"]["img1"]
    with model.evaluating(), inference():
        x = normalise(data.images[1][None])
        prob = sigmoid(model.forward(x))[:, 0]
        without = sigmoid(model.forward(x, drop_skips=(2,)))[:, 0]
    mask = data.masks[1][None]
    assert view["dice"] == round(float(dice_per_image(prob, mask)[0]), 4)
    assert view["hd95"] == round(float(surface_distances_per_image(prob, mask)["hd95"][0]), 2)
    assert view["skips"][1]["hd95"] == round(float(
        surface_distances_per_image(without, mask)["hd95"][0]), 2)


def test_the_effective_fields_are_measured_on_a_lattice_within_the_theoretical_one(explorer):
    out, index, configs = explorer
    for cfg, c in zip(index["configs"], configs):
        half = (c["model"].receptive_field_size - 1) / 2
        erf = cfg["views"]["img0"]["erf"]
        assert erf["grid"] == 4 and len(erf["pixels"]) == len(erf["radius"]) == 16
        assert all(0 < r <= half for r in erf["radius"]), (erf["radius"], half)
        assert 0 < erf["centre_radius"] <= half and (out / erf["centre"]).is_file()
    # a deeper network looks further
    deep, shallow = (index["configs"][i]["views"]["img0"]["erf"]["centre_radius"] for i in (1, 0))
    assert deep > shallow


def test_the_callers_models_keep_their_mode(explorer, tmp_path):
    from tinyunet.viz import inspect_model
    _, _, configs = explorer
    assert all(c["model"].training for c in configs)          # built in training mode
    model = configs[0]["model"]
    data = load_dataset(size=64, progress=False, limit=1)
    inspect_model(model, data.images[0], tmp_path / "ins", max_channels=2)
    assert model.training
    model.eval()
    build_explorer(tmp_path / "ex", configs[:1], [dict(name="a", image=data.images[0])])
    assert not model.training
    model.train()


def test_every_referenced_file_exists_and_maps_are_8_bit(explorer):
    from PIL import Image
    out, index, _ = explorer
    refs = [im["input"] for im in index["images"]] + [im["mask"] for im in index["images"]]
    for cfg in index["configs"]:
        refs += cfg["filters"]["srcs"]
        for view in cfg["views"].values():
            refs += [view["output"]] + [s["src"] for s in view["skips"]] + [view["erf"]["centre"]]
            for s in view["stages"]:
                refs += [s["mean"]] + [c["src"] for c in s["channels"]]
    assert all((out / r).is_file() for r in refs)
    assert Image.open(out / refs[-1]).mode == "L"
    written = {str(p.relative_to(out)) for p in (out / "maps").rglob("*.png")}
    assert written == set(refs)                                          # nothing else
    assert index["bytes"] == sum(p.stat().st_size for p in out.rglob("*") if p.is_file())


def test_channel_values_are_the_maps_range(explorer):
    out, index, configs = explorer
    model = configs[0]["model"]
    data = load_dataset(size=64, progress=False, limit=1)
    from tinyunet.data import normalise
    model.eval()
    _, feats = model.forward(normalise(data.images[:1]), return_features=True)
    fmap = dict((n, m) for n, _, m in stages(model, feats))["down2"]
    entry = next(s for s in index["configs"][0]["views"]["img0"]["stages"] if s["name"] == "down2")
    assert entry["channels"][1]["min"] == pytest.approx(float(fmap[1].min()), abs=1e-4)
    assert entry["channels"][1]["max"] == pytest.approx(float(fmap[1].max()), abs=1e-4)


def test_explore_command_on_a_trained_run(tmp_path, capsys):
    run = tmp_path / "run"
    assert main(["train", "--size", "32", "--depth", "2", "--filters", "4", "--epochs", "1",
                 "--limit", "12", "--run-dir", str(run), "--quiet"]) == 0
    image = sorted((SAMPLE_DIR / "images").iterdir())[0]
    assert main(["explore", "--checkpoint", str(run / "best.npz"), str(image), "--mask",
                 str(SAMPLE_DIR / "masks" / image.name), "--out", str(tmp_path / "ex"),
                 "--max-channels", "2"]) == 0
    printed = capsys.readouterr().out
    assert "1 configuration(s) x 1 image(s)" in printed and "MiB" in printed
    index = read_index(tmp_path / "ex")
    assert index["images"][0]["name"] == image.name and index["max_channels"] == 2
    # one mask per image, or none
    assert main(["explore", "--checkpoint", str(run / "best.npz"), str(image), str(image),
                 "--mask", str(image), "--out", str(tmp_path / "ex2")]) == 2
    assert "1 --mask for 2 image(s)" in capsys.readouterr().err


# ---- the page in a real browser -----------------------------------------------------------------

@pytest.fixture
def page(browser, explorer):
    out = explorer[0]
    page = browser.new_page(viewport={"width": 1200, "height": 1000})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfailed", lambda r: errors.append(f"failed to load {r.url}"))
    page.goto((out / "index.html").as_uri())
    page.wait_for_load_state("load")
    yield page
    assert errors == []
    page.close()


def all_images_loaded(page) -> bool:
    """Every shown image has loaded (after waiting for the browser to finish loading them)."""
    page.wait_for_function("""() => Array.from(document.images)
        .filter(i => !i.hidden && i.getAttribute('src')).every(i => i.complete)""")
    return page.evaluate("""() => Array.from(document.images)
        .filter(i => !i.hidden && i.getAttribute('src'))
        .every(i => i.complete && i.naturalWidth > 0)""")


def test_page_loads_every_image_with_alt_text(page):
    page.wait_for_function("() => document.querySelectorAll('.stage').length > 0")
    assert page.evaluate("document.querySelectorAll('.stage').length") == 2 * 2 + 1 + 3 * 2 + 1
    assert all_images_loaded(page)
    assert page.evaluate("Array.from(document.images).every(i => i.alt.trim().length > 0 || "
                         "i.hidden)")


def test_clicking_a_stage_and_a_channel_changes_what_is_shown(page):
    assert page.text_content("#stage-title").startswith("down1")
    before = page.get_attribute("#channel-large", "src")
    page.click(".stage[data-name='bottleneck']")
    assert page.text_content("#stage-title").startswith("bottleneck")
    assert "16 x 16 x 16" in page.text_content("#stage-info")
    bottleneck_c0 = page.get_attribute("#channel-large", "src")
    assert bottleneck_c0 != before and "bottleneck" in bottleneck_c0
    page.click(".thumb[data-channel='2']")
    assert page.get_attribute("#channel-large", "src") != bottleneck_c0
    assert "channel 2 of 16" in page.text_content("#channel-caption")
    # the keyboard walks the stages and the channels
    page.focus(".stage[data-name='bottleneck']")
    page.keyboard.press("ArrowRight")
    assert page.text_content("#stage-title").startswith("up2.upconv")
    page.keyboard.press("ArrowDown")
    assert "channel 1 of" in page.text_content("#channel-caption")
    assert all_images_loaded(page)


def test_clicking_an_output_pixel_draws_the_receptive_field(page, explorer):
    configs = explorer[2]
    box = page.locator("#output-img").bounding_box()
    page.mouse.click(box["x"] + box["width"] * 40.5 / 64, box["y"] + box["height"] * 20.5 / 64)
    rf = configs[0]["model"].receptive_field_size
    rect = page.locator("#rf-box")
    assert float(rect.get_attribute("width")) == rf == 44
    assert float(rect.get_attribute("x")) == pytest.approx(40.5 - rf / 2)
    assert float(rect.get_attribute("y")) == pytest.approx(20.5 - rf / 2)
    assert "row 20, column 40" in page.text_content("#rf-info")
    # the effective field of the nearest lattice pixel (rows and columns 8, 24, 40, 56): (24, 40)
    erf = read_index(explorer[0])["configs"][0]["views"]["img0"]["erf"]
    radius = erf["radius"][erf["pixels"].index([24, 40])]
    dashed = page.locator("#erf-box")
    assert float(dashed.get_attribute("width")) == pytest.approx(2 * radius + 1)
    assert float(dashed.get_attribute("x")) == pytest.approx(40.5 - radius - 0.5)
    assert "(24, 40), the nearest measured" in page.text_content("#rf-info")
    assert page.is_visible("#erf-img") and "centre pixel" in page.text_content("#erf-caption")
    # drawn on every stage too, scaled to its size (the bottleneck is 16x16 of 64x64)
    stage_box = page.locator(".stage[data-name='bottleneck'] svg rect")
    assert float(stage_box.get_attribute("width")) == pytest.approx(rf / 4)
    page.keyboard.press("Escape")
    assert page.locator("#rf-box").count() == 0


def test_switching_configuration_swaps_the_maps(page, explorer):
    configs = explorer[2]
    mean_before = page.get_attribute(".stage[data-index='0'] img", "src")
    box = page.locator("#output-img").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.select_option("#config-select", "1")
    assert page.get_attribute("#config-info", "data-config") == "d3_f4"
    assert page.get_attribute(".stage[data-index='0'] img", "src") != mean_before
    assert "d3_f4" in page.get_attribute("#output-img", "src")
    assert page.evaluate("document.querySelectorAll('.stage').length") == 2 * 3 + 1 + 3 * 3 + 1
    assert float(page.locator("#rf-box").get_attribute("width")) == \
        configs[1]["model"].receptive_field_size == 96
    assert "test Dice 0.9000" in page.text_content("#config-info")
    assert "HD95 7.50 px at 256 x 256" in page.text_content("#config-info")
    hd95 = read_index(explorer[0])["configs"][1]["views"]["img0"]["hd95"]
    assert f"HD95 {hd95:.1f} px at 64 x 64" in page.text_content("#output-caption")
    assert "HD95" in page.text_content("#skips figure:nth-child(2) figcaption")
    assert all_images_loaded(page)
    page.keyboard.press("]")                                    # and back, by keyboard
    assert page.get_attribute("#config-info", "data-config") == "d2_f4"


def test_the_docs_explorer_works_in_the_browser(browser):
    """The committed explorer of chapter 7 and 8 (docs/explorer, built by
    docs/build_explorer.py from the experiment's checkpoints) loads cleanly and switches."""
    page_path = Path(__file__).resolve().parents[1] / "docs" / "explorer" / "index.html"
    index = read_index(page_path.parent)
    assert len(index["configs"]) == 7 and len(index["images"]) == 2
    from importlib import resources
    from tinyunet.explore import PAGE_FILES
    # the committed copy is today's page (if not: python docs/build_explorer.py)
    for name in PAGE_FILES:
        assert (page_path.parent / name).read_bytes() == \
            (resources.files("tinyunet") / "explorer" / name).read_bytes(), name
    size = sum(p.stat().st_size for p in page_path.parent.rglob("*") if p.is_file())
    assert size < 6 * 2**20                                      # a few MB, as the chapter says
    page = browser.new_page(viewport={"width": 1200, "height": 1000})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_path.as_uri())
    page.wait_for_load_state("load")
    page.select_option("#config-select", label="depth 2, 16 filters")
    box = page.locator("#output-img").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert float(page.locator("#rf-box").get_attribute("width")) == 44
    assert all_images_loaded(page)
    assert errors == []
    page.close()
