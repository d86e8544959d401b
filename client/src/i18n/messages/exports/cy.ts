import type { exportsEn } from './en'

/** Welsh for exports/en.ts. */
export const exportsCy: Record<keyof typeof exportsEn, string> = {
  'exports.files.heading': 'Tablau a data',
  'exports.ratings': 'Lawrlwytho Sgoriau (CSV)',
  'exports.votes': 'Lawrlwytho Canlyniadau pleidleisio (CSV)',
  'exports.record.heading': 'Cofnod y sesiwn',
  'exports.record.body':
    'PDF ar gyfer adroddiadau: pob cam gyda’i lun a’i gardiau, y gofrestr asedau, pobl a chysylltiadau, lleoliadau ar y grid a’r ysgol, a’r sgoriau.',
  'exports.record.download': 'Lawrlwytho cofnod y sesiwn (PDF)',
  'exports.record.progress': 'Cynnydd cofnod y sesiwn',
  'exports.record.making': 'Wrthi’n gwneud cofnod y sesiwn…',
  'exports.record.downloading': 'Wrthi’n lawrlwytho cofnod y sesiwn…',
  'exports.record.done': 'Cofnod y sesiwn wedi’i lawrlwytho.',
  'exports.record.failed': 'Methwyd â gwneud cofnod y sesiwn. Rhowch gynnig arall arni.',
  'exports.record.busy':
    'Mae’r gweinydd yn gwneud cofnodion eraill. Rhowch gynnig arall arni mewn munud.',
  'exports.pictures.heading': 'Lluniau',
  'exports.pictures.area': 'Llun o',
  'exports.pictures.wholeBoard': 'Y bwrdd cyfan',
  'exports.pictures.untitledFrame': 'Ffrâm heb deitl',
  'exports.pictures.png': 'Lawrlwytho PNG',
  'exports.pictures.svg': 'Lawrlwytho SVG',
  'exports.pictures.making': 'Wrthi’n gwneud y llun…',
  'exports.pictures.done': 'Llun wedi’i lawrlwytho: {{name}}',
  'exports.pictures.failed': 'Methwyd â gwneud y llun. Oes unrhyw beth ar y bwrdd?',
  'exports.tldr.heading': 'Ffeil tldraw',
  'exports.tldr.body': 'Agor y bwrdd yn tldraw, neu ddod â llun a wnaed gyda tldraw i mewn.',
  'exports.tldr.download': 'Lawrlwytho ffeil tldraw (.tldr)',
  'exports.tldr.import': 'Mewnforio ffeil .tldr i’r bwrdd hwn',
  'exports.tldr.importing': 'Wrthi’n mewnforio’r ffeil…',
  'exports.tldr.imported': 'Mewnforiwyd {{count}} siâp o {{name}}. Maen nhw wedi’u dewis.',
  'exports.tldr.problem.tooBig':
    'Mae’r ffeil hon yn rhy fawr i’w mewnforio (50 MB ar y mwyaf). Ni newidiwyd dim.',
  'exports.tldr.problem.notTldraw': 'Nid ffeil tldraw yw hon. Ni newidiwyd dim.',
  'exports.tldr.problem.tooNew':
    'Gwnaed y ffeil hon gan fersiwn mwy newydd o tldraw nag y gall y bwrdd hwn ei darllen. Ni newidiwyd dim.',
  'exports.tldr.problem.invalid':
    'Mae’r ffeil tldraw hon wedi’i difrodi neu’n dal siapiau nad yw’r bwrdd hwn yn eu hadnabod. Ni newidiwyd dim.',
  'exports.tldr.problem.tooManyRecords':
    'Mae gormod o siapiau yn y ffeil hon i’w mewnforio ar unwaith. Ni newidiwyd dim.',
  'exports.tldr.problem.empty': 'Does dim siapiau yn y ffeil hon. Ni newidiwyd dim.',
  'exports.tldr.problem.imageUpload': 'Methwyd â lanlwytho delwedd yn y ffeil. Ni newidiwyd dim.',
  'exports.tldr.importNew': 'Mewnforio ffeil .tldr i fwrdd newydd',
  'exports.tldr.creating': 'Wrthi’n gwneud bwrdd newydd ar gyfer y ffeil…',
  'exports.tldr.importedNew':
    'Mae’r ffeil tldraw ar y bwrdd newydd hwn: {{count}} siâp, wedi’u dewis.',
  'exports.tldr.problem.noBoard':
    'Methwyd â gwneud bwrdd newydd. Rhowch gynnig arall arni mewn munud.',
  'exports.tldr.problem.tooBigForNew':
    'Mae’r ffeil hon yn rhy fawr i’w chario i fwrdd newydd. Gwnewch fwrdd yn gyntaf, yna ei mewnforio i’r bwrdd hwnnw.',
}
