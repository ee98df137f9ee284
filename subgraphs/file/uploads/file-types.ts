// Which files users may keep, and what a file really is: its type comes from its content, not
// from its name or the type the client declared. The `file-type` package knows the common formats
// (and checks more than the first bytes: a PNG needs its IHDR chunk, a WebM its EBML DocType);
// After Effects projects, which it does not know, are two detectors of ours that run first.
import { Readable } from 'node:stream';
import { FileTypeParser, type Detector, type FileTypeResult } from 'file-type';

/** After Effects projects: the binary .aep (RIFX) and its XML twin .aepx (no registered type of its own). */
export const AE_PROJECT = 'application/vnd.adobe.aftereffects.project';
export const AE_PROJECT_XML = 'application/vnd.adobe.aftereffects.project+xml';

/** The types users may upload: footage, images, audio, fonts and documents for their templates, and AE projects. */
export const ALLOWED_TYPES = [
  'image/png', 'image/jpeg', 'image/gif', 'image/webp',
  'video/mp4', 'video/quicktime', 'video/webm',
  'audio/mpeg', 'audio/wav', 'audio/ogg', 'audio/flac', 'audio/mp4',
  'font/ttf', 'font/otf', 'font/woff', 'font/woff2',
  'application/pdf',
  AE_PROJECT, AE_PROJECT_XML,
] as const;

export type AllowedType = (typeof ALLOWED_TYPES)[number];

export const isAllowedType = (type: string): type is AllowedType => (ALLOWED_TYPES as readonly string[]).includes(type);

/**
 * file-type's names for formats we keep under another (the allow-list's) name: an animated PNG
 * is still a PNG to every reader, M4A/M4V are MP4 brands, Opus is Ogg audio.
 */
const SAME_AS: Record<string, AllowedType> = {
  'image/apng': 'image/png',
  'audio/x-m4a': 'audio/mp4',
  'video/x-m4v': 'video/mp4',
  'audio/ogg; codecs=opus': 'audio/ogg',
  'audio/x-flac': 'audio/flac',
  'audio/x-wav': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
};

/** Bytes of the head the After Effects checks read (an .aepx names its root element after the XML prolog). */
const AE_HEAD_BYTES = 512;

/** The AE type these first bytes are, or null. */
export function aeProjectType(head: Buffer): AllowedType | null {
  // .aep: a big-endian RIFF container ("RIFX") whose form type is "Egg!".
  if (head.subarray(0, 4).toString('latin1') === 'RIFX' && head.subarray(8, 12).toString('latin1') === 'Egg!') return AE_PROJECT;
  if (isAeProjectXml(head)) return AE_PROJECT_XML;
  return null;
}

/**
 * An .aepx: XML (optional BOM, prolog and comments) whose root element is <AfterEffectsProject>.
 * Any other XML (SVG, HTML) stays refused.
 */
function isAeProjectXml(head: Buffer): boolean {
  let text = head.toString('utf8');
  if (text.startsWith('\ufeff')) text = text.slice(1);
  text = text.replace(/^\s*<\?xml[^>]*\?>/, '').replace(/^(\s*<!--[\s\S]*?-->)*/, '').trimStart();
  return /^<AfterEffectsProject[\s>]/.test(text);
}

/** Our After Effects checks as a file-type detector: peeks the head, leaves the position alone. */
const afterEffects: Detector = {
  id: 'flatrender.after-effects',
  async detect(tokenizer) {
    const head = new Uint8Array(AE_HEAD_BYTES);
    const length = await tokenizer.peekBuffer(head, { mayBeLess: true });
    const type = aeProjectType(Buffer.from(head.buffer, 0, length));
    return type ? ({ ext: type === AE_PROJECT ? 'aep' : 'aepx', mime: type } as unknown as FileTypeResult) : undefined;
  },
};

const parser = new FileTypeParser({ customDetectors: [afterEffects] });

const allowed = (found: FileTypeResult | undefined): AllowedType | null => {
  if (!found) return null;
  const type = SAME_AS[found.mime] ?? found.mime;
  return isAllowedType(type) ? type : null;
};

/**
 * The allowed type of a file, or null (unknown, or not allowed). A stream is read only as far as
 * detection needs and then destroyed. A stream that fails (the storage) rejects with its error:
 * that is not the file's fault, so it must not read as "unsupported".
 */
export async function sniffType(content: Readable | Uint8Array): Promise<AllowedType | null> {
  if (content instanceof Uint8Array) return allowed(await parser.fromBuffer(content).catch(() => undefined));
  let sourceError: unknown;
  const remember = (error: unknown) => {
    sourceError ??= error;
  };
  content.on('error', remember);
  let found: FileTypeResult | undefined;
  try {
    // The tokenizer reads exact byte counts: a byte stream, whatever mode the source is in.
    found = await parser.fromStream(Readable.from(content, { objectMode: false }));
  } catch {
    // file-type refuses input it cannot make sense of by throwing: not a type we know, then.
    found = undefined;
  } finally {
    content.destroy();
  }
  if (sourceError) throw sourceError;
  return allowed(found);
}
