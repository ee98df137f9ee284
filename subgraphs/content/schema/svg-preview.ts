// SvgPreview: an image traced to SVG whose fills the studio recolours live from Color field values
// (seed 000 "SVG color previews"). Administrators drop an uploaded image on a template or one of
// its projects; everyone who sees the template sees its preview.
import { builder } from '../builder.ts';
import { SvgPreviewStatus } from '../../../prisma/generated/client/enums.ts';
import type { TemplateSvgPreview } from '../../../prisma/generated/client/client.ts';
import { uuidArg } from '../../kit/errors.ts';
import { deleteSvgPreview, requestSvgPreview, setColorSlots, slotsOf, svgMarkup, type ColorSlot } from '../previews/svg-previews.ts';
import { TemplateType } from './template.ts';
import { ProjectType } from './project.ts';

const SvgPreviewStatusEnum = builder.enumType(SvgPreviewStatus, { name: 'SvgPreviewStatus', description: 'Pending (being traced), Traced or Failed.' });

const ColorSlotType = builder.objectRef<ColorSlot>('ColorSlot').implement({
  description: 'A fill colour of the SVG and the Color field whose value replaces it (none: it stays).',
  fields: (t) => ({
    fill: t.exposeString('fill', { description: 'The colour as it appears in the SVG, #rrggbb.' }),
    fieldKey: t.string({ nullable: true, description: 'Key of the Color field that recolours it.', resolve: (slot) => slot.field_key }),
  }),
});

export const SvgPreviewType = builder.prismaObject('TemplateSvgPreview', {
  name: 'SvgPreview',
  description: 'An image traced to SVG, recoloured live in the studio as a colour preview.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Preview id.' }),
    templateId: t.exposeID('templateId', { description: 'The template it belongs to.' }),
    projectId: t.exposeID('projectId', { nullable: true, description: 'The project it belongs to (null: the whole template).' }),
    status: t.expose('status', { type: SvgPreviewStatusEnum, description: 'Pending while it is traced, then Traced or Failed.' }),
    svg: t.string({ nullable: true, description: 'The SVG markup (once traced).', select: { svgUrl: true }, resolve: (p) => svgMarkup(p.svgUrl) }),
    svgUrl: t.exposeString('svgUrl', { nullable: true, description: 'The SVG as a data: URL, for an <img> (once traced).' }),
    colorSlots: t.field({ type: [ColorSlotType], description: 'Its fill colours, most used first, with the fields that recolour them.', select: { colorSlots: true }, resolve: (p) => slotsOf(p) }),
    width: t.exposeInt('width', { nullable: true, description: 'Width of the SVG\'s drawing (once traced).' }),
    height: t.exposeInt('height', { nullable: true, description: 'Height of the SVG\'s drawing (once traced).' }),
    errorMessage: t.exposeString('errorMessage', { nullable: true, description: 'Why tracing failed (administrators).' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

const pick = (rows: TemplateSvgPreview[], projectId: string | null) => rows.find((row) => row.projectId === projectId) ?? null;

builder.objectField(TemplateType, 'svgPreview', (t) => t.field({
  type: SvgPreviewType,
  nullable: true,
  description: 'The colour preview of the whole template, if there is one.',
  resolve: async (template, _args, ctx) => pick(await ctx.loaders.svgPreviewsByTemplate.load(template.id), null),
}));

builder.objectField(ProjectType, 'svgPreview', (t) => t.field({
  type: SvgPreviewType,
  nullable: true,
  description: 'The colour preview of this project, if there is one.',
  resolve: async (project, _args, ctx) => pick(await ctx.loaders.svgPreviewsByTemplate.load(project.templateId), project.id),
}));

const ColorSlotInput = builder.inputType('ColorSlotInput', {
  description: 'Which Color field recolours one fill of a preview.',
  fields: (t) => ({
    fill: t.string({ required: true, description: 'A fill of the preview, #rrggbb.' }),
    fieldKey: t.string({ required: false, description: 'A Color field\'s key (null: the fill stays as it is).' }),
  }),
});

builder.mutationFields((t) => ({
  traceSvgPreview: t.prismaField({
    type: SvgPreviewType,
    description: 'Traces an image you uploaded (PNG; JPEG when the server can decode it) into the colour preview of a template, or of one of its projects (administrators). Replaces the previous one. It comes back Pending; tracing runs in the background. UNSUPPORTED_FILE_TYPE for other files, NOT_FOUND for a file that is not yours.',
    args: { templateId: t.arg.id({ required: true }), projectId: t.arg.id({ required: false }), fileId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await requestSvgPreview(ctx.db, ctx.peers, ctx.caller, {
        templateId: uuidArg(args.templateId, 'templateId'),
        projectId: args.projectId ? uuidArg(args.projectId, 'projectId') : null,
        fileId: String(args.fileId),
      });
      return ctx.db.templateSvgPreview.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  setSvgPreviewColorSlots: t.prismaField({
    type: SvgPreviewType,
    description: 'Says which Color field recolours which fill of a traced preview (administrators); fills not given stay as they are.',
    args: { id: t.arg.id({ required: true }), slots: t.arg({ type: [ColorSlotInput], required: true }) },
    resolve: async (query, _root, { id, slots }, ctx) => {
      await setColorSlots(ctx.db, uuidArg(id), slots);
      return ctx.db.templateSvgPreview.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),
  deleteSvgPreview: t.boolean({
    description: 'Removes a colour preview (administrators). False when it did not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => deleteSvgPreview(ctx.db, uuidArg(id)),
  }),
}));
