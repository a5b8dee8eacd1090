import { expect } from '@esm-bundle/chai';
import { attr, byAttribute, byIndex, join, layer, svgElement, text } from '../../src/renderers/shared/dom.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const detachedSvg = () => document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;

const dot = (doc: Document) => svgElement(doc, 'circle', { class: 'dot', r: 3 });
const draw = (parent: Element, data: { id: string; x: number }[]) =>
  join(parent, 'dot', data, (d) => d.id, dot, (node, d) => {
    attr(node, 'data-id', d.id);
    attr(node, 'cx', d.x);
  });
const ids = (parent: Element) => [...parent.querySelectorAll('.dot')].map((n) => n.getAttribute('data-id'));

describe('dom: the renderers’ keyed join', () => {
  it('creates one node per datum, in data order, with the prototype’s constant attributes', () => {
    const g = layer(detachedSvg(), 'dots');
    const nodes = draw(g, [{ id: 'a', x: 1 }, { id: 'b', x: 2 }, { id: 'c', x: 3 }]);
    expect(ids(g)).to.deep.equal(['a', 'b', 'c']);
    expect(nodes.map((n) => n.getAttribute('cx'))).to.deep.equal(['1', '2', '3']);
    expect(nodes.every((n) => n.getAttribute('r') === '3' && n.namespaceURI === SVG_NS)).to.equal(true);
  });

  it('keeps the node of a key that stays, removes gone keys, adds new ones and reorders', () => {
    const g = layer(detachedSvg(), 'dots');
    const [a, b, c] = draw(g, [{ id: 'a', x: 1 }, { id: 'b', x: 2 }, { id: 'c', x: 3 }]);
    const next = draw(g, [{ id: 'c', x: 30 }, { id: 'd', x: 40 }, { id: 'a', x: 10 }]);
    expect(ids(g)).to.deep.equal(['c', 'd', 'a']);
    expect(next[0]).to.equal(c);
    expect(next[2]).to.equal(a);
    expect(b.isConnected || b.parentNode !== null).to.equal(false);
    expect(c.getAttribute('cx')).to.equal('30');
  });

  it('leaves siblings of another class alone and keeps its nodes after them when appended', () => {
    const g = layer(detachedSvg(), 'row');
    g.appendChild(svgElement(document, 'text', { class: 'label' }));
    draw(g, [{ id: 'a', x: 1 }]);
    draw(g, [{ id: 'a', x: 1 }, { id: 'b', x: 2 }]);
    expect([...g.children].map((n) => n.getAttribute('class'))).to.deep.equal(['label', 'dot', 'dot']);
  });

  it('a redraw with the same data writes nothing', async () => {
    const svg = detachedSvg();
    document.body.appendChild(svg);
    try {
      const g = layer(svg, 'dots');
      const data = [{ id: 'a', x: 1 }, { id: 'b', x: 2 }];
      draw(g, data);
      const records: MutationRecord[] = [];
      const observer = new MutationObserver((r) => records.push(...r));
      observer.observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
      draw(g, data);
      await Promise.resolve();
      records.push(...observer.takeRecords());
      observer.disconnect();
      expect(records.map((r) => `${r.type} ${r.attributeName ?? ''}`)).to.deep.equal([]);
    } finally {
      svg.remove();
    }
  });

  it('reuses server-rendered nodes by their data-joined key (hydration) and the server writes that key', () => {
    const server = detachedSvg();
    draw(layer(server, 'dots'), [{ id: 'a', x: 1 }, { id: 'b', x: 2 }]);
    expect([...server.querySelectorAll('.dot')].map((n) => n.getAttribute('data-joined'))).to.deep.equal(['dot a', 'dot b']);
    // As the browser gets it: parsed from markup, no keys of its own.
    const parsed = new DOMParser().parseFromString(new XMLSerializer().serializeToString(server), 'image/svg+xml').documentElement;
    const client = document.importNode(parsed, true) as unknown as SVGSVGElement;
    const before = [...client.querySelectorAll('.dot')];
    const after = draw(layer(client, 'dots'), [{ id: 'b', x: 20 }, { id: 'a', x: 10 }]);
    expect(after).to.deep.equal([before[1], before[0]]);
    expect(after.map((n) => n.getAttribute('cx'))).to.deep.equal(['20', '10']);
  });

  it('attr removes an attribute for null or false and text sets text only when it differs', () => {
    const el = svgElement(document, 'text', { x: 1 });
    attr(el, 'x', null);
    expect(el.hasAttribute('x')).to.equal(false);
    attr(el, 'y', false);
    expect(el.hasAttribute('y')).to.equal(false);
    text(el, '12%');
    expect(el.textContent).to.equal('12%');
  });

  it('text changes the value of an element’s one text node rather than replacing the node', () => {
    const el = svgElement(document, 'text');
    text(el, '12%');
    const node = el.firstChild;
    text(el, '15%');
    expect(el.firstChild).to.equal(node);
    expect(el.textContent).to.equal('15%');
    // An element with more than one child gets exactly that text.
    el.append(svgElement(document, 'title'));
    text(el, '20%');
    expect(el.childNodes.length).to.equal(1);
    expect(el.textContent).to.equal('20%');
  });

  it('reuses the nodes of a page rendered by an earlier build, whose data-join is the key alone, spaces and all (not drawn again beside them)', () => {
    const page = new DOMParser().parseFromString(
      '<svg xmlns="http://www.w3.org/2000/svg"><g class="dots"><circle class="dot" data-join="Very significant" cx="1"/><circle class="dot" data-join="b" cx="2"/></g></svg>',
      'image/svg+xml',
    ).documentElement;
    const client = document.importNode(page, true) as unknown as SVGSVGElement;
    const before = [...client.querySelectorAll('.dot')];
    const after = draw(layer(client, 'dots'), [{ id: 'b', x: 20 }, { id: 'Very significant', x: 10 }]);
    expect(client.querySelectorAll('.dot').length).to.equal(2);
    expect(after).to.deep.equal([before[1], before[0]]);
    expect(after.map((n) => [n.getAttribute('data-joined'), n.getAttribute('data-join')])).to.deep.equal([['dot b', null], ['dot Very significant', null]]);
  });

  it('a node joined by one class is not taken by a join of another class it also carries', () => {
    const g = layer(detachedSvg(), 'dots');
    const [a] = draw(g, [{ id: 'a', x: 1 }]);
    a.classList.add('other');
    const others = join(g, 'other', ['z'], byIndex, (doc) => svgElement(doc, 'circle', { class: 'other' }), () => {});
    expect(others[0]).not.to.equal(a);
    expect(draw(g, [{ id: 'a', x: 2 }])[0]).to.equal(a);
    expect(g.querySelectorAll('circle').length).to.equal(2);
  });

  it('byIndex joins runs of like nodes by position', () => {
    const t = svgElement(document, 'text');
    const line = (doc: Document) => svgElement(doc, 'tspan', { class: 'line' });
    join(t, 'line', ['one', 'two'], byIndex, line, (n, d) => text(n, d));
    join(t, 'line', ['uno'], byIndex, line, (n, d) => text(n, d));
    expect([...t.children].map((n) => n.textContent)).to.deep.equal(['uno']);
  });

  /** As the browser gets a server's drawing: parsed from markup, no keys of its own. */
  const reparsed = (svg: SVGSVGElement) =>
    document.importNode(new DOMParser().parseFromString(new XMLSerializer().serializeToString(svg), 'image/svg+xml').documentElement, true) as unknown as SVGSVGElement;

  const byId = byAttribute('data-id', (d: { id: string }) => d.id);
  const drawById = (parent: Element, data: { id: string; x: number }[]) => join(parent, 'dot', data, byId, dot, (node, d) => attr(node, 'cx', d.x));

  it('a join keyed byAttribute writes its key as that attribute and no data-joined, and reuses nodes by it, drawn here or by a server', () => {
    const server = detachedSvg();
    drawById(layer(server, 'dots'), [{ id: 'a', x: 1 }, { id: 'Very significant', x: 2 }]);
    const drawn = [...server.querySelectorAll('.dot')];
    expect(drawn.map((n) => [n.getAttribute('data-id'), n.getAttribute('data-joined')])).to.deep.equal([['a', null], ['Very significant', null]]);
    // Here: the same nodes, moved, one gone, one new.
    const here = drawById(layer(server, 'dots'), [{ id: 'Very significant', x: 20 }, { id: 'c', x: 30 }]);
    expect(here[0]).to.equal(drawn[1]);
    expect(server.querySelectorAll('.dot').length).to.equal(2);
    expect(ids(server)).to.deep.equal(['Very significant', 'c']);
    // Hydration: the browser's first draw takes the server's nodes.
    const client = reparsed(server);
    const before = [...client.querySelectorAll('.dot')];
    const after = drawById(layer(client, 'dots'), [{ id: 'c', x: 3 }, { id: 'Very significant', x: 2 }]);
    expect(after).to.deep.equal([before[1], before[0]]);
    expect(after.map((n) => n.getAttribute('cx'))).to.deep.equal(['3', '2']);
  });

  it('a join byIndex writes no data-joined and takes a server’s nodes by their order', () => {
    const line = (doc: Document) => svgElement(doc, 'tspan', { class: 'line' });
    const server = detachedSvg();
    join(server, 'line', ['one', 'two'], byIndex, line, (n, d) => text(n, d));
    expect([...server.children].map((n) => n.getAttribute('data-joined'))).to.deep.equal([null, null]);
    const client = reparsed(server);
    const before = [...client.children];
    const after = join(client, 'line', ['uno', 'dos', 'tres'], byIndex, line, (n, d) => text(n, d));
    expect(after.slice(0, 2)).to.deep.equal(before);
    expect([...client.children].map((n) => n.textContent)).to.deep.equal(['uno', 'dos', 'tres']);
  });

  it('a page drawn when every join wrote data-joined is reused by joins that now key by attribute or position, which drop it', () => {
    const page = new DOMParser().parseFromString(
      '<svg xmlns="http://www.w3.org/2000/svg"><g class="dots"><circle class="dot" data-joined="dot b" data-id="b" cx="2"/><circle class="dot" data-joined="dot a" data-id="a" cx="1"/></g>' +
        '<text><tspan class="line" data-joined="line 0">one</tspan><tspan class="line" data-joined="line 1">two</tspan></text></svg>',
      'image/svg+xml',
    ).documentElement;
    const client = document.importNode(page, true) as unknown as SVGSVGElement;
    const dots = [...client.querySelectorAll('.dot')];
    const lines = [...client.querySelectorAll('.line')];
    const after = drawById(client.querySelector('g')!, [{ id: 'a', x: 10 }, { id: 'b', x: 20 }]);
    expect(after).to.deep.equal([dots[1], dots[0]]);
    const linesAfter = join(client.querySelector('text')!, 'line', ['uno', 'dos'], byIndex, (doc) => svgElement(doc, 'tspan', { class: 'line' }), (n, d) => text(n, d));
    expect(linesAfter).to.deep.equal(lines);
    expect([...client.querySelectorAll('[data-joined]')].length).to.equal(0);
    expect(client.querySelectorAll('circle, tspan').length).to.equal(4);
  });
});
