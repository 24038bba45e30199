import { allowed, refused, type Decision } from './decision';

/** Support cases (SPEC §3 "support case", §5.10; seed 003: Tableau's customer portal). */
export const CASE_TYPES = ['BILLING', 'TECHNICAL'] as const;
export const CASE_STATUSES = ['OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'CLOSED'] as const;
export const CASE_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * The list views of seed 003 ("active support cases, the cases you opened, all open cases, all
 * cases"; "recently viewed" is kept by the browser). ACTIVE: not closed. MY_OPEN: opened by me,
 * not closed. ALL_OPEN: still OPEN, nobody has taken it up yet (decided, so that it differs from
 * ACTIVE). ALL: every case.
 */
export const CASE_VIEWS = ['ACTIVE', 'MY_OPEN', 'ALL_OPEN', 'ALL'] as const;
export type CaseView = (typeof CASE_VIEWS)[number];

export function isInCaseView(
  supportCase: { status: CaseStatus; createdBy: string },
  view: CaseView,
  memberId: string,
): boolean {
  switch (view) {
    case 'ACTIVE':
      return supportCase.status !== 'CLOSED';
    case 'MY_OPEN':
      return supportCase.status !== 'CLOSED' && supportCase.createdBy === memberId;
    case 'ALL_OPEN':
      return supportCase.status === 'OPEN';
    case 'ALL':
      return true;
  }
}

/** A closed case takes no more comments nor files (decided: reopen it first, by its status). */
export function canComment(supportCase: { status: CaseStatus }): Decision<'CASE_CLOSED'> {
  return supportCase.status === 'CLOSED' ? refused('CASE_CLOSED') : allowed;
}

export const canAttachFile = canComment;

/**
 * A closed case can only be reopened: an edit of a closed case must set another status (and may
 * change other fields with it). Any edit of a case that is not closed is allowed.
 */
export function canEditCase(
  supportCase: { status: CaseStatus },
  change: { status?: CaseStatus | undefined },
): Decision<'CASE_CLOSED'> {
  if (supportCase.status !== 'CLOSED') return allowed;
  return change.status !== undefined && change.status !== 'CLOSED'
    ? allowed
    : refused('CASE_CLOSED');
}
