/**
 * The public competition page's first-load JavaScript (issue 9, item 7): from the build
 * output, the scripts a browser loads for /competitions/[id] — the root main files of
 * .next/build-manifest.json plus every chunk the page's client-reference manifest lists for
 * its layouts, boundaries and the page itself (entryJSFiles) — each gzipped (level 9, as a
 * server would send it), summed. Goal ≤ 120 KB. Also reports whether Lighthouse is
 * installed (it is not a dependency: the performance score is measured only when a
 * `lighthouse` binary is on PATH with Debian's Chromium).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { snapshotBuild } from '../support/spike-harness';

const LIMIT_KB = 120;
const PAGE = '(public)/competitions/[id]/page';

async function main() {
  const build = await snapshotBuild('bench-build-first-load');
  try {
    const next = path.join(build.dir, '.next');
    const manifest = JSON.parse(readFileSync(path.join(next, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
    const crm = readFileSync(path.join(next, 'server', 'app', ...PAGE.split('/')) + '_client-reference-manifest.js', 'utf8');
    const json = crm.slice(crm.indexOf('= {') + 2).replace(/;\s*$/, '');
    const entry = (JSON.parse(json) as { entryJSFiles: Record<string, string[]> }).entryJSFiles;
    const files = [...new Set([...manifest.rootMainFiles, ...Object.values(entry).flat()])].sort();
    let raw = 0;
    let gz = 0;
    for (const f of files) {
      const bytes = readFileSync(path.join(next, f));
      raw += bytes.length;
      gz += gzipSync(bytes, { level: 9 }).length;
    }
    const kb = gz / 1024;
    console.log(`  /competitions/[id]: ${files.length} JS files, ${(raw / 1024).toFixed(1)} KB raw, ${kb.toFixed(1)} KB gzip (goal ≤ ${LIMIT_KB} KB) ${kb <= LIMIT_KB ? '✔' : '✘'}`);
    const lighthouse = spawnSync('bash', ['-c', 'command -v lighthouse'], { encoding: 'utf8' });
    console.log(`  Lighthouse: ${lighthouse.status === 0 ? `installed at ${lighthouse.stdout.trim()} (not run by this bench)` : 'not installed — performance score not measured'}`);
    process.exitCode = kb <= LIMIT_KB ? 0 : 1;
  } finally {
    build.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
