// AudioTrack: music and sound effects from the library, and a user's own voiceovers and uploads.
import { builder } from '../builder.ts';
import { AudioKind } from '../../../prisma/generated/client/enums.ts';
import { DEFAULT_TENANT_ID } from '../../kit/auth.ts';
import type { StudioContext } from '../context.ts';
import type { Prisma } from '../../../prisma/generated/client/client.ts';

export const AudioKindEnum = builder.enumType(AudioKind, { name: 'AudioKind', description: 'Music, sound effect or voiceover.' });

export const AudioTrackType = builder.prismaObject('AudioTrack', {
  description: 'An audio track: library music or sound effect, or a user\'s voiceover.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Track id.' }),
    kind: t.expose('kind', { type: AudioKindEnum, description: 'Music, sfx or voiceover.' }),
    title: t.exposeString('title', { description: 'Title.' }),
    artist: t.exposeString('artist', { nullable: true, description: 'Artist.' }),
    mood: t.exposeString('mood', { nullable: true, description: 'Mood tag.' }),
    durationMs: t.exposeInt('durationMs', { description: 'Length in milliseconds.' }),
    url: t.exposeString('url', { description: 'Where to play it from.' }),
    isPremium: t.exposeBoolean('isPremium', { description: 'Needs a paid plan.' }),
  }),
});

builder.asEntity(AudioTrackType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.audioTrack.load(id),
});

function libraryWhere(ctx: StudioContext, kind?: AudioKind | null, search?: string | null): Prisma.AudioTrackWhereInput {
  const q = search?.trim().slice(0, 100);
  const tenants = [DEFAULT_TENANT_ID, ...(ctx.caller.kind === 'user' ? [ctx.caller.tenantId] : [])];
  return {
    isActive: true,
    OR: [{ userId: null, tenantId: { in: tenants } }, ...(ctx.caller.kind === 'user' ? [{ userId: ctx.caller.userId }] : [])],
    ...(kind ? { kind } : {}),
    ...(q ? { title: { contains: q, mode: 'insensitive' as const } } : {}),
  };
}

builder.queryFields((t) => ({
  audioTracks: t.prismaConnection({
    type: AudioTrackType,
    cursor: 'id',
    description: 'Library tracks and your own, by title.',
    args: {
      kind: t.arg({ type: AudioKindEnum, required: false, description: 'Only this kind.' }),
      search: t.arg.string({ required: false, description: 'Part of the title.' }),
    },
    totalCount: (_root, args, ctx) => ctx.db.audioTrack.count({ where: libraryWhere(ctx, args.kind, args.search) }),
    resolve: (query, _root, args, ctx) => ctx.db.audioTrack.findMany({ ...query, where: libraryWhere(ctx, args.kind, args.search), orderBy: [{ title: 'asc' }, { id: 'asc' }] }),
  }, { description: 'A page of audio tracks.' }),
}));
