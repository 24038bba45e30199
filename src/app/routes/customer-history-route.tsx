import { CreatedPaNotice } from '@/features/authorizations/created-pa-notice';
import { HistoryTab } from '@/features/history/history-tab';

/** The history tab, saying first when the user has just created a PA. */
export function Component() {
  return (
    <>
      <CreatedPaNotice />
      <HistoryTab />
    </>
  );
}
