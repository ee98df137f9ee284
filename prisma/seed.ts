// Demo data for development (`npm start` seeds it once; never in production): the platform
// tenant with an administrator and a user, a reseller tenant with a partner API key, a catalog of
// templates, audio, files, notifications, a render node and a few finished renders.
import { createHash, randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { hash } from '@node-rs/argon2';
import { PrismaClient } from './generated/client/client.ts';
import { encryptSecret } from '../subgraphs/render/http/hmac.ts';
import { EXPORT_EXTENSION, encodePoster } from '../subgraphs/render/orchestrator/encoder.ts';
import { storage } from '../subgraphs/kit/storage.ts';

export const DEFAULT_TENANT_ID = '00000000-0000-0000-0000-000000000001';
export const ACME_TENANT_ID = '00000000-0000-0000-0000-00000000ac3e';
export const DEMO_IDS = {
  admin: '00000000-0000-4000-8000-000000000001',
  user: '00000000-0000-4000-8000-000000000002',
  reseller: '00000000-0000-4000-8000-000000000003',
} as const;
export const PARTNER_API_KEY = 'frk_demo_acme';
/** A 10% discount code of the FlatRender tenant (three uses per user). */
export const DEMO_DISCOUNT_CODE = 'WELCOME10';
/** HMAC secret of the demo render node node-teh-01 (the simulated node agent signs with it). */
export const DEMO_NODE_ID = '00000000-0000-4000-8000-0000000000e1';
export const DEMO_NODE_SECRET = 'frn_demo_node_teh_01';

export const DEMO_ACCOUNTS = [
  { id: DEMO_IDS.admin, email: 'admin@flatrender.local', role: 'Admin', tenantId: DEFAULT_TENANT_ID, description: 'platform administrator' },
  { id: DEMO_IDS.user, email: 'user@flatrender.local', role: 'User', tenantId: DEFAULT_TENANT_ID, description: 'studio user with a funded wallet and finished renders' },
  { id: DEMO_IDS.reseller, email: 'reseller@acme.test', role: 'TenantAdmin', tenantId: ACME_TENANT_ID, description: 'administrator of the reseller tenant Acme' },
] as const;

export const demoPassword = () => process.env.FLATRENDER_DEMO_PASSWORD ?? 'flatrender-demo';

const TEMPLATES: [slug: string, title: string, category: string][] = [
  ['logo-reveal-glass', 'Glass Logo Reveal', 'logo'],
  ['logo-reveal-ink', 'Ink Logo Reveal', 'logo'],
  ['instagram-story-sale', 'Instagram Story Sale', 'social'],
  ['instagram-post-quote', 'Quote Post', 'social'],
  ['youtube-intro-neon', 'Neon YouTube Intro', 'intro'],
  ['youtube-intro-minimal', 'Minimal YouTube Intro', 'intro'],
  ['nowruz-greeting', 'Nowruz Greeting', 'event'],
  ['wedding-invitation', 'Wedding Invitation', 'event'],
  ['product-promo-3d', '3D Product Promo', 'promo'],
  ['real-estate-tour', 'Real Estate Tour', 'promo'],
  ['restaurant-menu', 'Restaurant Menu', 'promo'],
  ['podcast-audiogram', 'Podcast Audiogram', 'social'],
  ['corporate-slideshow', 'Corporate Slideshow', 'promo'],
  ['kids-birthday', 'Kids Birthday', 'event'],
];

const CATEGORIES: [slug: string, name: string][] = [
  ['logo', 'Logo Reveals'], ['social', 'Social Media'], ['intro', 'Intros'], ['event', 'Events'], ['promo', 'Promotions'],
];

/** Seeds the demo data unless it is already there. Returns false when there was nothing to do. */
export async function seedDemo(databaseUrl: string, log: (line: string) => void = () => {}): Promise<boolean> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  try {
    if (await db.tenant.findUnique({ where: { id: ACME_TENANT_ID } })) return false;
    const passwordHash = await hash(demoPassword(), { memoryCost: 19456, timeCost: 2, parallelism: 1 });

    log('tenants, users, wallets, plans and the partner API key');
    await db.tenant.create({ data: { id: ACME_TENANT_ID, slug: 'acme', name: 'Acme', kind: 'Reseller', contactEmail: 'reseller@acme.test', currency: 'IRR' } });
    await db.tenantBranding.create({ data: { tenantId: ACME_TENANT_ID, displayName: 'Acme Video', primaryColor: '#d9480f', secondaryColor: '#1c7ed6', logoUrl: 'https://cdn.acme.test/logo.svg' } });
    for (const account of DEMO_ACCOUNTS) {
      await db.user.create({ data: { id: account.id, tenantId: account.tenantId, email: account.email, passwordHash, role: account.role, displayName: account.email.split('@')[0], emailVerifiedAt: new Date() } });
      await db.wallet.create({ data: { tenantId: account.tenantId, userId: account.id, balanceMinor: account.id === DEMO_IDS.user ? 500_000_000n : 0n } });
    }
    await db.tenantApiKey.create({
      data: {
        tenantId: ACME_TENANT_ID, name: 'Demo partner key', keyPrefix: PARTNER_API_KEY.slice(0, 12),
        keyHash: createHash('sha256').update(PARTNER_API_KEY).digest('hex'),
        scopes: ['templates:read', 'renders:read', 'renders:write', 'exports:read', 'usage:read'], createdBy: DEMO_IDS.reseller,
      },
    });
    await db.plan.createMany({
      data: [
        { code: 'free', name: 'Free', priceMinor: 0n, durationDays: 30, rendersIncluded: 3, maxResolution: 'HD', maxQuality: 'Medium', watermark: true, storageQuotaBytes: 1n << 30n, exportRetentionDays: 3, sortOrder: 0 },
        { code: 'pro', name: 'Pro', priceMinor: 9_900_000n, durationDays: 30, rendersIncluded: null, maxResolution: 'FourK', maxQuality: 'Lossless', priorityQueue: 'High', storageQuotaBytes: 50n << 30n, exportRetentionDays: 30, sortOrder: 1 },
      ],
    });
    // Try it on a top-up through the local payment gateway: startTopUp(amountMinor: 500000, discountCode: "welcome10").
    await db.discountCode.create({
      data: { tenantId: DEFAULT_TENANT_ID, code: DEMO_DISCOUNT_CODE, discountType: 'Percent', percentOff: 10, appliesTo: 'Any', perUserLimit: 3, maxUses: 1000, createdBy: DEMO_IDS.admin },
    });
    const today = new Date(new Date().toISOString().slice(0, 10));
    await db.tenantUsageDaily.create({ data: { tenantId: ACME_TENANT_ID, usageDate: today, apiRequests: 42n, renderJobs: 3, renderSeconds: 45 } });

    log(`catalog: ${CATEGORIES.length} categories, ${TEMPLATES.length} templates with projects, scenes and presets`);
    const categoryIds: Record<string, string> = {};
    for (const [index, [slug, name]] of CATEGORIES.entries()) {
      categoryIds[slug] = (await db.category.create({ data: { slug, name, orderValue: index } })).id;
    }
    const projects: { id: string; templateId: string; scenes: { id: string; sceneKey: string }[] }[] = [];
    for (const [index, [slug, title, category]] of TEMPLATES.entries()) {
      const template = await db.template.create({
        data: {
          slug, name: title, categoryId: categoryIds[category], publishStatus: 'Published', publishedAt: new Date(),
          description: `${title}: a customisable After Effects template.`, thumbnailUrl: `https://cdn.flatrender.local/templates/${slug}.jpg`,
          isFeatured: index < 3, priceMinor: 2_000_000n + BigInt(index) * 250_000n, renderCount: 100 - index * 5,
        },
      });
      for (const [variant, [aspectRatio, width, height]] of ([['16:9', 1920, 1080], ['9:16', 1080, 1920]] as const).entries()) {
        if (variant === 1 && index % 2 === 1) continue;
        const md5 = createHash('md5').update(`${slug}:${aspectRatio}`).digest('hex');
        const project = await db.project.create({
          data: {
            templateId: template.id, name: `${title} ${aspectRatio}`, aspectRatio, width, height, frameRate: 30, durationSec: 15,
            aepFileUrl: `https://cdn.flatrender.local/aep/${md5}.aep`, aepFileMd5: md5, aepFileSizeBytes: 48_000_000n, aeVersion: '24.0',
            mainComp: 'MAIN', aeStatus: 'Ready', publishStatus: 'Published', thumbnailUrl: `https://cdn.flatrender.local/projects/${md5}.jpg`, orderValue: variant,
          },
        });
        const scenes = [];
        for (const [order, sceneKey] of ['intro', 'main', 'outro'].entries()) {
          const scene = await db.scene.create({
            data: {
              projectId: project.id, sceneKey, name: sceneKey[0].toUpperCase() + sceneKey.slice(1), orderValue: order, durationSec: 5,
              compName: `SCENE_${sceneKey.toUpperCase()}`, isRequired: sceneKey !== 'main',
              fields: {
                create: [
                  { fieldKey: `${sceneKey}_title`, layerName: `TXT_${sceneKey.toUpperCase()}`, fieldType: 'Text', label: 'Title', defaultValue: title, constraints: { max_length: 40 }, orderValue: 0 },
                  { fieldKey: `${sceneKey}_color`, layerName: `CLR_${sceneKey.toUpperCase()}`, fieldType: 'Color', label: 'Colour', defaultValue: '#ffffff', orderValue: 1 },
                ],
              },
            },
          });
          scenes.push({ id: scene.id, sceneKey });
        }
        await db.preset.createMany({
          data: [
            { projectId: project.id, name: 'Classic', presetType: 'Color', values: { intro_color: '#ffffff', outro_color: '#000000' }, isDefault: true, orderValue: 0 },
            { projectId: project.id, name: 'Vivid', presetType: 'Color', values: { intro_color: '#ff006e', outro_color: '#3a86ff' }, orderValue: 1 },
          ],
        });
        projects.push({ id: project.id, templateId: template.id, scenes });
      }
    }

    log('audio library, files, notifications');
    await db.audioTrack.createMany({
      data: [
        ['Sunrise Drive', 'Music', 'upbeat'], ['Calm Waters', 'Music', 'calm'], ['Corporate Rise', 'Music', 'inspiring'],
        ['Tehran Nights', 'Music', 'moody'], ['Whoosh', 'Sfx', null], ['Pop', 'Sfx', null],
      ].map(([title, kind, mood]) => ({
        tenantId: DEFAULT_TENANT_ID, kind: kind as 'Music' | 'Sfx', title: title as string, mood: mood as string | null, durationMs: kind === 'Music' ? 60_000 : 800,
        url: `https://cdn.flatrender.local/audio/${String(title).toLowerCase().replaceAll(' ', '-')}.mp3`,
      })),
    });
    const folder = await db.folder.create({ data: { tenantId: DEFAULT_TENANT_ID, userId: DEMO_IDS.user, name: 'Brand assets', path: '/Brand assets' } });
    await db.file.createMany({
      data: [
        ['logo.png', 'image/png', 182_044n], ['brand-guide.pdf', 'application/pdf', 2_400_112n],
      ].map(([name, mimeType, sizeBytes]) => ({
        tenantId: DEFAULT_TENANT_ID, userId: DEMO_IDS.user, folderId: folder.id, name: name as string, mimeType: mimeType as string,
        sizeBytes: sizeBytes as bigint, storageBucket: 'local', storageKey: `users/${DEMO_IDS.user}/${randomBytes(8).toString('hex')}/${name}`, status: 'Ready',
      })),
    });
    await db.quota.create({ data: { tenantId: DEFAULT_TENANT_ID, userId: DEMO_IDS.user, quotaBytes: 5n << 30n, usedBytes: 2_582_156n, fileCount: 2 } });
    await db.notification.createMany({
      data: [
        { title: 'Welcome to FlatRender', body: 'Pick a template to start your first video.', type: 'welcome', readAt: new Date() },
        { title: 'Your render is ready', body: 'Glass Logo Reveal finished rendering.', type: 'render.completed' },
        { title: 'New templates', body: 'Nowruz templates are here.', type: 'catalog.new' },
      ].map((row) => ({ ...row, tenantId: DEFAULT_TENANT_ID, userId: DEMO_IDS.user })),
    });

    log('a render node, saved projects and finished renders');
    const node = await db.renderNode.create({
      data: {
        id: DEMO_NODE_ID,
        name: 'node-teh-01', region: 'teh', nodeIp: '127.0.0.1', workerPort: 7001, status: 'Online', currentAeVersion: '24.0',
        availableAeVersions: ['23.6', '24.0'], nodeAgentVersion: '1.0.0', ramGb: 64, cpuCores: 16, priority: 10,
        lastHeartbeatAt: new Date(), lastCpuPct: 12, lastRamAvailableMb: 48_000, hmacSecretEnc: encryptSecret(DEMO_NODE_SECRET),
      },
    });
    for (const [index, project] of projects.slice(0, 3).entries()) {
      const saved = await db.savedProject.create({
        data: {
          tenantId: DEFAULT_TENANT_ID, userId: DEMO_IDS.user, projectId: project.id, templateId: project.templateId, name: `My video ${index + 1}`,
          scenes: { create: project.scenes.map((scene, order) => ({ tenantId: DEFAULT_TENANT_ID, sceneKey: scene.sceneKey, sceneId: scene.id, orderValue: order })) },
        },
      });
      const produced = new Date(Date.now() - (index + 1) * 86_400_000);
      // The file the simulated farm's encoder would have written, so its download works.
      const key = `exports/${DEFAULT_TENANT_ID}/seed-${saved.id}.${EXPORT_EXTENSION}`;
      const file = encodePoster(saved.id, 5, 1920, 1080);
      await storage().put(key, file);
      const exported = await db.export.create({
        data: {
          tenantId: DEFAULT_TENANT_ID, userId: DEMO_IDS.user, savedProjectId: saved.id, path: key, fileExtension: EXPORT_EXTENSION, fileType: 'Image',
          sizeBytes: BigInt(file.length), durationSec: 15, width: 1920, height: 1080, renderQuality: 'High', produceDate: produced, autoDeleteDate: new Date(produced.getTime() + 7 * 86_400_000),
        },
      });
      const job = await db.renderJob.create({
        data: {
          tenantId: DEFAULT_TENANT_ID, userId: DEMO_IDS.user, savedProjectId: saved.id, projectId: project.id, name: saved.name, step: 'Completed', renderProgress: 100,
          priceType: 'Cash', paidPriceMinor: 2_000_000n, quality: 'High', resolution: 'FullHD', durationSec: 15, totalFrames: 450, exportId: exported.id,
          queuedAt: new Date(produced.getTime() - 120_000), startedAt: new Date(produced.getTime() - 100_000), completedAt: produced,
        },
      });
      await db.frameJob.create({ data: { renderJobId: job.id, nodeId: node.id, startFrame: 0, endFrame: 449, orderValue: 0, status: 'Done', framesRendered: 450, framesValidated: 450, lastFrame: 449 } });
      await db.renderJobLog.createMany({
        data: [
          { renderJobId: job.id, level: 'info', message: 'queued' },
          { renderJobId: job.id, level: 'info', nodeId: node.id, message: 'frames 0-449 rendered' },
          { renderJobId: job.id, level: 'info', message: 'export ready' },
        ],
      });
    }
    return true;
  } finally {
    await db.$disconnect();
  }
}
