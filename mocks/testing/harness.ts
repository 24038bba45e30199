import { getResponse, type HttpHandler } from 'msw';
import { DEV_BASE } from '@/api/dev/schemas';
import { Backend, type BackendOptions } from '../backend';
import { MemoryStore } from '../db/memory-store';
import type {
  ActivityRecord,
  CustomerRecord,
  InvoiceRecord,
  LicenceAssignmentRecord,
  OfferRecord,
  OrderRecord,
  PaymentMethodRecord,
  PurchaseAuthorizationRecord,
  SubscriptionRecord,
} from '../db/records';
import type { StoreTx } from '../db/store';
import { handlers } from '../handlers';

export const HARNESS_BASE = 'http://harness.test/api/v1';

export interface HarnessRequest {
  token?: string | null;
  body?: unknown;
  /** Raw text body (for bodies that are not JSON). */
  rawBody?: string;
  /** An Idempotency-Key; mutations get a fresh one unless given (null: none at all). */
  key?: string | null;
  /** Sent as If-Match. */
  version?: number;
  query?: Record<string, string>;
}

export interface HarnessResponse {
  status: number;
  body: unknown;
}

/**
 * The embedded backend driven without a network: requests go straight to the msw handlers
 * (parsing, auth, idempotency, faults, transactions) over an in-memory store. Fast enough
 * for thousands of requests in the model-based and contract tests.
 */
export class ApiHarness {
  readonly backend: Backend;
  private readonly handlers: HttpHandler[];

  private constructor(backend: Backend) {
    this.backend = backend;
    this.handlers = handlers(backend);
  }

  /** `store`: start from a copy of another harness's data instead of seeding. */
  static async create(
    options: Partial<Omit<BackendOptions, 'store' | 'baseUrl'>> & { from?: ApiHarness } = {},
  ) {
    const source = options.from?.backend.store;
    const backend = new Backend({
      store: source instanceof MemoryStore ? source.clone() : new MemoryStore(),
      baseUrl: HARNESS_BASE,
      now: options.now ?? (() => Date.UTC(2026, 10, 23, 12)),
      ...(options.rules ? { rules: options.rules } : {}),
      initialDataset: options.initialDataset ?? { size: 'small' },
    });
    await backend.ready;
    return new ApiHarness(backend);
  }

  async request(method: string, path: string, options: HarnessRequest = {}) {
    const url = new URL(`${HARNESS_BASE}${path}`);
    Object.entries(options.query ?? {}).forEach(([k, v]) => {
      url.searchParams.set(k, v);
    });
    const headers = new Headers();
    if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
    const upper = method.toUpperCase();
    // Changes get a fresh key unless one is given; a read carries one only when asked to.
    const key =
      options.key === undefined ? (upper === 'GET' ? null : crypto.randomUUID()) : options.key;
    if (key !== null) headers.set('Idempotency-Key', key);
    if (options.version !== undefined) headers.set('If-Match', `"${options.version}"`);
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    const response = await getResponse(
      this.handlers,
      new Request(url, { method: upper, headers, ...(body === undefined ? {} : { body }) }),
    );
    if (!response) throw new Error(`No route for ${upper} ${path}`);
    if (response.type === 'error') return { status: 0, body: null };
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
  }

  async signIn(memberId: string): Promise<string> {
    const answer = await this.request('POST', '/session', { body: { memberId } });
    if (answer.status !== 201) throw new Error(`Sign-in as ${memberId} failed: ${answer.status}`);
    return (answer.body as { token: string }).token;
  }

  async setBusinessDate(businessDate: string): Promise<void> {
    const answer = await this.request('PUT', `${DEV_BASE}/clock`, { body: { businessDate } });
    if (answer.status !== 200) throw new Error(`Clock move failed: ${answer.status}`);
  }

  /** Reads the store directly, for invariants. */
  read<Result>(work: (tx: StoreTx) => Promise<Result>): Promise<Result> {
    return this.backend.store.read(work);
  }

  write<Result>(work: (tx: StoreTx) => Promise<Result>): Promise<Result> {
    return this.backend.store.write(work);
  }

  /** Every row of the tables the invariants look at, uncopied (read-only!). */
  async snapshot() {
    const store = this.backend.store;
    if (!(store instanceof MemoryStore)) throw new Error('snapshot() needs the memory store');
    const today = await this.backend.today();
    return {
      today,
      customers: store.peek('customers') as readonly CustomerRecord[],
      offers: store.peek('offers') as readonly OfferRecord[],
      subscriptions: store.peek('subscriptions') as readonly SubscriptionRecord[],
      authorizations: store.peek(
        'purchaseAuthorizations',
      ) as readonly PurchaseAuthorizationRecord[],
      orders: store.peek('orders') as readonly OrderRecord[],
      invoices: store.peek('invoices') as readonly InvoiceRecord[],
      assignments: store.peek('licenceAssignments') as readonly LicenceAssignmentRecord[],
      cards: store.peek('paymentMethods') as readonly PaymentMethodRecord[],
      activity: store.peek('activity') as readonly ActivityRecord[],
    };
  }

  /** Row counts of every table that a refused request must leave untouched. */
  counts(): Promise<Record<string, number>> {
    return this.read(async (tx) => ({
      customers: await tx.customers.count(),
      subscriptions: await tx.subscriptions.count(),
      purchaseAuthorizations: await tx.purchaseAuthorizations.count(),
      orders: await tx.orders.count(),
      invoices: await tx.invoices.count(),
      paymentMethods: await tx.paymentMethods.count(),
      licenceAssignments: await tx.licenceAssignments.count(),
      supportCases: await tx.supportCases.count(),
      attachments: await tx.attachments.count(),
      activity: await tx.activity.count(),
      members: await tx.members.count(),
    }));
  }
}
