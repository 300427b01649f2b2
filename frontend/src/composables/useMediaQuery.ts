import { onBeforeUnmount, ref, type Ref } from 'vue'

/** Phones and narrow tablets: the shell shows its menu in a drawer and lists become cards. */
export const NARROW_QUERY = '(max-width: 767px)'

/** A reactive `matchMedia` result (false where matchMedia is missing, as in jsdom). */
export function useMediaQuery(query: string = NARROW_QUERY): Ref<boolean> {
  const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null
  const matches = ref(media?.matches ?? false)
  const update = (event: MediaQueryListEvent) => {
    matches.value = event.matches
  }
  media?.addEventListener('change', update)
  onBeforeUnmount(() => media?.removeEventListener('change', update))
  return matches
}
