// Write load for scripts/faults.sh: a bounded loop of cheap writes through plan-service's API
// (POST /api/v1/units as the demo admin: each creates one unit, whose UnitUpserted event report-,
// award- and notification-service copy into their directory_unit read models).
//
//   node scripts/faults-load.mjs --out FILE --prefix CODE-PREFIX
//        [--base http://127.0.0.1:8081] [--count N] [--duration-ms MS] [--interval-ms MS]
//        [--concurrency C] [--timeout-ms MS]
//
// Stops after --count writes or --duration-ms, whichever comes first (at least one of them is
// required), so it always ends by itself. Writes one JSON line per request to FILE:
//   {"i":3,"code":"f1-x-3","status":201,"id":"uuid","t0":…,"t1":…}   (status 0: no answer, with "error")
// and prints "load: N requests, N 2xx, N other" at the end. Exit status 0 unless it could not log in.
import { appendFileSync, writeFileSync } from 'node:fs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const base = args.base ?? 'http://127.0.0.1:8081';
const out = args.out;
const prefix = args.prefix;
const count = args.count ? Number(args.count) : Infinity;
const durationMs = args['duration-ms'] ? Number(args['duration-ms']) : Infinity;
const intervalMs = Number(args['interval-ms'] ?? 0);
const concurrency = Number(args.concurrency ?? 1);
const timeoutMs = Number(args['timeout-ms'] ?? 15000);
if (!out || !prefix || (count === Infinity && durationMs === Infinity)) {
  console.error('usage: faults-load.mjs --out FILE --prefix P (--count N | --duration-ms MS) [...]');
  process.exit(2);
}
writeFileSync(out, '');

async function call(path, init = {}) {
  return fetch(base + path, { ...init, signal: AbortSignal.timeout(timeoutMs) });
}

async function login() {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const r = await call('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'thidua-demo' }),
      });
      if (r.ok) return (await r.json()).accessToken;
    } catch {
      // the service may be restarting: try again
    }
    await new Promise((res) => setTimeout(res, 500));
  }
  throw new Error('cannot log in as admin');
}

let token;
let parentId;
try {
  token = await login();
  const tree = await (await call('/api/v1/units/tree', { headers: { Authorization: `Bearer ${token}` } })).json();
  parentId = tree[0].id;
} catch (e) {
  console.error(`load: ${e.message}`);
  process.exit(1);
}

const started = Date.now();
let next = 0;
let ok = 0;
let other = 0;

async function worker() {
  while (next < count && Date.now() - started < durationMs) {
    const i = next++;
    const code = `${prefix}-${i}`;
    const t0 = Date.now();
    const line = { i, code, status: 0, t0 };
    try {
      const r = await call('/api/v1/units', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ parentId, code, name: `Đơn vị thử lỗi ${code}`, kind: 'OTHER' }),
      });
      line.status = r.status;
      const text = await r.text();
      if (r.ok) {
        line.id = JSON.parse(text).id;
      } else {
        line.error = text.slice(0, 200);
      }
    } catch (e) {
      line.error = String(e.cause?.code ?? e.name ?? e).slice(0, 200);
    }
    line.t1 = Date.now();
    if (line.status >= 200 && line.status < 300) ok++;
    else other++;
    appendFileSync(out, JSON.stringify(line) + '\n');
    const wait = intervalMs - (Date.now() - t0);
    if (wait > 0) await new Promise((res) => setTimeout(res, wait));
  }
}

await Promise.all(Array.from({ length: concurrency }, worker));
console.log(`load: ${ok + other} requests, ${ok} 2xx, ${other} other`);
