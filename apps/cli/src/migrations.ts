import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { bootConfig } from '@magmatch/config';
import { WorkerModule } from '../../worker/src/worker.module.js';

const USAGE = 'usage: npm run migration:run | migration:revert | migration:generate -- <Name>';
const MIGRATIONS_DIR = join(process.cwd(), 'libs', 'database', 'src', 'migrations');

/**
 * Runs, reverts or generates migrations against the configured database (PGlite in DATA_DIR, or
 * DATABASE_URL). The application's modules are loaded so that every entity is known.
 */
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (!['run', 'revert', 'generate'].includes(command ?? '') || (command === 'generate' && !name)) {
    console.error(USAGE);
    process.exit(2);
  }
  process.env.MIGRATIONS_RUN = 'false';
  process.env.LOG_LEVEL ??= 'warn';
  const { config, jwtSecret } = await bootConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, jwtSecret, { consumeJobs: false }), { logger: ['error'] });
  const dataSource = app.get(DataSource);
  try {
    if (command === 'run') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'no pending migrations');
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('reverted the last migration');
    } else {
      console.log(await generate(dataSource, name!));
    }
  } finally {
    await app.close();
  }
}

async function generate(dataSource: DataSource, name: string): Promise<string> {
  const pending = await dataSource.showMigrations();
  if (pending) return 'apply the pending migrations first (npm run migration:run)';
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) return 'the entities match the database: nothing to generate';
  const timestamp = Date.now();
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
  const fileName = `${timestamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`;
  const statement = (query: { query: string }) => `    await queryRunner.query(${JSON.stringify(query.query)});`;
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(statement).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map(statement).join('\n')}
  }
}
`;
  await writeFile(join(MIGRATIONS_DIR, `${fileName}.ts`), source);
  const indexFile = join(MIGRATIONS_DIR, 'index.ts');
  const index = await readFile(indexFile, 'utf8');
  await writeFile(
    indexFile,
    index
      .replace(/\n\n\/\*\*/, `\nimport { ${className} } from './${fileName}.js';\n\n/**`)
      .replace(/\];\s*$/, `, ${className}];\n`),
  );
  return `wrote libs/database/src/migrations/${fileName}.ts and listed it in migrations/index.ts; review it before committing`;
}

await main();
