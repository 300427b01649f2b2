// Fails when src/api/generated/ is not what openapi/*.json generates (someone changed a document
// without `npm run gen:api`, or edited a generated file by hand), and when a committed
// openapi/<service>.json is not the document the service's last Maven build wrote
// (<service>-service/target/openapi/openapi.json: an API changed without
// `scripts/update-openapi.sh`). Prints "N passed, N failed".
import { existsSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GENERATED_DIR, generateAll } from './gen-api.mjs'

const tmp = await mkdtemp(join(tmpdir(), 'thidua-api-'))
let failed = 0
let passed = 0
try {
  const names = await generateAll(tmp)
  const committed = (await readdir(GENERATED_DIR).catch(() => [])).filter((f) => f.endsWith('.ts'))
  for (const file of committed) {
    if (!names.includes(file.slice(0, -3))) {
      console.error(`stale: src/api/generated/${file} has no openapi/${file.slice(0, -3)}.json`)
      failed++
    }
  }
  for (const name of names) {
    const fresh = await readFile(join(tmp, `${name}.ts`), 'utf8')
    const current = await readFile(join(GENERATED_DIR, `${name}.ts`), 'utf8').catch(() => null)
    if (current === fresh) {
      passed++
      continue
    }
    failed++
    if (current === null) {
      console.error(`missing: src/api/generated/${name}.ts`)
      continue
    }
    const a = current.split('\n')
    const b = fresh.split('\n')
    const line = a.findIndex((l, i) => l !== b[i])
    console.error(`stale: src/api/generated/${name}.ts differs from openapi/${name}.json at line ${line + 1}`)
    console.error(`  committed: ${a[line] ?? '(end of file)'}`)
    console.error(`  generated: ${b[line] ?? '(end of file)'}`)
  }
  // The committed documents against what the services say today (when they have been built).
  for (const name of names) {
    const built = join(import.meta.dirname, '..', '..', `${name}-service`, 'target', 'openapi', 'openapi.json')
    if (!existsSync(built)) {
      console.log(`not built: ${name}-service (openapi/${name}.json not compared with the service)`)
      continue
    }
    const committed = JSON.parse(await readFile(join(import.meta.dirname, '..', 'openapi', `${name}.json`), 'utf8'))
    if (isDeepStrictEqual(committed, JSON.parse(await readFile(built, 'utf8')))) {
      passed++
    } else {
      failed++
      console.error(`stale: openapi/${name}.json is not what ${name}-service describes now`)
    }
  }
  if (failed) console.error('run frontend/scripts/update-openapi.sh from the repository and commit openapi/ and src/api/generated/')
} finally {
  await rm(tmp, { recursive: true, force: true })
}
console.log(`api types: ${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
