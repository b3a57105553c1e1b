// TEMPORARY (not committed): CPU profile of one offline warm start at 4x, self time mapped through source maps.
import { readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launchChromium } from '../tests/e2e/harness/browser.ts';
import { startServer } from '../tests/e2e/harness/server.ts';
import { offlinePhone, readyPhone, warmStart } from './lib/phone-page.ts';

const server = await startServer({ demo: true });
const browser = await launchChromium();
try {
  const { context, page } = await readyPhone(browser, server);
  const { cdp } = await offlinePhone(context, page, 4);
  await warmStart(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const at = await warmStart(page);
  const { profile } = await cdp.send('Profiler.stop');
  console.log('warm start', at);
  const maps = new Map<string, TraceMap | null>();
  const mapOf = (url: string) => {
    const file = url.replace(/^.*\/assets\//, '');
    if (!maps.has(file)) {
      try { maps.set(file, new TraceMap(readFileSync(`dist/assets/${file}.map`, 'utf8'))); } catch { maps.set(file, null); }
    }
    return maps.get(file);
  };
  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas ?? [];
  profile.samples?.forEach((id, i) => {
    const n = nodes.get(id)!;
    const cf = n.callFrame;
    let key = `${cf.functionName || '(anon)'} ${cf.url.replace(/^.*\//, '')}`;
    const m = cf.url.includes('/assets/') && cf.lineNumber >= 0 ? mapOf(cf.url) : null;
    if (m) {
      const o = originalPositionFor(m, { line: cf.lineNumber + 1, column: cf.columnNumber });
      if (o.source) key = `${o.name ?? cf.functionName} ${o.source.replace(/^.*node_modules\//, 'nm/').replace(/^.*src\//, 'src/')}:${o.line}`;
      const f = (o.source ?? '').replace(/^.*node_modules\//, 'nm/').replace(/^.*src\//, 'src/').split('/').slice(0, 3).join('/');
      byFile.set(f, (byFile.get(f) ?? 0) + (dt[i] ?? 0));
    }
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
  });
  for (const [k, d] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((d / 1000).toFixed(1).padStart(8), k);
  console.log('--- by source');
  for (const [k, d] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((d / 1000).toFixed(1).padStart(8), k);
} finally {
  await browser.close();
  await server.stop();
}
