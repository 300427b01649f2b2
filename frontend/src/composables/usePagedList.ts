import { ref, shallowRef, type Ref } from 'vue'
import type { Page } from '@/lib/api-client'

export interface PageRequest {
  /** Zero-based page index, as the API counts. */
  page: number
  size: number
}

export interface PagedList<T> {
  items: Ref<T[]>
  total: Ref<number>
  /** One-based page number, as el-pagination counts. */
  currentPage: Ref<number>
  pageSize: Ref<number>
  loading: Ref<boolean>
  error: Ref<unknown>
  /** True once a response has arrived, so the empty state is not shown while loading. */
  loaded: Ref<boolean>
  load: () => Promise<void>
  goToPage: (page: number) => Promise<void>
}

/**
 * State for a server-paginated list. Only the answer to the latest request is kept, so a slow
 * earlier response can never overwrite a newer one.
 */
export function usePagedList<T>(
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
  options: { pageSize?: number } = {},
): PagedList<T> {
  const items = shallowRef<T[]>([]) as Ref<T[]>
  const total = ref(0)
  const currentPage = ref(1)
  const pageSize = ref(options.pageSize ?? 20)
  const loading = ref(false)
  const error = shallowRef<unknown>(null)
  const loaded = ref(false)
  let latest = 0

  async function load(): Promise<void> {
    const ticket = ++latest
    loading.value = true
    error.value = null
    try {
      const result = await fetchPage({ page: currentPage.value - 1, size: pageSize.value })
      if (ticket !== latest) return
      items.value = result.items ?? []
      total.value = result.total ?? items.value.length
      loaded.value = true
    } catch (e) {
      if (ticket !== latest) return
      items.value = []
      total.value = 0
      error.value = e
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  async function goToPage(page: number): Promise<void> {
    currentPage.value = page
    await load()
  }

  return { items, total, currentPage, pageSize, loading, error, loaded, load, goToPage }
}
