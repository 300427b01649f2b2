import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { ApiError } from '@/lib/api-client'
import { getEligibility, updateNomination } from '../api/awards'
import type { EligibilityView, LiveEligibilityView, NominationBody, NominationView } from '../api/types.contract'
import { nominationAutosaveConfig, useNominationAutosave } from './useNominationAutosave'

vi.mock('../api/awards', () => ({ updateNomination: vi.fn(), getEligibility: vi.fn() }))

const failed: EligibilityView = {
  passed: false,
  checkedAt: '2026-12-03T02:00:00Z',
  checks: [{ check: 'STANDARDS', passed: false, message: 'Chưa đạt tiêu chuẩn “Hoàn thành xuất sắc nhiệm vụ”', nextEligibleOn: null }],
  overrideReason: null,
  overrideBy: null,
  overrideAt: null,
}
const passed: LiveEligibilityView = { passed: true, checkedAt: '2026-12-03T02:00:00Z', ruleSetCode: 'LTDKT2022-ND98', checks: [{ check: 'STANDARDS', passed: true, message: 'Đạt', nextEligibleOn: null }] }

function setup() {
  const body = ref<NominationBody>({ nomineeKind: 'INDIVIDUAL', nominee: { fullName: 'Nguyễn Văn An' }, achievements: '', standards: [], reportIds: [] })
  const version = ref(3)
  const saver = useNominationAutosave({ id: () => 'n-1', formCode: () => 'giay-khen-chu-tich-ubnd-xa', body: () => body.value, version, enabled: () => true })
  return { body, version, saver }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.mocked(updateNomination).mockReset()
  vi.mocked(getEligibility).mockReset()
})
afterEach(() => vi.useRealTimers())

describe('useNominationAutosave', () => {
  it('saves the draft with its version after a pause, then shows the live eligibility result', async () => {
    vi.mocked(updateNomination).mockResolvedValue({ version: 4, updatedAt: '2026-12-03T02:00:00Z', eligibility: failed } as NominationView)
    vi.mocked(getEligibility).mockResolvedValue(passed)
    const { body, version, saver } = setup()

    body.value = { ...body.value, achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026' }
    saver.changed()
    expect(saver.state.value).toBe('pending')
    expect(updateNomination).not.toHaveBeenCalled()

    await vi.advanceTimersByTimeAsync(nominationAutosaveConfig.delayMs)
    expect(updateNomination).toHaveBeenCalledWith('n-1', expect.objectContaining({ version: 3, formCode: 'giay-khen-chu-tich-ubnd-xa', achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026' }))
    await vi.waitFor(() => expect(getEligibility).toHaveBeenCalledWith('n-1'))
    await vi.waitFor(() =>
      expect(saver.eligibility.value).toEqual({ passed: true, checkedAt: passed.checkedAt, checks: passed.checks, overrideReason: null, overrideBy: null, overrideAt: null }),
    )
    expect(version.value).toBe(4)
    expect(saver.state.value).toBe('saved')
  })

  it('puts the server field messages at their paths on 400 and stops saving on 409', async () => {
    const { body, saver } = setup()
    vi.mocked(updateNomination).mockRejectedValueOnce(
      new ApiError(400, { status: 400, errors: [{ field: 'nominee.dateOfBirth', message: 'Ngày sinh không hợp lệ' }] }),
    )
    body.value = { ...body.value, nominee: { fullName: 'Nguyễn Văn An', dateOfBirth: '2030-01-01' } }
    saver.changed()
    await vi.advanceTimersByTimeAsync(nominationAutosaveConfig.delayMs)
    expect(saver.state.value).toBe('invalid')
    expect(saver.fieldErrors.value).toEqual({ 'nominee.dateOfBirth': 'Ngày sinh không hợp lệ' })
    expect(getEligibility).not.toHaveBeenCalled()

    vi.mocked(updateNomination).mockRejectedValueOnce(new ApiError(409, { status: 409, detail: 'Phiên bản cũ' }))
    body.value = { ...body.value, nominee: { fullName: 'Nguyễn Văn An', dateOfBirth: '1980-01-01' } }
    saver.changed()
    await vi.advanceTimersByTimeAsync(nominationAutosaveConfig.delayMs)
    expect(saver.state.value).toBe('conflict')

    body.value = { ...body.value, achievements: 'thêm' }
    saver.changed()
    await vi.advanceTimersByTimeAsync(nominationAutosaveConfig.delayMs * 2)
    expect(updateNomination).toHaveBeenCalledTimes(2)
  })
})
