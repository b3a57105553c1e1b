// What a mutator sees: a transaction over the entity store, who acts, and when they tapped.
import type { z } from 'zod';
import type { Entity, Kind } from '../domain/entities.ts';
import type { Role } from '../domain/member.ts';
import type { RejectionCode, RejectionParams } from '../protocol/rejections.ts';
import { boundedParams } from '../protocol/rejections.ts';

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
  /** When the user tapped (the device's clock), recorded on the rows it changes. */
  at: string;
  /** When the server received it (server clock); absent on the client, which has not sent it yet. */
  receivedAt?: string;
  /** The server's verdict that `at` cannot be the time of the tap (see domain/clock.ts). */
  clockOff?: boolean;
}

/**
 * `N` keeps the literal name and `I` the input type, so `MutationArgs<'signature.advance'>` is precise.
 * Who may run it, and which fields each role may change in which status, is not here but in
 * RIGHTS (rights.ts), the one table the mutators enforce; `roles` is derived from it.
 */
export interface MutationDef<A, N extends string = string, I = unknown> {
  name: N;
  args: z.ZodType<A, I>;
  /** Roles that may call it at all (from RIGHTS); finer rules (fields, statuses, own images) in run(). */
  roles: readonly Role[];
  run(tx: WriteTx, args: A, ctx: MutationContext): Promise<void>;
}

/**
 * A mutation the rules refuse: kept with its code, params and English reason, shown to the user
 * (translated from the code), never dropped silently. See REJECTION_CODES for the closed set.
 */
export class MutationRejected extends Error {
  readonly params: RejectionParams;
  constructor(
    readonly code: RejectionCode,
    message: string,
    params: Record<string, string | number | undefined> = {},
  ) {
    super(message);
    this.name = 'MutationRejected';
    this.params = boundedParams(params);
  }
}

/** Throws MutationRejected: `message` is the English fallback, `params` what a translation needs. */
export function reject(
  code: RejectionCode,
  message: string,
  params: Record<string, string | number | undefined> = {},
): never {
  throw new MutationRejected(code, message, params);
}
