import type { joiningEn } from './en'

/** Welsh for joining/en.ts. */
export const joiningCy: Record<keyof typeof joiningEn, string> = {
  'invite.code.heading': 'Cod ymuno',
  'invite.code.body':
    'Dim camera, neu’r cod QR ddim yn sganio? Ar yr hafan, mae pobl yn teipio’r cod hwn yn “Oes gennych ddolen neu god bwrdd?”.',
  'invite.code.label': 'Cod ymuno {{code}}',
  'invite.code.unavailable':
    'Doedd dim modd gwneud cod ymuno ar gyfer y bwrdd hwn. Rhannwch y ddolen neu’r cod QR yn lle hynny.',
  'invite.key.heading': 'Eich dolen hwylusydd: yr allwedd i’r bwrdd hwn',
  'invite.key.body':
    'Gall unrhyw un sydd â’r ddolen hon reoli’r bwrdd: gwahodd pobl, newid dolenni a’i archifo. Cadwch hi’n ddiogel a pheidiwch â’i rhannu. Agorwch hi i redeg y sesiwn o gyfrifiadur arall.',
  'invite.key.show': 'Dangos fy nolen hwylusydd',
  'invite.key.hide': 'Cuddio fy nolen hwylusydd',
  'invite.key.copy': 'Copïo’r ddolen hwylusydd',
  'invite.key.copied': 'Dolen hwylusydd wedi’i chopïo',
  'invite.key.copiedMessage': 'Mae eich dolen hwylusydd wedi’i chopïo. Cadwch hi’n rhywle diogel.',
  'invite.key.download': 'Ei lawrlwytho fel ffeil',
  'invite.key.file':
    'Common Ground: dolen hwylusydd y bwrdd "{{title}}".\nGall unrhyw un sydd â’r ddolen hon reoli’r bwrdd. Cadwch hi’n breifat.\n\n{{link}}\n',
  'invite.address.loopback':
    'Mae’r dolenni hyn yn dechrau gyda {{origin}}, sy’n gweithio ar y cyfrifiadur hwn yn unig: ni all ffonau a chyfrifiaduron eraill eu hagor.',
  'invite.address.useInstead':
    'I wahodd pobl ar yr un rhwydwaith, agorwch y bwrdd yn un o’r cyfeiriadau hyn, yna agorwch Rhannu eto:',
  'invite.address.none':
    'Does gan y cyfrifiadur hwn ddim cyfeiriad rhwydwaith y gall eraill ei gyrraedd. Cysylltwch ef â rhwydwaith y gweithdy.',
  'invite.address.operator':
    'Gall pwy bynnag sy’n rhedeg y gweinydd osod PUBLIC_URL i’r cyfeiriad y dylai pobl ei ddefnyddio.',
  'home.open.lookingUp': 'Wrthi’n chwilio am y cod…',
  'licence.title': 'Mae’r cynfas lluniadu wedi’i ddiffodd ar y cyfeiriad hwn',
  'licence.body':
    'Does gan y gweinydd hwn ddim allwedd trwydded tldraw, ac mae tldraw yn cuddio ei gynfas ar gyfeiriad cyhoeddus hebddi. Mae’r bwrdd yn dal i weithio: mae popeth arno yn y panel, lle gallwch ei ddarllen, ychwanegu ato a’i newid.',
  'licence.operator':
    'I bwy bynnag sy’n rhedeg y gweinydd: mynnwch allwedd trwydded gan tldraw.dev, gosodwch TLDRAW_LICENSE_KEY ac ailgychwyn y gweinydd. Does dim angen ailadeiladu.',
  'licence.openPanel': 'Agor y bwrdd fel testun',
  'outline.tab': 'Amlinelliad',
  'outline.heading': 'Popeth ar y bwrdd',
  'outline.intro':
    'Mae pob ffrâm yn bennawd; oddi tano, yr hyn sydd ynddi, o’r brig i’r gwaelod ac o’r chwith i’r dde.',
  'outline.outside': 'Ddim mewn ffrâm',
  'outline.board': 'Ar y bwrdd',
  'outline.untitledFrame': 'Ffrâm heb enw',
  'outline.emptySection': 'Dim byd yma eto.',
  'outline.emptyNote': '(gwag)',
  'outline.kind.note': 'Nodyn gludiog',
  'outline.kind.text': 'Testun',
  'outline.kind.geo': 'Siâp',
  'outline.kind.asset': 'Cerdyn ased',
  'outline.kind.person': 'Person',
  'outline.kind.arrow': 'Saeth',
  'outline.words': 'Geiriau',
  'outline.moveTo': 'Symud i',
  'outline.move': 'Symud',
  'outline.addNote': 'Ychwanegu nodyn gludiog',
  'outline.noteText': 'Testun y nodyn gludiog newydd yn {{frame}}',
  'outline.added': 'Nodyn gludiog wedi’i ychwanegu at {{frame}}.',
  'outline.saved': 'Wedi’i gadw.',
  'outline.removed': 'Wedi’i dynnu.',
  'outline.moved': 'Wedi’i symud i {{frame}}.',
}
