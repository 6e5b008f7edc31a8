#!/usr/bin/env node
// A drop-in for Prisma's native schema-engine binary, backed by the WebAssembly build
// of the same engine (@prisma/schema-engine-wasm) and the pg driver adapter.
//
// Why: every `prisma migrate …` command spawns the native schema engine, which the CLI
// downloads on first use — impossible on machines without internet. The CLI honours
// PRISMA_SCHEMA_ENGINE_BINARY, and speaks JSON-RPC 2.0 (one JSON object per line) to
// the engine over stdin/stdout, with logs as JSON lines on stderr. This file speaks the
// same protocol, so `prisma migrate dev|deploy|diff|status|reset` and `prisma db push`
// keep working unchanged, and a production machine with the native engine reads the
// same migration history (`prisma/migrations/`, `_prisma_migrations`).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import path from 'node:path';

const require = createRequire(import.meta.url);

function parseArgs(argv) {
  const datamodels = [];
  let datasource = null;
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--datamodels' && value) {
      datamodels.push(value);
      i += 1;
    } else if (flag === '--datasource' && value) {
      datasource = JSON.parse(value);
      i += 1;
    } else if (flag === '--version' || flag === '-V') {
      return { version: true };
    } else if (flag === 'cli' && value) {
      return { datamodels, datasource, cli: value };
    } else if (value && !value.startsWith('--')) {
      i += 1; // flags we accept and ignore (--enabled-preview-features, --extension-types)
    }
  }
  return { datamodels, datasource };
}

function log(level, message) {
  process.stderr.write(
    `${JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message }, target: 'schema_engine_wasm' })}\n`,
  );
}

// The Wasm build reports a Rust panic's message through this global before it aborts.
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    log('ERROR', `schema engine panic: ${message}`);
  },
};

