import { setupServer } from 'msw/node';
import { Backend, type BackendOptions } from './backend';
import { DexieStore } from './db/dexie-store';
import { handlers } from './handlers';

export { Backend } from './backend';

/** The same backend in Node (integration tests): msw/node over fake-indexeddb. */
export function createTestBackend(options: Partial<BackendOptions> & { dbName: string }) {
  const backend = new Backend({
    store: new DexieStore(options.dbName),
    baseUrl: options.baseUrl ?? 'http://localhost:3000/api/v1',
    ...(options.now ? { now: options.now } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.initialDataset ? { initialDataset: options.initialDataset } : {}),
  });
  return { backend, server: setupServer(...handlers(backend)) };
}
