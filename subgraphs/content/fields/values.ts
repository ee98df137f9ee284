// What a value of an editable field may be: the one set of rules for studio's saved projects and
// content's presets. Each problem names the value's path, so a client can point at the input.
import type { FieldType } from '../../../prisma/generated/client/enums.ts';
import { isUuid } from '../../kit/errors.ts';

/** Longest text a Text field takes when its definition sets no max_length. */
export const DEFAULT_TEXT_MAX = 500;
const URL_MAX = 2048;
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** A field definition's constraints as stored in scene_fields.constraints (snake_case keys). */
export interface Constraints {
  maxLength?: number;
  palette?: string[];
  mimeTypes?: string[];
  aspectRatio?: string;
}

export interface FieldDefinition {
  key: string;
  type: FieldType;
  constraints: Constraints;
}

export interface Problem {
  code: 'INVALID_FIELD' | 'INVALID_SCENE' | 'BAD_USER_INPUT';
  /** Where in the input, e.g. `scenes[1].fieldValues.intro_title`. */
  path: string;
  message: string;
}

/** Reads the stored JSON (`{ max_length, palette, mime, aspect }`), ignoring what is malformed. */
export function readConstraints(json: unknown): Constraints {
  const raw = (json && typeof json === 'object' && !Array.isArray(json) ? json : {}) as Record<string, unknown>;
  const strings = (value: unknown) => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined);
  return {
    maxLength: typeof raw.max_length === 'number' ? raw.max_length : undefined,
    palette: strings(raw.palette),
    mimeTypes: strings(raw.mime),
    aspectRatio: typeof raw.aspect === 'string' ? raw.aspect : undefined,
  };
}

/** The stored JSON of constraints (only the keys that are set). */
export function writeConstraints(c: Constraints): Record<string, unknown> {
  return Object.fromEntries(Object.entries({ max_length: c.maxLength, palette: c.palette, mime: c.mimeTypes, aspect: c.aspectRatio }).filter(([, v]) => v !== undefined));
}

const isWebUrl = (value: string) => {
  if (value.length > URL_MAX) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/**
 * Checks one value against one definition. null is always accepted: it clears the value (the
 * field's default applies). Character values are character ids; `characters` are the ids allowed.
 */
export function checkValue(field: FieldDefinition, value: unknown, path: string, characters?: ReadonlySet<string>): Problem | null {
  if (value === null) return null;
  const bad = (message: string): Problem => ({ code: 'BAD_USER_INPUT', path, message: `${path}: ${message}` });
  switch (field.type) {
    case 'Text': {
      if (typeof value !== 'string') return bad('must be text.');
      const max = field.constraints.maxLength ?? DEFAULT_TEXT_MAX;
      // Characters as people count them (Persian and emoji included), not UTF-16 units.
      if ([...value].length > max) return bad(`must be at most ${max} characters.`);
      if (value.includes('\u0000')) return bad('must not contain NUL characters.');
      return null;
    }
    case 'Color': {
      if (typeof value !== 'string' || !HEX_COLOR.test(value)) return bad('must be a colour like #ff006e.');
      const palette = field.constraints.palette;
      if (palette?.length && !palette.some((c) => c.toLowerCase() === value.toLowerCase())) return bad(`must be one of the palette's colours (${palette.join(', ')}).`);
      return null;
    }
    case 'Image':
    case 'Video':
      // A link to the file, or the id of one of the user's files.
      if (typeof value !== 'string' || !(isWebUrl(value) || isUuid(value))) return bad(`must be an http(s) URL or a file id.`);
      return null;
    case 'Character':
      if (!isUuid(value)) return bad('must be a character id.');
      if (characters && !characters.has(value.toLowerCase())) return bad('is not a character this project offers.');
      return null;
    default:
      return bad('has an unknown field type.');
  }
}

/**
 * Checks an object of field key to value against the definitions it may use: an unknown key is
 * INVALID_FIELD, a wrong value BAD_USER_INPUT. A key defined several times (the same key in two
 * scenes) must satisfy every definition.
 */
export function checkValues(values: unknown, definitions: ReadonlyMap<string, FieldDefinition[]>, path: string, characters?: ReadonlySet<string>): Problem[] {
  if (values === null || values === undefined) return [];
  if (typeof values !== 'object' || Array.isArray(values)) return [{ code: 'BAD_USER_INPUT', path, message: `${path} must be an object of field key to value.` }];
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(values)) {
    const at = `${path}.${key}`;
    const defs = definitions.get(key);
    if (!defs) {
      problems.push({ code: 'INVALID_FIELD', path: at, message: `${at}: the project has no field "${key.slice(0, 64)}".` });
      continue;
    }
    for (const def of defs) {
      const problem = checkValue(def, value, at, characters);
      if (problem) {
        problems.push(problem);
        break;
      }
    }
  }
  return problems;
}

/** Definitions grouped by key. */
export function byKey(definitions: FieldDefinition[]): Map<string, FieldDefinition[]> {
  const map = new Map<string, FieldDefinition[]>();
  for (const def of definitions) map.set(def.key, [...(map.get(def.key) ?? []), def]);
  return map;
}
