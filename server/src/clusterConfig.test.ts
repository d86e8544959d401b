import { describe, expect, it } from 'vitest'
import { readConfig } from './config.js'

const PERSON_SECRET = 'a'.repeat(32)

describe('readConfig: several processes', () => {
  it('R75: SQLite and one process by default', () => {
    expect(readConfig({}).cluster).toBeNull()
  })

  it('R75: reads DATABASE_URL, REDIS_URL and the pool size together', () => {
    expect(
      readConfig({
        DATABASE_URL: 'postgres://cg@db/cg',
        REDIS_URL: 'redis://cache:6379',
        DATABASE_POOL_SIZE: '20',
        DATABASE_SCHEMA: 'lab',
        REDIS_PREFIX: 'city:',
        PERSON_SECRET,
      }).cluster,
    ).toEqual({
      databaseUrl: 'postgres://cg@db/cg',
      redisUrl: 'redis://cache:6379',
      databasePoolSize: 20,
      databaseSchema: 'lab',
      redisPrefix: 'city:',
    })
    expect(
      readConfig({ DATABASE_URL: 'postgresql://db/cg', REDIS_URL: 'rediss://cache', PERSON_SECRET })
        .cluster,
    ).toMatchObject({ databasePoolSize: 10, databaseSchema: 'public', redisPrefix: 'cg:' })
  })

  it('R75: refuses one without the other, saying which is missing', () => {
    expect(() => readConfig({ DATABASE_URL: 'postgres://db/cg' })).toThrow(
      /DATABASE_URL is set but REDIS_URL is not/,
    )
    expect(() => readConfig({ REDIS_URL: 'redis://cache' })).toThrow(
      /REDIS_URL is set but DATABASE_URL is not/,
    )
    expect(() => readConfig({ DATABASE_POOL_SIZE: '5' })).toThrow(/DATABASE_URL is not/)
  })

  it('R75: refuses URLs of the wrong kind and pool sizes out of range', () => {
    const both = { DATABASE_URL: 'postgres://db/cg', REDIS_URL: 'redis://cache', PERSON_SECRET }
    expect(() => readConfig({ ...both, DATABASE_URL: 'mysql://db' })).toThrow(/postgres:\/\//)
    expect(() => readConfig({ ...both, REDIS_URL: 'http://cache' })).toThrow(/redis:\/\//)
    for (const size of ['0', '1.5', 'many']) {
      expect(() => readConfig({ ...both, DATABASE_POOL_SIZE: size })).toThrow(/DATABASE_POOL_SIZE/)
    }
    expect(() => readConfig({ ...both, DATABASE_SCHEMA: 'x; drop' })).toThrow(/DATABASE_SCHEMA/)
  })

  it('R75: needs PERSON_SECRET, which every process must share', () => {
    expect(() => readConfig({ DATABASE_URL: 'postgres://db/cg', REDIS_URL: 'redis://c' })).toThrow(
      /PERSON_SECRET must be set/,
    )
  })
})
