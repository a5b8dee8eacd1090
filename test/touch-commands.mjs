// A finger on the test page, as a phone's touchscreen sends it: real touch input through the
// DevTools protocol (Input.dispatchTouchEvent), which the browser turns into pointer events, taps
// (with their click and focus) and pans of the page, as it does for a reader's finger.
// @web/test-runner-commands' sendMouse is a mouse only: no pointerType "touch", no pan.

/** Waits `ms` milliseconds. */
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * `executeServerCommand('touch', { from, to?, steps?, holdMs?, radius? })`: a finger (`radius` px
 * across from its centre, default 5) lands at `from`
 * (client px, [x, y] in the window), rests `holdMs` (default 0: a tap; 800 or so: a long press),
 * moves to `to` in `steps` moves 16 ms apart (default 12; a pan, where `to` is more than the
 * browser's slop of about 15 px away) and lifts. Returns when the browser has taken the lift:
 * a tap's click comes just after, so a test waits a frame or two before looking.
 */
export function touchCommandsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'touch-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      const { from, to = from, steps = 12, holdMs = 0, radius = 5 } = payload;
      const finger = (type, at) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: at[0], y: at[1], radiusX: radius, radiusY: radius, force: 1, id: 1 }] : [] });
      await finger('touchStart', from);
      if (holdMs) await wait(holdMs);
      if (to[0] !== from[0] || to[1] !== from[1]) {
        for (let i = 1; i <= steps; i++) {
          await finger('touchMove', [from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps]);
          await wait(16);
        }
      }
      await finger('touchEnd');
      return true;
    },
  };
}
