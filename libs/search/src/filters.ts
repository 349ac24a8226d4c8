import type { FilterCondition, SearchIndexSpec } from '@magmatch/core';

/** Only declared attributes may be filtered or faceted on: the allow-list every adapter enforces. */
export function assertFilterable(spec: SearchIndexSpec, field: string): void {
  if (!spec.filterable.includes(field)) throw new Error(`"${field}" is not a filterable attribute of index ${spec.name}`);
}

/** A value as Meilisearch's filter syntax needs it: numbers as they are, everything else quoted and escaped. */
function literal(value: string | number | boolean): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`filter value ${value} is not a finite number`);
    return String(value);
  }
  return `"${String(value).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/**
 * One Meilisearch filter expression per condition. The adapter sends them as elements of the array form,
 * which Meilisearch joins with AND, so no value can turn a condition into an OR.
 */
export function meilisearchFilter(spec: SearchIndexSpec, conditions: readonly FilterCondition[]): string[] {
  return conditions.map((condition) => {
    assertFilterable(spec, condition.field);
    const field = condition.field;
    switch (condition.op) {
      case 'in':
        return condition.values.length === 0 ? `${field} IN []` : `${field} IN [${condition.values.map(literal).join(', ')}]`;
      case 'all':
        return condition.values.map((value) => `${field} = ${literal(value)}`).join(' AND ') || `${field} EXISTS`;
      case 'gte':
        return `${field} >= ${literal(condition.value)}`;
      case 'lte':
        return `${field} <= ${literal(condition.value)}`;
    }
  });
}
