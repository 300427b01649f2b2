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
