import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityPageSchema } from '@/api/activity/schemas';
import {
  ATTACHMENT_MAX_BYTES,
  AttachmentContentSchema,
  CasePageSchema,
  SupportCaseSchema,
  type SupportCase,
} from '@/api/cases/schemas';
import type { CustomerRecord } from './db/records';
import { createTestBackend } from './node';
import { codeOf, createApiClient, pathsOf } from './testing/http-client';

let now = Date.UTC(2026, 10, 23, 12); // business date 2026-11-23
const { backend, server } = createTestBackend({ dbName: 'cases-api-test', now: () => now });

const MANAGER = 'mem-jonas';
const REP = 'mem-erik';
/** Customers of their own: one managed by MANAGER and REP, one by nobody of them. */
let mine: CustomerRecord;
let other: CustomerRecord;

const { call } = createApiClient(undefined, {
  beforeEach: () => {
    now += 1000; // every request a second later, so "newest updated first" has an order
  },
});

const newCase = {
  type: 'TECHNICAL',
  subject: 'Installer fails',
  description: 'Steps:\n\t1. run setup\n\t2. it fails',
  priority: 'HIGH',
};
const casesOf = (customer: CustomerRecord) => `/customers/${customer.id}/cases`;
const listOf = async (memberId: string, path: string) =>
  CasePageSchema.parse((await call(memberId, 'GET', path)).body);

async function create(memberId: string, customer: CustomerRecord, body: unknown = newCase) {
  const answer = await call(memberId, 'POST', casesOf(customer), { body });
  expect(answer.status).toBe(201);
  return SupportCaseSchema.parse(answer.body);
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await backend.ready;
  await backend.store.write(async (tx) => {
    const template = (await tx.customers.all())[0];
    if (!template) throw new Error('seed empty');
    mine = {
      ...template,
      id: 'cus-case-mine',
      vipId: '1009999101',
      companyName: 'Mine AB',
      accountManagerId: MANAGER,
      salesRepId: REP,
    };
    other = {
      ...template,
      id: 'cus-case-other',
      vipId: '1009999102',
      companyName: 'Other AB',
      accountManagerId: 'mem-camille',
      salesRepId: 'mem-sophie',
    };
    await tx.customers.bulkPut([mine, other]);
  });
});
afterAll(() => server.close());

describe('opening a case', () => {
  it('creates a case as a sales rep, keeps text as typed, and replays a retried request', async () => {
    const html = '<img src=x onerror=alert(1)>';
    const key = crypto.randomUUID();
    const body = { ...newCase, subject: html };
    const first = await call(REP, 'POST', casesOf(mine), { body, key });
    expect(first.status).toBe(201);
    const created = SupportCaseSchema.parse(first.body);
    expect(created).toMatchObject({
      customerId: mine.id,
      companyName: 'Mine AB',
      type: 'TECHNICAL',
      subject: html,
      description: newCase.description,
      status: 'OPEN',
      priority: 'HIGH',
      createdBy: { id: REP, name: 'Erik Sandberg' },
      comments: [],
      attachments: [],
      version: 1,
    });
    expect(created.number).toMatch(/^CASE\d{8}$/);
    const again = await call(REP, 'POST', casesOf(mine), { body, key });
    expect(SupportCaseSchema.parse(again.body).id).toBe(created.id);
    const list = await listOf(REP, `${casesOf(mine)}?view=ALL`);
    expect(list.items.filter((c) => c.subject === html)).toHaveLength(1);
    const activity = ActivityPageSchema.parse(
      (await call('mem-alva', 'GET', `/customers/${mine.id}/activity`)).body,
    );
    expect(activity.items[0]).toMatchObject({
      action: 'case.created',
      subject: { type: 'supportCase', id: created.id, label: created.number },
    });
  });

  it('names each bad field with 400 VALIDATION', async () => {
    const cases: [unknown, string][] = [
      [{ ...newCase, subject: 's'.repeat(121) }, 'subject'],
      [{ ...newCase, subject: '   ' }, 'subject'],
      [{ ...newCase, subject: 'two\nlines' }, 'subject'],
      [{ ...newCase, description: 'd'.repeat(4001) }, 'description'],
      [{ ...newCase, description: 'bell \u0007' }, 'description'],
      [{ ...newCase, type: 'SALES' }, 'type'],
      [{ ...newCase, priority: 'URGENT' }, 'priority'],
    ];
    for (const [body, path] of cases) {
      const answer = await call(MANAGER, 'POST', casesOf(mine), { body });
      expect(answer.status, path).toBe(400);
      expect(pathsOf(answer), path).toEqual([path]);
    }
    const longest = await create(MANAGER, mine, {
      ...newCase,
      subject: 's'.repeat(120),
      description: 'd'.repeat(4000),
    });
    expect(longest.subject).toHaveLength(120);
  });

  it('lets a viewer read but not change, and hides customers outside the scope', async () => {
    expect((await call('mem-grace', 'GET', casesOf(mine))).status).toBe(200);
    const viewer = await call('mem-grace', 'POST', casesOf(mine), { body: newCase });
    expect(viewer.status).toBe(403);
    expect(codeOf(viewer)).toBe('FORBIDDEN');
    expect((await call(REP, 'GET', casesOf(other))).status).toBe(404);
    expect((await call(REP, 'POST', casesOf(other), { body: newCase })).status).toBe(404);
    expect((await call(REP, 'GET', `/cases?customerId=${other.id}`)).status).toBe(404);
  });
});

