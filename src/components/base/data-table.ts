/**
 * The table of exactly the numbers a chart shows: one row per item, one column per
 * year × group × response, each column headed with its base n and source table; where a
 * row's values stand on different bases, each value gives its own n too. The
 * charts' Table view and <pioneer-table> both use it, so there is one copy of the logic.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ObservationRow } from '../../data/types.js';
import type { GapCell, PrintedBase, TableNote } from '../../renderers/shared/types.js';
import { RESPONSE_ORDER, baseNoun, groupLabel, itemLabel, responseLabel, tableBaseRangeText } from '../../data/vocabulary.js';
import { isReportRow } from '../../data/report-rows.js';
import { displayLabel, figureText, formatValue, printedText, tableName, unfitNote, withPrinted } from '../../renderers/shared/format.js';
import { unfitText } from '../../renderers/shared/unfit.js';
import { own } from '../../data/lookup-table.js';
import { unbroken } from './unbroken.js';

export interface TableColumn {
  key: string;
  year: number;
  group: string;
  response: string;
  measure: string;
  heading: string;
  /** Its heading under its year's where the table heads its columns in two rows (TableModel.years): the heading without the year ("Very significant"). */
  label?: string;
  /** "base 64", "bases 52–54", "base 34 informants" (a group of sites: baseNoun) or "base not printed". */
  base: string;
  /** "2019 report Table 5.1" */
  source: string;
  /** For a column of gaps: the number of the table's note that gives the reason of most of its cells (its heading says "see note 1"). */
  note?: number;
  /** For a column of gaps: whether some of its cells give another reason (a note of their own, marked beside the dash), which its heading's reason does not cover. */
  othersMarked?: boolean;
}

/** Why an item has no figure in a year (for a group), where no gap records why; e.g. the query layer's `absentReason`. */
export type AbsentReason = (measure: string, item: string, year: number, group: string, response: string) => string;

/** An empty cell's reason when neither a gap nor the dataset gives one. */
const NOT_PUBLISHED = 'Not published.';

export interface TableModel {
  columns: TableColumn[];
  /**
   * Where the table has several years and some year more than one column (a year's responses):
   * the years in column order, each heading the `span` columns after the previous year's, which
   * then head themselves with their `label` only. Every column's own heading is then a short
   * response name, not "Very significant, 2019", and what a year's columns share of base and
   * source (`meta`) is said once, over them. Undefined for a table of one heading row.
   */
  years?: { year: number; span: number; meta: string }[];
  /**
   * Notes under the table (note 1, 2, …): a column of gaps' reason (its heading says "see note
   * 1"), and why an empty cell has no figure where its column does not already say so (each
   * such cell shows its note's number beside its dash, so the reason is in print and on screen,
   * not only in a tooltip); each said once, for every column and cell that shares it. Then the
   * notes on figures: a chart's own (tableModel's `figureNotes`), and which figures no whole
   * number of informants out of their printed base gives (unfitNote), wherever a chart has not
   * said so of them already; each such figure's cell says "see note N".
   */
  notes: Worded[];
  /** `reasons[i]`: why cell i has no figure, in full (the gap's reason, else `absent`'s, else "Not published."). */
  rows: {
    item: string;
    label: string;
    cells: (ObservationRow | undefined)[];
    reasons: (string | undefined)[];
    /**
     * `noteRefs[i]`: the note cell i points to: an empty cell's reason, where its column's heading
     * does not give it (its number beside the dash); a note on a figure (a comparison's chart's:
     * PioneerCompare.tableModelOf), "(see note 3)" after its n and interval, a piece of its own,
     * so that a narrow column wraps it under the figure rather than widening.
     */
    noteRefs: (number | undefined)[];
    /**
     * `bases[i]`: the n cell i gives beside its value ("n=64", "n=52–54"), where it gives one; for
     * an empty cell, the base its figure prints ("base 97; 2019 report Figure 5.1") where its
     * column's heading does not say it for it.
     */
    bases: (string | undefined)[];
    /** `printed[i]`: for an empty cell, the base its figure prints for the year, and which figure. */
    printed: (PrintedBase | undefined)[];
    /** `extras[i]`: what cell i says after its value and n, where a chart draws more (a comparison's "95% CI 36–75%"). */
    extras?: (string | undefined)[];
    /** What the library says of the row after its label (a site's "Wave 1, more deprived"): in English, whatever the label's language. */
    labelNote?: Worded;
  }[];
}

