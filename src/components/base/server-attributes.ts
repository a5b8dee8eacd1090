/**
 * The attributes a server drew a chart from, recorded in its shadow root. Lit's hydration takes
 * the server's DOM as the template's values: a page script that changes an attribute before the
 * hydration bundle runs would leave the server's title, summary and buttons over the client's
 * marks. With this record, the element adopts the server's shell only while its attributes are
 * those, and draws afresh otherwise.
 */

import { defaultConverter, type LitElement } from 'lit';
import { defaultsOf } from './attribute-defaults.js';

/** The attribute (on the shadow root's first element) that holds the record. */
export const SERVER_ATTRIBUTES = 'data-server-attributes';

type Entries = readonly (readonly [string, string])[];

const byName = (entries: Entries): Entries => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Attributes as one string: [name, value] pairs sorted by name, in JSON (any value goes back as it was). */
export function serverAttributesOf(attributes: Readonly<Record<string, string>>): string {
  return JSON.stringify(byName(Object.entries(attributes)));
}

/**
 * Whether `host` is as the server drew it: it has the attributes `root` records, among those
 * that change what it draws (`observed`; a class or id a page adds changes nothing), and each of
 * its properties is what that attribute (or, with none, its default) makes it; a page script may
 * have set one as a property before the element was defined. True where nothing is recorded.
 */
export function drawnFromNow(host: LitElement, root: ParentNode, observed: readonly string[]): boolean {
  const recorded = root.querySelector(`[${SERVER_ATTRIBUTES}]`)?.getAttribute(SERVER_ATTRIBUTES);
  if (recorded == null) return true;
  const drawn = new Set(observed.filter((name) => name !== 'defer-hydration'));
  let then: Entries;
  try {
    then = (JSON.parse(recorded) as Entries).filter(([name]) => drawn.has(name));
  } catch {
    return false;
  }
  const now = byName([...host.attributes].filter((a) => drawn.has(a.name)).map((a) => [a.name, a.value] as const));
  return JSON.stringify(then) === JSON.stringify(now) && propertiesAsAttributes(host, new Map(then));
}

/** Whether each property with an attribute is what `attributes` (or its default, where absent) makes it. */
function propertiesAsAttributes(host: LitElement, attributes: ReadonlyMap<string, string>): boolean {
  const ctor = host.constructor as typeof LitElement;
  const props = host as unknown as Record<PropertyKey, unknown>;
  for (const [name, { value, attribute }] of defaultsOf(ctor)) {
    if (!attribute) continue;
    const text = attributes.get(attribute);
    const { converter, type } = ctor.getPropertyOptions(name);
    const fromAttribute = typeof converter === 'function' ? converter : (converter?.fromAttribute ?? defaultConverter.fromAttribute!);
    const expected = text === undefined ? value : fromAttribute(text, type);
    if (!Object.is(props[name], expected) && JSON.stringify(props[name]) !== JSON.stringify(expected)) return false;
  }
  return true;
}
