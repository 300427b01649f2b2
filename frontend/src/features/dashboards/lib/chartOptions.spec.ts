import { describe, expect, it } from 'vitest'
import { attainmentBarOption, trendLineOption } from './chartOptions'
import type { AttainmentTarget } from '../api/types'

const labels = { value: 'Kết quả', target: 'Chỉ tiêu giao', format: (v: number | null | undefined) => `${v} buổi` }
const target: AttainmentTarget = {
  targetId: 't-2',
  targetCode: 'CT02',
  targetName: 'Số buổi tuyên truyền',
  unitOfMeasure: 'buổi',
  percentage: false,
  comparison: 'GTE',
  year: 2025,
  targetValue: 20,
  value: 31,
  numerator: null,
  denominator: null,
  attained: true,
  units: [
    { unitId: 'v1', unitName: 'Tổ dân phố 1', value: 21, numerator: null, denominator: null, attained: true },
    { unitId: 'v2', unitName: 'Tổ dân phố 2', value: 10, numerator: null, denominator: null, attained: false },
    { unitId: 'v3', unitName: 'Tổ dân phố 3', value: null, numerator: null, denominator: null, attained: null },
  ],
  trend: [
    { year: 2026, value: 35, targetValue: null },
    { year: 2025, value: 31, targetValue: null },
  ],
}

describe('dashboard chart options', () => {
  it('colours each bar by attainment and labels the target line with its value', () => {
    const option = attainmentBarOption(target, labels) as any
    expect(option.series[0].data.map((d: any) => d.itemStyle.color)).toEqual(['#2e7d32', '#c62828', '#1d5fb8'])
    expect(option.series[0].markLine.label.formatter).toBe('Chỉ tiêu giao: 20 buổi')
    expect(option.yAxis.name).toBe('buổi')
  })

  it('draws no target line when the target has no value for the year, and tilts labels on a phone', () => {
    const option = attainmentBarOption({ ...target, targetValue: null }, labels, true) as any
    expect(option.series[0].markLine).toBeUndefined()
    expect(option.xAxis.axisLabel.rotate).toBe(40)
  })

  it('orders the trend by year and leaves out the target line when no year has one', () => {
    const option = trendLineOption(target, labels) as any
    expect(option.xAxis.data).toEqual(['2025', '2026'])
    expect(option.series).toHaveLength(1)
    expect(option.series[0].data).toEqual([31, 35])
  })
})
