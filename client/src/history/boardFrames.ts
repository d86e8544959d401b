/** One stage or frame of a board, as the read view lists it. */
export interface BoardFrame {
  id: string
  name: string
}

/**
 * SPEC 50: the frames of a board's records (tldraw `frame` shapes; stages are frames),
 * in reading order: top to bottom, then along the line. Records are unchecked JSON.
 */
export function boardFrames(records: Record<string, unknown>): BoardFrame[] {
  const frames: (BoardFrame & { x: number; y: number })[] = []
  for (const record of Object.values(records)) {
    const shape = (record ?? {}) as {
      id?: unknown
      typeName?: unknown
      type?: unknown
      x?: unknown
      y?: unknown
      props?: { name?: unknown }
    }
    if (shape.typeName !== 'shape' || shape.type !== 'frame' || typeof shape.id !== 'string')
      continue
    frames.push({
      id: shape.id,
      name: typeof shape.props?.name === 'string' ? shape.props.name : '',
      x: typeof shape.x === 'number' ? shape.x : 0,
      y: typeof shape.y === 'number' ? shape.y : 0,
    })
  }
  return frames.sort((a, b) => a.y - b.y || a.x - b.x).map(({ id, name }) => ({ id, name }))
}
