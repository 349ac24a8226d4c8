import { EmbeddedSearchEngine } from './embedded/embedded-search-engine.js';
import { MeilisearchEngine } from './meilisearch/meilisearch-engine.js';
import { describeSearchEngineContract } from './search-engine.contract.js';
import { realEngineUrl, uniqueName } from '../../../test/support/real-engines.js';

describeSearchEngineContract('embedded (MiniSearch)', async () => new EmbeddedSearchEngine());

const meilisearchUrl = realEngineUrl('meilisearch');
if (meilisearchUrl) {
  describeSearchEngineContract('Meilisearch', async () =>
    new MeilisearchEngine(meilisearchUrl, process.env.MEILI_MASTER_KEY ?? '', uniqueName()),
  );
}
