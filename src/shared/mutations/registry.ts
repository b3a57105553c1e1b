// Every named mutation, and the one function both sides use to run one.
import type { z } from 'zod';
import type { ArgsName } from './args.ts';
import { checkFields } from './authorize.ts';
import { describeIssues, issueParams } from './issues.ts';
import * as plan from './plan.ts';
import * as previews from './previews.ts';
import * as schedule from './schedule.ts';
import { RIGHTS } from './rights.ts';
import * as signatures from './signatures.ts';
import * as spots from './spots.ts';
import * as standup from './standup.ts';
import type { Actor, MutationDef, WriteTx } from './types.ts';
import { reject } from './types.ts';

export { describeIssues } from './issues.ts';

const defs = [
  plan.createEdition,
  plan.putVenue,
  plan.putSession,
  schedule.updateSession,
  schedule.feedSchedule,
  schedule.setVenueCodes,
  plan.createMoment,
  plan.updateMoment,
  plan.rankMoment,
  plan.dropMoment,
  plan.restoreMoment,
  spots.createSpot,
  spots.updateSpot,
  spots.createAccess,
  spots.updateAccess,
  spots.createAssignment,
  spots.deleteAssignment,
  spots.acknowledgeChange,
  spots.putMember,
  signatures.createSignature,
  signatures.updateSignature,
  signatures.advanceSignature,
  signatures.linkSignature,
  signatures.missSignature,
  signatures.reopenSignature,
  signatures.noteSignature,
  standup.importSchedule,
  standup.copyMoment,
  standup.copyDay,
  previews.previewSignature,
] as const;

type Defs = (typeof defs)[number];
export type MutationName = Defs['name'];
/** The arguments of a mutation, by name: `MutationArgs<'signature.advance'>`. */
export type MutationArgs<N extends MutationName> = z.input<Extract<Defs, { name: N }>['args']>;

export const MUTATIONS: ReadonlyMap<string, MutationDef<unknown>> = new Map(
  defs.map((d) => [d.name, d as unknown as MutationDef<unknown>]),
);

/** True when `name` is a mutation this build defines (a newer client may send others: `unknown_mutation`). */
export function isMutationName(name: string): name is MutationName {
  return MUTATIONS.has(name);
}

/**
 * Runs one mutation in `tx`: name known (`unknown_mutation`), role allowed (`role_forbidden`),
 * arguments valid (`invalid_args`, with the field's path), fields the role may give
 * (`field_not_allowed`, `value_not_allowed`), then the mutation's own rules. Throws
 * MutationRejected with a code, params and an English reason; the caller decides what a rejection
 * means (the server records it, the client keeps the change and shows it). Returns the parsed
 * arguments (unknown keys stripped, bounded by the schemas): what the server keeps of them.
 */
export async function runMutation(
  tx: WriteTx,
  mutation: { name: string; args: unknown; at: string },
  actor: Actor,
  stamp: { receivedAt?: string; clockOff?: boolean } = {},
): Promise<unknown> {
  const def = MUTATIONS.get(mutation.name);
  if (!def) return reject('unknown_mutation', `unknown mutation ${mutation.name}`, { name: mutation.name });
  if (!def.roles.includes(actor.role)) {
    return reject('role_forbidden', `a ${actor.role} may not ${mutation.name}`, { role: actor.role });
  }
  const parsed = def.args.safeParse(mutation.args, { reportInput: true });
  if (!parsed.success) return reject('invalid_args', describeIssues(parsed.error), issueParams(parsed.error));
  const name = mutation.name as ArgsName;
  // Image mutations check their fields with the image's status and assignment (authorizeOnImage).
  if (RIGHTS[name].on !== 'signature') checkFields(name, parsed.data as object, actor.role);
  await def.run(tx, parsed.data, { actor, at: mutation.at, ...stamp });
  return parsed.data;
}
