/** Every chart, in a main state, with what its summary must say (from the reports). */
export const CHARTS: { tag: string; attrs: string; summary: RegExp }[] = [
  { tag: 'pioneer-trend', attrs: 'measure="objective" items="quality-of-care,joined-up"', summary: /In 2019 the highest was Patients\/service users experiencing more joined up services \(58% of 67\)/ },
  { tag: 'pioneer-trend', attrs: 'measure="barrier" response="very"', summary: /Significant financial constraints/ },
];
CHARTS.push(
  { tag: 'barrier-stack', attrs: 'measure="barrier" year="2019"', summary: /In 2019 the barrier most often rated very significant was significant financial constraints within the local health and social care economy \(44% of 64\)/i },
  { tag: 'barrier-stack', attrs: 'measure="barrier" year="2020" compare-year="2019"', summary: /2020/ },
  { tag: 'site-map', attrs: 'year="2019"', summary: /25 Pioneer sites; in 2019, 22 had at least one informant/ },
  { tag: 'site-map', attrs: 'year="2019" layout="grid" color-by="deprivation"', summary: /22 had at least one informant/ },
);
CHARTS.push(
  { tag: 'pioneer-compare', attrs: 'measure="barrier" dimension="organisation" show-intervals', summary: /largest gap between CCG\/NHS and Local authority is for Significant financial constraints/ },
);
