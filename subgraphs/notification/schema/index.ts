// Builds the notification subgraph schema from its type files.
import { builder } from '../builder.ts';
import './notification.ts';
import './delivery.ts';
import './preference.ts';
import './events.ts';
import './service-notifications.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
