import type { HttpHandler } from 'msw';
import type { Backend } from '../backend';

/** SCAFFOLD: the routes of this resource are being written. */
export function teamAdminHandlers(_backend: Backend): HttpHandler[] {
  return [];
}
