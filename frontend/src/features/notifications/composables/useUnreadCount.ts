import { ref } from 'vue'
import { defineStore } from 'pinia'
import { unreadCount } from '../api/inbox'

/**
 * The number of unread inbox items, shared by the header's bell and the inbox page (which
 * lowers it at once when an item is read). A failed refresh keeps the last known count.
 */
export const useUnreadCount = defineStore('inbox-unread', () => {
  const count = ref(0)
  let latest = 0

  async function refresh(): Promise<void> {
    const ticket = ++latest
    try {
      const value = await unreadCount()
      if (ticket === latest) count.value = value
    } catch {
      // The bell is a hint: an unreachable notification-service must not disturb the page.
    }
  }

  function set(value: number) {
    latest++
    count.value = Math.max(0, value)
  }

  return { count, refresh, set }
})
