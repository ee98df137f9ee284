// Raster → SVG tracing, behind one function so the library is a plug: imagetracerjs (colour
// quantisation into filled paths, Unlicense, no dependencies). What comes
// back is normalised here, whatever the library: fills as #rrggbb and the list of colours, which
// become the preview's colour slots.
import ImageTracer from 'imagetracerjs';
import type { Rgba } from './decode.ts';

/** Colours the tracer reduces an image to (each becomes a slot an administrator can map). */
export const TRACE_COLOURS = 12;

/** The tracer failed: recorded on the preview, never the caller's fault. */
export class TracingError extends Error {}

/** SVG markup of the image. */
export async function traceToSvg(image: Rgba): Promise<string> {
  const data = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return ImageTracer.imagedataToSVG({ width: image.width, height: image.height, data }, {
    numberofcolors: TRACE_COLOURS, colorquantcycles: 3, pathomit: 8, ltres: 1, qtres: 1, roundcoords: 1,
    strokewidth: 0, viewbox: true, desc: false, blurradius: 0,
  });
}

const hex = (n: string) => Number(n).toString(16).padStart(2, '0');

/**
 * The SVG with every rgb(r,g,b) colour written #rrggbb (the form colour slots use), and its fill
 * colours, most used first. Refuses anything that is not plain SVG markup.
 */
export function normaliseSvg(svg: string): { svg: string; fills: string[] } {
  const markup = svg.trim();
  if (!/^<svg[\s>]/.test(markup) || !markup.endsWith('</svg>') || /<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(markup)) {
    throw new TracingError('The tracer did not produce plain SVG markup.');
  }
  const normalised = markup.replace(/rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)/g, (_all, r: string, g: string, b: string) => `#${hex(r)}${hex(g)}${hex(b)}`);
  const counts = new Map<string, number>();
  for (const [tag] of normalised.matchAll(/<(?:path|rect|polygon|circle|ellipse)\b[^>]*>/g)) {
    const fill = /\sfill="(#[0-9a-f]{6})"/.exec(tag)?.[1];
    // Transparent areas come out as invisible paths: nothing to recolour.
    if (!fill || Number(/\sopacity="([\d.]+)"/.exec(tag)?.[1] ?? 1) === 0) continue;
    counts.set(fill, (counts.get(fill) ?? 0) + 1);
  }
  return { svg: normalised, fills: [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([fill]) => fill) };
}
