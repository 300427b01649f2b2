import { onBeforeUnmount, ref, shallowRef, watch } from 'vue'
import { ApiError } from '@/lib/api-client'

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'error' | 'conflict'

export interface AutosaveOptions<T> {
  /** What would be sent now (read reactively: a change schedules a save). */
  body: () => T
  /** Sends it (PUT with the current version); the caller takes the new version from the answer. */
  save: (body: T) => Promise<unknown>
  /** False while the document may not be edited (not a draft, not loaded): nothing is sent. */
  enabled: () => boolean
  delayMs?: number
}

/**
 * Autosave of a form that is sent whole: a change schedules a save after `delayMs`; what the server
 * last accepted is remembered, so an unchanged form sends nothing. A 400 keeps the server's messages
 * by field path (`contents[2].text`), a 409 (stale version) stops saving until the page reloads.
 */
export function useAutosave<T>(options: AutosaveOptions<T>) {
  const delay = options.delayMs ?? 1000
  const state = ref<SaveState>('idle')
  const error = shallowRef<unknown>(null)
  const fieldErrors = ref<Record<string, string>>({})
  const lastSavedAt = ref<Date | null>(null)

  let saved = JSON.stringify(options.body())
  let timer: ReturnType<typeof setTimeout> | null = null
  let inFlight: Promise<void> | null = null
  let again = false

  const current = () => JSON.stringify(options.body())
  const dirty = () => current() !== saved

  /** What is on screen is what the server holds (after a load or a status change). */
  function markClean() {
    saved = current()
    if (timer) clearTimeout(timer)
    timer = null
    state.value = 'idle'
    error.value = null
    fieldErrors.value = {}
  }

  function schedule() {
    if (state.value === 'conflict' || !options.enabled() || !dirty()) return
    state.value = 'pending'
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void flush(), delay)
  }

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer)
    timer = null
    if (state.value === 'conflict' || !options.enabled()) return
    if (inFlight) {
      again = true
      return inFlight
    }
    if (!dirty()) {
      if (state.value === 'pending') state.value = lastSavedAt.value ? 'saved' : 'idle'
      return
    }
    const sent = current()
    state.value = 'saving'
    inFlight = (async () => {
      try {
        await options.save(JSON.parse(sent) as T)
        saved = sent
        fieldErrors.value = {}
        error.value = null
        lastSavedAt.value = new Date()
        state.value = 'saved'
      } catch (e) {
        error.value = e
        if (e instanceof ApiError && e.status === 409) {
          state.value = 'conflict'
          again = false
        } else if (e instanceof ApiError && e.status === 400 && e.fieldErrors.length > 0) {
          fieldErrors.value = e.fieldMessages
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
      if (dirty() && (state.value as SaveState) !== 'conflict') await flush()
    }
  }

  watch(current, schedule)

  onBeforeUnmount(() => {
    // Leaving with a change still waiting: save it now rather than lose it.
    if (timer && state.value === 'pending') void flush()
    else if (timer) clearTimeout(timer)
  })

  return { state, error, fieldErrors, lastSavedAt, flush, markClean, dirty }
}
