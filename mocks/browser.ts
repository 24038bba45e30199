import { setupWorker } from 'msw/browser';
import { Backend } from './backend';
import { DexieStore } from './db/dexie-store';
import { handlers } from './handlers';
import { guardWorkerUpdate } from './worker-update-guard';

/**
 * Starts the embedded backend in the page: MSW's worker routes the API's requests to these
 * handlers, over IndexedDB shared by every tab. Resolves once requests can be answered;
 * the seed on a first visit runs behind it (each request waits for it).
 */
export async function startMockBackend(options: {
  apiBaseUrl: string;
  baseUrl: string;
}): Promise<void> {
  const backend = new Backend({ store: new DexieStore(), baseUrl: options.apiBaseUrl });
  guardWorkerUpdate(globalThis.ServiceWorkerRegistration?.prototype);
  const worker = setupWorker(...handlers(backend));
  await worker.start({
    serviceWorker: {
      url: `${options.baseUrl}mockServiceWorker.js`,
      options: { scope: options.baseUrl },
    },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
