/**
 * createJoinKey(key): a d3 join key that also matches nodes the renderer did not bind itself.
 *
 * d3 keys an existing node by its bound datum (`__data__`). A node that came from elsewhere —
 * the server-rendered SVG of a page (declarative shadow DOM), parsed from HTML — has no datum,
 * so without this every such node would be removed and redrawn on the first client draw. The
 * key of each node is therefore also written on it as `data-join` (once a node has been keyed,
 * i.e. from the second draw on; the server draws twice), and a node without a datum is keyed by
 * that attribute.
 */
export function createJoinKey<D>(key: (d: D) => string) {
  return function (this: unknown, d: D, i: number, group: ArrayLike<unknown>): string {
    // Node side: d3 calls key(node.__data__, i, nodes) with `this` the node. Data side: `this` is the parent.
    if (this !== group[i] || !this || typeof (this as Element).getAttribute !== 'function') return key(d);
    const node = this as Element;
    if (d === undefined) return node.getAttribute('data-join') ?? '';
    const k = key(d);
    if (node.getAttribute('data-join') !== k) node.setAttribute('data-join', k);
    return k;
  };
}
