import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import PlanCreatePage from '@/features/plans/pages/PlanCreatePage.vue'
import { renderWithApp } from '@/test/render'
import type { ScopeUnit } from '@/features/plans/api/units'

const ward: ScopeUnit = { id: 'b1f7e0c2-0000-4000-8000-000000000001', name: 'UBND phường Kiến An', kind: 'WARD', path: '/hai-phong/kien-an' }
const culture: ScopeUnit = { id: 'b1f7e0c2-0000-4000-8000-000000000002', name: 'Phòng Văn hóa - Xã hội', kind: 'OFFICE', path: '/hai-phong/kien-an/phong-vhxh' }
const economy: ScopeUnit = { id: 'b1f7e0c2-0000-4000-8000-000000000003', name: 'Phòng Kinh tế, Hạ tầng và Đô thị', kind: 'OFFICE', path: '/hai-phong/kien-an/phong-kinh-te' }
const centre: ScopeUnit = { id: 'b1f7e0c2-0000-4000-8000-000000000004', name: 'Trung tâm Sự nghiệp công phường', kind: 'CENTRE', path: '/hai-phong/kien-an/tt-su-nghiep-cong' }
const units = [ward, culture, economy, centre]

const createdId = '5a1b2c3d-0000-4000-8000-0000000000aa'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const currentYear = new Date().getFullYear()

