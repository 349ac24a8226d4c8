import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveJwtSecret } from './jwt-secret.js';

describe('resolveJwtSecret', () => {
  it('generates a secret on first start, keeps it private, and reuses it after a restart', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'magmatch-secret-')), 'nested', 'jwt-secret');
    const first = await resolveJwtSecret({ kind: 'generated', file });
    const second = await resolveJwtSecret({ kind: 'generated', file });
    expect(first).toHaveLength(64);
    expect(second).toBe(first);
    expect(await readFile(file, 'utf8')).toBe(first);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('uses the configured secret as given', async () => {
    expect(await resolveJwtSecret({ kind: 'given', value: 'configured' })).toBe('configured');
  });
});
