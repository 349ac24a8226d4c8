/**
 * Builds `dist/` only when its inputs changed since the last build: `npm start`, `npm test` and the operator
 * commands call this first, so a second start does not spend ~10 s compiling an unchanged tree. The inputs
 * are the sources that the build compiles (the API's TypeScript and the web console's), the compiler settings
 * and the lockfile; their content fingerprint is kept in `dist/.build-inputs` after a successful build.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_DIRECTORIES = ['apps', 'libs', 'seeds', 'bench'];
const SETTINGS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
/** What the build reads: TypeScript everywhere, and the web console's pages, styles, operations and images. */
const INPUT = /\.(ts|tsx|css|html|graphql|svg)$/;
const FINGERPRINT = join('dist', '.build-inputs');
const NOT_BUILT = /\.(spec|contract)\.ts$/;

function sourcesUnder(directory) {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && INPUT.test(entry.name) && !NOT_BUILT.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function fingerprint() {
  const hash = createHash('sha256');
  const files = [...SOURCE_DIRECTORIES.flatMap(sourcesUnder), ...SETTINGS].sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const current = fingerprint();
if (existsSync(FINGERPRINT) && readFileSync(FINGERPRINT, 'utf8') === current) process.exit(0);
process.stderr.write('building dist/ (sources changed since the last build)…\n');
const started = performance.now();
try {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
} catch (error) {
  // The compiler has said what is wrong; its exit status is enough.
  process.exit(error.status ?? 1);
}
writeFileSync(FINGERPRINT, current);
process.stderr.write(`built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
