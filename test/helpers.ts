/** Test helpers: mount elements in a sized container and wait until they have drawn. */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { PioneerChart } from '../src/components/base/pioneer-chart.js';

const mounted: HTMLElement[] = [];

/** Appends `markup` inside a div of the given width and returns the first element child. */
export function mount<T extends HTMLElement>(markup: string, width = 640): T {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  box.innerHTML = markup; // test-authored markup only
  document.body.appendChild(box);
  mounted.push(box);
  return box.firstElementChild as T;
}

/** Resolves after Lit has updated and the ResizeObserver has delivered a width and the chart drew. */
export async function drawn<T extends PioneerChart<unknown>>(el: T): Promise<T> {
  for (let i = 0; i < 50; i++) {
    await el.updateComplete;
    if (el.message || el.marks.length || el.summary) return el;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
  }
  return el;
}

/**
 * Mounts `markup` in a card, `<test-card>`, whose shadow root wraps its slot in a box styled
 * `body` (`<div part="body" style="…"><slot></slot></div>`), as a design system's card, Shoelace's
 * `<sl-card>`, lays out what it is given; returns the first element slotted. The card's box, not
 * the card, is what paints, clips and sizes the chart.
 */
export function inCard<T extends HTMLElement>(markup: string, body: string, width?: number): T {
  if (!customElements.get('test-card')) {
    customElements.define(
      'test-card',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<div part="body"><slot></slot></div>';
        }
      },
    );
  }
  const card = mount(`<test-card>${markup}</test-card>`, width);
  card.shadowRoot!.firstElementChild!.setAttribute('style', body);
  return card.firstElementChild as T;
}

export function cleanup(): void {
  while (mounted.length) mounted.pop()!.remove();
}

/** For the tests of a describe block: a phone's window (320 by 568 px, unless given) and a page with no margin; each test's charts removed after it, and the window as before. */
export function onPhoneWindow(width = 320, height = 568): void {
  beforeEach(async () => {
    await setViewport({ width, height });
    document.body.style.margin = '0';
  });
  afterEach(async () => {
    cleanup();
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });
}

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** A researcher's 2021 barrier row (items `a`, "Barrier A", and `b`, "Barrier B"; base 40) in the export format. */
export const barrierRow2021 = (item: string, response: string, value: number) => ({
  measure: 'barrier', item, item_label: item === 'a' ? 'Barrier A' : 'Barrier B', year: 2021, group: 'all', response,
  value, unit: 'percent', base: 40, source_survey: 2021, source_table: '1',
});

/** Captures console.warn calls' text while `fn` runs, and a task after (the reference to the element a warning is followed by is left out). */
export async function captureWarnings(fn: () => Promise<void> | void): Promise<string[]> {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => calls.push(args.filter((a) => !(a instanceof WeakRef)).map(String).join(' '));
  try {
    await fn();
    // A chart's first update warns a task later (a page's own script may still give it rows).
    await new Promise((resolve) => setTimeout(resolve));
  } finally {
    console.warn = original;
  }
  return calls;
}

/** What promise rejections no one handled said while `fn` ran (kept out of the console and the runner's failure count: the test asserts on them). */
export async function unhandledRejections(fn: () => Promise<void> | void): Promise<string[]> {
  const reasons: string[] = [];
  const onRejection = (e: PromiseRejectionEvent) => {
    reasons.push(String(e.reason?.message ?? e.reason));
    e.preventDefault();
  };
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
  } finally {
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return reasons;
}

