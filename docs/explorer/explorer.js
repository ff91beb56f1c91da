// tinyunet explorer: renders window.EXPLORER (written by tinyunet/explore.py) into index.html.
// No server and no network: every map is a PNG beside this file.
"use strict";

(function () {
  const data = window.EXPLORER;
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";
  const state = { config: 0, image: 0, stage: 0, channel: 0, pixel: null };

  const config = () => data.configs[state.config];
  const image = () => data.images[state.image];
  const view = () => config().views[image().id];
  const stage = () => view().stages[state.stage];

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === "text") node.textContent = v;
      else node.setAttribute(k, v);
    });
    (children || []).forEach((c) => node.appendChild(c));
    return node;
  }

  function shape(s) { return s[0] + " x " + s[1] + " x " + s[2]; }
  function fmt(x) { return Math.abs(x) >= 100 || x === 0 ? x.toFixed(0) : x.toPrecision(3); }

  // ---- pickers ------------------------------------------------------------------------------
  function fillPickers() {
    $("title").textContent = data.title;
    data.configs.forEach((c, i) => $("config-select").appendChild(
      el("option", { value: i, text: c.label })));
    data.images.forEach((im, i) => $("image-select").appendChild(
      el("option", { value: i, text: im.name })));
    $("config-select").addEventListener("change", (e) => selectConfig(+e.target.value));
    $("image-select").addEventListener("change", (e) => { state.image = +e.target.value; render(); });
  }

  function selectConfig(i) {
    state.config = (i + data.configs.length) % data.configs.length;
    $("config-select").value = state.config;
    state.stage = Math.min(state.stage, view().stages.length - 1);
    state.channel = 0;
    render();
  }

  function configInfo() {
    const c = config();
    let text = `depth ${c.depth}, ${c.base_filters} base filters, ` +
      `${c.parameters.toLocaleString("en")} parameters, receptive field ${c.receptive_field} px`;
    const r = c.row;
    if (r && r.test_dice !== undefined) {
      text += ` | test Dice ${(+r.test_dice).toFixed(4)}`;
      if (r.test_dice_ci_low !== undefined) {
        text += ` [${(+r.test_dice_ci_low).toFixed(4)}, ${(+r.test_dice_ci_high).toFixed(4)}]`;
      }
      if (r.test_boundary_dice !== undefined) text += `, border Dice ${(+r.test_boundary_dice).toFixed(4)}`;
      if (r.hd95 !== undefined && r.hd95 !== "") text += `, HD95 ${(+r.hd95).toFixed(2)} px at 256 x 256`;
      if (r.repeats !== undefined) text += ` over ${r.repeats} repeat(s)`;
    }
    $("config-info").textContent = text;
    $("config-info").dataset.config = c.id;
  }

  // ---- input and output, receptive field ------------------------------------------------------
  function renderIO() {
    const im = image(), v = view();
    $("input-img").src = im.input;
    $("input-img").alt = `input X-ray ${im.name}, ${im.size[0]} x ${im.size[1]} pixels`;
    $("mask-img").hidden = !im.mask;
    if (im.mask) {
      $("mask-img").src = im.mask;
      $("mask-img").alt = `true lung mask of ${im.name}`;
    } else {
      $("mask-img").removeAttribute("src");
    }
    $("output-img").src = v.output;
    $("output-img").alt = `output probability of ${config().label} for ${im.name}`;
    $("output-caption").textContent = "output probability" +
      (v.dice !== null ? ` (${scores(v)})` : "") +
      ": click a pixel to see its receptive field";
    ["input-rf", "output-rf"].forEach((id) => $(id).setAttribute(
      "viewBox", `0 0 ${im.size[1]} ${im.size[0]}`));
    const erf = v.erf;
    $("erf-figure").hidden = !erf;
    if (erf) {
      const [cy, cx] = erf.centre_pixel;
      if (!$("erf-img")) {        // made only where measured: a page without it has no image
        const img = document.createElement("img");
        img.id = "erf-img";
        $("erf-stack").appendChild(img);
      }
      $("erf-img").src = erf.centre;
      $("erf-img").alt = `effective receptive field of output pixel (${cy}, ${cx}) of ` +
        `${config().label} on ${im.name}, log scale`;
      $("erf-caption").textContent = `effective receptive field of the centre pixel ` +
        `(|d output / d input|, log scale down to 1/1000 of its peak): ` +
        `${Math.round(erf.share * 100)} % of it within ±${erf.centre_radius} px, ` +
        `where the theoretical field reaches ±${(config().receptive_field - 1) / 2} px`;
    } else if ($("erf-img")) {
      $("erf-img").remove();
    }
    drawRF();
  }

  // the measured effective field of the lattice pixel nearest to (py, px), or null
  function nearestErf(py, px) {
    const erf = view().erf;
    if (!erf) return null;
    let best = 0, dist = Infinity;
    erf.pixels.forEach(([y, x], i) => {
      const d = (y - py) ** 2 + (x - px) ** 2;
      if (d < dist) { dist = d; best = i; }
    });
    return { pixel: erf.pixels[best], radius: erf.radius[best], share: erf.share };
  }

  function rect(svg, x, y, w, h, cls, extra) {
    const r = document.createElementNS(SVG, "rect");
    Object.entries(Object.assign({ x, y, width: w, height: h, class: cls }, extra || {}))
      .forEach(([k, val]) => r.setAttribute(k, val));
    svg.appendChild(r);
    return r;
  }

  function clearSvg(svg) { while (svg.firstChild) svg.removeChild(svg.firstChild); }

  function drawRF() {
    const svgs = [$("input-rf"), $("output-rf"), ...document.querySelectorAll(".stage svg")];
    svgs.forEach(clearSvg);
    if (!state.pixel) { $("rf-info").textContent = ""; return; }
    const rf = config().receptive_field, [py, px] = state.pixel, size = image().size;
    // the input region an output pixel can see: rf x rf pixels centred on it
    const x0 = px + 0.5 - rf / 2, y0 = py + 0.5 - rf / 2;
    rect($("input-rf"), x0, y0, rf, rf, "rf-box", { id: "rf-box", "data-rf": rf });
    rect($("input-rf"), px, py, 1, 1, "rf-dot");
    rect($("output-rf"), px, py, 1, 1, "rf-dot", { id: "rf-pixel" });
    // the same region in each stage's coordinates (its maps are smaller by 2 per level)
    view().stages.forEach((s, i) => {
      const svg = document.querySelector(`.stage[data-index="${i}"] svg`);
      if (!svg) return;
      const k = s.shape[1] / size[0];
      svg.setAttribute("viewBox", `0 0 ${s.shape[2]} ${s.shape[1]}`);
      rect(svg, x0 * k, y0 * k, rf * k, rf * k, "rf-box");
    });
    let text = `output pixel (row ${py}, column ${px}) sees ${rf} x ${rf} ` +
      `input pixels (UNet.receptive_field_size), drawn on the input and on every stage`;
    const near = nearestErf(py, px);
    if (near) {
      const side = 2 * near.radius + 1;
      rect($("input-rf"), px + 0.5 - side / 2, py + 0.5 - side / 2, side, side, "erf-box",
           { id: "erf-box", "data-radius": near.radius });
      text += `; ${Math.round(near.share * 100)} % of its gradient falls within ` +
        `±${near.radius} px (dashed: the effective field measured at output pixel ` +
        `(${near.pixel[0]}, ${near.pixel[1]}), the nearest measured)`;
    }
    $("rf-info").textContent = text;
  }

  function onOutputClick(event) {
    const img = $("output-img"), box = img.getBoundingClientRect(), size = image().size;
    const px = Math.min(size[1] - 1, Math.floor((event.clientX - box.left) / box.width * size[1]));
    const py = Math.min(size[0] - 1, Math.floor((event.clientY - box.top) / box.height * size[0]));
    state.pixel = [py, px];
    drawRF();
  }

  // ---- stages and channels ------------------------------------------------------------------
  function renderStages() {
    const holder = $("stages");
    holder.textContent = "";
    view().stages.forEach((s, i) => {
      const svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("aria-hidden", "true");
      svg.setAttribute("class", "rf-layer");
      const button = el("button", {
        class: "stage", role: "tab", "data-index": i, "data-name": s.name,
        "aria-selected": i === state.stage ? "true" : "false",
        tabindex: i === state.stage ? "0" : "-1",
        title: `${s.name}: ${s.kind}, ${shape(s.shape)}`,
      }, [
        el("div", { class: "thumbwrap" }, [
          el("img", { src: s.mean, alt: `mean |activation| of ${s.name}, ${shape(s.shape)}` }),
          svg]),
        el("div", { text: s.name }),
        el("div", { text: shape(s.shape) }),
      ]);
      button.addEventListener("click", () => selectStage(i));
      holder.appendChild(button);
    });
  }

  function selectStage(i, focus) {
    const n = view().stages.length;
    state.stage = (i + n) % n;
    state.channel = 0;
    document.querySelectorAll(".stage").forEach((b) => {
      const on = +b.dataset.index === state.stage;
      b.setAttribute("aria-selected", on ? "true" : "false");
      b.setAttribute("tabindex", on ? "0" : "-1");
      if (on && focus) b.focus();
    });
    renderStage();
  }

  function renderStage() {
    const s = stage();
    $("stage-title").textContent = `${s.name} (${s.kind})`;
    $("stage-title").dataset.stage = s.name;
    $("stage-info").textContent = `shape ${shape(s.shape)} (channels x height x width)` +
      (s.rf !== null ? `, receptive field ${s.rf} px` : "") +
      `, mean |activation| from ${fmt(s.mean_range[0])} to ${fmt(s.mean_range[1])}; ` +
      `showing ${s.channels.length} of ${s.channels_total} channels`;
    const holder = $("channels");
    holder.textContent = "";
    s.channels.forEach((c, k) => {
      const b = el("button", {
        class: "thumb", role: "option", "data-channel": k,
        "aria-selected": k === state.channel ? "true" : "false",
        title: `channel ${k}: ${fmt(c.min)} to ${fmt(c.max)}`,
      }, [el("img", { src: c.src, alt: `${s.name} channel ${k}, values ${fmt(c.min)} to ${fmt(c.max)}` })]);
      b.addEventListener("click", () => selectChannel(k));
      holder.appendChild(b);
    });
    selectChannel(Math.min(state.channel, s.channels.length - 1));
    drawRF();
  }

  function selectChannel(k, focus) {
    const s = stage(), n = s.channels.length;
    state.channel = (k + n) % n;
    const c = s.channels[state.channel];
    document.querySelectorAll(".thumb").forEach((b) => {
      const on = +b.dataset.channel === state.channel;
      b.setAttribute("aria-selected", on ? "true" : "false");
      if (on && focus) b.focus();
    });
    $("channel-large").src = c.src;
    $("channel-large").alt = `${s.name} channel ${state.channel}, enlarged`;
    $("channel-caption").textContent = `${s.name}, channel ${state.channel} of ` +
      `${s.channels_total}: ${s.shape[1]} x ${s.shape[2]}, values from ${fmt(c.min)} (black) ` +
      `to ${fmt(c.max)} (white)`;
  }

  // ---- skips and filters ----------------------------------------------------------------------
  function renderSkips() {
    const v = view(), holder = $("skips");
    holder.textContent = "";
    holder.appendChild(el("figure", { class: "skip" }, [
      el("img", { src: v.output, alt: "full output probability" }),
      el("figcaption", { text: "all skips" + (v.dice !== null ? `: ${scores(v)}` : "") })]));
    v.skips.forEach((s) => holder.appendChild(el("figure", { class: "skip" }, [
      el("img", { src: s.src, alt: `output without the skip connection of level ${s.level}` }),
      el("figcaption", { text: `without skip ${s.level}: ${(100 * s.changed).toFixed(1)} % ` +
        "of pixels change" + (s.dice !== null ? `, ${scores(s)}` : "") })])));
  }

  // Dice and, where the page has it, HD95 (pixels of the network's map) of one output
  function scores(v) {
    const im = image();
    return `Dice ${v.dice.toFixed(4)}` + (v.hd95 !== undefined && v.hd95 !== null ?
      `, HD95 ${v.hd95.toFixed(1)} px at ${im.size[0]} x ${im.size[1]}` : "");
  }

  function renderFilters() {
    const f = config().filters, holder = $("filters");
    holder.textContent = "";
    $("filters-info").textContent = `${f.name}, weights ${f.shape.join(" x ")}; one shared ` +
      `scale from ${fmt(f.range[0])} (black) to ${fmt(f.range[1])} (white)`;
    f.srcs.forEach((src, k) => holder.appendChild(el("figure", { class: "filter" }, [
      el("img", { src, alt: `first-layer filter ${k}` }),
      el("figcaption", { text: String(k) })])));
  }

  function render() {
    configInfo();
    renderStages();
    renderIO();
    renderStage();
    renderSkips();
    renderFilters();
  }

  // ---- keyboard -----------------------------------------------------------------------------
  function onKey(event) {
    if (event.target.tagName === "SELECT") return;
    const keys = {
      ArrowLeft: () => selectStage(state.stage - 1, true),
      ArrowRight: () => selectStage(state.stage + 1, true),
      ArrowUp: () => selectChannel(state.channel - 1, true),
      ArrowDown: () => selectChannel(state.channel + 1, true),
      "[": () => selectConfig(state.config - 1),
      "]": () => selectConfig(state.config + 1),
      Escape: () => { state.pixel = null; drawRF(); },
    };
    if (keys[event.key]) { keys[event.key](); event.preventDefault(); }
  }

  fillPickers();
  $("output-img").addEventListener("click", onOutputClick);
  document.addEventListener("keydown", onKey);
  render();
})();
