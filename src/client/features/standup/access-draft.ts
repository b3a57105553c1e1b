// The access request fields of the spot form ↔ an access request: validation and the patch of an edit.
import type { AccessKind, AccessRequest, AccessStatus } from '../../../shared/domain/index.ts';

export const EMPTY_ACCESS = {
  kind: 'balcony' as AccessKind,
  contactName: '',
  contactPhone: '',
  status: 'to-ask' as AccessStatus,
  /** A day, YYYY-MM-DD (the date input's value). */
  expiresAt: '',
  notes: '',
};
export type AccessDraft = typeof EMPTY_ACCESS;

export interface AccessValue {
  kind: AccessKind;
  contactName: string;
  contactPhone: string;
  status: AccessStatus;
  expiresAt?: string;
  notes: string;
}

/** The expiry is kept as the end of the chosen day (as access requests have always been created). */
const expiryInstant = (day: string) => new Date(`${day}T23:59:00Z`).toISOString();

export function accessDraftOf(access: AccessRequest): AccessDraft {
  return {
    kind: access.kind,
    contactName: access.contactName,
    contactPhone: access.contactPhone,
    status: access.status,
    expiresAt: access.expiresAt?.slice(0, 10) ?? '',
    notes: access.notes,
  };
}

/**
 * Validates the draft. `expiryKept`: the request already has an expiry, which `access.update`
 * cannot remove, so emptying it is refused rather than silently ignored.
 */
export function parseAccess(
  d: AccessDraft,
  expiryKept = false,
): { value: AccessValue } | { error: { field: 'contactName' | 'expiresAt'; kind: 'required' | 'kept' } } {
  if (!d.contactName.trim()) return { error: { field: 'contactName', kind: 'required' } };
  if (!d.expiresAt && expiryKept) return { error: { field: 'expiresAt', kind: 'kept' } };
  return {
    value: {
      kind: d.kind,
      contactName: d.contactName.trim(),
      contactPhone: d.contactPhone.trim(),
      status: d.status,
      ...(d.expiresAt ? { expiresAt: expiryInstant(d.expiresAt) } : {}),
      notes: d.notes.trim(),
    },
  };
}

/** The `access.update` fields that differ from `access`; a redacted contact is never sent back. */
export function accessPatch(access: AccessRequest, value: AccessValue): Partial<AccessValue> {
  const before = accessDraftOf(access);
  const patch: Partial<AccessValue> = {};
  if (value.kind !== access.kind) patch.kind = value.kind;
  if (!access.redacted && value.contactName !== access.contactName) patch.contactName = value.contactName;
  if (!access.redacted && value.contactPhone !== access.contactPhone) patch.contactPhone = value.contactPhone;
  if (value.status !== access.status) patch.status = value.status;
  if (value.expiresAt && value.expiresAt.slice(0, 10) !== before.expiresAt) patch.expiresAt = value.expiresAt;
  if (value.notes !== access.notes) patch.notes = value.notes;
  return patch;
}
