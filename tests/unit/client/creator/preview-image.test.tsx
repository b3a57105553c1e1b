// @vitest-environment jsdom
// <PreviewImage>: "not uploaded yet by <creator>" until the upload lands, then the image, fetched with the device token.
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../../../../src/client/storage/memory.ts';
import { PreviewImage } from '../../../../src/client/ui/PreviewImage.tsx';
import { renderIn } from '../ui/render.tsx';

const ID = '00000000-0000-4000-8000-0000000000b1';

afterEach(() => vi.unstubAllGlobals());

describe('PreviewImage', () => {
  it('names who has not uploaded it yet, asks again, and shows it once uploaded', async () => {
    const store = createMemoryStore();
    await store.setSession({
      deviceToken: 'desk-token-0123456789',
      deviceId: '00000000-0000-4000-8000-0000000000b2',
      member: { memberId: '00000000-0000-4000-8000-0000000000b3', role: 'editor', name: 'Hugo' },
    });
    const THEO = '00000000-0000-4000-8000-0000000000b4';
    await store.mutate(
      'member.put',
      { id: THEO, name: 'Théo', role: 'creator', contact: '' },
      { memberId: THEO, role: 'admin' },
    );
    let uploaded = false;
    const fetchMock = vi.fn(async () =>
      uploaded
        ? new Response(new Uint8Array([0xff, 0xd8]), { headers: { 'content-type': 'image/jpeg' } })
        : new Response('', { status: 404 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    URL.createObjectURL = vi.fn(() => 'blob:preview-1');
    URL.revokeObjectURL = vi.fn();

    await act(
      async () =>
        void renderIn(
          'en',
          <PreviewImage previewId={ID} alt="Snapshot of the cauldron" by={THEO} retryMs={50} />,
          store,
        ),
    );
    expect(await screen.findByText('Not uploaded yet by Théo')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(`/api/previews/${ID}`, {
      headers: { authorization: 'Bearer desk-token-0123456789' },
    });
    uploaded = true;
    const img = await screen.findByRole('img', { name: 'Snapshot of the cauldron' });
    expect(img).toHaveAttribute('src', 'blob:preview-1');
  });
});
