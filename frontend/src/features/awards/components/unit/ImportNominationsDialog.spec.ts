import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen } from '@testing-library/vue'
import { ApiError } from '@/lib/api-client'
import { renderWithApp } from '@/test/render'
import { importNominations } from '../../api/awards'
import ImportNominationsDialog from './ImportNominationsDialog.vue'

vi.mock('../../api/awards', () => ({ importNominations: vi.fn(), downloadImportTemplate: vi.fn() }))

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function choose(name: string, type = XLSX) {
  const input = screen.getByTestId('import-file')
  Object.defineProperty(input, 'files', { value: [new File(['PK'], name, { type })], configurable: true })
  await fireEvent.change(input)
}

async function renderDialog() {
  return renderWithApp(ImportNominationsDialog, {
    path: '/awards/rounds',
    role: 'unit',
    props: { modelValue: true, roundId: 'r-1', roundTitle: 'Khen thưởng năm 2026' },
  })
}

describe('ImportNominationsDialog', () => {
  it('lists the rows the server refused, with nothing created', async () => {
    vi.mocked(importNominations).mockRejectedValue(
      new ApiError(400, {
        status: 400,
        detail: 'Tệp có lỗi',
        errors: [
          { field: 'row 3: nominee.dateOfBirth', message: 'Ngày sinh không hợp lệ' },
          { field: 'row 5: formCode', message: 'Hình thức không thuộc đợt' },
        ],
      }),
    )
    await renderDialog()
    await choose('de-nghi.xlsx')
    await fireEvent.click(await screen.findByTestId('import-send'))

    const table = await screen.findByTestId('import-row-errors')
    expect(table).toHaveTextContent('row 3: nominee.dateOfBirth')
    expect(table).toHaveTextContent('Ngày sinh không hợp lệ')
    expect(table).toHaveTextContent('Hình thức không thuộc đợt')
    expect(screen.getByText(/chưa hồ sơ nào được tạo/)).toBeInTheDocument()
    const [roundId, file] = vi.mocked(importNominations).mock.calls[0]!
    expect(roundId).toBe('r-1')
    expect(file.name).toBe('de-nghi.xlsx')
  })

  it('refuses a file that is not XLSX before sending and reports the count created', async () => {
    vi.mocked(importNominations).mockResolvedValue({ created: 2, ids: ['n-1', 'n-2'] })
    const { emitted } = await renderDialog()
    await choose('de-nghi.csv', 'text/csv')
    expect(await screen.findByTestId('import-error')).toHaveTextContent('Chỉ nhận tệp .xlsx')
    expect(screen.getByTestId('import-send')).toBeDisabled()

    await choose('de-nghi.xlsx')
    await fireEvent.click(screen.getByTestId('import-send'))
    expect(await screen.findByTestId('import-done')).toHaveTextContent('Đã tạo 2 hồ sơ dự thảo')
    expect(emitted().imported).toEqual([[{ created: 2, ids: ['n-1', 'n-2'] }]])
  })

  it('makes the office name the unit it imports for, and sends it (nominatingUnitId)', async () => {
    vi.mocked(importNominations).mockReset().mockResolvedValue({ created: 1, ids: ['n-1'] })
    await renderWithApp(ImportNominationsDialog, {
      path: '/awards/rounds',
      role: 'office',
      props: {
        modelValue: true,
        roundId: 'r-1',
        roundTitle: 'Khen thưởng năm 2026',
        units: [{ unitId: 'u-7', unitPath: '/hai-phong/kien-an/tt', unitName: 'Trung tâm sự nghiệp công' }],
      },
    })
    await choose('de-nghi.xlsx')
    expect(screen.getByTestId('import-send')).toBeDisabled()
    await fireEvent.click(screen.getByTestId('import-unit').querySelector('.el-select__wrapper')!)
    await fireEvent.click(await screen.findByText('Trung tâm sự nghiệp công'))
    await fireEvent.click(screen.getByTestId('import-send'))
    await screen.findByTestId('import-done')
    expect(vi.mocked(importNominations).mock.calls[0]![2]).toBe('u-7')
  })
})