describe('case lists', () => {
  it('lists across the scope, newest change first, in each view', async () => {
    const theirs = await create('mem-camille', other, { ...newCase, subject: 'Theirs' });
    const mineOpen = await create(MANAGER, mine, { ...newCase, subject: 'Mine open' });
    const admin = await listOf('mem-alva', '/cases?view=ALL&limit=100');
    expect(admin.items[0]?.id).toBe(mineOpen.id);
    expect(admin.items[1]?.id).toBe(theirs.id);
    const updated = admin.items.map((c) => c.updatedAt);
    expect([...updated].sort().reverse()).toEqual(updated);
    const rep = await listOf(REP, '/cases?view=ALL&limit=100');
    const scope = new Set(
      (await backend.store.read((tx) => tx.customers.all()))
        .filter((c) => c.accountManagerId === REP || c.salesRepId === REP)
        .map((c) => c.id),
    );
    expect(rep.items.every((c) => scope.has(c.customerId))).toBe(true);
    expect(rep.items.some((c) => c.customerId === other.id)).toBe(false);
    expect(rep.items.some((c) => c.id === mineOpen.id)).toBe(true);
    const myOpen = await listOf(MANAGER, '/cases?view=MY_OPEN&limit=100');
    expect(myOpen.items.every((c) => c.createdBy.id === MANAGER)).toBe(true);
    expect(myOpen.items.some((c) => c.id === mineOpen.id)).toBe(true);
    expect((await listOf('mem-grace', `/cases?customerId=${other.id}`)).totalCount).toBe(1);
    const paged = await listOf('mem-alva', '/cases?view=ALL&limit=1&offset=1');
    expect(paged).toMatchObject({ limit: 1, offset: 1, totalCount: admin.totalCount });
    expect(paged.items[0]?.id).toBe(theirs.id);
    expect((await call('mem-alva', 'GET', '/cases?view=RECENT')).status).toBe(400);
  });
});

