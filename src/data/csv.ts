/** RFC 4180 CSV: parse to records and serialise. Pure; used at build time and run time. */

export interface CsvParseResult {
  header: string[];
  records: Record<string, string>[];
  /** Problems found, each with its 1-based line. */
  errors: { line: number; message: string }[];
}

/** Parses RFC 4180 text (quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): CsvParseResult {
  const rows: { line: number; fields: string[] }[] = [];
  const errors: CsvParseResult['errors'] = [];
  let field = '';
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let inQuotes = false;
  let quoteStartLine = 0;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') { field += '"'; i++; } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      if (field !== '') errors.push({ line, message: 'a quote inside an unquoted field' });
      inQuotes = true;
      quoteStartLine = line;
    } else if (c === ',') {
      fields.push(field); field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      fields.push(field); field = '';
      rows.push({ line: rowLine, fields }); fields = [];
      line++; rowLine = line;
    } else {
      field += c;
    }
  }
  if (inQuotes) errors.push({ line: quoteStartLine, message: 'a quoted field is never closed' });
  if (field !== '' || fields.length) { fields.push(field); rows.push({ line: rowLine, fields }); }
  const nonEmpty = rows.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
  const header = nonEmpty.length ? nonEmpty[0].fields.map((h) => h.trim()) : [];
  // A spreadsheet set to a German, French or Dutch locale saves "CSV" with semicolons (and
  // decimal commas): said so, rather than as every column missing.
  if (header.length === 1 && header[0].includes(';')) {
    // Said alone: its quoted fields would otherwise fill the message with quote errors first.
    return { header, records: [], errors: [{ line: nonEmpty[0].line, message: 'the fields are separated by semicolons (as a spreadsheet set to a German, French or Dutch locale saves CSV); save it with commas between fields and points in numbers' }] };
  }
  const records: Record<string, string>[] = [];
  for (const r of nonEmpty.slice(1)) {
    if (r.fields.length !== header.length) {
      errors.push({ line: r.line, message: `${r.fields.length} fields where the header has ${header.length}` });
    }
    const rec: Record<string, string> = {};
    // formatCsv's guard apostrophe (before text a spreadsheet would run) is taken off again, so
    // that a downloaded file read back through `src` gives the same labels.
    header.forEach((h, j) => { rec[h] = unguard(r.fields[j] ?? ''); });
    Object.defineProperty(rec, '__line', { value: r.line, enumerable: false });
    records.push(rec);
  }
  return { header, records, errors };
}

/** The 1-based source line of a record produced by parseCsv. */
export function csvLineOf(record: object): number | undefined {
  return (record as { __line?: number }).__line;
}

/** A field as written before formatCsv guarded it ("'=SUM(A1)" → "=SUM(A1)"). */
const unguard = (field: string): string => (/^'+[=+\-@\t\r]/.test(field) ? field.slice(1) : field);

function quoteField(value: unknown): string {
  let s = value == null ? '' : String(value);
  // Text from a page's own data that a spreadsheet would run as a formula (=HYPERLINK(…),
  // +cmd…, @SUM…) is written with a leading apostrophe, so that it is opened as text (OWASP's
  // advice on CSV injection). Numbers are left alone (-5 is a number, not a formula).
  // Text that already starts with an apostrophe before one of those gets one more, so that
  // reading the file (which takes one off) gives it back exactly.
  if (typeof value === 'string' && /^'*[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Serialises rows as RFC 4180 CSV with a header row and CRLF line ends. */
export function formatCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => quoteField(row[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}
