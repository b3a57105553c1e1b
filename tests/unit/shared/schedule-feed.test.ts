// The schedule under the plan changes: the feed's mutation, a planner's session edit, re-imports; moments follow, creators are told.
import { describe, expect, it } from 'vitest';
import type { MutationArgs } from '../../../src/shared/mutations/index.ts';
import { findConflicts } from '../../../src/shared/domain/conflicts.ts';
import { feedArgs, readOdfSchedule } from '../../../src/shared/import/odf/index.ts';
import type { MemoryTx } from '../../fakes/memory-tx.ts';
import { actors, ids, planWithOneImage, rejection, run, triangle } from './fixtures.ts';
import { odfFile, odfMessage, RSC } from './odf-fixtures.ts';

const ALEX = '00000000-0000-4000-8000-000000000013';
const TRI_MOMENT = '00000000-0000-4000-8000-000000000033';
const BMX_MOMENT = '00000000-0000-4000-8000-000000000034';
const TRI_ASSIGN = '00000000-0000-4000-8000-000000000062';
/** The server's receipt time of the update (ctx.receivedAt is absent in these runs: the device time). */
const UPDATE_AT = '2024-07-30T03:10:00.000Z';

type FeedArgs = MutationArgs<'schedule.feed'>;

let counter = 0;
function args(xml: string): FeedArgs {
  const read = readOdfSchedule(xml);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  const result = feedArgs(read, {
    editions: [
      {
        id: ids.olympic,
        type: 'olympic',
        name: 'Paris 2024',
        startDay: '2024-07-26',
        endDay: '2024-08-11',
        timeZone: 'Europe/Paris',
      },
    ],
    newId: () => `00000000-0000-4000-8000-${String(900_000_000_000 + ++counter)}`,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.args;
}

const feed = (tx: MemoryTx, xml: string, at = UPDATE_AT) =>
  run(tx, actors.planner, 'schedule.feed', args(xml), at);

async function session(tx: MemoryTx, ref: string) {
  return (await tx.list('session')).find((s) => s.ref === ref);
}

/** The plan with Pont Alexandre III (code ALX), the triathlon DT_SCHEDULE, and Léa on the men's race. */
async function triathlonPlan(opts: { pinned?: boolean } = {}): Promise<MemoryTx> {
  const tx = await planWithOneImage();
  await run(tx, actors.admin, 'venue.put', {
    id: ALEX,
    name: 'Pont Alexandre III',
    city: 'Paris',
    position: { lat: 48.8637, lng: 2.3137 },
    timeZone: 'Europe/Paris',
  });
  await run(tx, actors.admin, 'venue.codes', { id: ALEX, odfCodes: ['alx'] });
  await feed(tx, odfFile('tri-schedule.xml'), '2024-07-25T07:00:00.000Z');
  const men = (await session(tx, RSC.triMen))!;
  await run(tx, actors.planner, 'moment.create', {
    id: TRI_MOMENT,
    editionId: ids.olympic,
    venueId: ALEX,
    sessionId: men.id,
    day: '2024-07-30',
    title: 'Men’s triathlon: the dive into the Seine',
    sport: 'Triathlon',
    why: { kind: 'iconic', text: 'The first Olympic race in the Seine in a hundred years' },
    keyMomentAt: '2024-07-30T06:00:00.000Z',
    angles: triangle,
    ...(opts.pinned ? { pinned: true } : {}),
  });
  await run(tx, actors.planner, 'moment.create', {
    id: BMX_MOMENT,
    editionId: ids.olympic,
    venueId: ALEX,
    day: '2024-07-31',
    title: 'BMX park final',
    sport: 'Cycling BMX freestyle',
    why: { kind: 'iconic', text: 'Riders above the Concorde' },
    keyMomentAt: '2024-07-31T12:30:00.000Z',
    angles: triangle,
  });
  await run(tx, actors.planner, 'assignment.create', {
    id: TRI_ASSIGN,
    memberId: ids.lea,
    momentId: TRI_MOMENT,
    note: '',
  });
  return tx;
}

describe('schedule.feed: the official schedule into sessions', () => {
  it('creates one session per unit, the RSC as ref, the venue through its ODF code', async () => {
    const tx = await triathlonPlan();
    const men = (await session(tx, RSC.triMen))!;
    expect(men).toMatchObject({
      editionId: ids.olympic,
      venueId: ALEX,
      sport: 'Triathlon',
      event: "Men's Individual",
      startsAt: '2024-07-30T06:00:00Z',
      endsAt: '2024-07-30T08:00:00Z',
      medal: true,
      feed: { type: 'DT_SCHEDULE', version: 1, producedAt: '2024-07-25T07:00:00Z' },
    });
    expect(men.status).toBeUndefined();
    expect((await tx.list('session')).filter((s) => s.ref.startsWith('TRI'))).toHaveLength(2);
  });

  it('refuses the whole message for one unknown code, naming it and the unit; nothing is written', async () => {
    const tx = await triathlonPlan();
    const before = JSON.stringify([...tx.rows]);
    const xml = odfMessage([
      { code: RSC.triWomen, start: '2024-07-31T09:00:00+02:00', end: '2024-07-31T11:00:00+02:00' },
      { code: 'TRIXRELAY-------------FNL-000100--', venue: 'PDI', location: 'PD1' },
    ]);
    expect(await rejection(feed(tx, xml))).toEqual({
      code: 'unknown_code',
      params: { kind: 'venue', code: 'PDI/PD1', ref: 'TRIXRELAY-------------FNL-000100--' },
    });
    expect(JSON.stringify([...tx.rows])).toBe(before);
  });

  it('finds a venue by its location code first, then by its venue code', async () => {
    const tx = await triathlonPlan();
    await run(tx, actors.admin, 'venue.codes', { id: ids.stade, odfCodes: ['STA', 'ST2'] });
    await feed(tx, odfMessage([{ code: RSC.triWomen, venue: 'ALX', location: 'ST2' }], { version: '5' }));
    expect((await session(tx, RSC.triWomen))!.venueId).toBe(ids.stade);
    await feed(tx, odfMessage([{ code: RSC.triWomen, venue: 'ALX', location: 'ZZZ' }], { version: '6' }));
    expect((await session(tx, RSC.triWomen))!.venueId).toBe(ALEX);
  });
});

describe('moments follow their session', () => {
  it('the triathlon postponement: the key moment moves by the same 26 h 45, to 31 July, and says so', async () => {
    const tx = await triathlonPlan();
    await feed(tx, odfFile('tri-update-1-rescheduled.xml'));
    const moment = (await tx.get('moment', TRI_MOMENT))!;
    expect(moment).toMatchObject({
      keyMomentAt: '2024-07-31T08:45:00.000Z',
      day: '2024-07-31',
      sessionStatus: 'rescheduled',
      scheduleChange: {
        kind: 'moved',
        previousKeyMomentAt: '2024-07-30T06:00:00.000Z',
        changedAt: UPDATE_AT,
      },
    });
    // Last of its new day, after the BMX final already there.
    expect(moment.rank).toBe(2);
    expect((await tx.get('moment', BMX_MOMENT))!.rank).toBe(1);
    const men = (await session(tx, RSC.triMen))!;
    expect([men.startsAt, men.status]).toEqual(['2024-07-31T08:45:00Z', 'rescheduled']);
  });

  it('the server’s receipt time is the change’s time when there is one', async () => {
    const tx = await triathlonPlan();
    const { runMutation } = await import('../../../src/shared/mutations/registry.ts');
    await runMutation(
      tx,
      { name: 'schedule.feed', args: args(odfFile('tri-update-1-rescheduled.xml')), at: UPDATE_AT },
      actors.planner,
      { receivedAt: '2024-07-30T03:11:00.000Z' },
    );
    expect((await tx.get('moment', TRI_MOMENT))!.scheduleChange!.changedAt).toBe('2024-07-30T03:11:00.000Z');
  });

  it('a pinned key moment stays; it still gets the status', async () => {
    const tx = await triathlonPlan({ pinned: true });
    await feed(tx, odfFile('tri-update-1-rescheduled.xml'));
    const moment = (await tx.get('moment', TRI_MOMENT))!;
    expect([moment.keyMomentAt, moment.day, moment.sessionStatus, moment.scheduleChange]).toEqual([
      '2024-07-30T06:00:00.000Z',
      '2024-07-30',
      'rescheduled',
      undefined,
    ]);
  });

  it('cancelled, then reinstated; postponed without a new time', async () => {
    const tx = await triathlonPlan({ pinned: true });
    await feed(tx, odfMessage([{ status: 'CANCELLED', start: '', end: '' }], { version: '3' }));
    let moment = (await tx.get('moment', TRI_MOMENT))!;
    expect([moment.sessionStatus, moment.scheduleChange?.kind]).toEqual(['cancelled', 'cancelled']);
    await feed(tx, odfMessage([{ status: 'SCHEDULED' }], { version: '4' }));
    moment = (await tx.get('moment', TRI_MOMENT))!;
    expect([moment.sessionStatus, moment.scheduleChange?.kind]).toEqual([undefined, 'reinstated']);
    await feed(tx, odfMessage([{ status: 'POSTPONED' }], { version: '5' }));
    moment = (await tx.get('moment', TRI_MOMENT))!;
    expect([moment.sessionStatus, moment.scheduleChange?.kind]).toEqual(['postponed', 'postponed']);
  });

  it('RUNNING and FINISHED show on the moment without a change to acknowledge', async () => {
    const tx = await triathlonPlan();
    await feed(tx, odfMessage([{ status: 'RUNNING' }], { version: '2' }));
    const moment = (await tx.get('moment', TRI_MOMENT))!;
    expect([moment.sessionStatus, moment.scheduleChange]).toEqual(['running', undefined]);
  });

  it('conflicts are re-evaluated where the moment now is; a cancelled moment busies nobody', async () => {
    const tx = await triathlonPlan();
    // Léa also covers the BMX final at 14:30 on 31 July: far from the triathlon on the 30th.
    await run(tx, actors.planner, 'assignment.create', {
      id: '00000000-0000-4000-8000-000000000063',
      memberId: ids.lea,
      momentId: BMX_MOMENT,
      note: '',
    });
    const conflicts = async () =>
      findConflicts(await tx.list('assignment'), await tx.list('moment'), await tx.list('venue'));
    expect(await conflicts()).toEqual([]);
    await feed(
      tx,
      odfMessage([
        { start: '2024-07-31T14:00:00+02:00', end: '2024-07-31T16:00:00+02:00', status: 'RESCHEDULED' },
      ]),
    );
    expect(await conflicts()).toEqual([
      { kind: 'double-booking', memberId: ids.lea, momentIds: [TRI_MOMENT, BMX_MOMENT] },
    ]);
    await feed(tx, odfMessage([{ status: 'CANCELLED', start: '', end: '' }], { version: '2' }));
    expect(await conflicts()).toEqual([]);
  });
});

describe('feeds replayed, duplicated, reordered', () => {
  it('the same message twice writes nothing the second time', async () => {
    const tx = await triathlonPlan();
    await feed(tx, odfFile('tri-update-1-rescheduled.xml'));
    const after = JSON.stringify([...tx.rows]);
    await feed(tx, odfFile('tri-update-1-rescheduled.xml'), '2024-07-30T04:00:00.000Z');
    expect(JSON.stringify([...tx.rows])).toBe(after);
  });

  it('an older version after a newer one changes nothing', async () => {
    const tx = await triathlonPlan();
    await feed(tx, odfFile('tri-update-2-finished.xml'));
    const after = JSON.stringify([...tx.rows]);
    await feed(tx, odfFile('tri-update-1-rescheduled.xml'));
    expect(JSON.stringify([...tx.rows])).toBe(after);
    expect((await session(tx, RSC.triMen))!.status).toBe('finished');
  });

  it('across message types, the one produced later wins: an old DT_SCHEDULE does not undo an update', async () => {
    const tx = await triathlonPlan();
    await feed(tx, odfFile('tri-update-1-rescheduled.xml'));
    // The 25 July DT_SCHEDULE again, version 2 (so not a duplicate of version 1), produced before the update.
    await feed(tx, odfMessage([{}], { type: 'DT_SCHEDULE', version: '2', date: '2024-07-29' }));
    expect((await session(tx, RSC.triMen))!.startsAt).toBe('2024-07-31T08:45:00Z');
    // A DT_SCHEDULE produced after the update resets the discipline, as ODF says it does.
    await feed(tx, odfMessage([{}], { type: 'DT_SCHEDULE', version: '3', date: '2024-07-31' }));
    expect((await session(tx, RSC.triMen))!.startsAt).toBe('2024-07-30T06:00:00Z');
  });

  it('a unit that ends before it starts refuses the message; no unit of it is written', async () => {
    const tx = await triathlonPlan();
    const before = JSON.stringify([...tx.rows]);
    const bad = args(odfMessage([{ code: RSC.triWomen }, {}], { version: '9' }));
    bad.units[1] = { ...bad.units[1]!, endsAt: '2024-07-30T05:00:00Z' };
    expect(await rejection(run(tx, actors.planner, 'schedule.feed', bad))).toEqual({
      code: 'end_before_start',
      params: { path: 'units.1.endsAt', ref: RSC.triMen },
    });
    expect(JSON.stringify([...tx.rows])).toBe(before);
  });
});

describe('a planner’s edit of a session, and re-imports', () => {
  it('session.update moves the session and its moments', async () => {
    const tx = await triathlonPlan();
    const men = (await session(tx, RSC.triMen))!;
    await run(tx, actors.planner, 'session.update', {
      id: men.id,
      startsAt: '2024-07-30T07:00:00.000Z',
      endsAt: '2024-07-30T09:00:00.000Z',
      status: 'delayed',
    });
    expect(await tx.get('moment', TRI_MOMENT)).toMatchObject({
      keyMomentAt: '2024-07-30T07:00:00.000Z',
      sessionStatus: 'delayed',
      scheduleChange: { kind: 'moved', previousKeyMomentAt: '2024-07-30T06:00:00.000Z' },
    });
    expect(
      await rejection(
        run(tx, actors.planner, 'session.update', { id: men.id, endsAt: '2024-07-30T06:00:00.000Z' }),
      ),
    ).toEqual({ code: 'end_before_start', params: { path: 'endsAt' } });
    expect(
      await rejection(run(tx, actors.editor, 'session.update', { id: men.id, status: 'cancelled' })),
    ).toEqual({ code: 'role_forbidden', params: { role: 'editor' } });
  });

  it('a re-imported file keeps the feed’s stamp and status, and moves the moments of what it moves', async () => {
    const tx = await triathlonPlan();
    await feed(tx, odfFile('tri-update-1-rescheduled.xml'));
    const men = (await session(tx, RSC.triMen))!;
    const { feed: stamp, status, ...rest } = men;
    await run(tx, actors.planner, 'schedule.import', {
      sessions: [{ ...rest, startsAt: '2024-07-31T09:00:00.000Z', endsAt: '2024-07-31T11:00:00.000Z' }],
    });
    const after = (await session(tx, RSC.triMen))!;
    expect([after.feed, after.status]).toEqual([stamp, status]);
    expect((await tx.get('moment', TRI_MOMENT))!.keyMomentAt).toBe('2024-07-31T09:00:00.000Z');
  });

  it('a moment chosen on a session carries its status; re-linked, it takes the new one’s', async () => {
    const tx = await triathlonPlan();
    await feed(tx, odfMessage([{ status: 'DELAYED' }], { version: '2' }));
    expect((await tx.get('moment', TRI_MOMENT))!.sessionStatus).toBe('delayed');
    const women = (await session(tx, RSC.triWomen))!;
    await run(tx, actors.planner, 'moment.update', { id: TRI_MOMENT, sessionId: women.id });
    const moment = (await tx.get('moment', TRI_MOMENT))!;
    expect([moment.sessionStatus, moment.scheduleChange]).toEqual([undefined, undefined]);
  });
});

describe('creators acknowledge, each for themselves', () => {
  it('only the assignment’s own member; a later acknowledgement of an older change is kept out', async () => {
    const tx = await triathlonPlan();
    await feed(tx, odfFile('tri-update-1-rescheduled.xml'));
    const ack = { id: TRI_ASSIGN, changedAt: UPDATE_AT, keyMomentAt: '2024-07-31T08:45:00.000Z' };
    for (const who of ['hugo', 'planner', 'admin'] as const) {
      expect(await rejection(run(tx, actors[who], 'assignment.acknowledge', ack))).toEqual({
        code: 'not_assigned',
        params: {},
      });
    }
    await run(tx, actors.lea, 'assignment.acknowledge', ack);
    expect((await tx.get('assignment', TRI_ASSIGN))!.acknowledged).toEqual({
      changedAt: UPDATE_AT,
      keyMomentAt: '2024-07-31T08:45:00.000Z',
    });
    await run(tx, actors.lea, 'assignment.acknowledge', {
      ...ack,
      changedAt: '2024-07-29T00:00:00.000Z',
      keyMomentAt: '2024-07-30T06:00:00.000Z',
    });
    expect((await tx.get('assignment', TRI_ASSIGN))!.acknowledged!.changedAt).toBe(UPDATE_AT);
  });

  it('someone assigned after the change has nothing to be told', async () => {
    const tx = await triathlonPlan();
    await feed(tx, odfFile('tri-update-1-rescheduled.xml'));
    await run(tx, actors.planner, 'assignment.create', {
      id: '00000000-0000-4000-8000-000000000064',
      memberId: ids.hugo,
      momentId: TRI_MOMENT,
      note: '',
    });
    expect((await tx.get('assignment', '00000000-0000-4000-8000-000000000064'))!.acknowledged).toEqual({
      changedAt: UPDATE_AT,
      keyMomentAt: '2024-07-31T08:45:00.000Z',
    });
  });
});

describe('venue.codes: the admin’s table of ODF codes', () => {
  it('upper-cases and dedupes codes; one code, one venue; admins only', async () => {
    const tx = await triathlonPlan();
    await run(tx, actors.admin, 'venue.codes', { id: ids.stade, odfCodes: ['sta', 'STA', ' st2 '] });
    expect((await tx.get('venue', ids.stade))!.odfCodes).toEqual(['STA', 'ST2']);
    expect(
      await rejection(run(tx, actors.admin, 'venue.codes', { id: ids.teahupoo, odfCodes: ['TEA', 'ALX'] })),
    ).toEqual({ code: 'code_taken', params: { code: 'ALX' } });
    expect(
      await rejection(run(tx, actors.planner, 'venue.codes', { id: ids.teahupoo, odfCodes: ['TEA'] })),
    ).toEqual({ code: 'role_forbidden', params: { role: 'planner' } });
    expect(
      await rejection(run(tx, actors.admin, 'venue.codes', { id: ids.teahupoo, odfCodes: ['TE A'] })),
    ).toMatchObject({ code: 'invalid_args', params: { path: 'odfCodes.0', problem: 'bad_format' } });
    await run(tx, actors.admin, 'venue.codes', { id: ids.stade, odfCodes: [] });
    expect((await tx.get('venue', ids.stade))!.odfCodes).toBeUndefined();
  });
});

describe('copies of a moved moment', () => {
  it('start with no change to tell, and keep the status only on the same session', async () => {
    const tx = await triathlonPlan();
    await feed(tx, odfFile('tri-update-1-rescheduled.xml'));
    const copy = '00000000-0000-4000-8000-000000000035';
    await run(tx, actors.planner, 'moment.copy', { id: copy, fromId: TRI_MOMENT, day: '2024-08-01' });
    const copied = (await tx.get('moment', copy))!;
    expect([copied.sessionId, copied.sessionStatus, copied.scheduleChange]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const sameDay = '00000000-0000-4000-8000-000000000036';
    const moved = (await tx.get('moment', TRI_MOMENT))!;
    await run(tx, actors.planner, 'moment.copy', { id: sameDay, fromId: TRI_MOMENT, day: moved.day });
    const twin = (await tx.get('moment', sameDay))!;
    expect([twin.sessionId, twin.sessionStatus, twin.scheduleChange]).toEqual([
      moved.sessionId,
      moved.sessionStatus,
      undefined,
    ]);
    expect(moved.scheduleChange).toBeDefined();
  });
});
