import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.spec.ts'],
      setupFiles: ['src/test/setup.ts'],
      css: false,
      restoreMocks: true,
      testTimeout: 15000,
      // Element Plus must share the one Vue instance the components use, so it goes through Vite.
      server: { deps: { inline: ['element-plus'] } },
    },
  }),
)
