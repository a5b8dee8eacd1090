/**
 * The charts `pioneer-viz render --all` writes (REPORT_FIGURES): one file per chart, each named
 * for the report table it draws.
 */
import { expect } from '@esm-bundle/chai';
import { REPORT_FIGURES } from '../../src/server/figures.js';

describe('render --all: the report figures', () => {
  it('no two files hold the same chart (same element and attributes under two names)', () => {
    const seen = new Map<string, string>();
    for (const f of REPORT_FIGURES) {
      const key = `${f.tag} ${JSON.stringify(Object.entries(f.attributes).sort())}`;
      expect(seen.get(key), `${f.name} draws what ${seen.get(key)} draws`).to.equal(undefined);
      seen.set(key, f.name);
    }
    expect(new Set(REPORT_FIGURES.map((f) => f.name)).size).to.equal(REPORT_FIGURES.length);
  });
});
