// The encoding step of the simulated farm: nodes render placeholder frames and no After Effects or
// ffmpeg runs here, so the export file is a placeholder poster (PNG, pngjs): one band per frame
// range in the job's colour, sized like the output. A real farm's node uploads its video instead.
import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';

export const EXPORT_EXTENSION = 'png';

export function encodePoster(jobId: string, ranges: number, width: number, height: number): Buffer {
  // A thumbnail-sized poster with the output's aspect ratio keeps the file small.
  const scale = 320 / Math.max(width, height);
  const png = new PNG({ width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) });
  const [r, g, b] = createHash('md5').update(jobId).digest();
  const band = Math.max(1, Math.ceil(png.width / Math.max(1, ranges)));
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (png.width * y + x) << 2;
      const shade = Math.floor(x / band) % 2 === 0 ? 1 : 0.8;
      png.data[i] = Math.round(r * shade);
      png.data[i + 1] = Math.round(g * shade);
      png.data[i + 2] = Math.round(b * shade);
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}
