// Vega-Lite with vega-embed: what a page loads to draw the two benchmark charts (vega-embed,
// vega-lite, vega, tree-shaken by esbuild). vega-embed's defaults (since v7 the SVG renderer, actions
// menu, tooltip handler); a data change goes through the View API (view.data(...).runAsync()),
// as Vega's docs recommend for updating an embedded chart.
import embed from 'vega-embed';

const W = 800;
const H = 500;

function stackSpec(t, D) {
  const domain = D.responses.map((r) => D.responseLabels[r]);
  const y = { field: 'label', type: 'nominal', sort: null, axis: { title: null, labelLimit: 270, labelFontSize: 11 } };
  const x = { field: 'value', type: 'quantitative', stack: 'zero', scale: { domain: [0, 100] } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: W,
    height: H,
    autosize: { type: 'fit', contains: 'padding' },
    data: { name: 'table' },
    datasets: { table: t.long },
    encoding: { y },
    layer: [
      {
        mark: 'bar',
        encoding: {
          x: { ...x, axis: { title: 'Percent', labelExpr: "datum.value + '%'" } },
          color: { field: 'response', type: 'nominal', scale: { domain, range: D.responses.map((r) => D.responseColors[r]) }, legend: { orient: 'top', title: null } },
          order: { field: 'ro' },
        },
      },
      {
        mark: { type: 'text', fontSize: 11 },
        transform: [{ calculate: "datum.value >= 6 ? datum.value + '%' : ''", as: 'text' }],
        encoding: {
          x: { ...x, bandPosition: 0.5 },
          detail: { field: 'response' },
          order: { field: 'ro' },
          text: { field: 'text' },
          color: { condition: { test: "datum.response === 'Very significant'", value: 'white' }, value: '#1a1a1a' },
        },
      },
    ],
  };
}

function trendSpec(t, D) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: W,
    height: H,
    autosize: { type: 'fit', contains: 'padding' },
    data: { name: 'table' },
    datasets: { table: t.long },
    mark: { type: 'line', point: { filled: true, size: 50 }, strokeWidth: 2.5 },
    encoding: {
      x: { field: 'year', type: 'ordinal', axis: { title: 'Survey year', labelAngle: 0 } },
      y: { field: 'value', type: 'quantitative', scale: { domain: [0, 100] }, axis: { title: 'Percent', labelExpr: "datum.value + '%'" } },
      color: { field: 'label', type: 'nominal', scale: { domain: t.series.map((s) => s.label), range: D.seriesColors }, legend: { orient: 'top', title: null, columns: 4 } },
    },
  };
}

/** Data marks (not axes or legends) in the scenegraph, counted by mark type. */
function sceneCounts(view) {
  const counts = {};
  const walk = (node) => {
    if (!node) return;
    if (node.marktype && node.role === 'mark') {
      const n = node.marktype === 'line' ? (node.items?.length ? 1 : 0) : (node.items ?? []).filter((i) => i.text !== '').length;
      counts[node.marktype] = (counts[node.marktype] ?? 0) + n;
      if (node.marktype === 'line') counts.lineGroups = (counts.lineGroups ?? 0) + n;
    }
    for (const item of node.items ?? []) if (item.items) for (const child of item.items) walk(child);
  };
  walk(view.scenegraph().root);
  const legend = [];
  const walkLegend = (node) => {
    if (!node) return;
    if (node.role === 'legend-symbol') legend.push(...(node.items ?? []));
    for (const item of node.items ?? []) if (item.items) for (const child of item.items) walkLegend(child);
  };
  walkLegend(view.scenegraph().root);
  return { ...counts, legend: legend.length };
}

window.benchLib = {
  name: 'Vega-Lite + vega-embed',
  async stack(box, t, D) {
    const div = document.createElement('div');
    box.append(div);
    const result = await embed(div, stackSpec(t, D));
    return { box, div, result };
  },
  async updateStack(h, t) {
    await h.result.view.data('table', t.long).runAsync();
  },
  async trend(box, t, D) {
    const div = document.createElement('div');
    box.append(div);
    const result = await embed(div, trendSpec(t, D));
    return { box, div, result };
  },
  async updateTrend(h, t) {
    await h.result.view.data('table', t.long).runAsync();
  },
  marks(h, kind) {
    const c = sceneCounts(h.result.view);
    return kind === 'stack' ? { bars: c.rect ?? 0, labels: c.text ?? 0, legend: c.legend } : { lines: c.line ?? 0, points: c.symbol ?? 0, legend: c.legend };
  },
  destroy(h) {
    h.result.finalize();
    h.div.remove();
  },
};
