import type { Backend } from '../backend';
import { activityHandlers } from './activity';
import { authorizationsHandlers } from './authorizations';
import { billingHandlers } from './billing';
import { casesHandlers } from './cases';
import { customerHandlers } from './customers';
import { devHandlers } from './dev';
import { licencesHandlers } from './licences';
import { sessionHandlers } from './session';
import { subscriptionsHandlers } from './subscriptions';
import { teamAdminHandlers } from './team-admin';

export function handlers(backend: Backend) {
  return [
    ...sessionHandlers(backend),
    ...customerHandlers(backend),
    ...authorizationsHandlers(backend),
    ...subscriptionsHandlers(backend),
    ...billingHandlers(backend),
    ...licencesHandlers(backend),
    ...casesHandlers(backend),
    ...teamAdminHandlers(backend),
    ...activityHandlers(backend),
    ...devHandlers(backend),
  ];
}
