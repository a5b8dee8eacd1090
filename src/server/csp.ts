/**
 * What a page's Content-Security-Policy must allow for server-rendered HTML to be styled when
 * the policy has no 'unsafe-inline' for styles. A chart's shadow root carries its styles in an
 * inline `<style>` (declarative shadow DOM has no other way before a script runs), which such a
 * policy blocks: without its script the chart would show unstyled. Each style's hash, allowed in
 * `style-src`, lets exactly that style through. The hydrated element adopts constructed style
 * sheets, which need nothing.
 */
import { createHash } from 'node:crypto';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** An attribute's value as the browser reads it: character references decoded. */
const decodeAttribute = (value: string) =>
  value.replace(/&(?:#(\d+)|#x([\da-f]+)|(quot|apos|lt|gt|amp));?/gi, (ref, dec?: string, hex?: string, name?: string) => {
    if (dec || hex) return String.fromCodePoint(parseInt(dec ?? hex!, dec ? 10 : 16));
    return { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' }[name!.toLowerCase() as 'quot'] ?? ref;
  });

/** A start tag, its attributes quoted either way or not at all (a quoted `>` does not end it). */
const START_TAG = /<[a-z][^\s/>]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/)*)\s*>/gi;
/** Each attribute of a start tag: its name, and its value quoted either way or not at all. */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The value of a tag's `style` attribute (the first, as a browser takes it), or null. */
function styleOf(attributes: string): string | null {
  for (const [, name, ...values] of attributes.matchAll(ATTRIBUTE)) {
    if (name.toLowerCase() === 'style') return values.find((v) => v !== undefined) ?? '';
  }
  return null;
}

/**
 * The `style-src` sources `html` needs under a policy without 'unsafe-inline': the hash of each
 * distinct inline `<style>`; and where the markup has `style` attributes (a page's own, written
 * on the element as given: the charts draw none), 'unsafe-hashes' and the hash of each distinct
 * value. Hashes are of the text as the browser reads it: a style's as it is in the markup, an
 * attribute's with its character references decoded.
 */
export function styleSources(html: string): string[] {
  const sources = new Set<string>();
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) sources.add(sha256(m[1]));
  const attributes = new Set<string>();
  for (const [, attrs] of html.matchAll(START_TAG)) {
    const style = styleOf(attrs);
    if (style !== null) attributes.add(sha256(decodeAttribute(style)));
  }
  if (attributes.size) sources.add("'unsafe-hashes'");
  for (const a of attributes) sources.add(a);
  return [...sources];
}
