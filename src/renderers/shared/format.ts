import { baseNoun, midSentence, printedAsDash, sourceLabel, tableBaseRangeText } from '../../data/vocabulary.js';
import { isReportRow } from '../../data/report-rows.js';
import { matchedBrackets } from '../../data/brackets.js';
import { isolatedPieces } from './text-width.js';
import type { MissingRow } from '../../data/types.js';
import type { PrintedBase } from './types.js';

/** Number formats shared by renderers, tooltips and tables. */
export const formatValue = (value: number, unit: string): string =>
  unit === 'percent' ? `${Math.round(value * 10) / 10}%` : String(Math.round(value * 10) / 10);

/**
 * What a figure the 2019 report prints as a dash ("-"), stored as 0, says after its value
 * wherever one figure is given (a mark's name and tooltip, a table's cell): ", printed as a
 * dash", so a reader can tell which figures the chart's note on dashes means (sourceCaveats).
 * Nothing for any other figure, a 0 of another report or of a researcher's data among them.
 */
export const dashText = (row: { value: number; unit: string; source_survey: number }): string => (printedAsDash(row) ? ', printed as a dash' : '');

/**
 * The note on figures that no whole number of informants out of their printed base gives
 * (shareMismatch: fewer answered than the base, or the figure is misprinted; data/ANOMALIES.md
 * item 13), each listed as "Increased demand for existing services (Other: 43% of 15)". It is
 * about the figure as printed, so it is said wherever one is shown: under a comparison (with
 * intervals or without) and under any table (tableModel). `intervals`: the chart draws
 * intervals from them, which use the base as printed. `reports`: they are all the reports' own
 * figures (a researcher's are not "the report's" to misprint).
 */
export function unfitNote(listed: readonly string[], intervals = false, reports = true): string {
  const one = listed.length === 1;
  const kept = intervals ? `${one ? 'its interval uses' : 'their intervals use'} the base as printed` : `${one ? 'it is' : 'they are'} shown as printed`;
  const misprinted = reports ? `the report misprints ${one ? 'it' : 'them'}` : `${one ? 'it is' : 'they are'} misprinted`;
  return `No whole number of informants out of ${one ? 'its' : 'their'} printed base gives ${one ? 'this figure' : 'these figures'}, so fewer may have answered than the base, or ${misprinted}; ${kept}: ${listed.join('; ')}.`;
}

/** A figure as a mark, tooltip or table cell gives it: "48%", or "0%, printed as a dash" (dashText). */
export const figureText = (row: { value: number; unit: string; source_survey: number }): string => formatValue(row.value, row.unit) + dashText(row);

/**
 * "base 64"; for a row of a table that prints one range of bases for all its rows, "bases
 * 52–54 for the report's whole table" (a chart or its reader may not be looking at a table); else
 * "base not printed".
 */
export function formatBase(row: { base: number | null; source_survey: number; source_table: string; group?: string }): string {
  // A group of sites' base is of informants ("base 34 informants"), as the keys and tables say.
  if (row.base != null) return `base ${row.base}${baseNoun(row.group ?? '')}`;
  const range = tableBaseRangeText(row);
  return range ? `bases ${range} for the report's whole table` : 'base not printed';
}

/**
 * Splits text into lines of at most `max` characters at spaces; a word longer than a line is
 * split with a hyphen (nothing dropped). Always at least one line.
 */
