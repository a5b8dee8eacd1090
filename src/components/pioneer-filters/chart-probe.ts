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

/** Whether the attribute mirrors its property (mode, theme, …): written by the chart itself. */
export function isReflected(el: Element, attribute: string): boolean {
  return !!attributeMapOf(el).get(attribute)?.[1].reflect;
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
  // A bar asks the same questions at every update (each choice of each control, for the
  // reader's state and the attributes' state): answered once per state of the chart.
  const key = probeKey(el, values, dataset);
  let cache = probeCache.get(el);
  if (cache?.has(key)) return cache.get(key)!;
  const result = runProbe(el, computeView, values, dataset);
  if (!cache || cache.size >= PROBE_CACHE_SIZE) probeCache.set(el, (cache = new Map()));
  cache.set(key, result);
  return result;
}

/** Probe answers per chart, by probeKey. */
const probeCache = new WeakMap<Element, Map<string, ProbeResult>>();
/** Answers kept per chart before its cache starts again (a bar asks a few hundred at most). */
const PROBE_CACHE_SIZE = 1000;
/** An id per object (a dataset, a rows array set as a property), for keys. */
const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;
const idOf = (o: object) => objectIds.get(o) ?? (objectIds.set(o, ++nextObjectId), nextObjectId);

/** One value in a key: its type, and its text or (an object) its identity. */
function keyPart(v: unknown): string {
  return v !== null && (typeof v === 'object' || typeof v === 'function') ? `#${idOf(v)}` : `${typeof v}:${String(v)}`;
}

/**
 * Everything computeView can read: the probed values, then every other reactive property of
 * the chart (attributes and properties set from script alike), its other attributes as
 * written (but reflected ones), and the dataset. What the probe sets is left out of the chart's own part, so a
 * bar writing those attributes (as it does after each probe) leaves the answers valid.
 */
function probeKey(el: Element, values: ReadonlyMap<string, ProbeValue>, dataset: Dataset): string {
  const parts: string[] = [`d${idOf(dataset)}`];
  for (const [attribute, value] of values) parts.push(`${attribute}=${'property' in value ? `p${keyPart(value.property)}` : `a${keyPart(value.attribute)}`}`);
  const probed = new Set<PropertyKey>();
  for (const attribute of values.keys()) {
    const declared = attributeMapOf(el).get(attribute);
    if (declared) probed.add(declared[0]);
  }
  const ctor = el.constructor as { elementProperties?: Map<PropertyKey, PropertyDeclaration> };
  for (const name of ctor.elementProperties?.keys() ?? []) {
    if (!probed.has(name)) parts.push(`.${String(name)}=${keyPart((el as unknown as Record<PropertyKey, unknown>)[name])}`);
  }
  // Reflected attributes (mode, theme, …) only mirror a property already in the key, and appear
  // after the chart's first update: left out, or every answer given before it would be lost.
  for (const a of el.attributes) if (!values.has(a.name) && !isReflected(el, a.name)) parts.push(`@${a.name}=${a.value}`);
  return parts.join('\u0000');
}

function runProbe(el: Element, computeView: (ds: Dataset) => unknown, values: ReadonlyMap<string, ProbeValue>, dataset: Dataset): ProbeResult {
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
