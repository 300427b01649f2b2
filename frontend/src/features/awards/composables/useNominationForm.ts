import { computed, ref, shallowRef } from 'vue'
import { createNomination, getNomination, getRound, getRuleSetInForce } from '../api/awards'
import type { NominationBody, NominationView, NomineeInput, NomineeKind, RoundView, RuleSetView, RuleView, StandardAnswerView } from '../api/types.contract'

const EDITABLE = ['DRAFT', 'RECALLED', 'RETURNED']

/**
 * State of the dossier form: the round (forms offered, kinds allowed), the rule set in force
 * (standards of the chosen form), the dossier when it exists, and the fields being edited.
 */
export function useNominationForm() {
  const round = shallowRef<RoundView | null>(null)
  const ruleSet = shallowRef<RuleSetView | null>(null)
  const nomination = shallowRef<NominationView | null>(null)
  const loading = ref(false)
  const error = shallowRef<unknown>(null)

  const formCode = ref('')
  const kind = ref<NomineeKind>('INDIVIDUAL')
  const nominee = ref<NomineeInput>({})
  const achievements = ref('')
  const standards = ref<StandardAnswerView[]>([])
  const reportIds = ref<string[]>([])
  const version = ref(0)

  const form = computed(() => round.value?.forms.find((f) => f.code === formCode.value) ?? null)
  const rule = computed<RuleView | null>(() => ruleSet.value?.rules.find((r) => r.formCode === formCode.value) ?? null)
  const allowedKinds = computed<NomineeKind[]>(() => rule.value?.recipientKinds ?? form.value?.recipientKinds ?? [])
  const editable = computed(() => !nomination.value || EDITABLE.includes(nomination.value.status))

  const body = (): NominationBody => ({
    nomineeKind: kind.value,
    nominee: nominee.value,
    achievements: achievements.value,
    standards: standards.value,
    reportIds: reportIds.value,
  })

  function adopt(view: NominationView) {
    nomination.value = view
    formCode.value = view.formCode
    kind.value = view.nomineeKind
    nominee.value = { ...view.nominee }
    achievements.value = view.achievements ?? ''
    standards.value = view.standards.map((s) => ({ ...s }))
    reportIds.value = view.reports.map((r) => r.reportId)
    version.value = view.version
  }

  async function loadRuleSet() {
    try {
      ruleSet.value = await getRuleSetInForce()
    } catch {
      ruleSet.value = null // The form still works; the standards list stays empty.
    }
  }

  /** An existing dossier (its round and the rule set in force come with it). */
  async function loadExisting(id: string) {
    loading.value = true
    error.value = null
    try {
      const view = await getNomination(id)
      adopt(view)
      const [r] = await Promise.all([getRound(view.roundId), loadRuleSet()])
      round.value = r
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  /** A new dossier in a round: the first form offered and the first kind it allows. */
  async function loadNew(roundId: string) {
    loading.value = true
    error.value = null
    nomination.value = null
    try {
      const [r] = await Promise.all([getRound(roundId), loadRuleSet()])
      round.value = r
      formCode.value = r.forms[0]?.code ?? ''
      kind.value = allowedKinds.value[0] ?? 'INDIVIDUAL'
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  async function create(nominatingUnitId?: string): Promise<NominationView> {
    const view = await createNomination({ roundId: round.value!.id, formCode: formCode.value, nominatingUnitId, ...body() })
    adopt(view)
    return view
  }

  return {
    round, ruleSet, nomination, loading, error,
    formCode, kind, nominee, achievements, standards, reportIds, version,
    form, rule, allowedKinds, editable, body, adopt, loadExisting, loadNew, create,
  }
}
