import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the self-hosted GraphiQL page into web/dist; the server serves it under /graphiql/ and
 * at GET /graphql. Everything, Monaco's workers included, is bundled: the page asks no outside host.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/graphiql/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      onwarn(warning, warn) {
        // framer-motion's "use client" directives mean nothing outside React Server Components
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  esbuild: { jsx: 'automatic' },
  worker: { format: 'es' },
});
