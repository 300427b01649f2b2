import type { FormItemRule } from 'element-plus'

/** A format rule with its own (translated) message; empty values are left to `required`. */
export function patternRule(pattern: RegExp, message: string): FormItemRule {
  return {
    trigger: 'blur',
    validator: (_rule, value: unknown, callback) =>
      typeof value === 'string' && value !== '' && !pattern.test(value) ? callback(new Error(message)) : callback(),
  }
}
