import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBackend } from './node';
import { CustomerPageSchema, CustomerSchema } from '@/api/customers/schemas';
import { createApiClient } from './testing/http-client';

const base = 'http://localhost:3000/api/v1';
const now = Date.UTC(2026, 10, 23, 12);
const { backend, server } = createTestBackend({ dbName: 'api-test', now: () => now });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await backend.ready;
});
afterAll(() => server.close());

// A new session per sign-in (no cache).
const { newSession: signInAs } = createApiClient(base);

describe('embedded backend over HTTP', () => {
  it('answers the customers list with the contract, and 401 without a session', async () => {
    expect((await fetch(`${base}/customers`)).status).toBe(401);
    const token = await signInAs('mem-alva');
    const response = await fetch(`${base}/customers?limit=10&sort=-companyName`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Business-Date')).toBe('2026-11-23');
    const page = CustomerPageSchema.parse(await response.json());
    expect(page.totalCount).toBe(50);
    expect(page.items).toHaveLength(10);
    const names = page.items.map((c) => c.companyName.toLowerCase());
    expect([...names].sort().reverse()).toEqual(names);
  });

  it('invites a customer and refuses bad input with VALIDATION naming the field', async () => {
    const token = await signInAs('mem-jonas');
    const good = {
      companyName: 'Acme <script>alert(1)</script>',
      marketSegment: 'COM',
      marketSubSegments: [],
      countryCode: 'SE',
      contact: { firstName: 'Ann', lastName: 'Berg', email: 'ann@acme.example' },
      accountManagerId: 'mem-jonas',
      salesRepId: 'mem-erik',
    };
    const post = (body: unknown, key = crypto.randomUUID()) =>
      fetch(`${base}/customers`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': key,
        },
        body: JSON.stringify(body),
      });
    const bad = await post({ ...good, companyName: 'Abc' });
    expect(bad.status).toBe(400);
    const envelope = (await bad.json()) as {
      code: string;
      details: { fields: { path: string }[] };
    };
    expect(envelope.code).toBe('VALIDATION');
    expect(envelope.details.fields.map((f) => f.path)).toEqual(['companyName']);

    const key = crypto.randomUUID();
    const created = CustomerSchema.parse(await (await post(good, key)).json());
    expect(created.status).toBe('INVITED');
    expect(created.currencyCode).toBe('SEK');
    const again = CustomerSchema.parse(await (await post(good, key)).json());
    expect(again.id).toBe(created.id);
    expect((await post({ ...good, companyName: 'Other name' }, key)).status).toBe(422);
  });

  it('answers 404 for a customer outside a sales rep scope', async () => {
    const admin = await signInAs('mem-alva');
    const all = CustomerPageSchema.parse(
      await (
        await fetch(`${base}/customers?limit=100`, {
          headers: { Authorization: `Bearer ${admin}` },
        })
      ).json(),
    );
    const rep = await signInAs('mem-erik');
    const foreign = all.items.find(
      (c) => c.salesRep.id !== 'mem-erik' && c.accountManager.id !== 'mem-erik',
    );
    expect(foreign).toBeDefined();
    const response = await fetch(`${base}/customers/${foreign?.id}`, {
      headers: { Authorization: `Bearer ${rep}` },
    });
    expect(response.status).toBe(404);
  });
});
