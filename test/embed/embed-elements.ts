// Stands in for src's element modules and src/index in the test group "embed" (its page's import
// map sends their URLs here: web-test-runner.config.mjs): the page's elements are the built
// embed's (dist/pioneer-viz.js), and a test's imports of them get the embed's classes, so a test
// written against src runs unchanged against what a web editor's page loads.
import '../../dist/pioneer-viz.js';
import { builtElements, failUnlessBuiltElements } from './stand-in.js';

export const { BarrierStack, PioneerTrend, SiteMap, PioneerTable, PioneerCompare, PioneerFilters } = builtElements('dist/pioneer-viz.js');

failUnlessBuiltElements('/dist/pioneer-viz.js');
