import tseslint from 'typescript-eslint';

/** Libraries that are infrastructure (ports, adapters, composition); every other lib is a domain module. */
const INFRASTRUCTURE_LIBS = ['config', 'core', 'database', 'messaging', 'platform', 'queue', 'search'];
const ADAPTER_LIBS = ['database', 'platform', 'queue', 'search'];
const ENGINE_PACKAGES = ['bullmq', 'ioredis', 'meilisearch', 'pg', 'pg-*', '@electric-sql/*', 'typeorm/driver/*'];
const TESTS = ['**/*.spec.ts', '**/*.contract.ts'];

const noAppImports = { group: ['**/apps/**', '@magmatch-app/*'], message: 'A library never imports an application.' };
const noDeepImports = {
  group: ['@magmatch/*/**', '**/libs/**', '../../*/src/**', '../../../*/src/**'],
  message: "Import another library through its public index ('@magmatch/name'), never its files.",
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    // Decorator metadata needs value imports of injected classes.
    files: ['**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', { patterns: [noAppImports, noDeepImports] }] },
  },
  {
    // The dependency rule: domain modules see ports, never adapters or engine clients.
    files: ['libs/*/src/**/*.ts'],
    ignores: [...INFRASTRUCTURE_LIBS.map((lib) => `libs/${lib}/**`), ...TESTS],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noAppImports,
            noDeepImports,
            {
              group: ENGINE_PACKAGES,
              message: 'Domain code talks to engines through the ports of @magmatch/core, never their clients.',
            },
            {
              group: ADAPTER_LIBS.map((lib) => `@magmatch/${lib}`),
              message: 'Domain code imports no adapter: inject the port (JOB_QUEUE, SEARCH_ENGINE) instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // What GraphQL shows is decided in a module's api/ folder only.
    files: ['libs/*/src/**/*.ts'],
    ignores: ['libs/*/src/**/api/**', 'libs/platform/src/graphql/**', ...TESTS],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='@nestjs/graphql']",
          message: "GraphQL decorators live only in a module's api/ folder.",
        },
      ],
    },
  },
);
