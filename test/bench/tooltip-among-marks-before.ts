// placeAmongMarks as it was before the ring search (commit 0d1406d): the bench's "before". It also
// keeps the inputs it gave placeTooltip (`given`), for the bench to replay them.
// Its search and its measuring are frozen: they must never follow changes to placeAmongMarks in
// src/components/base/tooltip-among-marks.ts (they are the "before" it is measured against): it
// searches every place (the reference placeTooltip,
// tooltip-placement-reference.ts) and measures the tooltip at every wrap on every call
// (measureWraps, whatever src's placeAmongMarks takes its sizes from). All the rest, which the ring
// search did not change, comes from src (amongMarks): the wraps, the marks' and the legend's boxes,
// the wraps that fit and where, read in the same order as before.
import { placeTooltip, type TooltipPlacementInput } from '../components/tooltip-placement-reference.js';
import { amongMarks, measureWraps } from '../../src/components/base/tooltip-among-marks.js';

export const given: TooltipPlacementInput[] = [];

/** placeAmongMarks as it was: every place searched (the reference), every wrap measured at every call; what the search was given is kept. */
export const placeAmongMarks = amongMarks((input) => {
  given.push(input);
  return placeTooltip(input);
}, measureWraps);
