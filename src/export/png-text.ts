/**
 * Text inside a PNG: the chart's title and description (source line, base n, notes and the
 * reports' full reference), as the SVG file has them in <title> and <desc>, written as iTXt
 * chunks (UTF-8) under the PNG keywords "Title" and "Description". Image viewers, file
 * managers and reference tools show them, so a PNG saved on its own can still be cited.
 */

let crcTable: Uint32Array | undefined;

/** CRC-32 of `bytes`, as PNG chunks carry it. */
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One iTXt chunk: keyword, no compression, no language, the text in UTF-8. */
function itxtChunk(keyword: string, text: string): Uint8Array {
  const enc = new TextEncoder();
  return chunkOf([...enc.encode(`iTXt${keyword}`), 0, 0, 0, 0, 0, ...enc.encode(text)]);
}

/**
 * A pHYs chunk: the pixel density of an image drawn at `scale` × CSS pixels (96 per inch), so a
 * word processor or a journal's system places a 2× PNG at the chart's size, not at twice it.
 */
function physChunk(scale: number): Uint8Array {
  const perMetre = Math.round((96 * scale) / 0.0254);
  const bytes = [...'pHYs'].map((c) => c.charCodeAt(0));
  const n = [(perMetre >>> 24) & 255, (perMetre >>> 16) & 255, (perMetre >>> 8) & 255, perMetre & 255];
  return chunkOf([...bytes, ...n, ...n, 1]);
}

/** A chunk from its type and data (`body`): length before, CRC after. */
function chunkOf(body: readonly number[]): Uint8Array {
  const chunk = new Uint8Array(body.length + 8);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, body.length - 4);
  chunk.set(body, 4);
  view.setUint32(body.length + 4, crc32(chunk.subarray(4, body.length + 4)));
  return chunk;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/**
 * The PNG with an iTXt chunk per entry after its header chunk (a PNG's first, 33 bytes in),
 * and, given the `scale` it was drawn at, its pixel density (pHYs, where it has none); anything
 * that does not start as a PNG does (signature, then IHDR) is returned as it is.
 */
export function pngWithText(png: Uint8Array, entries: readonly (readonly [string, string])[], scale?: number): Uint8Array {
  const headerEnd = 33;
  const isPng = png.length > headerEnd && SIGNATURE.every((b, i) => png[i] === b) && String.fromCharCode(...png.subarray(12, 16)) === 'IHDR';
  const chunks = entries.filter(([, text]) => text).map(([k, text]) => itxtChunk(k, text));
  if (isPng && scale && scale > 0 && !hasChunk(png, 'pHYs')) chunks.unshift(physChunk(scale));
  if (!isPng || !chunks.length) return png;
  const out = new Uint8Array(png.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, headerEnd));
  let at = headerEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(headerEnd), at);
  return out;
}

/** Whether the PNG has a chunk of that type before its image data. */
function hasChunk(png: Uint8Array, type: string): boolean {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let i = 8; i + 8 <= png.length; i += 12 + view.getUint32(i)) {
    const t = String.fromCharCode(...png.subarray(i + 4, i + 8));
    if (t === type) return true;
    if (t === 'IDAT') return false;
  }
  return false;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Title and Description of a standalone SVG as written by chartToSvg: the <title> and <desc>
 * that open its root element (not a mark's own title further in).
 */
export function svgTextEntries(svgText: string): [string, string][] {
  const head = /<svg\b[^>]*>\s*<title>([^<]*)<\/title>\s*<desc>([^<]*)<\/desc>/.exec(svgText);
  const read = (i: 1 | 2) =>
    (head?.[i] ?? '').replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([\da-f]+));/gi, (_m, name: string, dec?: string, hex?: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ENTITIES[name.toLowerCase()],
    );
  return [
    ['Title', read(1)],
    ['Description', read(2)],
  ];
}
