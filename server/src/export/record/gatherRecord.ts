import type { TLRecord } from '@tldraw/tlschema'
import {
  apiPaths,
  domainWords,
  emptyByGroup,
  type BoardId,
  type LanguageId,
  type ParticipationSummary,
} from '@common-ground/shared'
import { participationSummary } from '../../participation/participants.js'
import type { BoardStore } from '../../storage/BoardStore.js'
import type { SecretStore } from '../../storage/SecretStore.js'
import type { RecordSources } from '../recordSources.js'
import { readStoredBoard } from '../storedBoard.js'
import type { SessionRecordInput } from './sessionRecordInput.js'

/** Image types pdfkit draws; others (GIF, WebP, SVG) are drawn as an empty box. */
const DRAWABLE_IMAGES = new Set(['image/png', 'image/jpeg'])

export interface GatherOptions {
  store: BoardStore
  secrets: SecretStore | null
  sources: RecordSources
  board: { id: BoardId; title: string; createdAt: number }
  language: LanguageId
  now?: Date
}

/** Reads everything the session record shows (X7): records, people, images, votes, balance. */
export async function gatherRecord(options: GatherOptions): Promise<SessionRecordInput> {
  const { store, board, language } = options
  const contents = await readStoredBoard(store.log, board.id)
  const [participation, images, votes, voiceBalance] = await Promise.all([
    options.secrets === null
      ? Promise.resolve<ParticipationSummary>({
          people: 0,
          byGroup: emptyByGroup(),
          firstSeen: null,
          lastSeen: null,
        })
      : participationSummary(options.secrets, board.id),
    imagesOf(store, board.id, contents.current),
    options.sources.votes(contents.current),
    options.sources.voiceBalance(board.id, contents.current),
  ])
  return {
    title: board.title,
    language,
    words: domainWords(language),
    createdAt: new Date(board.createdAt),
    madeAt: options.now ?? new Date(),
    participation,
    records: contents.current,
    images,
    votes,
    voiceBalance,
  }
}

/** The bytes of each image asset uploaded to this board, by asset record id. */
async function imagesOf(
  store: BoardStore,
  boardId: BoardId,
  records: readonly TLRecord[],
): Promise<Map<string, Uint8Array>> {
  const prefix = apiPaths.asset(boardId, '')
  const images = new Map<string, Uint8Array>()
  for (const record of records) {
    if (record.typeName !== 'asset' || record.type !== 'image') continue
    const src = (record.props as { src?: unknown }).src
    if (typeof src !== 'string') continue
    const at = src.indexOf(prefix)
    if (at === -1) continue
    const stored = await store.assets.getAsset(boardId, src.slice(at + prefix.length))
    if (stored !== null && DRAWABLE_IMAGES.has(stored.contentType)) {
      images.set(record.id, stored.bytes)
    }
  }
  return images
}
