import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, RULE_SOURCES, volumeLevelFor, type Rules } from './rules';

describe('volumeLevelFor', () => {
  const cases: [number, number][] = [
    [0, 1],
    [1, 1],
    [9, 1],
    [10, 2],
    [49, 2],
    [50, 3],
    [99, 3],
    [100, 4],
    [250_000, 4],
  ];
  it.each(cases)('%i licences reach level %i', (licences, level) => {
    expect(volumeLevelFor(licences)).toBe(level);
  });

  it('follows custom thresholds', () => {
    const rules: Rules = { ...DEFAULT_RULES, volumeLevelThresholds: [1, 5, 20, 40] };
    expect(volumeLevelFor(4, rules)).toBe(1);
    expect(volumeLevelFor(5, rules)).toBe(2);
    expect(volumeLevelFor(19, rules)).toBe(2);
    expect(volumeLevelFor(20, rules)).toBe(3);
    expect(volumeLevelFor(40, rules)).toBe(4);
  });
});

describe('RULE_SOURCES', () => {
  it('names a non-empty source for every rule and for nothing else', () => {
    const ruleKeys = Object.keys(DEFAULT_RULES).sort();
    expect(Object.keys(RULE_SOURCES).sort()).toEqual(ruleKeys);
    for (const key of Object.keys(DEFAULT_RULES) as (keyof Rules)[]) {
      expect(RULE_SOURCES[key].trim().length, key).toBeGreaterThan(0);
    }
  });
});

describe('DEFAULT_RULES', () => {
  it('holds the SPEC §4 defaults', () => {
    expect(DEFAULT_RULES.paOrderDeadlineDays).toBe(30);
    expect(DEFAULT_RULES.paSuspensionAfterDays).toBe(60);
    expect(DEFAULT_RULES.renewalOverviewFromDays).toBe(90);
    expect(DEFAULT_RULES.renewalWindowOpensDays).toBe(30);
    expect(DEFAULT_RULES.renewalGraceDays).toBe(30);
    expect(DEFAULT_RULES.autoRenewCutoffDays).toBe(3);
    expect(DEFAULT_RULES.returnWindowDays).toBe(14);
    expect(DEFAULT_RULES.poNumberMaxLength).toBe(35);
  });
});
