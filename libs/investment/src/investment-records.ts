import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { AuditLog } from '@magmatch/moderation';
import { CHAIN_LINKS, type ChainLink } from '@magmatch/catalog';
import { DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';

export const invalid = (field: string, message: string) => new DomainError(DomainErrorCode.InvalidInput, message, field);

/** Trimmed text of 1 to `max` characters; BAD_USER_INPUT naming `field` otherwise. */
export function requiredText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (!text || text.length > max) throw invalid(field, `${field} must be 1 to ${max} characters long`);
  return text;
}

/** Trimmed text of at most `max` characters, null when empty; BAD_USER_INPUT naming `field` when longer. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() || null;
  if (text && text.length > max) throw invalid(field, `${field} must be at most ${max} characters long`);
  return text;
}

/** A cluster as written: a known cluster written with another dash, spacing or case is the known one. */
export function clusterNamed(value: string | null | undefined, known: readonly string[]): string | null {
  const text = optionalText(value, 'input.cluster', 100);
  const loose = (name: string) => name.toLowerCase().replace(/[\s\-‐-―－_]+/g, '');
  return text && (known.find((cluster) => loose(cluster) === loose(text)) ?? text);
}

/** A record found by its name in any case: null for none; BAD_USER_INPUT when several share it. */
export async function oneNamed<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, name: string, noun: string, also: Record<string, unknown> = {}): Promise<T | null> {
  const query = manager.createQueryBuilder(target, 'record').where('lower(record.name) = lower(:name)', { name }).setLock('pessimistic_write');
  for (const [column, value] of Object.entries(also)) query.andWhere(value === null ? `record.${column} IS NULL` : `lower(record.${column}) = lower(:${column})`, { [column]: value });
  const found = await query.getMany();
  if (found.length > 1) throw invalid('file', `${found.length} ${noun}s are named "${name}": tell them apart before importing`);
  return found[0] ?? null;
}

/** Trimmed, distinct, non-empty words, at most `max` of at most 100 characters each. */
export function wordList(values: readonly string[] | null | undefined, field: string, max = 30): string[] {
  const words = [...new Set((values ?? []).map((value) => value.trim()).filter(Boolean))];
  if (words.length > max || words.some((word) => word.length > 100)) throw invalid(field, `${field} takes at most ${max} entries of at most 100 characters`);
  return words;
}

/** At least one link of the chain, each once. */
export function chainLinks(values: readonly ChainLink[], field: string): ChainLink[] {
  const links = [...new Set(values)];
  if (links.length === 0) throw invalid(field, `${field} needs at least one link of the chain (${CHAIN_LINKS.join(', ')})`);
  const unknown = links.filter((link) => !CHAIN_LINKS.includes(link));
  if (unknown.length) throw invalid(field, `${field}: ${unknown.join(', ')} is no link of the chain (${CHAIN_LINKS.join(', ')}, or their Chinese names)`);
  return links;
}

/** In the caller's transaction: the row with `id`, locked until it commits; NOT_FOUND naming the record and the argument (`field`) otherwise. */
export async function lockedRow<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, id: string, noun: string, field = 'id'): Promise<T> {
  const row = await manager.findOne(target, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!row) throw new DomainError(DomainErrorCode.NotFound, `No ${noun} has id ${id}`, field);
  return row;
}

/** Records a moderator's change to a record of `subjectType` ("enterprise.update", before and after) in the caller's transaction. */
export function auditChange(audit: AuditLog, manager: EntityManager, moderator: Viewer, subjectType: string, action: string, subjectId: string, before: object | null, after: object | null) {
  return audit.record(manager, { actorId: moderator.userId, action, subjectType, subjectId, before: before as Record<string, unknown> | null, after: after as Record<string, unknown> | null });
}
