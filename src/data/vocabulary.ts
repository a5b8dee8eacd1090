/**
 * The words of the dataset: response categories per measure (in questionnaire order,
 * most emphatic first), their printed labels, and the subgroup names. Measures found in
 * data but not listed here still work; they take their responses in order of appearance.
 */
import { isReportRow } from './report-rows.js';
import { own } from './lookup-table.js';


export const RESPONSE_ORDER: Record<string, readonly string[]> = {
  barrier: ['very', 'fairly', 'not', 'dont-know'],
  facilitator: ['very', 'fairly', 'not-very', 'not-at-all', 'dont-know'],
  progress: ['substantial', 'some', 'none', 'dont-know', 'substantial-or-some'],
  'covid-effect': ['aided', 'hindered', 'no-effect', 'dont-know'],
  objective: ['selected'],
  'mdt-initiative': ['selected'],
  priority: ['selected'],
  challenge: ['selected'],
  // 2019 Q10, Q12, Q14 and 2020 Q5, Q10, Q16, Q17, Q18, in questionnaire order.
  'mdt-established': ['yes', 'planning', 'dont-know-or-other'],
  'mdt-models': ['one-model', 'different-models', 'dont-know'],
  'mdt-pcn-alignment': ['plans-to-align', 'no-plans', 'already-aligned', 'dont-know'],
  'role-change': ['no', 'yes'],
  'objectives-view-change': ['yes'],
  relationship: ['much-better', 'somewhat-better', 'no-change', 'somewhat-worse', 'dont-know'],
  'discharge-resources': ['much-easier', 'somewhat-easier', 'more-difficult', 'no-difference', 'dont-know'],
  'covid-facilitation': ['yes'],
};

/** Responses that are a sum of others and so never stack with them. */
export const DERIVED_RESPONSES: Record<string, readonly string[]> = {
  progress: ['substantial-or-some'],
};

/** Neutral point of Likert scales: diverging bars centre between these responses. */
export const NEGATIVE_FROM: Record<string, string> = {
  barrier: 'not',
  facilitator: 'not-very',
  progress: 'none',
};

export const RESPONSE_LABELS: Record<string, string> = {
  very: 'Very',
  fairly: 'Fairly',
  not: 'Not significant',
  'not-very': 'Not very important',
  'not-at-all': 'Not at all important',
  'dont-know': "Don't know",
  substantial: 'Substantial',
  some: 'Some',
  none: 'None',
  'substantial-or-some': 'Substantial or some',
  aided: 'Aided',
  hindered: 'Hindered',
  'no-effect': 'No effect',
  selected: 'Selected',
  count: 'Informants',
  share: 'Share',
  yes: 'Yes',
  no: 'No',
  // The questionnaires' answers (2019 Q10, Q12, Q14; 2020 Q16, Q17), shortened where the
  // question says the rest.
  planning: 'No, but planning to',
  'dont-know-or-other': "Don't know or other",
  'one-model': 'Only one model',
  'different-models': 'Different models',
  'plans-to-align': 'Plans to align with PCNs',
  'no-plans': 'No current plans to align',
  'already-aligned': 'Already aligned with PCNs',
  'much-better': 'Much better',
  'somewhat-better': 'Somewhat better',
  'no-change': 'No change',
  'somewhat-worse': 'Somewhat worse',
  'much-easier': 'Much easier',
  'somewhat-easier': 'Somewhat easier',
  'more-difficult': 'More difficult',
  'no-difference': 'It made no difference',
};

/** Measure-specific overrides of RESPONSE_LABELS. */
const RESPONSE_LABELS_BY_MEASURE: Record<string, Record<string, string>> = {
  barrier: { very: 'Very significant', fairly: 'Fairly significant' },
  facilitator: { very: 'Very important', fairly: 'Fairly important' },
  'mdt-established': { yes: 'Yes, have MDTs' },
};

/** What a reader calls a response of a measure, as the reports word it (`very` of barriers: "Very significant"); the id itself when unknown. */
export function responseLabel(measure: string, response: string): string {
  return own(own(RESPONSE_LABELS_BY_MEASURE, measure) ?? {}, response) ?? own(RESPONSE_LABELS, response) ?? response;
}

/**
 * Tables whose two sections print the same row labels (the 2019 and 2020 reports' Table 3.5:
 * years worked in a) the Pioneer area and b) the current post): item id prefix → section.
 */
const ITEM_SECTIONS: Record<string, Record<string, string>> = {
  'sample-tenure': { 'area-': 'Pioneer area', 'post-': 'Current post' },
};

