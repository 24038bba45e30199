import { ClockSchema } from '@/api/clock/schemas';
import {
  DEV_BASE,
  ResetRequestSchema,
  SetClockRequestSchema,
  UpdateDevSettingsSchema,
  type DevState,
} from '@/api/dev/schemas';
import { calendarDateOfInstant } from '@/domain/calendar-date';
import { sizeOfCount, type Backend } from '../backend';
import { setBusinessDate } from '../services/clock';
import { expireAllSessions } from '../services/session';
import { devRoute, publicRoute } from './route';

async function devState(backend: Backend): Promise<DevState> {
  const [dataset, businessDate, customerCount] = await Promise.all([
    backend.dataset(),
    backend.today(),
    backend.store.read((tx) => tx.customers.count()),
  ]);
  return {
    settings: backend.settings,
    datasetSize: sizeOfCount(dataset?.customerCount ?? 0),
    seed: dataset?.seed ?? 0,
    customerCount,
    businessDate,
    systemDate: calendarDateOfInstant(backend.now()),
  };
}

/** The developer panel's controls (SPEC §7), reachable from the UI in mock mode only. */
export function devHandlers(backend: Backend) {
  return [
    publicRoute(backend, {
      method: 'get',
      path: '/clock',
      response: ClockSchema,
      summary:
        'The business date ("today" for every rule); also on every answer as X-Business-Date',
      handle: ({ ctx }) => Promise.resolve({ businessDate: ctx.today }),
    }),
    devRoute(backend, {
      method: 'get',
      path: `${DEV_BASE}/state`,
      handle: () => devState(backend),
    }),
    devRoute(backend, {
      method: 'patch',
      path: `${DEV_BASE}/settings`,
      body: UpdateDevSettingsSchema,
      handle: async ({ body }) => {
        await backend.saveSettings({ ...backend.settings, ...body });
        return devState(backend);
      },
    }),
    devRoute(backend, {
      method: 'put',
      path: `${DEV_BASE}/clock`,
      body: SetClockRequestSchema,
      handle: async ({ body }) => {
        await backend.store.write((tx) => setBusinessDate(tx, backend.now(), body.businessDate));
        // Whatever fell due on the way (auto-renewals) happens now, before the next move.
        await backend.catchUp();
        return devState(backend);
      },
    }),
    devRoute(backend, {
      method: 'post',
      path: `${DEV_BASE}/reset`,
      body: ResetRequestSchema,
      handle: async ({ body }) => {
        await backend.reset(body.datasetSize, body.seed);
        return devState(backend);
      },
    }),
    devRoute(backend, {
      method: 'post',
      path: `${DEV_BASE}/expire-sessions`,
      handle: async () => {
        await backend.store.write((tx) => expireAllSessions(tx, backend.now()));
      },
    }),
  ];
}
