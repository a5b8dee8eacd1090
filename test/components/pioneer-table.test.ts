import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-table/pioneer-table.js';
import type { PioneerTable } from '../../src/components/pioneer-table/pioneer-table.js';
import { axeViolations } from '../a11y.js';
import { captureWarnings, cleanup, drawn, mount } from '../helpers.js';

const cell = (el: PioneerTable, item: string, col: number) =>
  el.shadowRoot!.querySelectorAll(`tr[data-item="${item}"] td`)[col]?.textContent?.trim();

describe('<pioneer-table>', () => {
  afterEach(cleanup);

  it('<pioneer-table measure="barrier" year="2019"> lists the 13 barriers with the four responses of Table 5.1, base 64', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019"></pioneer-table>'));
    const rows = el.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows).to.have.length(13);
    const headers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('thead th')].map((th) => th.innerText.replace(/\s+/g, ' ').trim());
    expect(headers).to.deep.equal([
      'Item',
      'Very significant base 64; 2019 report Table 5.1',
      'Fairly significant base 64; 2019 report Table 5.1',
      'Not significant base 64; 2019 report Table 5.1',
      "Don't know base 64; 2019 report Table 5.1",
    ]);
    // Table 5.1: Significant financial constraints … 44 44 6 6
    expect([0, 1, 2, 3].map((i) => cell(el, 'financial-constraints', i))).to.deep.equal(['44%', '44%', '6%', '6%']);
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('Barriers');
    expect(el.shadowRoot!.querySelector('.modes')).to.equal(null);
  });

  it('shows a subgroup column with its own base (Table 5.2, local authorities)', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019" group="organisation:la"></pioneer-table>'));
    // Table 5.2: 'significant financial constraints' LA 57%
    expect(cell(el, 'financial-constraints', 0)).to.equal('57%');
    expect(el.shadowRoot!.querySelector('thead')!.textContent).to.contain('Table 5.2');
  });

  it('a year the measure does not have gives the message and one warning', async () => {
    let el!: PioneerTable;
    const warnings = await captureWarnings(async () => {
      el = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2015"></pioneer-table>'));
    });
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('year="2015" is not valid. Valid values: 2019, 2020');
    expect(warnings).to.have.length(1);
  });

  it('has no axe violations', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="sample-wave"></pioneer-table>'));
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
