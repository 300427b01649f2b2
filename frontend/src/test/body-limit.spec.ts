// @vitest-environment node
import { readFileSync } from 'node:fs'
import { createServer, request, type Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bodyLimit, MAX_PROXIED_BODY_BYTES } from '../../body-limit'

// A real HTTP server with the middleware in front of a stand-in for the proxy that reads the whole body.
let server: Server
let port = 0
const limit = 1024 * 1024

beforeAll(async () => {
  const guard = bodyLimit(limit)
  server = createServer((req, res) =>
    guard(req, res, () => {
      let bytes = 0
      req.on('data', (c: Buffer) => (bytes += c.length))
      req.on('end', () => {
        if (!res.headersSent) res.end(JSON.stringify({ proxied: bytes }))
      })
    }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

interface Answer {
  status: number
  type: string | undefined
  body: string
}

function send(path: string, size: number, chunked: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (!chunked) headers['Content-Length'] = String(size)
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }))
    })
    req.on('error', reject)
    const chunk = Buffer.alloc(64 * 1024, 'a')
    let sent = 0
    const write = () => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent))
        sent += part.length
        if (!req.write(part)) {
          req.once('drain', write)
          return
        }
      }
      req.end()
    }
    write()
  })
}

describe('body limit of the SPA proxy', () => {
  it('answers a body above the limit with Content-Length as problem+json 413', async () => {
    const a = await send('/api/v1/plans', 10 * 1024 * 1024, false)
    expect(a.status).toBe(413)
    expect(a.type).toBe('application/problem+json')
    expect(JSON.parse(a.body)).toMatchObject({ status: 413, title: 'Dữ liệu gửi lên quá lớn' })
  })

  it('cuts a chunked body off at the limit with a problem+json 413 too', async () => {
    const a = await send('/api/v1/reports', 10 * 1024 * 1024, true)
    expect(a.status).toBe(413)
    expect(a.type).toBe('application/problem+json')
    expect(JSON.parse(a.body).status).toBe(413)
  })

  it('lets bodies within the limit through to the proxy whole', async () => {
    expect(JSON.parse((await send('/api/v1/plans', 200_000, false)).body)).toEqual({ proxied: 200_000 })
    expect(JSON.parse((await send('/api/v1/plans', 200_000, true)).body)).toEqual({ proxied: 200_000 })
  })

  it('leaves non-API requests alone and keeps the same cap as nginx', async () => {
    expect((await send('/index.html', 2 * limit, false)).body).toContain('proxied')
    expect(MAX_PROXIED_BODY_BYTES).toBe(25 * 1024 * 1024)
  })

  it('matches nginx.conf: the same cap, and its 413 is problem+json too', () => {
    const nginx = readFileSync(fileURLToPath(new URL('../../nginx.conf', import.meta.url)), 'utf8')
    expect(nginx).toContain(`client_max_body_size ${MAX_PROXIED_BODY_BYTES / 1024 / 1024}m;`)
    expect(nginx).toContain('error_page 413 @payload_too_large;')
    const named = nginx.slice(nginx.indexOf('location @payload_too_large'))
    expect(named).toMatch(/default_type application\/problem\+json;/)
    const body = /return 413 '([^']+)'/.exec(named)?.[1] ?? ''
    expect(JSON.parse(body)).toMatchObject({ status: 413, title: 'Dữ liệu gửi lên quá lớn' })
  })
})
