import { css } from 'lit';

/**
 * Shared shadow styles. Every rule is inside the shadow root, and `:host` resets what
 * host pages commonly force (font-size on *, box-sizing, svg display), so hostile page
 * CSS cannot reach the chart.
 */
export const chartStyles = css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    font-family: var(--pioneer-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--pioneer-font-size, 14px);
    line-height: 1.35;
    color: var(--pioneer-text-color, #1a1a1a);
    background: var(--pioneer-background, transparent);
    --_muted: var(--pioneer-muted-color, #595959);
    --_grid: var(--pioneer-grid-color, #d9d9d9);
    --_focus: var(--pioneer-focus-color, #c00060);
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: border-box; }
  .sizer { display: block; width: 100%; height: 0; margin: 0; padding: 0; border: 0; }
  figure { margin: 0; padding: 0; }
  .title { font-weight: 600; font-size: 1.05em; margin: 0 0 0.25em; padding: 0; }
  .plot { position: relative; width: 100%; padding: 0; margin: 0; }
  svg { display: block; overflow: visible; width: 100%; height: auto; }
  svg:focus { outline: none; }
  svg:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  svg text { fill: currentColor; font-family: inherit; stroke: none; }
  svg .muted { fill: var(--_muted); }
  svg [data-key].focused { stroke: var(--_focus); stroke-width: 3px; }
  .source { color: var(--_muted); font-size: 0.8em; margin: 0.4em 0 0; padding: 0; }
  .message {
    border: 1px solid #b00020; border-left-width: 4px; color: #7a0016; background: #fff5f6;
    padding: 0.6em 0.8em; margin: 0.25em 0; font-size: 0.95em; white-space: normal; overflow-wrap: anywhere;
  }
  .note { color: var(--_muted); font-size: 0.85em; margin: 0.25em 0; padding: 0; }
  .tooltip {
    position: absolute; pointer-events: none; z-index: 2; max-width: 18em; padding: 0.4em 0.6em; margin: 0;
    background: var(--pioneer-tooltip-background, #1a1a1a); color: var(--pioneer-tooltip-color, #fff);
    border-radius: 3px; font-size: 0.85em; white-space: pre-line; transform: translate(-50%, calc(-100% - 8px));
  }
  .tooltip[hidden] { display: none; }
  .sr-only {
    position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
    clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
  }
  @media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
`;
