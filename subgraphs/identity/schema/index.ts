// Builds the identity subgraph schema from its type files.
import { builder } from '../builder.ts';
import './tenant.ts';
import './user.ts';
import './push-subscription.ts';
import './session.ts';
import './mfa.ts';
import './auth.ts';
import './usage.ts';
import './wallet.ts';
import './plan.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
