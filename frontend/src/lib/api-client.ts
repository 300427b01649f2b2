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
  /** Sent as JSON; a FormData (file upload) goes as multipart/form-data with the browser's boundary. */
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal
  /** false: send no token and never refresh (login, refresh itself). */
  auth?: boolean
}

export interface ApiClientOptions {
  /** Current bearer token, or null when signed out. */
  getToken: () => string | null
  /** Called when a request that carried a token is answered 401 (expired or revoked session). */
  onUnauthorized: () => void
  /**
   * Renews the session (POST /auth/refresh) and returns the new access token, or null when the
   * session cannot be renewed. Called at most once at a time: concurrent callers share it.
   */
  refresh?: () => Promise<string | null>
  /** True when the token is about to expire, so it is renewed before the request goes out. */
  shouldRefresh?: () => boolean
  /** The UI language, sent as Accept-Language so the services answer in it where they can. */
  getLocale?: () => string
  fetch?: typeof fetch
  /** Makes the XMLHttpRequest of an upload (fetch cannot report upload progress). */
  xhr?: () => XMLHttpRequest
}

export interface UploadOptions {
  /** Bytes sent so far and in total, as the browser reports them. */
  onProgress?: (loaded: number, total: number) => void
  signal?: AbortSignal
  headers?: Record<string, string>
}

