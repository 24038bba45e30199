import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, openApiJson } from './openapi';

describe('openapi.json', () => {
  it('is generated from the current schemas (run `npm run openapi` when this fails)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '..', 'openapi.json'), 'utf8');
    expect(committed).toBe(openApiJson());
  });

  it('documents every route with its success answer and the error envelope', () => {
    const { document } = buildOpenApiDocument();
    const operations = Object.values(document.paths ?? {}).flatMap((item) =>
      Object.values(item as Record<string, { responses: Record<string, unknown> }>),
    );
    expect(operations.length).toBeGreaterThan(10);
    for (const operation of operations) {
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['400', '404']));
    }
  });
});