/**
 * The label a reader sees for an item: as printed, led by its table section where two sections
 * share row labels ("Pioneer area: less than 1 year"), so that no two rows read the same.
 */
export function itemLabel(measure: string, item: string, printed: string): string {
  const sections = own(ITEM_SECTIONS, measure);
  const prefix = sections && Object.keys(sections).find((p) => item.startsWith(p));
  return prefix ? `${sections[prefix]}: ${printed.charAt(0).toLowerCase()}${printed.slice(1)}` : printed;
}

/**
 * Where in a report a figure is printed, for readers: "Table 5.1", "text of section 5" for a
 * figure stated in the prose (worded without a bracket: a source is often said in brackets,
 * "(base 52; 2020 report, text of section 5)", where "section 5 (text)" read "section 5, text"),
 * "unnumbered MDT table, section 4", "Figure 4.1".
 */
export function sourceLabel(table: string): string {
  if (/^\d/.test(table)) return `Table ${table}`;
  const text = /^text:(\d+)-/.exec(table);
  if (text) return `text of section ${text[1]}`;
  if (table === 'mdt-initiatives') return 'unnumbered MDT table, section 4';
  if (table.startsWith('figure:')) return `Figure ${table.slice(7)}`;
  return table;
}

export const MEASURE_LABELS: Record<string, string> = {
  objective: '‘Most important’ objectives/outcomes',
  progress: 'Progress in meeting objectives/outcomes',
  barrier: 'Barriers to integration',
  facilitator: 'Facilitators of integration',
  'covid-effect': 'Effect of Covid-19 on progress',
  'mdt-initiative': 'Multidisciplinary team initiatives',
  priority: 'Top priority for the next 12 months',
  challenge: 'Biggest challenge for the next 12 months',
  'sample-site': 'Key informants by Pioneer site',
  'sample-wave': 'Key informants by Pioneer wave',
  'sample-organisation': 'Key informants by organisation type',
  'sample-job': 'Key informants by job title',
  'sample-tenure': 'Key informants by years worked in the Pioneer area and in their current post',
  'mdt-established': 'Community multidisciplinary teams established',
  'mdt-models': 'Models of multidisciplinary team working',
  'mdt-pcn-alignment': 'Multidisciplinary teams aligned with Primary Care Networks',
  'role-change': 'Role changed as a result of Covid-19',
  'objectives-view-change': 'Views on objectives changed by Covid-19',
  relationship: 'Relationships between the NHS and local government',
  'discharge-resources': 'Resources for hospital discharge',
  'covid-facilitation': 'How Covid-19 facilitated integration',
};

