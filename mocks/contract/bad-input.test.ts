import { describe, expect, it } from 'vitest';
import { ValidationDetailsSchema } from '@/api/common/errors';
import { ApiHarness } from '../testing/harness';
import type { RouteDoc } from '../handlers/route';
import { badCases, exampleFor, jsonSchemaOf } from './json-schema-cases';
import { VALID_BODIES } from './valid-bodies';

/**
 * SPEC §11 / issue 4: every endpoint fed bad input (missing and unknown fields, wrong types,
 * too long, boundary ± 1) answers 400 VALIDATION naming the field, and stores nothing. The
 * cases are derived from each route's own request schema, so a new route is covered as soon
 * as it is registered.
 */
const harness = await ApiHarness.create();
const token = await harness.signIn('mem-alva');
const keyOf = (route: RouteDoc) => `${route.method.toUpperCase()} ${route.path}`;
const pathOf = (route: RouteDoc) => route.path.replace(/:(\w+)/g, 'x-1');
const bodyRoutes = harness.backend.routes.filter((route) => route.body !== undefined);
const SCRIPT = '<script>alert(1)</script>';

function validBody(route: RouteDoc): unknown {
  const override = VALID_BODIES[keyOf(route)];
  return override ?? exampleFor('', jsonSchemaOf(route.body as NonNullable<RouteDoc['body']>));
}

async function expectRefused(
  route: RouteDoc,
  request: { body?: unknown; rawBody?: string; query?: Record<string, string>; path?: string },
  field: string,
) {
  const before = await harness.counts();
  const answer = await harness.request(route.method, request.path ?? pathOf(route), {
    token,
    ...request,
    version: 1,
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(400);
  const envelope = answer.body as { code: string; details: unknown };
  expect(envelope.code).toBe('VALIDATION');
  const { fields } = ValidationDetailsSchema.parse(envelope.details);
  expect(
    fields.map((f) => f.path),
    `expected a field issue at ${field}`,
  ).toSatisfy((paths: string[]) =>
    paths.some((path) => field === '' || path === field || path.startsWith(`${field}.`)),
  );
  expect(await harness.counts()).toEqual(before);
}

describe('every request body: bad input is refused with 400 naming the field, nothing stored', () => {
  it('covers routes with bodies', () => {
    expect(bodyRoutes.length).toBeGreaterThan(3);
  });

  describe.each(bodyRoutes.map((route) => [keyOf(route), route] as const))('%s', (_, route) => {
    const schema = route.body as NonNullable<RouteDoc['body']>;
    const json = jsonSchemaOf(schema);
    const valid = validBody(route);

    it('has a valid example and a strict schema (unknown fields refused)', () => {
      const parsed = schema.safeParse(valid);
      expect(parsed.success, `add a VALID_BODIES entry: ${JSON.stringify(parsed.error)}`).toBe(
        true,
      );
      if (json.type === 'object') expect(json.additionalProperties).toBe(false);
    });

    it('refuses a missing body and a body that is not JSON', async () => {
      if (schema.safeParse({}).success) return;
      await expectRefused(route, {}, '');
      await expectRefused(route, { rawBody: '{"not json' }, '(body)');
    });

    const cases = badCases(json, valid);
    it.each(cases.map((c) => [c.label, c] as const))('%s', async (_label, badCase) => {
      // The schema is the oracle: a case it would accept is not bad input for this route.
      if (schema.safeParse(badCase.body).success) return;
      await expectRefused(route, { body: badCase.body }, badCase.field);
    });
  });
});

describe('free text is stored as text: HTML and script are not refused, nor interpreted', () => {
  it('a customer named with a script tag comes back as the same text', async () => {
    const body = structuredClone(VALID_BODIES['POST /customers']) as { companyName: string };
    body.companyName = `Acme ${SCRIPT}`;
    const answer = await harness.request('POST', '/customers', { token, body });
    expect(answer.status).toBe(201);
    expect((answer.body as { companyName: string }).companyName).toBe(`Acme ${SCRIPT}`);
  });
});

describe('query and path parameters', () => {
  const listRoutes = harness.backend.routes.filter(
    (route) => route.method === 'get' && route.query !== undefined,
  );
  it.each(listRoutes.map((route) => [keyOf(route), route] as const))(
    '%s refuses limit 0, 1001 and text',
    async (_, route) => {
      const shape = jsonSchemaOf(route.query as NonNullable<RouteDoc['query']>);
      if (!shape.properties?.limit) return;
      for (const limit of ['0', '1001', 'ten']) {
        await expectRefused(route, { query: { limit } }, 'query.limit');
      }
    },
  );

  const paramRoutes = harness.backend.routes.filter((route) => route.path.includes('/:'));
  it.each(paramRoutes.map((route) => [keyOf(route), route] as const))(
    '%s refuses an id of 65 characters',
    async (_, route) => {
      const name = /:(\w+)/.exec(route.path)?.[1] ?? '';
      const path = route.path.replace(`:${name}`, 'a'.repeat(65)).replace(/:(\w+)/g, 'x-1');
      await expectRefused(
        route,
        { path, ...(route.body ? { body: validBody(route) } : {}) },
        `params.${name}`,
      );
    },
  );
});