function json(body: unknown, status = 200, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

/** A fetch answering GET /units with the ward's units and POST /plans with `onCreate`. */
function stubServer(onCreate: () => Response | Promise<Response>) {
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    const url = String(input)
    if (url.startsWith('/api/v1/units')) return json({ items: units, page: 0, size: 200, total: units.length })
    if (url === '/api/v1/plans' && init?.method === 'POST') return onCreate()
    return json({ status: 404, title: 'Not Found' }, 404, 'application/problem+json')
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function createCalls(fetchMock: ReturnType<typeof stubServer>) {
  return fetchMock.mock.calls
    .filter(([url, init]) => url === '/api/v1/plans' && init?.method === 'POST')
    .map(([, init]) => ({ body: JSON.parse(init!.body as string), headers: init!.headers as Record<string, string> }))
}

async function renderForm() {
  const utils = await renderWithApp(PlanCreatePage, { path: '/plans/new', role: 'office' })
  // Units loaded: the ward is preselected as the issuing unit and Văn hóa as the recipient.
  expect(await within(screen.getByTestId('field-issuingUnitId')).findByText('UBND phường Kiến An')).toBeInTheDocument()
  expect(await within(screen.getByTestId('field-obligation-0-recipientUnitId')).findByText('Phòng Văn hóa - Xã hội')).toBeInTheDocument()
  return utils
}

function popper(className: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`.${className}`)
  if (!element) throw new Error(`no .${className}`)
  return element
}

async function chooseAddressee(name: string) {
  await fireEvent.click(screen.getByTestId('plan-addressees-select').querySelector('.el-select__wrapper')!)
  await fireEvent.click(await within(popper('plan-addressees-popper')).findByText(name))
}

async function fillRequired(title: string) {
  await fireEvent.update(screen.getByTestId('plan-title-input'), title)
  await chooseAddressee('Trung tâm Sự nghiệp công phường')
}

async function setNumber(testId: string, value: string) {
  const input = screen.getByTestId(testId).querySelector('input')!
  await fireEvent.update(input, value)
  await fireEvent.change(input)
}

describe('PlanCreatePage', () => {
  beforeEach(() => ElMessage.closeAll())
  afterEach(() => vi.unstubAllGlobals())

  it('sends the draft as JSON with an Idempotency-Key and opens the new plan', async () => {
    const fetchMock = stubServer(() => json({ id: createdId, status: 'DRAFT', version: 0 }, 201))
    const { router } = await renderForm()

    await fillRequired('  Kế hoạch phát động phong trào thi đua “Bình dân học vụ số”  ')
    await fireEvent.update(screen.getByTestId('plan-number-input'), '12/KH-UBND')
    await fireEvent.update(screen.getByTestId('plan-summary-input'), 'Triển khai giai đoạn 2026 - 2030.')
    await fireEvent.update(screen.getByTestId('plan-signer-name-input'), 'Trần Quang Minh')
    await fireEvent.update(screen.getByTestId('plan-signer-title-input'), 'KT. Chủ tịch — Phó Chủ tịch')
    await chooseAddressee('Phòng Kinh tế, Hạ tầng và Đô thị')
    await fireEvent.click(screen.getByTestId('plan-save'))

    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/plans/${createdId}`))
    const [call, ...more] = createCalls(fetchMock)
    expect(more).toHaveLength(0)
    expect(call!.headers['Idempotency-Key']).toMatch(UUID)
    expect(call!.headers['Content-Type']).toBe('application/json')
    expect(call!.headers.Authorization).toBe('Bearer test-token')
    expect(call!.body).toEqual({
      title: 'Kế hoạch phát động phong trào thi đua “Bình dân học vụ số”',
      number: '12/KH-UBND',
      summary: 'Triển khai giai đoạn 2026 - 2030.',
      issuingUnitId: ward.id,
      signerName: 'Trần Quang Minh',
      signerTitle: 'KT. Chủ tịch — Phó Chủ tịch',
      addresseeUnitIds: [centre.id, economy.id],
      reportingObligations: [
        {
          title: 'Báo cáo kết quả thực hiện Phong trào thi đua',
          recipientUnitId: culture.id,
          dueDay: 5,
          dueMonth: 12,
          firstYear: currentYear,
          lastYear: Math.max(currentYear, 2030),
        },
      ],
    })
    expect(await screen.findByText('Đã lưu dự thảo kế hoạch')).toBeInTheDocument()
  })

  it('offers only the units below the commune as implementing units', async () => {
    stubServer(() => json({}, 201))
    await renderForm()
    await fireEvent.click(screen.getByTestId('plan-addressees-select').querySelector('.el-select__wrapper')!)

    const options = within(popper('plan-addressees-popper'))
      .getAllByRole('option')
      .map((option) => option.textContent?.trim())
    // Sorted the Vietnamese way; the ward itself is not an addressee.
    expect(options).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Văn hóa - Xã hội', 'Trung tâm Sự nghiệp công phường'])
  })

  it('sends a double click once and retries with the same Idempotency-Key', async () => {
    const answers: Array<() => Response> = [
      () => {
        throw new TypeError('Failed to fetch')
      },
      () => json({ id: createdId, status: 'DRAFT', version: 0 }, 201),
    ]
    const fetchMock = stubServer(() => answers.shift()!())
    const { router } = await renderForm()
    await fillRequired('Kế hoạch tổ chức Hội nghị điển hình tiên tiến')

    const save = screen.getByTestId('plan-save')
    await fireEvent.click(save)
    await fireEvent.click(save)
    expect(await screen.findByText('Không kết nối được máy chủ. Vui lòng kiểm tra kết nối và thử lại.')).toBeInTheDocument()
    expect(createCalls(fetchMock)).toHaveLength(1)

    await fireEvent.click(save)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/plans/${createdId}`))
    const [first, retry] = createCalls(fetchMock)
    expect(retry!.headers['Idempotency-Key']).toBe(first!.headers['Idempotency-Key'])
    expect(retry!.body).toEqual(first!.body)
  })

  it("shows a 400 problem's field errors under their fields", async () => {
    stubServer(() =>
      json(
        {
          type: 'https://thiduaso.vn/problems/validation',
          title: 'Một hoặc nhiều trường không hợp lệ',
          status: 400,
          errors: [
            { field: 'addresseeUnitIds[0]', message: 'Đơn vị nằm ngoài phạm vi của bạn' },
            { field: 'reportingObligations[0].dueMonth', message: 'Tháng từ 1 đến 12' },
            { field: 'reportingObligations[0].lastYear', message: 'Năm kết thúc không được trước năm bắt đầu' },
            { field: 'title', message: 'Tên kế hoạch tối đa 500 ký tự' },
            { field: 'Idempotency-Key', message: 'Idempotency-Key phải gồm 1–200 ký tự ASCII in được' },
          ],
        },
        400,
        'application/problem+json',
      ),
    )
    const { router } = await renderForm()
    await fillRequired('Kế hoạch thi đua năm 2027')
    await fireEvent.click(screen.getByTestId('plan-save'))

    expect(await within(screen.getByTestId('field-title')).findByText('Tên kế hoạch tối đa 500 ký tự')).toBeInTheDocument()
    expect(await within(screen.getByTestId('field-addresseeUnitIds')).findByText('Đơn vị nằm ngoài phạm vi của bạn')).toBeInTheDocument()
    expect(await within(screen.getByTestId('field-obligation-0-dueMonth')).findByText('Tháng từ 1 đến 12')).toBeInTheDocument()
    expect(
      await within(screen.getByTestId('field-obligation-0-lastYear')).findByText('Năm kết thúc không được trước năm bắt đầu'),
    ).toBeInTheDocument()
    // What has no field of its own goes into the alert.
    const alert = screen.getByTestId('plan-create-error')
    expect(alert).toHaveTextContent('Dự thảo chưa được lưu: vui lòng kiểm tra các trường được đánh dấu.')
    expect(alert).toHaveTextContent('Idempotency-Key phải gồm 1–200 ký tự ASCII in được')
    expect(router.currentRoute.value.name).toBe('plan-create')
  })

  it("shows the problem's detail for a refusal (403)", async () => {
    stubServer(() =>
      json({ status: 403, title: 'Forbidden', detail: 'Đơn vị ban hành nằm ngoài phạm vi của bạn' }, 403, 'application/problem+json'),
    )
    await renderForm()
    await fillRequired('Kế hoạch thi đua năm 2027')
    await fireEvent.click(screen.getByTestId('plan-save'))

    expect(await screen.findByTestId('plan-create-error')).toHaveTextContent('Đơn vị ban hành nằm ngoài phạm vi của bạn')
  })

  it('checks the form before calling the server', async () => {
    const fetchMock = stubServer(() => json({}, 201))
    await renderForm()

    await fireEvent.click(screen.getByTestId('obligation-add'))
    expect(screen.getAllByTestId('obligation-row')).toHaveLength(2)
    await setNumber('obligation-1-first-year', '2028')
    await setNumber('obligation-1-last-year', '2027')
    await setNumber('obligation-1-due-month', '2')
    await setNumber('obligation-1-due-day', '30')
    await fireEvent.click(screen.getByTestId('plan-save'))

    expect(await within(screen.getByTestId('field-title')).findByText('Tên kế hoạch không được để trống')).toBeInTheDocument()
    expect(await within(screen.getByTestId('field-addresseeUnitIds')).findByText('Cần ít nhất một đơn vị thực hiện')).toBeInTheDocument()
    expect(
      await within(screen.getByTestId('field-obligation-1-lastYear')).findByText('Năm kết thúc không được trước năm bắt đầu'),
    ).toBeInTheDocument()
    expect(await within(screen.getByTestId('field-obligation-1-dueDay')).findByText('Ngày hạn không tồn tại trong tháng này')).toBeInTheDocument()
    expect(createCalls(fetchMock)).toHaveLength(0)

    // The second row can be removed again; the last one cannot.
    await fireEvent.click(screen.getByTestId('obligation-remove-1'))
    expect(screen.getAllByTestId('obligation-row')).toHaveLength(1)
    expect(screen.queryByTestId('obligation-remove-0')).not.toBeInTheDocument()
  })
})
