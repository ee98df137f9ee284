// CatalogDownloadLink: a time-limited signed link to the catalog's copy of an AE file or asset,
// for administrators (render nodes get theirs in RenderFrames commands). Served by content at
// /v1/catalog/... through the router (kit/catalog-links.ts, http/catalog-downloads.ts).
import { builder } from '../builder.ts';
import { ADMIN_LINK_TTL_SECONDS, catalogKeyOf, catalogLinks, type CatalogLink } from '../../kit/catalog-links.ts';
import { AppError, ErrorCode } from '../../kit/errors.ts';
import type { ContentContext } from '../context.ts';

export const CatalogDownloadLinkType = builder.objectRef<CatalogLink>('CatalogDownloadLink').implement({
  description: 'A signed link to download a catalog file, valid until expiresAt (15 minutes).',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'GET it (through the router); Range requests resume a large file.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the link stops working (403 LINK_EXPIRED after).' }),
  }),
});

/** A link to a `storage://catalog/...` object, or null for anything else (an external URL, nothing). */
export function adminLink(ctx: ContentContext, uri: string | null | undefined): CatalogLink | null {
  const key = catalogKeyOf(uri);
  if (!key) return null;
  const links = catalogLinks(ctx.serviceSecret);
  if (!links) throw new AppError(ErrorCode.NOT_IMPLEMENTED, 'Download links need SERVICE_SECRET on the content subgraph.');
  return links.sign(key, ADMIN_LINK_TTL_SECONDS);
}
