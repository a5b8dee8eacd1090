/** The validator for datasets that others supply, and the CSV reader/writer. */
import { expect } from '@esm-bundle/chai';
import { bundledDataset } from '../../src/data/bundled.js';
import { csvLineOf, formatCsv, parseCsv } from '../../src/data/csv.js';
import { OBSERVATION_COLUMNS, type ObservationRow } from '../../src/data/types.js';
import { describeProblems, validateRows, type ValidationProblem } from '../../src/data/validate.js';

const ds = bundledDataset();

/** A valid row in the export shape, as JSON objects carry it. */
const good = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  measure: 'barrier',
  item: 'financial-constraints',
  item_label: 'Significant financial constraints within the local health and social care economy.',
  year: 2019,
  group: 'all',
  response: 'very',
  value: 44,
  unit: 'percent',
  base: 64,
  source_survey: 2019,
  source_table: '5.1',
  ...over,
});

/** The problems as "row field" pairs. */
const where = (ps: readonly ValidationProblem[]) => ps.map((p) => `${p.row} ${p.field}`);

describe('validateRows()', () => {
  it('accepts a valid row and normalises it', () => {
    const { rows, problems } = validateRows([good()]);
    expect(problems).to.deep.equal([]);
    expect(rows).to.deep.equal([good()]);
  });

  it('accepts the whole bundled dataset unchanged', () => {
    const { rows, problems } = validateRows(ds.rows);
    expect(problems).to.deep.equal([]);
    expect(rows).to.deep.equal(ds.rows);
  });

  it('accepts CSV-style strings (numbers as text, empty base) and converts them', () => {
    const { rows, problems } = validateRows([good({ year: '2019', value: '44', base: '', source_survey: '2019' })]);
    expect(problems).to.deep.equal([]);
    expect(rows[0]).to.deep.equal(good({ base: null }));
  });

  it('accepts groups and measures the bundled data lacks (e.g. wave:1; a custom measure with its own responses)', () => {
    const { problems } = validateRows([
      good({ group: 'wave:1' }),
      good({ measure: 'staff-survey', item: 'morale', response: 'high', source_table: 'custom' }),
    ]);
    expect(problems).to.deep.equal([]);
  });

  it('wrong types: each named with its row and field', () => {
    const { rows, problems } = validateRows([
      good(),
      good({ item: 'other', year: 'twenty-nineteen' }),
      good({ item: 'x1', value: 'forty-four' }),
      good({ item: 'x2', unit: 'percentage' }),
      good({ item: 'x3', base: 'sixty-four' }),
      good({ item: 'x4', source_survey: 'the 2019 report' }),
      good({ item: 'Not Kebab' }),
      good({ item: 'x5', group: 'Organisation LA' }),
      good({ item: 'x6', year: 2019.5 }),
    ]);
    expect(where(problems)).to.deep.equal(['2 year', '3 value', '4 unit', '5 base', '6 source_survey', '7 item', '8 group', '9 year']);
    expect(rows).to.have.length(1); // a row with any problem is left out
    expect(problems[0].message).to.include('twenty-nineteen');
  });

  it('unknown responses for known measures', () => {
    const { problems } = validateRows([
      good({ response: 'extremely' }),
      good({ measure: 'facilitator', item: 'bottom-up', response: 'not' }), // "not" is a barrier response
      good({ measure: 'sample-site', item: 'leeds', response: 'selected', unit: 'count', base: '' }),
    ]);
    expect(where(problems)).to.deep.equal(['1 response', '2 response', '3 response']);
    expect(problems[0].message).to.include('very, fairly, not, dont-know');
  });

  it('percents outside 0–100 (and negative counts)', () => {
    const { problems } = validateRows([
      good({ value: 140 }),
      good({ item: 'x', value: -1 }),
      good({ item: 'y', value: 100 }),
      good({ item: 'z', value: 0 }),
      good({ measure: 'sample-site', item: 'leeds', response: 'count', unit: 'count', base: '', value: -3 }),
      good({ measure: 'sample-site', item: 'kent', response: 'count', unit: 'count', base: '', value: 140 }),
    ]);
    expect(where(problems)).to.deep.equal(['1 value', '2 value', '5 value']);
    expect(problems[0].message).to.include('outside 0–100');
  });

  it('NaN and non-finite numbers', () => {
    const { problems } = validateRows([
      good({ value: NaN }),
      good({ item: 'b', value: 'NaN' }),
      good({ item: 'c', value: Infinity }),
      good({ item: 'd', year: NaN }),
      good({ item: 'e', base: NaN }),
    ]);
    expect(where(problems)).to.deep.equal(['1 value', '2 value', '3 value', '4 year', '5 base']);
  });

  it('numbers are plain decimals: hex, binary, octal, exponents, Infinity and padded text are refused (Number() read "0x32" as 50), each named with its row, field and value and what is valid', () => {
    const bad = ['0x32', '0X32', '0b110010', '0o62', '5e1', '1E2', ' 50', '50 ', '\t50', 'Infinity', '-Infinity', '+50', '50.', '.5', '5,0', '--5', '1_000'];
    const { rows, problems } = validateRows(bad.map((value, i) => good({ item: `v${i}`, value })));
    expect(rows).to.deep.equal([]);
    expect(where(problems)).to.deep.equal(bad.map((_, i) => `${i + 1} value`));
    expect(problems[0].message).to.equal('"0x32" is not a number (write it in plain decimals: digits, a minus sign and a decimal point if need be, e.g. 44 or 12.5)');
    expect(describeProblems(problems, 1)).to.equal('row 1, value: "0x32" is not a number (write it in plain decimals: digits, a minus sign and a decimal point if need be, e.g. 44 or 12.5) (and 16 more)');
    // Plain decimals, as text (a CSV) or as numbers (JSON), whole or not; a number is taken as it is.
    const fine = validateRows([
      good({ value: '44' }), good({ item: 'b', value: '12.5' }), good({ item: 'c', value: '0' }), good({ item: 'd', value: '100.0' }),
      good({ item: 'e', value: 0.5 }), good({ item: 'f', value: '007' }), good({ item: 'g', value: 1e-7 }),
    ]);
    expect(fine.problems).to.deep.equal([]);
    expect(fine.rows.map((r) => r.value)).to.deep.equal([44, 12.5, 0, 100, 0.5, 7, 1e-7]);
    // A minus sign is read, and the value then said to be out of range, as a negative number was.
    const negative = validateRows([good({ value: '-1' }), good({ measure: 'sample-site', item: 'leeds', response: 'count', unit: 'count', base: '', value: '-3' })]);
    expect(negative.problems.map((p) => p.message)).to.deep.equal(['-1 is outside 0–100 for a percent', '-3 is a negative count']);
  });

  it('a year is a whole number from 1900 to 2100 written in digits ("0x7E3" was read as 2019), and the source survey a whole number', () => {
    const years = ['0x7E3', '2019.5', ' 2019', '2019 ', '2.019e3', '+2019', '1899', '2101', '-2019', 2019.5, 1e21];
    const { rows, problems } = validateRows(years.map((year, i) => good({ item: `y${i}`, year })));
    expect(rows).to.deep.equal([]);
    expect(where(problems)).to.deep.equal(years.map((_, i) => `${i + 1} year`));
    expect(problems[0].message).to.equal('"0x7E3" is not a year (a whole number from 1900 to 2100, e.g. 2019)');
    const surveys = ['0x7E4', '2020.5', ' 2020', '2e3', '-2020', 2020.5];
    const bySurvey = validateRows(surveys.map((source_survey, i) => good({ item: `s${i}`, source_survey })));
    expect(where(bySurvey.problems)).to.deep.equal(surveys.map((_, i) => `${i + 1} source_survey`));
    expect(bySurvey.problems[0].message).to.equal('"0x7E4" is not a year (a whole number, e.g. 2020)');
    // A whole number written with a decimal part of zeros, as pandas writes a column with an empty cell, is whole.
    const fine = validateRows([good({ year: '1900', source_survey: '2020' }), good({ year: 2100, source_survey: 2021 }), good({ year: '2019', item: 'b' }), good({ year: '2019.0', source_survey: '2020.00', item: 'c' })]);
    expect(fine.problems).to.deep.equal([]);
    expect(fine.rows.map((r) => [r.year, r.source_survey])).to.deep.equal([[1900, 2020], [2100, 2021], [2019, 2019], [2019, 2020]]);
  });

  it('a base is a count of informants: a whole number of at least 1, or empty/null where the report prints none (base 0 showed "50% (n=0)", base 0.5 "50% (n=0.5)")', () => {
    const bases = [0, '0', '00', '0.0', 0.5, '0.5', '64.5', -1, '-1', '0x40', '6.4e1', ' 64', '64 ', '+64', Infinity, 'Infinity', '52–54', '   '];
    const { rows, problems } = validateRows(bases.map((base, i) => good({ item: `b${i}`, base })));
    expect(rows).to.deep.equal([]);
    expect(where(problems)).to.deep.equal(bases.map((_, i) => `${i + 1} base`));
    expect(problems[0].message).to.equal('"0" is not a base n (a whole number of informants, 1 or more, e.g. 64; or empty where none is printed)');
    expect(problems[4].message).to.equal('"0.5" is not a base n (a whole number of informants, 1 or more, e.g. 64; or empty where none is printed)');
    const absent = good();
    delete absent.base;
    const fine = validateRows([good({ base: 1 }), good({ item: 'b', base: '1' }), good({ item: 'c', base: '064' }), good({ item: 'd', base: '' }), good({ item: 'e', base: null }), { ...absent, item: 'f' }, good({ item: 'g', base: '64.0' })]);
    expect(fine.problems).to.deep.equal([]);
    expect(fine.rows.map((r) => r.base)).to.deep.equal([1, 1, 64, null, null, null, 64]);
  });

  it('duplicate keys (measure|item|year|group|response), naming the first row', () => {
    const { rows, problems } = validateRows([good(), good({ response: 'fairly' }), good({ value: 45 })]);
    expect(where(problems)).to.deep.equal(['3 (key)']);
    expect(problems[0].message).to.include('row 1');
    expect(problems[0].message).to.include('barrier|financial-constraints|2019|all|very');
    expect(rows).to.have.length(2);
  });

  it('missing columns, each by name; base and item_label may be empty', () => {
    const r = good();
    delete r.source_table;
    delete r.unit;
    const { problems } = validateRows([r, good({ item: 'b', value: '' }), good({ item: 'c', base: '', item_label: '' })]);
    expect(where(problems)).to.deep.equal(['1 unit', '1 source_table', '2 value']);
    expect(problems.every((p) => p.message === 'missing')).to.equal(true);
  });

  it("a row with no value and a note is a gap row (a chart's Data (CSV) writes one per gap): not a figure, kept with the note as its reason; with no note, the value is missing as before", () => {
    const note = 'No figure published for 2016: the question was not asked in 2016 (the 2019 report, section 4).';
    const csv = formatCsv(
      [
        { ...good(), note: '' },
        { ...good({ year: 2016, value: '', unit: 'percent', base: '', source_survey: '', source_table: '' }), note },
        { ...good({ year: 2017, value: '', base: '', source_survey: 2019, source_table: 'figure:5.1' }), note: 'Shown only in Figure 5.1 of the 2019 report; not published as numbers.' },
        // The base its figure prints for the year (a trend's download gives it), kept with the gap: never a value.
        { ...good({ year: 2018, value: '', base: 80, source_survey: 2019, source_table: 'figure:5.1' }), note: 'Shown only in Figure 5.1 of the 2019 report; not published as numbers.' },
      ] as Record<string, unknown>[],
      [...OBSERVATION_COLUMNS, 'note'],
    );
    const { header, records } = parseCsv(csv);
    expect(header[header.length - 1], 'the note column is read').to.equal('note');
    const { rows, gaps, problems } = validateRows(records);
    expect(problems).to.deep.equal([]);
    expect(rows, 'only the figure is a row').to.deep.equal([good()]);
    const label = good().item_label;
    expect(gaps).to.deep.equal([
      { measure: 'barrier', item: 'financial-constraints', item_label: label, year: 2016, group: 'all', response: 'very', source_survey: NaN, source_figure: '', reason: note, base: null },
      { measure: 'barrier', item: 'financial-constraints', item_label: label, year: 2017, group: 'all', response: 'very', source_survey: 2019, source_figure: 'figure:5.1', reason: 'Shown only in Figure 5.1 of the 2019 report; not published as numbers.', base: null },
      { measure: 'barrier', item: 'financial-constraints', item_label: label, year: 2018, group: 'all', response: 'very', source_survey: 2019, source_figure: 'figure:5.1', reason: 'Shown only in Figure 5.1 of the 2019 report; not published as numbers.', base: 80 },
    ]);
    // A gap's key is still a key: a figure and a gap of one year are a duplicate.
    expect(where(validateRows([good(), { ...good({ value: '' }), note }]).problems)).to.deep.equal(['2 (key)']);
    // No note (or a blank one): the value is missing, and the row is left out.
    for (const blank of [{}, { note: '' }, { note: '   ' }]) {
      const r = validateRows([good(), { ...good({ year: 2016, value: '' }), ...blank }]);
      expect(r.problems).to.deep.equal([{ row: 2, field: 'value', message: 'missing' }]);
      expect(r.rows).to.have.length(1);
      expect(r.gaps).to.deep.equal([]);
    }
  });

  it('a CSV whose header lacks a column: every row reports it', () => {
    const csv = 'measure,item,year,group,response,value,base,source_survey,source_table\nbarrier,a,2019,all,very,44,64,2019,5.1\nbarrier,b,2019,all,very,32,64,2019,5.1\n';
    const { records, errors } = parseCsv(csv);
    expect(errors).to.deep.equal([]);
    expect(where(validateRows(records).problems)).to.deep.equal(['1 unit', '2 unit']);
  });

  it('a non-array (from plain JavaScript: a type error in TypeScript), an empty array and non-object rows', () => {
    for (const input of [{ rows: [] }, 'measure,item', 42, null, undefined]) {
      const { rows, problems } = validateRows(input as unknown as unknown[]);
      expect(rows).to.deep.equal([]);
      expect(where(problems), String(input)).to.deep.equal(['0 (data)']);
    }
    expect(validateRows([]).problems[0].message).to.equal('the dataset has no rows');
    expect(where(validateRows([good(), null, [1, 2], 'row']).problems)).to.deep.equal(['2 (row)', '3 (row)', '4 (row)']);
  });

  it('returns every problem, not only the first', () => {
    const { problems } = validateRows([good({ year: 'x', value: 140, unit: 'percent', response: 'lots', group: 'All' })]);
    expect(where(problems)).to.deep.equal(['1 group', '1 year', '1 value', '1 response']);
  });

  it('describeProblems() names row and field, and counts the rest', () => {
    const { problems } = validateRows([good({ value: 140 }), good({ item: 'b', value: 150 }), good({ item: 'c', value: 160 })]);
    expect(describeProblems(problems, 2)).to.equal(
      'row 1, value: 140 is outside 0–100 for a percent; row 2, value: 150 is outside 0–100 for a percent (and 1 more)',
    );
    expect(describeProblems(validateRows('x' as unknown as unknown[]).problems)).to.equal('(data): expected an array of rows');
  });
});