/** CRC-32 computed bit by bit (independent of the library's table), to check a PNG chunk. */
function crc32Bitwise(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/**
 * The text chunks (tEXt, iTXt) of a PNG by keyword, each chunk's CRC checked; throws on a
 * chunk whose CRC is wrong or a file that is not a PNG.
 */
export function pngTextChunks(png: Uint8Array): Record<string, string> {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!signature.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: Record<string, string> = {};
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (view.getUint32(at + 8 + length) !== crc32Bitwise(png.subarray(at + 4, at + 8 + length))) throw new Error(`bad CRC in ${type} chunk`);
    if (type === 'iTXt' || type === 'tEXt') {
      const zero = data.indexOf(0);
      const keyword = new TextDecoder('latin1').decode(data.subarray(0, zero));
      let text: Uint8Array;
      if (type === 'tEXt') text = data.subarray(zero + 1);
      else {
        // keyword \0, compression flag, method, language \0, translated keyword \0, text
        let p = zero + 3;
        p = data.indexOf(0, p) + 1;
        p = data.indexOf(0, p) + 1;
        text = data.subarray(p);
      }
      out[keyword] = new TextDecoder(type === 'iTXt' ? 'utf-8' : 'latin1').decode(text);
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return out;
}

/**
 * An element's text as seen and printed: its text without what only a copy gives (an empty table
 * cell's unseen `b`s: "(see note 1)" about the note's number, a space after the dash; a table's
 * note's number, "1. ", which its list's marker shows; a heading's tabs for the cells it spans).
 */
export function seenText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('b').forEach((b) => b.remove());
  return copy.textContent ?? '';
}

/**
 * What a chart's Table view shows for each cell `[item, column]` given: whether it is a gap
 * (`absent`), what a screen reader hears in it, and its dash's tooltip.
 */
export async function tableGapCells(el: PioneerChart<unknown> & { mode: string | undefined }, cells: readonly (readonly [string, number])[]): Promise<{ cell: string; absent: boolean; spoken: string | null; title: string | null }[]> {
  el.mode = 'table';
  await el.updateComplete;
  const table = el.shadowRoot!.querySelector('table.data-table')!;
  return cells.map(([item, column]) => {
    const td = table.querySelectorAll(`tr[data-item="${item}"] td`)[column];
    return {
      cell: `${item} ${column}`,
      absent: td.classList.contains('absent'),
      spoken: td.querySelector('.sr-only')?.textContent ?? null,
      title: td.querySelector('[aria-hidden]')?.getAttribute('title') ?? null,
    };
  });
}

/** A run of text in a PDF saved by `print-to-pdf` with `sizes` (where it starts, in points). */
export type PdfRun = { text: string; x: number; y: number };

/**
 * The runs of a saved PDF's pages that repeat an earlier run of the same page in the same place:
 * text written twice, as Chromium saves a halo stroked under text (paint-order: stroke), a
 * second, invisible copy that a reader copying, searching or listening to the PDF gets too.
 */
export const writtenTwice = (pages: readonly (readonly PdfRun[])[]): string[] =>
  pages.flatMap((runs) => runs.filter((r, i) => runs.some((o, j) => j < i && o.text === r.text && Math.abs(o.x - r.x) < 0.5 && Math.abs(o.y - r.y) < 0.5)).map((r) => r.text));

/** A box as getBoundingClientRect gives it. */
export type Box = { left: number; top: number; right: number; bottom: number };

/** The area two boxes share (0 where they do not overlap). */
export const overlapArea = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
/** Whether box b lies wholly in `outer` (to half a px). */
export const insideBox = (b: Box, outer: Box) => b.left >= outer.left - 0.5 && b.top >= outer.top - 0.5 && b.right <= outer.right + 0.5 && b.bottom <= outer.bottom + 0.5;
/** A box's sides in whole px, for a message. */
export const roundedBox = (b: Box) => [b.left, b.top, b.right, b.bottom].map((v) => Math.round(v)).join(', ');
/** The key of the mark with the keyboard focus in a chart ('' for none). */
export const focusedKey = (el: PioneerChart<unknown>) => el.shadowRoot!.querySelector('svg .focused')?.getAttribute('data-key') ?? '';

/**
 * The arrow keys that take a keyboard-focused chart's focus to every mark, run by run (Home,
 * Up to the first run, then in each run Left to its start and Right to its end, then Down),
 * pressed now: each press that moved the focus, with the key of the mark it went to, in order.
 * Pressed again from Home, they visit the marks again (with the page scrolled as a test likes).
 */
export async function arrowSteps(el: PioneerChart<unknown>): Promise<[press: string, key: string][]> {
  await sendKeys({ press: 'Home' });
  const steps: [string, string][] = [['Home', focusedKey(el)]];
  const press = async (key: string) => {
    const before = focusedKey(el);
    await sendKeys({ press: key });
    if (focusedKey(el) !== before) steps.push([key, focusedKey(el)]);
    return focusedKey(el) !== before;
  };
  while (await press('ArrowUp'));
  do {
    while (await press('ArrowLeft'));
    while (await press('ArrowRight'));
  } while (await press('ArrowDown'));
  return steps;
}

/**
 * What of a box that scrolls (a panel) the window shows: its padding box, in the window, as drawn
 * (scaled as a transform around it scales it); the window itself for none.
 */
export function shownOf(panel?: HTMLElement): Box {
  const page = document.documentElement;
  if (!panel) return { left: 0, top: 0, right: page.clientWidth, bottom: page.clientHeight };
  const r = panel.getBoundingClientRect();
  const [sx, sy] = [r.width / panel.offsetWidth, r.height / panel.offsetHeight];
  const [left, top] = [r.left + panel.clientLeft * sx, r.top + panel.clientTop * sy];
  return { left: Math.max(left, 0), top: Math.max(top, 0), right: Math.min(left + panel.clientWidth * sx, page.clientWidth), bottom: Math.min(top + panel.clientHeight * sy, page.clientHeight) };
}

/** Tabs from a button placed before the chart until the chart's SVG has focus, as a keyboard user reaches it. */
export async function tabIntoChart(el: HTMLElement): Promise<void> {
  const before = mount<HTMLButtonElement>('<button>before</button>');
  el.parentElement!.before(before.parentElement!);
  before.focus();
  for (let i = 0; i < 8; i++) {
    await sendKeys({ press: 'Tab' });
    if (el.shadowRoot!.activeElement?.localName === 'svg') return;
  }
  throw new Error('Tab never reached the chart');
}

type Disclosure = 'menu' | 'description';

/** A chart's Download menu (`part="menu"`) or its "Describe this chart" (`part="description"`): the wrapper of the button and what it shows. */
export function disclosure(el: Element, part: Disclosure): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`)!;
}

/** The button a reader presses to open or close the Download menu or the long description. */
export function disclosureButton(el: Element, part: Disclosure): HTMLButtonElement {
  return disclosure(el, part).querySelector<HTMLButtonElement>(':scope > button')!;
}

/**
 * Whether the Download menu or the long description is open, as a reader meets it: its button
 * says it is expanded (aria-expanded) and what it shows (the menu's items, the description's
 * text's container, the one aria-controls names) is there. Throws where the two disagree.
 */
export function isOpen(el: Element, part: Disclosure): boolean {
  const button = disclosureButton(el, part);
  const expanded = button.getAttribute('aria-expanded');
  const content = disclosure(el, part).querySelector(part === 'menu' ? '.menu-items' : '.long-description');
  if ((expanded === 'true') !== Boolean(content)) throw new Error(`${part}: aria-expanded="${expanded}", but what it shows is ${content ? '' : 'not '}there`);
  if (content && content !== el.shadowRoot!.getElementById(button.getAttribute('aria-controls') ?? '')) throw new Error(`${part}: aria-controls does not name what it shows`);
  return expanded === 'true';
}

/**
 * Asserts that `actual` is the node `expected` (the focus, usually), naming both where it is not:
 * chai's own message for a failed comparison of elements stalled the test runner (240 s, no message).
 */
export function expectSame(actual: Element | null, expected: Element | null, what = 'the focus'): void {
  const name = (n: Element | null) => {
    if (!n) return 'nothing';
    const part = n.getAttribute('part');
    return `<${n.localName}${part ? ` part="${part}"` : ''}> "${(n.getAttribute('aria-label') ?? n.textContent ?? '').trim().slice(0, 40)}"`;
  };
  expect(actual === expected, `${what}: on ${name(actual)}, not on ${name(expected)}`).to.equal(true);
}

/** The pixels the page shows in a box (CSS px of the window, as getBoundingClientRect gives it: the scroll is added). */
export async function pixelsIn(box: { x: number; y: number; width: number; height: number }): Promise<ImageData> {
  const png = (await executeServerCommand('capture-clip', { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height })) as unknown as string;
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, image.height);
}

/** How many pixels are within a small distance of an RGB colour. */
export function countNear(img: ImageData, [r, g, b]: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) if (Math.abs(img.data[i] - r) + Math.abs(img.data[i + 1] - g) + Math.abs(img.data[i + 2] - b) < 60) n++;
  return n;
}