/**
 * Words for a table printed both under its chart (upright) and in its place (on a page turned
 * sideways alone, landscape-table): the chart's, then the table's; print CSS shows the page's
 * (chart-styles.ts), as it does a chart's notes (PioneerChart.wordedNote).
 */
export type Worded = string | readonly [chart: string, table: string];

/** Worded text: a pair as two spans, the chart's (drawing-only) and the table's (off), each the library's own words (none to keep unbroken). */
export const worded = (w: Worded) => (typeof w === 'string' ? unbroken(w) : html`<span class="drawing-only">${w[0]}</span><span class="off">${w[1]}</span>`);

/**
 * Pivots the rows a chart shows into a table model; `gaps` (values the chart shows as missing)
 * become empty cells with their reason, in a column of their own where no row has that year.
 * Any other empty cell (an item first asked in 2020, in a table of every year) takes its reason
 * from `absent` (the dataset's word for it), else "Not published.". `figureNotes`: notes a chart
 * draws on its figures (RenderResult.tableNotes), numbered after the table's own, each figure of
 * a note's rows pointing to it. A figure no whole number of informants out of its printed base
 * gives points to a note that says so (unfitNote), unless a figure note or its table's own caveat
 * (SOURCE_CAVEATS, under the chart) says it already: it is about the figure as printed, so every
 * table says it, a chart's Table view and <pioneer-table> alike.
 */
