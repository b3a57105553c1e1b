// The day's team signed in as people would be: the admin through the link the server prints, members
// created by the admin's device, one-time invites from the admin CLI's own code, redeemed over HTTP.
import { randomUUID } from 'node:crypto';
import { runAdmin } from '../../src/server/cli/run.ts';
import { MEMBER_IDS } from '../../src/server/demo/ids-team.ts';
import { createPoker } from '../../src/server/sync/poke.ts';
import { createSyncService } from '../../src/server/sync/service.ts';
import type { Device } from './device.ts';
import { signInWithLink } from './device.ts';
import type { Rng } from './prng.ts';
import type { Database } from './truth.ts';
import { openTruth } from './truth.ts';

export interface Team {
  admin: Device;
  planner: Device;
  editors: Device[];
  creators: Device[];
  all: Device[];
}

const DEMO_CREATORS = Object.entries(MEMBER_IDS)
  .filter(([key]) => key.startsWith('creator'))
  .map(([, id]) => id);

export async function signInTeam(
  url: string,
  adminLink: string,
  db: Database,
  sizes: { creators: number; editors: number },
): Promise<Team> {
  const admin = await signInWithLink(url, adminLink, 'Admin');
  await mustSync(admin);

  // Creators beyond the demo's eight join for the Games: the admin's device creates them.
  const extra = Array.from({ length: Math.max(0, sizes.creators - DEMO_CREATORS.length) }, (_, i) => ({
    id: randomUUID(),
    name: `Creator ${String(i + DEMO_CREATORS.length + 1).padStart(2, '0')}`,
    role: 'creator' as const,
    contact: '',
  }));
  for (const member of extra) await admin.tap('member.put', member);
  await mustSync(admin);
  const refused = await admin.store.rejections();
  if (refused.length) throw new Error(`member.put refused: ${refused.map((r) => r.reason).join('; ')}`);

  const creatorIds = [...DEMO_CREATORS.slice(0, sizes.creators), ...extra.map((m) => m.id)];
  const editorIds = [MEMBER_IDS.editorHugo, MEMBER_IDS.editorInes];
  if (sizes.editors > editorIds.length) throw new Error(`the demo has ${editorIds.length} editors`);
  const links = await inviteLinks(db, [
    MEMBER_IDS.plannerClaire,
    ...editorIds.slice(0, sizes.editors),
    ...creatorIds,
  ]);

  const signIn = (id: string, name: string) => signInWithLink(url, links.get(id)!, name);
  const planner = await signIn(MEMBER_IDS.plannerClaire, 'Planner');
  const editors = await Promise.all(
    editorIds.slice(0, sizes.editors).map((id, i) => signIn(id, `Editor ${i + 1}`)),
  );
  const creators: Device[] = [];
  // One after the other, as people sign in at the morning briefing.
  for (const [i, id] of creatorIds.entries())
    creators.push(await signIn(id, `Creator ${String(i + 1).padStart(2, '0')}`));
  const team = { admin, planner, editors, creators, all: [admin, planner, ...editors, ...creators] };
  await Promise.all(team.all.map(mustSync));
  return team;
}

/** The admin CLI's `invite --member <id>`, run in this process on the server's database. */
async function inviteLinks(db: Database, memberIds: readonly string[]): Promise<Map<string, string>> {
  const store = await openTruth(db);
  try {
    const sync = createSyncService(store, createPoker());
    const links = new Map<string, string>();
    for (const id of memberIds) {
      const lines: string[] = [];
      await runAdmin(['invite', '--member', id], {
        store,
        sync,
        publicUrl: 'http://rehearsal.invalid',
        inviteTtlHours: 1,
        out: (line) => lines.push(line),
      });
      const link = /(https?:\/\/\S+\/signin#invite=[\w-]+)/.exec(lines.join('\n'))?.[1];
      if (!link) throw new Error(`admin invite --member ${id} printed no link:\n${lines.join('\n')}`);
      links.set(id, link);
    }
    return links;
  } finally {
    await store.close();
  }
}

async function mustSync(device: Device): Promise<void> {
  if (!(await device.client.sync()))
    throw new Error(`${device.name}: first sync failed: ${device.status.getState().lastError}`);
}

/** The planner's opening move: every creator goes to one or two moments that have signature images. */
export async function assignCreators(team: Team, rng: Rng): Promise<void> {
  const moments = await momentsWithImages(team.planner);
  if (moments.length === 0) throw new Error('the demo has no moment with a signature image');
  for (const creator of team.creators) {
    const picks = new Set([rng.pick(moments), rng.pick(moments)]);
    for (const momentId of picks) {
      await team.planner.tap('assignment.create', {
        id: randomUUID(),
        memberId: creator.actor.memberId,
        momentId,
        note: 'rehearsal: morning stand-up',
      });
    }
  }
  if (!(await team.planner.client.sync())) throw new Error('the planner could not push the assignments');
  await Promise.all(team.all.map((d) => d.client.sync()));
}

export async function momentsWithImages(device: Device): Promise<string[]> {
  const images = await device.store.list('signature');
  return [...new Set(images.map((s) => s.momentId))].sort();
}
