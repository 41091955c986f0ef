// Lists the end-to-end tests a retry rescued (status "flaky" in Playwright's JSON report), so the
// end of `make test`'s output says how many passed only the second time.
// Usage: node scripts/e2e-rescued.mjs REPORT.json
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const rescued = [];
// Top-level suites are files; nested ones are `describe` blocks, whose titles name the test.
const walk = (suite, describes) => {
  for (const spec of suite.specs ?? []) {
    if ((spec.tests ?? []).some((t) => t.status === 'flaky')) {
      rescued.push(`${spec.file}:${spec.line} › ${[...describes, spec.title].join(' › ')}`);
    }
  }
  for (const child of suite.suites ?? []) walk(child, [...describes, child.title]);
};
for (const file of report.suites ?? []) walk(file, []);
console.log(`e2e tests rescued by a retry: ${rescued.length}`);
for (const name of rescued) console.log(`  ${name}`);
