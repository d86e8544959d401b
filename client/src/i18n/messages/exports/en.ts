/**
 * Words of the exports (issue 13: pictures, the session record, tldraw files, more
 * CSVs), spread into messages/en.ts; cy.ts and ar.ts beside this file hold the same keys.
 */
export const exportsEn = {
  'exports.files.heading': 'Tables and data',
  'exports.ratings': 'Download Ratings (CSV)',
  'exports.votes': 'Download Vote results (CSV)',
  'exports.record.heading': 'Session record',
  'exports.record.body':
    'A PDF for reports: each stage with its picture and cards, the asset register, people and connections, grid and ladder placements and the ratings.',
  'exports.record.download': 'Download session record (PDF)',
  'exports.record.progress': 'Progress of the session record',
  'exports.record.making': 'Making the session record…',
  'exports.record.downloading': 'Downloading the session record…',
  'exports.record.done': 'Session record downloaded.',
  'exports.record.failed': 'The session record could not be made. Try again.',
  'exports.record.busy': 'The server is making other session records. Try again in a moment.',
  'exports.pictures.heading': 'Pictures',
  'exports.pictures.area': 'Picture of',
  'exports.pictures.wholeBoard': 'The whole board',
  'exports.pictures.untitledFrame': 'Untitled frame',
  'exports.pictures.png': 'Download PNG',
  'exports.pictures.svg': 'Download SVG',
  'exports.pictures.making': 'Making the picture…',
  'exports.pictures.done': 'Picture downloaded: {{name}}',
  'exports.pictures.failed': 'The picture could not be made. Is there anything on the board?',
  'exports.tldr.heading': 'tldraw file',
  'exports.tldr.body': 'Open the board in tldraw, or bring in a drawing made with tldraw.',
  'exports.tldr.download': 'Download tldraw file (.tldr)',
  'exports.tldr.import': 'Import a .tldr file onto this board',
  'exports.tldr.importing': 'Importing the file…',
  'exports.tldr.imported': 'Imported {{count}} shapes from {{name}}. They are selected.',
  'exports.tldr.problem.tooBig':
    'This file is too big to import (50 MB at most). Nothing was changed.',
  'exports.tldr.problem.notTldraw': 'This is not a tldraw file. Nothing was changed.',
  'exports.tldr.problem.tooNew':
    'This file was made by a newer tldraw than this board can read. Nothing was changed.',
  'exports.tldr.problem.invalid':
    'This tldraw file is damaged or holds shapes this board does not know. Nothing was changed.',
  'exports.tldr.problem.tooManyRecords':
    'This file holds too many shapes to import at once. Nothing was changed.',
  'exports.tldr.problem.empty': 'This file has no shapes in it. Nothing was changed.',
  'exports.tldr.problem.imageUpload':
    'An image in the file could not be uploaded. Nothing was changed.',
  'exports.tldr.importNew': 'Import a .tldr file into a new board',
  'exports.tldr.creating': 'Making a new board for the file…',
  'exports.tldr.importedNew': 'The tldraw file is on this new board: {{count}} shapes, selected.',
  'exports.tldr.problem.noBoard': 'No new board could be made. Try again in a moment.',
  'exports.tldr.problem.tooBigForNew':
    'This file is too big to take to a new board. Make a board first, then import it onto that board.',
}
