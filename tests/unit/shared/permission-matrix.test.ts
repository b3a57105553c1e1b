// The permission matrix, generated: every role × mutation × image status × field (and value of an enum field),
// from the rights table and the argument schemas, against the shared mutators on the seeded plan.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Role } from '../../../src/shared/domain/member.ts';
import type { ShotStatus, SignatureImage } from '../../../src/shared/domain/signature.ts';
import { progress, SHOT_STATUSES } from '../../../src/shared/domain/signature.ts';
import { ARGS } from '../../../src/shared/mutations/args.ts';
import type { ArgsName } from '../../../src/shared/mutations/args.ts';
import { MUTATIONS } from '../../../src/shared/mutations/registry.ts';
import type { FieldRights, MutationRights } from '../../../src/shared/mutations/rights.ts';
import { RIGHTS } from '../../../src/shared/mutations/rights.ts';
import { MutationRejected } from '../../../src/shared/mutations/types.ts';
import { PERMISSION_CODES } from '../../../src/shared/protocol/rejections.ts';
import type { MemoryTx } from '../../fakes/memory-tx.ts';
import { actors, AT, ids, planWithOneImage, run } from './fixtures.ts';
import type { Refs } from './schema-samples.ts';
import { enumValues, isOptional, sample } from './schema-samples.ts';

/** admin, planner, editor, a creator assigned to the image's moment (Léa), one not assigned (Hugo). */
const WHO = ['admin', 'planner', 'editor', 'lea', 'hugo'] as const;
type Who = (typeof WHO)[number];
const SESSION = '00000000-0000-4000-8000-000000000081';
const ACCESS = '00000000-0000-4000-8000-000000000071';

/** Ids of seeded records, by the field that names them; `id` is the target's (or a new one for a create). */
function refs(name: ArgsName): Refs {
  const kind = name.split('.')[0]!;
  const existing: Record<string, string> = {
    moment: ids.m100,
    spot: ids.spot,
    signature: ids.image,
    assignment: ids.assignment,
    access: ACCESS,
    session: SESSION,
    venue: ids.stade,
  };
  const creates = /\.(create|copy|put)$/.test(name) || !existing[kind];
  return {
    id: () => (creates ? randomUUID() : existing[kind]!),
    editionId: () => ids.olympic,
    venueId: () => ids.stade,
    sessionId: () => SESSION,
    momentId: () => ids.m100,
    fromId: () => ids.m100,
    spotId: () => ids.spot,
    memberId: () => ids.hugo,
    timeZone: () => 'Europe/Paris',
    day: () => '2024-08-05',
    toDay: () => '2024-08-06',
    startDay: () => '2024-08-01',
    endDay: () => '2024-08-10',
    note: () => 'sample note',
    // ODF codes a venue of the seeded plan holds (see planAt).
    venue: () => 'STA',
    location: () => 'STA',
    odfCodes: () => ['STA'],
  };
}

interface Combo {
  name: ArgsName;
  who: Who;
  /** The image's status before the mutation, for mutations on an image; null for the others. */
  status: ShotStatus | null;
  /** The field given on top of the required ones (null: only the required ones). */
  field: string | null;
  value?: unknown;
}

const shapeOf = (name: ArgsName) => (ARGS[name] as unknown as z.ZodObject).shape as Record<string, z.ZodType>;

/** Every combination, from RIGHTS and ARGS only: nothing below names a mutation or a field. */
function combos(): Combo[] {
  const all: Combo[] = [];
  for (const name of Object.keys(ARGS) as ArgsName[]) {
    const shape = shapeOf(name);
    const fields: { field: string | null; value?: unknown }[] = [];
    for (const [field, schema] of Object.entries(shape)) {
      if (field === 'id') continue;
      const values = enumValues(schema);
      if (values) for (const value of values) fields.push({ field, value });
      else fields.push({ field });
    }
    if (fields.length === 0) fields.push({ field: null });
    const statuses = RIGHTS[name].on === 'signature' ? [...SHOT_STATUSES] : [null];
    for (const who of WHO)
      for (const status of statuses) for (const f of fields) all.push({ name, who, status, ...f });
  }
  return all;
}

