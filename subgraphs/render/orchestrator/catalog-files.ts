// What a node needs to fetch for a frame job: the AE project file and the project's named assets,
// as frozen on the render job at submission. Copies kept by the catalog (storage://catalog/...)
// get links signed for the node (served by content at /v1/catalog/..., kit/catalog-links.ts);
// an http(s) address (an external CDN) passes as it is. Signed when the command is handed over,
// never stored: a link lives NODE_LINK_TTL_SECONDS and the command row outlives it.
import { NODE_LINK_TTL_SECONDS, catalogKeyOf, type CatalogLinks } from '../../kit/catalog-links.ts';

/** A project as render_config.project freezes it (the fields used here). */
interface FrozenProject {
  aepFileUrl?: string | null;
  assets?: { name: string; kind: string; url: string; md5: string | null; sizeBytes: number | string }[] | null;
}

/** The RenderFrames payload's extra fields (free-form in the contract's pending_commands). */
export interface RenderFiles {
  /** Where to download the AE file (null: nowhere this server can point to). */
  aep_file_url: string | null;
  /** When the signed links stop working (null when nothing is signed). */
  links_expire_at: string | null;
  /** Named assets the AE project references, each with where to download it. */
  assets: { name: string; kind: string; url: string | null; md5: string | null; size_bytes: number }[];
}

const isHttp = (url: string | null | undefined): url is string => typeof url === 'string' && /^https?:\/\//i.test(url);

export function renderFiles(links: CatalogLinks | null, renderConfig: unknown, now = Date.now()): RenderFiles {
  const project = ((renderConfig as { project?: FrozenProject } | null)?.project ?? {}) as FrozenProject;
  let expiresAt: Date | null = null;
  const linkTo = (uri: string | null | undefined): string | null => {
    const key = catalogKeyOf(uri);
    if (key && links) {
      const signed = links.sign(key, NODE_LINK_TTL_SECONDS, now);
      expiresAt = signed.expiresAt;
      return signed.url;
    }
    return isHttp(uri) ? uri : null;
  };
  const aepFileUrl = linkTo(project.aepFileUrl);
  const assets = (project.assets ?? []).map((asset) => ({
    name: asset.name, kind: asset.kind, url: linkTo(asset.url), md5: asset.md5 ?? null, size_bytes: Number(asset.sizeBytes),
  }));
  return { aep_file_url: aepFileUrl, links_expire_at: (expiresAt as Date | null)?.toISOString() ?? null, assets };
}
