// Sums the test runners' JSON reports into the one closing line CI reads.
import fs from 'node:fs';

const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

// The unit tests run once per Node major (.reports/vitest-node20.json, vitest-node22.json).
const unitReports = fs.existsSync('.reports')
  ? fs.readdirSync('.reports').filter((name) => /^vitest-node\d+\.json$/.test(name))
  : [];
for (const name of unitReports.sort()) {
  const vitest = read(`.reports/${name}`);
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  console.log(
    `Unit tests on Node ${/\d+/.exec(name)[0]}: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`,
  );
}
const vitest = unitReports.length > 0;
if (!vitest) console.log('No unit test report (.reports/vitest-node*.json): the unit tests did not run.');

const playwright = read('.reports/playwright.json');
if (playwright) {
  passed += playwright.stats.expected + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
} else {
  console.log('No end-to-end report (.reports/playwright.json): the end-to-end tests did not run.');
}

if (!vitest || !playwright) failed += 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
