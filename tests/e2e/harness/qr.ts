// Reads a QR code as a phone camera would: a screenshot of what the screen shows, decoded by jsQR.
import type { Locator } from 'playwright-core';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

/** The text of the QR code `locator` shows (rasterised by the browser, decoded from the pixels). */
export async function decodeQr(locator: Locator): Promise<string> {
  const png = PNG.sync.read(await locator.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error(`no QR code could be read in the ${png.width}×${png.height} screenshot`);
  return code.data;
}
