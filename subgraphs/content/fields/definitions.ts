// What an administrator may define as a scene and its editable fields: keys in their documented
// shape, constraints that fit the field's type, and a default value that obeys them.
import type { FieldType } from '../../../prisma/generated/client/enums.ts';
import { badInput } from '../../kit/errors.ts';
import { checkValue, writeConstraints, type Constraints } from './values.ts';

export const FIELD_KEY = /^[a-z][a-z0-9_]{0,63}$/;
export const SCENE_KEY = /^[a-z][a-z0-9_-]{0,63}$/;
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const MIME = /^[a-z]+\/[a-z0-9.+*-]+$/;
const ASPECT = /^\d{1,2}:\d{1,2}$/;

export interface FieldInput {
  key: string;
  type: FieldType;
  label: string;
  layerName: string;
  defaultValue?: unknown;
  required?: boolean | null;
  order?: number | null;
  constraints?: { maxLength?: number | null; palette?: string[] | null; mimeTypes?: string[] | null; aspectRatio?: string | null } | null;
}

/** A checked field, ready for scene_fields. */
export interface FieldRow {
  fieldKey: string;
  fieldType: FieldType;
  label: string;
  layerName: string;
  defaultValue: unknown;
  isRequired: boolean;
  orderValue: number;
  constraints: Record<string, unknown>;
}

/** Text of 1 to `max` characters, trimmed. */
export function text(value: string, field: string, max = 200): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > max) throw badInput(`${field} must be 1 to ${max} characters.`, field);
  return trimmed;
}

export function optionalUrl(value: string | null | undefined, field: string): string | null | undefined {
  if (value === undefined || value === null) return value;
  try {
    const url = new URL(value);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && value.length <= 2048) return value;
  } catch { /* refused below */ }
  throw badInput(`${field} must be an http(s) URL.`, field);
}

export function order(value: number | null | undefined, field: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > 10_000) throw badInput(`${field} must be a whole number from 0 to 10000.`, field);
  return value;
}

function constraintsOf(type: FieldType, input: FieldInput['constraints'], path: string): Constraints {
  const c: Constraints = {};
  if (!input) return c;
  const only = (name: string, types: FieldType[]) => {
    if (!types.includes(type)) throw badInput(`${path}.${name} applies to ${types.join(' and ')} fields only.`, `${path}.${name}`);
  };
  if (input.maxLength !== null && input.maxLength !== undefined) {
    only('maxLength', ['Text']);
    if (!Number.isInteger(input.maxLength) || input.maxLength < 1 || input.maxLength > 10_000) throw badInput(`${path}.maxLength must be 1 to 10000.`, `${path}.maxLength`);
    c.maxLength = input.maxLength;
  }
  if (input.palette) {
    only('palette', ['Color']);
    if (input.palette.length > 64 || !input.palette.every((color) => HEX_COLOR.test(color))) throw badInput(`${path}.palette must be at most 64 colours like #ff006e.`, `${path}.palette`);
    c.palette = input.palette.map((color) => color.toLowerCase());
  }
  if (input.mimeTypes) {
    only('mimeTypes', ['Image', 'Video']);
    if (input.mimeTypes.length > 32 || !input.mimeTypes.every((m) => MIME.test(m))) throw badInput(`${path}.mimeTypes must be MIME types like image/png.`, `${path}.mimeTypes`);
    c.mimeTypes = input.mimeTypes;
  }
  if (input.aspectRatio !== null && input.aspectRatio !== undefined) {
    only('aspectRatio', ['Image', 'Video']);
    if (!ASPECT.test(input.aspectRatio)) throw badInput(`${path}.aspectRatio must look like 16:9.`, `${path}.aspectRatio`);
    c.aspectRatio = input.aspectRatio;
  }
  return c;
}

/** Checks a scene's field list: keys unique and well-formed, constraints and defaults valid. */
export function fieldRows(fields: FieldInput[], path = 'fields'): FieldRow[] {
  if (fields.length > 100) throw badInput(`${path}: a scene has at most 100 fields.`, path);
  const seen = new Set<string>();
  return fields.map((field, index) => {
    const at = `${path}[${index}]`;
    if (!FIELD_KEY.test(field.key)) throw badInput(`${at}.key must be lowercase letters, digits and _ (starting with a letter, 64 at most).`, `${at}.key`);
    if (seen.has(field.key)) throw badInput(`${at}.key "${field.key}" is defined twice.`, `${at}.key`);
    seen.add(field.key);
    const constraints = constraintsOf(field.type, field.constraints, `${at}.constraints`);
    const defaultValue = field.defaultValue ?? null;
    const problem = checkValue({ key: field.key, type: field.type, constraints }, defaultValue, `${at}.defaultValue`);
    if (problem) throw badInput(problem.message, problem.path);
    return {
      fieldKey: field.key,
      fieldType: field.type,
      label: text(field.label, `${at}.label`),
      layerName: text(field.layerName, `${at}.layerName`),
      defaultValue,
      isRequired: field.required ?? false,
      orderValue: order(field.order, `${at}.order`) ?? index,
      constraints: writeConstraints(constraints),
    };
  });
}
