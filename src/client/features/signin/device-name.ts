// A first guess at the device's name from its user agent ("Android phone"), for the admin's device list.

export type DeviceKind =
  'android' | 'androidTablet' | 'iphone' | 'ipad' | 'mac' | 'windows' | 'linux' | 'other';

export function deviceKindOf(userAgent: string, maxTouchPoints = 0): DeviceKind {
  if (/iPhone|iPod/.test(userAgent)) return 'iphone';
  // iPadOS reports itself as a Mac; only the touch screen tells them apart.
  if (/iPad/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1)) return 'ipad';
  if (/Android/.test(userAgent)) return /Mobile/.test(userAgent) ? 'android' : 'androidTablet';
  if (/Macintosh|Mac OS X/.test(userAgent)) return 'mac';
  if (/Windows/.test(userAgent)) return 'windows';
  if (/Linux|X11|CrOS/.test(userAgent)) return 'linux';
  return 'other';
}
