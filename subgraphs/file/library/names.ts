// What a folder or file may be called. Names are only ever data (storage keys are ids), but they
// build the folders' materialized paths (/a/b), so a name holds no slash and is never . or ..
import { badInput } from '../../kit/errors.ts';

/** Longest name, in characters. */
export const MAX_NAME_LENGTH = 255;

// Control characters (C0, DEL, C1) and the path separators of any platform a user downloads to.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f/\\]/;

/** The name trimmed and NFC-normalized, or BAD_USER_INPUT saying what is wrong. */
export function cleanName(raw: string, field = 'name'): string {
  const name = raw.normalize('NFC').trim();
  if (!name) throw badInput('A name cannot be empty.', field);
  if (name.length > MAX_NAME_LENGTH) throw badInput(`A name is at most ${MAX_NAME_LENGTH} characters.`, field);
  if (name === '.' || name === '..') throw badInput('"." and ".." are not names.', field);
  if (FORBIDDEN.test(name)) throw badInput('A name cannot contain slashes, backslashes or control characters.', field);
  return name;
}
