// The one HTTP client every feature uses. It knows the API prefix, attaches the
// session token, parses JSON and turns RFC 9457 problem details into ApiError.

export const API_PREFIX = '/api/v1'

export interface FieldError {
  field: string
  message: string
}

/** RFC 9457 problem details as the services send them. */
export interface ProblemDetails {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: FieldError[]
}

/** Paginated list as returned by every list endpoint. `page` is zero-based. */
export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

export class ApiError extends Error {
  readonly status: number
  readonly type: string
  readonly title: string
  readonly detail?: string
  readonly fieldErrors: FieldError[]

  constructor(status: number, problem: ProblemDetails = {}) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.type = problem.type ?? 'about:blank'
    this.title = problem.title ?? ''
    this.detail = problem.detail
    this.fieldErrors = Array.isArray(problem.errors) ? problem.errors : []
  }

  /** Field name → message, for binding to form items. */
  get fieldMessages(): Record<string, string> {
    return Object.fromEntries(this.fieldErrors.map((e) => [e.field, e.message]))
  }

  /** Status 0 means the request never got an HTTP answer (network down, proxy target absent). */
  get isNetworkError(): boolean {
    return this.status === 0
  }
}

export type QueryValue = string | number | boolean | null | undefined

export interface RequestOptions {
  query?: Record<string, QueryValue>
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal
}

export interface ApiClientOptions {
  /** Current bearer token, or null when signed out. */
  getToken: () => string | null
  /** Called when a request that carried a token is answered 401 (expired or revoked session). */
  onUnauthorized: () => void
  fetch?: typeof fetch
}

export interface ApiClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>
  get<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T>
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>
  patch<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>
  delete<T = void>(path: string, options?: RequestOptions): Promise<T>
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const url = API_PREFIX + (path.startsWith('/') ? path : `/${path}`)
  if (!query) return url
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    params.append(key, String(value))
  }
  const qs = params.toString()
  return qs ? `${url}?${qs}` : url
}

function isJson(contentType: string | null): boolean {
  return !!contentType && /[/+]json\b/i.test(contentType)
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined
  const text = await response.text()
  if (!text) return undefined
  if (isJson(response.headers.get('content-type'))) {
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }
  return text
}

function toProblem(body: unknown, response: Response): ProblemDetails {
  if (body && typeof body === 'object') return body as ProblemDetails
  return { title: response.statusText || undefined, detail: typeof body === 'string' ? body : undefined }
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))

  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...opts.headers }
    const token = options.getToken()
    if (token) headers.Authorization = `Bearer ${token}`
    let body: string | undefined
    if (opts.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(opts.body)
    }

    let response: Response
    try {
      response = await doFetch(buildUrl(path, opts.query), { method, headers, body, signal: opts.signal })
    } catch (cause) {
      if ((cause as { name?: string } | null)?.name === 'AbortError') throw cause
      throw new ApiError(0, { title: 'Network error', detail: cause instanceof Error ? cause.message : String(cause) })
    }

    const data = await readBody(response)
    if (response.ok) return data as T

    // A 401 on a request without a token is a failed login, which the caller shows;
    // with a token it means the session is no longer valid.
    if (response.status === 401 && token) options.onUnauthorized()
    throw new ApiError(response.status, toProblem(data, response))
  }

  return {
    request,
    get: (path, opts) => request('GET', path, opts),
    post: (path, body, opts) => request('POST', path, { ...opts, body }),
    put: (path, body, opts) => request('PUT', path, { ...opts, body }),
    patch: (path, body, opts) => request('PATCH', path, { ...opts, body }),
    delete: (path, opts) => request('DELETE', path, opts),
  }
}

// The application-wide instance. The session (token source and what to do on an
// expired session) is connected once at start-up by `connectSession` in src/app/session.ts,
// which keeps this module free of store and router imports.
const session: Pick<ApiClientOptions, 'getToken' | 'onUnauthorized'> = {
  getToken: () => null,
  onUnauthorized: () => {},
}

export function bindSession(hooks: Pick<ApiClientOptions, 'getToken' | 'onUnauthorized'>): void {
  session.getToken = hooks.getToken
  session.onUnauthorized = hooks.onUnauthorized
}

export const api: ApiClient = createApiClient({
  getToken: () => session.getToken(),
  onUnauthorized: () => session.onUnauthorized(),
})

/** Accepts either a page object or a bare array (small directory lists may come unpaginated). */
export function toPage<T>(data: Page<T> | T[]): Page<T> {
  if (Array.isArray(data)) return { items: data, page: 0, size: data.length, total: data.length }
  return data
}
