import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Unit tests are pure and fast. Integration tests run against a real PostgreSQL that
// tests/integration/global-setup.ts starts and migrates; each test file then gets its own
// copy of the migrated database (tests/integration/fresh-database.ts).
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Services are imported directly by integration tests; the `server-only` guard is
      // for bundles reaching the browser, which vitest never builds.
      'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
    },
  },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          setupFiles: ['tests/integration/fresh-database.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
