// A whole Games on one phone (issue #14): the Paris 2024 demo grown through the real mutations to ~150 moments, 30 members, 10,000 status events.
import type { Kind } from '../../src/shared/domain/entities.ts';
import type { MutationArgs } from '../../src/shared/mutations/registry.ts';
import { runMutation } from '../../src/shared/mutations/registry.ts';
import type { Actor } from '../../src/shared/mutations/types.ts';
import type { PatchOp, PullResponse } from '../../src/shared/protocol/messages.ts';
import { paris2024Demo } from '../../src/server/demo/paris2024.ts';
import { MemoryTx } from '../../tests/fakes/memory-tx.ts';

export interface WholeGamesOptions {
  moments?: number;
  members?: number;
  statusEvents?: number;
  sessions?: number;
}

export interface WholeGames {
  tx: MemoryTx;
  /** The first creator's id, with assignments on most days (the phone the benches read as). */
  creator: Actor;
  counts: Record<string, number>;
}

const hex = (n: number, width = 12) => n.toString(16).padStart(width, '0');
/** A fresh UUID-shaped id per (kind, n), stable across runs so figures compare. */
const id = (kind: number, n: number) => `00000000-0000-4000-8${hex(kind, 3)}-${hex(n)}`;

/**
 * Builds the data set through the shared mutators (the same rules as a server): the demo, then
 * members, copies of the demo's moments on every day of their edition (each with a spot, an access
 * request, three images and two creators), then status moves (advance, miss, reopen) until
 * `statusEvents` changes are in the images' histories (each history capped at MAX_HISTORY).
 */
export async function wholeGames(options: WholeGamesOptions = {}): Promise<WholeGames> {
  const momentsWanted = options.moments ?? 150;
  const membersWanted = options.members ?? 30;
  const eventsWanted = options.statusEvents ?? 10_000;
  const tx = new MemoryTx();
  const demo = paris2024Demo();
  // The server creates the admin itself; the demo holds none.
  const admin = { id: id(0, 1), name: 'Admin', role: 'admin' as const, contact: '' };
  const adminActor: Actor = { memberId: admin.id, role: 'admin' };
  let at = Date.parse('2024-07-20T08:00:00.000Z');
  const run = <N extends string>(actor: Actor, name: N, args: unknown) =>
    runMutation(tx, { name, args, at: new Date((at += 1000)).toISOString() }, actor);
  await tx.put('member', admin);
  for (const member of demo.members) await run(adminActor, 'member.put', member);
  for (const m of demo.mutations) await run(adminActor, m.name, m.args);

  const creators = demo.members.filter((m) => m.role === 'creator').map((m) => m.id);
  for (let i = demo.members.length + 1; i < membersWanted; i++) {
    const memberId = id(1, i);
    await run(adminActor, 'member.put', { id: memberId, name: `Creator ${i}`, role: 'creator', contact: '' });
    creators.push(memberId);
  }
  const editor = demo.members.find((m) => m.role === 'editor')!;
  const editorActor: Actor = { memberId: editor.id, role: 'editor' };

  // The competition schedule of a whole Games: copies of the demo's sessions (the stand-up reads them).
  const sessions = await tx.list('session');
  for (let i = 0; sessions.length + i < (options.sessions ?? 900) && sessions.length > 0; i++) {
    await run(adminActor, 'session.put', { ...sessions[i % sessions.length]!, id: id(7, i) });
  }
  const editions = await tx.list('edition');
  const templates = await tx.list('moment');
  const days = (e: (typeof editions)[number]) => {
    const out: string[] = [];
    for (
      let d = Date.parse(`${e.startDay}T12:00:00Z`);
      d <= Date.parse(`${e.endDay}T12:00:00Z`);
      d += 86_400_000
    )
      out.push(new Date(d).toISOString().slice(0, 10));
    return out;
  };
  let n = 0;
  const images: string[] = (await tx.list('signature')).map((s) => s.id);
  for (let round = 0; (await tx.list('moment')).length < momentsWanted; round++) {
    const template = templates[round % templates.length]!;
    const edition = editions.find((e) => e.id === template.editionId)!;
    const editionDays = days(edition);
    const day = editionDays[(round * 7) % editionDays.length]!;
    const offset = Date.parse(`${day}T00:00:00Z`) - Date.parse(`${template.day}T00:00:00Z`);
    const momentId = id(2, ++n);
    const args: MutationArgs<'moment.create'> = {
      id: momentId,
      editionId: template.editionId,
      venueId: template.venueId,
      day,
      title: `${template.title} (${round + 1})`,
      sport: template.sport,
      why: template.why,
      keyMomentAt: new Date(Date.parse(template.keyMomentAt) + offset).toISOString(),
      angles: template.angles,
    };
    await run(adminActor, 'moment.create', args);
    const venue = await tx.get('venue', template.venueId);
    const spotId = id(3, n);
    await run(adminActor, 'spot.create', {
      id: spotId,
      momentId,
      label: 'Stand B',
      description: '',
      camera: venue!.position,
    });
    await run(adminActor, 'access.create', {
      id: id(4, n),
      spotId,
      kind: 'venue',
      contactName: 'Venue press office',
      contactPhone: '',
      status: 'to-ask',
      notes: '',
    });
    for (let k = 0; k < 3; k++) {
      const imageId = id(5, n * 3 + k);
      await run(adminActor, 'signature.create', {
        id: imageId,
        momentId,
        spotId,
        title: `Image ${k + 1}`,
        description: '',
        sides: ['sport', 'public'],
      });
      images.push(imageId);
    }
    for (const [j, c] of [0, 1 + (n % (creators.length - 1))].entries()) {
      await run(adminActor, 'assignment.create', {
        id: id(6, n * 2 + j),
        memberId: creators[c]!,
        momentId,
        spotId,
        note: '',
      });
    }
  }

  // Status events: forward moves by the desk, then a reopen, image after image, until the count.
  let events = 0;
  const cycle = ['in-position', 'captured', 'selected'] as const;
  for (let i = 0; events < eventsWanted; i++) {
    const imageId = images[i % images.length]!;
    for (const to of cycle) {
      await run(editorActor, 'signature.advance', { id: imageId, to });
      events++;
    }
    await run(editorActor, 'signature.reopen', { id: imageId, to: 'planned', reason: 'Bench: shot again' });
    events++;
  }

  const counts: Record<string, number> = { statusEvents: events };
  for (const key of tx.rows.keys()) {
    const kind = key.slice(0, key.indexOf('/'));
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return { tx, creator: { memberId: creators[0]!, role: 'creator' }, counts };
}

/** The whole data set as a first pull (`clear`, then one `put` per row), as the server sends it. */
export function asFirstPull(tx: MemoryTx, cookie = 1): PullResponse {
  const patch: PatchOp[] = [{ op: 'clear' }];
  for (const [key, value] of tx.rows) {
    const slash = key.indexOf('/');
    patch.push({ op: 'put', kind: key.slice(0, slash) as Kind, id: key.slice(slash + 1), value });
  }
  return { cookie, lastMutationID: 0, patch, rejected: [] };
}