describe('parseCsv() / formatCsv()', () => {
  it('reports a broken quote with the line it opens on', () => {
    const { errors } = parseCsv('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(errors).to.deep.equal([{ line: 3, message: 'a quoted field is never closed' }]);
  });

  it('reports a quote inside an unquoted field, and a row with the wrong number of fields, with their lines', () => {
    const { errors } = parseCsv('a,b\n1,x"y"\n2\n3,4\n');
    expect(errors.map((e) => e.line)).to.deep.equal([2, 3]);
    expect(errors[0].message).to.include('quote');
    expect(errors[1].message).to.equal('1 fields where the header has 2');
  });

  it('reads quoted fields with commas, doubled quotes and line breaks; CRLF or LF; a BOM', () => {
    const { header, records, errors } = parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",3\n');
    expect(errors).to.deep.equal([]);
    expect(header).to.deep.equal(['a', 'b']);
    expect(records).to.deep.equal([{ a: 'x, y', b: 'say "hi"' }, { a: 'two\nlines', b: '3' }]);
    expect(records.map((r) => csvLineOf(r))).to.deep.equal([2, 3]);
  });

  it('text a spreadsheet would run as a formula is written as text (a leading apostrophe); numbers, negative ones too, are not touched', () => {
    const csv = formatCsv(
      [
        { label: '=HYPERLINK("https://example.org","open")', value: -5 },
        { label: '+1+cmd', value: 3 },
        { label: '@SUM(A1)', value: 0 },
        { label: '-x', value: 1 },
        { label: 'Plain, with a comma', value: 2 },
      ],
      ['label', 'value'],
    );
    expect(csv.split('\r\n')).to.deep.equal([
      'label,value',
      `"'=HYPERLINK(""https://example.org"",""open"")",-5`,
      "'+1+cmd,3",
      "'@SUM(A1),0",
      "'-x,1",
      '"Plain, with a comma",2',
      '',
    ]);
    // Read back (a downloaded file given to `src`), the labels are as they were, those that
    // start with an apostrophe of their own too.
    expect(parseCsv(csv).records.map((r) => r.label)).to.deep.equal(['=HYPERLINK("https://example.org","open")', '+1+cmd', '@SUM(A1)', '-x', 'Plain, with a comma']);
    const own = ["'-5 point scale", "''=x", "'quoted", 'plain'];
    const again = formatCsv(own.map((label) => ({ label })), ['label']);
    expect(again.split('\r\n')[1]).to.equal("''-5 point scale");
    expect(parseCsv(again).records.map((r) => r.label)).to.deep.equal(own);
  });

  it('formatCsv → parseCsv → validateRows round-trips every bundled row, every field', () => {
    const csv = formatCsv(ds.rows, OBSERVATION_COLUMNS);
    const { header, records, errors } = parseCsv(csv);
    expect(errors).to.deep.equal([]);
    expect(header).to.deep.equal([...OBSERVATION_COLUMNS]);
    const { rows, problems } = validateRows(records);
    expect(problems).to.deep.equal([]);
    expect(rows).to.have.length(ds.rows.length);
    expect(rows).to.deep.equal(ds.rows);
  });

  it('round-trips labels with commas, quotes, line breaks and markup as plain text', () => {
    const tricky: ObservationRow[] = [
      { ...(good() as unknown as ObservationRow), item: 'a', item_label: 'Airedale, Wharfedale & Craven' },
      { ...(good() as unknown as ObservationRow), item: 'b', item_label: 'Having a "bottom up" approach' },
      { ...(good() as unknown as ObservationRow), item: 'c', item_label: 'two\r\nlines' },
      { ...(good() as unknown as ObservationRow), item: 'd', item_label: '<img src=x onerror=alert(1)>' },
      { ...(good() as unknown as ObservationRow), item: 'e', base: null },
    ];
    const { records, errors } = parseCsv(formatCsv(tricky, OBSERVATION_COLUMNS));
    expect(errors).to.deep.equal([]);
    expect(validateRows(records).rows).to.deep.equal(tricky);
  });
});
