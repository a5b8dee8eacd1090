import type { LitElement } from 'lit';

/**
 * Defaults again for what is unset: an attribute removed (a framework's binding gone to
 * `undefined`, an author going back to the default) leaves its property `null`, and a
 * property set to `null` or `undefined` is unset too. Each such property takes the value a new
 * element of its class starts with (`theme` "auto", `mode` "chart", the element's default
 * measure…), so it is drawn as that, never checked as the value "null". A property whose
 * default is itself unset (`src`, `dimension`, `height`) is left as it is.
 */
export function restoreDefaults(el: LitElement): void {
  const ctor = el.constructor as typeof LitElement;
  const fresh = defaultsOf(ctor);
  const props = el as unknown as Record<PropertyKey, unknown>;
  for (const [name, value] of fresh) if (props[name] == null) props[name] = value;
}

/** The declared (not internal) properties a new element of the class starts with set, made once per class. */
function defaultsOf(ctor: typeof LitElement): Map<PropertyKey, unknown> {
  let found = cache.get(ctor);
  if (!found) {
    found = new Map();
    const fresh = new (ctor as unknown as new () => LitElement)() as unknown as Record<PropertyKey, unknown>;
    for (const [name, options] of ctor.elementProperties) {
      if (options.state) continue;
      const value = fresh[name];
      if (value != null) found.set(name, value);
    }
    cache.set(ctor, found);
  }
  return found;
}

const cache = new WeakMap<typeof LitElement, Map<PropertyKey, unknown>>();
