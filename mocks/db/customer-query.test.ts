import { describe, expect, it } from 'vitest';
import { addDays } from '@/domain/calendar-date';
import {
  CUSTOMER_STATUSES,
  deriveCustomerStatus,
  type CustomerStatus,
} from '@/domain/customer-status';
import { DEFAULT_RULES } from '@/domain/rules';
import { generateCustomers } from '../seed/index';
import { CustomerQueryIndex, foldText } from './customer-query';
import type { CustomerRecord } from './records';
import type { CustomerPageQuery } from './store';

const TODAY = '2026-11-23';
const SEED = 4242;
const COUNT = 300;

function seededRows(): CustomerRecord[] {
  return [...generateCustomers({ customerCount: COUNT, seed: SEED, today: TODAY })].map(
    (seeded) => seeded.customer,
  );
}

const ROWS = seededRows();

function query(overrides: Partial<CustomerPageQuery> = {}): CustomerPageQuery {
  return {
    today: TODAY,
    rules: DEFAULT_RULES,
    assignedTo: null,
    sort: 'companyName',
    limit: COUNT,
    offset: 0,
    ...overrides,
  };
}

/** An independent fold: NFD, marks removed, lower case. */
const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const statusOf = (row: CustomerRecord): CustomerStatus =>
  deriveCustomerStatus(row, TODAY, DEFAULT_RULES).status;

const first = <T>(items: readonly T[]): T => {
  const item = items[0];
  if (item === undefined) throw new Error('expected at least one item');
  return item;
};

describe('foldText', () => {
  it('lower-cases and strips diacritics', () => {
    expect(foldText('Björk Élan LUMIÈRE Brücken')).toBe('bjork elan lumiere brucken');
  });
});

