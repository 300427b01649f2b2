// The size guard of the SPA's proxy (vite dev and preview), the counterpart of nginx.conf's
// client_max_body_size + error_page 413: a body above the largest any service takes is refused
// here with a problem+json 413, before it is read, instead of being streamed to a service.
// Smaller bodies go through and each service answers its own, lower limit with a problem+json 413.
import type { IncomingMessage, ServerResponse } from 'node:http'

/** The largest body a service takes (attachments, 25 MiB); nginx.conf has the same client_max_body_size. */
export const MAX_PROXIED_BODY_BYTES = 25 * 1024 * 1024

export function payloadTooLarge(maxBytes: number): string {
  return JSON.stringify({
    type: 'https://thiduaso.vn/problems/payload-too-large',
    title: 'Dữ liệu gửi lên quá lớn',
    status: 413,
    detail: `Kích thước tối đa là ${maxBytes} byte / the body must not exceed ${maxBytes} bytes`,
  })
}

type Next = (err?: unknown) => void

/**
 * Connect middleware for /api requests: a Content-Length above the limit is answered at once; a
 * chunked body is counted while it streams on to the proxy and cut off with a 413 when it passes it.
 */
export function bodyLimit(maxBytes = MAX_PROXIED_BODY_BYTES) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (!(req.url ?? '').startsWith('/api/')) {
      next()
      return
    }
    const refuse = () => {
      if (!res.headersSent) {
        res.statusCode = 413
        res.setHeader('Content-Type', 'application/problem+json')
        res.setHeader('Connection', 'close')
        res.end(payloadTooLarge(maxBytes))
      }
      // what the client still sends is discarded; the socket closes once the answer is out
      req.unpipe()
      req.resume()
      res.on('finish', () => req.socket.destroySoon?.() ?? req.socket.end())
    }
    const length = req.headers['content-length']
    if (length !== undefined) {
      if (!/^\d+$/.test(length) || Number(length) > maxBytes) {
        refuse()
        return
      }
      next()
      return
    }
    if (req.headers['transfer-encoding'] !== undefined) {
      let seen = 0
      const count = (chunk: Buffer) => {
        seen += chunk.length
        if (seen > maxBytes) {
          req.off('data', count)
          refuse()
        }
      }
      // attached in the same tick as the proxy's pipe (next() is synchronous), so both see every chunk
      req.on('data', count)
    }
    next()
  }
}
