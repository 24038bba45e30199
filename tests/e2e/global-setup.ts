import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

export const PREVIEW_PORT = 4173;

async function waitForServer(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The preview server did not answer at ${url}`);
}

/** Serves the production build (npm run build) with `vite preview` for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('Run `npm run build` before the browser tests.');
  const server: ChildProcess = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(PREVIEW_PORT), '--strictPort'],
    {
      stdio: 'ignore',
    },
  );
  const baseUrl = `http://localhost:${PREVIEW_PORT}`;
  await waitForServer(baseUrl, 30_000);
  project.provide('baseUrl', baseUrl);
  return () => {
    server.kill();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
