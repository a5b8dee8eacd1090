/** Every chart, in a main state, with what its summary must say (from the reports). */
export const CHARTS: { tag: string; attrs: string; summary: RegExp }[] = [
  { tag: 'pioneer-trend', attrs: 'measure="objective" items="quality-of-care,joined-up"', summary: /In 2019 the highest was Patients\/service users experiencing more joined up services \(58% of 67\)/ },
  { tag: 'pioneer-trend', attrs: 'measure="barrier" response="very"', summary: /Significant financial constraints/ },
];
