// What a mutator sees: a transaction over the entity store, who acts, and when they tapped.
import type { z } from 'zod';
import type { Entity, Kind } from '../domain/entities.ts';
import type { Role } from '../domain/member.ts';

/**
 * The store seen by a mutator. The client implements it over its Dexie view tables (optimistic),
 * the server over its database inside the push transaction (authoritative). Both must give the
 * same answers for the same rows, which the contract suites check.
 */
export interface ReadTx {
  get<K extends Kind>(kind: K, id: string): Promise<Entity<K> | undefined>;
  /** Every row of a kind; the plan of a Games is thousands of rows, not millions. */
  list<K extends Kind>(kind: K): Promise<Entity<K>[]>;
}

export interface WriteTx extends ReadTx {
  put<K extends Kind>(kind: K, value: Entity<K>): Promise<void>;
  del(kind: Kind, id: string): Promise<void>;
}

export interface Actor {
  memberId: string;
  role: Role;
}

export interface MutationContext {
  actor: Actor;
  /** When the user tapped (client clock), recorded on the rows it changes. */
  at: string;
}

/** `N` keeps the literal name and `I` the input type, so `MutationArgs<'signature.advance'>` is precise. */
export interface MutationDef<A, N extends string = string, I = unknown> {
  name: N;
  args: z.ZodType<A, I>;
  /** Roles allowed to call it at all; finer rules (a creator's own images) live in run(). */
  roles: readonly Role[];
  run(tx: WriteTx, args: A, ctx: MutationContext): Promise<void>;
}

/** A mutation the rules refuse: kept with its reason and shown to the user, never dropped silently. */
export class MutationRejected extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message);
    this.name = 'MutationRejected';
  }
}

export type RejectionCode =
  'unknown_mutation' | 'invalid_args' | 'forbidden' | 'not_found' | 'conflict' | 'invalid_state';

export function reject(code: RejectionCode, message: string): never {
  throw new MutationRejected(code, message);
}

export function defineMutation<A, const N extends string, I>(
  def: MutationDef<A, N, I>,
): MutationDef<A, N, I> {
  return def;
}
