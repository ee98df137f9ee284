// serviceFile: another FlatRender service (content) asks who owns a stored file and what it is,
// before copying it into the catalog. Service-only and @inaccessible: clients never see it, and
// it answers for any user's file because the asking service checks the ownership itself.
import type { File } from '../../../prisma/generated/client/client.ts';
import { builder } from '../builder.ts';
import { isUuid } from '../../kit/errors.ts';

const ServiceFileType = builder.objectRef<File>('ServiceFile').implement({
  inaccessible: true,
  description: 'A ready file as the file service stores it (services only).',
  fields: (t) => ({
    id: t.exposeID('id'),
    tenantId: t.exposeID('tenantId', { description: 'Tenant of its owner.' }),
    userId: t.exposeID('userId', { description: 'Its owner.' }),
    name: t.exposeString('name'),
    mimeType: t.exposeString('mimeType', { description: 'As sniffed from its content.' }),
    sizeBytes: t.expose('sizeBytes', { type: 'BigInt' }),
    sha256: t.exposeString('checksum', { nullable: true, description: 'SHA-256 of the content, hex.' }),
    storageKey: t.exposeString('storageKey', { description: 'Key of the object in the shared storage.' }),
  }),
});

builder.queryFields((t) => ({
  serviceFile: t.field({
    type: ServiceFileType,
    nullable: true,
    inaccessible: true,
    description: 'A ready file that is not in the trash, whoever owns it (services only); null otherwise.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) =>
      isUuid(String(id)) ? ctx.db.file.findFirst({ where: { id: String(id), deletedAt: null, status: 'Ready' } }) : null,
  }),
}));
