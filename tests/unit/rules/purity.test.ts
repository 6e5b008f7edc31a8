import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** DESIGN.md: lib/rules is pure — no I/O, no framework, no clock. */
const root = path.resolve(__dirname, '../../../lib/rules');
const files = (function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
})(root);

describe('lib/rules purity (DESIGN.md)', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  it.each(files.map((f) => [path.relative(root, f), f]))('%s imports no framework or I/O and reads no clock', (_rel, file) => {
    const src = readFileSync(file, 'utf8');
    const imports = [...src.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1] as string);
    for (const spec of imports) {
      expect(spec.startsWith('.') || spec === '@/lib/rules').toBe(true);
    }
    expect(src).not.toMatch(/\bDate\.now\s*\(/);
    expect(src).not.toMatch(/new Date\(\s*\)/);
    expect(src).not.toMatch(/\brequire\s*\(/);
    expect(src).not.toMatch(/\bprocess\.|\bMath\.random\b/);
  });
});
