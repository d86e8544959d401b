import type { CatalogueOf } from '@common-ground/shared'
import type { historyEn } from './en'

/** Issue 13's words in Welsh (see en.ts). */
export const historyCy: CatalogueOf<typeof historyEn> = {
  'close.BoardTooNew':
    'Cafodd y bwrdd hwn ei gadw gan fersiwn mwy newydd o Common Ground. Gofynnwch i bwy bynnag sy’n rhedeg y gweinydd hwn ei ddiweddaru.',

  'history.open': 'Hanes',
  'history.heading': 'Hanes y bwrdd hwn',
  'history.intro':
    'Mae pwyntiau gwirio yn cadw’r bwrdd fel yr oedd: bob 10 munud o waith, ym mhob cam, pan gaiff y bwrdd ei archifo, a phan fydd hwylusydd yn enwi un.',
  'history.loading': 'Wrthi’n llwytho’r pwyntiau gwirio…',
  'history.empty': 'Dim pwyntiau gwirio eto. Caiff un ei gadw ar ôl 10 munud o waith ar y bwrdd.',
  'history.listLabel': 'Pwyntiau gwirio, y mwyaf diweddar yn gyntaf',
  'history.kind.automatic': 'Awtomatig',
  'history.kind.named': 'Wedi’i enwi',
  'history.kind.archive': 'Wrth archifo',
  'history.kind.stage': 'Cam newydd',
  'history.kind.restore': 'Cyn adfer',
  'history.cards_zero': '{{count}} cerdyn',
  'history.cards_one': '{{count}} cerdyn',
  'history.cards_two': '{{count}} gerdyn',
  'history.cards_few': '{{count}} cherdyn',
  'history.cards_many': '{{count}} cherdyn',
  'history.cards_other': '{{count}} cerdyn',
  'history.preview': 'Rhagolwg',
  'history.previewLabel': 'Rhagolwg o bwynt gwirio {{time}}',
  'history.restore': 'Adfer',
  'history.restoreLabel': 'Adfer pwynt gwirio {{time}}',
  'history.restoreConfirm':
    'Rhoi’r bwrdd yn ôl fel yr oedd am {{time}}? Bydd pawb ar y bwrdd yn ei weld ar unwaith. Caiff y bwrdd fel y mae nawr ei gadw fel pwynt gwirio, felly gallwch ddadwneud hyn drwy adfer hwnnw.',
  'history.restoreYes': 'Ie, adfer',
  'history.restored':
    'Mae’r bwrdd yn ôl fel yr oedd am {{time}}. I ddadwneud, adferwch y pwynt gwirio “Cyn adfer”.',
  'history.name.label': 'Enwi pwynt gwirio o’r bwrdd nawr',
  'history.name.hint': 'Er enghraifft “Cyn pleidleisio”.',
  'history.name.submit': 'Cadw pwynt gwirio',
  'history.named': 'Cadwyd y pwynt gwirio “{{label}}”.',
  'history.preview.heading': 'Y bwrdd am {{time}}',
  'history.preview.hint':
    'Golwg darllen yn unig ar y pwynt gwirio hwn. Nid yw’r bwrdd ei hun wedi newid.',
  'history.preview.loading': 'Wrthi’n llwytho’r pwynt gwirio…',

  'rename.open': 'Ailenwi',
  'rename.heading': 'Ailenwi’r bwrdd',
  'rename.label': 'Teitl y bwrdd',
  'rename.save': 'Ailenwi',
  'rename.done': 'Enw’r bwrdd nawr yw “{{title}}”.',

  'read.badge': 'Wedi’i archifo: darllen yn unig',
  'read.intro':
    'Cafodd y bwrdd hwn ei archifo. Gallwch edrych drwyddo a’i lawrlwytho; ni all neb ei newid.',
  'read.session': 'Y sesiwn',
  'read.dates': '{{start}} hyd {{end}}',
  'read.noDates': 'Ni chofnodwyd unrhyw ddyddiadau.',
  'read.archivedOn': 'Archifwyd ar {{date}}.',
  'read.people_zero': 'Ni chymerodd neb ran.',
  'read.people_one': 'Cymerodd {{count}} person ran.',
  'read.people_two': 'Cymerodd {{count}} berson ran.',
  'read.people_few': 'Cymerodd {{count}} pherson ran.',
  'read.people_many': 'Cymerodd {{count}} pherson ran.',
  'read.people_other': 'Cymerodd {{count}} person ran.',
  'read.noPeople': 'Ni chofnodwyd sut y cymerodd neb ran.',
  'read.byGroup': 'Yn ôl y ffordd o gymryd rhan',
  'read.stages': 'Camau a fframiau',
  'read.noStages': 'Nid oes gan y bwrdd hwn gamau na fframiau.',
  'read.board': 'Y bwrdd',
  'read.views': 'Tablau',
  'read.downloads': 'Lawrlwythiadau',
}