export function tableModel(rows: readonly ObservationRow[], gaps: readonly GapCell[] = [], absent?: AbsentReason, figureNotes: readonly TableNote[] = []): TableModel {
  // A column's gaps' printed bases by their reason ('' where a gap's figure prints none).
  const colMap = new Map<string, { col: Omit<TableColumn, 'heading' | 'label' | 'base' | 'source'>; rows: ObservationRow[]; reasons: Map<string, number>; printed: Map<string, Set<string>> }>();
  const rowMap = new Map<string, { item: string; label: string }>();
  const rowTabled = new Set<string>();
  const reasons = new Map<string, string>();
  const printed = new Map<string, PrintedBase>();
  const place = (r: ObservationRow | GapCell) => {
    const key = `${r.measure}|${r.year}|${r.group}|${r.response}`;
    let c = colMap.get(key);
    if (!c) colMap.set(key, (c = { col: { key, year: r.year, group: r.group, response: r.response, measure: r.measure }, rows: [], reasons: new Map(), printed: new Map() }));
    const rk = `${r.measure}|${r.item}`;
    // The item's label as a numbered table prints it, as the chart's legend has it (a gap
    // carries the chart's label), over a prose figure's wording: the 2019 report's sentence
    // says "reducing … costs" for Table 4.4's "On average, … costs have decreased".
    const fromTable = !('source_table' in r) || /^\d/.test(r.source_table);
    if (!rowMap.has(rk) || (fromTable && !rowTabled.has(rk))) {
      rowMap.set(rk, { item: r.item, label: displayLabel(itemLabel(r.measure, r.item, r.item_label)) });
      if (fromTable) rowTabled.add(rk);
    }
    return { c, cell: `${rk}|${key}` };
  };
  for (const r of rows) place(r).c.rows.push(r);
  for (const g of gaps) {
    const { c, cell } = place(g);
    c.reasons.set(g.reason, (c.reasons.get(g.reason) ?? 0) + 1);
    reasons.set(cell, g.reason);
    if (g.printedBase) printed.set(cell, g.printedBase);
    c.printed.set(g.reason, (c.printed.get(g.reason) ?? new Set()).add(g.printedBase ? printedText(g.printedBase) : ''));
  }
  const cols = [...colMap.values()];
  const years = new Set(cols.map((c) => c.col.year));
  const groups = new Set(cols.map((c) => c.col.group));
  const responses = new Set(cols.map((c) => c.col.response));
  const rank = (c: (typeof cols)[number]) => {
    const order = own(RESPONSE_ORDER, c.col.measure) ?? [];
    const i = order.indexOf(c.col.response);
    return i < 0 ? 99 : i;
  };
  cols.sort((a, b) => a.col.year - b.col.year || rank(a) - rank(b));
  // Columns whose rows have bases of their own (more than one): each of their cells gives its n.
  const cellBases: boolean[] = [];
  // A column of gaps only gives the reason most of its cells share; a cell with another points to a note.
  const columnReason = cols.map((c) => [...c.reasons].sort((a, b) => b[1] - a[1])[0]?.[0]);
  const columns: TableColumn[] = cols.map(({ col, rows: rs, printed: printedBy }, ci) => {
    const response = responses.size > 1 || (col.response !== 'selected' && col.response !== 'count') ? responseLabel(col.measure, col.response) : '';
    const group = groups.size > 1 || col.group !== 'all' ? groupLabel(col.group) : '';
    const heading = [response, years.size > 1 || !response ? String(col.year) : '', group].filter(Boolean).join(', ');
    const named = { ...col, heading, label: [response, group].filter(Boolean).join(', ') || heading };
    const bases = [...new Set(rs.map((r) => r.base).filter((b): b is number => b != null))].sort((a, b) => a - b);
    cellBases.push(bases.length > 1);
    const range = bases.length === 0 ? rs.map(tableBaseRangeText).find(Boolean) : undefined;
    // Counts (informants per site or wave) have no base: nothing is said rather than "not printed".
    const counts = rs.length > 0 && rs.every((r) => r.unit === 'count');
    // A group of sites says its base is of informants ("base 34 informants"), as the keys' "n=34 informants" do.
    const base = range ? `bases ${range}` : bases.length === 0 ? (counts ? '' : 'base not printed') : `${bases.length === 1 ? `base ${bases[0]}` : `bases ${bases[0]}–${bases[bases.length - 1]}`}${baseNoun(col.group)}`;
    // A column of gaps only (a year the chart shows as missing): its cells' commonest reason in
    // place of a source, made a note below (a reason says there are no figures: no "no figures"
    // before it), after the base its figure prints for the year where every cell of that reason
    // has the same ("base 97; 2019 report Figure 4.1"). Not the base of cells with another
    // reason: the barriers' 2016, mostly items asked in 2020 only, was headed with Figure 5.1's
    // base 97 that only its few figure-only items have; theirs is in their cells.
    if (!rs.length) {
      const given = [...printedBy.get(columnReason[ci]!)!];
      return { ...named, base: (given.length === 1 && given[0]) || (columnReason[ci] ? '' : 'no figures'), source: columnReason[ci] ?? '' };
    }
    const source = [...new Set(rs.map(tableName))].join('; ');
    return { ...named, base, source };
  });
  // A gap-only column's reason is a note under the table that its heading points to ("see note
  // 1"), said once for every column that shares it (a table of every year: 2016, 2017 and 2018
  // "Shown only in Figure 5.1 …"). In the heading, a reason of its own took a 320 px table's
  // heading to 21 lines, and three long headings crowded the numbers out of a printed page.
  const notes: string[] = [];
  columns.forEach((c, i) => {
    if (cols[i].rows.length || !c.source) return;
    const text = withoutYear(c.source);
    c.note = (notes.indexOf(text) + 1) || notes.push(text);
    c.source = '';
  });
  const index = new Map<string, ObservationRow>();
  for (const r of rows) index.set(`${r.measure}|${r.item}|${r.measure}|${r.year}|${r.group}|${r.response}`, r);
  const tableRows = [...rowMap].map(([rk, info]) => {
    const cells = columns.map((c) => index.get(`${rk}|${c.key}`));
    const ns = cells.map((r) => r && cellBase(r));
    // A row whose values stand on different bases gives each value its n; so does a column
    // whose rows have bases of their own. Where all agree, the column heading says it once.
    const differ = new Set(ns.filter(Boolean)).size > 1;
    const why = columns.map((c, i) => (cells[i] ? undefined : (reasons.get(`${rk}|${c.key}`) ?? absent?.(c.measure, info.item, c.year, c.group, c.response) ?? NOT_PUBLISHED)));
    // An empty cell whose column heading gives its reason (a column of gaps only) needs no
    // note; any other points to a note that gives it, said once for every cell that shares it
    // (without the year its column already names: "No figure published: the reports give this
    // item for 2020 only.").
    const noteRefs = columns.map((_c, i) => {
      const reason = why[i];
      if (reason === undefined || (!cols[i].rows.length && reason === columnReason[i])) return undefined;
      const text = withoutYear(reason);
      return (notes.indexOf(text) + 1) || notes.push(text);
    });
    const given = columns.map((c, i) => (cells[i] ? undefined : printed.get(`${rk}|${c.key}`)));
    return {
      ...info,
      cells,
      reasons: why,
      printed: given,
      noteRefs,
      // An empty cell gives the base its figure prints where its heading does not say it for it:
      // a figure's column, or a cell marked with a note of its own ("unless marked otherwise").
      bases: ns.map((n, i) => {
        const p = given[i] && printedText(given[i]);
        return p ? (noteRefs[i] || p !== columns[i].base ? p : undefined) : differ || cellBases[i] ? n : undefined;
      }),
    };
  });
  columns.forEach((c, i) => {
    // A column where some figures give their n (their row's figures stand on different bases)
    // gives every figure's: the three items first asked in 2020 printed "44%" among "32%
    // (n=52–54)"s, as if their base were not known (their column's heading gives it).
    if (tableRows.some((r) => r.cells[i] && r.bases[i])) for (const r of tableRows) if (r.cells[i] && !r.bases[i]) r.bases[i] = cellBase(r.cells[i]!);
    // A gap column's heading gives the reason of most of its cells: where some carry a note of
    // their own, it says that it does not cover those.
    if (!cols[i].rows.length && tableRows.some((r) => r.noteRefs[i] !== undefined)) c.othersMarked = true;
  });
  const noted = (text: string, figures: readonly ObservationRow[]) => {
    const at = (notes.indexOf(text) + 1) || notes.push(text);
    for (const r of tableRows) r.cells.forEach((cell, i) => cell && figures.includes(cell) && (r.noteRefs[i] = at));
  };
  for (const n of figureNotes) noted(n.text, n.rows ?? []);
  // Figures no note has named yet, in the table's order, each by its row and column.
  const unfit = tableRows.flatMap((r) => r.cells.flatMap((cell, i) =>
    cell && r.noteRefs[i] === undefined && unfitText(cell) ? [{ cell, said: `${r.label} (${columns[i].heading}: ${formatValue(cell.value, cell.unit)} of ${cell.base})` }] : []));
  if (unfit.length) noted(unfitNote(unfit.map((u) => u.said), false, unfit.every((u) => isReportRow(u.cell))), unfit.map((u) => u.cell));
  return { columns, years: yearsOver(columns), notes, rows: tableRows };
}

