/**
 * Lit's templates while a chart prints.
 *
 * A page's own `window.print()` (a "Print this page" button) runs beforeprint's listeners with
 * the page's scripts paused, and lays the page out for paper before the call returns. Each chart
 * makes its changes for paper within that event (pioneer-chart.ts, setPrinting): a chart too tall
 * for a page prints its table and a note in its place, and a chart added in the same task as the
 * call has its first update. Lit stamps a template it has prepared at any time, but it prepares a
 * new one (the first of its kind on the page) through its Trusted Types policy, whose callback
 * Chromium will not run while the page is paused ("The provided callback is no longer runnable"):
 * the chart then printed as it was on screen, or, the page's first chart, not at all. So while the
 * charts make those changes, Lit's policy hands back its template's markup as it is, which is what
 * its callback returns anyway (Lit's policy passes its own static markup through unchanged).
 */
import { html, type TemplateResult } from 'lit';

/** Printed over a chart's table where the chart would be too small to read (tableOnPaper). */
export const TABLE_ON_PAPER_NOTE = 'Printed as a table: at this width the chart is too tall for a page at a readable text size.';

/**
 * The note a chart printed as its table shows above it; `off` for one printed so on a page turned
 * sideways alone (tableInLandscape), which print CSS shows there: `paper-note` marks the table printed on any page.
 */
export const paperNoteTemplate = (off: boolean): TemplateResult => html`<p part="note" class="note ${off ? 'off' : 'paper-note'}">${TABLE_ON_PAPER_NOTE}</p>`;

/**
 * Printed under the title of a chart whose box is 0 px wide on paper (noWidthOnPaper): the note
 * saying so on screen is hidden in print with the other size notes, and asks the page's author
 * for a width, so a reader of the paper saw a title with nothing under it and no reason.
 */
export const NO_WIDTH_ON_PAPER_NOTE = "Not printed: this chart's box on the page is 0 px wide, so it has nowhere to draw.";

/** The note a chart 0 px wide on paper prints in its place. */
export const noWidthOnPaperTemplate = (): TemplateResult => html`<p part="note" class="note paper-note no-width">${NO_WIDTH_ON_PAPER_NOTE}</p>`;

/** The name Lit gives its Trusted Types policy (lit-html). */
const LIT_POLICY = 'lit-html';

interface HtmlPolicy {
  readonly name: string;
  createHTML(input: string, ...args: unknown[]): unknown;
}

/**
 * Runs `work` (the charts' changes for paper, within beforeprint) so that Lit can prepare a
 * template while a page's own window.print() pauses the page: where Lit's policy cannot run its
 * callback, its markup is used as it is. Any other policy (the page's own, which may sanitise or
 * refuse) is left alone. A page that enforces Trusted Types then refuses that markup (and reports
 * the refusal where its policy asks for reports), as before: the update's error is logged and the
 * chart prints as it was.
 */
export function withTemplatesWhilePaused(work: () => void): void {
  const policy = (globalThis as { TrustedTypePolicy?: { prototype: HtmlPolicy } }).TrustedTypePolicy?.prototype;
  if (!policy) return work();
  const createHTML = policy.createHTML;
  policy.createHTML = function (this: HtmlPolicy, input: string, ...args: unknown[]) {
    try {
      return createHTML.call(this, input, ...args);
    } catch (e) {
      if (this.name === LIT_POLICY) return input;
      throw e;
    }
  };
  try {
    work();
  } finally {
    policy.createHTML = createHTML;
  }
}
