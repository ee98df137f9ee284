// graphql-shield rules of the notification subgraph; anything not listed is denied.
import { allow, isService, isSignedIn } from '../kit/shield.ts';

export const rules = {
  Query: { notificationTypes: allow, notificationChannels: allow, webPushPublicKey: allow },
  Mutation: { markNotificationRead: isSignedIn, markAllNotificationsRead: isSignedIn, setNotificationPreference: isSignedIn, sendSecurityNotice: isService('identity'), createServiceNotification: isService('identity') },
  Subscription: { myEvents: isSignedIn },
  // Notifications are filtered by owner in the queries and loaders.
  Notification: allow,
  NotificationDelivery: allow,
  NotificationPreference: allow,
  NotificationTypeInfo: allow,
  NotificationChannelInfo: allow,
  User: allow,
  UserNotificationsConnection: allow,
  UserNotificationsConnectionEdge: allow,
  RenderProgress: allow,
  PageInfo: allow,
};
