/** Every chart element with a valid attribute set, for tests that must cover them all. */
export const ELEMENTS: { tag: string; attrs: string; bad: { attr: string; value: string }[] }[] = [
  { tag: 'pioneer-trend', attrs: 'measure="objective" items="quality-of-care"', bad: [{ attr: 'measure', value: 'barriers' }, { attr: 'items', value: 'quality-of-cair' }, { attr: 'response', value: 'very' }, { attr: 'group', value: 'organisation:nhs' }] },
  { tag: 'pioneer-table', attrs: 'measure="barrier" year="2019"', bad: [{ attr: 'measure', value: 'nope' }, { attr: 'year', value: '2031' }, { attr: 'group', value: 'x:y' }] },
];
ELEMENTS.push(
  { tag: 'barrier-stack', attrs: 'measure="barrier" year="2019"', bad: [{ attr: 'measure', value: 'objective' }, { attr: 'year', value: '2031' }, { attr: 'sort', value: 'random' }, { attr: 'compare-year', value: '1999' }] },
  { tag: 'site-map', attrs: 'year="2019"', bad: [{ attr: 'color-by', value: 'colour' }, { attr: 'year', value: 'twenty' }, { attr: 'wave', value: '3' }, { attr: 'layout', value: 'hex' }] },
);
ELEMENTS.push({ tag: 'pioneer-compare', attrs: 'measure="barrier" dimension="organisation"', bad: [{ attr: 'dimension', value: 'region' }, { attr: 'measure', value: 'sample-site' }, { attr: 'sort', value: 'size' }] });
