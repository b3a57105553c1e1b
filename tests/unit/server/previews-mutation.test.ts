// signature.preview: links a phone snapshot to its image; the desk or an assigned creator only; status untouched.
import { describe, expect, it } from 'vitest';
import { MutationRejected } from '../../../src/shared/mutations/types.ts';
import { SignatureImage } from '../../../src/shared/domain/signature.ts';
import { actors, ids, planWithOneImage, run } from '../shared/fixtures.ts';

const PREVIEW = '00000000-0000-4000-8000-0000000000a1';
const NEWER = '00000000-0000-4000-8000-0000000000a2';

describe('signature.preview', () => {
  it('lets the assigned creator attach a snapshot, a newer one replacing it, without moving the status', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.lea, 'signature.advance', { id: ids.image, to: 'captured' });
    await run(tx, actors.lea, 'signature.preview', { id: ids.image, previewId: PREVIEW });
    expect(await tx.get('signature', ids.image)).toMatchObject({
      previewId: PREVIEW,
      previewBy: ids.lea,
      status: 'captured',
    });
    await run(tx, actors.editor, 'signature.preview', { id: ids.image, previewId: NEWER });
    expect((await tx.get('signature', ids.image))?.previewId).toBe(NEWER);
  });

  it('refuses a creator not assigned to the moment, and names a bad field', async () => {
    const tx = await planWithOneImage();
    await expect(
      run(tx, actors.hugo, 'signature.preview', { id: ids.image, previewId: PREVIEW }),
    ).rejects.toMatchObject({ code: 'not_assigned' });
    const bad = run(tx, actors.lea, 'signature.preview', { id: ids.image, previewId: 'nope' });
    await expect(bad).rejects.toBeInstanceOf(MutationRejected);
    await expect(bad).rejects.toMatchObject({
      code: 'invalid_args',
      params: { path: 'previewId', problem: 'bad_format', format: 'uuid' },
    });
    expect((await tx.get('signature', ids.image))?.previewId).toBeUndefined();
  });

  it('keeps reading rows that phones stored before previews existed', () => {
    const old = {
      id: ids.image,
      momentId: ids.m100,
      title: 'The crowd',
      description: '',
      sides: [],
      status: 'planned',
      note: '',
      history: [],
    };
    expect(SignatureImage.parse(old).previewId).toBeUndefined();
  });
});
