// Builds the identity subgraph schema from its type files.
import { builder } from '../builder.ts';
import './tenant.ts';
import './branding.ts';
import './api-key.ts';
import './webhook.ts';
import './api-request-log.ts';
import './user.ts';
import './push-subscription.ts';
import './session.ts';
import './mfa.ts';
import './auth.ts';
import './usage.ts';
import './wallet.ts';
import './plan.ts';
import './payment.ts';
import './subscription.ts';
import './discount-code.ts';
import './api-key-token.ts';
import './password-reset.ts';
import './achievement.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
