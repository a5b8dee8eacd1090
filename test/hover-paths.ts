/**
 * Pointer journeys over a chart's marks with real mouse moves (sendMouse), for the hover
 * tooltip's reachability (WCAG 1.4.13: hoverable) and for a reader going from mark to mark.
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { HOVER_DWELL_MS, type PioneerChart } from '../src/components/base/pioneer-chart.js';

type Point = [number, number];
type Box = { left: number; top: number; right: number; bottom: number };

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const centreOf = (b: Box): Point => [Math.round((b.left + b.right) / 2), Math.round((b.top + b.bottom) / 2)];
/** The point of box b nearest to p, `inset` px inside it. */
export const nearestInside = (b: Box, p: Point, inset = 4): Point => [
  Math.round(Math.max(b.left + inset, Math.min(b.right - inset, p[0]))),
  Math.round(Math.max(b.top + inset, Math.min(b.bottom - inset, p[1]))),
];

/**
 * Moves the mouse in a straight line from `from` (not included) to `to`, in steps of at most
 * `step` px (or in `step` steps where `steps` is given). Returns the longest time between two
 * moves, ms: on a busy machine one move can take longer than a reader's rest on a mark.
 */
export async function glide(from: Point, to: Point, { step = 4, steps }: { step?: number; steps?: number } = {}): Promise<number> {
  const n = steps ?? Math.max(1, Math.ceil(Math.hypot(to[0] - from[0], to[1] - from[1]) / step));
  let longest = 0;
  let last = performance.now();
  for (let i = 1; i <= n; i++) {
    await sendMouse({ type: 'move', position: [Math.round(from[0] + ((to[0] - from[0]) * i) / n), Math.round(from[1] + ((to[1] - from[1]) * i) / n)] });
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }
  return longest;
}

/**
 * A pause between two moves this long is a rest to the chart (its safe path gives a mark the
 * pointer rests on this long its tooltip), not a straight move: a way lost with such a pause is
 * gone again, up to twice, before it counts as lost (and the retry is logged). A way lost with
 * shorter pauses counts at once: the chart must not take a pause shorter than a rest for one.
 * Less 20 ms: the pause is timed here, between the moves' round trips to the browser, which may
 * see the two moves further apart. (On a quiet machine the moves come 10–20 ms apart.)
 */
const RESTING_MS = HOVER_DWELL_MS - 20;

/**
 * How long the pointer rests on a tooltip it reached before the tooltip is looked at again:
 * longer than the close the pointer's leaving the marks sets going (TOOLTIP_GRACE_MS, 400 ms)
 * and a rest on a mark (HOVER_DWELL_MS). A tooltip that lets the pointer through (`pointer-events:
 * none`) is still shown as the pointer arrives, but gone, or another mark's, by then.
 */
export const ON_TOOLTIP_MS = 600;

export const markEls = (el: PioneerChart<unknown>) => [...el.shadowRoot!.querySelectorAll('svg [data-key]')].filter((m) => {
  const r = m.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
});
const tipOf = (el: PioneerChart<unknown>) => el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
const labelOf = (el: PioneerChart<unknown>, m: Element) => el.marks.find((k) => k.key === m.getAttribute('data-key'))!.label;

/**
 * The marks whose hovered tooltip the pointer does not reach going straight from the mark's
 * centre to the tooltip (`to`: its centre, or its point nearest the mark, 4 px inside), without
 * pausing (after `rest` ms on the mark: the reader sees where the tooltip is): the tooltip must
 * still be that mark's when the pointer is on it and, on every third mark (the 1st, 4th, …: each
 * of a bar's four responses in turn), ON_TOOLTIP_MS later, the pointer resting there. Escape
 * dismisses it after each. (A rest on every mark cost CI about 60 s; a tooltip the pointer goes
 * through, `pointer-events: none`, loses every mark's it rests on.)
 */
export async function unreached(el: PioneerChart<unknown>, to: 'centre' | 'near', move: { step?: number; steps?: number } = {}, rest = 0): Promise<string[]> {
  const tip = tipOf(el);
  const lost: string[] = [];
  for (const [i, m] of markEls(el).entries()) {
    for (let attempt = 1; ; attempt++) {
      m.scrollIntoView({ block: 'center' });
      const from = centreOf(m.getBoundingClientRect());
      await sendMouse({ type: 'move', position: from });
      if (tip.hidden || tip.textContent !== labelOf(el, m)) {
        lost.push(`${m.getAttribute('data-key')} (not shown)`);
        break;
      }
      await pause(rest);
      const t = tip.getBoundingClientRect();
      const longest = await glide(from, to === 'centre' ? centreOf(t) : nearestInside(t, from), move);
      const shown = () => !tip.hidden && tip.textContent === labelOf(el, m);
      const reached = shown();
      if (reached && i % 3 === 0) await pause(ON_TOOLTIP_MS);
      const stayed = shown();
      await sendKeys({ press: 'Escape' });
      if (reached && !stayed) {
        lost.push(`${m.getAttribute('data-key')!} (gone as the pointer rested on it)`);
        break;
      }
      if (reached) break;
      if (longest < RESTING_MS || attempt === 3) {
        lost.push(`${m.getAttribute('data-key')!}${longest < RESTING_MS ? '' : ` (moves ${Math.round(longest)} ms apart)`}`);
        break;
      }
      console.log(`hover-paths: ${m.getAttribute('data-key')} lost with moves ${Math.round(longest)} ms apart (a rest to the chart): gone again`);
      // Away and back: the next attempt starts as the first did.
      await sendMouse({ type: 'move', position: [0, 0] });
    }
  }
  await sendMouse({ type: 'move', position: [0, 0] });
  return lost;
}

/**
 * A reader going from each mark to the next (in the marks' order, straight, 4 px steps), not
 * towards the tooltip shown: which of the marks arrived at show their tooltip at once, and which
 * `dwell` ms after the pointer stopped on them.
 */
export async function markToMark(el: PioneerChart<unknown>, dwell: number): Promise<{ atOnce: number; afterDwell: number; missed: string[]; of: number; underTooltip: string[] }> {
  const tip = tipOf(el);
  const marks = markEls(el);
  let atOnce = 0;
  let afterDwell = 0;
  const missed: string[] = [];
  const underTooltip: string[] = [];
  for (let i = 1; i < marks.length; i++) {
    const a = marks[i - 1];
    const b = marks[i];
    a.scrollIntoView({ block: 'center' });
    const from = centreOf(a.getBoundingClientRect());
    await sendMouse({ type: 'move', position: from });
    await pause(dwell);
    const to = centreOf(b.getBoundingClientRect());
    if (!tip.hidden && el.shadowRoot!.elementFromPoint(...to) === tip) underTooltip.push(b.getAttribute('data-key')!);
    await glide(from, to);
    if (!tip.hidden && tip.textContent === labelOf(el, b)) atOnce++;
    await pause(dwell);
    if (!tip.hidden && tip.textContent === labelOf(el, b)) afterDwell++;
    else missed.push(`${b.getAttribute('data-key')!} [from ${a.getAttribute('data-key')} shows ${tip.hidden ? 'nothing' : el.marks.find((k) => k.label === tip.textContent)?.key}; at end: ${el.shadowRoot!.elementFromPoint(...to)?.getAttribute('data-key') ?? el.shadowRoot!.elementFromPoint(...to)?.className}]`);
  }
  await sendMouse({ type: 'move', position: [0, 0] });
  return { atOnce, afterDwell, missed, of: marks.length - 1, underTooltip };
}
