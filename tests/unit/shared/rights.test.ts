// The rights by field and status (sec-01), no-op moves that write nothing, the desk's link, and rows that fail their schema.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ENTITY_SCHEMAS, isKind } from '../../../src/shared/domain/entities.ts';
import { ARGS } from '../../../src/shared/mutations/args.ts';
import type { ArgsName } from '../../../src/shared/mutations/args.ts';
import { rightsMarkdown } from '../../../src/shared/mutations/rights-doc.ts';
import { actors, ids, planWithOneImage, rejection, run } from './fixtures.ts';
import { unwrap } from './schema-samples.ts';

const LINK = 'https://media.example.org/asset/desk';

async function published() {
  const tx = await planWithOneImage();
  await run(tx, actors.lea, 'signature.advance', { id: ids.image, to: 'captured' });
  await run(tx, actors.editor, 'signature.advance', { id: ids.image, to: 'published', assetUrl: LINK });
  return tx;
}

describe('sec-01: the asset link is the desk’s, and a creator changes nothing past captured', () => {
  it('refuses an assigned creator’s link on a published image, whatever status it names', async () => {
    const tx = await published();
    const before = await tx.get('signature', ids.image);
    const attempts = [
      [{ to: 'published', assetUrl: 'https://evil.example/x' }, 'field_not_allowed'],
      [{ to: 'published' }, 'value_not_allowed'],
      [{ to: 'captured', assetUrl: 'https://evil.example/x' }, 'field_not_allowed'],
      [{ to: 'in-position', assetUrl: 'https://evil.example/x' }, 'field_not_allowed'],
    ] as const;
    for (const [args, code] of attempts) {
      const refused = await rejection(run(tx, actors.lea, 'signature.advance', { id: ids.image, ...args }));
      expect(refused.code).toBe(code);
    }
    expect(await rejection(run(tx, actors.lea, 'signature.link', { id: ids.image, assetUrl: LINK }))).toEqual(
      {
        code: 'role_forbidden',
        params: { role: 'creator' },
      },
    );
    expect(await rejection(run(tx, actors.lea, 'signature.note', { id: ids.image, note: 'mine' }))).toEqual({
      code: 'status_past_captured',
      params: { status: 'published' },
    });
    expect(await tx.get('signature', ids.image)).toEqual(before);
  });

  it('[R3] still accepts a creator’s late "captured" on a published image as a no-op (forward moves commute)', async () => {
    const tx = await published();
    const before = await tx.get('signature', ids.image);
    await run(tx, actors.lea, 'signature.advance', { id: ids.image, to: 'captured' });
    expect(await tx.get('signature', ids.image)).toEqual(before);
  });
});

describe('a no-op status move never writes other fields', () => {
  it('[R3] refuses a note or link carried by a move to a status already reached, and writes nothing', async () => {
    const tx = await published();
    const before = await tx.get('signature', ids.image);
    const late = {
      id: ids.image,
      to: 'selected',
      note: 'late note',
      assetUrl: 'https://media.example.org/old',
    };
    expect(await rejection(run(tx, actors.editor, 'signature.advance', late))).toEqual({
      code: 'already_at_status',
      params: { status: 'published' },
    });
    // The same values it already holds change nothing: applied, nothing written.
    await run(tx, actors.editor, 'signature.advance', { id: ids.image, to: 'published', assetUrl: LINK });
    expect(await tx.get('signature', ids.image)).toEqual(before);
  });

  it('lets the desk change a link explicitly with signature.link, only on an image in hand', async () => {
    const tx = await published();
    await run(tx, actors.editor, 'signature.link', {
      id: ids.image,
      assetUrl: 'https://media.example.org/v2',
    });
    expect((await tx.get('signature', ids.image))!.assetUrl).toBe('https://media.example.org/v2');
    const fresh = await planWithOneImage();
    expect(
      await rejection(run(fresh, actors.editor, 'signature.link', { id: ids.image, assetUrl: LINK })),
    ).toEqual({ code: 'not_captured', params: { status: 'planned' } });
  });

  it('refuses a second miss with another reason instead of dropping it', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.lea, 'signature.miss', { id: ids.image, reason: 'crowd' });
    await run(tx, actors.editor, 'signature.miss', { id: ids.image, reason: 'crowd' });
    expect(
      await rejection(run(tx, actors.editor, 'signature.miss', { id: ids.image, reason: 'rain' })),
    ).toEqual({
      code: 'already_at_status',
      params: { status: 'missed' },
    });
    expect((await tx.get('signature', ids.image))!.missedReason).toBe('crowd');
  });
});

describe('arguments derived from the entities (#12)', () => {
  it('[R11] uses the entity’s own schema for every argument that is a field of the record', () => {
    let checked = 0;
    for (const name of Object.keys(ARGS) as ArgsName[]) {
      const kind = name.split('.')[0]!;
      if (!isKind(kind)) continue;
      const entity = (ENTITY_SCHEMAS[kind] as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
      for (const [field, schema] of Object.entries(ARGS[name].shape as Record<string, z.ZodType>)) {
        if (!entity[field]) continue;
        // The same schema object, not a copy with its own limits: the limits cannot drift apart.
        expect(unwrap(schema), `${name}.${field}`).toBe(unwrap(entity[field]));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('[R4] turns a row that fails its schema into the rejection invalid_row, naming the field', async () => {
    const tx = await planWithOneImage();
    // A row stored before a limit tightened (here: a line break in a title, now refused).
    const moment = (await tx.get('moment', ids.m100))!;
    await tx.put('moment', { ...moment, title: 'Men’s 100 m\nfinal' });
    expect(
      await rejection(run(tx, actors.planner, 'moment.update', { id: ids.m100, sport: 'Sprint' })),
    ).toEqual({
      code: 'invalid_row',
      params: { kind: 'moment', path: 'title', problem: 'control_char' },
    });
  });
});

describe('RIGHTS.md', () => {
  it('is the rights table as enforced', () => {
    const file = readFileSync(new URL('../../../src/shared/mutations/RIGHTS.md', import.meta.url), 'utf8');
    // Regenerate: node --import tsx -e "import('./src/shared/mutations/rights-doc.ts').then(m => process.stdout.write(m.rightsMarkdown()))" > src/shared/mutations/RIGHTS.md
    expect(file).toBe(rightsMarkdown());
  });
});
