import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/pioneer-filters/pioneer-filters.js';
import '../src/components/pioneer-trend/pioneer-trend.js';
import '../src/components/barrier-stack/barrier-stack.js';
import '../src/components/pioneer-compare/pioneer-compare.js';
import '../src/components/site-map/site-map.js';
import '../src/components/pioneer-table/pioneer-table.js';

/**
 * The 2019 report's key findings (sections 3–6) as one linked figure set: one filter bar
 * (year, organisation, years in post, deprivation) is linked to every chart, and each chart
 * follows the filters it can take:
 * - the stacked bars (barriers, facilitators) follow all four: the year and the subgroup;
 * - the trend of objectives follows organisation, years in post and deprivation, not the
 *   year (it spans the survey years);
 * - the comparisons follow only the year: they compare the organisation types themselves, and
 *   are published for 2019 alone, so the bar offers 2019 only (its notes say why);
 * - the map of sites follows the year and deprivation, not organisation or years in post
 *   (its marks are sites, not informants).
 *
 * The bar's notes name the charts a filter leaves as they are. This is also the page a web
 * editor can copy (see the README).
 */
const meta: Meta = {
  title: 'Dashboard/2019 key findings',
  parameters: { layout: 'padded' },
};
export default meta;

export const KeyFindings2019: StoryObj = {
  render: () => html`
    <div style="max-width: 1100px; display: grid; gap: 2rem">
      <pioneer-filters id="report-2019" controls="year,organisation,tenure,deprivation" year="2019"></pioneer-filters>
      <section style="display: grid; gap: 2rem">
        <h2>Section 4: objectives and progress</h2>
        <pioneer-trend measure="objective" filters="report-2019"></pioneer-trend>
        <pioneer-compare measure="progress" response="substantial-or-some" dimension="organisation" filters="report-2019"></pioneer-compare>
      </section>
      <section style="display: grid; gap: 2rem">
        <h2>Section 5: barriers</h2>
        <barrier-stack measure="barrier" year="2019" filters="report-2019"></barrier-stack>
        <pioneer-compare measure="barrier" response="very" dimension="organisation" show-intervals filters="report-2019"></pioneer-compare>
      </section>
      <section style="display: grid; gap: 2rem">
        <h2>Section 6: facilitators</h2>
        <barrier-stack measure="facilitator" year="2019" filters="report-2019"></barrier-stack>
      </section>
      <section style="display: grid; gap: 2rem">
        <h2>Who answered: informants by site</h2>
        <site-map year="2019" filters="report-2019"></site-map>
      </section>
    </div>
  `,
};
