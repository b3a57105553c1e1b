// Build of the PWA: React, the service worker and manifest (vite-plugin-pwa), and the dev proxy to the sync server.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Theme colours, kept in step with the tokens of src/client/ui/app.css. */
const THEME = '#0b3d91';
const BACKGROUND = '#ffffff';

/** The sync server `npm run dev` talks to; `API_TARGET=http://localhost:8391 npm run dev` for another one. */
const API_TARGET = process.env.API_TARGET ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // The user decides when a new version activates: never while the outbox holds unsent changes.
      registerType: 'prompt',
      // useRegisterSW (src/client/features/update) registers the worker; no injected script.
      injectRegister: false,
      // public/ (favicon, icons) is precached by globPatterns below; listing it again would duplicate entries.
      includeManifestIcons: false,
      manifest: {
        name: 'Plan de jeu',
        short_name: 'Plan de jeu',
        description:
          "The day's plan de jeu of the Games social media team: chosen moments, spots, angles and signature images, offline.",
        lang: 'fr',
        display: 'standalone',
        orientation: 'portrait',
        start_url: '/',
        scope: '/',
        theme_color: THEME,
        background_color: BACKGROUND,
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell: everything the PWA needs to open with no network at the venue.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        navigateFallback: 'index.html',
        // The API is never answered by the shell: sync must see real network failures.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // Map tiles the user viewed (the tile server is set at run time, so tiles are recognised by
        // shape: a cross-origin z/x/y image). OpenStreetMap's policy: no bulk download, cache what was
        // viewed for at least 7 days, keep the cache bounded. CORS answers only (opaque ones hide errors).
        runtimeCaching: [
          {
            urlPattern: ({ url, request, sameOrigin }) =>
              !sameOrigin &&
              request.destination === 'image' &&
              /\/\d+\/\d+\/\d+(@2x)?\.(png|jpe?g|webp)$/.test(url.pathname),
            handler: 'CacheFirst',
            options: {
              cacheName: 'map-tiles',
              expiration: { maxEntries: 2000, maxAgeSeconds: 14 * 24 * 3600, purgeOnQuotaError: true },
              cacheableResponse: { statuses: [200] },
              fetchOptions: { mode: 'cors', credentials: 'omit' },
            },
          },
        ],
      },
    }),
  ],
  server: {
    proxy: {
      // Push, pull, redeem and the poke stream (SSE): the proxy must not buffer the stream.
      '/api': {
        target: API_TARGET,
        changeOrigin: true,
        configure(proxy) {
          proxy.on('proxyRes', (res) => {
            if (String(res.headers['content-type'] ?? '').startsWith('text/event-stream')) {
              res.headers['cache-control'] = 'no-cache, no-transform';
              res.headers['x-accel-buffering'] = 'no';
            }
          });
        },
      },
    },
  },
  build: {
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across updates.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            { name: 'dexie', test: /node_modules[\\/]dexie[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
});
