// The startup bench's import walk: static imports count before "my day", dynamic ones (the map) do not.
import { describe, expect, it } from 'vitest';
import { dynamicImports, staticImports } from '../../../../bench/lib/startup-js.ts';

describe('the startup bench’s import scan', () => {
  it('tells static imports from lazy ones, in the shapes the bundler writes', () => {
    const code =
      'import{a as b}from"./react-1.js";import"./css-2.js";import{c}from`./zod-3.js`;' +
      'const M=lazy(()=>W(()=>import(`./SpotMapView-4.js`),__vite__mapDeps([0])));import("./Editor-5.js")';
    expect(staticImports(code)).toEqual(['react-1.js', 'css-2.js', 'zod-3.js']);
    expect(dynamicImports(code)).toEqual(['SpotMapView-4.js', 'Editor-5.js']);
  });
});