describe('CustomerQueryIndex sorting', () => {
  const index = new CustomerQueryIndex(ROWS);

  it('holds every seeded customer', () => {
    expect(index.size).toBe(COUNT);
    expect(index.get('cus-000001')).toEqual(ROWS[0]);
    expect(index.get('cus-999999')).toBeUndefined();
  });

  it('sorts by company name ascending, case- and diacritic-insensitively, ties by id', () => {
    const { rows, totalCount } = index.query(query({ sort: 'companyName' }));
    expect(totalCount).toBe(COUNT);
    expect(rows).toHaveLength(COUNT);
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1];
      const b = rows[i];
      if (!a || !b) throw new Error('missing row');
      const fa = fold(a.companyName);
      const fb = fold(b.companyName);
      expect(fa <= fb, `${a.companyName} before ${b.companyName}`).toBe(true);
      if (fa === fb) expect(a.id < b.id).toBe(true);
    }
    // Accented names sit among their unaccented neighbours, not after "Z".
    const raw = rows.map((r) => r.companyName);
    const accented = raw.findIndex((n) => /^[ÉÖ]/.test(n));
    expect(accented).toBeGreaterThanOrEqual(0);
    expect(raw.slice(accented + 1).some((n) => /^[F-Z]/.test(n))).toBe(true);
  });

  it('sorts by company name descending as the exact reverse of ascending', () => {
    const ascending = index.query(query({ sort: 'companyName' })).rows.map((r) => r.id);
    const descending = index.query(query({ sort: '-companyName' })).rows.map((r) => r.id);
    expect(descending).toEqual([...ascending].reverse());
  });

  it('sorts by VIP ID and puts customers without an anniversary last by cotermDate', () => {
    const byVip = index.query(query({ sort: 'vipId' })).rows.map((r) => r.vipId);
    expect(byVip).toEqual([...byVip].sort());
    const byCoterm = index.query(query({ sort: 'cotermDate' })).rows;
    const firstNull = byCoterm.findIndex((r) => r.cotermDate === null);
    expect(firstNull).toBeGreaterThan(0);
    expect(byCoterm.slice(firstNull).every((r) => r.cotermDate === null)).toBe(true);
    const dates = byCoterm.slice(0, firstNull).map((r) => r.cotermDate ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it('sorts by status in the order INVITED, ACTIVE, DELAYED, SUSPENDED, INACTIVE', () => {
    const statuses = index.query(query({ sort: 'status' })).rows.map(statusOf);
    const ranks = statuses.map((s) => CUSTOMER_STATUSES.indexOf(s));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('CustomerQueryIndex status filter and counts', () => {
  const index = new CustomerQueryIndex(ROWS);

  it('counts every status as deriveCustomerStatus does', () => {
    const { statusCounts, totalCount } = index.query(query());
    const expected = Object.fromEntries(
      CUSTOMER_STATUSES.map((s) => [s, ROWS.filter((r) => statusOf(r) === s).length]),
    );
    expect(statusCounts).toEqual(expected);
    const sum = Object.values(statusCounts).reduce((a, b) => a + b, 0);
    expect(sum).toBe(totalCount);
    expect(sum).toBe(COUNT);
  });

  it('filters by status; the counts ignore the status filter', () => {
    const all = index.query(query());
    const delayed = index.query(query({ statuses: ['DELAYED', 'SUSPENDED'] }));
    expect(delayed.statusCounts).toEqual(all.statusCounts);
    expect(delayed.totalCount).toBe(all.statusCounts.DELAYED + all.statusCounts.SUSPENDED);
    expect(delayed.rows.every((r) => ['DELAYED', 'SUSPENDED'].includes(statusOf(r)))).toBe(true);
  });

  it('an empty status list filters nothing', () => {
    expect(index.query(query({ statuses: [] })).totalCount).toBe(COUNT);
  });

  it('the counts honour the other filters, and sum to the total without a status filter', () => {
    const filters: Partial<CustomerPageQuery> = {
      assignedTo: 'mem-jonas',
      marketSegment: 'COM',
    };
    const unfiltered = index.query(query(filters));
    const byStatus = index.query(query({ ...filters, statuses: ['ACTIVE'] }));
    expect(byStatus.statusCounts).toEqual(unfiltered.statusCounts);
    const sum = Object.values(unfiltered.statusCounts).reduce((a, b) => a + b, 0);
    expect(sum).toBe(unfiltered.totalCount);
    expect(unfiltered.totalCount).toBeLessThan(COUNT);
    const expected = ROWS.filter(
      (r) =>
        (r.accountManagerId === 'mem-jonas' || r.salesRepId === 'mem-jonas') &&
        r.marketSegment === 'COM',
    );
    expect(unfiltered.totalCount).toBe(expected.length);
    expect(byStatus.totalCount).toBe(expected.filter((r) => statusOf(r) === 'ACTIVE').length);
  });

  it('needs-attention keeps only customers with a reason, and the counts follow it', () => {
    const attention = index.query(query({ needsAttention: true }));
    const sum = Object.values(attention.statusCounts).reduce((a, b) => a + b, 0);
    expect(sum).toBe(attention.totalCount);
    expect(attention.totalCount).toBeGreaterThan(0);
    expect(attention.totalCount).toBeLessThan(COUNT);
    expect(attention.statusCounts.INACTIVE).toBe(0);
  });

  it('re-derives statuses for a later business date', () => {
    const later = index.query(query({ today: addDays(TODAY, 400) }));
    const now = index.query(query());
    expect(later.statusCounts.INACTIVE).toBeGreaterThan(now.statusCounts.INACTIVE);
    expect(index.query(query()).statusCounts).toEqual(now.statusCounts);
  });
});

describe('CustomerQueryIndex search', () => {
  const index = new CustomerQueryIndex(ROWS);
  const search = (q: string) => index.query(query({ q })).rows;

  it('finds a customer by its VIP ID', () => {
    const target = ROWS[137];
    if (!target) throw new Error('seed too small');
    expect(search(target.vipId).map((r) => r.id)).toEqual([target.id]);
    expect(search(`  ${target.vipId}  `).map((r) => r.id)).toEqual([target.id]);
  });

  it('finds customers by a substring of the contact e-mail, case-insensitively', () => {
    const target = ROWS[42];
    if (!target) throw new Error('seed too small');
    const local = first(target.contact.email.split('@'));
    const needle = local.toUpperCase();
    const found = search(needle);
    expect(found.map((r) => r.id)).toContain(target.id);
    const expected = ROWS.filter((r) =>
      fold([r.companyName, r.vipId, r.contact.email, ...r.poNumbers].join('\n')).includes(
        fold(needle),
      ),
    );
    expect(found.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
  });

  it('finds a customer by a PO number in any case', () => {
    const target = ROWS.find((r) => r.poNumbers.length > 0);
    if (!target) throw new Error('no PO numbers seeded');
    const po = first(target.poNumbers);
    expect(search(po.toLowerCase()).map((r) => r.id)).toContain(target.id);
    expect(search(po).map((r) => r.id)).toContain(target.id);
  });

  it('folds diacritics: "bjork", "BJÖRK" and "Björk" find the same customers', () => {
    const withUmlaut = ROWS.filter((r) => r.companyName.includes('Björk'));
    expect(withUmlaut.length).toBeGreaterThan(0);
    const ids = (q: string) =>
      search(q)
        .map((r) => r.id)
        .sort();
    expect(ids('bjork')).toEqual(ids('BJÖRK'));
    expect(ids('bjork')).toEqual(ids('Björk'));
    for (const row of withUmlaut) expect(ids('bjork')).toContain(row.id);
  });

  it('finds nothing for text no customer holds', () => {
    const result = index.query(query({ q: 'no-such-customer-xyz' }));
    expect(result.rows).toEqual([]);
    expect(result.totalCount).toBe(0);
  });
});

describe('CustomerQueryIndex scope and paging', () => {
  const index = new CustomerQueryIndex(ROWS);

  it('assignedTo keeps the customers whose account manager or sales rep is the member', () => {
    for (const member of ['mem-jonas', 'mem-erik', 'mem-alva']) {
      const result = index.query(query({ assignedTo: member }));
      const expected = ROWS.filter((r) => r.accountManagerId === member || r.salesRepId === member);
      expect(result.totalCount, member).toBe(expected.length);
      expect(result.rows.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    }
    expect(index.query(query({ assignedTo: 'mem-alva' })).totalCount).toBe(0);
  });

  it('offset and limit slice the same order, with the same total on every page', () => {
    for (const sort of ['companyName', '-cotermDate', 'status'] as const) {
      const full = index.query(query({ sort })).rows.map((r) => r.id);
      const pages: string[] = [];
      for (let offset = 0; offset < COUNT; offset += 25) {
        const page = index.query(query({ sort, offset, limit: 25 }));
        expect(page.totalCount).toBe(COUNT);
        expect(page.rows.length).toBeLessThanOrEqual(25);
        pages.push(...page.rows.map((r) => r.id));
      }
      expect(pages, sort).toEqual(full);
    }
  });

  it('a page past the end is empty but still reports the total', () => {
    const page = index.query(query({ offset: COUNT + 10, limit: 25 }));
    expect(page.rows).toEqual([]);
    expect(page.totalCount).toBe(COUNT);
  });

  it('paging applies after filtering', () => {
    const filtered = index.query(query({ statuses: ['ACTIVE'] }));
    const second = index.query(query({ statuses: ['ACTIVE'], offset: 10, limit: 10 }));
    expect(second.rows).toEqual(filtered.rows.slice(10, 20));
    expect(second.totalCount).toBe(filtered.totalCount);
  });
});

describe('CustomerQueryIndex upsert', () => {
  it('re-sorts and re-indexes a changed row', () => {
    const index = new CustomerQueryIndex(seededRows());
    const before = index.query(query()).rows;
    const target = before[0];
    if (!target) throw new Error('no rows');
    expect(index.query(query({ q: 'zzzz renamed' })).totalCount).toBe(0);

    index.upsert({ ...target, companyName: 'Zzzz Renamed Ltd', version: target.version + 1 });
    expect(index.size).toBe(COUNT);
    expect(index.get(target.id)?.companyName).toBe('Zzzz Renamed Ltd');

    const after = index.query(query()).rows;
    expect(after.at(-1)?.id).toBe(target.id);
    expect(index.query(query({ sort: '-companyName', limit: 1 })).rows[0]?.id).toBe(target.id);
    expect(index.query(query({ q: 'ZZZZ RENAMED' })).rows.map((r) => r.id)).toEqual([target.id]);
    const oldName = fold(target.companyName);
    const byOldName = index.query(query({ q: oldName })).rows;
    expect(byOldName.map((r) => r.id)).not.toContain(target.id);
  });

  it('re-derives the status of a changed row', () => {
    const index = new CustomerQueryIndex(seededRows());
    const target = index.query(query({ statuses: ['ACTIVE'], limit: 1 })).rows[0];
    if (!target) throw new Error('no ACTIVE customer');
    const delayedBefore = index.query(query({ statuses: ['DELAYED'] })).totalCount;

    index.upsert({ ...target, oldestPendingPaCreationDate: addDays(TODAY, -31) });
    const delayed = index.query(query({ statuses: ['DELAYED'] }));
    expect(delayed.totalCount).toBe(delayedBefore + 1);
    expect(delayed.rows.map((r) => r.id)).toContain(target.id);
  });

  it('adds a row with a new id', () => {
    const index = new CustomerQueryIndex(seededRows());
    const template = first(ROWS);
    index.upsert({ ...template, id: 'cus-new', vipId: '1999999999', companyName: 'AAAA New' });
    expect(index.size).toBe(COUNT + 1);
    expect(index.query(query({ limit: 1 })).rows[0]?.id).toBe('cus-new');
    expect(index.query(query({ q: '1999999999' })).rows.map((r) => r.id)).toEqual(['cus-new']);
  });
});
