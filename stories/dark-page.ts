import { html } from 'lit';

/**
 * A story whose chart has `theme="dark"` shows it on a dark page, as a site with a dark theme
 * would: on Storybook's light canvas, the chart's dark box had its title and notes against its
 * edges (a chart sets no padding of its own, so it lines up with a page's text).
 */
export const onDarkPage = (story: () => unknown, context: { args: Record<string, unknown> }) =>
  context.args.theme === 'dark' ? html`<div style="background: #161616; padding: 1rem">${story()}</div>` : story();
