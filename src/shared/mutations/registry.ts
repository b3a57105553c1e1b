// Every named mutation, and the one function both sides use to run one.
import type { z } from 'zod';
import * as plan from './plan.ts';
import * as previews from './previews.ts';
import * as signatures from './signatures.ts';
import * as spots from './spots.ts';
import * as standup from './standup.ts';
import type { Actor, MutationDef, WriteTx } from './types.ts';
import { reject } from './types.ts';

const defs = [
  plan.createEdition,
  plan.putVenue,
  plan.putSession,
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
  spots.putMember,
  signatures.createSignature,
  signatures.updateSignature,
  signatures.advanceSignature,
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

export function isMutationName(name: string): name is MutationName {
  return MUTATIONS.has(name);
}

/**
 * Runs one mutation in `tx`: name known, role allowed, arguments valid, then the rules.
 * Throws MutationRejected with a reason a person can read; the caller decides what a
 * rejection means (the server records it, the client keeps the change and shows it).
 */
export async function runMutation(
  tx: WriteTx,
  mutation: { name: string; args: unknown; at: string },
  actor: Actor,
): Promise<void> {
  const def = MUTATIONS.get(mutation.name);
  if (!def) return reject('unknown_mutation', `unknown mutation ${mutation.name}`);
  if (!def.roles.includes(actor.role)) {
    return reject('forbidden', `a ${actor.role} may not ${mutation.name}`);
  }
  const parsed = def.args.safeParse(mutation.args);
  if (!parsed.success) return reject('invalid_args', describeIssues(parsed.error));
  await def.run(tx, parsed.data, { actor, at: mutation.at });
}

/** "field.path: message; other: message" — names the field, for people and for 4xx bodies. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
