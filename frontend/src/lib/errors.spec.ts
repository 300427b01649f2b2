import { describe, expect, it } from 'vitest'
import { ApiError } from '@/lib/api-client'
import { actionErrorMessage, errorMessage } from '@/lib/errors'

const t = (key: string) => `«${key}»`

describe('error messages', () => {
  it('explains transport, permission and server failures when loading', () => {
    expect(errorMessage(new ApiError(0, { detail: 'Failed to fetch' }), t)).toBe('«errors.network»')
    expect(errorMessage(new ApiError(403, { detail: 'Vai trò không phù hợp' }), t)).toBe('«errors.forbidden»')
    expect(errorMessage(new ApiError(503, { detail: 'upstream' }), t)).toBe('«errors.server»')
    expect(errorMessage(new ApiError(409, { detail: 'Kế hoạch đã được ban hành trước đó' }), t)).toBe(
      'Kế hoạch đã được ban hành trước đó',
    )
    expect(errorMessage(new Error('boom'), t)).toBe('«errors.unexpected»')
  })

  it("shows the service's own sentence when an action is refused", () => {
    expect(actionErrorMessage(new ApiError(403, { detail: 'Kế hoạch này nằm ngoài phạm vi của bạn' }), t)).toBe(
      'Kế hoạch này nằm ngoài phạm vi của bạn',
    )
    expect(actionErrorMessage(new ApiError(409, { detail: 'Kế hoạch đã được ban hành trước đó' }), t)).toBe(
      'Kế hoạch đã được ban hành trước đó',
    )
    expect(actionErrorMessage(new ApiError(403, { title: 'Forbidden' }), t)).toBe('«errors.forbidden»')
    expect(actionErrorMessage(new ApiError(0, { detail: 'Failed to fetch' }), t)).toBe('«errors.network»')
    expect(actionErrorMessage(new ApiError(500, { detail: 'NullPointerException' }), t)).toBe('«errors.server»')
  })
})
