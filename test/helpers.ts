/** Test helpers: mount elements in a sized container and wait until they have drawn. */
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

export function cleanup(): void {
  while (mounted.length) mounted.pop()!.remove();
}

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** Captures console.warn calls while `fn` runs. */
export async function captureWarnings(fn: () => Promise<void> | void): Promise<string[]> {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return calls;
}