/**
 * The years over the columns (TableModel.years), where some year has more than one: a table of
 * every year's responses. Printed in one heading row its headings were "Very significant,
 * 2019" in columns too narrow for the words, which the page then split letter by letter.
 */
function yearsOver(columns: readonly TableColumn[]): TableModel['years'] {
  const years: { year: number; span: number; metas: Set<string> }[] = [];
  for (const c of columns) {
    const last = years[years.length - 1];
    if (last?.year === c.year) {
      last.span++;
      last.metas.add(columnMeta(c));
    } else years.push({ year: c.year, span: 1, metas: new Set([columnMeta(c)]) });
  }
  if (years.length < 2 || years.every((y) => y.span === 1)) return undefined;
  return years.map(({ year, span, metas }) => ({ year, span, meta: metas.size === 1 ? [...metas][0] : '' }));
}

/** What a column's heading says under its name: its base and source, or the note that says why it has no figures. */
const columnMeta = (c: TableColumn): string => {
  const meta = [c.base, c.note ? `see note ${c.note}` : c.source].filter(Boolean).join('; ');
  return c.othersMarked ? `${meta}, unless marked otherwise` : meta;
};

/** A reason said once for several years: "No figure published for 2017: …" → "No figure published: …". */
const withoutYear = (reason: string): string => reason.replace(/^(No figure published) for \d{4}:/, '$1:');

