// The shot status workflow: forward moves commute, backward moves are explicit and permitted.
import { describe, expect, it } from 'vitest';
import { actors, ids, planWithOneImage, rejection, run } from './fixtures.ts';

async function status(tx: Awaited<ReturnType<typeof planWithOneImage>>) {
  return (await tx.get('signature', ids.image))!;
}

describe('signature.advance', () => {
  it('lets the assigned creator go in position, then capture, recording who and when', async () => {
    const tx = await planWithOneImage();
    await run(
      tx,
      actors.lea,
      'signature.advance',
      { id: ids.image, to: 'in-position' },
      '2024-08-04T19:00:00Z',
    );
    await run(tx, actors.lea, 'signature.advance', { id: ids.image, to: 'captured', note: 'row 2, 35 mm' });
    const image = await status(tx);
    expect(image.status).toBe('captured');
    expect(image.capturedBy).toBe(ids.lea);
    expect(image.note).toBe('row 2, 35 mm');
    expect(image.history.map((h) => h.to)).toEqual(['in-position', 'captured']);
  });

  it('[R3] never lets a late "captured" overwrite "selected" (forward moves commute)', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.editor, 'signature.advance', { id: ids.image, to: 'selected' });
    await run(tx, actors.lea, 'signature.advance', { id: ids.image, to: 'captured' });
    expect((await status(tx)).status).toBe('selected');
  });

  it('[R3] gives the same status whatever the order of two forward moves', async () => {
    const moves = [
      [actors.lea, 'captured'],
      [actors.editor, 'published'],
      [actors.lea, 'in-position'],
    ] as const;
    const orders = [
      [0, 1, 2],
      [2, 1, 0],
      [1, 0, 2],
    ];
    const results = [];
    for (const order of orders) {
      const tx = await planWithOneImage();
      for (const i of order) {
        const [actor, to] = moves[i]!;
        await run(tx, actor, 'signature.advance', { id: ids.image, to });
      }
      results.push((await status(tx)).status);
    }
    expect(new Set(results)).toEqual(new Set(['published']));
  });

  it('refuses a creator who is not assigned to the moment', async () => {
    const tx = await planWithOneImage();
    expect(
      await rejection(run(tx, actors.hugo, 'signature.advance', { id: ids.image, to: 'captured' })),
    ).toEqual({ code: 'not_assigned', params: {} });
    expect((await status(tx)).status).toBe('planned');
  });

  it('refuses a creator who tries to mark an image selected or published', async () => {
    const tx = await planWithOneImage();
    expect(
      await rejection(run(tx, actors.lea, 'signature.advance', { id: ids.image, to: 'selected' })),
    ).toEqual({ code: 'value_not_allowed', params: { field: 'to', value: 'selected' } });
  });

  it('names the bad field when the arguments are invalid', async () => {
    const tx = await planWithOneImage();
    expect(await rejection(run(tx, actors.lea, 'signature.advance', { id: ids.image, to: 'done' }))).toEqual({
      code: 'invalid_args',
      params: { path: 'to', problem: 'not_an_option' },
    });
  });

  it('accepts an http(s) asset link from the desk and refuses anything else', async () => {
    const tx = await planWithOneImage();
    const assetUrl = 'https://media.example.org/asset/123';
    await run(tx, actors.editor, 'signature.advance', { id: ids.image, to: 'published', assetUrl });
    expect((await status(tx)).assetUrl).toBe(assetUrl);
    const bad = { id: ids.image, to: 'published', assetUrl: 'javascript:alert(1)' };
    expect(await rejection(run(tx, actors.editor, 'signature.advance', bad))).toEqual({
      code: 'invalid_args',
      params: { path: 'assetUrl', problem: 'bad_format', format: 'url' },
    });
  });
});

describe('signature.miss', () => {
  it('records the reason of a miss before capture', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.lea, 'signature.miss', { id: ids.image, reason: 'balcony closed' });
    const image = await status(tx);
    expect(image.status).toBe('missed');
    expect(image.missedReason).toBe('balcony closed');
  });

  it('refuses to mark a captured image missed: that is an explicit reopen by the desk', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.lea, 'signature.advance', { id: ids.image, to: 'captured' });
    expect(
      await rejection(run(tx, actors.lea, 'signature.miss', { id: ids.image, reason: 'blurred' })),
    ).toEqual({ code: 'already_captured', params: { status: 'captured' } });
  });

  it('lets a later capture supersede a miss, but not a late "in position"', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.lea, 'signature.miss', { id: ids.image, reason: 'crowd' });
    await run(tx, actors.lea, 'signature.advance', { id: ids.image, to: 'in-position' });
    expect((await status(tx)).status).toBe('missed');
    await run(tx, actors.lea, 'signature.advance', { id: ids.image, to: 'captured' });
    expect((await status(tx)).status).toBe('captured');
  });
});

describe('signature.reopen', () => {
  it('[R3] moves back only explicitly, by the desk, with the reason in the history', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.editor, 'signature.advance', { id: ids.image, to: 'published' });
    await run(tx, actors.editor, 'signature.reopen', { id: ids.image, to: 'captured', reason: 'wrong crop' });
    const image = await status(tx);
    expect(image.status).toBe('captured');
    expect(image.history.at(-1)).toMatchObject({ from: 'published', to: 'captured', reason: 'wrong crop' });
  });

  it('is refused to creators, and refused when it is not a backward move', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.lea, 'signature.advance', { id: ids.image, to: 'captured' });
    const back = { id: ids.image, to: 'planned', reason: 'oops' };
    expect(await rejection(run(tx, actors.lea, 'signature.reopen', back))).toEqual({
      code: 'role_forbidden',
      params: { role: 'creator' },
    });
    const forward = { id: ids.image, to: 'selected', reason: 'x' };
    expect(await rejection(run(tx, actors.editor, 'signature.reopen', forward))).toEqual({
      code: 'not_backward',
      params: { from: 'captured', to: 'selected' },
    });
  });

  it('clears the capture when going back before "captured"', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.lea, 'signature.advance', { id: ids.image, to: 'captured' });
    await run(tx, actors.planner, 'signature.reopen', {
      id: ids.image,
      to: 'planned',
      reason: 'wrong image',
    });
    const image = await status(tx);
    expect(image.capturedAt).toBeUndefined();
    expect(image.capturedBy).toBeUndefined();
  });
});
