// Asks content whether a customisation fits its project. Studio never reads content's tables:
// content owns the field definitions, so it judges the values (customisationCheck, a
// service-only query) and studio writes nothing unless content found no problem.
import type { Caller } from '../../kit/auth.ts';
import { isAdmin } from '../../kit/auth.ts';
import { AppError, ErrorCode, notFound } from '../../kit/errors.ts';
import type { Peers } from '../../kit/peers.ts';

export interface SceneChoice {
  sceneId: string;
  fieldValues?: unknown;
}

export interface ContentScene {
  id: string;
  sceneKey: string;
  order: number;
  durationSec: number;
  isRequired: boolean;
}

export interface Customisation {
  projectId: string;
  templateId: string;
  published: boolean;
  presetId: string | null;
  presetValues: Record<string, unknown> | null;
  scenes: ContentScene[];
}

interface Problem {
  code: string;
  path: string;
  message: string;
}

const CHECK = `query($projectId: ID!, $tenantId: ID, $fieldValues: JSON, $scenes: [SceneChoiceInput!], $presetId: String, $withDefaultPreset: Boolean) {
  customisationCheck(projectId: $projectId, tenantId: $tenantId, fieldValues: $fieldValues, scenes: $scenes, presetId: $presetId, withDefaultPreset: $withDefaultPreset) {
    projectId templateId published presetId presetValues
    scenes { id sceneKey order durationSec isRequired }
    problems { code path message }
  }
}`;

const CODES: Record<string, ErrorCode> = { INVALID_FIELD: ErrorCode.INVALID_FIELD, INVALID_SCENE: ErrorCode.INVALID_SCENE };

export interface CheckRequest {
  projectId: string;
  fieldValues?: unknown;
  scenes?: SceneChoice[] | null;
  presetId?: string | null;
  withDefaultPreset?: boolean;
}

/**
 * Content's verdict on a customisation; throws the first problem as the error (all of them in
 * `extensions.problems`), NOT_FOUND when the caller's tenant cannot use the project.
 */
export async function checkWithContent(peers: Peers, caller: Caller, request: CheckRequest): Promise<Customisation> {
  const { customisationCheck: check } = await peers.asService<{ customisationCheck: (Customisation & { problems: Problem[] }) | null }>('content', CHECK, {
    projectId: request.projectId,
    // Administrators customise any catalog's project; others their tenant's and the platform's.
    tenantId: isAdmin(caller) || caller.kind !== 'user' ? null : caller.tenantId,
    fieldValues: request.fieldValues ?? null,
    scenes: request.scenes ?? null,
    presetId: request.presetId ?? null,
    withDefaultPreset: request.withDefaultPreset ?? false,
  });
  if (!check) throw notFound('Project', request.projectId);
  const [first] = check.problems;
  if (first) {
    throw new AppError(CODES[first.code] ?? ErrorCode.BAD_USER_INPUT, first.message, {
      field: first.path,
      problems: check.problems.map(({ code, path, message }) => ({ code, field: path, message })),
    });
  }
  return check;
}
