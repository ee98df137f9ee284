// Daily usage of a tenant (renders, render seconds, frames, API requests, notifications sent), for
// resellers' billing.
import { builder } from '../builder.ts';
import { badInput, forbidden } from '../../kit/errors.ts';

const TenantUsageDay = builder.prismaObject('TenantUsageDaily', {
  name: 'TenantUsageDay',
  description: "One day of a tenant's usage (UTC).",
  fields: (t) => ({
    day: t.string({ description: 'The day, YYYY-MM-DD.', resolve: (row) => row.usageDate.toISOString().slice(0, 10) }),
    renders: t.exposeInt('renderJobs', { description: 'Render jobs completed.' }),
    renderSeconds: t.float({ description: 'Seconds of video rendered.', resolve: (row) => Number(row.renderSeconds) }),
    apiRequests: t.int({ description: 'Partner API requests.', resolve: (row) => Number(row.apiRequests) }),
    framesRendered: t.float({ description: 'Frames rendered.', resolve: (row) => Number(row.framesRendered) }),
    notificationsSent: t.exposeInt('notificationsSent', { description: "Notifications sent to the tenant's users by push, email, SMS or Telegram (one per delivery that reached Sent, on the day it was sent)." }),
  }),
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

builder.queryFields((t) => ({
  tenantUsage: t.prismaField({
    type: [TenantUsageDay],
    description: "The caller's tenant's usage per day, from `from` to `to` inclusive (YYYY-MM-DD, at most 366 days).",
    args: { from: t.arg.string({ required: true }), to: t.arg.string({ required: true }) },
    resolve: (query, _root, { from, to }, ctx) => {
      if (ctx.caller.kind !== 'user') throw forbidden();
      if (!DAY.test(from) || !DAY.test(to)) throw badInput('from and to must be dates as YYYY-MM-DD.');
      const start = new Date(`${from}T00:00:00Z`);
      const end = new Date(`${to}T00:00:00Z`);
      if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end < start) throw badInput('to must be a valid date on or after from.');
      if (end.getTime() - start.getTime() > 366 * 86_400_000) throw badInput('Ask for at most 366 days at once.');
      return ctx.db.tenantUsageDaily.findMany({ ...query, where: { tenantId: ctx.caller.tenantId, usageDate: { gte: start, lte: end } }, orderBy: { usageDate: 'asc' } });
    },
  }),
}));
