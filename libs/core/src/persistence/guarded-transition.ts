import type { EntityManager, ObjectLiteral, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { DomainError, DomainErrorCode } from '../errors/domain.error.js';

/**
 * Moves a row from one of the `from` states by a conditional UPDATE, so that of two concurrent steps
 * only one applies; the other gets a CONFLICT saying what state the row is in. `also` runs in the same
 * transaction after the update (to record the jobs the change causes in the outbox).
 */
export async function guardedTransition<T extends ObjectLiteral & { id: string; state: string }>(
  repository: Repository<T>,
  noun: string,
  id: string,
  from: readonly T['state'][],
  changes: QueryDeepPartialEntity<T>,
  also?: (manager: EntityManager) => Promise<void>,
): Promise<T> {
  return repository.manager.transaction(async (manager) => {
    const result = await manager
      .createQueryBuilder()
      .update(repository.target)
      .set(changes)
      .where('id = :id AND state IN (:...from)', { id, from })
      .execute();
    if (result.affected === 0) {
      const current = await manager.findOneBy(repository.target, { id } as never);
      throw new DomainError(
        DomainErrorCode.Conflict,
        `This ${noun} is ${current?.state ?? 'gone'}; that step needs it to be ${from.join(' or ')}`,
      );
    }
    await also?.(manager);
    return manager.findOneByOrFail(repository.target, { id } as never) as Promise<T>;
  });
}
