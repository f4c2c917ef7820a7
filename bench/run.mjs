// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) one file
// at a time, then writes bench/results.json and BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('bench/.partial', { recursive: true, force: true });
const filters = process.argv.slice(2);
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.bench.config.mts', ...filters],
  { stdio: 'inherit' },
);
const report = spawnSync(process.execPath, ['bench/report.mjs'], { stdio: 'inherit' });
process.exit(run.status || report.status || 0);
