import { hash, verify } from '@node-rs/argon2';

/** argon2id (algorithm 2 of @node-rs/argon2's const enum) with OWASP's minimum: 19 MiB, 2 passes, 1 lane. */
const ARGON2ID = 2;
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_OPTIONS);

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
