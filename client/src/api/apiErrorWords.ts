import type { ApiErrorCode, CommandError } from '@common-ground/shared'
import { translate } from '../i18n/translate'
import type { UiKey } from '../i18n/useT'

/**
 * What the client tells a person for each error code the server sends, in the reader's
 * language. The server's English `message` is for programs; it is never shown, since it
 * would be English whatever the reader speaks. A code added in shared without words here
 * fails the typecheck.
 */
const API_ERROR_WORDS: Readonly<Record<ApiErrorCode, UiKey>> = {
  record_busy: 'apiError.recordBusy',
  checkpoint_unreadable: 'apiError.checkpointUnreadable',
  board_too_new: 'apiError.boardTooNew',
  board_archived: 'apiError.boardArchived',
  archived: 'apiError.archived',
  asset_not_found: 'apiError.assetNotFound',
  bad_code: 'apiError.badCode',
  bad_label: 'apiError.badLabel',
  bad_request: 'apiError.badRequest',
  bad_role: 'apiError.badRole',
  bad_template: 'apiError.badTemplate',
  bad_title: 'apiError.badTitle',
  board_not_found: 'apiError.boardNotFound',
  checkpoint_not_found: 'apiError.checkpointNotFound',
  client_not_built: 'apiError.clientNotBuilt',
  empty_upload: 'apiError.emptyUpload',
  forbidden: 'apiError.forbidden',
  internal: 'apiError.internal',
  invalid_board_id: 'apiError.invalidBoardId',
  no_such_code: 'apiError.noSuchCode',
  not_found: 'apiError.notFound',
  too_large: 'apiError.tooLarge',
  too_many_boards: 'apiError.tooManyBoards',
  too_many_checkpoints: 'apiError.tooManyCheckpoints',
  too_many_codes: 'apiError.tooManyCodes',
  unauthorized: 'apiError.unauthorized',
  unknown_export: 'apiError.unknownExport',
  unsupported_type: 'apiError.unsupportedType',
}

const COMMAND_ERROR_WORDS: Readonly<Record<CommandError, UiKey>> = {
  'bad-command': 'command.badCommand',
  'read-only': 'command.readOnly',
  'no-such-check': 'command.noSuchCheck',
  'storage-failed': 'command.storageFailed',
  full: 'command.full',
  failed: 'command.failed',
  'too-many-hidden': 'command.tooManyHidden',
  'not-private': 'command.notPrivate',
  'no-such-frame': 'command.noSuchFrame',
  'no-cards': 'command.noCards',
  'not-in-vote': 'command.notInVote',
  'card-full': 'command.cardFull',
  'no-dots-left': 'command.noDotsLeft',
  'vote-not-open': 'command.voteNotOpen',
  'no-such-vote': 'command.noSuchVote',
  'no-duration': 'command.noDuration',
  'no-timer': 'command.noTimer',
  'too-many-stages': 'command.tooManyStages',
  'no-such-stage': 'command.noSuchStage',
  'not-facilitator': 'command.notFacilitator',
}

/**
 * Our words for an API error code, or null for a code this client does not know (a
 * newer server, or a proxy's own answer): the caller then speaks by HTTP status.
 */
export function apiErrorWords(code: string | null | undefined): string | null {
  if (!code || !Object.prototype.hasOwnProperty.call(API_ERROR_WORDS, code)) return null
  return translate(API_ERROR_WORDS[code as ApiErrorCode])
}

/** Our words for a command the server refused (R43–R46). */
export function commandErrorWords(error: CommandError): string {
  return translate(COMMAND_ERROR_WORDS[error])
}
