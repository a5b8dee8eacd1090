// Observable Plot: what a page loads to draw the two benchmark charts (Plot + the d3 it uses,
// tree-shaken by esbuild). Plot has no update API: an update draws a new figure in place.
import * as Plot from '@observablehq/plot';

const W = 800;
const H = 500;

function stackFigure(t, D) {
  const domain = D.responses.map((r) => D.responseLabels[r]);
  const textFill = { 'Very significant': 'white' };
  return Plot.plot({
    width: W,
    height: H,
    marginLeft: 280,
    x: { domain: [0, 100], label: 'Percent', tickFormat: (d) => `${d}%` },
    y: { domain: t.items.map((i) => i.label), label: null, tickSize: 0 },
    color: { domain, range: D.responses.map((r) => D.responseColors[r]), legend: true },
    marks: [
      Plot.barX(t.long, Plot.stackX({ x: 'value', y: 'label', fill: 'response', order: domain })),
      Plot.textX(
        t.long,
        Plot.stackX({
          x: 'value', y: 'label', z: 'response', order: domain,
          text: (d) => (d.value >= 6 ? `${d.value}%` : ''),
          fill: (d) => textFill[d.response] ?? '#1a1a1a',
        }),
      ),
      Plot.axisY({ lineWidth: 24, marginLeft: 280, fontSize: 11 }),
    ],
  });
}

function trendFigure(t, D) {
  const domain = t.series.map((s) => s.label);
  return Plot.plot({
    width: W,
    height: H,
    x: { label: 'Survey year', tickFormat: 'd', ticks: t.years, inset: 20 },
    y: { domain: [0, 100], label: 'Percent', grid: true, tickFormat: (d) => `${d}%` },
    color: { domain, range: D.seriesColors, legend: true },
    marks: [
      Plot.lineY(t.long, { x: 'year', y: 'value', z: 'label', stroke: 'label', strokeWidth: 2.5 }),
      Plot.dot(t.long, { x: 'year', y: 'value', fill: 'label', r: 4, stroke: 'white' }),
    ],
  });
}

const count = (fig, sel) => fig.querySelectorAll(sel).length;

window.benchLib = {
  name: 'Observable Plot',
  stack(box, t, D) {
    const fig = stackFigure(t, D);
    box.append(fig);
    return { box, fig };
  },
  updateStack(h, t, D) {
    const fig = stackFigure(t, D);
    h.fig.replaceWith(fig);
    h.fig = fig;
  },
  trend(box, t, D) {
    const fig = trendFigure(t, D);
    box.append(fig);
    return { box, fig };
  },
  updateTrend(h, t, D) {
    const fig = trendFigure(t, D);
    h.fig.replaceWith(fig);
    h.fig = fig;
  },
  marks(h, kind) {
    return kind === 'stack'
      ? { bars: count(h.fig, 'g[aria-label="bar"] rect'), labels: [...h.fig.querySelectorAll('g[aria-label="text"] text')].filter((t) => t.textContent).length, legend: count(h.fig, '[class$="-swatch"]') }
      : { lines: count(h.fig, 'g[aria-label="line"] path'), points: count(h.fig, 'g[aria-label="dot"] circle'), legend: count(h.fig, '[class$="-swatch"]') };
  },
  destroy(h) {
    h.fig.remove();
  },
};
