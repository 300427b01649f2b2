import { describe, expect, it, vi } from 'vitest'
import { ApiError, createApiClient } from '@/lib/api-client'

/** A scripted XMLHttpRequest: records what was sent and answers with `answers` in turn. */
class FakeXhr {
  static answers: { status: number; body: string; contentType?: string }[] = []
  static sent: FakeXhr[] = []
  method = ''
  url = ''
  headers: Record<string, string> = {}
  body: unknown = null
  status = 0
  statusText = ''
  responseText = ''
  private contentType: string | null = null
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  onabort: (() => void) | null = null

  open(method: string, url: string) {
    this.method = method
    this.url = url
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }
  getResponseHeader(name: string) {
    return name.toLowerCase() === 'content-type' ? this.contentType : null
  }
  abort() {
    this.onabort?.()
  }
  send(body: unknown) {
    this.body = body
    FakeXhr.sent.push(this)
    const answer = FakeXhr.answers.shift()
    if (!answer) return // stays pending until aborted
    queueMicrotask(() => {
      this.upload.onprogress?.({ loaded: 50, total: 100, lengthComputable: true })
      this.upload.onprogress?.({ loaded: 100, total: 100, lengthComputable: true })
      this.status = answer.status
      this.responseText = answer.body
      this.contentType = answer.contentType ?? 'application/json'
      this.onload?.()
    })
  }
}

function client(token: string | null, extra: Partial<Parameters<typeof createApiClient>[0]> = {}) {
  FakeXhr.sent = []
  const onUnauthorized = vi.fn()
  const c = createApiClient({
    getToken: () => token,
    onUnauthorized,
    getLocale: () => 'vi',
    xhr: () => new FakeXhr() as unknown as XMLHttpRequest,
    ...extra,
  })
  return { c, onUnauthorized }
}

function form() {
  const data = new FormData()
  data.append('file', new File(['%PDF-1.7'], 'bao-cao.pdf', { type: 'application/pdf' }))
  return data
}

describe('api client upload (XMLHttpRequest)', () => {
  it('posts the form with the token and language, reports progress and parses the JSON answer', async () => {
    FakeXhr.answers = [{ status: 201, body: JSON.stringify({ id: 'a-1', fileName: 'bao-cao.pdf' }) }]
    const { c } = client('tok')
    const progress: number[] = []
    const body = form()

    const result = await c.upload('/reports/r-1/attachments', body, { onProgress: (loaded, total) => progress.push(loaded / total) })

    expect(result).toEqual({ id: 'a-1', fileName: 'bao-cao.pdf' })
    const xhr = FakeXhr.sent[0]!
    expect(xhr.method).toBe('POST')
    expect(xhr.url).toBe('/api/v1/reports/r-1/attachments')
    expect(xhr.headers.Authorization).toBe('Bearer tok')
    expect(xhr.headers['Accept-Language']).toBe('vi')
    // The browser sets the multipart boundary itself.
    expect(xhr.headers['Content-Type']).toBeUndefined()
    expect(xhr.body).toBe(body)
    expect(progress).toEqual([0.5, 1])
  })

  it('turns a problem+json refusal into an ApiError naming the field', async () => {
    FakeXhr.answers = [
      {
        status: 413,
        contentType: 'application/problem+json',
        body: JSON.stringify({ status: 413, title: 'Payload Too Large', detail: 'Tệp vượt quá 20 MiB', errors: [{ field: 'file', message: 'Tệp tối đa 20 MiB' }] }),
      },
    ]
    const { c } = client('tok')
    const error = (await c.upload('/reports/r-1/attachments', form()).catch((e) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(413)
    expect(error.fieldMessages.file).toBe('Tệp tối đa 20 MiB')
  })

  it('renews the token once on a 401 and sends the file again', async () => {
    FakeXhr.answers = [
      { status: 401, body: '{"status":401}', contentType: 'application/problem+json' },
      { status: 201, body: '{"id":"a-2"}' },
    ]
    let token = 'old'
    const refresh = vi.fn(async () => (token = 'new'))
    const { c, onUnauthorized } = client(null, { getToken: () => token, refresh })

    await expect(c.upload('/reports/r-1/attachments', form())).resolves.toEqual({ id: 'a-2' })
    expect(refresh).toHaveBeenCalledOnce()
    expect(FakeXhr.sent.map((x) => x.headers.Authorization)).toEqual(['Bearer old', 'Bearer new'])
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('stops when the signal aborts', async () => {
    FakeXhr.answers = []
    const { c } = client('tok')
    const controller = new AbortController()
    const pending = c.upload('/reports/r-1/attachments', form(), { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })
})
