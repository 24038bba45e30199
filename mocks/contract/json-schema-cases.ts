import { z } from 'zod';

/** The part of JSON Schema (as zod 4 writes it) that bad-input cases are derived from. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** A value for a field, guessed from its name and schema, that the schema should accept. */
export function exampleFor(name: string, schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.[0]) return exampleFor(name, variants[0]);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const key of schema.required ?? []) {
        const property = schema.properties?.[key];
        if (property) value[key] = exampleFor(key, property);
      }
      return value;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () =>
        exampleFor(name, schema.items ?? {}),
      );
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return false;
    case 'string': {
      if (/date$/i.test(name)) return '2027-06-01';
      if (/email/i.test(name)) return 'ann.berg@example.com';
      if (/base64/i.test(name)) return 'aGVsbG8=';
      const length = Math.max(schema.minLength ?? 1, Math.min(8, schema.maxLength ?? 8));
      return 'a'.repeat(length);
    }
    default:
      return 'a';
  }
}

export interface BadCase {
  label: string;
  /** The body to send. */
  body: unknown;
  /** The field path the 400 must name (prefix match). */
  field: string;
}

const clone = <T>(value: T): T => structuredClone(value);

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = clone(root);
  let node = copy as Record<string | number, unknown>;
  path.slice(0, -1).forEach((key) => {
    node = node[key] as Record<string | number, unknown>;
  });
  const last = path.at(-1);
  if (last === undefined) return value;
  // Removing a field: JSON.stringify drops undefined, so the request lacks it.
  node[last] = value;
  return copy;
}

function wrongTypeFor(schema: JsonSchema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'string') return 12345;
  if (type === 'integer' || type === 'number') return 'twelve';
  if (type === 'boolean') return 'yes';
  if (type === 'array') return { not: 'a list' };
  if (type === 'object') return 'not an object';
  return undefined;
}

/**
 * Every bad input the issue lists, derived from the schema around a valid body: each required
 * field missing, an unknown field, each field of the wrong type, each string one character too
 * long, each number one past its bounds, each list one item too long or short.
 */
export function badCases(
  schema: JsonSchema,
  valid: unknown,
  path: (string | number)[] = [],
  depth = 0,
): BadCase[] {
  const name = path.join('.') || '(body)';
  const cases: BadCase[] = [];
  const at = (value: unknown) => setAt(valid, path, value);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (path.length > 0) {
    const wrong = wrongTypeFor(schema);
    if (wrong !== undefined)
      cases.push({ label: `${name}: wrong type`, body: at(wrong), field: name });
  }
  if (type === 'string' && schema.maxLength !== undefined && !schema.enum) {
    cases.push({
      label: `${name}: ${schema.maxLength + 1} characters (max ${schema.maxLength})`,
      body: at('a'.repeat(schema.maxLength + 1)),
      field: name,
    });
  }
  const minLength = schema.minLength ?? 0;
  if (type === 'string' && minLength > 0 && !schema.enum) {
    cases.push({
      label: `${name}: ${minLength - 1} characters (min ${minLength})`,
      body: at('a'.repeat(minLength - 1)),
      field: name,
    });
  }
  if ((type === 'integer' || type === 'number') && path.length > 0) {
    if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) {
      cases.push({ label: `${name}: max + 1`, body: at(schema.maximum + 1), field: name });
    }
    if (schema.minimum !== undefined && schema.minimum > Number.MIN_SAFE_INTEGER) {
      cases.push({ label: `${name}: min − 1`, body: at(schema.minimum - 1), field: name });
    }
    if (type === 'integer') cases.push({ label: `${name}: not whole`, body: at(1.5), field: name });
  }
  if (type === 'array' && Array.isArray(getAt(valid, path))) {
    const items = getAt(valid, path) as unknown[];
    const first = items[0] ?? exampleFor(name, schema.items ?? {});
    if (schema.maxItems !== undefined && schema.maxItems <= 1000) {
      cases.push({
        label: `${name}: ${schema.maxItems + 1} items (max ${schema.maxItems})`,
        body: at(Array.from({ length: schema.maxItems + 1 }, () => clone(first))),
        field: name,
      });
    }
    if ((schema.minItems ?? 0) > 0) {
      cases.push({ label: `${name}: too few items`, body: at(items.slice(0, -1)), field: name });
    }
    if (items.length > 0 && schema.items && depth < 3) {
      cases.push(...badCases(schema.items, valid, [...path, 0], depth + 1));
    }
  }
  if (type === 'object' && schema.properties && depth < 3) {
    const value = getAt(valid, path) as Record<string, unknown> | undefined;
    if (value && typeof value === 'object') {
      if (schema.additionalProperties === false) {
        cases.push({
          label: `${name}: unknown field`,
          body: at({ ...value, unexpectedField: 'x' }),
          field: [...path, 'unexpectedField'].join('.'),
        });
      }
      for (const [key, property] of Object.entries(schema.properties)) {
        if (!(key in value)) continue;
        if (schema.required?.includes(key)) {
          cases.push({
            label: `${[...path, key].join('.')}: missing`,
            body: setAt(valid, [...path, key], undefined),
            field: [...path, key].join('.'),
          });
        }
        cases.push(...badCases(property, valid, [...path, key], depth + 1));
      }
    }
  }
  return cases;
}

function getAt(root: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
    root,
  );
}
