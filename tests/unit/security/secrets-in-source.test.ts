import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// R6 — secrets come from the environment only: no private key, no assigned secret and no
// password literal other than the documented demo password in the repository's tracked files.
const root = path.resolve(import.meta.dirname, '../../..');
const DEMO_PASSWORD = 'demeu-demo-2026';
// The embedded development/test cluster's superuser password: it listens on loopback only
// and is created and thrown away by prisma/tools/embedded-postgres.ts (not a deployment secret).
const LOCAL_CLUSTER_PASSWORD = 'demeu-local';
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && /\.(ts|tsx|js|mjs|cjs|json|ya?ml|env|sh|md|prisma|toml)$|(^|\/)\.env[^/]*$/.test(f))
  .filter((f) => !f.startsWith('node_modules/') && !f.startsWith('lib/generated/') && !f.endsWith('package-lock.json'))
  .filter((f) => f !== 'tests/unit/security/secrets-in-source.test.ts');

const PATTERNS: [string, RegExp][] = [
  ['private key', /-----BEGIN (?:RSA |EC |OPENSSH |DSA |ENCRYPTED )?PRIVATE KEY-----/],
  // A literal value (generated ones — randomBytes(…) — and env reads are fine).
  ['NEXTAUTH_SECRET assigned', /NEXTAUTH_SECRET\s*[=:]\s*['"][^'"$]{8,}['"]|^NEXTAUTH_SECRET=[^\s$]{8,}/m],
  ['AWS access key', /AKIA[0-9A-Z]{16}/],
  ['connection string with a password', /postgres(?:ql)?:\/\/[^:\s/'"`]+:(?!\$\{)[^@\s'"`]{4,}@(?!localhost|127\.0\.0\.1)/],
  ['password literal', /\bpassword\s*[:=]\s*['"`]([^'"`$\s]{6,})['"`]/i],
];

function findings(text: string): string[] {
  const out: string[] = [];
  for (const [name, re] of PATTERNS) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(g)) {
      if (name === 'password literal' && (m[1] === DEMO_PASSWORD || m[1] === LOCAL_CLUSTER_PASSWORD || /^(wrong|password|new-password|current-password)$/i.test(m[1] ?? ''))) continue;
      out.push(`${name}: ${m[0].slice(0, 60)}`);
    }
  }
  return out;
}

describe('R6 secrets only from env', () => {
  it('the scan sees the repository (sanity) and catches a planted secret', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(findings(`const k = '-----BEGIN PRIVATE KEY-----';`)).toHaveLength(1);
    expect(findings('NEXTAUTH_SECRET=s3cr3t-value-123')).toHaveLength(1);
    expect(findings(`db.user.create({ password: 'hunter2hunter2' })`)).toHaveLength(1);
    expect(findings(`password: '${DEMO_PASSWORD}'`)).toEqual([]);
  });

  it('no tracked source file holds a private key, an assigned secret or a password other than the demo one', () => {
    const hits: string[] = [];
    for (const f of files) {
      let text: string;
      try {
        text = readFileSync(path.join(root, f), 'utf8');
      } catch {
        continue; // deleted in the working tree
      }
      // Test fixtures may use throwaway passwords for throwaway users on throwaway databases.
      const found = findings(text).filter((h) => !(f.startsWith('tests/') && h.startsWith('password literal')));
      for (const h of found) hits.push(`${f}: ${h}`);
    }
    expect(hits).toEqual([]);
  });
});
