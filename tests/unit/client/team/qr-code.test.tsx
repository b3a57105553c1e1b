// @vitest-environment jsdom
// The team screen's QR code, read back as a scanner would: our SVG's modules rasterised, decoded by jsQR.
import { render } from '@testing-library/react';
import jsQR from 'jsqr';
import { QrCode } from '../../../../src/client/features/team/QrCode.tsx';

/** Draws the SVG path's unit squares ("M x y h1v1h-1z") into a greyscale RGBA image, `scale` px a module. */
function rasterise(svg: SVGSVGElement, scale = 4) {
  const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  const d = svg.querySelector('path')!.getAttribute('d')!;
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const i = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
  }
  return { pixels, width };
}

describe('QrCode', () => {
  it.each([
    'http://127.0.0.1:8080/signin#invite=2ReMmiJbAFjech2NF6PkDk60YKYAD6g0HnOGEFd_TkA',
    'https://plan-de-jeu.paris2024.example.org/signin#invite=q7Vw3-XyZ_0123456789abcdefghijklmnopqrstuvwx',
  ])('decodes back to %s', (link) => {
    const { container } = render(<QrCode text={link} label="QR code of the sign-in link for Ana" />);
    const svg = container.querySelector('svg')!;
    expect(svg).toHaveAttribute('role', 'img');
    expect(svg).toHaveAttribute('aria-label', 'QR code of the sign-in link for Ana');
    const { pixels, width } = rasterise(svg);
    expect(jsQR(pixels, width, width)?.data).toBe(link);
  });
});
