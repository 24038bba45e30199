import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_ERROR_CODES, ERROR_CODES } from '@/api/common/errors';
import { LANGUAGES, NAMESPACES } from './languages';

const ROOT = path.join(import.meta.dirname, 'locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = '', out = new Map<string, string>()) {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, String(value));
  }
  return out;
}

function catalogue(language: string, namespace: string) {
  return flatten(JSON.parse(readFileSync(path.join(ROOT, language, `${namespace}.json`), 'utf8')));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('translation catalogues', () => {
  it('has every namespace in every language, and nothing else', () => {
    for (const language of LANGUAGES) {
      const files = readdirSync(path.join(ROOT, language)).map((file) =>
        file.replace(/\.json$/, ''),
      );
      expect(files.sort()).toEqual([...NAMESPACES].sort());
    }
  });

  for (const namespace of NAMESPACES) {
    it(`${namespace}: every language has every key another has, with the same placeholders`, () => {
      const english = catalogue('en', namespace);
      const base = (key: string) => key.replace(PLURAL, '');
      const englishKeys = new Set([...english.keys()].map(base));
      for (const language of LANGUAGES) {
        const other = catalogue(language, namespace);
        const keys = new Set([...other.keys()].map(base));
        expect(
          [...englishKeys].filter((key) => !keys.has(key)),
          `${language} lacks`,
        ).toEqual([]);
        expect(
          [...keys].filter((key) => !englishKeys.has(key)),
          `${language} has extra`,
        ).toEqual([]);
        for (const [key, text] of other) {
          const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other'));
          if (source !== undefined)
            expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(source));
          expect(text.trim(), `${language} ${key} is empty`).not.toBe('');
        }
      }
    });
  }
});

describe('error codes', () => {
  it('every stable error code of the API has a message (SPEC §6)', () => {
    const english = catalogue('en', 'errors');
    const missing = [...ERROR_CODES, ...CLIENT_ERROR_CODES].filter(
      (code) => !english.has(`codes.${code}`),
    );
    expect(missing).toEqual([]);
  });
});
