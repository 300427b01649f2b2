import { inject, onBeforeUnmount, provide, ref, shallowRef, watch, type InjectionKey, type Ref } from 'vue'
import { ApiError } from '@/lib/api-client'
import { createPlan, patchPlan } from '../api/plans'
import type { PartName, PlanDetail, PlanParts } from '../api/types'
import { EDITABLE_PARTS } from '../lib/parts'

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'error' | 'conflict'

export interface AutosaveOptions {
  planId: Ref<string | null>
  version: Ref<number>
  /** A new plan is created (POST) once this holds (title and issuing unit given). */
  canCreate: () => boolean
  idempotencyKey: string
  onCreated?: (plan: PlanDetail) => void
  delayMs?: number
}

const FIELD_ERRORS: InjectionKey<Ref<Record<string, string>>> = Symbol('plan-field-errors')

/** The message the server gave for a field path (`contents[0].title`), for the part editors. */
export function useFieldErrors(): (path: string) => string {
  const errors = inject(FIELD_ERRORS, ref<Record<string, string>>({}))
  return (path: string) => errors.value[path] ?? ''
}

function belongsTo(path: string, part: string): boolean {
  return path === part || path.startsWith(`${part}[`) || path.startsWith(`${part}.`)
}

/**
 * Autosave of the plan editor: a change schedules a save after `delayMs`; the save sends only the
 * parts that differ from what the server last accepted, with the current `version`. A 400 puts
 * the server's messages at their field paths, a 409 stops saving until the plan is reloaded.
 */
export function usePlanAutosave(parts: PlanParts, options: AutosaveOptions) {
  const delay = options.delayMs ?? 800
  const state = ref<SaveState>('idle')
  const error = shallowRef<unknown>(null)
  const fieldErrors = ref<Record<string, string>>({})
  const lastSavedAt = ref<Date | null>(null)
  provide(FIELD_ERRORS, fieldErrors)

  let saved: Record<string, string> = snapshot()
  let timer: ReturnType<typeof setTimeout> | null = null
  let inFlight: Promise<void> | null = null
  let again = false

  function snapshot(): Record<string, string> {
    return Object.fromEntries(EDITABLE_PARTS.map((name) => [name, JSON.stringify(parts[name] ?? null)]))
  }

  function dirtyParts(): PartName[] {
    return EDITABLE_PARTS.filter((name) => JSON.stringify(parts[name] ?? null) !== saved[name])
  }

  /** What is on screen is what the server holds (after a load). */
  function markClean() {
    saved = snapshot()
    if (timer) clearTimeout(timer)
    timer = null
    state.value = 'idle'
    error.value = null
    fieldErrors.value = {}
  }

  function schedule() {
    if (state.value === 'conflict') return
    if (dirtyParts().length === 0) return
    state.value = 'pending'
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void flush(), delay)
  }

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer)
    timer = null
    if (state.value === 'conflict') return
    if (inFlight) {
      again = true
      return inFlight
    }
    const names = dirtyParts()
    if (names.length === 0) {
      if (state.value === 'pending') state.value = lastSavedAt.value ? 'saved' : 'idle'
      return
    }
    if (!options.planId.value && !options.canCreate()) {
      state.value = 'idle'
      return
    }
    const sent: Record<string, string> = {}
    const body: Record<string, unknown> = {}
    for (const name of names) {
      sent[name] = JSON.stringify(parts[name] ?? null)
      body[name] = JSON.parse(sent[name]!)
    }
    state.value = 'saving'
    inFlight = (async () => {
      try {
        let answer: PlanDetail
        if (options.planId.value) {
          answer = await patchPlan(options.planId.value, { version: options.version.value, ...body })
        } else {
          // The first save of a new plan sends every part (the server fills in what is missing).
          for (const name of EDITABLE_PARTS) {
            sent[name] = JSON.stringify(parts[name] ?? null)
            body[name] = JSON.parse(sent[name]!)
          }
          answer = await createPlan(body as unknown as PlanParts & { title: string; issuingUnitId: string }, options.idempotencyKey)
          options.planId.value = answer.id
          options.onCreated?.(answer)
        }
        if (typeof answer?.version === 'number') options.version.value = answer.version
        saved = { ...saved, ...sent }
        fieldErrors.value = Object.fromEntries(
          Object.entries(fieldErrors.value).filter(([path]) => !Object.keys(sent).some((part) => belongsTo(path, part))),
        )
        error.value = null
        lastSavedAt.value = new Date()
        state.value = 'saved'
      } catch (e) {
        error.value = e
        if (e instanceof ApiError && e.status === 409) {
          state.value = 'conflict'
          again = false
        } else if (e instanceof ApiError && e.status === 400 && e.fieldErrors.length > 0) {
          const kept = Object.entries(fieldErrors.value).filter(([path]) => !Object.keys(sent).some((part) => belongsTo(path, part)))
          fieldErrors.value = { ...Object.fromEntries(kept), ...e.fieldMessages }
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
      if (dirtyParts().length > 0 && (state.value as SaveState) !== 'conflict') await flush()
    }
  }

  watch(() => EDITABLE_PARTS.map((name) => parts[name]), schedule, { deep: true })

  onBeforeUnmount(() => {
    // Leaving the editor with a change still waiting: save it now rather than lose it.
    if (timer && state.value === 'pending') void flush()
    else if (timer) clearTimeout(timer)
  })

  return { state, error, fieldErrors, lastSavedAt, flush, markClean, dirtyParts }
}
