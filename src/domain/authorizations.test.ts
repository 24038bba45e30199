import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@/api/common/errors';
import { addDays } from './calendar-date';
import {
  anniversaryForNewSeats,
  canCreatePurchaseAuthorization,
  canEditPurchaseAuthorization,
  canPlaceOrder,
  canWithdraw,
  canWithdrawFlagged,
  daysUntilDeadline,
  deploymentDateIssue,
  isOverdue,
  licencesAssignedFrom,
  paOrderDeadline,
  paStartDate,
  seatsRemovedByEdit,
  validatePaLines,
  type CreatePaReason,
  type EditPaReason,
  type PaFacts,
  type PaLine,
  type PaLineReason,
  type PaOffer,
  type WithdrawReason,
} from './authorizations';
import { CUSTOMER_STATUSES } from './customer-status';
import { DEFAULT_RULES, type Rules } from './rules';

const CREATED = '2026-03-10';

function pa(overrides: Partial<PaFacts> = {}): PaFacts {
  return {
    status: 'PENDING',
    creationDate: CREATED,
    licenseType: 'TEAM',
    lineItems: [
      { offerId: 'a', quantity: 5 },
      { offerId: 'b', quantity: 3 },
    ],
    ...overrides,
  };
}

const offers: PaOffer[] = [
  { id: 'a', licenseType: 'TEAM', marketSegments: ['COM', 'EDU'], educationDevice: false },
  { id: 'b', licenseType: 'TEAM', marketSegments: ['COM'], educationDevice: false },
  { id: 'e', licenseType: 'ENTERPRISE', marketSegments: ['COM'], educationDevice: false },
  { id: 'dev', licenseType: 'TEAM', marketSegments: ['EDU'], educationDevice: true },
  { id: 'gov', licenseType: 'TEAM', marketSegments: ['GOV'], educationDevice: false },
];
const team = { licenseType: 'TEAM', marketSegment: 'COM' } as const;
const enterprise = { licenseType: 'ENTERPRISE', marketSegment: 'COM' } as const;

describe('every reason is a stable error code', () => {
  it('belongs to ERROR_CODES', () => {
    const reasons: (PaLineReason | EditPaReason | WithdrawReason | CreatePaReason)[] = [
      'TOO_MANY_LINES',
      'LAST_LINE_REQUIRED',
      'DUPLICATE_OFFER',
      'OFFER_NOT_AVAILABLE',
      'EDUCATION_DEVICE_LICENCE',
      'LICENSE_TYPE_MISMATCH',
      'QUANTITY_OUT_OF_RANGE',
      'PA_NOT_PENDING',
      'LICENSES_ASSIGNED',
      'CUSTOMER_DELAYED',
      'CUSTOMER_SUSPENDED',
    ];
    for (const reason of reasons) expect(ERROR_CODES).toContain(reason);
  });
});

describe('paOrderDeadline', () => {
  it('is creation + 30 days; day 30 is the last day, day 31 overdue', () => {
    expect(paOrderDeadline(pa())).toBe('2026-04-09');
    const day30 = addDays(CREATED, 30);
    const day31 = addDays(CREATED, 31);
    expect(daysUntilDeadline(pa(), CREATED)).toBe(30);
    expect(daysUntilDeadline(pa(), day30)).toBe(0);
    expect(isOverdue(pa(), day30)).toBe(false);
    expect(daysUntilDeadline(pa(), day31)).toBe(-1);
    expect(isOverdue(pa(), day31)).toBe(true);
  });

  it('is never overdue once ordered or withdrawn', () => {
    const later = addDays(CREATED, 90);
    expect(isOverdue(pa({ status: 'ORDERED' }), later)).toBe(false);
    expect(isOverdue(pa({ status: 'WITHDRAWN' }), later)).toBe(false);
  });

  it('takes the number of days from the rules', () => {
    const rules: Rules = { ...DEFAULT_RULES, paOrderDeadlineDays: 14 };
    expect(paOrderDeadline(pa(), rules)).toBe('2026-03-24');
    expect(isOverdue(pa(), '2026-03-24', rules)).toBe(false);
    expect(isOverdue(pa(), '2026-03-25', rules)).toBe(true);
  });
});

describe('canCreatePurchaseAuthorization', () => {
  it('refuses a delayed or suspended customer and allows every other status', () => {
    expect(canCreatePurchaseAuthorization('DELAYED')).toEqual({
      ok: false,
      reason: 'CUSTOMER_DELAYED',
    });
    expect(canCreatePurchaseAuthorization('SUSPENDED')).toEqual({
      ok: false,
      reason: 'CUSTOMER_SUSPENDED',
    });
    for (const status of CUSTOMER_STATUSES.filter((s) => s !== 'DELAYED' && s !== 'SUSPENDED')) {
      expect(canCreatePurchaseAuthorization(status), status).toEqual({ ok: true });
    }
  });
});

