// The harness checks themselves can fail: a missing Chromium is an error, and axe-core reports a bad page.
import { axeCheck, axeViolations } from './harness/axe.ts';
import { launchChromium } from './harness/browser.ts';

describe('the e2e harness', () => {
  it('fails with a clear message when Chromium is missing, rather than skipping', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(
      /Chromium not found at \/nonexistent\/chromium.*CHROMIUM_PATH/,
    );
  });

  it('reports serious and critical accessibility violations by rule and element', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(
        '<html lang="en"><head><title>t</title></head><body><main>' +
          '<button id="nameless"></button><img id="bare" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' +
          '</main></body></html>',
      );
      const ids = (await axeViolations(page)).map((v) => v.id);
      expect(ids).toEqual(expect.arrayContaining(['button-name', 'image-alt']));
      await expect(axeCheck(page, 'a broken page')).rejects.toThrow(/critical\] button-name.*#nameless/s);

      await page.setContent(
        '<html lang="en"><head><title>t</title></head><body><main><h1>Fine</h1></main></body></html>',
      );
      await expect(axeCheck(page, 'a clean page')).resolves.toBeUndefined();
    } finally {
      await browser.close();
    }
  });
});
