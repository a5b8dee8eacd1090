/** Every chart element with a valid attribute set, for tests that must cover them all. */
export const ELEMENTS: { tag: string; attrs: string; bad: { attr: string; value: string }[] }[] = [
  { tag: 'pioneer-trend', attrs: 'measure="objective" items="quality-of-care"', bad: [{ attr: 'measure', value: 'barriers' }, { attr: 'items', value: 'quality-of-cair' }, { attr: 'response', value: 'very' }, { attr: 'group', value: 'organisation:nhs' }] },
  { tag: 'pioneer-table', attrs: 'measure="barrier" year="2019"', bad: [{ attr: 'measure', value: 'nope' }, { attr: 'year', value: '2031' }, { attr: 'group', value: 'x:y' }] },
];
