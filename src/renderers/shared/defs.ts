/** The SVG's own <defs> (created first in the SVG if missing), in the SVG's own document. */
export function ensureDefs(svg: SVGSVGElement): Element {
  let defs = svg.querySelector(':scope > defs');
  if (!defs) {
    defs = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'defs');
    svg.insertBefore(defs, svg.firstChild);
  }
  return defs;
}
