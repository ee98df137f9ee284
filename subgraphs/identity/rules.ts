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
    logoutEverywhere: isSignedIn,
    changePassword: isSignedIn,
    revokeSession: isSignedIn,
    beginTotpEnrollment: isSignedIn,
    confirmTotpEnrollment: isSignedIn,
    regenerateBackupCodes: isSignedIn,
    disableMfa: isSignedIn,
    updateProfile: isSignedIn,
    subscribePush: isSignedIn,
    unsubscribePush: isSignedIn,
    recordPushOutcome: isService('notification'),
    chargeWallet: isService('render'),
    refundWallet: isService('render'),
  },
  // Field-level visibility (another user's email or wallet) is decided in the resolvers.
  User: allow,
  Wallet: allow,
  // Sessions are listed only for their user (the resolver filters).
  Session: allow,
  TotpEnrollment: allow,
  BackupCodes: allow,
  // Its keys are for the notification owner; the rest its user sees (resolvers filter by owner).
  PushSubscription: { '*': allow, p256dh: isService('notification'), auth: isService('notification') },
  Tenant: { '*': allow, apiKeys: isTenantAdmin },
  TenantBranding: allow,
  TenantApiKey: allow,
  TenantUsageDay: allow,
  AuthPayload: allow,
  WalletTransaction: allow,
  Plan: allow,
};
