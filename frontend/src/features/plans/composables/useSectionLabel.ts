import { useI18n } from 'vue-i18n'
import type { PlanParts } from '../api/types'
import { OTHER_SECTION_PREFIX } from '../lib/parts'

/** The heading of a section key: a typed part's name, or an other section's own heading. */
export function useSectionLabel(parts: () => Pick<PlanParts, 'otherSections'>) {
  const { t } = useI18n()
  return (key: string): string => {
    if (key.startsWith(OTHER_SECTION_PREFIX)) {
      const id = key.slice(OTHER_SECTION_PREFIX.length)
      return parts().otherSections.find((s) => s.id === id)?.heading || t('planParts.names.otherSections')
    }
    return t(`planParts.names.${key}`)
  }
}
