import { MAX_USER_NAME_LENGTH, USER_COLORS } from '@common-ground/shared'
import { describe, expect, it } from 'vitest'
import {
  checkName,
  completeUser,
  loadUser,
  newUserId,
  parseStoredUser,
  saveUser,
  USER_STORAGE_KEY,
  type UserStorage,
} from './storedUser'
import { UI_CATALOGUES } from '../i18n/messages'
import { colorNameKey, isUserColor } from './userColors'

function memoryStorage(initial: Record<string, string> = {}): UserStorage & {
  data: Map<string, string>
} {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  }
}

describe('checkName', () => {
  it('trims and collapses spaces', () => {
    expect(checkName('  Ana   María \n')).toEqual({ ok: true, name: 'Ana María' })
  })

  it('refuses an empty or blank name', () => {
    expect(checkName('   ')).toEqual({ ok: false, problem: 'missing' })
  })

  it(`accepts ${MAX_USER_NAME_LENGTH} characters and refuses one more`, () => {
    expect(checkName('a'.repeat(MAX_USER_NAME_LENGTH)).ok).toBe(true)
    expect(checkName('a'.repeat(MAX_USER_NAME_LENGTH + 1))).toEqual({
      ok: false,
      problem: 'too-long',
    })
  })
})

describe('parseStoredUser', () => {
  const good = { id: 'abcdef0123456789', name: 'Sam', color: '#000eff' }

  it('reads back a saved user', () => {
    expect(completeUser(parseStoredUser(JSON.stringify(good)))).toEqual(good)
  })

  it('returns nothing for missing, malformed or non-object values', () => {
    expect(parseStoredUser(null)).toEqual({})
    expect(parseStoredUser('{not json')).toEqual({})
    expect(parseStoredUser('"Sam"')).toEqual({})
    expect(parseStoredUser('null')).toEqual({})
  })

  it('keeps the valid fields of a damaged record', () => {
    const draft = parseStoredUser(JSON.stringify({ ...good, name: '', color: 'hotpink' }))
    expect(draft).toEqual({ id: good.id })
    expect(completeUser(draft)).toBeNull()
  })

  it('rejects ids that are too short or carry odd characters', () => {
    expect(parseStoredUser(JSON.stringify({ ...good, id: 'short' })).id).toBeUndefined()
    expect(parseStoredUser(JSON.stringify({ ...good, id: '<script>alert(1)' })).id).toBeUndefined()
  })
})

describe('loadUser', () => {
  it('makes and remembers an id on first visit', () => {
    const storage = memoryStorage()
    const first = loadUser(storage)
    expect(first.id).toMatch(/^[0-9a-f]{32}$/)
    expect(first.name).toBeUndefined()
    expect(loadUser(storage).id).toBe(first.id)
  })

  it('returns the complete user once saved', () => {
    const storage = memoryStorage()
    const { id } = loadUser(storage)
    saveUser(storage, { id, name: 'Jo', color: '#596662' })
    expect(completeUser(loadUser(storage))).toEqual({ id, name: 'Jo', color: '#596662' })
    expect(JSON.parse(storage.data.get(USER_STORAGE_KEY) ?? '')).toMatchObject({ name: 'Jo' })
  })

  it('still gives an id when storage is missing or throws', () => {
    expect(loadUser(null).id).toMatch(/^[0-9a-f]{32}$/)
    const broken: UserStorage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(loadUser(broken).id).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe('newUserId', () => {
  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 100 }, newUserId))
    expect(ids.size).toBe(100)
  })
})

describe('user colours', () => {
  it.each(Object.entries(UI_CATALOGUES))(
    'names every offered colour in %s, each differently',
    (_, catalogue) => {
      const names = USER_COLORS.map((color) => catalogue[colorNameKey(color)])
      expect(names.every((name) => name.trim() !== '')).toBe(true)
      expect(new Set(names).size).toBe(USER_COLORS.length)
    },
  )

  it('accepts only offered colours', () => {
    expect(isUserColor(USER_COLORS[0])).toBe(true)
    expect(isUserColor('#000000')).toBe(false)
    expect(isUserColor(undefined)).toBe(false)
  })
})

describe('how someone takes part', () => {
  const base = { id: 'abcdef0123456789', name: 'Sam', color: '#000eff' } as const

  it('is remembered with the name when given', () => {
    const storage = memoryStorage()
    saveUser(storage, { ...base, takesPartAs: 'service-user' })
    expect(completeUser(loadUser(storage))).toEqual({ ...base, takesPartAs: 'service-user' })
  })

  it('is optional, and an unknown answer is forgotten without losing the rest', () => {
    expect(completeUser(parseStoredUser(JSON.stringify(base)))).toEqual(base)
    const damaged = parseStoredUser(JSON.stringify({ ...base, takesPartAs: 'astronaut' }))
    expect(completeUser(damaged)).toEqual(base)
  })
})
