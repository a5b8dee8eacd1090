// The in-page half of the benchmark. Loads one library's bundle (?lib=…), then exposes
// window.bench, which bench/run.mjs drives through puppeteer: render / update / destroy of one
// chart, renderMany for the 50-stack page, and a pixel check for screenshots.
//
// Times are performance.now() deltas around the library's own calls. A library whose drawing
// finishes later (ours, after its ResizeObserver fires) reports its script time itself
// (`timing.scriptMs`, JavaScript only) next to the wall time to marks in the DOM.
const lib = new URLSearchParams(location.search).get('lib');
const D = await (await fetch('../tmp/data.json')).json();
await import(`../tmp/${lib}.js`);
const L = window.benchLib;
const stage = document.getElementById('stage');
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const frames = async (n) => { for (let i = 0; i < n; i++) await frame(); };
const ours = L.name === 'pioneer-viz';

function newBox() {
  const box = document.createElement('div');
  box.className = ours ? 'box auto' : 'box';
  stage.append(box);
  return box;
}

const tables = { stack: D.stack, trend: D.trend };
let current = null;
/** The handles of renderMany's charts, for updateMany. */
let many = [];
const rectOf = (el) => {
  const r = el.getBoundingClientRect();
  return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
};
const styleCount = () => document.querySelectorAll('style').length;
/** Elements in a subtree, shadow roots included. */
const elementCount = (root) => {
  let n = 0;
  let svg = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.localName === 'svg') svg += el.querySelectorAll('*').length + 1;
    if (el.shadowRoot) {
      const inner = elementCount(el.shadowRoot);
      n += inner.n;
      svg += inner.svg;
    }
  }
  return { n, svg };
};
const baseStyles = styleCount();
/** The middle value of a list of times (the upper middle for an even count); 0 for none. */
const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[xs.length >> 1] : 0);
/** One chart of this kind drawn alone on the stage (untimed), with the library's handle. */
async function drawAlone(kind) {
  stage.replaceChildren();
  const box = newBox();
  return { box, h: await L[kind](box, tables[kind].first, D) };
}
/** The library's update of a drawn chart of this kind, to that chart's second table. */
const updateChart = (kind, h) => L[kind === 'stack' ? 'updateStack' : 'updateTrend'](h, tables[kind].update, D);

