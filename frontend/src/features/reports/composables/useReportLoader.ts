import { ref, shallowRef } from 'vue'
import { ApiError } from '@/lib/api-client'
import { getReportForm } from '../api/requirements'
import { createReport, getReport } from '../api/reports'
import type { ReportForm, ReportView } from '../api/types'

export interface ReportLoaderOptions {
  /** By report id, or by requirement (the reminder mails' link). */
  source: () => { id?: string; requirementId?: string }
  /** Whether opening a requirement without a report starts the draft (the unit's own user). */
  startsDraft: () => boolean
  show: (form: ReportForm, view: ReportView | null) => void
}

/**
 * Loads the form (GET /report-requirements/{id}/form) with the report, starting the draft where the
 * caller is the unit opening its requirement for the first time.
 */
export function useReportLoader(options: ReportLoaderOptions) {
  const loading = ref(true)
  const error = shallowRef<unknown>(null)
  const starting = ref(false)

  /** Lập báo cáo. A draft made meanwhile (another tab) is opened instead. */
  async function startDraft(form: ReportForm): Promise<ReportView> {
    try {
      return await createReport(form.requirement.id)
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        const again = await getReportForm(form.requirement.id)
        if (again.requirement.report) return getReport(again.requirement.report.id)
      }
      throw e
    }
  }

  async function load(): Promise<void> {
    const { id, requirementId } = options.source()
    loading.value = true
    error.value = null
    try {
      if (id) {
        const view = await getReport(id)
        options.show(await getReportForm(view.requirementId), view)
      } else if (requirementId) {
        const form = await getReportForm(requirementId)
        const existing = form.requirement.report
        if (existing) options.show(form, await getReport(existing.id))
        else if (options.startsDraft() && form.requirement.status !== 'WITHDRAWN') options.show(form, await startDraft(form))
        else options.show(form, null)
      }
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  /** The office starts the report on the unit's behalf. Throws what the server answered. */
  async function start(form: ReportForm): Promise<void> {
    if (starting.value) return
    starting.value = true
    try {
      options.show(form, await startDraft(form))
    } finally {
      starting.value = false
    }
  }

  return { loading, error, starting, load, start }
}