/** The arguments of a combination: every required field, then the field under test, in schema order. */
function argsOf(c: Combo): Record<string, unknown> {
  const r = refs(c.name);
  const args: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(shapeOf(c.name))) {
    if (field === c.field) args[field] = 'value' in c ? c.value : sample(schema, field, r);
    else if (!isOptional(schema)) {
      // A required enum other than the one under test takes its first value; `to` the first forward move.
      args[field] = sample(schema, field, r);
    }
  }
  return args;
}

const roleOf = (who: Who): Role => actors[who].role;

/**
 * What the table says about one combination: the permission code it must be refused with, or
 * null when no permission stands in the way (the mutation's own rules may still refuse it).
 */
function expectedDenial(c: Combo, args: Record<string, unknown>): string | null {
  const rights = RIGHTS[c.name] as MutationRights;
  const role = roleOf(c.who);
  if (!rights.callers.includes(role)) return 'role_forbidden';
  if (rights.on === 'signature' && c.who === 'hugo') return 'not_assigned';
  // An assignment's own member only (Léa's in the seeded plan), whatever the role.
  if (rights.on === 'assignment' && c.who !== 'lea') return 'not_assigned';
  const given = Object.keys(args).filter((k) => k !== 'id' && args[k] !== undefined);
  const reachOf = (field: string) =>
    rights.fields ? (rights.fields as Record<string, FieldRights>)[field]?.[role] : 'always';
  for (const field of given) {
    if (!reachOf(field)) return 'field_not_allowed';
    const allowed = (rights.values as Record<string, Partial<Record<Role, string[]>>> | undefined)?.[field]?.[
      role
    ];
    if (allowed && !allowed.includes(String(args[field]))) return 'value_not_allowed';
  }
  if (rights.on !== 'signature' || progress(c.status!) <= progress('captured')) return null;
  for (const field of given) {
    // A move to a status already reached changes nothing: forward moves commute, whoever sends them.
    const idle =
      field === 'to' &&
      c.name === 'signature.advance' &&
      progress(args.to as ShotStatus) <= progress(c.status!);
    if (!idle && reachOf(field) === 'until-captured') return 'status_past_captured';
  }
  return null;
}

/** The image at a status, as the workflow leaves it there. */
function imageAt(image: SignatureImage, status: ShotStatus): SignatureImage {
  const captured = progress(status) >= progress('captured') && status !== 'missed';
  return {
    ...image,
    status,
    ...(status === 'planned' ? {} : { statusAt: AT, statusBy: ids.editor }),
    ...(captured ? { capturedAt: AT, capturedBy: ids.lea } : {}),
    ...(status === 'missed' ? { missedReason: 'crowd' } : {}),
    ...(status === 'published' ? { assetUrl: 'https://media.example.org/published' } : {}),
  };
}

let seeded: MemoryTx | undefined;
async function planAt(status: ShotStatus | null): Promise<MemoryTx> {
  if (!seeded) {
    seeded = await planWithOneImage();
    await run(seeded, actors.planner, 'session.put', {
      id: SESSION,
      editionId: ids.olympic,
      venueId: ids.stade,
      ref: 'ATH-M100-F',
      sport: 'Athletics',
      event: "Men's 100 m final",
      startsAt: '2024-08-04T19:30:00.000Z',
      endsAt: '2024-08-04T20:10:00.000Z',
      medal: true,
    });
    await run(seeded, actors.admin, 'venue.codes', { id: ids.stade, odfCodes: ['STA'] });
    await run(seeded, actors.planner, 'access.create', {
      id: ACCESS,
      spotId: ids.spot,
      kind: 'balcony',
      contactName: 'Mme Durand',
      contactPhone: '+33 6 12 34 56 78',
      status: 'asked',
      notes: '',
    });
  }
  const tx = await seeded.copy();
  if (status) await tx.put('signature', imageAt((await tx.get('signature', ids.image))!, status));
  return tx;
}

