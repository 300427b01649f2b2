import { afterEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import AttachmentsSection from '@/features/reports/components/form/AttachmentsSection.vue'
import { api, ApiError, type UploadOptions } from '@/lib/api-client'
import { renderWithApp } from '@/test/render'
import type { AttachmentView } from '@/features/reports/api/types'

const REPORT = 'rep-1'
const PDF = 'application/pdf'
const stored = (over: Partial<AttachmentView> = {}): AttachmentView => ({
  id: 'a-1',
  fileName: 'bien-ban.pdf',
  mediaType: PDF,
  sizeBytes: 52_000,
  sha256: 'ab'.repeat(32),
  uploadedBy: 'kienan.unit',
  uploadedAt: '2026-12-03T02:00:00Z',
  ...over,
})

function file(name: string, type: string, size?: number) {
  const f = new File(['%PDF-1.7 minh chứng'], name, { type })
  if (size !== undefined) Object.defineProperty(f, 'size', { value: size })
  return f
}

async function choose(...files: File[]) {
  const input = screen.getByTestId('attachments-input')
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  await fireEvent.change(input)
}

async function renderSection(attachments: AttachmentView[] = [], editable = true) {
  return renderWithApp(AttachmentsSection, { path: '/reports/rep-1', role: 'unit', props: { reportId: REPORT, attachments, editable } })
}

afterEach(() => vi.unstubAllGlobals())

describe('AttachmentsSection', () => {
  it('refuses a file of another type or above 20 MB before sending anything', async () => {
    const upload = vi.spyOn(api, 'upload')
    await renderSection()

    await choose(file('cai-dat.exe', 'application/x-msdownload'), file('so-lieu.pdf', PDF, 21 * 1024 * 1024))

    const errors = await screen.findAllByTestId('upload-error')
    expect(errors.map((e) => e.textContent)).toEqual(['Chỉ nhận tệp PDF, DOCX, XLSX, JPG hoặc PNG', 'Tệp vượt quá 20 MB'])
    expect(upload).not.toHaveBeenCalled()
    // A refused file can be dismissed.
    await fireEvent.click(screen.getByRole('button', { name: 'Bỏ qua tệp cai-dat.exe' }))
    expect(screen.getAllByTestId('upload-error')).toHaveLength(1)
  })

  it('uploads each file as multipart "file" with its own progress bar and lists it when stored', async () => {
    let finish: (value: AttachmentView) => void = () => {}
    const upload = vi.spyOn(api, 'upload').mockImplementation((_path: string, _body: FormData, options?: UploadOptions) => {
      options?.onProgress?.(40, 100)
      return new Promise((resolve) => (finish = resolve as (value: AttachmentView) => void))
    })
    const { emitted } = await renderSection()

    await choose(file('bien-ban.pdf', PDF))
    const progress = await screen.findByTestId('upload-progress')
    await vi.waitFor(() => expect(progress).toHaveTextContent('40%'))
    expect(progress).toHaveAttribute('role', 'progressbar')
    expect(progress).toHaveAttribute('aria-valuenow', '40')
    const [path, body] = upload.mock.calls[0]!
    expect(path).toBe(`/reports/${REPORT}/attachments`)
    expect((body.get('file') as File).name).toBe('bien-ban.pdf')

    finish(stored())
    await vi.waitFor(() => expect(screen.queryByTestId('upload-progress')).not.toBeInTheDocument())
    expect(emitted().added).toEqual([[stored()]])
  })

  it('shows the server’s reason when it refuses a file (content not of its claimed type)', async () => {
    vi.spyOn(api, 'upload').mockRejectedValue(
      new ApiError(415, {
        status: 415,
        title: 'Unsupported Media Type',
        detail: 'Loại tệp không được chấp nhận',
        errors: [{ field: 'file', message: 'Nội dung tệp không phải PDF' }],
      }),
    )
    await renderSection()

    await choose(file('gia-mao.pdf', PDF))
    expect(await screen.findByTestId('upload-error')).toHaveTextContent('Nội dung tệp không phải PDF')
  })

  it('downloads and, while editable, deletes an attachment after a confirmation', async () => {
    const blob = new Blob(['%PDF'], { type: PDF })
    const getBlob = vi.spyOn(api, 'getBlob').mockResolvedValue(blob)
    const remove = vi.spyOn(api, 'delete').mockResolvedValue(undefined)
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => {} }))
    const { emitted } = await renderSection([stored()])

    await fireEvent.click(screen.getByRole('button', { name: 'Tải về bien-ban.pdf' }))
    await vi.waitFor(() => expect(getBlob).toHaveBeenCalledWith(`/reports/${REPORT}/attachments/a-1`))

    await fireEvent.click(screen.getByRole('button', { name: 'Xóa tệp bien-ban.pdf' }))
    const dialog = await screen.findByTestId('attachment-delete-dialog')
    expect(dialog).toHaveTextContent('Xóa tệp “bien-ban.pdf” khỏi báo cáo?')
    await fireEvent.click(within(dialog).getByTestId('attachment-delete-confirm'))
    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith(`/reports/${REPORT}/attachments/a-1`))
    expect(emitted().removed).toEqual([['a-1']])
  })

  it('offers neither upload nor delete once the report is sent', async () => {
    await renderSection([stored()], false)
    expect(screen.queryByTestId('attachments-choose')).not.toBeInTheDocument()
    expect(screen.queryByTestId('attachment-delete')).not.toBeInTheDocument()
    expect(screen.getByTestId('attachment-download')).toBeInTheDocument()
  })
})
