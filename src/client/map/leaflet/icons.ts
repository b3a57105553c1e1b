// Pins drawn with CSS (divIcon): no marker images to bundle or fetch, so they show offline and in any theme.
import { divIcon } from 'leaflet';

const pin = (kind: 'camera' | 'subject' | 'me', glyph: string) =>
  divIcon({
    className: `map-pin map-pin-${kind}`,
    html: `<span aria-hidden="true">${glyph}</span>`,
    iconSize: [36, 36],
    iconAnchor: [18, 18],
  });

export const cameraIcon = pin('camera', '📷');
export const subjectIcon = pin('subject', '🎯');
export const meIcon = pin('me', '●');
