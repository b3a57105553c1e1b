// The map module's public surface: the only place Leaflet is used, and only through these lazy components.
export { PrepareMyDay, SpotMap, SpotPinEditor } from './LazyMaps.tsx';
export { CoordinateFields } from './CoordinateFields.tsx';
export { useTileSettings, fetchTileSettings, type TileSettings } from './tile-settings.ts';
export { mapsLink } from './maps-link.ts';
export type { SpotMapProps, SpotPinEditorProps, SpotPins, SpotPinsChange } from './types.ts';
