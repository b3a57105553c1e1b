// The stand-up's checkboxes as labelled controls, on a laptop and a phone: a small box with its words
// beside it on the same row, the whole row a thumb-sized target ("Keep this key moment…", "Medal events only").
import type { Locator } from 'playwright-core';
import { signIn } from './harness/app.ts';
import { axeCheck } from './harness/axe.ts';
import { useE2EWorld } from './harness/suite.ts';

const world = useE2EWorld();

interface Geometry {
  box: { left: number; right: number; top: number; bottom: number; width: number; height: number };
  words: { left: number; top: number; bottom: number; lines: number };
  row: { height: number };
}

/** Where a checkbox, the words of its label and the label's row sit on the screen. */
function geometryOf(checkbox: Locator): Promise<Geometry> {
  return checkbox.evaluate((input) => {
    const label = (input as HTMLInputElement).labels?.[0];
    if (!label) throw new Error('the checkbox has no label');
    const range = document.createRange();
    const text = [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    if (!text) throw new Error('the label has no words of its own');
    range.selectNodeContents(text);
    const rects = [...range.getClientRects()];
    const b = input.getBoundingClientRect();
    const lines = new Set(rects.map((r) => Math.round(r.top))).size;
    return {
      box: { left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width, height: b.height },
      words: {
        left: Math.min(...rects.map((r) => r.left)),
        top: Math.min(...rects.map((r) => r.top)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
        lines,
      },
      row: { height: label.getBoundingClientRect().height },
    };
  });
}

/** `oneLine`: the words fit beside the box on one row (a laptop); on a phone they may wrap beside it. */
function expectBoxBesideWords({ box, words, row }: Geometry, oneLine = true): void {
  // A box, not a stretched input.
  expect(box.width).toBeLessThanOrEqual(32);
  expect(box.height).toBeLessThanOrEqual(32);
  // The words start just right of the box, on its row, centred on it.
  expect(words.left).toBeGreaterThanOrEqual(box.right);
  expect(words.left - box.right).toBeLessThanOrEqual(16);
  expect(Math.abs((words.top + words.bottom) / 2 - (box.top + box.bottom) / 2)).toBeLessThanOrEqual(4);
  if (oneLine) expect(words.lines).toBe(1);
  // The whole label row is the tap target.
  expect(row.height).toBeGreaterThanOrEqual(44);
}

describe('the stand-up’s checkboxes', () => {
  it('sit beside their words as labelled controls at 1280 px, and still do on a phone', async () => {
    const { server } = world();
    const { page } = await world().laptop();
    await signIn(page, server.adminLink, 'Admin laptop (e2e stand-up controls)');
    const pin = page
      .getByRole('checkbox', { name: 'Keep this key moment when the schedule changes' })
      .first();
    const medal = page.getByRole('checkbox', { name: 'Medal events only' });
    await pin.waitFor();
    // The pin says what it does through its description.
    expect(await pin.getAttribute('aria-describedby')).toBeTruthy();
    expectBoxBesideWords(await geometryOf(pin));
    expectBoxBesideWords(await geometryOf(medal));

    // A tap on the words ticks the box: only medal events stay among the candidates.
    await page.getByText('Medal events only', { exact: true }).click();
    expect(await medal.isChecked()).toBe(true);
    await axeCheck(page, 'the stand-up at 1280 px');

    await page.setViewportSize({ width: 360, height: 740 });
    expectBoxBesideWords(await geometryOf(medal), false);
    expectBoxBesideWords(await geometryOf(pin), false);
  }, 120_000);
});
