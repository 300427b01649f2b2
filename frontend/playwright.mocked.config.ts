import { defineConfig, devices } from '@playwright/test'
import base from './playwright.config'

// Browser checks without the stack: the built SPA on `vite preview` (port 5179, not one of the
// stack's), every /api/v1 call answered by page.route in the specs. Run `npm run build` first.
const port = Number(process.env.MOCKED_PORT || 5179)
export default defineConfig({
  ...base,
  testDir: './e2e-mocked',
  outputDir: 'test-results/mocked-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-mocked.json' }]],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } } }],
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/login`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
