import { describe, expect, it } from 'vitest';
import { addDays } from '@/domain/calendar-date';
import { ApiHarness } from '../testing/harness';
import { VALID_BODIES } from './valid-bodies';

/**
 * Issue 4: "the same key with the same body returns the first result and creates nothing new;
 * the same key with another body is refused (422); keys are kept at least 24 hours of
 * business time".
 */
describe('idempotency keys', () => {
  const invite = VALID_BODIES['POST /customers'] as { companyName: string };

  it('replay the first answer, refuse another body, and live 24 hours of business time', async () => {
    const harness = await ApiHarness.create();
    const token = await harness.signIn('mem-alva');
    const key = 'retry-key-1';
    const first = await harness.request('POST', '/customers', { token, key, body: invite });
    expect(first.status).toBe(201);
    const customers = (await harness.counts()).customers;

    const replay = await harness.request('POST', '/customers', { token, key, body: invite });
    expect(replay).toEqual(first);
    expect((await harness.counts()).customers).toBe(customers);

    const other = { ...invite, companyName: 'Another Company AB' };
    const reused = await harness.request('POST', '/customers', { token, key, body: other });
    expect(reused.status).toBe(422);
    expect((reused.body as { code: string }).code).toBe('IDEMPOTENCY_KEY_REUSED');

    // A business day later (exactly 24 hours) the key still answers, after another write.
    const today = await harness.backend.today();
    await harness.setBusinessDate(addDays(today, 1));
    await harness.request('POST', '/customers', {
      token,
      body: { ...invite, companyName: 'Z Ltd' },
    });
    expect(await harness.request('POST', '/customers', { token, key, body: invite })).toEqual(
      first,
    );

    // Two days later it has been purged: the same key is simply a new request.
    await harness.setBusinessDate(addDays(today, 2));
    await harness.request('POST', '/customers', {
      token,
      body: { ...invite, companyName: 'Y Ltd' },
    });
    const fresh = await harness.request('POST', '/customers', { token, key, body: other });
    expect(fresh.status).toBe(201);
    expect((fresh.body as { companyName: string }).companyName).toBe('Another Company AB');
  });

  it('are required on every change', async () => {
    const harness = await ApiHarness.create();
    const token = await harness.signIn('mem-alva');
    const answer = await harness.request('POST', '/customers', { token, key: null, body: invite });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('Idempotency-Key');
  });

  it('are ignored on reads: the read answers, and the key stays free for a change', async () => {
    const harness = await ApiHarness.create();
    const token = await harness.signIn('mem-alva');
    const key = 'read-then-write';
    const read = await harness.request('GET', '/offers', { token, key });
    expect(read.status).toBe(200);
    const write = await harness.request('POST', '/customers', { token, key, body: invite });
    expect(write.status).toBe(201);
  });
});
