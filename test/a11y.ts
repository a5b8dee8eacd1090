import { a11ySnapshot } from '@web/test-runner-commands';

/** Runs axe-core (loaded from node_modules as a classic script) over an element, shadow DOM included. */
interface AxeResult { violations: { id: string; impact: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }
declare global {
  interface Window { axe?: { run: (ctx: Element, opts?: object) => Promise<AxeResult> } }
}

let loading: Promise<void> | undefined;

function loadAxe(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/node_modules/axe-core/axe.min.js';
    s.onload = () => resolve();
    s.onerror = () => reject(new Error('axe-core did not load'));
    document.head.appendChild(s);
  });
  return loading;
}

/** The axe violations (WCAG 2.x A/AA, 2.2 AA) for the element, as readable strings. */
export async function axeViolations(el: Element): Promise<string[]> {
  await loadAxe();
  const result = await window.axe!.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target) + ' ' + (n.failureSummary ?? '')).join(' | ')}`);
}

type AxNode = { role?: string; name?: string; children?: AxNode[] };

/**
 * What a screen reader in browse mode meets inside the chart group named `chartName` (the
 * accessibility tree Chromium builds): each node's role and name, depth first.
 */
export async function browseNodes(chartName: string): Promise<{ role: string; name: string }[]> {
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  const find = (n: AxNode): AxNode | undefined => (n.role === 'group' && n.name === chartName ? n : n.children?.map(find).find(Boolean));
  const out: { role: string; name: string }[] = [];
  const walk = (n: AxNode) => {
    out.push({ role: n.role ?? '', name: n.name ?? '' });
    n.children?.forEach(walk);
  };
  find(tree)?.children?.forEach(walk);
  return out;
}
