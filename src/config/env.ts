import { z } from 'zod';

/**
 * The build's configuration, parsed once: a bad value stops the app at start with a clear
 * message instead of failing later. With VITE_API_BASE_URL set, the console talks to that
 * backend and never starts the embedded one.
 */
const EnvSchema = z.object({
  VITE_API_BASE_URL: z
    .string()
    .trim()
    .refine((value) => value === '' || value.startsWith('/') || /^https?:\/\//.test(value), {
      message: 'VITE_API_BASE_URL must be a path (/api) or an http(s) URL',
    })
    .optional(),
  BASE_URL: z.string().default('/'),
});

const parsed = EnvSchema.parse({
  VITE_API_BASE_URL: import.meta.env.VITE_API_BASE_URL as string | undefined,
  BASE_URL: import.meta.env.BASE_URL,
});

const realBackend = parsed.VITE_API_BASE_URL ? parsed.VITE_API_BASE_URL : null;

export const env = {
  /** True when the embedded mock backend serves the API (dev, tests, the demo build). */
  mockBackend: realBackend === null,
  apiBaseUrl: realBackend ?? `${parsed.BASE_URL}api/v1`,
  baseUrl: parsed.BASE_URL,
} as const;
