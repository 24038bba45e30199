import { describe, expect, it } from 'vitest';
import {
  CASE_STATUSES,
  canAttachFile,
  canComment,
  canEditCase,
  isInCaseView,
  type CaseStatus,
} from './cases';

const of = (status: CaseStatus, createdBy = 'me') => ({ status, createdBy });

describe('case list views', () => {
  it('ACTIVE holds every case that is not closed', () => {
    expect(CASE_STATUSES.filter((s) => isInCaseView(of(s), 'ACTIVE', 'me'))).toEqual([
      'OPEN',
      'IN_PROGRESS',
      'WAITING_ON_CUSTOMER',
    ]);
  });

  it('MY_OPEN holds my cases that are not closed', () => {
    expect(isInCaseView(of('IN_PROGRESS'), 'MY_OPEN', 'me')).toBe(true);
    expect(isInCaseView(of('IN_PROGRESS', 'other'), 'MY_OPEN', 'me')).toBe(false);
    expect(isInCaseView(of('CLOSED'), 'MY_OPEN', 'me')).toBe(false);
  });

  it('ALL_OPEN holds cases still OPEN, by anyone; ALL holds every case', () => {
    expect(CASE_STATUSES.filter((s) => isInCaseView(of(s, 'x'), 'ALL_OPEN', 'me'))).toEqual([
      'OPEN',
    ]);
    expect(CASE_STATUSES.every((s) => isInCaseView(of(s, 'x'), 'ALL', 'me'))).toBe(true);
  });
});

describe('changing a case', () => {
  it('takes comments and files until it is closed', () => {
    for (const status of CASE_STATUSES.filter((s) => s !== 'CLOSED')) {
      expect(canComment({ status })).toEqual({ ok: true });
      expect(canAttachFile({ status }).ok).toBe(true);
    }
    expect(canComment({ status: 'CLOSED' })).toEqual({ ok: false, reason: 'CASE_CLOSED' });
    expect(canAttachFile({ status: 'CLOSED' }).ok).toBe(false);
  });

  it('edits an open case freely, a closed one only to reopen it', () => {
    expect(canEditCase({ status: 'OPEN' }, {}).ok).toBe(true);
    expect(canEditCase({ status: 'OPEN' }, { status: 'CLOSED' }).ok).toBe(true);
    expect(canEditCase({ status: 'CLOSED' }, {})).toEqual({ ok: false, reason: 'CASE_CLOSED' });
    expect(canEditCase({ status: 'CLOSED' }, { status: 'CLOSED' }).ok).toBe(false);
    expect(canEditCase({ status: 'CLOSED' }, { status: 'OPEN' }).ok).toBe(true);
  });
});
