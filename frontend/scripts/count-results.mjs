#!/usr/bin/env node
// Sums the JSON reports of Vitest (test-results/unit.json) and Playwright (test-results/e2e.json)
// and prints one line "N passed, N failed[, N skipped]" that CI can read.
// Usage: node scripts/count-results.mjs test-results/unit.json [test-results/e2e.json …]
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`${file}: missing (counted as 1 failure)`)
    failed += 1
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  if (typeof report.numPassedTests === 'number') {
    // Vitest (Jest-compatible JSON); a suite that failed to load counts as a failure.
    passed += report.numPassedTests
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0)
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  } else if (report.stats && typeof report.stats.expected === 'number') {
    // Playwright: unexpected = failed, flaky = passed on retry.
    passed += report.stats.expected + (report.stats.flaky ?? 0)
    failed += report.stats.unexpected + (report.errors?.length ?? 0)
    skipped += report.stats.skipped ?? 0
  } else {
    console.error(`${file}: unknown report format (counted as 1 failure)`)
    failed += 1
  }
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exitCode = failed > 0 ? 1 : 0