/** "n=64"; "n=52–54" for a row of a table that prints one range for all its rows; "n not printed". */
function cellBase(row: ObservationRow): string {
  if (row.base != null) return `n=${row.base}`;
  if (row.unit === 'count') return '';
  const range = tableBaseRangeText(row);
  return range ? `n=${range}` : 'n not printed';
}

/**
 * The accessible HTML table for a model. Text only: nothing is inserted as HTML.
 * Headed in two rows (model.years), each figure names its item's, its year's and its response's
 * headings by id (`headers`), and each year's heading spans its columns and heads their colgroup,
 * so a screen reader gives a cell both headings, "2019 (base 64; …), Very significant", whether
 * it reads `headers`, `scope` or the grid. The ids need only be unique in the chart's shadow
 * root, which holds one table. Each figure's cell also carries its headings' text
 * (`data-heading`, an attribute: text only), which a table printed in long form in a narrow
 * column prints before it. `source`, the chart's source line, ends the table's box for print
 * (display: none on screen, so out of a screen reader's way there, which has the chart's own;
 * not aria-hidden: where it prints the chart's own does not, and a tagged PDF, made from the
 * accessibility tree as printed, would have none) after its notes, the
 * two one block (`table-end`) that a table printed in place of its chart keeps with its last
 * rows (chart-styles.ts). Each note holds its number, unseen (b), for a copy, which leaves out
 * the list's markers: "(see note 2)" pointed into notes without numbers (chart-styles.ts).
 */
