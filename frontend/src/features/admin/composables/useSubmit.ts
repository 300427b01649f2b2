import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError } from '@/lib/api-client'
import { actionErrorMessage } from '@/lib/errors'

/**
 * A form's submission: the services' problem+json `errors[].field` messages land at their
 * fields (already in the user's language, as the SPA sends Accept-Language), anything else in
 * one alert.
 */
export function useSubmit() {
  const { t } = useI18n()
  const busy = ref(false)
  const fieldErrors = ref<Record<string, string>>({})
  const failure = ref('')

  /** Runs the action; true when it succeeded (its own code handles the answer). */
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    if (busy.value) return false
    busy.value = true
    fieldErrors.value = {}
    failure.value = ''
    try {
      await action()
      return true
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length) {
        fieldErrors.value = error.fieldMessages
        const shown = error.fieldErrors.length
        failure.value = t('admin.form.fieldErrors', { count: shown }, shown)
      } else {
        failure.value = actionErrorMessage(error, t)
      }
      return false
    } finally {
      busy.value = false
    }
  }

  function reset() {
    fieldErrors.value = {}
    failure.value = ''
  }

  return { busy, fieldErrors, failure, run, reset }
}
