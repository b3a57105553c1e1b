// The spot and access drafts: what a form's text becomes, and the patch of an edit.
import {
  accessDraftOf,
  accessPatch,
  parseAccess,
} from '../../../../src/client/features/standup/access-draft.ts';
import { parseSpot, spotDraftOf, spotPatch } from '../../../../src/client/features/standup/spot-draft.ts';
import type { AccessRequest, Spot } from '../../../../src/shared/domain/index.ts';

const spot: Spot = {
  id: '00000000-0000-4000-8000-000000000041',
  momentId: '00000000-0000-4000-8000-000000000031',
  label: 'Roof',
  description: '',
  camera: { lat: 48.9, lng: 2.3 },
  bearing: 359.6,
};

describe('spot drafts', () => {
  it('refuses half a subject rather than dropping it', () => {
    const draft = { ...spotDraftOf(spot), subjectLat: '48.91' };
    expect(parseSpot(draft)).toEqual({ error: { field: 'subjectLng', kind: 'badNumber' } });
  });

  it('shows a bearing in whole degrees below 360, and an unedited draft patches nothing', () => {
    const draft = spotDraftOf(spot);
    expect(draft.bearing).toBe('0');
    const parsed = parseSpot(draft);
    if (!('value' in parsed)) throw new Error('refused');
    expect(spotPatch(spot, parsed.value, false)).toEqual({});
  });

  it('adds a subject to a spot that had none', () => {
    const parsed = parseSpot({ ...spotDraftOf(spot), subjectLat: '48.91', subjectLng: '2,31' });
    if (!('value' in parsed)) throw new Error('refused');
    expect(spotPatch(spot, parsed.value, false)).toEqual({ subject: { lat: 48.91, lng: 2.31 } });
  });
});

describe('access drafts', () => {
  const access: AccessRequest = {
    id: '00000000-0000-4000-8000-000000000071',
    spotId: spot.id,
    kind: 'roof',
    contactName: '—',
    contactPhone: '',
    status: 'to-ask',
    notes: '',
    redacted: true,
  };

  it('never sends a redacted contact back, and sets an expiry at the end of the day', () => {
    const parsed = parseAccess({ ...accessDraftOf(access), contactName: 'Someone', expiresAt: '2024-08-06' });
    if (!('value' in parsed)) throw new Error('refused');
    expect(accessPatch(access, parsed.value)).toEqual({ expiresAt: '2024-08-06T23:59:00.000Z' });
  });
});
