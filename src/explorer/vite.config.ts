// Vite builds the explorer page from src/explorer into dist/explorer, which the server serves under /explore.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explore/',
  // Nothing to copy as is: every asset is imported.
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});
