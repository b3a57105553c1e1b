// The service worker of Plan de jeu (built by vite-plugin-pwa, injectManifest). Each concern is a
// module wired here: the app shell and the update guard (shell.ts), viewed map tiles (tiles.ts),
// messages from the pages (messages.ts), Web Push notifications and their taps (push.ts). A new concern
// goes in its own module, called from here. Sync never runs here: it runs in the page (DESIGN.md).
import { cleanupOutdatedCaches } from 'workbox-precaching';
import { answerPages } from './messages.ts';
import { showPushes } from './push.ts';
import { serveShell } from './shell.ts';
import { cacheViewedTiles } from './tiles.ts';

declare const self: ServiceWorkerGlobalScope;

// Caches of older Workbox releases (not entries of older app versions: shell.ts decides those).
cleanupOutdatedCaches();
serveShell(self.__WB_MANIFEST);
cacheViewedTiles();
answerPages();
showPushes();
