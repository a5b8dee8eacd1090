import { attr, join, svgElement, text } from './dom.js';
import { textWidth } from './text-width.js';

/**
 * Minimal axes (no d3-axis, to keep the bundle small): tick lines and labels keyed by value,
 * so calling again updates in place.
 */
export interface Tick<V = string | number> {
  value: V;
  label: string;
}

const tickKey = (d: Tick) => String(d.value);

const bottomTick = (doc: Document) =>
  svgElement(doc, 'g', { class: 'tick' }, [
    svgElement(doc, 'line', { stroke: 'var(--_grid, #d9d9d9)' }),
    svgElement(doc, 'text', { class: 'muted', 'text-anchor': 'middle', dy: '1.1em' }),
  ]);

const leftTick = (doc: Document) =>
  svgElement(doc, 'g', { class: 'tick' }, [
    svgElement(doc, 'line', { stroke: 'var(--_grid, #d9d9d9)' }),
    svgElement(doc, 'text', { class: 'muted', 'text-anchor': 'end', dy: '0.32em' }),
  ]);

/** Ticks along the bottom at `y`, with grid lines from `gridTop` (default: no grid above y). */
export function applyAxisBottom(g: Element, ticks: readonly (Tick & { x: number })[], y: number, gridTop?: number): void {
  attr(g, 'aria-hidden', 'true');
  join(g, 'tick', ticks, tickKey, bottomTick, (t, d) => {
    attr(t, 'transform', `translate(${d.x},0)`);
    const line = t.firstElementChild!;
    attr(line, 'y1', gridTop ?? y);
    attr(line, 'y2', y + 4);
    const label = t.lastElementChild!;
    attr(label, 'y', y + 4);
    text(label, d.label);
  });
}

/** Ticks down the left at `x0`, with grid lines across to `x1`. */
export function applyAxisLeft(g: Element, ticks: readonly (Tick<number> & { y: number })[], x0: number, x1: number): void {
  attr(g, 'aria-hidden', 'true');
  join(g, 'tick', ticks, tickKey, leftTick, (t, d) => {
    attr(t, 'transform', `translate(0,${d.y})`);
    const line = t.firstElementChild!;
    attr(line, 'x1', x0);
    attr(line, 'x2', x1);
    const label = t.lastElementChild!;
    attr(label, 'x', x0 - 6);
    text(label, d.label);
  });
}

/**
 * The ticks whose labels, centred on their x and set at `fontSize` px, stand at least `gap` px
 * apart, kept from the left (a tick whose label would touch the last one kept is left out);
 * with `within`, only those whose labels also stay inside 0…`within` px.
 */
export function ticksApart<T extends Tick & { x: number }>(ticks: readonly T[], fontSize: number, within?: number, gap = 6): T[] {
  const kept: T[] = [];
  let lastRight = -Infinity;
  for (const t of ticks) {
    const half = textWidth(t.label, fontSize) / 2;
    if (t.x - half < lastRight + gap) continue;
    if (within !== undefined && (t.x - half < -1 || t.x + half > within + 1)) continue;
    kept.push(t);
    lastRight = t.x + half;
  }
  return kept;
}
