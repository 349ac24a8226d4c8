import type { ObjectLiteral, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { DomainError, DomainErrorCode } from '../errors/domain.error.js';

/**
 * Moves a row from one of the `from` states by a conditional UPDATE, so that of two concurrent steps
 * only one applies; the other gets a CONFLICT saying what state the row is in.
 */
export async function guardedTransition<T extends ObjectLiteral & { id: string; state: string }>(
  repository: Repository<T>,
  noun: string,
  id: string,
  from: readonly T['state'][],
  changes: QueryDeepPartialEntity<T>,
): Promise<T> {
  const result = await repository
    .createQueryBuilder()
    .update()
    .set(changes)
    .where('id = :id AND state IN (:...from)', { id, from })
    .execute();
  if (result.affected === 0) {
    const current = await repository.findOneBy({ id } as never);
    throw new DomainError(
      DomainErrorCode.Conflict,
      `This ${noun} is ${current?.state ?? 'gone'}; that step needs it to be ${from.join(' or ')}`,
    );
  }
  return repository.findOneByOrFail({ id } as never);
}
