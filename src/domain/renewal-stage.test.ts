import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import { daysUntil, isRenewalDue, renewalStage, type RenewalStage } from './renewal-stage';
import { DEFAULT_RULES, type Rules } from './rules';

const TODAY = '2026-11-23';
/** The stage of an anniversary `daysLeft` days after today. */
const stageWith = (daysLeft: number, rules?: Rules) =>
  renewalStage(addDays(TODAY, daysLeft), TODAY, rules);

describe('renewalStage with the default rules', () => {
  const cases: [number, RenewalStage][] = [
    [365, 'NOT_SHOWN'],
    [91, 'NOT_SHOWN'],
    [90, 'UPCOMING'],
    [31, 'UPCOMING'],
    [30, 'WINDOW_OPEN'],
    [1, 'WINDOW_OPEN'],
    [0, 'DUE'],
    [-1, 'GRACE'],
    [-30, 'GRACE'],
    [-31, 'REMOVED'],
    [-400, 'REMOVED'],
  ];
  it.each(cases)('%i days left is %s', (daysLeft, stage) => {
    expect(stageWith(daysLeft)).toBe(stage);
  });

  it('counts days across a year end', () => {
    expect(renewalStage('2027-01-01', '2026-12-02')).toBe('WINDOW_OPEN'); // 30 days
    expect(renewalStage('2027-01-01', '2026-12-01')).toBe('UPCOMING'); // 31 days
  });
});

describe('renewalStage with custom rules', () => {
  const rules: Rules = { ...DEFAULT_RULES, renewalOverviewFromDays: 45, renewalGraceDays: 14 };
  const cases: [number, RenewalStage][] = [
    [90, 'NOT_SHOWN'],
    [46, 'NOT_SHOWN'],
    [45, 'UPCOMING'],
    [31, 'UPCOMING'],
    [30, 'WINDOW_OPEN'],
    [0, 'DUE'],
    [-14, 'GRACE'],
    [-15, 'REMOVED'],
    [-30, 'REMOVED'],
  ];
  it.each(cases)('overview from 45, grace 14: %i days left is %s', (daysLeft, stage) => {
    expect(stageWith(daysLeft, rules)).toBe(stage);
  });

  it('a window opening 14 days ahead moves the WINDOW_OPEN boundary', () => {
    const early: Rules = { ...DEFAULT_RULES, renewalWindowOpensDays: 14 };
    expect(stageWith(15, early)).toBe('UPCOMING');
    expect(stageWith(14, early)).toBe('WINDOW_OPEN');
  });
});

describe('isRenewalDue', () => {
  it('is true for an open window, the due day and grace only', () => {
    const due: Record<RenewalStage, boolean> = {
      NOT_SHOWN: false,
      UPCOMING: false,
      WINDOW_OPEN: true,
      DUE: true,
      GRACE: true,
      REMOVED: false,
    };
    for (const [stage, expected] of Object.entries(due) as [RenewalStage, boolean][]) {
      expect(isRenewalDue(stage), stage).toBe(expected);
    }
  });
});

describe('daysUntil', () => {
  it('is positive for a future date and negative for a past one', () => {
    expect(daysUntil(TODAY, '2026-12-23')).toBe(30);
    expect(daysUntil(TODAY, '2026-11-22')).toBe(-1);
    expect(daysUntil(TODAY, TODAY)).toBe(0);
  });
});
