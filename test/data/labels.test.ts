import { expect } from '@esm-bundle/chai';
import { bundledDataset } from '../../src/data/bundled.js';

const bundled = bundledDataset();
import { itemsOf, measuresOf } from '../../src/data/query.js';
import { responseLabel } from '../../src/data/vocabulary.js';

describe('labels', () => {
  it('every response in the bundled data has a label from the questionnaires, not its id', () => {
    const unlabelled = [...new Set(bundled.rows.map((r) => `${r.measure}|${r.response}`))]
      .map((k) => k.split('|'))
      .filter(([m, r]) => responseLabel(m, r) === r)
      .map(([m, r]) => `${m}: ${r}`);
    expect(unlabelled).to.deep.equal([]);
  });

  it('no two items of a measure read the same', () => {
    const clashes = measuresOf(bundled).flatMap((m) => {
      const labels = itemsOf(bundled, m).map((i) => i.label);
      return labels.filter((l, i) => labels.indexOf(l) !== i).map((l) => `${m}: ${l}`);
    });
    expect(clashes).to.deep.equal([]);
  });
});
