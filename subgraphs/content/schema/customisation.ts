// customisationCheck: the studio subgraph asks content, with the service credential, whether a
// saved project's scene choice and field values fit the project (content owns the field
// definitions). Service-only and @inaccessible: clients never see it.
import { builder } from '../builder.ts';
import { DEFAULT_TENANT_ID } from '../../kit/auth.ts';
import { uuidArg } from '../../kit/errors.ts';
import { checkCustomisation, type CustomisationCheck, type ProjectScene } from '../fields/customisation.ts';
import type { Problem } from '../fields/values.ts';

const SceneChoiceInput = builder.inputType('SceneChoiceInput', {
  inaccessible: true,
  description: 'A chosen scene with its own field values.',
  fields: (t) => ({
    sceneId: t.string({ required: true, description: 'The content scene (checked, so not typed ID).' }),
    fieldValues: t.field({ type: 'JSON', required: false }),
  }),
});

const ProblemType = builder.objectRef<Problem>('CustomisationProblem').implement({
  inaccessible: true,
  description: 'One thing wrong with a customisation.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'INVALID_FIELD, INVALID_SCENE or BAD_USER_INPUT.' }),
    path: t.exposeString('path', { description: 'Where in the input.' }),
    message: t.exposeString('message'),
  }),
});

const CheckedSceneType = builder.objectRef<ProjectScene>('CustomisationScene').implement({
  inaccessible: true,
  description: 'A scene of the project.',
  fields: (t) => ({
    id: t.exposeID('id'),
    sceneKey: t.exposeString('sceneKey'),
    order: t.exposeInt('order'),
    durationSec: t.exposeFloat('durationSec'),
    isRequired: t.exposeBoolean('isRequired'),
  }),
});

const CheckType = builder.objectRef<CustomisationCheck>('CustomisationCheck').implement({
  inaccessible: true,
  description: 'What content says about a customisation.',
  fields: (t) => ({
    projectId: t.exposeID('projectId'),
    templateId: t.exposeID('templateId'),
    published: t.exposeBoolean('published', { description: 'Users may start new saved projects from it.' }),
    presetId: t.id({ nullable: true, description: 'The preset asked for, or the default one.', resolve: (c) => c.preset?.id ?? null }),
    presetValues: t.field({ type: 'JSON', nullable: true, description: 'Its values that fit the fields today.', resolve: (c) => c.preset?.values ?? null }),
    scenes: t.field({ type: [CheckedSceneType], description: 'All the project\'s scenes in order.', resolve: (c) => c.scenes }),
    problems: t.field({ type: [ProblemType], description: 'Empty when everything fits.', resolve: (c) => c.problems }),
  }),
});

builder.queryFields((t) => ({
  customisationCheck: t.field({
    type: CheckType,
    nullable: true,
    inaccessible: true,
    description: 'Checks field values and a scene choice against a project (studio service only). Null when the tenant cannot use the project.',
    args: {
      projectId: t.arg.id({ required: true }),
      tenantId: t.arg.id({ required: false, description: 'The caller\'s tenant; absent for administrators (every catalog).' }),
      fieldValues: t.arg({ type: 'JSON', required: false }),
      scenes: t.arg({ type: [SceneChoiceInput], required: false }),
      presetId: t.arg.string({ required: false, description: 'A preset of the project to start from.' }),
      withDefaultPreset: t.arg.boolean({ required: false, description: 'Without presetId: return the project\'s default preset.' }),
    },
    resolve: (_root, args, ctx) => checkCustomisation(ctx.db, {
      projectId: uuidArg(args.projectId, 'projectId'),
      tenantIds: args.tenantId ? [DEFAULT_TENANT_ID, uuidArg(args.tenantId, 'tenantId')] : null,
      fieldValues: args.fieldValues,
      scenes: args.scenes,
      presetId: args.presetId,
      withDefaultPreset: args.withDefaultPreset ?? false,
    }),
  }),
}));
