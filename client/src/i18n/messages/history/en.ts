/**
 * Words of issue 13 (history, restore, rename, the archive read view), spread into
 * messages/en.ts; cy.ts and ar.ts beside this file hold the same keys, checked by
 * i18n/catalogue.test.ts like every other message.
 */
export const historyEn = {
  'close.BoardTooNew':
    'This board was saved by a newer Common Ground. Ask whoever runs this server to update it.',

  'history.open': 'History',
  'history.heading': 'History of this board',
  'history.intro':
    'Checkpoints keep the board as it was: every 10 minutes of work, at each stage, when the board is archived, and when a facilitator names one.',
  'history.loading': 'Loading the checkpoints…',
  'history.empty': 'No checkpoints yet. One is kept after 10 minutes of work on the board.',
  'history.listLabel': 'Checkpoints, newest first',
  'history.kind.automatic': 'Automatic',
  'history.kind.named': 'Named',
  'history.kind.archive': 'When archived',
  'history.kind.stage': 'New stage',
  'history.kind.restore': 'Before a restore',
  'history.cards_one': '{{count}} card',
  'history.cards_other': '{{count}} cards',
  'history.preview': 'Preview',
  'history.previewLabel': 'Preview the checkpoint of {{time}}',
  'history.restore': 'Restore',
  'history.restoreLabel': 'Restore the checkpoint of {{time}}',
  'history.restoreConfirm':
    'Put the board back as it was at {{time}}? Everyone on the board sees it at once. The board as it is now is kept as a checkpoint, so you can undo this by restoring that one.',
  'history.restoreYes': 'Yes, restore',
  'history.restored':
    'The board is back as it was at {{time}}. To undo, restore the checkpoint “Before a restore”.',
  'history.name.label': 'Name a checkpoint of the board now',
  'history.name.hint': 'For example “Before voting”.',
  'history.name.submit': 'Keep checkpoint',
  'history.named': 'Checkpoint “{{label}}” kept.',
  'history.preview.heading': 'The board at {{time}}',
  'history.preview.hint': 'A read-only view of this checkpoint. The board itself has not changed.',
  'history.preview.loading': 'Loading the checkpoint…',

  'rename.open': 'Rename',
  'rename.heading': 'Rename the board',
  'rename.label': 'Title of the board',
  'rename.save': 'Rename',
  'rename.done': 'The board is now called “{{title}}”.',

  'read.badge': 'Archived: read only',
  'read.intro':
    'This board was archived. You can look through it and download it; nobody can change it.',
  'read.session': 'The session',
  'read.dates': '{{start}} to {{end}}',
  'read.noDates': 'No dates were recorded.',
  'read.archivedOn': 'Archived on {{date}}.',
  'read.people_one': '{{count}} person took part.',
  'read.people_other': '{{count}} people took part.',
  'read.noPeople': 'Nobody’s way of taking part was recorded.',
  'read.byGroup': 'By way of taking part',
  'read.stages': 'Stages and frames',
  'read.noStages': 'This board has no stages or frames.',
  'read.board': 'The board',
  'read.views': 'Tables',
  'read.downloads': 'Downloads',
}
