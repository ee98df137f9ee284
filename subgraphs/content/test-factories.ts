// Factories for tests of content and studio: catalog rows written straight to the database, and
// access tokens for made-up callers (no identity subgraph needed).
import { randomUUID } from 'node:crypto';
import { DEFAULT_TENANT_ID, TokenSigner, type Role } from '../kit/auth.ts';
import type { PrismaClient } from '../../prisma/generated/client/client.ts';
import type { FieldType } from '../../prisma/generated/client/enums.ts';

export interface TestCaller {
  userId: string;
  tenantId: string;
  token: string;
}

/** A signed access token for a new user of a tenant. */
export async function callerToken(privateKeyPem: string, role: Role = 'User', tenantId = DEFAULT_TENANT_ID): Promise<TestCaller> {
  const signer = await TokenSigner.fromPem(privateKeyPem);
  const userId = randomUUID();
  return { userId, tenantId, token: await signer.sign({ kind: 'user', userId, tenantId, role, sessionId: randomUUID() }) };
}

export interface FieldSpec {
  key: string;
  type: FieldType;
  constraints?: Record<string, unknown>;
}

export interface SceneSpec {
  key: string;
  required?: boolean;
  durationSec?: number;
  fields?: FieldSpec[];
}

const unique = () => randomUUID().slice(0, 8);

/** A template with one project and its scenes; published with an AE file unless told otherwise. */
export async function catalogProject(db: PrismaClient, options: {
  templateName?: string;
  templateSlug?: string;
  projectName?: string;
  aspectRatio?: string;
  published?: boolean;
  aeFile?: boolean;
  tenantId?: string;
  scenes?: SceneSpec[];
} = {}) {
  const published = options.published ?? true;
  const name = options.templateName ?? `Template ${unique()}`;
  const template = await db.template.create({
    data: {
      name, slug: options.templateSlug ?? `t-${unique()}`, tenantId: options.tenantId ?? DEFAULT_TENANT_ID,
      publishStatus: published ? 'Published' : 'Draft', publishedAt: published ? new Date() : null,
    },
  });
  const [w, h] = options.aspectRatio === '9:16' ? [1080, 1920] : options.aspectRatio === '1:1' ? [1080, 1080] : [1920, 1080];
  const aeFile = options.aeFile ?? true;
  const project = await db.project.create({
    data: {
      templateId: template.id, tenantId: options.tenantId ?? DEFAULT_TENANT_ID, name: options.projectName ?? `${name} ${options.aspectRatio ?? '16:9'}`,
      aspectRatio: options.aspectRatio ?? '16:9', width: w, height: h,
      aepFileUrl: aeFile ? `https://cdn.example/${unique()}.aep` : null, aeStatus: aeFile ? 'Ready' : 'Missing',
      publishStatus: published ? 'Published' : 'Draft',
    },
  });
  const scenes = [];
  for (const [order, spec] of (options.scenes ?? []).entries()) {
    scenes.push(await db.scene.create({
      data: {
        projectId: project.id, sceneKey: spec.key, name: spec.key, orderValue: order, durationSec: spec.durationSec ?? 5, isRequired: spec.required ?? false,
        fields: { create: (spec.fields ?? []).map((f, i) => ({ fieldKey: f.key, fieldType: f.type, label: f.key, layerName: `L_${f.key}`, constraints: (f.constraints ?? {}) as object, orderValue: i })) },
      },
    }));
  }
  return { template, project, scenes };
}
