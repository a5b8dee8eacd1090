import { select, type Selection } from 'd3-selection';
import { createJoinKey } from './join.js';

/**
 * Minimal axes drawn with d3-selection joins (no d3-axis, to keep the bundle small):
 * tick lines and labels keyed by value, so calling again updates in place.
 */
export function applyAxisBottom(
  g: Selection<SVGGElement, unknown, null, undefined>,
  ticks: readonly { value: string | number; x: number; label: string }[],
  y: number,
  gridTop?: number,
): void {
  g.attr('aria-hidden', 'true');
  g.selectAll<SVGGElement, (typeof ticks)[number]>('g.tick')
    .data(ticks, createJoinKey((d) => String(d.value)))
    .join((enter) => {
      const t = enter.append('g').attr('class', 'tick');
      t.append('line');
      t.append('text').attr('class', 'muted').attr('text-anchor', 'middle').attr('dy', '1.1em');
      return t;
    })
    .attr('transform', (d) => `translate(${d.x},0)`)
    .call((t) => t.select('line').attr('y1', gridTop ?? y).attr('y2', y + 4).attr('stroke', 'var(--_grid, #d9d9d9)'))
    .call((t) => t.select('text').attr('y', y + 4).text((d) => d.label));
}

export function applyAxisLeft(
  g: Selection<SVGGElement, unknown, null, undefined>,
  ticks: readonly { value: number; y: number; label: string }[],
  x0: number,
  x1: number,
): void {
  g.attr('aria-hidden', 'true');
  g.selectAll<SVGGElement, (typeof ticks)[number]>('g.tick')
    .data(ticks, createJoinKey((d) => String(d.value)))
    .join((enter) => {
      const t = enter.append('g').attr('class', 'tick');
      t.append('line');
      t.append('text').attr('class', 'muted').attr('text-anchor', 'end').attr('dy', '0.32em');
      return t;
    })
    .attr('transform', (d) => `translate(0,${d.y})`)
    .call((t) => t.select('line').attr('x1', x0).attr('x2', x1).attr('stroke', 'var(--_grid, #d9d9d9)'))
    .call((t) => t.select('text').attr('x', x0 - 6).text((d) => d.label));
}

/** Ensures a child <g> with the class exists under the parent and returns it. */
export function layer(
  parent: Selection<SVGSVGElement, unknown, null, undefined> | Selection<SVGGElement, unknown, null, undefined>,
  className: string,
): Selection<SVGGElement, unknown, null, undefined> {
  const node = parent.node() as Element;
  let g = node.querySelector<SVGGElement>(`:scope > g.${className}`);
  if (!g) {
    g = node.ownerDocument!.createElementNS('http://www.w3.org/2000/svg', 'g');
    g.setAttribute('class', className);
    node.appendChild(g);
  }
  return select(g) as Selection<SVGGElement, unknown, null, undefined>;
}
