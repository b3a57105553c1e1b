// "Open in maps": a geo: URI on Android (any maps app), an OpenStreetMap link elsewhere.
import type { LatLng } from '../../shared/domain/common.ts';

export function mapsLink(at: LatLng, userAgent: string = globalThis.navigator?.userAgent ?? ''): string {
  const lat = at.lat.toFixed(6);
  const lng = at.lng.toFixed(6);
  if (/Android/i.test(userAgent)) return `geo:${lat},${lng}?q=${lat},${lng}`;
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=18/${lat}/${lng}`;
}
