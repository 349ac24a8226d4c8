import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The web console's build: `npm run build` writes it to `dist/web`, which the API serves at `/`. The
 * credit-code check and the wording of composition limits are the server's own dependency-free modules, so
 * the console and the API agree on every code and every limit.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  resolve: {
    alias: {
      '@magmatch/credit-code': here('../../libs/identity/src/credit-code.ts'),
      '@magmatch/composition-words': here('../../libs/catalog/src/composition-words.ts'),
    },
  },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Ant Design marks its modules "use client" for React Server Components, which a single-page app has no use for.
      onLog: (level, log, handler) => (log.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : handler(level, log)),
      output: {
        // Vendor code changes less often than the console: its own long-cached files.
        codeSplitting: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|rc-|@rc-component)/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)/ },
          ],
        },
      },
    },
  },
  server: { proxy: { '/graphql': { target: 'http://localhost:3000', ws: true }, '/session': 'http://localhost:3000' } },
});
