/**
 * Whether a linked chart could show its view with some of its attributes set otherwise,
 * asked without touching the chart: the chart's own `computeView` runs on a stand-in
 * object (created from the element) whose properties hold the values those attributes
 * would convert to, so the answer is exactly the chart's own validation, and the chart
 * neither re-renders nor warns. This is how a bar finds out, before offering a measure,
 * that a linked chart would reject it.
 */
import { defaultConverter, type PropertyDeclaration } from 'lit';
import type { Dataset } from '../../data/dataset.js';
import { AttributeProblem } from '../base/attribute-problem.js';

/** What an attribute would hold: an attribute value (null = removed), or a property value set from script. */
export type ProbeValue = { attribute: string | null } | { property: unknown };

/** The result of a probe: null when the chart can show its view, else why not. */
export type ProbeResult = null | { attribute: string | null; value: unknown; valid: readonly (string | number)[] | string; message: string };

interface ChartLike {
  computeView?: (ds: Dataset) => unknown;
}

/** attribute name → [property name, declaration], per chart class. */
const attributeMaps = new WeakMap<object, Map<string, [PropertyKey, PropertyDeclaration]>>();

function attributeMapOf(el: Element): Map<string, [PropertyKey, PropertyDeclaration]> {
  const ctor = el.constructor as { elementProperties?: Map<PropertyKey, PropertyDeclaration> };
  let map = attributeMaps.get(ctor);
  if (map) return map;
  map = new Map();
  for (const [name, options] of ctor.elementProperties ?? []) {
    if (options.attribute === false) continue;
    const attribute = typeof options.attribute === 'string' ? options.attribute : typeof name === 'string' ? name.toLowerCase() : null;
    if (attribute) map.set(attribute, [name, options]);
  }
  attributeMaps.set(ctor, map);
  return map;
}

/** Whether the chart's class declares a reactive property for this attribute. */
export function declaresAttribute(el: Element, attribute: string): boolean {
  return attributeMapOf(el).has(attribute);
}

/** The property value an attribute value converts to, through the chart's own converter. */
function fromAttribute(options: PropertyDeclaration, value: string | null): unknown {
  const converter = options.converter;
  if (typeof converter === 'function') return converter(value, options.type);
  if (converter?.fromAttribute) return converter.fromAttribute(value, options.type);
  return defaultConverter.fromAttribute!(value, options.type);
}

/**
 * Runs `el`'s computeView on `dataset` as if its attributes had the given values.
 * Returns null when it can show its view; otherwise the problem (the attribute it names,
 * or null for an error that is not an attribute's).
 */
export function probeChart(el: Element, values: ReadonlyMap<string, ProbeValue>, dataset: Dataset): ProbeResult {
  const computeView = (el as unknown as ChartLike).computeView;
  if (typeof computeView !== 'function') return null;
  const map = attributeMapOf(el);
  const standIn = Object.create(el) as Record<PropertyKey, unknown>;
  for (const [attribute, value] of values) {
    const declared = map.get(attribute);
    if (!declared) continue;
    const [name, options] = declared;
    const property = 'property' in value ? value.property : fromAttribute(options, value.attribute);
    Object.defineProperty(standIn, name, { value: property, writable: true, configurable: true, enumerable: true });
  }
  try {
    computeView.call(standIn, dataset);
    return null;
  } catch (e) {
    if (e instanceof AttributeProblem) return { attribute: e.attribute, value: e.value, valid: e.valid, message: e.message };
    return { attribute: null, value: null, valid: [], message: String((e as Error)?.message ?? e) };
  }
}
