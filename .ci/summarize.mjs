// Sums the test runners' JSON reports into the one closing line CI reads.
import fs from 'node:fs';

const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read('.reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
} else {
  console.log('No unit test report (.reports/vitest.json): the unit tests did not run.');
}

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