window.bench = {
  lib: L.name,
  /** First render of one chart in a fresh 800×500 box. */
  async render(kind) {
    stage.replaceChildren();
    const box = newBox();
    const t0 = performance.now();
    const h = await L[kind](box, tables[kind].first, D);
    const wall = performance.now() - t0;
    const marks = L.marks(h, kind);
    current = { kind, h, box };
    await frames(2);
    const timing = h.timing ?? {};
    return {
      wall,
      script: timing.scriptMs ?? wall,
      layout: timing.layoutMs ?? null,
      deferred: timing.deferred ?? false,
      shell: timing.shellMs ?? null,
      draw: timing.drawMs ?? null,
      marks,
      elements: elementCount(box),
      rect: rectOf(box),
    };
  },
  /** The data/attribute change of the current chart. */
  async update() {
    const { kind, h, box } = current;
    const t0 = performance.now();
    const r = await updateChart(kind, h);
    const wall = performance.now() - t0;
    const marks = L.marks(h, kind);
    await frames(2);
    return { wall, script: r?.scriptMs ?? wall, marks, elements: elementCount(box), rect: rectOf(box) };
  },
  destroy() {
    if (current) L.destroy(current.h);
    current = null;
    stage.replaceChildren();
  },
  /** n barrier stacks on one page, each in its own 800 px box. */
  async renderMany(n) {
    stage.replaceChildren();
    let wall;
    let timing = {};
    let handles;
    if (L.stackMany) {
      const t0 = performance.now();
      const h = await L.stackMany(stage, tables.stack.first, D, n);
      wall = performance.now() - t0;
      timing = h.timing;
      handles = h.els.map((el) => ({ el }));
    } else {
      const boxes = Array.from({ length: n }, newBox);
      const t0 = performance.now();
      handles = await Promise.all(boxes.map((b) => L.stack(b, tables.stack.first, D)));
      wall = performance.now() - t0;
    }
    many = handles;
    const marks = handles.map((h) => L.marks(h, 'stack'));
    const drawnCharts = marks.filter((m) => m.bars >= 60 && m.labels >= 30).length;
    await frames(2);
    return {
      wall,
      script: timing.scriptMs ?? wall,
      layout: timing.layoutMs ?? null,
      deferred: timing.deferred ?? false,
      drawnCharts,
      styleElementsAdded: styleCount() - baseStyles,
      rect: rectOf(stage.firstElementChild),
    };
  },
  /**
   * renderMany's charts all changed to the update's year at once (as a filter bar linking them
   * would), then `ms` of the page's life: the frames it draws meanwhile (its main thread busy
   * with the changes, then with any transitions they start), and the script time of the changes.
   */
  async updateMany(ms) {
    let drawnFrames = 0;
    let counting = true;
    const tick = () => {
      if (!counting) return;
      drawnFrames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const t0 = performance.now();
    await Promise.all(many.map((h) => updateChart('stack', h)));
    const script = performance.now() - t0;
    await new Promise((r) => setTimeout(r, ms));
    counting = false;
    const changed = many.filter((h) => L.marks(h, 'stack').bars > 0).length;
    return { frames: drawnFrames, script, changed };
  },
  /** Share of non-white pixels and number of distinct colours in a PNG (base64). */
  async pixels(png) {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let ink = 0;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (r < 245 || g < 245 || b < 245) ink++;
      colours.add((r >> 4) * 256 + (g >> 4) * 16 + (b >> 4));
    }
    return { ink: ink / (data.length / 4), colours: colours.size, width: c.width, height: c.height };
  },
  styleElementsAdded: () => styleCount() - baseStyles,
  /**
   * What one update changes in the DOM: a chart is drawn, then a MutationObserver (on the box
   * and on every shadow root in it) records the update. Not timed (observing costs time): it
   * counts the work an update hands the browser, whatever library code asked for it.
   */
  async updateMutations(kind) {
    const { box, h } = await drawAlone(kind);
    await frames(2);
    const records = [];
    const observer = new MutationObserver((list) => records.push(...list));
    const observe = (root) => {
      observer.observe(root, { subtree: true, attributes: true, attributeOldValue: true, childList: true, characterData: true });
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) observe(el.shadowRoot);
    };
    observe(box);
    await updateChart(kind, h);
    records.push(...observer.takeRecords());
    observer.disconnect();
    const isSvg = (n) => n.namespaceURI === 'http://www.w3.org/2000/svg';
    // An element counts once per insertion, with everything inside it (a moved node is removed
    // and inserted again: both are counted).
    const elementsIn = (n) => (n.nodeType === 1 ? 1 + n.querySelectorAll('*').length : 0);
    const r = { attributes: 0, attributesSvg: 0, inserted: 0, removed: 0, moved: 0, text: 0 };
    const removedNodes = new Set();
    /** Each attribute written on a node still drawn, with its value before the update. */
    const before = new Map();
    for (const m of records) {
      if (m.type === 'attributes') {
        r.attributes++;
        if (isSvg(m.target)) r.attributesSvg++;
        if (!m.target.isConnected) continue;
        const byName = before.get(m.target) ?? new Map();
        if (!byName.has(m.attributeName)) byName.set(m.attributeName, m.oldValue);
        before.set(m.target, byName);
      } else if (m.type === 'characterData') r.text++;
      else {
        for (const n of m.removedNodes) { r.removed += elementsIn(n); removedNodes.add(n); }
        for (const n of m.addedNodes) {
          if (removedNodes.has(n)) r.moved++;
          r.inserted += elementsIn(n);
          if (n.nodeType === 3) r.text++;
        }
      }
    }
    // The attribute writes alone, replayed on the drawn chart with no library code: each
    // attribute back to its value before the update, style and layout brought up to date (as
    // they are when a user changes the chart), then the update's values written again, timed.
    const list = [];
    for (const [el, byName] of before) for (const [name, old] of byName) list.push([el, name, old, el.getAttribute(name)]);
    const put = (el, name, v) => (v == null ? el.removeAttribute(name) : el.setAttribute(name, v));
    const times = [];
    for (let rep = 0; rep < 11 && list.length; rep++) {
      for (const [el, name, old] of list) put(el, name, old);
      box.getBoundingClientRect();
      await frame();
      const t = performance.now();
      for (const [el, name, , after] of list) put(el, name, after);
      times.push(performance.now() - t);
      box.getBoundingClientRect();
    }
    r.replayMs = median(times);
    r.replayed = list.length;
    L.destroy(h);
    stage.replaceChildren();
    return r;
  },
  /**
   * The DOM floor of one chart: the chart is drawn, its DOM (shadow roots included) is read as
   * a list of elements with their attributes and text, and exactly that DOM is then built again
   * in a bare loop (createElementNS, setAttribute, text, appendChild; no library code), detached.
   * What no library drawing this picture with these elements can go below.
   */
  async domFloor(kind, reps = 40) {
    const { box, h } = await drawAlone(kind);
    const ops = [];
    const read = (node, parent) => {
      for (const el of node.children) {
        const i = ops.length;
        ops.push({
          parent,
          ns: el.namespaceURI,
          tag: el.localName,
          attrs: [...el.attributes].map((a) => [a.name, a.value]),
          text: [...el.childNodes].filter((c) => c.nodeType === 3).map((c) => c.nodeValue).join(''),
        });
        if (el.shadowRoot) read(el.shadowRoot, i);
        read(el, i);
      }
    };
    read(box, -1);
    L.destroy(h);
    stage.replaceChildren();
    const build = () => {
      const root = document.createElement('div');
      const made = new Array(ops.length);
      for (let i = 0; i < ops.length; i++) {
        const o = ops[i];
        const el = document.createElementNS(o.ns, o.tag);
        for (const [k, v] of o.attrs) el.setAttribute(k, v);
        if (o.text) el.textContent = o.text;
        (o.parent < 0 ? root : made[o.parent]).appendChild(el);
        made[i] = el;
      }
      return root;
    };
    // Timed in batches of 10 (the page clock is coarse), median batch.
    const times = [];
    for (let r = 0; r < reps / 10; r++) {
      const t = performance.now();
      for (let i = 0; i < 10; i++) build();
      times.push((performance.now() - t) / 10);
    }
    return {
      ms: median(times),
      elements: ops.length,
      svgElements: ops.filter((o) => o.ns === 'http://www.w3.org/2000/svg').length,
      attributes: ops.reduce((n, o) => n + o.attrs.length, 0),
      canvas: ops.some((o) => o.tag === 'canvas'),
    };
  },
};
window.benchReady = true;
