// Chart.js: what a page loads to draw the two benchmark charts (the controllers, elements,
// scales and legend they use, registered as Chart.js's tree-shaking guide says). Chart.js has
// no segment labels built in; the small plugin below draws them (as chartjs-plugin-datalabels
// would). Animation is off so that a chart is complete when its constructor returns.
import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend } from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend);

/** Draws each stacked segment's value inside it when it fits. */
const segmentLabels = {
  id: 'benchSegmentLabels',
  afterDatasetsDraw(chart, _args, opts) {
    const { ctx } = chart;
    let drawn = 0;
    ctx.save();
    ctx.font = '11px sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((ds, i) => {
      const meta = chart.getDatasetMeta(i);
      if (meta.hidden) return;
      meta.data.forEach((bar, j) => {
        const v = ds.data[j];
        const text = `${v}%`;
        const { x, y, base } = bar.getProps(['x', 'y', 'base'], true);
        if (Math.abs(x - base) < ctx.measureText(text).width + 6) return;
        ctx.fillStyle = opts.colors?.[i] ?? '#1a1a1a';
        ctx.fillText(text, (x + base) / 2, y);
        drawn++;
      });
    });
    ctx.restore();
    chart.$benchLabels = drawn;
  },
};

/** Chart.js draws category labels on one line; an array of strings gives it several. */
function wrap(text, max = 48) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && `${line} ${word}`.length > max) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function stackData(t, D) {
  return {
    labels: t.items.map((i) => wrap(i.label)),
    datasets: D.responses.map((r) => ({ label: D.responseLabels[r], data: t.items.map((i) => i[r]), backgroundColor: D.responseColors[r] })),
  };
}

function trendData(t, D) {
  return {
    labels: t.years.map(String),
    datasets: t.series.map((s, i) => ({
      label: s.label, data: s.values, borderColor: D.seriesColors[i], backgroundColor: D.seriesColors[i], borderWidth: 2.5, pointRadius: 4, spanGaps: false,
    })),
  };
}

function canvasIn(box) {
  const c = document.createElement('canvas');
  box.append(c);
  return c;
}

window.benchLib = {
  name: 'Chart.js',
  stack(box, t, D) {
    const chart = new Chart(canvasIn(box), {
      type: 'bar',
      data: stackData(t, D),
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true, min: 0, max: 100, ticks: { callback: (v) => `${v}%` }, title: { display: true, text: 'Percent' } },
          y: { stacked: true, ticks: { autoSkip: false, font: { size: 11 } } },
        },
        plugins: { legend: { position: 'top' }, benchSegmentLabels: { colors: ['#fff'] } },
      },
      plugins: [segmentLabels],
    });
    return { box, chart };
  },
  updateStack(h, t, D) {
    h.chart.data = stackData(t, D);
    h.chart.update('none');
  },
  trend(box, t, D) {
    const chart = new Chart(canvasIn(box), {
      type: 'line',
      data: trendData(t, D),
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` }, title: { display: true, text: 'Percent' } }, x: { offset: true } },
        plugins: { legend: { position: 'top' } },
      },
    });
    return { box, chart };
  },
  updateTrend(h, t, D) {
    h.chart.data = trendData(t, D);
    h.chart.update('none');
  },
  marks(h, kind) {
    const c = h.chart;
    const metas = c.data.datasets.map((_, i) => c.getDatasetMeta(i));
    return kind === 'stack'
      ? { bars: metas.reduce((a, m) => a + m.data.length, 0), labels: c.$benchLabels ?? 0, legend: c.legend?.legendItems?.length ?? 0 }
      : { lines: metas.filter((m) => m.dataset).length, points: metas.reduce((a, m) => a + m.data.filter((p) => !p.skip).length, 0), legend: c.legend?.legendItems?.length ?? 0 };
  },
  destroy(h) {
    h.chart.destroy();
    h.box.replaceChildren();
  },
};
