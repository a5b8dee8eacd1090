// A TSX app's use of pioneer-viz/jsx, type-checked by scripts/check-exports.mjs. The JSX
// namespace here stands in for a framework's (React's, Preact's): its HTML props are `Base`.
import type { PioneerVizElements } from 'pioneer-viz/jsx';
import type { ObservationRow } from 'pioneer-viz/data';

interface HtmlProps {
  id?: string;
  class?: string;
  style?: string;
}

declare global {
  namespace JSX {
    interface Element {}
    interface IntrinsicElements extends PioneerVizElements<HtmlProps> {}
  }
}

const rows: ObservationRow[] = [];
const maybeYear: number | undefined = undefined;

export const page = [
  <barrier-stack measure="barrier" year={2020} compare-year="2019" diverging mode="table" id="stack" />,
  <pioneer-trend measure="objective" items="quality-of-care,patient-experience" data={rows} print-table />,
  <site-map year={2019} color-by="deprivation" layout="grid" theme="dark" />,
  <pioneer-filters id="bar" controls="year,wave" sync-url />,
  <pioneer-compare dimension="tenure" show-intervals filters="bar" />,
  <pioneer-table measure="sample-site" year="all" no-controls />,
  <pioneer-table measure="barrier" year={2019} />,
  <pioneer-filters wave={1} year={maybeYear} />,
  <pioneer-trend data={null} src={new URL('https://example.org/figures.csv')} mode={undefined} />,
  // undefined or null: the default, as the property takes undefined.
  <barrier-stack mode={undefined} theme={null} measure={undefined} sort={undefined} diverging={undefined} />,
  <site-map layout={undefined} color-by={undefined} />,
  <pioneer-compare sort={undefined} year={undefined} dimension={null} />,
  // Keywords in any case the element reads: Capitalised or in capitals.
  <barrier-stack mode="Table" theme="DARK" />,
  // Typed as the element's properties, which take what the attributes take: a year or a height
  // as text, `all` where it is a choice, keywords in any case.
  <barrier-stack sort="Questionnaire" measure="Facilitator" year="2019" />,
  <site-map color-by="Deprivation" layout="GRID" wave="all" deprivation="more" year="2019" />,
  <pioneer-compare sort="Gap" year="2019" />,
  <pioneer-trend height="480" />,
  // A hyphenated name is not checked by TypeScript (any `x-y` attribute is allowed in JSX):
  // only one-word attributes are.
  <barrier-stack compare-yaer="2019" />,
  <barrier-stack onpioneer-select={(e) => void e.detail.item} />,
  <pioneer-filters onpioneer-filter-change={(e) => void e.detail.year} />,
  // @ts-expect-error: a selection's detail has no such field
  <site-map onpioneer-select={(e) => void e.detail.siteName} />,
  // @ts-expect-error: mode is chart or table
  <barrier-stack mode="graph" />,
  // @ts-expect-error: theme is auto, light or dark
  <pioneer-trend theme="sepia" />,
  // @ts-expect-error: layout is auto, map or grid
  <site-map layout="tiles" />,
  // @ts-expect-error: a misspelt keyword in capitals is still refused
  <pioneer-trend mode="TABEL" />,
  // @ts-expect-error: not an attribute of the stacked bars (a misspelling)
  <barrier-stack measur="barrier" />,
  // @ts-expect-error: the stacked bars sort by severity, questionnaire or alphabetical
  <barrier-stack sort="gap" />,
  // @ts-expect-error: the stacked bars draw one year (`all` is not valid)
  <barrier-stack year="all" />,
  // @ts-expect-error: the map's colours are by wave or deprivation
  <site-map color-by="region" />,
  // @ts-expect-error: the map draws one year's informants (`all` is not valid)
  <site-map year="all" />,
  // @ts-expect-error: wave is 1 or 2
  <site-map wave={3} />,
  // @ts-expect-error: the comparison sorts by questionnaire or gap
  <pioneer-compare sort="severity" />,
  // @ts-expect-error: a boolean attribute takes true or false
  <barrier-stack diverging="yes" />,
];
