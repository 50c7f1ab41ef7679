import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ESM builds; Node gives the dependencies (yoga, Pothos) the
    // CommonJS one, so the tests must too, or `instanceof GraphQLError` fails across the two.
    alias: [
      { find: /^graphql$/, replacement: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)) },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
  },
});
