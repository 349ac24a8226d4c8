import { Module, type DynamicModule } from '@nestjs/common';
import { SEARCH_ENGINE, type AppConfig, type SearchEngine } from '@magmatch/core';
import { EmbeddedSearchEngine } from './embedded/embedded-search-engine.js';
import { MeilisearchEngine } from './meilisearch/meilisearch-engine.js';

/** Provides the {@link SearchEngine} port: Meilisearch when `MEILI_URL` is set, else the in-process engine. */
@Module({})
export class SearchModule {
  static forRoot(config: AppConfig): DynamicModule {
    const engine: SearchEngine =
      config.search.engine === 'meilisearch'
        ? new MeilisearchEngine(config.search.url, config.search.apiKey, config.search.indexPrefix)
        : new EmbeddedSearchEngine();
    return {
      module: SearchModule,
      global: true,
      providers: [{ provide: SEARCH_ENGINE, useValue: engine }],
      exports: [SEARCH_ENGINE],
    };
  }
}
