import { CloseCode, LANGUAGE_IDS } from '@common-ground/shared'
import { describe, expect, it } from 'vitest'
import { i18n } from '../i18n/i18n'
import { translatorFor } from '../i18n/translate'
import { reasonFor } from './closePolicy'

describe('close reasons', () => {
  it.each(LANGUAGE_IDS)(
    'SPEC 9: every close code is told from the %s catalogue, not the server’s English reason',
    async (language) => {
      const t = translatorFor(language)
      await i18n.changeLanguage(language)
      try {
        for (const [name, code] of Object.entries(CloseCode)) {
          const words = reasonFor(code)
          expect(words).toBe(t(`close.${name as keyof typeof CloseCode}`))
          expect(words).not.toMatch(/^close\./)
        }
      } finally {
        await i18n.changeLanguage('en')
      }
    },
  )

  it('a code the client does not know reads as an unexpected server error', () => {
    expect(reasonFor(4999)).toBe(translatorFor('en')('close.InternalError'))
  })
})
