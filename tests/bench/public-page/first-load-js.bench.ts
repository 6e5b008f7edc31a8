/**
 * The public competition page's first-load JavaScript (issue 9, item 7): from the build
 * output, the scripts a browser loads for /competitions/[id] — the root main files of
 * .next/build-manifest.json plus every chunk the page's client-reference manifest lists for
 * its layouts, boundaries and the page itself (entryJSFiles) — each gzipped (level 9, as a
 * server would send it), summed. Goal ≤ 120 KB. Baseline in the same run: the root main
 * files alone — the framework's runtime (React, the App Router) that every page of any
 * Next.js app loads before a line of ours. The Lighthouse score is measured by
 * lighthouse.bench.ts.
 */
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
    const sizes = (list: string[]) => {
      let raw = 0;
      let gz = 0;
      for (const f of list) {
        const bytes = readFileSync(path.join(next, f));
        raw += bytes.length;
        gz += gzipSync(bytes, { level: 9 }).length;
      }
      return { raw: raw / 1024, gz: gz / 1024 };
    };
    const page = sizes(files);
    const framework = sizes(manifest.rootMainFiles);
    console.log(`  /competitions/[id]: ${files.length} JS files, ${page.raw.toFixed(1)} KB raw, ${page.gz.toFixed(1)} KB gzip (goal ≤ ${LIMIT_KB} KB) ${page.gz <= LIMIT_KB ? '✔' : '✘'}`);
    console.log(
      `  baseline: the framework's root main files alone (any App Router page): ${manifest.rootMainFiles.length} files, ${framework.gz.toFixed(1)} KB gzip — the page adds ${(page.gz - framework.gz).toFixed(1)} KB (${(page.gz / framework.gz).toFixed(2)}×)`,
    );
    process.exitCode = page.gz <= LIMIT_KB ? 0 : 1;
  } finally {
    build.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
