import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApiJson } from '../mocks/openapi';

const target = resolve(import.meta.dirname, '..', 'openapi.json');
writeFileSync(target, openApiJson());
console.log(`Wrote ${target}`);
process.exit(0);
