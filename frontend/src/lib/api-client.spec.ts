import { describe, expect, it, vi } from 'vitest'
import { api, ApiError, createApiClient } from '@/lib/api-client'
import { useAuthStore } from '@/stores/auth'
import { createHarness } from '@/test/render'

function jsonResponse(body: unknown, status = 200, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

function client(token: string | null, fetchImpl: typeof fetch, onUnauthorized = vi.fn()) {
  return { client: createApiClient({ getToken: () => token, onUnauthorized, fetch: fetchImpl }), onUnauthorized }
}

describe('api client', () => {
  it('prefixes /api/v1, adds the bearer token and parses JSON', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ items: [], page: 0, size: 20, total: 0 }))
    const { client: c } = client('abc.def.ghi', fetchMock)

    const result = await c.get('/plans', { query: { page: 0, size: 20, q: 'chuyển đổi số', empty: '' } })

    expect(result).toEqual({ items: [], page: 0, size: 20, total: 0 })
    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/v1/plans?page=0&size=20&q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91')
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer abc.def.ghi')
  })

  it('sends JSON bodies and no Authorization header without a session', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ ok: true }))
    const { client: c } = client(null, fetchMock)

    await c.post('/auth/login', { username: 'a', password: 'b' })

    const init = fetchMock.mock.calls[0]![1]!
    const headers = init.headers as Record<string, string>
    expect(init.method).toBe('POST')
    expect(headers.Authorization).toBeUndefined()
    expect(headers['Content-Type']).toBe('application/json')
    expect(init.body).toBe('{"username":"a","password":"b"}')
  })

  it('ends the session on a 401 to an authenticated request', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(
      jsonResponse({ title: 'Unauthorized', status: 401 }, 401, 'application/problem+json'),
    )
    const { client: c, onUnauthorized } = client('expired', fetchMock)

    await expect(c.get('/plans')).rejects.toMatchObject({ name: 'ApiError', status: 401 })
    expect(onUnauthorized).toHaveBeenCalledOnce()
  })

  it('leaves a failed login (401 without token) to the caller', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ status: 401 }, 401, 'application/problem+json'))
    const { client: c, onUnauthorized } = client(null, fetchMock)

    await expect(c.post('/auth/login', {})).rejects.toBeInstanceOf(ApiError)
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('turns problem+json into an ApiError with field errors', async () => {
    const problem = {
      type: 'https://thiduaso.vn/problems/validation',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      detail: 'Có 2 trường không hợp lệ',
      errors: [
        { field: 'title', message: 'không được để trống' },
        { field: 'reportingObligations[0].dueDay', message: 'phải từ 1 đến 31' },
      ],
    }
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(problem, 400, 'application/problem+json'))
    const { client: c } = client('t', fetchMock)

    const error = await c.post('/plans', {}).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(400)
    expect(apiError.type).toBe(problem.type)
    expect(apiError.title).toBe('Dữ liệu không hợp lệ')
    expect(apiError.message).toBe('Có 2 trường không hợp lệ')
    expect(apiError.fieldErrors).toEqual(problem.errors)
    expect(apiError.fieldMessages).toEqual({
      title: 'không được để trống',
      'reportingObligations[0].dueDay': 'phải từ 1 đến 31',
    })
  })

  it('reports an unreachable server as a network ApiError (status 0)', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch'))
    const { client: c } = client('t', fetchMock)

    const error = (await c.get('/plans').catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.isNetworkError).toBe(true)
  })

  it('sends a FormData body as is, leaving the multipart Content-Type to the browser', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ created: 1, ids: ['x'] }))
    const { client: c } = client('tok', fetchMock)
    const form = new FormData()
    form.append('file', new Blob(['x']), 'a.xlsx')

    await c.post('/units/import', form)

    const init = fetchMock.mock.calls[0]![1]!
    expect(init.body).toBe(form)
    expect((init.headers as Record<string, string>)['Content-Type']).toBeUndefined()
  })

  it('getBlob answers the file with the token, and a problem+json as ApiError', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(new Response('PK', { status: 200, headers: { 'Content-Type': 'application/octet-stream' } }))
      .mockResolvedValueOnce(jsonResponse({ status: 403, detail: 'Không có quyền' }, 403, 'application/problem+json'))
    const { client: c } = client('tok', fetchMock)

    const blob = await c.getBlob('/units/import/template')
    expect(await blob.text()).toBe('PK')
    expect((fetchMock.mock.calls[0]![1]!.headers as Record<string, string>).Authorization).toBe('Bearer tok')
    await expect(c.getBlob('/units/import/template')).rejects.toMatchObject({ status: 403, detail: 'Không có quyền' })
  })

  it('returns undefined for 204 No Content', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(new Response(null, { status: 204 }))
    const { client: c } = client('t', fetchMock)
    await expect(c.delete('/plans/1')).resolves.toBeUndefined()
  })
})

describe('application api client bound to the session', () => {
  it('uses the signed-in token, and on 401 clears the session and redirects to /login?redirect=…', async () => {
    const { router } = await createHarness({ path: '/plans?q=abc', role: 'office' })
    const auth = useAuthStore()
    expect(router.currentRoute.value.fullPath).toBe('/plans?q=abc')

    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ status: 401, title: 'Unauthorized' }, 401, 'application/problem+json'))
    vi.stubGlobal('fetch', fetchMock)
    try {
      await expect(api.get('/plans')).rejects.toMatchObject({ status: 401 })
    } finally {
      vi.unstubAllGlobals()
    }

    expect((fetchMock.mock.calls[0]![1]!.headers as Record<string, string>).Authorization).toBe('Bearer test-token')
    expect(auth.isAuthenticated).toBe(false)
    expect(sessionStorage.getItem('thidua.session')).toBeNull()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'))
    expect(router.currentRoute.value.query.redirect).toBe('/plans?q=abc')
  })
})
