// Merges the measures recorded by this run (bench/.partial/*.json) into bench/results.json,
// keeping earlier measures that were not re-run, and writes BENCHMARKS.md with the machine.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release, platform } from 'node:os';
import { join } from 'node:path';

const partialDir = 'bench/.partial';
const resultsPath = 'bench/results.json';
const now = new Date();
const today = now.toISOString().slice(0, 10);

const chromiumVersion = () => {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
};

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.version,
  chromium: chromiumVersion(),
};

const previous = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
const results = { ...previous };
const fresh = existsSync(partialDir)
  ? readdirSync(partialDir).filter((f) => f.endsWith('.json'))
  : [];
for (const file of fresh) {
  const { id, ...measure } = JSON.parse(readFileSync(join(partialDir, file), 'utf8'));
  results[id] = { ...measure, measuredAt: today };
}
const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(resultsPath, `${JSON.stringify(sorted, null, 2)}\n`);

const fmt = (n) => (n === undefined || n === null ? '' : String(n));
const rows = Object.entries(sorted).map(([id, m]) => {
  const verdict = m.meetsTarget === undefined ? '' : m.meetsTarget ? 'yes' : '**no**';
  return `| \`${id}\` | ${m.label} | ${fmt(m.value)} ${m.unit} | ${fmt(m.p50)} | ${fmt(m.p95)} | ${m.target ?? ''} | ${verdict} | ${m.measuredAt} | ${m.notes ?? ''} |`;
});

const md = `# Benchmarks

Written by \`npm run bench\` (bench/run.mjs → bench/report.mjs). Each row is the latest run of that measure.

## Machine (latest run, ${today})

| | |
|---|---|
| CPU | ${machine.cpu} |
| Cores | ${machine.cores} |
| Memory | ${machine.memoryGiB} GiB |
| OS | ${machine.os} |
| Node | ${machine.node} |
| Browser | ${machine.chromium} |

## Results

| id | measure | value | p50 | p95 | target | met | date | notes |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
writeFileSync('BENCHMARKS.md', md);
console.log(`bench: ${fresh.length} measures written to ${resultsPath} and BENCHMARKS.md`);