describe('anniversary, deployment date and start date', () => {
  it('co-terms with the anniversary ahead, the next one in grace, else a new 12-month term', () => {
    expect(anniversaryForNewSeats('2026-11-23', '2026-03-10')).toBe('2026-11-23');
    expect(anniversaryForNewSeats(null, '2026-03-10')).toBe('2027-03-10');
    // On the anniversary and through grace: the next anniversary (a renewal moves there).
    expect(anniversaryForNewSeats('2026-03-10', '2026-03-10')).toBe('2027-03-10');
    expect(anniversaryForNewSeats('2026-03-10', '2026-04-09')).toBe('2027-03-10');
    // Past grace, every term is over: a new first term.
    expect(anniversaryForNewSeats('2026-03-10', '2026-04-10')).toBe('2027-04-10');
  });

  it('accepts today up to the day before the anniversary', () => {
    const today = '2026-03-10';
    const anniversary = '2026-11-23';
    expect(deploymentDateIssue('2026-03-09', today, anniversary)).toBe('BEFORE_TODAY');
    expect(deploymentDateIssue(today, today, anniversary)).toBeNull();
    expect(deploymentDateIssue('2026-11-22', today, anniversary)).toBeNull();
    expect(deploymentDateIssue(anniversary, today, anniversary)).toBe('NOT_BEFORE_ANNIVERSARY');
  });

  it('starts on the deployment date, never before the creation date', () => {
    expect(paStartDate({ creationDate: CREATED, deploymentDate: '2026-04-01' })).toBe('2026-04-01');
    expect(paStartDate({ creationDate: CREATED, deploymentDate: '2026-03-01' })).toBe(CREATED);
  });
});

