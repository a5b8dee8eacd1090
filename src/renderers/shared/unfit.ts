/**
 * What a drawn chart says of a figure that no whole number of informants out of its printed base
 * gives (shareMismatch: fewer answered than the base, or the figure is misprinted;
 * data/ANOMALIES.md item 13): in a module of its own, so that an element that shows no figure
 * (the filter bar, which formats its labels with format.ts) does not load the check.
 */
import type { ObservationRow } from '../../data/types.js';
import { hasSourceCaveat } from '../../data/vocabulary.js';
import { shareMismatch } from '../../data/wilson.js';

const NO_WHOLE = 'no whole number of informants out of ';

/**
 * What such a figure's mark name and tooltip say after its value, as a dash's does (dashText):
 * ", which no whole number of informants out of 15 gives". Nothing for any other figure, nor for
 * one of a table whose own caveat (SOURCE_CAVEATS) says so of its bases: that caveat says it.
 */
export const unfitText = (row: ObservationRow): string => (shareMismatch(row) && !hasSourceCaveat(row) ? `, which ${NO_WHOLE}${row.base} gives` : '');

/**
 * The line under a drawn chart, and in its long description and its SVG, where it draws such
 * figures: "7 figures drawn, as the report prints them, fit no whole number of informants out of
 * their base." Each such mark's name and tooltip say it (unfitText), and the Table view's note
 * (unfitNote) names each. Worded for the screen, the paper and the SVG file alike (no "Table
 * view" there), and short: a line more under the 2019 stacked bars turns them from a drawing to
 * their table on some pages (a note naming each figure took them to two pages in a 320 px
 * column). Empty where it draws none.
 */
export function unfitLine(rows: readonly (ObservationRow | null | undefined)[]): string {
  const n = rows.filter((r) => r && unfitText(r)).length;
  const one = n === 1;
  return n ? `${n} figure${one ? ' drawn, as the report prints it, fits' : 's drawn, as the report prints them, fit'} ${NO_WHOLE}${one ? 'its' : 'their'} base.` : '';
}
