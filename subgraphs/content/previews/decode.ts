// Raster images into RGBA pixels for tracing: PNG with pngjs, JPEG with jpeg-js.
// Sizes are checked before decoding (a small file may claim billions of pixels), then the image is
// shrunk so tracing stays fast: a colour preview needs shapes, not detail.
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';

export interface Rgba {
  width: number;
  height: number;
  /** width × height × 4 bytes, row by row. */
  data: Uint8Array;
}

/** Largest image accepted, in pixels (40 megapixels). */
export const MAX_PIXELS = 40_000_000;
/** Longest side of the image the tracer sees. */
export const TRACE_SIDE = 512;

/** A decoding problem the image itself causes (recorded as the preview's error). */
export class ImageError extends Error {}

export const isPng = (bytes: Buffer) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
export const isJpeg = (bytes: Buffer) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;

export async function decodeImage(bytes: Buffer): Promise<Rgba> {
  if (isPng(bytes)) {
    // IHDR is always first: width and height at bytes 16 and 20.
    if (bytes.length < 24 || bytes.readUInt32BE(16) * bytes.readUInt32BE(20) > MAX_PIXELS) throw new ImageError(`The image is larger than ${MAX_PIXELS / 1e6} megapixels or damaged.`);
    try {
      const png = PNG.sync.read(bytes);
      return { width: png.width, height: png.height, data: png.data };
    } catch (error) {
      throw new ImageError(`The PNG could not be read: ${(error as Error).message}`);
    }
  }
  if (isJpeg(bytes)) {
    try {
      return jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 512 });
    } catch (error) {
      throw new ImageError(`The JPEG could not be read: ${(error as Error).message}`);
    }
  }
  throw new ImageError('Only PNG and JPEG images can be traced.');
}

/** The image shrunk (nearest pixel) so its longest side is at most `side`; smaller ones stay. */
export function shrink(image: Rgba, side = TRACE_SIDE): Rgba {
  const scale = Math.min(1, side / Math.max(image.width, image.height));
  if (scale === 1) return image;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const sourceRow = Math.min(image.height - 1, Math.floor(y / scale)) * image.width;
    for (let x = 0; x < width; x++) {
      const from = (sourceRow + Math.min(image.width - 1, Math.floor(x / scale))) * 4;
      data.set(image.data.subarray(from, from + 4), (y * width + x) * 4);
    }
  }
  return { width, height, data };
}
