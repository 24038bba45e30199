import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestEntry {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestEntry>;

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** Files of the chunk for `mocks/browser.ts` and every chunk only it reaches: the mock backend. */
export function mockFiles(manifest: Manifest): Set<string> {
  const staticClosure = (keys: string[]) => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      manifest[key]?.imports?.forEach(visit);
    };
    keys.forEach(visit);
    return seen;
  };
  const mockKey = Object.keys(manifest).find((key) => key.endsWith('mocks/browser.ts'));
  if (!mockKey) return new Set();
  const others = Object.keys(manifest).filter((key) => key !== mockKey);
  const reachedByOthers = new Set<string>();
  for (const key of others) {
    const entry = manifest[key];
    if (!entry) continue;
    if (entry.isEntry || entry.dynamicImports?.length) {
      for (const dep of staticClosure([key])) reachedByOthers.add(dep);
    }
  }
  return new Set(
    [...staticClosure([mockKey])]
      .filter((key) => key === mockKey || !reachedByOthers.has(key))
      .map((key) => manifest[key]?.file ?? key),
  );
}

export function gzipKb(dist: string, file: string): number {
  return gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1000;
}
