import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import type { Connect } from 'vite'
import { API_NOT_FOUND, isRoutedApiPath, proxyTable } from './proxy-routes.ts'
import { spaSecurityHeaders } from './security-headers.ts'
import { bodyLimit } from './body-limit.ts'

const proxy = proxyTable(process.env)
// Unit tests run in jsdom, where stylesheets do nothing; skipping them lets Vitest load
// Element Plus as a plain dependency instead of transforming every file of it.
const elementPlus = ElementPlusResolver({ importStyle: process.env.VITEST ? false : 'css' })
const host = '127.0.0.1'
const port = 8080

// An /api path that no service owns is a problem+json 404 (as nginx answers it), not the SPA's index.html.
const apiNotFound: Connect.NextHandleFunction = (req, res, next) => {
  const url = req.url ?? ''
  if (url.startsWith('/api/') && !isRoutedApiPath(url)) {
    res.statusCode = 404
    for (const [name, value] of Object.entries(spaSecurityHeaders)) res.setHeader(name, value)
    res.setHeader('Content-Type', 'application/problem+json')
    res.end(API_NOT_FOUND)
    return
  }
  next()
}

export default defineConfig({
  plugins: [
    vue(),
    {
      // A body above what any service takes is a problem+json 413 here (nginx.conf: client_max_body_size).
      name: 'api-body-limit',
      configureServer: (server) => void server.middlewares.use(bodyLimit()),
      configurePreviewServer: (server) => void server.middlewares.use(bodyLimit()),
    },
    {
      name: 'api-not-found',
      configureServer: (server) => void server.middlewares.use(apiNotFound),
      configurePreviewServer: (server) => void server.middlewares.use(apiNotFound),
    },
    // Element Plus is loaded on demand: only the components and styles a template uses.
    AutoImport({
      resolvers: [elementPlus],
      dts: 'src/auto-imports.d.ts',
    }),
    Components({
      resolvers: [elementPlus],
      dts: 'src/components.d.ts',
      // Our own components are imported explicitly.
      dirs: [],
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  // History-mode deep links (/plans/123) are answered with index.html by both servers (appType 'spa').
  appType: 'spa',
  // The same security headers as nginx in compose (security-headers.ts); proxied API answers keep the services' own.
  // cors: false — Vite's own CORS would answer every preflight itself (204, even for another origin)
  // instead of passing it to the services, whose rule (THIDUASO_CORS_ORIGINS) is the one that counts.
  server: { host, port, strictPort: true, proxy, headers: spaSecurityHeaders, cors: false },
  preview: { host, port, strictPort: true, proxy, headers: spaSecurityHeaders, cors: false },
  build: {
    rolldownOptions: {
      output: {
        // Stable, cacheable vendor chunks; pages stay in their own lazy chunks.
        codeSplitting: {
          groups: [
            // ECharts (with zrender) only where a chart is drawn (the dashboards route), never in the first load.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 30 },
            { name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/, priority: 20 },
            { name: 'element-plus', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
})
