import { watch } from 'vue'
import { createI18n } from 'vue-i18n'
import elVi from 'element-plus/es/locale/lang/vi'
import elEn from 'element-plus/es/locale/lang/en'
import baseVi from '@/locales/vi.json'
import baseEn from '@/locales/en.json'

/**
 * Messages: the shared ones in src/locales, plus each feature's own in
 * src/features/<feature>/locales/{vi,en}.json or locales/<part>/{vi,en}.json (merged under their
 * own top-level keys), so that features (and parts of one feature) never edit one another's files.
 */
const featureMessages = import.meta.glob<{ default: Record<string, unknown> }>('../features/*/locales/**/*.json', {
  eager: true,
})

function withFeatures(base: Record<string, unknown>, locale: string): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base }
  for (const [file, mod] of Object.entries(featureMessages)) {
    if (file.endsWith(`/${locale}.json`)) Object.assign(merged, mod.default)
  }
  return merged
}

const vi = withFeatures(baseVi, 'vi') as typeof baseVi
const en = withFeatures(baseEn, 'en') as typeof baseEn

export type AppLocale = 'vi' | 'en'
export type MessageSchema = typeof vi

export const SUPPORTED_LOCALES: readonly AppLocale[] = ['vi', 'en']
export const DEFAULT_LOCALE: AppLocale = 'vi'
export const LOCALE_STORAGE_KEY = 'thidua.locale'

function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

/** The language chosen earlier on this browser, else Vietnamese. */
export function storedLocale(): AppLocale {
  try {
    const value = localStorage.getItem(LOCALE_STORAGE_KEY)
    return isAppLocale(value) ? value : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

export function createAppI18n(locale: AppLocale = storedLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { vi, en },
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>

export const i18n = createAppI18n()

/** Switch the UI language, remember it, and keep <html lang> in step. */
export function setLocale(locale: AppLocale, target: AppI18n = i18n): void {
  target.global.locale.value = locale
  persistLocale(locale)
}

/** Remember the chosen language on this browser. */
export function persistLocale(locale: AppLocale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
  document.documentElement.lang = locale
}

/** Element Plus locale for a UI language (for <el-config-provider>). */
export function elementLocale(locale: string) {
  return locale === 'en' ? elEn : elVi
}

/** Keep <html lang> right from start-up on. */
export function syncDocumentLang(target: AppI18n = i18n): void {
  watch(
    () => target.global.locale.value,
    (locale) => {
      document.documentElement.lang = locale
    },
    { immediate: true },
  )
}
