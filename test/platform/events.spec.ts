import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { Injectable, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { loadConfig } from '@magmatch/core';
import { MessagingModule, OnEvent, Outbox, defineEvent } from '@magmatch/messaging';
import { PlatformModule } from '@magmatch/platform';
import { isolatedDatabase, type IsolatedDatabase } from '../support/test-database.js';
import { waitFor } from '../support/wait-for.js';

const ListingPublished = defineEvent<{ listingId: string }>('test.listing-published', { backoffMs: 20 });
const calls: string[] = [];
let notifierFailuresLeft = 0;

@Injectable()
class SearchIndexer {
  @OnEvent(ListingPublished)
  async index(): Promise<void> {
    calls.push('index');
  }
}

@Injectable()
class Notifier {
  @OnEvent(ListingPublished)
  async notify(): Promise<void> {
    if (notifierFailuresLeft-- > 0) throw new Error('mail server unavailable');
    calls.push('notify');
  }
}

@Module({ imports: [MessagingModule.forFeature([ListingPublished])], providers: [SearchIndexer, Notifier] })
class SubscribersModule {}

let database: IsolatedDatabase;
let app: INestApplication;

beforeEach(async () => {
  calls.length = 0;
  database = await isolatedDatabase('pglite');
  const config = loadConfig({ DATA_DIR: database.dataDir, LOG_LEVEL: 'silent' });
  app = await NestFactory.create(
    { module: class Worker {}, imports: [PlatformModule.forRoot(config, 'secret', { consumeJobs: true }), SubscribersModule] },
    { logger: false },
  );
  await app.init();
});

afterEach(async () => {
  await app.close();
  await database.dispose();
});

const publish = () =>
  app.get(DataSource).transaction((manager) => app.get(Outbox).add(manager, ListingPublished, { listingId: 'L1' }));

it('runs every subscriber of an event once', async () => {
  await publish();
  await waitFor('both subscribers', () => calls.length === 2);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(calls.sort()).toEqual(['index', 'notify']);
});

it('retries only the subscriber that failed', async () => {
  notifierFailuresLeft = 2;
  await publish();
  await waitFor('the notifier to succeed on its third try', () => calls.includes('notify'), 15_000);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(calls.filter((call) => call === 'index')).toHaveLength(1);
  expect(calls.filter((call) => call === 'notify')).toHaveLength(1);
});