describe('validatePaLines', () => {
  const lines = (count: number): PaLine[] =>
    Array.from({ length: count }, (_, i) => ({ offerId: `o${i}`, quantity: 1 }));
  const many = (count: number): PaOffer[] =>
    Array.from({ length: count }, (_, i) => ({
      id: `o${i}`,
      licenseType: 'TEAM',
      marketSegments: ['COM'],
      educationDevice: false,
    }));

  it('takes 1 to 499 lines', () => {
    expect(validatePaLines([], offers, team)).toMatchObject({
      ok: false,
      reason: 'LAST_LINE_REQUIRED',
    });
    expect(validatePaLines(lines(1), many(1), team)).toEqual({ ok: true });
    expect(validatePaLines(lines(499), many(500), team)).toEqual({ ok: true });
    expect(validatePaLines(lines(500), many(500), team)).toEqual({
      ok: false,
      reason: 'TOO_MANY_LINES',
      details: { lineIndex: null },
    });
  });

  it('refuses an offer twice, naming the second line', () => {
    expect(
      validatePaLines(
        [
          { offerId: 'a', quantity: 1 },
          { offerId: 'b', quantity: 1 },
          { offerId: 'a', quantity: 2 },
        ],
        offers,
        team,
      ),
    ).toEqual({
      ok: false,
      reason: 'DUPLICATE_OFFER',
      details: { lineIndex: 2, offerId: 'a' },
    });
  });

  it('refuses unknown offers and offers not sold to the segment', () => {
    expect(validatePaLines([{ offerId: 'zzz', quantity: 1 }], offers, team)).toMatchObject({
      reason: 'OFFER_NOT_AVAILABLE',
      details: { lineIndex: 0 },
    });
    const lines2 = [
      { offerId: 'a', quantity: 1 },
      { offerId: 'gov', quantity: 1 },
    ];
    expect(validatePaLines(lines2, offers, team)).toMatchObject({
      reason: 'OFFER_NOT_AVAILABLE',
      details: { lineIndex: 1, offerId: 'gov' },
    });
    expect(
      validatePaLines(lines2, offers, { licenseType: 'TEAM', marketSegment: 'GOV' }),
    ).toMatchObject({ reason: 'OFFER_NOT_AVAILABLE', details: { lineIndex: 0 } });
  });

  it('never takes an education device licence, even for an EDU customer', () => {
    expect(
      validatePaLines([{ offerId: 'dev', quantity: 1 }], offers, {
        licenseType: 'TEAM',
        marketSegment: 'EDU',
      }),
    ).toMatchObject({ reason: 'EDUCATION_DEVICE_LICENCE', details: { lineIndex: 0 } });
  });

  it('refuses an offer of the other licence type', () => {
    expect(validatePaLines([{ offerId: 'e', quantity: 1 }], offers, team)).toMatchObject({
      reason: 'LICENSE_TYPE_MISMATCH',
    });
    expect(validatePaLines([{ offerId: 'a', quantity: 1 }], offers, enterprise)).toMatchObject({
      reason: 'LICENSE_TYPE_MISMATCH',
    });
  });

  it('takes TEAM quantities 1 to 10,000', () => {
    const check = (quantity: number) => validatePaLines([{ offerId: 'a', quantity }], offers, team);
    expect(check(0)).toMatchObject({ reason: 'QUANTITY_OUT_OF_RANGE' });
    expect(check(1)).toEqual({ ok: true });
    expect(check(10_000)).toEqual({ ok: true });
    expect(check(10_001)).toMatchObject({ reason: 'QUANTITY_OUT_OF_RANGE' });
    expect(check(2.5)).toMatchObject({ reason: 'QUANTITY_OUT_OF_RANGE' });
  });

  it('takes ENTERPRISE quantities 1 to 200,000', () => {
    const check = (quantity: number) =>
      validatePaLines([{ offerId: 'e', quantity }], offers, enterprise);
    expect(check(0)).toMatchObject({ reason: 'QUANTITY_OUT_OF_RANGE' });
    expect(check(1)).toEqual({ ok: true });
    expect(check(200_000)).toEqual({ ok: true });
    expect(check(200_001)).toMatchObject({ reason: 'QUANTITY_OUT_OF_RANGE' });
  });

  it('answers the first refusal in line order', () => {
    expect(
      validatePaLines(
        [
          { offerId: 'a', quantity: 1 },
          { offerId: 'b', quantity: 0 },
          { offerId: 'zzz', quantity: 1 },
        ],
        offers,
        team,
      ),
    ).toMatchObject({ reason: 'QUANTITY_OUT_OF_RANGE', details: { lineIndex: 1, offerId: 'b' } });
  });

  it('takes the limits from the rules', () => {
    const rules: Rules = {
      ...DEFAULT_RULES,
      linesPerOrder: { min: 1, max: 2 },
      quantityPerLine: { TEAM: { min: 2, max: 3 }, ENTERPRISE: { min: 1, max: 5 } },
    };
    expect(validatePaLines(lines(3), many(3), team, rules)).toMatchObject({
      reason: 'TOO_MANY_LINES',
    });
    expect(validatePaLines([{ offerId: 'a', quantity: 1 }], offers, team, rules)).toMatchObject({
      reason: 'QUANTITY_OUT_OF_RANGE',
    });
    expect(validatePaLines([{ offerId: 'a', quantity: 3 }], offers, team, rules)).toEqual({
      ok: true,
    });
  });
});

describe('licencesAssignedFrom and canWithdraw', () => {
  // Subscription a: 15 seats of which 5 come from the PA; b: 3 seats, all from the PA.
  const subs = (usedA: number, usedB = 0) => [
    { offerId: 'a', currentQuantity: 15, usedQuantity: usedA },
    { offerId: 'b', currentQuantity: 3, usedQuantity: usedB },
  ];

  it('is assigned once users hold more seats than the subscription has without the PA', () => {
    expect(licencesAssignedFrom(pa(), subs(10))).toBe(false);
    expect(licencesAssignedFrom(pa(), subs(11))).toBe(true);
    expect(licencesAssignedFrom(pa(), subs(0, 1))).toBe(true);
    expect(licencesAssignedFrom(pa(), [])).toBe(false);
  });

  it('is never assigned from a PA that is not pending', () => {
    expect(licencesAssignedFrom(pa({ status: 'ORDERED' }), subs(15, 3))).toBe(false);
  });

  it('withdraws only a pending PA none of whose licences is assigned', () => {
    expect(canWithdraw(pa(), subs(10))).toEqual({ ok: true });
    expect(canWithdraw(pa(), subs(11))).toEqual({ ok: false, reason: 'LICENSES_ASSIGNED' });
    for (const status of ['ORDERED', 'WITHDRAWN', 'CANCELLED'] as const) {
      expect(canWithdraw(pa({ status }), subs(0))).toEqual({
        ok: false,
        reason: 'PA_NOT_PENDING',
      });
    }
  });
});

