import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import { requireServerPackage } from './missing-package.js';
import { pngWithText, svgTextEntries } from '../export/png-text.js';

export interface PngOptions {
  /** Pixels per SVG unit; default 2. */
  scale?: number;
  /** Family to use for generic and unknown font names (e.g. "DejaVu Sans"); default resvg's. */
  fontFamily?: string;
  /** Extra font files to load besides the system's. */
  fontFiles?: string[];
}

/**
 * Rasterises a standalone SVG (as written by chartSvgFile) to PNG with resvg, which ships as a
 * binary inside its npm package: no browser. The SVG's <title> and <desc> are written into the
 * PNG as its Title and Description. System fonts are loaded; without any, text is
 * simply not drawn (resvg does not fail). Throws MissingPackageError when @resvg/resvg-js (an
 * optional peer dependency) is not installed.
 */
export function svgToPng(svgText: string, options: PngOptions = {}): { png: Uint8Array; width: number; height: number } {
  const scale = options.scale ?? 2;
  const family = options.fontFamily;
  // Loaded here, not when the server module is imported: SVG and HTML need no rasteriser.
  const { Resvg } = requireServerPackage<{ Resvg: typeof ResvgClass }>('@resvg/resvg-js', 'A PNG file (svgToPng, or the command line\'s --format png)');
  const resvg = new Resvg(svgText, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      loadSystemFonts: true,
      fontFiles: options.fontFiles ?? [],
      ...(family ? { defaultFontFamily: family, sansSerifFamily: family } : {}),
    },
    logLevel: 'off',
  });
  const image = resvg.render();
  // The file's title and description (source, base n, full reference) go with the pixels.
  return { png: pngWithText(image.asPng(), svgTextEntries(svgText), scale), width: image.width, height: image.height };
}
