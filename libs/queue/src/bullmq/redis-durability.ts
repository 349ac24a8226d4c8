import type { Redis } from 'ioredis';

/**
 * What in a Redis server's configuration can lose jobs: an eviction policy other than `noeviction`
 * (Redis would drop queue keys under memory pressure) and no persistence at all (a restart empties
 * every queue). Returns one sentence per problem; empty when there is none or the server hides CONFIG.
 */
export async function redisDurabilityProblems(redis: Redis): Promise<string[]> {
  let settings: Map<string, string>;
  try {
    const pairs = (await redis.call('CONFIG', 'GET', 'maxmemory-policy', 'appendonly', 'save')) as string[];
    settings = new Map(pairs.flatMap((value, index) => (index % 2 === 0 ? [[value, pairs[index + 1]!] as [string, string]] : [])));
  } catch {
    return [];
  }
  const problems: string[] = [];
  const policy = settings.get('maxmemory-policy');
  if (policy && policy !== 'noeviction') {
    problems.push(`maxmemory-policy is "${policy}": Redis may evict queued jobs; set it to noeviction`);
  }
  if (settings.get('appendonly') === 'no' && !settings.get('save')) {
    problems.push('persistence is off (no AOF, no RDB snapshots): a Redis restart loses every queued job');
  }
  return problems;
}
