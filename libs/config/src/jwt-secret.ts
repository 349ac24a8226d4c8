import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { JwtSecretSource } from './app-config.js';

/** The secret that signs access tokens: the configured one, or one generated on first start and kept. */
export async function resolveJwtSecret(source: JwtSecretSource): Promise<string> {
  if (source.kind === 'given') return source.value;
  try {
    return (await readFile(source.file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(48).toString('base64url');
  await mkdir(dirname(source.file), { recursive: true });
  await writeFile(source.file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}
