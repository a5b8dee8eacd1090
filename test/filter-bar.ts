/** Driving a <pioneer-filters> bar as a reader would, and waiting for it and its charts to settle. */
import type { PioneerFilters } from '../src/components/pioneer-filters/pioneer-filters.js';

/** The bar's select for a key. */
export const select = (bar: PioneerFilters, key: string) => bar.shadowRoot!.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!;

/** A select's options as a reader sees them. */
export const options = (bar: PioneerFilters, key: string) =>
  [...select(bar, key).options].map((o) => ({ value: o.value, disabled: o.disabled, text: o.textContent!.replace(/\s+/g, ' ').trim() }));

/** The values a reader can choose (not "All …", not disabled). */
export const enabledValues = (bar: PioneerFilters, key: string) => options(bar, key).filter((o) => o.value && !o.disabled).map((o) => o.value);

/** Lets the bar update, apply to its charts, and see its own writes through the MutationObserver. */
export async function settle(bar: PioneerFilters): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await bar.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
  await bar.updateComplete;
}

/** Settles every filter bar in `box` (the document by default), twice over: one bar's writes can reach another's charts. */
export async function settleAll(box: ParentNode = document): Promise<void> {
  for (let i = 0; i < 2; i++) for (const bar of box.querySelectorAll<PioneerFilters>('pioneer-filters')) await settle(bar);
}

/** Chooses a value as a reader would: sets the select, fires its change event, and lets every bar of the page settle. */
export async function choose(bar: PioneerFilters, key: string, value: string): Promise<void> {
  const s = select(bar, key);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(bar);
  await settleAll(bar.getRootNode() as ParentNode);
}