describe('changing a case', () => {
  let supportCase: SupportCase;
  const path = () => `${casesOf(mine)}/${supportCase.id}`;

  beforeAll(async () => {
    supportCase = await create(MANAGER, mine, { ...newCase, subject: 'To change' });
  });

  it('edits with If-Match, logs old → new, and refuses stale versions', async () => {
    expect((await call(MANAGER, 'PATCH', path(), { body: { priority: 'LOW' } })).status).toBe(428);
    const stale = await call(MANAGER, 'PATCH', path(), { body: { priority: 'LOW' }, ifMatch: 9 });
    expect(stale.status).toBe(409);
    const empty = await call(MANAGER, 'PATCH', path(), { body: {}, ifMatch: 1 });
    expect(empty.status).toBe(400);
    const viewer = await call('mem-grace', 'PATCH', path(), {
      body: { priority: 'LOW' },
      ifMatch: 1,
    });
    expect(viewer.status).toBe(403);
    const answer = await call(REP, 'PATCH', path(), {
      body: { priority: 'LOW', status: 'IN_PROGRESS', subject: '  Trimmed  ' },
      ifMatch: 1,
    });
    expect(answer.status).toBe(200);
    supportCase = SupportCaseSchema.parse(answer.body);
    expect(supportCase).toMatchObject({
      priority: 'LOW',
      status: 'IN_PROGRESS',
      subject: 'Trimmed',
      version: 2,
    });
    const activity = ActivityPageSchema.parse(
      (await call('mem-alva', 'GET', `/customers/${mine.id}/activity?limit=1`)).body,
    );
    expect(activity.items[0]?.changes).toEqual([
      { field: 'subject', from: 'To change', to: 'Trimmed' },
      { field: 'priority', from: 'HIGH', to: 'LOW' },
      { field: 'status', from: 'OPEN', to: 'IN_PROGRESS' },
    ]);
    const allOpen = await listOf('mem-alva', '/cases?view=ALL_OPEN&limit=100');
    expect(allOpen.items.some((c) => c.id === supportCase.id)).toBe(false);
    const active = await listOf('mem-alva', '/cases?limit=100');
    expect(active.items.some((c) => c.id === supportCase.id)).toBe(true);
  });

  it('takes comments with new lines and refuses bad ones', async () => {
    const body = 'Tried again:\n<b>still</b> failing';
    const answer = await call(REP, 'POST', `${path()}/comments`, { body: { body } });
    expect(answer.status).toBe(201);
    supportCase = SupportCaseSchema.parse(answer.body);
    expect(supportCase.comments).toHaveLength(1);
    expect(supportCase.comments[0]).toMatchObject({ body, author: { id: REP } });
    expect(supportCase.version).toBe(3);
    const long = await call(REP, 'POST', `${path()}/comments`, {
      body: { body: 'c'.repeat(4001) },
    });
    expect(pathsOf(long)).toEqual(['body']);
    expect((await call('mem-grace', 'POST', `${path()}/comments`, { body: { body } })).status).toBe(
      403,
    );
  });

  it('stores attachments apart and returns their bytes', async () => {
    const content = Buffer.from('hello, case').toString('base64');
    const answer = await call(MANAGER, 'POST', `${path()}/attachments`, {
      body: { fileName: 'log <1>.txt', contentType: 'text/plain', contentBase64: content },
    });
    expect(answer.status).toBe(201);
    supportCase = SupportCaseSchema.parse(answer.body);
    const meta = supportCase.attachments[0];
    expect(meta).toMatchObject({
      fileName: 'log <1>.txt',
      contentType: 'text/plain',
      sizeBytes: 11,
      uploadedBy: { id: MANAGER },
    });
    const file = await call('mem-grace', 'GET', `${path()}/attachments/${meta?.id ?? ''}`);
    expect(AttachmentContentSchema.parse(file.body)).toEqual({
      id: meta?.id,
      fileName: 'log <1>.txt',
      contentType: 'text/plain',
      sizeBytes: 11,
      contentBase64: content,
    });
    expect((await call('mem-alva', 'GET', `${path()}/attachments/att-none`)).status).toBe(404);
    const listed = await listOf('mem-alva', `${casesOf(mine)}?view=ALL&limit=100`);
    expect(listed.items.find((c) => c.id === supportCase.id)?.attachmentCount).toBe(1);
  });

  it('refuses bad files, naming the field', async () => {
    const good = { fileName: 'a.pdf', contentType: 'application/pdf', contentBase64: 'JVBERg==' };
    const cases: [unknown, string][] = [
      [{ ...good, fileName: '../etc/passwd' }, 'fileName'],
      [{ ...good, fileName: 'a\\b.pdf' }, 'fileName'],
      [{ ...good, fileName: 'f'.repeat(256) }, 'fileName'],
      [{ ...good, contentType: 'text/html' }, 'contentType'],
      [{ ...good, contentBase64: 'not base64!' }, 'contentBase64'],
      [
        { ...good, contentBase64: 'A'.repeat(Math.ceil((ATTACHMENT_MAX_BYTES + 1) / 3) * 4) },
        'contentBase64',
      ],
    ];
    for (const [body, field] of cases) {
      const answer = await call(MANAGER, 'POST', `${path()}/attachments`, { body });
      expect(answer.status, field).toBe(400);
      expect(pathsOf(answer), field).toEqual([field]);
    }
  });

  it('takes a file of exactly 2 MiB and refuses one byte more', async () => {
    const exact = Buffer.alloc(ATTACHMENT_MAX_BYTES, 7).toString('base64');
    const over = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 7).toString('base64');
    const body = (contentBase64: string) => ({
      body: { fileName: 'big.zip', contentType: 'application/zip', contentBase64 },
    });
    const tooBig = await call(MANAGER, 'POST', `${path()}/attachments`, body(over));
    expect(tooBig.status).toBe(400);
    expect(pathsOf(tooBig)).toEqual(['contentBase64']);
    const fits = await call(MANAGER, 'POST', `${path()}/attachments`, body(exact));
    expect(fits.status).toBe(201);
    supportCase = SupportCaseSchema.parse(fits.body);
    expect(supportCase.attachments.at(-1)?.sizeBytes).toBe(ATTACHMENT_MAX_BYTES);
  });

  it('refuses comments, files and edits on a closed case until it is reopened', async () => {
    const closed = await call(MANAGER, 'PATCH', path(), {
      body: { status: 'CLOSED' },
      ifMatch: supportCase.version,
    });
    supportCase = SupportCaseSchema.parse(closed.body);
    const comment = await call(MANAGER, 'POST', `${path()}/comments`, { body: { body: 'x' } });
    expect(comment.status).toBe(422);
    expect(codeOf(comment)).toBe('CASE_CLOSED');
    const file = await call(MANAGER, 'POST', `${path()}/attachments`, {
      body: { fileName: 'a.csv', contentType: 'text/csv', contentBase64: 'YSxi' },
    });
    expect(codeOf(file)).toBe('CASE_CLOSED');
    const edit = await call(MANAGER, 'PATCH', path(), {
      body: { priority: 'HIGH' },
      ifMatch: supportCase.version,
    });
    expect(codeOf(edit)).toBe('CASE_CLOSED');
    const reopened = await call(MANAGER, 'PATCH', path(), {
      body: { status: 'OPEN', priority: 'HIGH' },
      ifMatch: supportCase.version,
    });
    expect(reopened.status).toBe(200);
    expect(SupportCaseSchema.parse(reopened.body).status).toBe('OPEN');
  });

  it('answers 404 for a case asked through another customer', async () => {
    expect((await call('mem-alva', 'GET', `${casesOf(other)}/${supportCase.id}`)).status).toBe(404);
    expect((await call('mem-camille', 'GET', path())).status).toBe(404);
  });
});
