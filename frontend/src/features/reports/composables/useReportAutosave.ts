import { inject, onBeforeUnmount, provide, ref, shallowRef, type InjectionKey, type Ref } from 'vue'
import { ApiError } from '@/lib/api-client'
import type { ReportView, SaveReportRequest } from '../api/types'

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'error' | 'conflict'

/** How long after the last change the draft is sent (a few seconds, so typing is not interrupted). */
export const autosaveConfig = { delayMs: 2500 }

type Body = Omit<SaveReportRequest, 'version'>

export interface ReportAutosaveOptions {
  /** The body the form holds now. */
  body: () => Body
  save: (request: SaveReportRequest) => Promise<ReportView>
  version: Ref<number>
  /** False while the report cannot be edited (submitted, not loaded): nothing is sent. */
  enabled: () => boolean
  /** True while the form holds a value it knows the server would refuse: nothing is sent. */
  blocked: () => boolean
  /** Server field paths → the form's own (when the body leaves rows out). */
  remapPath?: (path: string) => string
  onSaved?: (view: ReportView) => void
}

const FIELD_ERRORS: InjectionKey<Ref<Record<string, string>>> = Symbol('report-field-errors')

/** The message for a field path (`targets[2].numerator`), for the form's sections. */
export function useReportFieldError(): (path: string) => string {
  const errors = inject(FIELD_ERRORS, ref<Record<string, string>>({}))
  return (path: string) => errors.value[path] ?? ''
}

/** Lets the page put its own (client-side) messages next to the server's. */
export function provideReportFieldErrors(errors: Ref<Record<string, string>>) {
  provide(FIELD_ERRORS, errors)
}

/**
 * Autosave of the report form: a change schedules a PUT of the whole draft `delayMs` later with the
 * current version; a save in flight is followed by another if the form changed meanwhile. A 400
 * puts the server's messages at their field paths, a 409 stops saving until the report is reloaded.
 */
export function useReportAutosave(options: ReportAutosaveOptions) {
  const state = ref<SaveState>('idle')
  const error = shallowRef<unknown>(null)
  const serverErrors = ref<Record<string, string>>({})
  const lastSavedAt = ref<Date | null>(null)

  let saved = JSON.stringify(options.body())
  let timer: ReturnType<typeof setTimeout> | null = null
  let inFlight: Promise<void> | null = null
  let again = false

  const isDirty = () => JSON.stringify(options.body()) !== saved

  function clearTimer() {
    if (timer) clearTimeout(timer)
    timer = null
  }

  /** What is on screen is what the server holds (after a load). */
  function markClean() {
    saved = JSON.stringify(options.body())
    clearTimer()
    state.value = 'idle'
    error.value = null
    serverErrors.value = {}
  }

  /** The form changed. */
  function changed() {
    if (state.value === 'conflict' || !options.enabled()) return
    if (!isDirty()) {
      if (state.value === 'pending' || state.value === 'invalid') state.value = lastSavedAt.value ? 'saved' : 'idle'
      clearTimer()
      return
    }
    if (options.blocked()) {
      clearTimer()
      state.value = 'invalid'
      return
    }
    if (state.value !== 'saving') state.value = 'pending'
    clearTimer()
    timer = setTimeout(() => void flush(), autosaveConfig.delayMs)
  }

  async function flush(): Promise<void> {
    clearTimer()
    if (state.value === 'conflict' || !options.enabled()) return
    if (inFlight) {
      again = true
      return inFlight
    }
    if (!isDirty()) {
      if (state.value === 'pending') state.value = lastSavedAt.value ? 'saved' : 'idle'
      return
    }
    if (options.blocked()) {
      state.value = 'invalid'
      return
    }
    const body = options.body()
    const sent = JSON.stringify(body)
    state.value = 'saving'
    inFlight = (async () => {
      try {
        const view = await options.save({ version: options.version.value, ...body })
        if (typeof view?.version === 'number') options.version.value = view.version
        saved = sent
        serverErrors.value = {}
        error.value = null
        lastSavedAt.value = view?.updatedAt ? new Date(view.updatedAt) : new Date()
        state.value = 'saved'
        options.onSaved?.(view)
      } catch (e) {
        error.value = e
        if (e instanceof ApiError && e.status === 409) {
          state.value = 'conflict'
          again = false
        } else if (e instanceof ApiError && e.status === 400 && e.fieldErrors.length > 0) {
          const remap = options.remapPath ?? ((p: string) => p)
          serverErrors.value = Object.fromEntries(e.fieldErrors.map((f) => [remap(f.field), f.message]))
          state.value = 'invalid'
        } else {
          state.value = 'error'
        }
      } finally {
        inFlight = null
      }
    })()
    await inFlight
    if (again) {
      again = false
      if (isDirty() && (state.value as SaveState) !== 'conflict' && (state.value as SaveState) !== 'error') await flush()
    }
  }

  /** Sends what is waiting now (before submitting or leaving); resolves once nothing is pending. */
  async function settle(): Promise<void> {
    if (timer || isDirty()) await flush()
    while (inFlight) await inFlight
  }

  /** Adopt a version the server moved on its own (an attachment) when the content is what was saved. */
  function adoptVersion(version: number, serverBody: Body) {
    if (JSON.stringify(serverBody) === saved) options.version.value = version
  }

  onBeforeUnmount(() => {
    // Leaving the form with a change still waiting: send it rather than lose it.
    if (timer && state.value === 'pending') void flush()
    else clearTimer()
  })

  return { state, error, serverErrors, lastSavedAt, changed, flush, settle, markClean, isDirty, adoptVersion }
}
