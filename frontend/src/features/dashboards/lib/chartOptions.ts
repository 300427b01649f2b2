import type { AttainmentTarget } from '../api/types'
import type { ChartOption } from './echarts'

// ECharts options of the dashboards, built from the API's numbers (pure, so specs check them
// without a canvas). Colours are the app's darkened Element Plus tones (styles.css, WCAG AA).
const OK = '#2e7d32'
const BAD = '#c62828'
const NEUTRAL = '#1d5fb8'
const TARGET = '#9a5b00'

export interface ChartLabels {
  value: string
  target: string
  format: (value: number | null | undefined) => string
}

function suffix(target: AttainmentTarget): string {
  return target.percentage ? '%' : (target.unitOfMeasure ?? '')
}

/** A bar per unit, coloured by attainment, with the target value as a dashed markLine. */
export function attainmentBarOption(target: AttainmentTarget, labels: ChartLabels, narrow = false): ChartOption {
  const units = target.units ?? []
  const hasTarget = target.targetValue !== null && target.targetValue !== undefined
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 36, bottom: 8 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: units.map((u) => u.unitName),
      axisLabel: { interval: 0, rotate: narrow || units.length > 6 ? 40 : 0, width: 120, overflow: 'truncate' },
    },
    yAxis: { type: 'value', name: suffix(target) },
    series: [
      {
        type: 'bar',
        name: labels.value,
        barMaxWidth: 48,
        data: units.map((u) => ({
          value: u.value,
          itemStyle: { color: u.attained === true ? OK : u.attained === false ? BAD : NEUTRAL },
        })),
        markLine: hasTarget
          ? {
              symbol: 'none',
              silent: true,
              lineStyle: { type: 'dashed', color: TARGET, width: 2 },
              label: { position: 'insideEndTop', formatter: `${labels.target}: ${labels.format(target.targetValue)}`, color: TARGET },
              data: [{ yAxis: target.targetValue as number, name: labels.target }],
            }
          : undefined,
      },
    ],
  }
}

/** The aggregate value year by year, with the target of each year as a second (dashed) line. */
export function trendLineOption(target: AttainmentTarget, labels: ChartLabels): ChartOption {
  const trend = [...(target.trend ?? [])].sort((a, b) => a.year - b.year)
  const targets = trend.map((p) => p.targetValue)
  const hasTargets = targets.some((v) => v !== null && v !== undefined)
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 40, bottom: 8 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: hasTargets ? [labels.value, labels.target] : [labels.value] },
    xAxis: { type: 'category', data: trend.map((p) => String(p.year)), boundaryGap: false },
    yAxis: { type: 'value', name: suffix(target) },
    series: [
      { type: 'line', name: labels.value, data: trend.map((p) => p.value), symbolSize: 8, itemStyle: { color: NEUTRAL }, connectNulls: false },
      ...(hasTargets
        ? [{ type: 'line' as const, name: labels.target, data: targets, symbol: 'none', lineStyle: { type: 'dashed' as const, color: TARGET }, itemStyle: { color: TARGET } }]
        : []),
    ],
  }
}
