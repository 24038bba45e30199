import { describe, expect, it } from 'vitest';
import { parseSeats } from './parse-seats';

describe('parseSeats', () => {
  it('reads whole numbers, spaces around allowed', () => {
    expect(parseSeats('0')).toBe(0);
    expect(parseSeats(' 12 ')).toBe(12);
    expect(parseSeats('200001')).toBe(200_001);
  });

  it('refuses anything else', () => {
    for (const text of ['', ' ', '1.5', '-1', '1e3', '12a', '1 2', '99999999999999999999']) {
      expect(parseSeats(text)).toBeNull();
    }
  });
});
