/**
 * The words of a chart's long description ("Describe this chart"): each row of its table model
 * as a sentence a screen reader reads in one go, each year, shared heading and reason said once.
 */
import type { ObservationRow } from '../../data/types.js';
import { andList, figureText, inBrackets, midSentence } from '../../renderers/shared/format.js';
import type { TableModel } from './data-table.js';
import type { PrintedBase } from '../../renderers/shared/types.js';

/**
 * A figure as the long description says it: a count of the surveys' sample (`sample-…`: key
 * informants by site, wave, organisation…) with its noun ("7 informants"), read alone in a list
 * of figures where a table's caption would say what its numbers count.
 */
function describedValue(row: ObservationRow): string {
  const shown = figureText(row);
  return row.unit === 'count' && row.measure.startsWith('sample-') ? `${shown} informant${row.value === 1 ? '' : 's'}` : shown;
}

/** A cell as the long description says it: "Very significant 48%", or "no figure (why)". */
function describedCell(heading: string, row: TableModel['rows'][number], i: number): string {
  const cell = row.cells[i];
  if (cell) return `${heading} ${describedValue(cell)}${row.extras?.[i] ? ` ${inBrackets(row.extras[i]!)}` : ''}`;
  const why = withBases(reasonInBrackets(row.reasons[i] ?? ''), [row.printed[i]]);
  return `${heading} no figure${why ? ` ${inBrackets(why)}` : ''}`;
}

/**
 * A reason with the bases its figure prints for the years of a run of empty cells (one figure's):
 * "…; base 97, 2019 report Figure 4.1", or "…; bases 97, 98 and 80 respectively, 2019 report
 * Figure 5.1"; "…; base not printed, 2020 report Figure 4.3" where it prints none. Never a value:
 * the figure prints none.
 */
function withBases(why: string, printed: readonly (PrintedBase | undefined)[]): string {
  const given = printed.filter((p): p is PrintedBase => p !== undefined);
  if (!given.length) return why;
  const ns = given.map((p) => p.n ?? 'not printed');
  const bases = `${ns.length > 1 && given.some((p) => p.n != null) ? `bases ${andList(ns)} respectively` : `base ${ns[0]}`}, ${given[0].source}`;
  return why ? `${why}; ${bases}` : bases;
}

/**
 * A row's figures as the long description says them. Where the table heads its columns by year
 * (a year's responses), each year is said once, the chart's own year (`ownYear`) first as it
 * draws it: "2020: Very significant 48%, Fairly significant 41%, …; 2019: …". A year with no
 * figure in the row, for one reason, is said once: "2019: no figures (the reports give this item
 * for 2020 only)".
 */
export function describedRow(model: TableModel, row: TableModel['rows'][number], ownYear: number | null): string {
  if (!model.years) {
    // Cells in a row without a figure for one reason are said once: "2016, 2017 and 2018 no
    // figure (the reports give this measure for 2019 only)".
    const headings = ownHeadings(model);
    const said: string[] = [];
    for (let i = 0; i < headings.length; i++) {
      if (row.cells[i]) {
        said.push(describedCell(headings[i], row, i));
        continue;
      }
      const why = reasonInBrackets(row.reasons[i] ?? '');
      // A run of one reason, and of one figure printing a base for its years, or of none.
      const where = (k: number) => row.printed[k]?.source;
      const at = [i];
      while (i + 1 < headings.length && !row.cells[i + 1] && reasonInBrackets(row.reasons[i + 1] ?? '') === why && where(i + 1) === where(at[0])) at.push(++i);
      const text = withBases(why, at.map((k) => row.printed[k]));
      said.push(`${andList(at.map((k) => headings[k]))} no figure${text ? ` ${inBrackets(text)}` : ''}`);
    }
    return said.join('; ');
  }
  let start = 0;
  const years = model.years.map(({ year, span }) => {
    const at = Array.from({ length: span }, (_, k) => start + k);
    start += span;
    const reasons = new Set(at.map((i) => (row.cells[i] ? null : (row.reasons[i] ?? ''))));
    if (reasons.size === 1 && !reasons.has(null)) {
      // "No figure published for 2019: the reports give this item for 2020 only": the year is said already.
      const why = reasonInBrackets([...reasons][0]!);
      return { year, text: `${year}: no figures${why ? ` ${inBrackets(why)}` : ''}` };
    }
    return { year, text: `${year}: ${at.map((i) => describedCell(model.columns[i].label ?? model.columns[i].heading, row, i)).join(', ')}` };
  });
  const own = years.findIndex((y) => y.year === ownYear);
  if (own > 0) years.unshift(...years.splice(own, 1));
  return years.map((y) => y.text).join('; ');
}

/**
 * A reason as it reads in brackets after a cell's heading: without its "No figure published for
 * 2016: " (the heading says which; a reason that is only that says nothing more), its full stop,
 * or a capital that only started it ("Shown only in Figure 5.1 …" reads "shown only in …").
 */
const reasonInBrackets = (reason: string): string => {
  const why = reason.replace(/^No figures? (?:was |were )?(?:published |printed |in the data )?for [^:.]*(?:: |\.?$)/, '').replace(/\.$/, '');
  return midSentence(why);
};

/** Parts of a heading ("Very significant, 2016, Local authority") that every column of the table shares: said once, over the list. */
export function sharedHeadingParts(model: TableModel): string[] {
  if (model.columns.length < 2) return [];
  const [first, ...rest] = model.columns.map((c) => c.heading.split(', '));
  return first.filter((part) => rest.every((parts) => parts.includes(part)));
}

/** Each column's heading without the parts every column shares ("2016"), or whole where nothing else is left. */
function ownHeadings(model: TableModel): string[] {
  const shared = new Set(sharedHeadingParts(model));
  return model.columns.map((c) => c.heading.split(', ').filter((part) => !shared.has(part)).join(', ') || c.heading);
}
