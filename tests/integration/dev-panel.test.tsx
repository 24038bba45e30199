import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/providers';
import { DevPanelDialog } from '@/features/dev-panel/dev-panel-dialog';
import { signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterAll(() => server.close());

function renderPanel() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <AppProviders queryClient={queryClient}>
      <DevPanelDialog open onClose={() => undefined} />
    </AppProviders>,
  );
}

describe('developer panel', () => {
  it('turns Offline on by click and off again by Space, and the backend follows', async () => {
    await signInAs('mem-alva');
    renderPanel();
    const user = userEvent.setup();
    const offline = await screen.findByRole('switch', { name: 'Offline' }, { timeout: 15000 });
    expect(offline).not.toBeChecked();

    await user.click(offline);
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Offline' })).toBeChecked());
    expect(backend.settings.offline).toBe(true);

    await waitFor(() => expect(screen.getByRole('switch', { name: 'Offline' })).toBeEnabled());
    screen.getByRole('switch', { name: 'Offline' }).focus();
    await user.keyboard(' ');
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Offline' })).not.toBeChecked());
    expect(backend.settings.offline).toBe(false);
  });
});
