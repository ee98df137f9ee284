// Which files users may keep, and what a file really is: its type comes from its first bytes
// (magic numbers), not from the name or the type the client declared. No maintained sniffing
// library (file-type) is installed, so this knows the allow-list's signatures and nothing more.

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

/** Bytes of the file's head sniffType needs (an .aepx names its root element after the XML prolog). */
export const SNIFF_BYTES = 512;

export const isAllowedType = (type: string): type is AllowedType => (ALLOWED_TYPES as readonly string[]).includes(type);

const at = (head: Buffer, offset: number, text: string) => head.subarray(offset, offset + text.length).toString('latin1') === text;
const bytesAt = (head: Buffer, offset: number, bytes: number[]) => bytes.every((b, i) => head[offset + i] === b);

/** The allowed type these first bytes are, or null (unknown or not allowed). */
export function sniffType(head: Buffer): AllowedType | null {
  if (bytesAt(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (bytesAt(head, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (at(head, 0, 'GIF87a') || at(head, 0, 'GIF89a')) return 'image/gif';
  if (at(head, 0, 'RIFF') && at(head, 8, 'WEBP')) return 'image/webp';
  if (at(head, 0, 'RIFF') && at(head, 8, 'WAVE')) return 'audio/wav';
  if (at(head, 4, 'ftyp')) {
    const brand = head.subarray(8, 12).toString('latin1');
    if (brand === 'qt  ') return 'video/quicktime';
    if (brand === 'M4A ' || brand === 'M4B ') return 'audio/mp4';
    return 'video/mp4';
  }
  if (bytesAt(head, 0, [0x1a, 0x45, 0xdf, 0xa3])) return 'video/webm';
  if (at(head, 0, 'ID3') || (head[0] === 0xff && (head[1] & 0xe0) === 0xe0 && (head[1] & 0x06) !== 0)) return 'audio/mpeg';
  if (at(head, 0, 'OggS')) return 'audio/ogg';
  if (at(head, 0, 'fLaC')) return 'audio/flac';
  if (bytesAt(head, 0, [0x00, 0x01, 0x00, 0x00, 0x00]) || at(head, 0, 'true')) return 'font/ttf';
  if (at(head, 0, 'OTTO')) return 'font/otf';
  if (at(head, 0, 'wOFF')) return 'font/woff';
  if (at(head, 0, 'wOF2')) return 'font/woff2';
  if (at(head, 0, '%PDF-')) return 'application/pdf';
  // .aep: a big-endian RIFF container ("RIFX") whose form type is "Egg!".
  if (at(head, 0, 'RIFX') && at(head, 8, 'Egg!')) return AE_PROJECT;
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
