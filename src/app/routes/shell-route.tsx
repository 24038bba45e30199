import { DateLocalization } from '@/components/date-localization';
import { RequireSession } from '@/features/session/require-session';
import { AppShell } from '../app-shell';

/** The signed-in frame (with the date pickers' locale), in its own chunk: the sign-in page does not download it. */
export function Component() {
  return (
    <RequireSession>
      <DateLocalization>
        <AppShell />
      </DateLocalization>
    </RequireSession>
  );
}
