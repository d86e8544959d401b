import { sessionShapeProps, SESSION_TYPE, type SessionProps } from '@common-ground/shared'

/**
 * The session's props from a stored record, checked with the board's own validators; a
 * record an older or broken server left is read as none rather than trusted (R84).
 */
export function readSessionProps(record: unknown): SessionProps | null {
  if (typeof record !== 'object' || record === null) return null
  const r = record as { typeName?: unknown; type?: unknown; props?: unknown }
  if (r.typeName !== 'shape' || r.type !== SESSION_TYPE) return null
  if (typeof r.props !== 'object' || r.props === null) return null
  try {
    const props = r.props as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const [key, validator] of Object.entries(sessionShapeProps)) {
      out[key] = (validator as { validate(v: unknown): unknown }).validate(props[key])
    }
    return out as unknown as SessionProps
  } catch {
    return null
  }
}
