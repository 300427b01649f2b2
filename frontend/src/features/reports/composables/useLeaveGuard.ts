import { onBeforeUnmount } from 'vue'

/** Asks before the tab is closed or reloaded while `pending()` holds (an unsaved change). */
export function useLeaveGuard(pending: () => boolean) {
  function beforeUnload(event: BeforeUnloadEvent) {
    if (!pending()) return
    event.preventDefault()
    event.returnValue = ''
  }
  window.addEventListener('beforeunload', beforeUnload)
  onBeforeUnmount(() => window.removeEventListener('beforeunload', beforeUnload))
}