async function loadWasmEngine() {
  // The package exports no ./package.json; resolve its main file to find the folder.
  const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
  // The package's own entry imports the .wasm as an ES module, which Node 20 can't;
  // instantiate it by hand and hand the exports to the generated bindings.
  const bg = await import(path.join(pkgDir, 'schema_engine_bg.js'));
  const bytes = await readFile(path.join(pkgDir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg;
}

function connectionString(datasource) {
  const url = datasource?.url ?? process.env.DATABASE_URL;
  if (!url) throw new Error('No datasource URL: set DATABASE_URL or datasource.url in prisma.config.ts');
  return url;
}

async function createEngine({ datamodels, datasource }) {
  const bg = await loadWasmEngine();
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils');
  const files = await Promise.all(datamodels.map(async (p) => [p, await readFile(p, 'utf8')]));
  const url = connectionString(datasource);
  // Discrete settings, not a connection string, so that { ...config, database } can
  // point a pool at the shadow database (a connectionString would override it).
  const { parse } = await import('pg-connection-string');
  const adapter = bindMigrationAwareSqlAdapterFactory(migrationAwareFactory(PrismaPg, parse(url)));
  const engine = await bg.SchemaEngine.new({ datamodels: files.length ? files : undefined }, (msg) => log('INFO', String(msg)), adapter);
  return { engine, url };
}

// Two fixes to the pg driver adapter for schema work, applied to every connection:
// PostgreSQL's single-byte "char" type (OID 18: pg_class.relkind, pg_constraint.contype…)
// appears in the catalog queries the engine runs to describe a schema; the pg adapter
// refuses it as an unsupported column type, while the engine reads it as a Character
// column. So: let the adapter see text (OID 25), then report those columns as Character.
const CHAR_OID = 18;
const TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils
const charColumnsOf = new WeakMap(); // result rows → indices of "char" columns

function charAware(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const indices = [];
    (result.fields ?? []).forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        indices.push(i);
      }
    });
    if (indices.length && result.rows) charColumnsOf.set(result.rows, indices);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumnsOf.get(result.rows) ?? []) result.columnTypes[i] = CHARACTER_COLUMN;
    return result;
  };
  // The adapter runs a script by splitting it on every ";", which breaks any function
  // body ($$ … ; … $$) in a migration. PostgreSQL's simple-query protocol takes a whole
  // multi-statement script at once, as the native engine sends it.
  if (typeof queryable.executeScript === 'function' && queryable.client) {
    queryable.executeScript = async (script) => {
      try {
        await queryable.client.query(script);
      } catch (error) {
        queryable.onError(error);
      }
    };
  }
  if (typeof queryable.startTransaction === 'function') {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...args) => charAware(await startTransaction(...args));
  }
  return queryable;
}
async function adminQuery(config, sql) {
  const { Client } = await import('pg');
  const client = new Client({ ...config, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function migrationAwareFactory(PrismaPg, config) {
  const factory = new PrismaPg(config);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => charAware(await factory.connect()),
    // The adapter's own shadow database drops the database before closing its pool
    // ("is being accessed by other users"); close first, then drop.
    connectToShadowDb: async () => {
      const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      await adminQuery(config, `CREATE DATABASE "${database}"`);
      const adapter = charAware(await new PrismaPg({ ...config, database }).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await adminQuery(config, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      };
      return adapter;
    },
  };
}

// Native RPC method names that differ from the Wasm engine's.
const renamed = { getDatabaseVersion: 'version' };

async function createDatabase(url) {
  const { Client } = await import('pg');
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  return { databaseName: name };
}

function toRpcError(error) {
  // Engine errors are usually JSON-serialised user-facing errors ({ error_code, message, meta }).
  let data = { is_panic: false, message: String(error?.message ?? error) };
  try {
    const parsed = JSON.parse(error?.message ?? '');
    if (parsed && typeof parsed === 'object') data = { is_panic: false, ...parsed, message: parsed.message ?? data.message };
  } catch {
    // plain message
  }
  if (error?.code && !data.error_code) data.error_code = error.code;
  return { code: 4466, message: 'An error happened. Check the data field for details.', data };
}

// `schema-engine --datasource … cli <command>`: one-shot database commands the CLI runs
// before a migration. It reads error lines after the first from stderr, so a first line
// is always written, and failures carry Prisma's error codes (P1003: database missing).
async function runCliCommand(command, datasource) {
  const { Client } = await import('pg');
  const url = connectionString(datasource);
  log('INFO', `cli ${command}`);
  const fail = (code, message) => {
    process.stderr.write(`${JSON.stringify({ level: 'ERROR', target: 'schema_engine::logger', fields: { error_code: code, message } })}\n`);
    process.exit(1);
  };
  if (command === 'can-connect-to-database') {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
    } catch (error) {
      if (error?.code === '3D000') fail('P1003', `Database \`${new URL(url).pathname.slice(1)}\` does not exist`);
      fail('P1001', `Can't reach database server: ${error?.message ?? error}`);
    } finally {
      await client.end().catch(() => undefined);
    }
  } else if (command === 'create-database') {
    await createDatabase(url);
  } else if (command === 'drop-database') {
    const target = new URL(url);
    const name = decodeURIComponent(target.pathname.slice(1));
    target.pathname = '/postgres';
    const client = new Client({ connectionString: target.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
    await client.end();
  } else {
    fail('P1000', `Unsupported cli command: ${command}`);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    process.stdout.write('schema-engine-wasm-shim 1.0.0\n');
    return;
  }
  if (args.cli) {
    await runCliCommand(args.cli, args.datasource);
    return;
  }
  let enginePromise = null;
  const engine = () => (enginePromise ??= createEngine(args));

  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    if (!line.trim()) return;
    // Requests are handled one at a time, in order, as the native engine does.
    queue = queue.then(() => handle(line, engine));
  });
  rl.on('close', () => {
    queue.then(() => process.exit(0));
  });
}

async function handle(line, engine) {
  let request;
  try {
    request = JSON.parse(line);
  } catch {
    return;
  }
  const { id, method, params } = request;
  if (id === undefined || method === undefined) return; // the CLI's answer to our `print`: nothing to do
  try {
    let result;
    if (method === 'createDatabase') {
      const url = params?.datasource?.url ?? connectionString(parseArgs(process.argv.slice(2)).datasource);
      result = await createDatabase(url);
    } else {
      const { engine: e } = await engine();
      const name = renamed[method] ?? method;
      if (typeof e[name] !== 'function') throw new Error(`Method ${method} is not supported by the Wasm schema engine`);
      result = await e[name](params ?? {});
      if (method === 'diff' && result?.stdout) {
        // The native engine prints a diff through a `print` request to the CLI, which then
        // writes it to stdout (or to --output); the Wasm engine returns it instead.
        process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', id: `print-${id}`, method: 'print', params: { content: result.stdout } })}\n`);
        result = { ...result, stdout: null };
      }
    }
    process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', id, result: result ?? {} })}\n`);
  } catch (error) {
    log('ERROR', String(error?.message ?? error));
    process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', id, error: toRpcError(error) })}\n`);
  }
}

main().catch((error) => {
  log('ERROR', String(error?.stack ?? error));
  process.exit(1);
});
