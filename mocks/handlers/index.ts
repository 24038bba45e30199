import type { Backend } from '../backend';
import { customerHandlers } from './customers';
import { devHandlers } from './dev';
import { sessionHandlers } from './session';

export function handlers(backend: Backend) {
  return [...sessionHandlers(backend), ...customerHandlers(backend), ...devHandlers(backend)];
}
