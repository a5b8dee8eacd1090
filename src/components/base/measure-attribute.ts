import type { Dataset } from '../../data/dataset.js';
import { measuresOf, noFiguresText, onlyGapsOf } from '../../data/query.js';
import { AttributeProblem, oneOf } from './attribute-problem.js';

/**
 * A `measure` attribute checked against the measures the data has figures for (the trend's and
 * the table's). One it gives only gaps for, or data of gaps alone, is said so, rather than
 * left out of the valid values (or "Valid values: .").
 */
export function measureIn(ds: Dataset, value: unknown): string {
  const measures = measuresOf(ds);
  if (!measures.length) throw new AttributeProblem('measure', value, noFiguresText(ds));
  const why = onlyGapsOf(ds, value);
  if (why) throw new AttributeProblem('measure', value, measures, why);
  return oneOf('measure', value, measures);
}
