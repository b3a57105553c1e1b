// Enforces the rights table (rights.ts): the fields a role gives, their values, and on an image its status.
import type { Role } from '../domain/member.ts';
import type { SignatureImage } from '../domain/signature.ts';
import { progress } from '../domain/signature.ts';
import type { ArgsName } from './args.ts';
import { isAssigned } from './helpers.ts';
import { allowedValues, fieldReach } from './rights.ts';
import type { MutationContext, ReadTx } from './types.ts';
import { reject } from './types.ts';

/** The fields an argument object gives: every key with a value, but the record's key `id`. */
export function givenFields(args: object): string[] {
  return Object.entries(args)
    .filter(([key, value]) => key !== 'id' && value !== undefined)
    .map(([key]) => key);
}

/**
 * Each given field must be one `role` may give (`field_not_allowed`), with a value it may give
 * (`value_not_allowed`). Runs for every mutation; the role itself was checked before (`role_forbidden`).
 */
export function checkFields(name: ArgsName, args: object, role: Role): void {
  for (const field of givenFields(args)) {
    if (fieldReach(name, field, role) === undefined) {
      reject('field_not_allowed', `a ${role} may not set ${field}`, { field });
    }
    const allowed = allowedValues(name, field, role);
    const value = (args as Record<string, unknown>)[field];
    if (allowed && !allowed.includes(String(value))) {
      reject('value_not_allowed', `only the desk sets ${field} to ${String(value)}`, {
        field,
        value: String(value),
      });
    }
  }
}

/**
 * The rules of a mutation on a signature image, before it changes anything: a creator must be
 * assigned to the image's moment (`not_assigned`); each given field must be theirs
 * (`checkFields`); and a field a role holds `until-captured` may not change an image the desk
 * already has (`status_past_captured`). `idle` names given fields that change nothing here (a move
 * to a status already reached): the reach does not apply to them, forward moves commute.
 */
export async function authorizeOnImage(
  tx: ReadTx,
  name: ArgsName,
  image: SignatureImage,
  args: object,
  ctx: MutationContext,
  idle: readonly string[] = [],
): Promise<void> {
  const { role, memberId } = ctx.actor;
  if (role === 'creator' && !(await isAssigned(tx, memberId, image.momentId))) {
    reject('not_assigned', 'you are not assigned to this moment');
  }
  checkFields(name, args, role);
  if (progress(image.status) <= progress('captured')) return;
  for (const field of givenFields(args)) {
    if (idle.includes(field) || fieldReach(name, field, role) !== 'until-captured') continue;
    reject('status_past_captured', `already ${image.status}: the desk has this image now`, {
      status: image.status,
    });
  }
}
