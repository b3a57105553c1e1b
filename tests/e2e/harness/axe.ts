// Accessibility check with axe-core in the page: fails on serious or critical violations (and non-unique
// landmarks), listing them.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { AXE_PATH } from './paths.ts';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, not an inline <script>: the app's CSP (script-src 'self') forbids those.
  if (!loaded) await page.evaluate(await readFile(AXE_PATH, 'utf8'));
  return page.evaluate(async () => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
    }));
  });
}

/**
 * Rules that fail whatever their impact: two landmarks of one name (a section per card named alike)
 * make a screen reader's landmark list useless, though axe rates it moderate.
 */
const ALWAYS = new Set(['landmark-unique']);

/** Throws naming each serious/critical violation (and each of ALWAYS) and where it is; minor ones pass. */
export async function axeCheck(page: Page, screen: string): Promise<void> {
  const bad = (await axeViolations(page)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical' || ALWAYS.has(v.id),
  );
  if (bad.length === 0) return;
  const lines = bad.map((v) => `- [${v.impact}] ${v.id}: ${v.help} (at ${v.targets.join(', ')})`);
  throw new Error(
    `axe-core found ${bad.length} serious/critical violation(s) on ${screen}:\n${lines.join('\n')}`,
  );
}