export function wrapLines(text: string, max: number): string[] {
  const isolated = isolatedPieces(text, (inner) => wrapLines(inner, max));
  if (isolated) return isolated;
  const lines: string[] = [];
  let line = '';
  for (let w of text.split(/\s+/).filter(Boolean)) {
    while (w.length > max) {
      if (line) { lines.push(line); line = ''; }
      lines.push(`${w.slice(0, max - 1)}-`);
      w = w.slice(max - 1);
    }
    if (line && line.length + 1 + w.length > max) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** A list as a sentence says it (the data layer's, for its years too). */
export { andList } from '../../data/vocabulary.js';

/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their forms). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

/**
 * Strips a trailing full stop from a printed label for display (and isolates a right-to-left one).
 * A researcher's label with a bracket left open ("Lack of staff (see section 4") has it closed at
 * its end, and a closing bracket that opens nothing ("Money) issues") dropped, as inBrackets does:
 * else the words after the label ("…, 2021: 21% (base 40; …)") would read as inside its bracket.
 */
export const displayLabel = (label: string): string => {
  const text = matchedBrackets(String(label ?? '').replace(/\.\s*$/, ''));
  // A label in a right-to-left script (a researcher's Arabic or Hebrew item) is isolated
  // (U+2068 … U+2069): in the charts' left-to-right text it keeps its own reading order, and the
  // words around it ("…, 2022: Very significant 34%") stay after it.
  return RTL_LETTER.test(text) ? `\u2068${text}\u2069` : text;
};


/** Where a figure is printed: "2019 report Table 5.1", or "2020 report, text of section 5". */
export function tableName(row: { source_survey: number; source_table: string }): string {
  // A researcher's row is named by its survey's year, never as one of the reports.
  if (!isReportRow(row)) return `survey ${row.source_survey}, ${sourceLabel(row.source_table)}`;
  return `${row.source_survey} report${/^\d/.test(row.source_table) ? ' ' : ', '}${sourceLabel(row.source_table)}`;
}

/**
 * The base a report prints under the figure that alone shows a value ("Bases: 2016=97; …" under
 * the 2019 report's Figure 5.1), and which figure; `n` null where it prints none (the 2020
 * report's Figures 4.1–4.3: "base not printed"). Never a value. A researcher's gap row with a
 * base is named by its survey's year, as tableName names their figures ("survey 2021, Table 2"),
 * never as one of the reports; one without a base gives none (what their source prints is not known).
 */
export const printedBaseOf = (m: MissingRow | null | undefined): PrintedBase | undefined => {
  const own = m && isReportRow(m);
  return m?.source_figure && (own || m.base != null) ? { n: m.base ?? null, source: `${own ? `${m.source_survey} report` : `survey ${m.source_survey},`} ${sourceLabel(m.source_figure)}` } : undefined;
};

/**
 * "base 97; 2019 report Figure 4.1", as a column of figures says "base 64; 2019 report Table 5.1";
 * "base not printed; 2020 report Figure 4.3". `short`: the base alone, "base 97".
 */
export const printedText = (b: PrintedBase, short?: boolean): string => `base ${b.n ?? 'not printed'}${short ? '' : `; ${b.source}`}`;

/**
 * An empty table cell's reason (or a gap mark's) with the base its figure prints: "…; not
 * published as numbers (base 97; 2019 report Figure 4.1)."; `short`, the base alone ("(base 97).").
 * After a reason that ends in a bracket of its own, a sentence of its own ("…in 2016). Base 97;
 * 2019 report Figure 4.1."), not a second bracket beside the first.
 */
export const withPrinted = (reason: string, printed: PrintedBase | undefined, short?: boolean): string => {
  if (!printed) return reason;
  const text = printedText(printed, short);
  return /\)\.?$/.test(reason) ? `${reason.replace(/\.?$/, '.')} B${text.slice(1)}.` : `${reason.replace(/\.$/, '')} ${inBrackets(text)}.`;
};

/** A label as it reads mid-sentence (the data layer's, for its reasons too). */
export { midSentence } from '../../data/vocabulary.js';

/**
 * Text in brackets, as a reader and a screen reader get it: a bracket of the text's own ("the
 * question was not asked in 2016 (the 2019 report, section 4)") becomes a clause between commas,
 * "(the question was not asked in 2016, the 2019 report, section 4)", so that no bracket is read
 * inside another. Only punctuation changes; the words are the text's own.
 */
export const inBrackets = (text: string): string => `(${unbracketed(text)})`;

/**
 * Text with each bracketed part of it a clause between commas ("not published as numbers (the
 * legend lists 2016)." → "not published as numbers, the legend lists 2016."), innermost first;
 * a comma is not doubled nor left before other punctuation, at the start or at the end. A bracket
 * left open ("Suppressed (see section 4") is taken as closed at the end of the text, its words a
 * clause as any bracket's ("Suppressed, see section 4"); a closing bracket that opens nothing
 * ("Money) issues") is dropped, as it brackets no words.
 */
function unbracketed(text: string): string {
  let s = matchedBrackets(text);
  for (let was = ''; was !== s; ) {
    was = s;
    s = s.replace(/\s*\(\s*([^()]*?)\s*\)/g, ', $1,');
  }
  return s === text ? s : s.replace(/^,\s*/, '').replace(/,+(?=[,;:.!?)]|\s*$)/g, '').trim();
}

/**
 * An item's label as a sentence names it: a statement (the progress and Covid-19 effect
 * measures' items, "Unplanned admissions have reduced") quoted, a site's name as it is
 * ("Camden"), a noun phrase (a barrier, an objective) as it reads mid-sentence ("the highest
 * were significant financial constraints…").
 */
export const namedInSentence = (label: string, measure: string): string =>
  measure === 'progress' || measure === 'covid-effect' ? `‘${displayLabel(label)}’` : measure === 'sample-site' ? displayLabel(label) : midSentence(displayLabel(label));
