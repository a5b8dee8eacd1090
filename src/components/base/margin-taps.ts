/**
 * Chromium's touch adjustment gives a tap up to 9 px off a control (11 px for a broad finger) to
 * it: a reader tapping in the page's margin beside a chart or a filter bar (by the screen's edge,
 * to stop the page scrolling) pressed the button nearest, switching Chart and Table, opening a
 * menu or the description, hiding a trend's line, or resetting the filters. A button's click on
 * `root` from a finger lifted outside `host`'s box is stopped before the button has it. Taps on
 * the element (between its buttons too) are adjusted as before, and a key's click (detail 0),
 * after a tap elsewhere, is never stopped. The lift is the window's last pointerup: one on the
 * page's margin is not always given to the button (a chart inside a filter bar).
 */
let lift: PointerEvent | undefined;
let listening = false;

export function pressOnlyWithin(root: Node, host: Element): void {
  if (!listening) addEventListener('pointerup', (e) => (lift = e), true);
  listening = true;
  root.addEventListener(
    'click',
    (e) => {
      const b = host.getBoundingClientRect();
      const p = lift;
      if ((e as MouseEvent).detail && p?.pointerType === 'touch' && (e.target as Element).closest('button') && (p.clientX < b.left || p.clientX > b.right || p.clientY < b.top || p.clientY > b.bottom)) e.stopPropagation();
    },
    true,
  );
}
