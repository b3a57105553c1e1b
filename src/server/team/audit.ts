// Team acts in the audit trail: invites and revocations are logged beside the plan's mutations.
import type { TeamEvent } from '../../shared/protocol/team.ts';
import type { SyncStorage } from '../db/ports/sync-storage.ts';
import { SYSTEM_CLIENT_ID } from '../sync/auth.ts';

/** Who acts on the team: an admin member, from a device (null: the CLI on the server's machine). */
export interface TeamActor {
  memberId: string;
  deviceId: string | null;
}

/**
 * Records a team act as an applied entry of the system client (numbered after its last one), in
 * the name of `actor`, aimed at the member: GET /api/audit?kind=member&id=… lists it with the
 * member's `member.put` changes. It writes no row of the plan, so it bumps no version.
 */
export async function logTeamEvent(
  store: SyncStorage,
  actor: TeamActor,
  event: { name: TeamEvent; memberId: string; args: Record<string, unknown> },
  at: string,
): Promise<void> {
  await store.write(async (session) => {
    const id = (await session.lastMutationID(SYSTEM_CLIENT_ID)) + 1;
    await session.setLastMutationID(SYSTEM_CLIENT_ID, id);
    await session.logMutation({
      clientID: SYSTEM_CLIENT_ID,
      mutationID: id,
      memberId: actor.memberId,
      deviceId: actor.deviceId,
      name: event.name,
      args: { memberId: event.memberId, ...event.args },
      at,
      status: 'applied',
      reason: null,
      version: null,
      loggedAt: at,
      target: { kind: 'member', id: event.memberId },
      changes: [],
    });
  });
}
