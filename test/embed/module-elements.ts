// Stands in for src's element modules and src/index in the test group "module" (its page's import
// map sends their URLs here: web-test-runner.config.mjs): the page's elements are the module
// build's (dist/components/*.js and their chunks: what an app's bundler imports, minified with its
// own chunking and names), and a test's imports of them get its classes, so a test written against
// src runs unchanged against it.
import '../../dist/components/barrier-stack.js';
import '../../dist/components/pioneer-trend.js';
import '../../dist/components/site-map.js';
import '../../dist/components/pioneer-table.js';
import '../../dist/components/pioneer-compare.js';
import '../../dist/components/pioneer-filters.js';
import { builtElements, failUnlessBuiltElements } from './stand-in.js';

export const { BarrierStack, PioneerTrend, SiteMap, PioneerTable, PioneerCompare, PioneerFilters } = builtElements('dist/components/*.js');

failUnlessBuiltElements('/dist/components/barrier-stack.js');
