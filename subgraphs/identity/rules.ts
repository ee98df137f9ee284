// graphql-shield rules of the identity subgraph; anything not listed is denied.
import { allow, isPlatformAdmin, isService, isSignedIn, isTenantAdmin } from '../kit/shield.ts';

export const rules = {
  Query: {
    me: isSignedIn,
    tenants: isPlatformAdmin,
    tenantUsage: isTenantAdmin,
    plans: allow,
    activePlanOf: isService('render'),
  },
  Mutation: {
    register: allow,
    login: allow,
    refresh: allow,
    logout: isSignedIn,
    chargeWallet: isService('render'),
    refundWallet: isService('render'),
  },
  // Field-level visibility (another user's email or wallet) is decided in the resolvers.
  User: allow,
  Wallet: allow,
  Tenant: { '*': allow, apiKeys: isTenantAdmin },
  TenantBranding: allow,
  TenantApiKey: allow,
  TenantUsageDay: allow,
  AuthPayload: allow,
  WalletTransaction: allow,
  Plan: allow,
};
