/**
 * A typo in an item id is a type error, not an empty chart. `npm run typecheck` (tsc) checks this
 * file: each `@ts-expect-error` below must sit on a real type error, so if a misspelt id ever
 * stopped being one, tsc would fail with "Unused '@ts-expect-error' directive".
 */
import { expect } from '@esm-bundle/chai';
import type { ItemId, Measure, ResponseOf } from '../../src/data/generated/vocabulary.js';
import { published, publishedSeries } from '../../src/data/published.js';
import { captureWarnings } from '../helpers.js';

describe('typed ids', () => {
  it('correct ids type-check and find the figure', () => {
    expect(published('barrier', 'financial-constraints', 2019, 'very')?.value).to.equal(44);
    expect(published('facilitator', 'working-relationships', 2019, 'very', 'organisation:la')?.value).to.equal(81);
    expect(publishedSeries('objective', 'quality-of-care', 'selected').map((p) => p.row?.value ?? null)).to.deep.equal([null, 39, 48, 51, null]);
  });

  it('a misspelt item id is a type error (and finds nothing at run time), and a console warning names the argument', async () => {
    const said = await captureWarnings(() => {
      // @ts-expect-error — "finacial" is not an item of barrier
      expect(published('barrier', 'finacial-constraints', 2019, 'very')).to.equal(undefined);
      // @ts-expect-error — misspelt item in a series
      expect(publishedSeries('objective', 'quality-of-cares', 'selected').every((p) => p.row === null)).to.equal(true);
    });
    expect(said).to.have.length(2);
  });

  it('an item of another measure is a type error, and a console warning names the argument', async () => {
    const said = await captureWarnings(() => {
      // @ts-expect-error — working-relationships is a facilitator, not a barrier
      expect(published('barrier', 'working-relationships', 2019, 'very')).to.equal(undefined);
      // @ts-expect-error — covid-time is a 2020 barrier, not a progress objective
      expect(publishedSeries('progress', 'covid-time', 'some').every((p) => p.row === null)).to.equal(true);
    });
    expect(said).to.have.length(2);
  });

  it('an unknown measure or group is a type error, and a console warning names the argument', async () => {
    const said = await captureWarnings(() => {
      // @ts-expect-error — "barriers" is not a measure
      expect(published('barriers', 'financial-constraints', 2019, 'very')).to.equal(undefined);
      // @ts-expect-error — groups are "dimension:value" ids, e.g. organisation:la
      expect(published('barrier', 'financial-constraints', 2019, 'very', 'LA')).to.equal(undefined);
    });
    expect(said).to.have.length(2);
  });

  it('a response the measure does not have is a type error, and a console warning names the argument', async () => {
    const said = await captureWarnings(() => {
      // @ts-expect-error — barriers are rated very/fairly/not significant, not "selected"
      expect(published('barrier', 'financial-constraints', 2019, 'selected')).to.equal(undefined);
      // @ts-expect-error — "substantial" is a progress response, not an objective's
      expect(publishedSeries('objective', 'quality-of-care', 'substantial').every((p) => p.row === null)).to.equal(true);
    });
    expect(said).to.have.length(2);
    const r: ResponseOf<'progress'> = 'substantial-or-some';
    // @ts-expect-error — not in the union
    const bad: ResponseOf<'progress'> = 'very';
    expect([r, bad]).to.have.length(2);
  });

  it('from a script without types, a wrong argument finds nothing, and a console warning (once) names it and its valid values', async () => {
    const said = await captureWarnings(() => {
      // @ts-expect-error — misspelt item
      const points = publishedSeries('objective', 'quality-of-cair', 'selected');
      expect(points.map((p) => [p.year, p.row, p.reason])).to.deep.equal([2016, 2017, 2018, 2019, 2020].map((y) => [y, null, 'publishedSeries(): item "quality-of-cair" is not an item of objective of the bundled data. Valid values: ' + points[0].reason!.split('Valid values: ')[1]]));
      // @ts-expect-error — misspelt item, again: warned once
      publishedSeries('objective', 'quality-of-cair', 'selected');
      // @ts-expect-error — not a measure
      expect(publishedSeries('objectiv', 'quality-of-care', 'selected').every((p) => p.row === null)).to.equal(true);
      // @ts-expect-error — not a barrier's response
      expect(published('barrier', 'financial-constraints', 2019, 'much')).to.equal(undefined);
      // @ts-expect-error — groups are lower case
      expect(published('barrier', 'financial-constraints', 2019, 'very', 'organisation:LA')).to.equal(undefined);
    });
    expect(said.map((w) => w.replace(/Valid values: .*$/, 'Valid values: …'))).to.deep.equal([
      'pioneer-viz: publishedSeries(): item "quality-of-cair" is not an item of objective of the bundled data. Valid values: …',
      'pioneer-viz: publishedSeries(): measure "objectiv" is not a measure of the bundled data. Valid values: …',
      'pioneer-viz: published(): response "much" is not a response of barrier of the bundled data. Valid values: …',
      'pioneer-viz: published(): group "organisation:LA" is not a group of the bundled data. Valid values: …',
    ]);
    expect(said[0]).to.contain(' quality-of-care, ');
    expect(said[2]).to.match(/Valid values: very, fairly, not, dont-know\.$/);
    expect(said[3]).to.contain('Valid values: all, organisation:ccg-nhs, organisation:la,');
    // Right arguments warn nothing.
    expect(await captureWarnings(() => void publishedSeries('objective', 'quality-of-care', 'selected'))).to.deep.equal([]);
  });

  it('the unions are narrow: ItemId<"barrier"> does not accept any string', () => {
    const ok: ItemId<'barrier'> = 'covid-time';
    // @ts-expect-error — not in the union
    const bad: ItemId<'barrier'> = 'covid-times';
    const m: Measure = 'covid-effect';
    // @ts-expect-error — not a measure
    const m2: Measure = 'covid';
    expect([ok, bad, m, m2]).to.have.length(4);
  });
});
