import { onBeforeUnmount, ref } from 'vue'

/** True while the viewport is at most `maxWidth` px wide (phones); false where matchMedia is absent. */
export function useNarrow(maxWidth = 720) {
  const query = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(`(max-width: ${maxWidth}px)`) : null
  const narrow = ref(query?.matches ?? false)
  const onChange = (e: MediaQueryListEvent) => (narrow.value = e.matches)
  query?.addEventListener('change', onChange)
  onBeforeUnmount(() => query?.removeEventListener('change', onChange))
  return narrow
}
