// Fails when src/gql is stale: regenerates into a temp dir and compares file by file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'src/gql';
const tmp = mkdtempSync(join(tmpdir(), 'tongxin-codegen-'));
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, CODEGEN_OUT: tmp + '/' },
  });
  const list = (dir) => readdirSync(dir).filter((f) => !f.startsWith('.')).sort();
  const a = list(committed);
  const b = list(tmp);
  const problems = [];
  for (const f of new Set([...a, ...b])) {
    if (!a.includes(f)) problems.push(`missing in ${committed}: ${f}`);
    else if (!b.includes(f)) problems.push(`extra in ${committed}: ${f}`);
    else if (readFileSync(join(committed, f), 'utf8') !== readFileSync(join(tmp, f), 'utf8'))
      problems.push(`differs: ${committed}/${f}`);
  }
  if (problems.length > 0) {
    console.error('codegen is stale; run `npm run codegen` and commit src/gql:\n  ' + problems.join('\n  '));
    process.exit(1);
  }
  console.log('codegen: src/gql is up to date');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
