// Which sign-in links only reach the machine they are opened on.
import { describe, expect, it } from 'vitest';
import { isLoopbackUrl } from '../../../src/shared/net/loopback.ts';

describe('isLoopbackUrl', () => {
  it.each([
    'http://localhost:8080/signin',
    'http://LOCALHOST/',
    'http://app.localhost/',
    'http://127.0.0.1:8080/',
    'http://127.1.2.3/',
    'http://[::1]:8080/',
    'http://0.0.0.0:8080/',
  ])('%s reaches only this machine', (url) => expect(isLoopbackUrl(url)).toBe(true));

  it.each([
    'https://plan.example.org/signin',
    'http://192.168.1.20:8080/',
    'http://10.0.0.5/',
    'http://localhost.example.org/',
    'http://[2001:db8::1]/',
    'not a url',
  ])('%s does not', (url) => expect(isLoopbackUrl(url)).toBe(false));
});
