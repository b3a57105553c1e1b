// @vitest-environment jsdom
// The update prompt: never lets a new service worker activate while changes wait on this phone.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateBanner, type UpdateBannerProps } from '../../../../src/client/ui/UpdateBanner.tsx';
import { renderIn } from './render.tsx';

function banner(props: Partial<UpdateBannerProps>, language: 'en' | 'fr' = 'en') {
  const onUpdate = vi.fn();
  const onDismissOfflineReady = vi.fn();
  renderIn(
    language,
    <UpdateBanner
      needRefresh
      offlineReady={false}
      pendingCount={0}
      onUpdate={onUpdate}
      onDismissOfflineReady={onDismissOfflineReady}
      {...props}
    />,
  );
  return { onUpdate, onDismissOfflineReady };
}

describe('the update prompt', () => {
  it('offers the update when nothing waits', async () => {
    const { onUpdate } = banner({});
    expect(screen.getByRole('heading', { name: 'A new version is ready' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('is disabled, with the reason, while changes wait on this phone', async () => {
    const { onUpdate } = banner({ pendingCount: 2 });
    const button = screen.getByRole('button', { name: 'Update' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      '2 changes are still waiting on this phone: updating now could lose them. Update once they are sent.',
    );
    await userEvent.click(button);
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('warns that the other open tabs will reload too', () => {
    banner({ otherTabs: 1 });
    expect(screen.getByRole('button', { name: 'Update' })).toHaveAccessibleDescription(
      'Updating reloads the 1 other open tab of Plan de jeu too.',
    );
  });

  it('says when a new version could not be installed for lack of space', async () => {
    const onDismissFailure = vi.fn();
    renderIn(
      'fr',
      <UpdateBanner
        needRefresh={false}
        offlineReady={false}
        pendingCount={0}
        failure="storage-full"
        onUpdate={() => {}}
        onDismissOfflineReady={() => {}}
        onDismissFailure={onDismissFailure}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Une nouvelle version n’a pas pu être installée : le stockage de ce téléphone est plein.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(onDismissFailure).toHaveBeenCalled();
  });

  it('is disabled while the outbox has not answered yet', () => {
    banner({ pendingCount: undefined });
    expect(screen.getByRole('button', { name: 'Update' })).toBeDisabled();
  });

  it('speaks French', () => {
    banner({ pendingCount: 1 }, 'fr');
    expect(screen.getByRole('button', { name: 'Mettre à jour' })).toBeDisabled();
    expect(screen.getByText(/1 modification attend encore sur ce téléphone/)).toBeInTheDocument();
  });

  it('says once that the app works offline, and hides nothing else', async () => {
    const { onDismissOfflineReady } = banner({ needRefresh: false, offlineReady: true });
    expect(screen.getByText('Ready to work offline')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(onDismissOfflineReady).toHaveBeenCalled();
  });

  it('renders nothing when there is no news', () => {
    const { container } = renderIn(
      'en',
      <UpdateBanner
        needRefresh={false}
        offlineReady={false}
        pendingCount={0}
        onUpdate={() => {}}
        onDismissOfflineReady={() => {}}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
