import { ApiError } from '@/lib/api-client'

type Translate = (key: string) => string

/**
 * A sentence a user can act on. The services write `detail` for people, so it is shown when
 * present; bare transport failures get a translated explanation instead.
 */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('errors.network')
    if (error.status === 403) return t('errors.forbidden')
    if (error.status === 404) return t('errors.notFound')
    if (error.status >= 500) return t('errors.server')
    return error.detail || error.title || t('errors.unexpected')
  }
  return t('errors.unexpected')
}

/**
 * For a refused action (save, issue): the service's own sentence — "Kế hoạch đã được ban hành
 * trước đó", a stale version, which role may do it — since it says what to do next; transport
 * failures and server errors get the translated explanation as in `errorMessage`.
 */
export function actionErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError && !error.isNetworkError && error.status < 500 && error.detail) return error.detail
  return errorMessage(error, t)
}
