/**
 * The words of rating that are new with secret ratings (issue 10), in one place for the
 * message catalogue. Each of these sentences is a promise the server keeps: see
 * PROTOCOL.md R50–R54.
 */
export const RATING_WORDS = {
  yourAnswer: 'Your answer',
  howToRate:
    'Rate each question on your own, from 0 (not at all) to 4 (fully). Nobody else can change your answers. Others see only the totals.',
  observerHint:
    'How the participants rated each question, added up. Nobody sees one person’s answers.',
  loading: 'Reading your answers…',
  saved: 'Saved.',
} as const
