/**
 * The renderers' DOM layer: a keyed join, prototypes and attribute writes, with nothing else.
 *
 * - `join(parent, className, data, key, prototype, update)` makes the children of `parent`
 *   that carry `className` match `data` one to one, by key: a node whose key is still in the
 *   data is updated in place (so a redraw moves marks and CSS transitions run), a new key gets
 *   a clone of the prototype, a key gone from the data loses its node. Nodes end in data order.
 * - New nodes are built while still detached (their subtree included), then inserted, so a
 *   first draw costs one insertion per layer rather than style invalidation per attribute.
 * - A prototype function builds a new node with the attributes that never change (class,
 *   stroke, dy…), so `update` writes only what depends on the data.
 * - `attr` skips a write when the attribute already has that value (a redraw of an unchanged
 *   chart writes nothing).
 *
 * Keys live on the node as its `data-joined` attribute ("className key"), never as bound data
 * objects or JS properties, so a drawn chart holds no copy of its data through its DOM, and a
 * node keeps no JS wrapper alive: a property set on a node (an expando) pins its wrapper in the
 * JS heap, about 0.3 MB for 50 stacked-bar charts (bench/results.md). Where the node already
 * says its key, nothing more is written: a join `byAttribute` reads an attribute the mark carries
 * anyway (`data-response`, `data-item`…), a join `byIndex` the node's position (a stacked-bar
 * chart: 8 `data-joined` where every join wrote one made 199, of 1,611 attributes). The server
 * draws the same way, so a browser's first draw reuses the server's nodes; downloads drop
 * `data-joined`.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

export type AttrValue = string | number | null | undefined | false;


/** The node `join` is filling in for the first time (its writes need no comparison). */
let fresh: Element | null = null;

/** Sets an attribute unless it already has that value; null, undefined and false remove it. */
export function attr(el: Element, name: string, value: AttrValue): void {
  if (value == null || value === false) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
    return;
  }
  const v = typeof value === 'string' ? value : String(value);
  if (el === fresh || el.getAttribute(name) !== v) el.setAttribute(name, v);
}

/**
 * Sets the text of an element unless it already is that text. An element holding one text
 * node keeps it (its value changes), rather than having it replaced by a new one.
 */
export function text(el: Element, value: string): void {
  const only = el.firstChild;
  if (only && only.nodeType === 3 && !only.nextSibling) {
    // Compared on the node itself: reading textContent would build a new string each time.
    if (only.nodeValue !== value) only.nodeValue = value;
  } else if (el.textContent !== value) {
    el.textContent = value;
  }
}

/** An SVG element of `doc` with attributes and children. */
export function svgElement(doc: Document, tag: string, attributes: Readonly<Record<string, string | number>> = {}, children: readonly Element[] = []): SVGElement {
  const el = doc.createElementNS(SVG_NS, tag) as SVGElement;
  for (const name in attributes) el.setAttribute(name, String(attributes[name]));
  for (const c of children) el.appendChild(c);
  return el;
}

/** The direct child `<g class="className">` of `parent`, appended when missing. */
export function layer(parent: Element, className: string): SVGGElement {
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'g' && c.classList.contains(className)) return c as SVGGElement;
  }
  const g = svgElement(parent.ownerDocument, 'g', { class: className }) as SVGGElement;
  parent.appendChild(g);
  return g;
}

/**
 * Builds a new node with its constant attributes (and children). Called for each new node:
 * in Chromium, cloning an SVG template costs more than creating the element and setting its
 * few attributes (measured: 4.1 µs against 3.2 µs for a rect with four attributes).
 */
export type Prototype = (doc: Document) => Element;

/** The attribute a joined node carries: the class it was joined by, a space, and its key. */
export const JOIN_ATTRIBUTE = 'data-joined';
/**
 * The key alone, as an earlier build's server wrote it: a page's HTML rendered then is still
 * reused by a newer script (its node taken by class), not drawn again beside.
 */
export const EARLIER_JOIN_ATTRIBUTE = 'data-join';

/**
 * Joins `data` onto the children of `parent` that have the class `className`, by `key`;
 * `update` writes each node's data-dependent attributes (new nodes before they are inserted).
 * A node carries the class by its prototype, or by `update` where the update writes the class
 * anyway (a server's drawing, read back by class, has it either way; nodes made here are
 * recognised by the class they were joined with). Returns the nodes in data order.
 *
 * Where the key is already on the node, the join writes no `data-joined`: a join by `byIndex`
 * keys its nodes by their order among the class's nodes, and one keyed `byAttribute` writes
 * the key as that attribute (which the node carries anyway: `data-response`, `data-item`…) and
 * reads it back. Such a join's class must not change: its nodes are found by class alone.
 */
