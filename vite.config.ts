// Build of the PWA: React, the service worker and manifest (vite-plugin-pwa), and the dev proxy to the sync server.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Theme colours, kept in step with the tokens of src/client/ui/app.css. */
const THEME = '#0b3d91';
const BACKGROUND = '#ffffff';

/** This build's name: APP_BUILD when set (release tooling, tests), else the time of the build. */
const BUILD = process.env.APP_BUILD ?? new Date().toISOString();

/** The sync server `npm run dev` talks to; `API_TARGET=http://localhost:8391 npm run dev` for another one. */
const API_TARGET = process.env.API_TARGET ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // Our own worker (src/client/sw): precaching, the navigation fallback, map tiles, and the guard
      // that keeps the running version while the outbox holds unsent changes, checked by the worker
      // itself at install and activate (whatever the number of tabs, across a close and reopen).
      strategies: 'injectManifest',
      srcDir: 'src/client/sw',
      filename: 'sw.ts',
      // The user decides when a new version activates, and never while changes are unsent.
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
      injectManifest: {
        // The app shell: everything the PWA needs to open with no network at the venue.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
      },
    }),
    {
      // Which build this is, in the shell (`<meta name="plan-de-jeu-build">`): support reads it, and
      // the update tests tell version A from version B by it.
      name: 'plan-de-jeu-build',
      transformIndexHtml: () => [
        { tag: 'meta', attrs: { name: 'plan-de-jeu-build', content: BUILD }, injectTo: 'head' },
      ],
    },
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
        // What a phone runs before "my day" ($initial: the entry's static imports) comes in few
        // files: each one is a request the service worker answers at start (~10 ms of main thread
        // each at CPU 4×). Libraries change less often than the app: their chunks stay cached
        // across updates. Code loaded on demand keeps its own chunks.
        codeSplitting: {
          groups: [
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 3 },
            { name: 'libs', test: /node_modules[\\/]/, tags: ['$initial'], priority: 2 },
            { name: 'start', test: /[\\/]src[\\/]/, tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
});
