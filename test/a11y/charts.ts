/** Every chart, in a main state, with what its summary must say (from the reports). */
export const CHARTS: { tag: string; attrs: string; summary: RegExp }[] = [
  { tag: 'pioneer-trend', attrs: 'measure="objective" items="quality-of-care,joined-up"', summary: /In 2019 the highest was Patients\/service users experiencing more joined up services \(58% of 67\)/ },
  { tag: 'pioneer-trend', attrs: 'measure="barrier" response="very"', summary: /In 2020 the highest was significant financial constraints within the local health and social care economy \(48% of 52–54, the range of bases printed for 2020 report Table 5\.2\)\. No published values for 2016, 2017 and 2018\.$/ },
];
CHARTS.push(
  { tag: 'barrier-stack', attrs: 'measure="barrier" year="2019"', summary: /In 2019 the barrier most often rated very significant was significant financial constraints within the local health and social care economy \(44% of 64\)/i },
  { tag: 'barrier-stack', attrs: 'measure="barrier" year="2020" compare-year="2019"', summary: /In 2020 the barrier most often rated very significant was significant financial constraints within the local health and social care economy \(48%; bases 52–54 for the report's whole table\)\. New in 2020: time required to deal with Covid-19 pandemic; diversion of staff resources to deal with Covid-19 pandemic; financial resources required to deal with Covid-19 pandemic\.$/ },
  { tag: 'site-map', attrs: 'year="2019"', summary: /25 Pioneer sites \(wave 1: 14, wave 2: 11\); in 2019, 22 had at least one informant/ },
  { tag: 'site-map', attrs: 'year="2019" layout="grid" color-by="deprivation"', summary: /in 2019, 22 had at least one informant \(none from Airedale, Wharfedale & Craven, Blackpool & Fylde Coast and Nottingham City\); most: Barnsley and Leeds \(7\)\.$/ },
);
CHARTS.push(
  { tag: 'pioneer-compare', attrs: 'measure="barrier" dimension="organisation" show-intervals', summary: /largest gap between CCG\/NHS and local authority is for significant financial constraints/ },
);
