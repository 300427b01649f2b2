import { describe, expect, it } from 'vitest'
import { fireEvent, render, screen } from '@testing-library/vue'
import { ref } from 'vue'
import AssignmentsEditor from './AssignmentsEditor.vue'
import { i18n } from '@/lib/i18n'
import type { Assignment } from '../../api/types'

describe('AssignmentsEditor', () => {
  it('adds an assignee without a unit, written as a group heading, and marks it as a request', async () => {
    const model = ref<Assignment[]>([])
    render(AssignmentsEditor, {
      props: {
        units: [],
        modelValue: model.value,
        'onUpdate:modelValue': (v: Assignment[]) => (model.value = v),
      },
      global: { plugins: [i18n] },
    })
    await fireEvent.click(screen.getByTestId('assignments-add'))
    expect(model.value).toHaveLength(1)
    expect(model.value[0]).toMatchObject({ unitId: null, heading: null, unitKinds: [], requested: false, role: 'IMPLEMENT' })
  })

  it('edits the heading and the request of an existing group assignee in place', async () => {
    const assignments: Assignment[] = [
      { id: 'a-1', unitId: null, heading: null, unitKinds: ['VILLAGE'], role: 'IMPLEMENT', requested: false, tasks: ['Tuyên truyền.'] },
    ]
    render(AssignmentsEditor, { props: { units: [], modelValue: assignments }, global: { plugins: [i18n] } })
    const heading = screen.getByTestId('assignments-0-heading').querySelector('input') ?? screen.getByTestId('assignments-0-heading')
    await fireEvent.update(heading as HTMLInputElement, 'Các thôn trên địa bàn xã')
    const requested = screen.getByTestId('assignments-0-requested').querySelector('input') as HTMLInputElement
    await fireEvent.click(requested)
    expect(assignments[0]!.heading).toBe('Các thôn trên địa bàn xã')
    expect(assignments[0]!.requested).toBe(true)
    expect(screen.getByText('Đề nghị (đơn vị không thuộc quyền chỉ đạo của UBND)')).toBeTruthy()
  })
})
