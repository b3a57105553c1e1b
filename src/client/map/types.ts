// The map module's props: plain data (LatLng from the domain), so callers never see a Leaflet type.
import type { LatLng } from '../../shared/domain/common.ts';

/** Where the creator stands and what they aim at. */
export interface SpotPins {
  camera: LatLng;
  subject?: LatLng;
}

/** What SpotPinEditor reports: the pins, and the bearing camera → subject when both are placed. */
export interface SpotPinsChange extends SpotPins {
  bearing?: number;
}

export interface SpotMapProps {
  pins: SpotPins;
  /** The user's own position, once they asked for it. */
  me?: LatLng;
  /** The shooting direction in degrees from north, when the spot has one (else camera → subject). */
  bearing?: number;
  /** The sun at the key moment: compass direction in degrees, and whether it is up. */
  sun?: { azimuth: number; up: boolean };
  /** Accessible name of the map, e.g. "Map of Stand C, row 2". */
  label: string;
}

export interface SpotPinEditorProps {
  /** The pins as they are; undefined: none placed yet (the map opens on `center`). */
  value?: SpotPins;
  /** Where the map opens when no pin is placed, e.g. the venue. */
  center: LatLng;
  onChange(pins: SpotPinsChange): void;
  /** Accessible name of the editor, e.g. "Pins of Stand C, row 2". */
  label: string;
}
