#!/usr/bin/env node
// Counts test results for test.sh. Prints one line: "<passed> <failed> <skipped>".
//   node scripts/count-tests.mjs surefire <TEST-*.xml>...   Maven Surefire XML reports
//   node scripts/count-tests.mjs vitest <unit.json>         vitest JSON reporter
//   node scripts/count-tests.mjs playwright <e2e.json>      Playwright JSON reporter
// Exits 2 (and prints nothing) when a report cannot be read or has an unknown shape: test.sh then
// counts the suite as failed, never as zero.
import { readFileSync } from 'node:fs'

const [mode, ...files] = process.argv.slice(2)

function fail(msg) {
  process.stderr.write(`count-tests: ${msg}\n`)
  process.exit(2)
}

function int(v, what) {
  const n = Number(v ?? 0)
  if (!Number.isFinite(n) || n < 0) fail(`bad ${what}: ${v}`)
  return n
}

let passed = 0
let failed = 0
let skipped = 0

if (mode === 'surefire') {
  for (const f of files) {
    let xml
    try {
      xml = readFileSync(f, 'utf8')
    } catch (e) {
      fail(`${f}: ${e.message}`)
    }
    // The root element of a TEST-*.xml report; its attributes are the totals of the file.
    const m = xml.match(/<testsuite\b([^>]*)>/)
    if (!m) fail(`${f}: no <testsuite> element`)
    const attrs = {}
    for (const a of m[1].matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]] = a[2]
    if (attrs.tests === undefined) fail(`${f}: no tests attribute`)
    const tests = int(attrs.tests, 'tests')
    const fails = int(attrs.failures, 'failures') + int(attrs.errors, 'errors')
    const skips = int(attrs.skipped, 'skipped')
    passed += Math.max(0, tests - fails - skips)
    failed += fails
    skipped += skips
  }
} else if (mode === 'vitest' || mode === 'playwright') {
  if (files.length !== 1) fail(`${mode} needs exactly one report file`)
  let json
  try {
    json = JSON.parse(readFileSync(files[0], 'utf8'))
  } catch (e) {
    fail(`${files[0]}: ${e.message}`)
  }
  if (mode === 'vitest') {
    if (typeof json.numPassedTests !== 'number' || typeof json.numFailedTests !== 'number') {
      fail(`${files[0]}: not a vitest JSON report (no numPassedTests/numFailedTests)`)
    }
    passed = int(json.numPassedTests, 'numPassedTests')
    failed = int(json.numFailedTests, 'numFailedTests')
    skipped = int(json.numPendingTests, 'numPendingTests') + int(json.numTodoTests, 'numTodoTests')
    // A file that fails to load (syntax error, import error) has no tests but a failed suite.
    const brokenSuites = (json.testResults ?? []).filter(
      (r) => r.status === 'failed' && (r.assertionResults ?? []).every((a) => a.status !== 'failed'),
    ).length
    failed += brokenSuites
  } else {
    const s = json.stats
    if (!s || typeof s.expected !== 'number' || typeof s.unexpected !== 'number') {
      fail(`${files[0]}: not a Playwright JSON report (no stats.expected/unexpected)`)
    }
    passed = int(s.expected, 'expected') + int(s.flaky, 'flaky')
    failed = int(s.unexpected, 'unexpected')
    skipped = int(s.skipped, 'skipped')
    // Errors outside tests (config error, global setup failure) leave no test to count.
    if (Array.isArray(json.errors) && json.errors.length > 0) failed += json.errors.length
  }
} else {
  fail('usage: count-tests.mjs surefire|vitest|playwright FILE...')
}

process.stdout.write(`${passed} ${failed} ${skipped}\n`)