describe('canWithdrawFlagged', () => {
  it('answers as canWithdraw does, from the API flag instead of seat counts', () => {
    expect(canWithdrawFlagged({ status: 'PENDING', licencesAssigned: false })).toEqual({
      ok: true,
    });
    expect(canWithdrawFlagged({ status: 'PENDING', licencesAssigned: true })).toEqual({
      ok: false,
      reason: 'LICENSES_ASSIGNED',
    });
    for (const status of ['ORDERED', 'WITHDRAWN', 'CANCELLED'] as const) {
      expect(canWithdrawFlagged({ status, licencesAssigned: false })).toEqual({
        ok: false,
        reason: 'PA_NOT_PENDING',
      });
    }
  });
});

describe('canEditPurchaseAuthorization', () => {
  const subs = [
    { offerId: 'a', currentQuantity: 15, usedQuantity: 12 },
    { offerId: 'b', currentQuantity: 3, usedQuantity: 0 },
  ];

  it('removes lines and lowers quantities', () => {
    expect(canEditPurchaseAuthorization(pa(), [{ offerId: 'a', quantity: 5 }], subs)).toEqual({
      ok: true,
    });
    expect(
      canEditPurchaseAuthorization(
        pa(),
        [
          { offerId: 'a', quantity: 3 },
          { offerId: 'b', quantity: 1 },
        ],
        subs,
      ),
    ).toEqual({ ok: true });
  });

  it('refuses a PA that is not pending', () => {
    expect(
      canEditPurchaseAuthorization(pa({ status: 'ORDERED' }), [{ offerId: 'a', quantity: 1 }], []),
    ).toMatchObject({ reason: 'PA_NOT_PENDING' });
  });

  it('keeps at least one line', () => {
    expect(canEditPurchaseAuthorization(pa(), [], subs)).toMatchObject({
      reason: 'LAST_LINE_REQUIRED',
    });
  });

  it('refuses a new offer, more seats, zero seats and an offer twice', () => {
    expect(canEditPurchaseAuthorization(pa(), [{ offerId: 'e', quantity: 1 }], subs)).toEqual({
      ok: false,
      reason: 'OFFER_NOT_AVAILABLE',
      details: { lineIndex: 0, offerId: 'e' },
    });
    expect(canEditPurchaseAuthorization(pa(), [{ offerId: 'a', quantity: 6 }], subs)).toMatchObject(
      { reason: 'QUANTITY_OUT_OF_RANGE' },
    );
    expect(canEditPurchaseAuthorization(pa(), [{ offerId: 'a', quantity: 0 }], subs)).toMatchObject(
      { reason: 'QUANTITY_OUT_OF_RANGE' },
    );
    expect(
      canEditPurchaseAuthorization(
        pa(),
        [
          { offerId: 'a', quantity: 1 },
          { offerId: 'a', quantity: 1 },
        ],
        subs,
      ),
    ).toMatchObject({ reason: 'DUPLICATE_OFFER', details: { lineIndex: 1 } });
  });

  it('never takes away seats users hold', () => {
    // a: 15 seats, 12 used: 3 may go, the 4th may not.
    expect(
      canEditPurchaseAuthorization(
        pa(),
        [
          { offerId: 'a', quantity: 2 },
          { offerId: 'b', quantity: 3 },
        ],
        subs,
      ),
    ).toEqual({ ok: true });
    expect(
      canEditPurchaseAuthorization(
        pa(),
        [
          { offerId: 'a', quantity: 1 },
          { offerId: 'b', quantity: 3 },
        ],
        subs,
      ),
    ).toEqual({ ok: false, reason: 'LICENSES_ASSIGNED', details: { lineIndex: 0, offerId: 'a' } });
    const busyB = [
      { offerId: 'a', currentQuantity: 15, usedQuantity: 12 },
      { offerId: 'b', currentQuantity: 3, usedQuantity: 1 },
    ];
    expect(canEditPurchaseAuthorization(pa(), [{ offerId: 'a', quantity: 5 }], busyB)).toEqual({
      ok: false,
      reason: 'LICENSES_ASSIGNED',
      details: { lineIndex: null, offerId: 'b' },
    });
  });

  it('counts the seats an edit takes away per offer', () => {
    expect([
      ...seatsRemovedByEdit(pa().lineItems, [{ offerId: 'a', quantity: 2 }]).entries(),
    ]).toEqual([
      ['a', 3],
      ['b', 3],
    ]);
  });
});

describe('canPlaceOrder', () => {
  it('orders only a pending PA', () => {
    expect(canPlaceOrder(pa())).toEqual({ ok: true });
    for (const status of ['ORDERED', 'WITHDRAWN', 'CANCELLED'] as const) {
      expect(canPlaceOrder(pa({ status }))).toEqual({ ok: false, reason: 'PA_NOT_PENDING' });
    }
  });
});
