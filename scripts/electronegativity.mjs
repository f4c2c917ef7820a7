// Runs Electronegativity over the built app (plain JavaScript, so its bundled TypeScript 4
// parser never sees our TypeScript 6 sources) and fails on any finding that is not a
// manual-review note. Manual-review notes are listed for the reviewer.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const electronVersion = pkg.devDependencies.electron.replace(/^[~^]/, '');
const work = mkdtempSync(join(tmpdir(), 'sd-electronegativity-'));
try {
  cpSync('out', join(work, 'app', 'out'), { recursive: true });
  cpSync('package.json', join(work, 'app', 'package.json'));
  const sarif = join(work, 'result.sarif');
  execFileSync(
    process.execPath,
    [
      'node_modules/@doyensec/electronegativity/dist/index.js',
      '-i',
      join(work, 'app'),
      '-o',
      sarif,
      '-r',
      '-v',
      'false',
      '-e',
      electronVersion,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const results = JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results;
  const where = (r) => {
    const loc = r.locations?.[0]?.physicalLocation;
    return `${loc?.artifactLocation?.uri ?? '?'}:${loc?.region?.startLine ?? '?'}`;
  };
  const findings = results.filter((r) => r.level !== 'note');
  const reviews = results.filter((r) => r.level === 'note');
  for (const r of reviews) console.log(`manual review: ${r.ruleId} at ${where(r)}`);
  for (const r of findings) console.error(`FINDING: ${r.ruleId} at ${where(r)}: ${r.message.text}`);
  console.log(
    `electronegativity: ${findings.length} findings, ${reviews.length} manual-review notes`,
  );
  if (findings.length > 0) process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
