import {
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  type RouteConfig,
} from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ERROR_CODES, ErrorEnvelopeSchema } from '@/api/common/errors';
import { Backend } from './backend';
import { MemoryStore } from './db/memory-store';
import { handlers } from './handlers';
import type { RouteDoc } from './handlers/route';

const ERROR_RESPONSES: Record<number, string> = {
  400: 'VALIDATION: the request breaks the contract; details.fields names each field',
  401: 'UNAUTHENTICATED: no session, or it expired',
  403: 'FORBIDDEN: the role may not take this action',
  404: 'NOT_FOUND: no such resource, or a customer outside the caller’s scope',
  409: 'CONFLICT: the resource changed since the version in If-Match',
  422: 'A business rule refused (its stable code), or IDEMPOTENCY_KEY_REUSED',
  428: 'PRECONDITION_REQUIRED: an update without If-Match',
  503: 'SERVICE_UNAVAILABLE: try again with the same Idempotency-Key',
};

const IdempotencyHeaders = z.object({
  'Idempotency-Key': z.string().min(1).meta({
    description:
      'Unique per intended change; a retry with the same key and body returns the first answer',
  }),
});
const UpdateHeaders = IdempotencyHeaders.extend({
  'If-Match': z.string().meta({ description: 'The version the update is based on, e.g. "3"' }),
});

const isUpdate = (route: RouteDoc) =>
  route.method === 'patch' ||
  route.method === 'delete' ||
  (route.method === 'put' && route.path.includes('/:')) ||
  /\/(withdraw|order|returns|renewal|seats|payment|default|deactivate)$/.test(route.path);

function routeConfig(route: RouteDoc): RouteConfig {
  const status = route.status ?? (route.response ? 200 : 204);
  const mutation = route.method !== 'get';
  const request: RouteConfig['request'] = {};
  if (route.params instanceof z.ZodObject) request.params = route.params;
  if (route.query instanceof z.ZodObject) request.query = route.query;
  if (route.body) request.body = { content: { 'application/json': { schema: route.body } } };
  if (mutation) request.headers = isUpdate(route) ? UpdateHeaders : IdempotencyHeaders;
  const errors = Object.fromEntries(
    Object.entries(ERROR_RESPONSES)
      .filter(([code]) => route.auth || (code !== '401' && code !== '403'))
      .map(([code, description]) => [
        code,
        { description, content: { 'application/json': { schema: ErrorEnvelopeSchema } } },
      ]),
  );
  return {
    method: route.method,
    path: route.path.replace(/:(\w+)/g, '{$1}'),
    summary: route.summary ?? `${route.method.toUpperCase()} ${route.path}`,
    ...(route.auth ? { security: [{ bearer: [] }] } : {}),
    request,
    responses: {
      [status]: route.response
        ? { description: 'Success', content: { 'application/json': { schema: route.response } } }
        : { description: 'Success, no content' },
      ...errors,
    },
  };
}

/**
 * The OpenAPI document, generated from the routes the mock backend registers: the same zod
 * schemas that parse every request and check every answer (SPEC §6). `npm run openapi`
 * writes it to openapi.json; a test fails when the committed file is stale.
 */
export function buildOpenApiDocument() {
  const backend = new Backend({
    store: new MemoryStore(),
    baseUrl: '',
    initialDataset: { size: 'small' },
  });
  handlers(backend);
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  for (const route of backend.routes) registry.registerPath(routeConfig(route));
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Reseller Console API',
      version: '1.0.0',
      description: `Base path /api/v1. Every error is { code, message, details? }; codes: ${ERROR_CODES.join(', ')}.`,
    },
    servers: [{ url: '/api/v1' }],
  });
  return { document, ready: backend.ready };
}

export function openApiJson(): string {
  return `${JSON.stringify(buildOpenApiDocument().document, null, 2)}\n`;
}