export function join<D>(
  parent: Element,
  className: string,
  data: readonly D[],
  key: (d: D, i: number) => string,
  prototype: Prototype,
  update: (node: Element, d: D, i: number) => void,
): Element[] {
  const keyAttribute = (key as Partial<AttributeKey<D>>).attribute;
  const positional = key === byIndex;
  const keyless = positional || keyAttribute != null;
  const existing = new Map<string, Element>();
  // Nodes keyed by an attribute this join no longer writes (another build's page): dropped once reused.
  let marked: Set<Element> | null = null;
  let position = 0;
  for (let c = parent.firstElementChild; c; ) {
    const next = c.nextElementSibling;
    // Joined before: by the class it was joined by (its class list may carry another join's
    // class, or not its own where `update` rewrites it), else by its class (a keyless join's
    // node, an earlier build's node keyed by EARLIER_JOIN_ATTRIBUTE, or one never joined).
    const joined = c.getAttribute(JOIN_ATTRIBUTE);
    const space = joined == null ? -1 : joined.indexOf(' ');
    if (joined != null ? joined.slice(0, space) === className : c.classList.contains(className)) {
      const earlier = joined == null ? c.getAttribute(EARLIER_JOIN_ATTRIBUTE) : null;
      const k = joined != null
        ? joined.slice(space + 1)
        : positional ? String(position) : keyAttribute != null && earlier == null ? (c.getAttribute(keyAttribute) ?? '') : (earlier ?? '');
      position++;
      if (existing.has(k)) c.remove();
      else {
        existing.set(k, c);
        if (joined != null ? keyless : earlier != null) (marked ??= new Set()).add(c);
      }
    }
    c = next;
  }
  const doc = parent.ownerDocument;
  const nodes: Element[] = new Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const k = key(data[i], i);
    let node = existing.get(k);
    const isNew = !node;
    if (node) existing.delete(k);
    else node = prototype(doc);
    const outer = fresh;
    fresh = isNew ? node : null;
    try {
      if (keyAttribute != null) attr(node, keyAttribute, k);
      if (!keyless) attr(node, JOIN_ATTRIBUTE, `${className} ${k}`);
      if (marked?.has(node)) {
        if (keyless) attr(node, JOIN_ATTRIBUTE, null);
        attr(node, EARLIER_JOIN_ATTRIBUTE, null);
      }
      update(node, data[i], i);
    } finally {
      fresh = outer;
    }
    nodes[i] = node;
  }
  for (const gone of existing.values()) gone.remove();
  // Data order: each node just before its successor; the last stays put (or goes at the end).
  let after: Element | null = null;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (after ? n.nextElementSibling !== after : n.parentNode !== parent) place(parent, n, after);
    after = n;
  }
  return nodes;
}

interface MovingParent extends Element {
  moveBefore?(node: Node, child: Node | null): void;
}

/**
 * Puts `node` before `after` in `parent`. A node already drawn in a page is moved with
 * `moveBefore` where the browser has it (Chromium 133+): the move keeps the state of its
 * subtree, so the marks of a row that changes place still run their CSS transitions (with
 * `insertBefore` a moved node is removed and inserted again: its transitions are dropped and
 * its marks jump), and it costs half as much script time. New nodes, detached trees and
 * DOMs without it (older browsers, the server's) use `insertBefore`.
 */
function place(parent: MovingParent, node: Element, after: Element | null): void {
  if (node.parentNode === parent && parent.moveBefore && parent.isConnected) {
    try {
      parent.moveBefore(node, after);
      return;
    } catch {
      // A move the browser refuses (e.g. across documents) is an insertion.
    }
  }
  parent.insertBefore(node, after);
}

/** A join keyed by position, for runs of like nodes (tspans of a wrapped label, ticks). */
export const byIndex = (_: unknown, i: number): string => String(i);

/** A key that is also an attribute of its node (`byAttribute`). */
export interface AttributeKey<D> {
  (d: D, i: number): string;
  readonly attribute: string;
}

/**
 * Keys a join by `key`, written as the node's `attribute` (the update need not write it): the
 * node carries the key it is read back by, and no `data-joined` besides: one attribute fewer
 * per node. Make these once, at module level, not per draw.
 */
export function byAttribute<D>(attribute: string, key: (d: D, i: number) => string): AttributeKey<D> {
  return Object.assign((d: D, i: number) => key(d, i), { attribute });
}
