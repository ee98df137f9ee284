// Wallet ledger entries, a wallet's paginated history, and the charge and refund operations other
// services run (render). The Wallet type itself is defined with User (user.ts).
import { builder } from '../builder.ts';
import { WalletTxType } from '../../../prisma/generated/client/enums.ts';
import { badInput, uuidArg } from '../../kit/errors.ts';
import { charge, refund } from '../billing/ledger.ts';
import { WalletType } from './user.ts';
import { NOBODY } from '../../kit/auth.ts';

export const WalletTxTypeEnum = builder.enumType(WalletTxType, { name: 'WalletTransactionType', description: 'Why a wallet balance changed.' });

export const WalletTransactionType = builder.prismaObject('WalletTransaction', {
  description: 'One change of a wallet balance (append-only ledger).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Transaction id.' }),
    type: t.expose('type', { type: WalletTxTypeEnum, description: 'Why the balance changed.' }),
    amountMinor: t.expose('amountMinor', { type: 'BigInt', description: 'Signed amount: negative debits, positive credits.' }),
    balanceAfterMinor: t.expose('balanceAfterMinor', { type: 'BigInt', description: 'Balance right after.' }),
    referenceType: t.exposeString('referenceType', { nullable: true, description: 'What it paid for (render_job ...).' }),
    referenceId: t.exposeID('referenceId', { nullable: true, description: 'Id of what it paid for (the render job of a render charge or refund, the payment of a top-up).' }),
    paymentId: t.exposeID('paymentId', { nullable: true, description: 'The gateway payment that credited it (top-ups).' }),
    description: t.exposeString('description', { nullable: true, description: 'Text for statements.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it happened.' }),
  }),
});

builder.asEntity(WalletTransactionType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) =>
    ctx.db.walletTransaction.findFirst({ where: { id, ...(ctx.caller.kind === 'user' && ctx.caller.role !== 'Admin' ? { wallet: { userId: ctx.caller.userId } } : {}) } }),
});

const ofUser = (userId: string | null) => ({ wallet: { userId: userId ?? NOBODY } });

builder.prismaObjectField(WalletType, 'transactions', (t) =>
  t.prismaConnection({
    type: WalletTransactionType,
    cursor: 'id',
    description: 'The ledger of this wallet, newest first.',
    // The wallet is only reachable by its user, an administrator or a service (User.wallet); the
    // loader that found it keys wallets by user id, so the ledger is found through the user too.
    totalCount: (wallet, _args, ctx) => ctx.db.walletTransaction.count({ where: ofUser(wallet.userId) }),
    resolve: (query, wallet, _args, ctx) =>
      ctx.db.walletTransaction.findMany({ ...query, where: ofUser(wallet.userId), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }, { description: 'A page of wallet transactions.' }));

const KEY = /^[A-Za-z0-9:._-]{8,200}$/;

// Service-only operations stay out of the public API schema (@inaccessible): services call the
// identity subgraph directly with the service credential.
const ChargeWalletInput = builder.inputType('ChargeWalletInput', {
  inaccessible: true,
  description: 'A debit of a user\'s wallet, asked for by a FlatRender service.',
  fields: (t) => ({
    userId: t.id({ required: true }),
    amountMinor: t.field({ type: 'BigInt', required: true, description: 'Amount to take, in minor units.' }),
    idempotencyKey: t.string({ required: true, description: 'Same key, same charge: e.g. render:<job id>:charge.' }),
    referenceType: t.string({ required: true, description: 'What it pays for, e.g. render_job.' }),
    referenceId: t.id({ required: false }),
    description: t.string({ required: false }),
  }),
});

builder.mutationFields((t) => ({
  chargeWallet: t.prismaField({
    type: WalletTransactionType,
    inaccessible: true,
    description: 'Debits a wallet once per idempotency key (services only). INSUFFICIENT_BALANCE when the money is not there.',
    args: { input: t.arg({ type: ChargeWalletInput, required: true }) },
    resolve: (_query, _root, { input }, ctx) => {
      if (!KEY.test(input.idempotencyKey)) throw badInput('idempotencyKey must be 8-200 letters, digits or :._-', 'idempotencyKey');
      return charge(ctx.db, { ...input, userId: uuidArg(input.userId, 'userId'), referenceId: input.referenceId ? uuidArg(input.referenceId, 'referenceId') : null });
    },
  }),
  refundWallet: t.prismaField({
    type: WalletTransactionType,
    inaccessible: true,
    description: 'Gives back an earlier charge, once per idempotency key (services only).',
    args: { chargeKey: t.arg.string({ required: true }), idempotencyKey: t.arg.string({ required: true }), description: t.arg.string({ required: false }) },
    resolve: (_query, _root, { chargeKey, idempotencyKey, description }, ctx) => {
      if (!KEY.test(idempotencyKey)) throw badInput('idempotencyKey must be 8-200 letters, digits or :._-', 'idempotencyKey');
      return refund(ctx.db, chargeKey, idempotencyKey, description);
    },
  }),
}));
