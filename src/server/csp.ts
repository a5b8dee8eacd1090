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

const decodeAttribute = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * The `style-src` sources `html` needs under a policy without 'unsafe-inline': the hash of each
 * distinct inline `<style>`; and where the markup has `style` attributes (a page's own, written
 * on the element as given: the charts draw none), 'unsafe-hashes' and the hash of each distinct
 * value. Hashes are of the text as it is in the markup, as a browser computes them.
 */
export function styleSources(html: string): string[] {
  const sources = new Set<string>();
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) sources.add(sha256(m[1]));
  const attributes = new Set<string>();
  for (const m of html.matchAll(/<[a-z][^>]*?\sstyle="([^"]*)"/gi)) attributes.add(sha256(decodeAttribute(m[1])));
  if (attributes.size) sources.add("'unsafe-hashes'");
  for (const a of attributes) sources.add(a);
  return [...sources];
}
