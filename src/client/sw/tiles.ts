// Map tiles the user viewed, cached by the service worker (the tile server is set at run time).
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';

/**
 * Tiles are recognised by shape: a cross-origin z/x/y image. OpenStreetMap's policy: no bulk
 * download, keep what was viewed at least 7 days, keep the cache bounded; CORS answers only
 * (opaque ones hide errors and weigh 7 MB each in Chromium's quota).
 */
export function cacheViewedTiles(): void {
  registerRoute(
    ({ url, request, sameOrigin }) =>
      !sameOrigin &&
      request.destination === 'image' &&
      /\/\d+\/\d+\/\d+(@2x)?\.(png|jpe?g|webp)$/.test(url.pathname),
    new CacheFirst({
      cacheName: 'map-tiles',
      plugins: [
        new ExpirationPlugin({ maxEntries: 2000, maxAgeSeconds: 14 * 24 * 3600, purgeOnQuotaError: true }),
        new CacheableResponsePlugin({ statuses: [200] }),
      ],
      fetchOptions: { mode: 'cors', credentials: 'omit' },
    }),
  );
}