export function dataTableTemplate(model: TableModel, caption: string, labelLang?: string, source?: string): TemplateResult {
  if (!model.rows.length) return html`<p class="note">No figures to tabulate.</p>`;
  const years = model.years;
  // Each column's year heading's id, for the cells' headers.
  const yearIds: string[] = [];
  years?.forEach((y, i) => yearIds.push(...Array<string>(y.span).fill(`dt-y${i}`)));
  // Under the heading's name on screen; a space, not a line break, in a copy's plain text (as a
  // <br> was), where a heading's second line started another row of a spreadsheet's paste.
  const meta = (text: string) => html`<span class="line-break"> </span><span class="col-meta">${unbroken(text)}</span>`;
  // Tabs a copy's plain text takes in place of the cells a heading spans (or that span it): a
  // paste's rows keep their columns, as the HTML flavour's do. Unseen and unheard (chart-styles.ts).
  const copiedCells = (n: number) => (n > 0 ? html`<b class="copied-cells" aria-hidden="true">${'\t'.repeat(n)}</b>` : nothing);
  // Each column's headings as the heading rows print them, its year's over its own ("2019, Very
  // significant"): the label a narrow printed table gives each figure (chart-styles.ts, long form).
  const headings = model.columns.map((c) => (years ? `${c.year}, ${c.label ?? c.heading}` : c.heading));
  return html`<table class="data-table" part="table">
    <caption>${caption}</caption>
    ${years ? html`<colgroup></colgroup>${years.map((y) => html`<colgroup span=${y.span}></colgroup>`)}` : nothing}
    <thead>
      <tr>
        <th scope="col" rowspan=${years ? 2 : nothing}>Item</th>
        ${years
          ? years.map((y, i) => html`<th scope="colgroup" colspan=${y.span} id=${`dt-y${i}`}>${y.year}${y.meta ? meta(y.meta) : nothing}${copiedCells(y.span - 1)}</th>`)
          : model.columns.map((c) => html`<th scope="col" data-column=${c.key}>${c.heading}${meta(columnMeta(c))}</th>`)}
      </tr>
      ${years
        ? html`<tr>
            ${model.columns.map(
              (c, i) => html`<th scope="col" data-column=${c.key} id=${`dt-c${i}`}>${copiedCells(i === 0 ? 1 : 0)}${c.label ?? c.heading}${years.find((y) => y.year === c.year)?.meta ? nothing : meta(columnMeta(c))}</th>`,
            )}
          </tr>`
        : nothing}
    </thead>
    <tbody>
      ${model.rows.map((r, ri) => {
        const rowId = years ? `dt-r${ri}` : nothing;
        const headers = (i: number) => (years ? `dt-r${ri} ${yearIds[i]} dt-c${i}` : nothing);
        return html`<tr data-item=${r.item}>
          ${r.labelNote
            ? html`<th scope="row" id=${rowId}><span lang=${labelLang ?? nothing}>${unbroken(r.label)}</span> (${worded(r.labelNote)})</th>`
            : html`<th scope="row" id=${rowId} lang=${labelLang ?? nothing}>${unbroken(r.label)}</th>`}
          ${r.cells.map((cell, i) =>
            cell
              ? html`<td headers=${headers(i)} data-heading=${headings[i]} data-value=${cell.value}>${figureText(cell)}${r.bases[i] ? html` <span class="col-meta">(${r.bases[i]})</span>` : nothing}${r.extras?.[i] ? html` <span class="col-meta">${r.extras[i]}</span>` : nothing}${r.noteRefs[i] ? html` <span class="col-meta note-mark">(see note ${r.noteRefs[i]})</span>` : nothing}</td>`
              : absentCell(withPrinted(r.reasons[i] ?? NOT_PUBLISHED, r.printed[i]), r.noteRefs[i], headers(i), headings[i], r.bases[i]),
          )}
        </tr>`;
      })}
    </tbody>
  </table>
  <div class="table-end">
    ${model.notes.length
      ? html`<ol class="table-notes" part="table-notes" aria-label="Notes to the table">
          ${model.notes.map((n, i) => html`<li><b aria-hidden="true">${i + 1}.\u00a0</b>${worded(n)}</li>`)}
        </ol>`
      : nothing}
    ${source ? html`<p class="table-source">${source}</p>` : nothing}
  </div>`;
}

/**
 * A cell with no figure: a dash to see, with the number of the note that says why where its
 * column does not, and the base its figure prints where its column does not (`base`); the
 * reason in full for screen readers, which says the base too, and as the dash's tooltip (on the
 * hidden dash, so a screen reader is not given it twice, as the cell's name and description).
 * The dash ends with a no-break space, unseen (b, styled as .sr-only), which a copy gives as a
 * space: a cell selected and copied into a spreadsheet or document ran its reason into the dash,
 * "–1No figure published…", "…Figure 5.1)Shown only…" (a collapsible space there is dropped, the
 * reason being out of flow).
 * The note's number is copied as "(see note 1)" by the same unseen text (b) about it: a copy gave
 * "–1", which reads as minus one, a figure no report printed.
 */
const absentCell = (reason: string, note: number | undefined, headers: string | typeof nothing, heading: string, base?: string) =>
  html`<td class="absent" headers=${headers} data-heading=${heading}><span aria-hidden="true" title=${reason}>–${note ? html`<b>\u00a0(see note\u00a0</b><sup class="note-ref">${note}</sup><b>)</b>` : nothing}${base ? html` <span class="col-meta">(${base})</span>` : nothing}<b>\u00a0</b></span><span class="sr-only">${reason}</span></td>`;
