import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import { ApiError } from '@/lib/api-client'
import { renderWithApp, sessionFor } from '@/test/render'
import { useAuthStore } from '@/stores/auth'
import { getEmulationCluster, listEmulationClusters, saveClusterScores, signClusterCovenant } from '../../api/awards-clusters'
import type { ClusterView } from '../../api/types.contract'
import ClusterPage from './ClusterPage.vue'
import ClustersPage from './ClustersPage.vue'

vi.mock('../../api/awards-clusters', () => ({
  listEmulationClusters: vi.fn(),
  getEmulationCluster: vi.fn(),
  signClusterCovenant: vi.fn(),
  saveClusterScores: vi.fn(),
}))

const HEAD = 'u-head'
/** el-input-number takes its value on change, as when the user leaves the field. */
async function typeNumber(testId: string, value: string) {
  const input = screen.getByTestId(testId).querySelector('input')!
  await fireEvent.update(input, value)
  await fireEvent.change(input)
}
const cluster = (over: Partial<ClusterView> = {}): ClusterView => ({
  id: 'k-1',
  name: 'Khối các tổ dân phố',
  year: 2026,
  communeId: 'c-1',
  headUnitId: HEAD,
  deputyUnitId: 'u-2',
  members: [
    { unitId: HEAD, unitName: 'Tổ dân phố 1', score: null, rank: null },
    { unitId: 'u-2', unitName: 'Tổ dân phố 2', score: null, rank: null },
  ],
  covenant: null,
  ...over,
})

describe('ClustersPage (Khối thi đua)', () => {
  it('lists the clusters of the chosen year with their head unit and covenant state', async () => {
    vi.mocked(listEmulationClusters).mockResolvedValue({ items: [cluster()], page: 0, size: 20, total: 1 })
    await renderWithApp(ClustersPage, { path: '/awards/clusters' })

    const table = await screen.findByTestId('emulation-clusters-table')
    expect(await within(table).findByText('Khối các tổ dân phố')).toBeInTheDocument()
    expect(within(table).getByText('Tổ dân phố 1')).toBeInTheDocument()
    expect(within(table).getByText('2 đơn vị')).toBeInTheDocument()
    expect(within(table).getByText('Chưa ký')).toBeInTheDocument()
    expect(listEmulationClusters).toHaveBeenCalledWith(expect.objectContaining({ year: new Date().getFullYear(), page: 0 }))
    expect(screen.getByTestId('awards-tab-award-clusters')).toHaveAttribute('aria-current', 'page')
  })
})

describe('ClusterPage', () => {
  it('lets the office sign the covenant and shows who signed', async () => {
    vi.mocked(getEmulationCluster).mockResolvedValue(cluster())
    vi.mocked(signClusterCovenant).mockResolvedValue(
      cluster({ covenant: { text: 'Thi đua hoàn thành vượt mức chỉ tiêu', signedAt: '2026-03-02T02:00:00Z', signedBy: 'kienan.office' } }),
    )
    await renderWithApp(ClusterPage, { path: '/awards/clusters/k-1', props: { id: 'k-1' } })

    expect(await screen.findByText('Khối chưa ký giao ước thi đua.')).toBeInTheDocument()
    await fireEvent.click(screen.getByTestId('covenant-edit'))
    await fireEvent.update(screen.getByTestId('covenant-input'), '  Thi đua hoàn thành vượt mức chỉ tiêu ')
    await fireEvent.click(screen.getByTestId('covenant-save'))

    await vi.waitFor(() => expect(signClusterCovenant).toHaveBeenCalledWith('k-1', 'Thi đua hoàn thành vượt mức chỉ tiêu'))
    expect(await screen.findByTestId('covenant-text')).toHaveTextContent('Thi đua hoàn thành vượt mức chỉ tiêu')
    expect(screen.getByText('Ký bởi kienan.office lúc 09:00 02/03/2026')).toBeInTheDocument()
  })

  it('sends every member row and shows the server 400 on the row it names', async () => {
    vi.mocked(getEmulationCluster).mockResolvedValue(cluster())
    vi.mocked(saveClusterScores).mockRejectedValue(
      new ApiError(400, { status: 400, title: 'Bad Request', errors: [{ field: 'scores[1].rank', message: 'Thứ hạng từ 1 đến 2, không trùng' }] }),
    )
    await renderWithApp(ClusterPage, { path: '/awards/clusters/k-1', props: { id: 'k-1' } })

    await screen.findByTestId('score-0')
    for (const [i, score, rank] of [[0, '92.5', '1'], [1, '88', '1']] as const) {
      await typeNumber(`score-${i}`, score)
      await typeNumber(`rank-${i}`, rank)
    }
    await fireEvent.update(screen.getByTestId('note-1'), 'Thiếu báo cáo quý IV')
    await fireEvent.click(screen.getByTestId('scores-save'))

    await vi.waitFor(() =>
      expect(saveClusterScores).toHaveBeenCalledWith('k-1', {
        scores: [
          { unitId: HEAD, score: 92.5, rank: 1 },
          { unitId: 'u-2', score: 88, rank: 1, note: 'Thiếu báo cáo quý IV' },
        ],
      }),
    )
    expect(await screen.findByTestId('score-error-1')).toHaveTextContent('Thứ hạng từ 1 đến 2, không trùng')
    expect(screen.queryByTestId('score-error-0')).not.toBeInTheDocument()
  })

  it('refuses to send an incomplete table', async () => {
    vi.mocked(getEmulationCluster).mockResolvedValue(cluster())
    vi.mocked(saveClusterScores).mockClear()
    await renderWithApp(ClusterPage, { path: '/awards/clusters/k-1', props: { id: 'k-1' } })
    await fireEvent.click(await screen.findByTestId('scores-save'))
    expect(await screen.findByTestId('scores-failure')).toHaveTextContent('Nhập điểm và thứ hạng cho mọi đơn vị được chấm')
    expect(saveClusterScores).not.toHaveBeenCalled()
  })

  it('lets the head unit manage, and shows a member unit the table read-only', async () => {
    vi.mocked(getEmulationCluster).mockResolvedValue(cluster({ members: [{ unitId: HEAD, unitName: 'Tổ dân phố 1', score: 90, rank: 1 }] }))
    const { unmount } = await renderWithApp(ClusterPage, { path: '/awards/clusters/k-1', role: 'unit', props: { id: 'k-1' } })
    expect(await screen.findByText('Khối chưa ký giao ước thi đua.')).toBeInTheDocument()
    expect(screen.queryByTestId('covenant-edit')).not.toBeInTheDocument()
    expect(screen.getByTestId('cluster-read-only')).toBeInTheDocument()
    expect(await within(screen.getByTestId('scores-table')).findByText('90')).toBeInTheDocument()
    expect(screen.queryByTestId('scores-save')).not.toBeInTheDocument()
    unmount()

    await renderWithApp(ClusterPage, { path: '/awards/clusters/k-1', role: null, props: { id: 'k-1' } })
    useAuthStore().setSession(sessionFor('unit', { unitId: HEAD }))
    expect(await screen.findByTestId('covenant-edit')).toBeInTheDocument()
    expect(screen.getByTestId('scores-save')).toBeInTheDocument()
  })
})
