/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
  // msw → tough-cookie → tldts: a 110 kB public-suffix list the mock backend never needs.
  tldts: fileURLToPath(new URL('./mocks/shims/tldts.ts', import.meta.url)),
};

// A strict policy for the built console: no inline script, no eval, API calls only to
// ourselves or the configured real backend. The MSW worker is same-origin, so it fits.
const csp = (apiOrigin: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    // MUI/emotion inject <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

export default defineConfig(({ mode }) => {
  const apiBase = process.env.VITE_API_BASE_URL ?? (mode === 'real' ? '/api/v1' : '');
  let apiOrigin = '';
  try {
    apiOrigin = apiBase.startsWith('http') ? new URL(apiBase).origin : '';
  } catch {
    apiOrigin = '';
  }
  return {
    base: process.env.BASE_PATH ?? '/',
    // public/ holds only the MSW worker: the real-backend build ships without it.
    publicDir: mode === 'real' ? false : 'public',
    plugins: [
      react(),
      {
        name: 'content-security-policy',
        apply: 'build',
        transformIndexHtml: (html: string) =>
          html.replace(
            '<!-- CSP -->',
            `<meta http-equiv="Content-Security-Policy" content="${csp(apiOrigin)}" />`,
          ),
      },
    ],
    resolve: { alias },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    build: {
      target: 'es2022',
      sourcemap: false,
      // The chunk graph, for npm run bench to tell the mock backend's chunks apart.
      manifest: true,
      chunkSizeWarningLimit: 1200,
    },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['src/**/*.test.ts', 'mocks/**/*.test.ts'],
            setupFiles: ['tests/setup/unit.ts'],
            testTimeout: 20000,
          },
        },
        {
          extends: true,
          test: {
            name: 'integration',
            environment: 'jsdom',
            include: ['tests/integration/**/*.test.tsx', 'src/**/*.test.tsx'],
            setupFiles: ['tests/setup/integration.ts'],
            testTimeout: 30000,
            hookTimeout: 30000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.e2e.ts'],
            globalSetup: ['tests/e2e/global-setup.ts'],
            fileParallelism: false,
            // expect.poll waits 1 s by default: on a loaded two-core machine a reload rebuilds
            // the embedded backend's index for longer than that. Wait for what the user sees.
            expect: { poll: { timeout: 15000 } },
            testTimeout: 90000,
            hookTimeout: 120000,
          },
        },
      ],
    },
  };
});
