/** Stops the Meilisearch server that the global setup started, if it did. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.magmatchMeilisearch?.stop();
}
