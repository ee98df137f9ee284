// SavedProjectSfx: a sound effect placed on a saved project's timeline.
import { builder } from '../builder.ts';
import { AudioTrackType } from './audio-track.ts';

export const SavedProjectSfxType = builder.prismaObject('SavedProjectSfx', {
  description: 'A sound effect placed on a saved project\'s timeline; its volume is the saved project\'s sfxVolume.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Placement id.' }),
    sceneKey: t.exposeString('sceneKey', { nullable: true, description: 'Scene the start is relative to; null: from the start of the video.' }),
    startMs: t.exposeInt('startMs', { description: 'Where it starts, in milliseconds.' }),
    track: t.field({
      type: AudioTrackType,
      nullable: true,
      description: 'The sound effect.',
      resolve: (row, _args, ctx) => ctx.loaders.audioTrack.load(row.audioTrackId),
    }),
  }),
});

export const SfxPlacementInput = builder.inputType('SfxPlacementInput', {
  description: 'A sound effect on the timeline.',
  fields: (t) => ({
    audioTrackId: t.id({ required: true, description: 'A sound-effect track.' }),
    sceneKey: t.string({ required: false, description: 'A chosen scene the start is relative to; omit for the start of the video.' }),
    startMs: t.int({ required: true, description: 'Milliseconds, 0 to 3600000.' }),
  }),
});
