/** The comparison's input built from the bundled data, as <pioneer-compare> would pass it, for renderer tests. */
import { bundledDataset } from '../../src/data/bundled.js';
import { itemsOf, rowsOf } from '../../src/data/query.js';
import type { ObservationRow } from '../../src/data/types.js';
import { groupLabel } from '../../src/data/vocabulary.js';
import type { CompareData, CompareItem } from '../../src/renderers/compare.js';

/** The 2019 subgroup rows of one measure/response for the given groups (each row through `edit`, if given). */
export function compareTable(measure: string, response: string, groups: readonly string[], edit?: (r: ObservationRow) => ObservationRow): CompareData {
  const rows = rowsOf(bundledDataset(), measure).filter((r) => r.year === 2019 && r.response === response && groups.includes(r.group)).map((r) => (edit ? edit(r) : r));
  const order = new Map(itemsOf(bundledDataset(), measure).map((i) => [i.item, i.order] as const));
  const items = new Map<string, CompareItem & { cells: Record<string, ObservationRow> }>();
  for (const r of rows) {
    if (!items.has(r.item)) items.set(r.item, { item: r.item, label: r.item_label, order: order.get(r.item) ?? 99, cells: {} });
    items.get(r.item)!.cells[r.group] = r;
  }
  return { measure, response, year: 2019, groups: groups.map((id) => ({ id, label: groupLabel(id) })), items: [...items.values()] };
}

/** The 2019 report's Table 5.2: barriers rated very significant, by organisation type. */
export const TABLE_5_2_GROUPS = ['organisation:ccg-nhs', 'organisation:la', 'organisation:other'];
