// Per-request context of the content subgraph: the shared parts plus this owner's DataLoaders.
import type { BaseContext } from '../kit/context.ts';
import { DEFAULT_TENANT_ID, isAdmin, type Caller } from '../kit/auth.ts';
import { loaderById, loaderByGroup } from '../kit/loaders.ts';

/** Catalog rows a caller may see: the platform's and their own tenant's (administrators: all). */
export function catalogTenants(caller: Caller): { tenantId?: { in: string[] } } {
  // Administrators and FlatRender's own services (render pricing a job) see every catalog.
  if (isAdmin(caller) || caller.kind === 'service') return {};
  return { tenantId: { in: caller.kind === 'user' ? [DEFAULT_TENANT_ID, caller.tenantId] : [DEFAULT_TENANT_ID] } };
}

export function createContext(base: BaseContext) {
  const { db, caller } = base;
  const tenants = catalogTenants(caller);
  return {
    ...base,
    loaders: {
      template: loaderById((ids) => db.template.findMany({ where: { id: { in: ids }, ...tenants } })),
      project: loaderById((ids) => db.project.findMany({ where: { id: { in: ids }, ...tenants } })),
      scene: loaderById((ids) => db.scene.findMany({ where: { id: { in: ids }, project: tenants } })),
      preset: loaderById((ids) => db.preset.findMany({ where: { id: { in: ids } } })),
      character: loaderById((ids) => db.character.findMany({ where: { id: { in: ids }, ...(isAdmin(caller) ? {} : { isActive: true }) } })),
      fieldsByScene: loaderByGroup(
        (ids: string[]) => db.sceneField.findMany({ where: { sceneId: { in: ids } }, orderBy: [{ orderValue: 'asc' }, { fieldKey: 'asc' }] }),
        (row) => row.sceneId,
      ),
      charactersByProject: loaderByGroup(
        async (ids: string[]) => (await db.projectCharacter.findMany({
          where: { projectId: { in: ids }, ...(isAdmin(caller) ? {} : { character: { isActive: true } }) },
          include: { character: true },
          orderBy: [{ character: { orderValue: 'asc' } }, { character: { name: 'asc' } }],
        })).map((link) => ({ ...link.character, projectId: link.projectId })),
        (row) => row.projectId,
      ),
      presetsByCharacter: loaderByGroup(
        (ids: string[]) => db.preset.findMany({ where: { characterId: { in: ids } }, orderBy: [{ orderValue: 'asc' }, { name: 'asc' }] }),
        (row) => row.characterId!,
      ),
      category: loaderById((ids) => db.category.findMany({ where: { id: { in: ids } } })),
      // Children of many parents in one statement each, whichever way the parents were loaded.
      projectsByTemplate: loaderByGroup(
        (ids: string[]) => db.project.findMany({
          // Archived (deleted) projects are listed nowhere; their ids still resolve (soft references).
          where: { templateId: { in: ids }, archivedAt: null, ...(isAdmin(caller) ? {} : { publishStatus: 'Published' as const }) },
          orderBy: [{ orderValue: 'asc' }, { createdAt: 'asc' }],
        }),
        (row) => row.templateId,
      ),
      scenesByProject: loaderByGroup(
        (ids: string[]) => db.scene.findMany({ where: { projectId: { in: ids } }, orderBy: [{ orderValue: 'asc' }, { sceneKey: 'asc' }] }),
        (row) => row.projectId,
      ),
      presetsByProject: loaderByGroup(
        (ids: string[]) => db.preset.findMany({ where: { projectId: { in: ids } }, orderBy: [{ orderValue: 'asc' }, { name: 'asc' }, { id: 'asc' }] }),
        (row) => row.projectId!,
      ),
      svgPreviewsByTemplate: loaderByGroup(
        (ids: string[]) => db.templateSvgPreview.findMany({ where: { templateId: { in: ids } } }),
        (row) => row.templateId,
      ),
      assetsByProject: loaderByGroup(
        (ids: string[]) => db.projectAsset.findMany({ where: { projectId: { in: ids } }, orderBy: { name: 'asc' } }),
        (row) => row.projectId,
      ),
    },
  };
}
export type ContentContext = ReturnType<typeof createContext>;
