import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import PlanDocumentPreview from './PlanDocumentPreview.vue'
import { i18n } from '@/lib/i18n'
import { emptyParts } from '../lib/parts'
import type { PlanParts } from '../api/types'

const front = 'u-mttq'
const names: Record<string, string> = { [front]: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường' }

// Kiến An's shapes: dashes for contents, "trên 80 %" in 2025 only, the 2026 wording, group and requested assignees.
function kienAn(): PlanParts {
  return {
    ...emptyParts(),
    title: 'Kế hoạch phát động phong trào thi đua',
    startYear: 2025,
    endYear: 2026,
    sectionOrder: ['contents', 'targets', 'assignments'],
    introduction: ['UBND phường Kiến An phát động Phong trào thi đua, cụ thể như sau:'],
    closing: ['Trên đây là kế hoạch phát động phong trào thi đua của UBND phường Kiến An./.'],
    contents: [
      { id: 'c-1', number: null, title: 'Thi đua nâng cao nhận thức', body: null, children: [] },
      { id: 'c-2', number: '', title: 'Thi đua phát triển xã hội số', body: null, children: [] },
    ],
    targets: [
      {
        id: 't-1',
        code: 'CT01',
        name: 'Cán bộ có hiểu biết về chuyển đổi số',
        unitOfMeasure: '%',
        percentage: true,
        comparison: 'GTE',
        numeratorDescription: null,
        denominatorDescription: null,
        targetGroup: null,
        contentId: null,
        values: [
          { year: 2025, value: 80, comparison: 'GT' },
          { year: 2026, value: 100, note: 'trong khu vực công, sử dụng tốt' },
        ],
      },
    ],
    assignments: [
      { id: 'a-1', unitId: null, heading: 'Các đơn vị và doanh nghiệp', unitKinds: ['OFFICE', 'ENTERPRISE'], role: 'IMPLEMENT', requested: false, tasks: ['Triển khai.'] },
      { id: 'a-2', unitId: null, heading: null, unitKinds: ['VILLAGE'], role: 'IMPLEMENT', requested: false, tasks: ['Tuyên truyền.'] },
      { id: 'a-3', unitId: front, heading: null, unitKinds: [], role: 'COOPERATE', requested: true, tasks: ['Vận động.'] },
    ],
  }
}

describe('PlanDocumentPreview', () => {
  it('prints the introduction before section I, the closing after the last section, dashes, strict values, notes and assignees', () => {
    render(PlanDocumentPreview, {
      props: { parts: kienAn(), issuingUnitName: 'UBND phường Kiến An', unitName: (id: string | null | undefined) => (id ? names[id] ?? '' : '') },
      global: { plugins: [i18n] },
    })
    const preview = screen.getByTestId('plan-preview')
    const text = preview.textContent ?? ''
    const intro = text.indexOf('cụ thể như sau:')
    const first = text.indexOf('I. NỘI DUNG THI ĐUA')
    const closing = text.indexOf('Trên đây là kế hoạch')
    expect(intro).toBeGreaterThanOrEqual(0)
    expect(first).toBeGreaterThan(intro)
    expect(closing).toBeGreaterThan(text.indexOf('III. TỔ CHỨC THỰC HIỆN'))
    expect(preview).not.toHaveTextContent('ban hành Kế hoạch thực hiện như sau:')

    const contents = within(screen.getByTestId('preview-section-contents')).getAllByRole('heading', { level: 3 })
    expect(contents.map((h) => h.textContent?.trim())).toEqual(['- Thi đua nâng cao nhận thức', '- Thi đua phát triển xã hội số'])

    const cells = within(screen.getByTestId('preview-section-targets')).getAllByRole('cell').map((c) => c.textContent?.trim())
    expect(cells).toContain('> 80')
    expect(cells).toContain('≥ 100 (trong khu vực công, sử dụng tốt)')

    const assignees = within(screen.getByTestId('preview-section-assignments')).getAllByRole('heading', { level: 3 })
    expect(assignees.map((h) => h.textContent?.trim())).toEqual([
      '1. Các đơn vị và doanh nghiệp (Thực hiện)',
      '2. Các thôn, tổ dân phố (Thực hiện)',
      '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường (Phối hợp)',
    ])
  })
})
