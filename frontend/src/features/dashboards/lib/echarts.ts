// The one place ECharts is imported, tree-shaken: the core, the two chart types the dashboards
// draw, the components they use and the canvas renderer. Only the dashboards route imports this
// module (through the lazily loaded chart component), so the rest of the SPA never loads ECharts.
import { init, use, type ComposeOption, type EChartsType } from 'echarts/core'
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer])

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>

export type Chart = EChartsType

/** A chart on `el`, drawn on a canvas. */
export function createChart(el: HTMLElement): Chart {
  return init(el, null, { renderer: 'canvas' })
}