/** The title of a measure, as the reports word it (`barrier`: "Barriers to integration"); an unknown id with its dashes as spaces and a capital first letter. */
export function measureLabel(measure: string): string {
  return own(MEASURE_LABELS, measure) ?? measure.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export const GROUP_LABELS: Record<string, string> = {
  all: 'All informants',
  'organisation:ccg-nhs': 'CCG/NHS',
  'organisation:la': 'Local authority',
  'organisation:other': 'Other',
  'tenure:under-5': 'Under 5 years in post',
  'tenure:5-plus': '5+ years in post',
  'deprivation:less': 'Less deprived sites',
  'deprivation:more': 'More deprived sites',
  'wave:1': 'Wave 1',
  'wave:2': 'Wave 2',
};

/**
 * What a base of `group` counts, said after its number where the group is named for sites (by
 * deprivation or wave): " informants", as "Less deprived sites (n=34)" or "base 34" read as 34
 * sites (there are 12). Nothing for any other group, whose name says who its informants are.
 */
export const baseNoun = (group: string): string => (/^(deprivation|wave):/.test(group) ? ' informants' : '');

/** What a reader calls a group (`organisation:la`: "Local authority"); an unknown one as "dimension: value". */
export function groupLabel(group: string): string {
  const label = own(GROUP_LABELS, group);
  if (label) return label;
  const [dim, val] = group.split(':');
  return val ? `${dim}: ${val}` : group;
}

/** The survey years, 2016 to 2020. */
export const YEARS = [2016, 2017, 2018, 2019, 2020] as const;
export const MIN_YEAR = 2016;
export const MAX_YEAR = 2020;

/** The two reports the figures come from, by the year of their survey: a short name for source lines and the full reference. */
export const REPORTS: Record<string, { short: string; citation: string }> = {
  '2019': {
    short: 'PIRU key informant survey 2019',
    citation:
      'Erens B, Durand MA, Wistow G, Al-Haboubi M, Manacorda T, Douglas N, Thana L, Mays N. Evaluation of the Integrated Care and Support Pioneers Programme (2015-2020): Results from the fourth survey (autumn 2019) of Pioneer Key Informants. Policy Innovation and Evaluation Research Unit (PIRU), London School of Hygiene & Tropical Medicine, April 2020.',
  },
  '2020': {
    short: 'PIRU key informant survey 2020',
    citation:
      'Erens B, Durand MA, Wistow G, Pacho A, Al-Haboubi M, Thana L, Mays N. Evaluation of the Integrated Care and Support Pioneers Programme (2015-2020): Results from the fifth survey (autumn 2020) of Pioneer Key Informants: perceived effects of the Covid-19 pandemic on integration activities. Policy Innovation and Evaluation Research Unit (PIRU), London School of Hygiene & Tropical Medicine, July 2021.',
  },
};

/**
 * Tables that print no base per row but one range for the whole table. Their rows keep an
 * empty `base` (no row's own base is known); charts, tables and source lines give the range
 * instead of "base not printed". Keyed `survey|table`.
 */
export const TABLE_BASE_RANGES: Readonly<Record<string, { min: number; max: number }>> = {
  // 2020 report, under Table 5.2: "Bases range between 52 and 54; missings are excluded from the base."
  '2020|5.2': { min: 52, max: 54 },
};

/**
 * Where a report's table disagrees with itself in a way a reader of its figures should know
 * (data/ANOMALIES.md records each, and every other): the figures are shown as printed, and every
 * chart, table and export drawing rows of that table (in those years) says this under it.
 */
export const SOURCE_CAVEATS: readonly { survey: number; table: string; years?: readonly number[]; cell?: string; text: string }[] = [
  {
    survey: 2019,
    table: '4.1',
    years: [2018],
    text: "The 2019 report's Table 4.1 is printed so that its 2018 column adds up to at least 258 choices, more than its 85 informants choosing three objectives could make (255); its figures are shown as printed.",
  },
  {
    survey: 2019,
    table: '4.6',
    text: "The 2019 report's Table 4.6 prints bases (under 5 years in post 34, 5+ years 21, less deprived 29, more deprived 26) that most of its percentages cannot be shares of: the 5+ years column fits a group of 26, less deprived 35, more deprived 32, and under 5 years no single size. Bases, and any intervals drawn from them, are as printed.",
  },
  {
    // Its footnote 1: "Two cases are missing." (column b sums to 56 of the 58 analysed).
    survey: 2020,
    table: '3.5',
    text: "The 2020 report's Table 3.5 says two cases are missing from years in current post: those counts add up to 56 of its 58 informants.",
  },
  {
    // One cell (`item|group`), data/ANOMALIES.md item 10: every other figure of its column is a
    // whole number of the 18, so fewer answering would not explain it: said wherever it is shown.
    survey: 2019,
    table: '7.1',
    cell: 'involve-users|organisation:la',
    text: "The 2019 report's Table 7.1 prints 8% of its 18 local authority informants for ‘Involve users / voluntary sector’, which is no whole number of informants (1 of 18 is 5.6%, 2 of 18 is 11.1%); it, and any interval drawn from it, are as printed.",
  },
];

/** Whether a SOURCE_CAVEATS sentence is about the table (and year, or cell) a row comes from. */
export const hasSourceCaveat = (row: { source_survey: number; source_table: string; year: number; item?: string; group?: string }, caveat?: (typeof SOURCE_CAVEATS)[number]): boolean =>
  // Of the reports' own rows only: a researcher's row of the same survey year and table number is not in that table.
  isReportRow(row) &&
  (caveat ? [caveat] : SOURCE_CAVEATS).some((c) => row.source_survey === c.survey && row.source_table === c.table && (!c.years || c.years.includes(row.year)) && (!c.cell || c.cell === `${row.item}|${row.group}`));

/**
 * The report that prints a dash ("-") where a percentage would be: the 2019 report, in 19 cells
 * of Tables 5.2, 5.3, 6.1, 7.1 and 7.2 (its every 0%; the 2020 report prints none). It never
 * says what a dash means; each is stored as 0, the only value its base allows (data/ANOMALIES.md
 * "Dashes"), and a chart showing one says so (sourceCaveats), as does each mark and table cell
 * that gives one (dashText, in src/renderers/shared/format.ts).
 */
export const DASH_REPORT = 2019;

/** Whether the report prints the row's figure as a dash ("-"): the 2019 report's 0% cells (data/ANOMALIES.md item 21); never a researcher's row. */
export const printedAsDash = (r: { value: number; unit: string; source_survey: number }): boolean => r.source_survey === DASH_REPORT && r.unit === 'percent' && r.value === 0 && isReportRow(r);

/**
 * The informants a report counts in each deprivation group, where it prints them: the 2019
 * report, section 3 ("the less deprived category of Pioneers includes 35 informants, and the more
 * deprived category includes 32"). Its own site lists summed over its Table 3.1 give 33 and 34
 * (data/ANOMALIES.md item 1), so the map, which sums sites, says both.
 */
export const PRINTED_DEPRIVATION_GROUPS: Readonly<Record<number, { survey: number; where: string; less: number; more: number }>> = {
  2019: { survey: 2019, where: 'section 3', less: 35, more: 32 },
};

/**
 * Years a report says a question was not asked, and where it says so (the reason a chart gives
 * for that year's gap). Only where the reports agree: the 2020 report says the same of the
 * progress question in 2016, but both reports chart a 2016 for it (data/ANOMALIES.md).
 */
export const NOT_ASKED: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  // 2019 report, section 4: "In the 2017, 2018 and 2019 surveys (but not 2016), informants were
  // shown a list of eight objectives … and were asked to select … the three … 'most important'".
  objective: { 2016: 'the 2019 report, section 4' },
};

