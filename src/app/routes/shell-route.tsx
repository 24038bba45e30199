import { RequireSession } from '@/features/session/require-session';
import { AppShell } from '../app-shell';

/** The signed-in frame, in its own chunk: the sign-in page does not download it. */
export function Component() {
  return (
    <RequireSession>
      <AppShell />
    </RequireSession>
  );
}
