import path from 'node:path';
import { defineConfig } from 'prisma/config';

// The native schema engine can't be downloaded on offline machines; prisma/tools/schema-engine.mjs
// speaks its protocol on top of the WebAssembly build, so `prisma migrate …` works everywhere.
// A machine that has the native engine can set PRISMA_SCHEMA_ENGINE_BINARY itself.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, 'prisma', 'tools', 'schema-engine.mjs');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