export interface ApiClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>
  get<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T>
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>
  patch<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>
  delete<T = void>(path: string, options?: RequestOptions): Promise<T>
  /** GET of a file (XLSX template, document) with the session token; errors as for any request. */
  getBlob(path: string, options?: Omit<RequestOptions, 'body'>): Promise<Blob>
  /**
   * POST of a multipart form (a file) through XMLHttpRequest, reporting upload progress; token,
   * refresh, Accept-Language and problem+json errors as for any request.
   */
  upload<T>(path: string, body: FormData, options?: UploadOptions): Promise<T>
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
  let refreshing: Promise<string | null> | null = null

  // Single flight: however many requests find the token stale or get a 401, one refresh runs.
  function refreshOnce(): Promise<string | null> {
    if (!options.refresh) return Promise.resolve(null)
    refreshing ??= options.refresh().finally(() => {
      refreshing = null
    })
    return refreshing
  }

  async function send(method: string, path: string, opts: RequestOptions, token: string | null): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...opts.headers }
    const locale = options.getLocale?.()
    if (locale && !headers['Accept-Language']) headers['Accept-Language'] = locale === 'vi' ? 'vi' : `${locale}, vi;q=0.5`
    if (token) headers.Authorization = `Bearer ${token}`
    let body: string | FormData | undefined
    if (opts.body instanceof FormData) {
      body = opts.body
    } else if (opts.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(opts.body)
    }
    try {
      return await doFetch(buildUrl(path, opts.query), { method, headers, body, signal: opts.signal })
    } catch (cause) {
      if ((cause as { name?: string } | null)?.name === 'AbortError') throw cause
      throw new ApiError(0, { title: 'Network error', detail: cause instanceof Error ? cause.message : String(cause) })
    }
  }

  async function request<T>(method: string, path: string, opts: RequestOptions = {}, asBlob = false): Promise<T> {
    const authed = opts.auth !== false
    let token = authed ? options.getToken() : null
    if (token && options.shouldRefresh?.()) token = (await refreshOnce()) ?? token

    let response = await send(method, path, opts, token)
    if (response.status === 401 && token && options.refresh) {
      // The token may have expired on the way: renew once and try again. When another request
      // renewed it meanwhile, the current token is tried without a second refresh.
      const current = options.getToken()
      const renewed = current && current !== token ? current : await refreshOnce()
      if (renewed) {
        token = renewed
        response = await send(method, path, opts, token)
      }
    }

    if (response.ok && asBlob) return (await response.blob()) as T
    const data = await readBody(response)
    if (response.ok) return data as T

    // A 401 on a request without a token is a failed login, which the caller shows;
    // with a token (renewal failed or refused) the session is no longer valid.
    if (response.status === 401 && token) options.onUnauthorized()
    throw new ApiError(response.status, toProblem(data, response))
  }

  interface XhrAnswer {
    status: number
    statusText: string
    contentType: string | null
    text: string
  }

  function sendXhr(path: string, body: FormData, opts: UploadOptions, token: string | null): Promise<XhrAnswer> {
    return new Promise((resolve, reject) => {
      const xhr = options.xhr ? options.xhr() : new XMLHttpRequest()
      xhr.open('POST', buildUrl(path))
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
      const locale = options.getLocale?.()
      if (locale) xhr.setRequestHeader('Accept-Language', locale === 'vi' ? 'vi' : `${locale}, vi;q=0.5`)
      for (const [name, value] of Object.entries(opts.headers ?? {})) xhr.setRequestHeader(name, value)
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
      const abort = () => xhr.abort()
      opts.signal?.addEventListener('abort', abort, { once: true })
      const done = () => opts.signal?.removeEventListener('abort', abort)
      if (opts.onProgress && xhr.upload) {
        xhr.upload.onprogress = (event) => opts.onProgress?.(event.loaded, event.lengthComputable ? event.total : 0)
      }
      xhr.onload = () => {
        done()
        resolve({ status: xhr.status, statusText: xhr.statusText, contentType: xhr.getResponseHeader('content-type'), text: xhr.responseText })
      }
      xhr.onerror = () => {
        done()
        reject(new ApiError(0, { title: 'Network error', detail: 'Upload failed' }))
      }
      xhr.onabort = () => {
        done()
        reject(new DOMException('Upload aborted', 'AbortError'))
      }
      if (opts.signal?.aborted) {
        xhr.abort()
        return
      }
      xhr.send(body)
    })
  }

  async function upload<T>(path: string, body: FormData, opts: UploadOptions = {}): Promise<T> {
    let token = options.getToken()
    if (token && options.shouldRefresh?.()) token = (await refreshOnce()) ?? token
    let answer = await sendXhr(path, body, opts, token)
    if (answer.status === 401 && token && options.refresh) {
      const current = options.getToken()
      const renewed = current && current !== token ? current : await refreshOnce()
      if (renewed) {
        token = renewed
        answer = await sendXhr(path, body, opts, token)
      }
    }
    let data: unknown = answer.text || undefined
    if (answer.text && isJson(answer.contentType)) {
      try {
        data = JSON.parse(answer.text)
      } catch {
        data = answer.text
      }
    }
    if (answer.status >= 200 && answer.status < 300) return data as T
    if (answer.status === 401 && token) options.onUnauthorized()
    const problem: ProblemDetails =
      data && typeof data === 'object' ? (data as ProblemDetails) : { title: answer.statusText || undefined, detail: typeof data === 'string' ? data : undefined }
    throw new ApiError(answer.status, problem)
  }

  return {
    request,
    upload,
    get: (path, opts) => request('GET', path, opts),
    post: (path, body, opts) => request('POST', path, { ...opts, body }),
    put: (path, body, opts) => request('PUT', path, { ...opts, body }),
    patch: (path, body, opts) => request('PATCH', path, { ...opts, body }),
    delete: (path, opts) => request('DELETE', path, opts),
    getBlob: (path, opts) => request<Blob>('GET', path, { ...opts, headers: { Accept: '*/*', ...opts?.headers } }, true),
  }
}

// The application-wide instance. The session (token source and what to do on an
// expired session) is connected once at start-up by `connectSession` in src/app/session.ts,
// which keeps this module free of store and router imports.
type SessionHooks = Pick<ApiClientOptions, 'getToken' | 'onUnauthorized' | 'refresh' | 'shouldRefresh' | 'getLocale'>

const session: Required<SessionHooks> = {
  getToken: () => null,
  onUnauthorized: () => {},
  refresh: async () => null,
  shouldRefresh: () => false,
  getLocale: () => 'vi',
}

export function bindSession(hooks: SessionHooks): void {
  Object.assign(session, hooks)
}

export const api: ApiClient = createApiClient({
  getToken: () => session.getToken(),
  onUnauthorized: () => session.onUnauthorized(),
  refresh: () => session.refresh(),
  shouldRefresh: () => session.shouldRefresh(),
  getLocale: () => session.getLocale(),
})

/** Accepts either a page object or a bare array (small directory lists may come unpaginated). */
export function toPage<T>(data: Page<T> | T[]): Page<T> {
  if (Array.isArray(data)) return { items: data, page: 0, size: data.length, total: data.length }
  return data
}

/** Hands a downloaded file to the browser under `fileName` (a plain link could not carry the token). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
