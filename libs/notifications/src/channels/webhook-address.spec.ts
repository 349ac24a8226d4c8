import { describe, expect, it } from '@jest/globals';
import { isPrivateAddress, publicOnlyLookup, webhookUrlProblem } from './webhook-address.js';

describe('webhook addresses', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1'])(
    'treats %s as private',
    (address) => expect(isPrivateAddress(address)).toBe(true),
  );

  it.each(['8.8.8.8', '172.32.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('treats %s as public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it.each([
    ['ftp://hooks.example/x', 'must be an http:// or https:// URL'],
    ['javascript:alert(1)', 'must be an http:// or https:// URL'],
    ['https://user:secret@hooks.example/x', 'must not carry a user name or password'],
    ['http://127.0.0.1:8080/hook', 'must not point at a loopback or private address'],
    ['http://[::1]/hook', 'must not point at a loopback or private address'],
    ['http://localhost/hook', 'must not point at a loopback or private address'],
    ['not a url', 'is not a valid URL'],
  ])('refuses %s: %s', (url, problem) => {
    expect(webhookUrlProblem(url, false)).toBe(problem);
  });

  it('accepts public http(s) URLs, and private ones only when allowed', () => {
    expect(webhookUrlProblem('https://erp.hefei-auto.example/magmatch', false)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:8080/hook', true)).toBeNull();
  });

  it('refuses to connect to a host name that resolves to a private address', async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => publicOnlyLookup('localhost', {}, (failure) => resolve(failure)));
    expect(error?.code).toBe('EPRIVATE');
  });
});
