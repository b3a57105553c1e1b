// The spot form's text fields ↔ a spot: parsing, validation, and the patch of only what an edit changed.
import type { LatLng, Spot } from '../../../shared/domain/index.ts';
import type { SpotPinsChange } from '../../map/index.ts';

export const EMPTY_SPOT = {
  label: '',
  description: '',
  cameraLat: '',
  cameraLng: '',
  subjectLat: '',
  subjectLng: '',
  bearing: '',
};
export type SpotDraft = typeof EMPTY_SPOT;
export type SpotField = keyof SpotDraft;

export interface SpotValue {
  label: string;
  description: string;
  camera: LatLng;
  subject?: LatLng;
  bearing?: number;
}

/** A refusal naming the field and why: `kind` picks the message. */
export interface DraftError {
  field: SpotField;
  kind: 'required' | 'badNumber' | 'badBearing' | 'kept';
}

export function spotDraftOf(spot: Spot): SpotDraft {
  return {
    label: spot.label,
    description: spot.description,
    cameraLat: String(spot.camera.lat),
    cameraLng: String(spot.camera.lng),
    subjectLat: spot.subject ? String(spot.subject.lat) : '',
    subjectLng: spot.subject ? String(spot.subject.lng) : '',
    bearing: spot.bearing === undefined ? '' : String(Math.round(spot.bearing) % 360),
  };
}

/** A decimal typed with a comma (French keyboards) is accepted. */
function num(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  const n = Number(t);
  return t && Number.isFinite(n) ? n : undefined;
}

/**
 * Validates the draft. `subjectKept`: the spot already has a subject, which `spot.update` cannot
 * remove, so emptying it is refused rather than silently ignored.
 */
export function parseSpot(f: SpotDraft, subjectKept = false): { value: SpotValue } | { error: DraftError } {
  if (!f.label.trim()) return { error: { field: 'label', kind: 'required' } };
  const [cLat, cLng, sLat, sLng] = [num(f.cameraLat), num(f.cameraLng), num(f.subjectLat), num(f.subjectLng)];
  if (cLat === undefined) return { error: { field: 'cameraLat', kind: 'badNumber' } };
  if (cLng === undefined) return { error: { field: 'cameraLng', kind: 'badNumber' } };
  const noSubject = !f.subjectLat.trim() && !f.subjectLng.trim();
  if (noSubject && subjectKept) return { error: { field: 'subjectLat', kind: 'kept' } };
  if (!noSubject && sLat === undefined) return { error: { field: 'subjectLat', kind: 'badNumber' } };
  if (!noSubject && sLng === undefined) return { error: { field: 'subjectLng', kind: 'badNumber' } };
  const bearing = f.bearing.trim() ? num(f.bearing) : null;
  if (bearing === undefined || (bearing !== null && (bearing < 0 || bearing >= 360)))
    return { error: { field: 'bearing', kind: 'badBearing' } };
  return {
    value: {
      label: f.label.trim(),
      description: f.description.trim(),
      camera: { lat: cLat, lng: cLng },
      ...(noSubject ? {} : { subject: { lat: sLat!, lng: sLng! } }),
      ...(bearing === null ? {} : { bearing }),
    },
  };
}

const samePoint = (a?: LatLng, b?: LatLng) => a?.lat === b?.lat && a?.lng === b?.lng;

/**
 * The `spot.update` fields that differ from `spot`. The bearing is sent only when its field was
 * edited: moving a pin alone lets the server re-derive it from the pins; emptying it re-sends the
 * camera, which makes the server re-derive it too (the mutation cannot unset it otherwise).
 */
export function spotPatch(spot: Spot, value: SpotValue, bearingEdited: boolean): Partial<SpotValue> {
  const patch: Partial<SpotValue> = {};
  if (value.label !== spot.label) patch.label = value.label;
  if (value.description !== spot.description) patch.description = value.description;
  if (!samePoint(value.camera, spot.camera)) patch.camera = value.camera;
  if (value.subject && !samePoint(value.subject, spot.subject)) patch.subject = value.subject;
  if (bearingEdited && value.bearing !== undefined) patch.bearing = value.bearing;
  if (bearingEdited && value.bearing === undefined) patch.camera = value.camera;
  return patch;
}

export function pinsOf(f: SpotDraft): { camera: LatLng; subject?: LatLng } | undefined {
  const [cLat, cLng, sLat, sLng] = [num(f.cameraLat), num(f.cameraLng), num(f.subjectLat), num(f.subjectLng)];
  if (cLat === undefined || cLng === undefined) return undefined;
  const subject = sLat !== undefined && sLng !== undefined ? { subject: { lat: sLat, lng: sLng } } : {};
  return { camera: { lat: cLat, lng: cLng }, ...subject };
}

export function fieldsOf(pins: SpotPinsChange): Partial<SpotDraft> {
  return {
    cameraLat: String(pins.camera.lat),
    cameraLng: String(pins.camera.lng),
    ...(pins.subject ? { subjectLat: String(pins.subject.lat), subjectLng: String(pins.subject.lng) } : {}),
  };
}
