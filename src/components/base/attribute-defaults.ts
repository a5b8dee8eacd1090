import { defaultConverter, type LitElement } from 'lit';

/**
 * Defaults again for what is unset: an attribute removed (a framework's binding gone to
 * `undefined`, an author going back to the default) leaves its property `null`, and a
 * property set to `null` or `undefined` is unset too, as is one set to `''` or `0` while its
 * attribute is absent (Vue unsets a bound property so: a string's to `''`, a number's to `0`,
 * removing the attribute; a property without an attribute, such as `data`, is not unset so:
 * `data = ''` is refused as rows). Each such property takes the value a new element of its class
 * starts with (`theme` "auto", `mode` "chart", the element's default measure…), so it is drawn
 * as that, never checked as the value "null"; one whose default is itself unset (`src`,
 * `height`) is unset again, null or undefined as its attribute removed leaves it. An attribute
 * written empty (`measure=""`) is still checked.
 */
export function restoreDefaults(el: LitElement): void {
  const ctor = el.constructor as typeof LitElement;
  const props = el as unknown as Record<PropertyKey, unknown>;
  for (const [name, { value, attribute, reflect, removed }] of defaultsOf(ctor)) {
    const now = props[name];
    // A property whose removed attribute reads undefined (a year: its type has no `null`) reads
    // undefined again when a script or a framework's binding sets it to null (React 19 does,
    // for undefined).
    const restore = now == null ? value != null || (now === null && removed === undefined) : (now === '' || now === 0) && now !== value && attribute && !el.hasAttribute(attribute);
    if (!restore) continue;
    props[name] = value;
    // A reflected property (mode, theme) unset by script is at its default, as an element whose
    // author wrote no such attribute: its default is not written back on the host.
    if (reflect && attribute) unwriteAfterUpdate(el, attribute, String(value));
  }
}

/** Per element, the reflected defaults to take off the host once the update has written them. */
const unwritten = new WeakMap<LitElement, Map<string, string>>();

function unwriteAfterUpdate(el: LitElement, attribute: string, value: string): void {
  let pending = unwritten.get(el);
  if (!pending) {
    const list = (pending = new Map());
    unwritten.set(el, list);
    el.addController({
      hostUpdated: () => {
        for (const [name, written] of list) if (el.getAttribute(name) === written) el.removeAttribute(name);
        list.clear();
      },
    });
  }
  pending.set(attribute, value);
}

export interface Declared {
  /** What a new element starts with (undefined: unset). */
  value: unknown;
  /** The property's attribute, if it has one. */
  attribute: string | null;
  /** Whether the property is written back to its attribute. */
  reflect: boolean;
  /** What the property reads once its attribute is removed (its converter's value for none): null, or undefined for a year. */
  removed: unknown;
}

/** The declared (not internal) properties of the class, with what a new element starts with, made once per class. */
export function defaultsOf(ctor: typeof LitElement): Map<PropertyKey, Declared> {
  let found = cache.get(ctor);
  if (!found) {
    found = new Map();
    const fresh = new (ctor as unknown as new () => LitElement)() as unknown as Record<PropertyKey, unknown>;
    for (const [name, options] of ctor.elementProperties) {
      if (options.state) continue;
      const attribute = options.attribute === false ? null : typeof options.attribute === 'string' ? options.attribute : typeof name === 'string' ? name.toLowerCase() : null;
      const { converter } = options;
      const removed = ((typeof converter === 'function' ? converter : converter?.fromAttribute) ?? defaultConverter.fromAttribute!)(null, options.type);
      found.set(name, { value: fresh[name] ?? undefined, attribute, reflect: options.reflect === true, removed });
    }
    cache.set(ctor, found);
  }
  return found;
}

const cache = new WeakMap<typeof LitElement, Map<PropertyKey, Declared>>();