const COMBOS = combos();
const label = (c: Combo) =>
  `${c.name} · ${c.who} · ${c.status ?? '—'} · ${c.field ?? '(no field)'}${'value' in c ? `=${String(c.value)}` : ''}`;

describe('permission matrix (generated from RIGHTS and ARGS)', () => {
  it('has a rights entry and an argument schema for every registered mutation', () => {
    expect(Object.keys(RIGHTS).sort()).toEqual([...MUTATIONS.keys()].sort());
    expect(Object.keys(ARGS).sort()).toEqual([...MUTATIONS.keys()].sort());
    for (const [name, rights] of Object.entries(RIGHTS) as [ArgsName, MutationRights][]) {
      if (!rights.fields) continue;
      // Every field a caller may give is in the table, and nothing else is.
      const fields = Object.keys(shapeOf(name)).filter((f) => f !== 'id');
      expect(Object.keys(rights.fields).sort(), name).toEqual(fields.sort());
    }
  });

  it(`enforces the table on ${COMBOS.length} role × mutation × status × field combinations`, async () => {
    const applied = new Set<string>();
    const failures: string[] = [];
    for (const c of COMBOS) {
      const tx = await planAt(c.status);
      const before = JSON.stringify([...tx.rows]);
      const args = argsOf(c);
      const denial = expectedDenial(c, args);
      const outcome = await run(tx, actors[c.who], c.name, args).then(
        () => null,
        (e: unknown) => e,
      );
      if (outcome !== null && !(outcome instanceof MutationRejected)) {
        failures.push(`${label(c)}: threw ${String(outcome)}`);
        continue;
      }
      const code = outcome?.code ?? null;
      if (denial) {
        if (code !== denial) failures.push(`${label(c)}: expected ${denial}, got ${code ?? 'applied'}`);
        else if (JSON.stringify([...tx.rows]) !== before) failures.push(`${label(c)}: refused but wrote`);
      } else if (code && PERMISSION_CODES.includes(code)) {
        failures.push(`${label(c)}: the table allows it, refused with ${code} (${outcome!.message})`);
      } else if (code === null) {
        applied.add(`${c.name} ${c.who}`);
        const wrong = writtenWrong(tx, c, args);
        if (wrong) failures.push(`${label(c)}: ${wrong}`);
      }
    }
    expect(failures).toEqual([]);
    // Not vacuous: every mutation applies at least once for every member the table lets call it.
    for (const name of Object.keys(ARGS) as ArgsName[]) {
      for (const who of WHO) {
        const denied = COMBOS.filter((c) => c.name === name && c.who === who).every(
          (c) => expectedDenial(c, argsOf(c)) !== null,
        );
        if (!denied) expect(applied, `${name} as ${who}`).toContain(`${name} ${who}`);
      }
    }
  });
});

/** When a field of the arguments is a field of the record and the mutation applied, the record holds it. */
function writtenWrong(tx: MemoryTx, c: Combo, args: Record<string, unknown>): string | null {
  if (!c.field || !('id' in args)) return null;
  const kind = c.name.split('.')[0]!;
  const row = tx.rows.get(`${kind}/${String(args.id)}`) as Record<string, unknown> | undefined;
  if (!row || !(c.field in row) || c.field === 'id') return null;
  // A move to a status already reached writes nothing, by design.
  if (c.name === 'signature.advance' && progress(args.to as ShotStatus) <= progress(c.status!)) return null;
  const parsed = (ARGS[c.name] as unknown as z.ZodObject).parse(args) as Record<string, unknown>;
  return JSON.stringify(row[c.field]) === JSON.stringify(parsed[c.field])
    ? null
    : `${c.field} is ${JSON.stringify(row[c.field])}, not ${JSON.stringify(parsed[c.field])}`;
}
