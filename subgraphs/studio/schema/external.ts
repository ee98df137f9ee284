// Other owners' entities the studio points at: returned as key stubs from soft-reference columns.
import { builder } from '../builder.ts';

const key = builder.selection<{ id: string }>('id');
export const UserRef = builder.externalRef('User', key, (ref) => ref).implement({ externalFields: () => ({}), fields: (t) => ({ id: t.exposeID('id') }) });
export const TenantRef = builder.externalRef('Tenant', key, (ref) => ref).implement({ externalFields: () => ({}), fields: (t) => ({ id: t.exposeID('id') }) });
export const ProjectRef = builder.externalRef('Project', key, (ref) => ref).implement({ externalFields: () => ({}), fields: (t) => ({ id: t.exposeID('id') }) });
export const TemplateRef = builder.externalRef('Template', key, (ref) => ref).implement({ externalFields: () => ({}), fields: (t) => ({ id: t.exposeID('id') }) });
export const PresetRef = builder.externalRef('Preset', key, (ref) => ref).implement({ externalFields: () => ({}), fields: (t) => ({ id: t.exposeID('id') }) });
export const SceneRef = builder.externalRef('Scene', key, (ref) => ref).implement({ externalFields: () => ({}), fields: (t) => ({ id: t.exposeID('id') }) });

/** A key stub for a soft reference, or null when the column is empty. */
export const stub = (id: string | null | undefined) => (id ? { id } : null);
