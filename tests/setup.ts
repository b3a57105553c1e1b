// Shared test setup: DOM matchers for component tests (harmless in node tests), and clean web storage per test.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Drafts and the chosen day live in web storage (jsdom suites): each test starts without another's.
afterEach(() => {
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
});
