import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, DomainErrorCode } from '@magmatch/core';

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Long-lived refresh tokens that trade for short-lived access tokens. Only their hashes are stored. Each is
 * used once: using it returns a new one of the same family; using one a second time (a stolen copy, or the
 * thief's) signs the whole family out. A password change signs out every family of the user.
 */
@Injectable()
export class RefreshTokens {
  constructor(private readonly dataSource: DataSource) {}

  /** A new token; a new family unless it continues one. */
  async issue(userId: string, familyId: string = randomUUID(), manager: EntityManager = this.dataSource.manager): Promise<string> {
    const token = `rt_${randomBytes(32).toString('base64url')}`;
    await manager.query(`INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)`, [
      userId,
      familyId,
      hashOf(token),
      new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
    ]);
    return token;
  }

  /**
   * Spends `token`: returns its user and the next token of its family. `reuseGraceMs` forgives a token
   * spent that recently and not revoked since (a browser whose answer was lost to a reload gets another
   * next token); any other second use signs the family out.
   */
  async rotate(token: string, reuseGraceMs = 0): Promise<{ userId: string; refreshToken: string }> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const [row]: { id: string; user_id: string; family_id: string; expired: boolean; spent: boolean; forgiven: boolean }[] = await manager.query(
        `SELECT id, user_id, family_id, expires_at < now() AS expired, (used_at IS NOT NULL OR revoked_at IS NOT NULL) AS spent,
                (revoked_at IS NULL AND used_at > now() - $2 * interval '1 millisecond') AS forgiven
         FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
        [hashOf(token), reuseGraceMs],
      );
      if (!row || row.expired) return { error: 'The refresh token is invalid or has expired: sign in again' } as const;
      if (row.spent && row.forgiven) return { userId: row.user_id, refreshToken: await this.issue(row.user_id, row.family_id, manager) } as const;
      if (row.spent) {
        await manager.query(`UPDATE refresh_tokens SET revoked_at = COALESCE(revoked_at, now()) WHERE family_id = $1`, [row.family_id]);
        return { error: 'This refresh token was used before, so every session it belongs to is signed out: sign in again' } as const;
      }
      await manager.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [row.id]);
      return { userId: row.user_id, refreshToken: await this.issue(row.user_id, row.family_id, manager) } as const;
    });
    // Thrown after the transaction, so that signing a family out commits.
    if ('error' in outcome) throw new DomainError(DomainErrorCode.NotAuthenticated, outcome.error!);
    return outcome;
  }

  /** Signs out the session `token` belongs to (its whole family); an unknown token changes nothing. */
  async revokeFamilyOf(token: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
      [hashOf(token)],
    );
  }

  async revokeAll(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }
}
