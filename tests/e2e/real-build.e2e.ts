import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Strings only the embedded backend's code contains. */
const MOCK_MARKERS = [
  'mockServiceWorker',
  'setupWorker',
  'reseller-console-mock',
  'Injected failure',
  'northwind-licensing.example',
];

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|html)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the real-backend build (npm run build:real)', () => {
  it('contains no mock code and no MSW worker', () => {
    const files = builtFiles('dist-real');
    expect(files.length).toBeGreaterThan(3);
    expect(files.some((file) => file.endsWith('mockServiceWorker.js'))).toBe(false);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const marker of MOCK_MARKERS) {
        expect(text.includes(marker), `${file} contains ${marker}`).toBe(false);
      }
    }
  });

  it('while the demo build does carry the embedded backend (so the check above can fail)', () => {
    const text = builtFiles('dist')
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(MOCK_MARKERS.filter((marker) => text.includes(marker)).length).toBeGreaterThan(2);
  });
});
