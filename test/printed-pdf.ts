/**
 * What the `print-to-pdf` test command (web-test-runner.config.mjs) gives back for a page saved as a
 * PDF, and how the print tests compare its text with a chart's.
 */

/** Each page's text, and with `sizes: true` each page's runs of text with their size in pt. */
export type PrintedPdf = { pages: string[]; sizes: { text: string; pt: number }[][] };

/** Text compared without spaces, line ends or soft hyphens (a line may end anywhere on paper). */
export const squashed = (s: string): string => s.replace(/[\s\u00ad]+/g, '');
