/** Loads a fixture page in an iframe and waits until its charts have drawn. */
export async function loadFrame(path: string, width = 800): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.appendChild(frame);
  await loaded;
  return frame.contentWindow!;
}

/** Waits until every chart element in the frame has marks, a table or a message. */
export async function chartsDrawn(win: Window, tags: readonly string[]): Promise<HTMLElement[]> {
  const els = tags.flatMap((t) => [...win.document.querySelectorAll<HTMLElement>(t)]);
  for (let i = 0; i < 200; i++) {
    const done = els.every((el) => {
      const root = el.shadowRoot;
      return root && (root.querySelector('[data-key], [part="message"], tbody tr') !== null);
    });
    if (done) return els;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`charts did not draw: ${els.filter((el) => !el.shadowRoot?.querySelector('[data-key], [part="message"], tbody tr')).map((e) => e.localName).join(', ')}`);
}

/** Positions and sizes of every mark, to compare two renderings. */
export function markGeometry(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[data-key]')].map((m) => {
    const r = m.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    return `${m.getAttribute('data-key')} ${Math.round(r.x - host.x)},${Math.round(r.y - host.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  });
}
