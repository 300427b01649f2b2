import { onBeforeUnmount, ref, shallowRef, type Ref } from 'vue'
import { ApiError } from '@/lib/api-client'
import { getEligibility, updateNomination } from '../api/awards'
import type { EligibilityView, NominationBody, NominationView } from '../api/types.contract'

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'error' | 'conflict'

/** How long after the last change the draft is sent. */
export const nominationAutosaveConfig = { delayMs: 2000 }

export interface NominationAutosaveOptions {
  id: () => string | null
  formCode: () => string
  body: () => NominationBody
  version: Ref<number>
  /** False while the dossier is not the sender's to edit: nothing is sent. */
  enabled: () => boolean
  onSaved?: (view: NominationView) => void
}

/**
 * Autosave of a dossier draft (PUT /nominations/{id} with the version) followed each time by the
 * live eligibility result (GET /nominations/{id}/eligibility), so the panel beside the form says
 * what the last saved content would get on submit. 400 puts the field messages at their paths,
 * 409 stops saving until the page is reloaded.
 */
export function useNominationAutosave(options: NominationAutosaveOptions) {
  const state = ref<SaveState>('idle')
  const savedAt = ref<Date | null>(null)
  const fieldErrors = ref<Record<string, string>>({})
  const eligibility = shallowRef<EligibilityView | null>(null)
  const checking = ref(false)
  const error = shallowRef<unknown>(null)

  const snapshot = () => JSON.stringify({ formCode: options.formCode(), ...options.body() })
  let saved = snapshot()
  let timer: ReturnType<typeof setTimeout> | null = null
  let inFlight: Promise<void> | null = null
  let again = false

  const isDirty = () => snapshot() !== saved

  function clear() {
    if (timer) clearTimeout(timer)
    timer = null
  }

  /** The form now shows what the server holds. */
  function markClean(view?: NominationView) {
    saved = snapshot()
    clear()
    state.value = 'idle'
    fieldErrors.value = {}
    if (view) eligibility.value = view.eligibility
  }

  async function refreshEligibility(): Promise<void> {
    const id = options.id()
    if (!id) return
    checking.value = true
    try {
      // The live result has no override fields: the stored ones (the office's) stay.
      const live = await getEligibility(id)
      const stored = eligibility.value
      eligibility.value = {
        passed: live.passed,
        checkedAt: live.checkedAt,
        checks: live.checks,
        overrideReason: stored?.overrideReason ?? null,
        overrideBy: stored?.overrideBy ?? null,
        overrideAt: stored?.overrideAt ?? null,
      }
    } catch {
      // The stored result stays on screen; the next save tries again.
    } finally {
      checking.value = false
    }
  }

  function changed() {
    if (state.value === 'conflict' || !options.enabled() || !options.id()) return
    clear()
    if (!isDirty()) return
    if (state.value !== 'saving') state.value = 'pending'
    timer = setTimeout(() => void flush(), nominationAutosaveConfig.delayMs)
  }

  async function flush(): Promise<void> {
    clear()
    const id = options.id()
    if (!id || state.value === 'conflict' || !options.enabled()) return
    if (inFlight) {
      again = true
      return inFlight
    }
    if (!isDirty()) return
    const sent = snapshot()
    state.value = 'saving'
    inFlight = (async () => {
      try {
        const view = await updateNomination(id, { ...options.body(), formCode: options.formCode(), version: options.version.value })
        options.version.value = view.version
        saved = sent
        fieldErrors.value = {}
        error.value = null
        savedAt.value = new Date(view.updatedAt ?? Date.now())
        state.value = 'saved'
        eligibility.value = view.eligibility
        options.onSaved?.(view)
      } catch (e) {
        error.value = e
        if (e instanceof ApiError && e.status === 409) {
          state.value = 'conflict'
          again = false
        } else if (e instanceof ApiError && e.status === 400) {
          fieldErrors.value = e.fieldMessages
          state.value = 'invalid'
        } else {
          state.value = 'error'
        }
      } finally {
        inFlight = null
      }
      if ((state.value as SaveState) === 'saved') await refreshEligibility()
    })()
    await inFlight
    if (again) {
      again = false
      if (isDirty() && (state.value as SaveState) === 'saved') await flush()
    }
  }

  /** Sends what is waiting (before submit); resolves once nothing is pending. */
  async function settle(): Promise<void> {
    if (timer || isDirty()) await flush()
    while (inFlight) await inFlight
  }

  onBeforeUnmount(() => {
    if (timer && state.value === 'pending') void flush()
    else clear()
  })

  return { state, savedAt, fieldErrors, eligibility, checking, error, changed, flush, settle, markClean, refreshEligibility, isDirty }
}
