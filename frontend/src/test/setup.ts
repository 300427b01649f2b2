import '@testing-library/jest-dom/vitest'
import { afterEach, beforeEach } from 'vitest'
import { cleanup } from '@testing-library/vue'
import { i18n } from '@/lib/i18n'

// A few specs (config checks) run in the node environment, without a DOM.
const hasDom = typeof window !== 'undefined'

if (hasDom) {
  // jsdom has no layout engine; Element Plus tables and scrollbars only need the API to exist.
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver
  // jsdom does not implement scrolling; Element Plus calls it when tables and pages change.
  window.scrollTo = () => {}
}

beforeEach(() => {
  if (!hasDom) return
  localStorage.clear()
  sessionStorage.clear()
  i18n.global.locale.value = 'vi'
})

afterEach(() => {
  if (hasDom) cleanup()
})