/**
 * Why the reports give a kind of group (organisation, deprivation) no figures before 2019, in
 * their words and where: the 2019 report, section 2 ("Unlike in previous reports where we
 * compared CCG informants with those from NHS providers and from LAs, for this report we have
 * combined informants from CCGs and NHS providers") and section 3 ("we added a new comparison
 * looking at Pioneers that are in 'more or less deprived' areas"). Neither says why for time in
 * post.
 */
export const GROUP_NOT_BEFORE_2019: Readonly<Record<string, string>> = {
  organisation: 'The reports of the earlier surveys compared CCG, NHS provider and local authority informants separately; the 2019 report combined CCGs and NHS providers (the 2019 report, section 2).',
  deprivation: 'The comparison by deprivation was first made for the 2019 report (the 2019 report, section 3).',
};

/** Why the 2020 report gives no group's figures: "for this report we are only able to show results for the sample as a whole" (its section 2, of its 58 questionnaires). */
export const NO_GROUPS_2020 = 'The 2020 report shows results for the whole sample only (the 2020 report, section 2).';

/** The range of bases a table prints for all its rows, if it prints one. */
export function tableBaseRange(row: { source_survey: number; source_table: string }): { min: number; max: number } | undefined {
  return own(TABLE_BASE_RANGES, `${row.source_survey}|${row.source_table}`);
}

/**
 * The printed range of bases of a row's table, as "52–54", for a table that prints one (else
 * undefined): for the reports' own rows only (a researcher's row of the same survey year and
 * table number is not in that table).
 */
export function tableBaseRangeText(row: { source_survey: number; source_table: string }): string | undefined {
  const range = isReportRow(row) ? tableBaseRange(row) : undefined;
  return range && `${range.min}–${range.max}`;
}

/** "A", "A and B", "A, B and C"; of years too ("2016 and 2020"), as a sentence lists them. */
export const andList = (names: readonly (string | number)[]): string =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join('');

/**
 * A label as it reads mid-sentence: a capital that only starts the sentence ("Significant
 * financial constraints…"; "Building, maintaining…", a comma after the word not being part of
 * it; a group, "between local authority and under 5 years in post") is lowered; a word that is
 * a name, or starts one, keeps it: a word not of letters alone ("Brexit-related", "Covid-19",
 * "GPs"), the programme's name ("Pioneer wave 1"), or a word followed by another capitalised
 * word ("Primary Care Networks…"; an acronym after it, "Incompatible IT systems", is not one)
 * or by a number it names ("Table 4.4 prints…", "Wave 1"; not one it counts, "Under 5 years").
 * A one-word name ("Brexit shortages") cannot be told apart.
 */
export const midSentence = (s: string): string => {
  // Inside the isolate of a label with right-to-left words (displayLabel), as without.
  if (s.startsWith('\u2068')) return `\u2068${midSentence(s.slice(1))}`;
  const [first, second = ''] = s.split(/\s+/);
  return /^[A-Z][a-z]+,?$/.test(first) && first !== 'Pioneer' && (!/^([A-Z][a-z]|\d)/.test(second) || /^(Under|Over) \d/.test(s)) ? s[0].toLowerCase() + s.slice(1) : s;
};
