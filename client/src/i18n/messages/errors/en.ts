/**
 * Words for what went wrong, by the code the server or the client gave it: every API
 * error code (shared API_ERROR_CODES), every command refusal (shared COMMAND_ERRORS) and
 * a board that cannot be loaded. The server's own English stays in its answers for
 * programs; people read these. Spread into messages/en.ts; cy.ts and ar.ts hold the same
 * keys (checked by i18n/catalogue.test.ts).
 */
export const errorsEn = {
  'board.outdated.body':
    'This board was saved by a newer version of Common Ground. Reload the page to keep working on it.',
  'board.error.unreadable': 'This board’s contents could not be read, so it cannot be opened.',
  'board.error.migration': 'The board could not be upgraded to this version ({{reason}}).',

  'command.badCommand': 'The server could not read that request.',
  'command.readOnly': 'Your link lets you look at this board, not change it.',
  'command.noSuchCheck': 'That check is no longer on the board.',
  'command.storageFailed': 'The server could not save that. Please try again.',
  'command.full': 'This check has taken as many people’s answers as it can.',
  'command.failed': 'The server could not do that. Please try again.',
  'command.connectionLost': 'The connection dropped before the server answered. Please try again.',
  'command.notConnected': 'Not connected to the board, so this could not be done.',

  'apiError.archived': 'This board is archived, so it can no longer be changed.',
  'apiError.assetNotFound': 'That file is not on this board.',
  'apiError.badCode':
    'A join code has 8 letters and digits, such as ABCD-EFGH. Check it and try again.',
  'apiError.badLabel': 'That checkpoint name cannot be used. Give it a name on one line.',
  'apiError.badRequest': 'The server could not read that request. Reload the page and try again.',
  'apiError.badRole': 'That link cannot be replaced.',
  'apiError.badTemplate': 'There is no such template. Choose another one.',
  'apiError.badTitle': 'That title cannot be used. Give the board a shorter title on one line.',
  'apiError.boardNotFound': 'This board does not exist.',
  'apiError.checkpointNotFound': 'This board has no such checkpoint.',
  'apiError.clientNotBuilt':
    'The web pages of this server have not been built yet. Tell the person who runs it.',
  'apiError.emptyUpload': 'The file was empty.',
  'apiError.forbidden': 'Your link does not allow that on this board.',
  'apiError.internal': 'The server hit an unexpected error. Try again in a moment.',
  'apiError.invalidBoardId': 'That board address is not valid.',
  'apiError.noSuchCode':
    'No board has that code. Check it with the facilitator: a code changes when they make a new participant link.',
  'apiError.notFound': 'There is nothing at that address.',
  'apiError.tooLarge': 'That is larger than the server accepts.',
  'apiError.tooManyBoards':
    'Too many boards were started from your network in the last minute. Wait a minute, then try again.',
  'apiError.tooManyCheckpoints': 'This board already keeps as many named checkpoints as it can.',
  'apiError.tooManyCodes':
    'Too many codes were tried in the last minute. Wait a minute, then try again.',
  'apiError.unauthorized':
    'This link is not valid for this board. Ask the facilitator for a current link.',
  'apiError.unknownExport': 'There is no such download.',
  'apiError.unsupportedType': 'Files of this type cannot be added.',
  'apiError.boardArchived': 'This board is archived, so it cannot be changed.',
  'apiError.boardTooNew':
    'This board was saved by a newer version of Common Ground than this server runs. Ask whoever runs the server to update it.',
  'apiError.checkpointUnreadable': 'That checkpoint could not be read, so nothing was changed.',
  'apiError.recordBusy':
    'The server is making other session records just now. Try again in a moment.',
  'command.notFacilitator': 'Only a facilitator can do that.',
  'command.noSuchStage': 'That stage is no longer on the board.',
  'command.tooManyStages': 'This board has as many stages as it can hold.',
  'command.noTimer': 'There is no timer to change.',
  'command.noDuration': 'Give the timer a duration, or plan one for the stage.',
  'command.noSuchVote': 'That vote is no longer on the board.',
  'command.voteNotOpen': 'This vote is not taking dots any more.',
  'command.noDotsLeft': 'You have used all your dots.',
  'command.cardFull': 'This card has as many of your dots as it can take.',
  'command.notInVote': 'That card is not part of this vote.',
  'command.noCards': 'There are no cards to vote on there.',
  'command.noSuchFrame': 'That area is no longer on the board.',
  'command.notPrivate': 'That area is not in private mode.',
  'command.tooManyHidden': 'You have added as many hidden cards here as you can.',
} as const
