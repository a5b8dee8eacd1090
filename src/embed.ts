// The self-contained embed bundle (dist/pioneer-viz.js): registers every element.
export * from './index.js';
