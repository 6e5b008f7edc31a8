// The local environment file the project writes for itself on first run, so a fresh
// clone needs no hand-made configuration. Only local, generated values go here; nothing
// secret is committed (the file is git-ignored).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '@/prisma/tools/embedded-postgres';

const envPath = path.join(projectRoot, '.env');

function parse(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (match) values[match[1]!] = match[2]!.replace(/^"(.*)"$/, '$1');
  }
  return values;
}

/** Reads .env, adding a generated NEXTAUTH_SECRET when missing, and returns its values. */
export function ensureEnvFile(): Record<string, string> {
  const existing = existsSync(envPath) ? readFileSync(envPath, 'utf8') : '';
  const values = parse(existing);
  if (!values.NEXTAUTH_SECRET) {
    values.NEXTAUTH_SECRET = randomBytes(32).toString('base64url');
    const header = existing ? '' : '# Written by the project on first run (git-ignored). DATABASE_URL: set it to use your own PostgreSQL.\n';
    writeFileSync(envPath, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${header}NEXTAUTH_SECRET=${values.NEXTAUTH_SECRET}\n`);
  }
  return values;
}
