import type { UiCatalogue } from './en'
import { exportsCy } from './exports/cy'
import { errorsCy } from './errors/cy'
import { joiningCy } from './joining/cy'
import { sessionCy } from './session/cy'
import { votingCy } from './voting/cy'
import { historyCy } from './history/cy'

/** Common Ground's UI words in Welsh (Cymraeg). Same keys as en.ts. */
export const cy: UiCatalogue = {
  ...joiningCy,
  ...sessionCy,
  ...votingCy,
  ...historyCy,
  ...exportsCy,
  ...errorsCy,
  'language.label': 'Iaith',

  'common.cancel': 'Canslo',
  'common.close': 'Cau',
  'common.save': 'Cadw',
  'common.tryAgain': 'Rhoi cynnig arall arni',
  'common.goHome': 'Mynd i’r hafan',
  'common.working': 'Wrthi’n gweithio…',
  'common.choose': 'Dewiswch…',
  'common.none': 'dim',
  'common.edit': 'Golygu',
  'common.remove': 'Tynnu',
  'common.actions': 'Gweithredoedd',
  'common.untitled': 'Heb deitl',
  'common.someone': 'Rhywun',
  'common.ok': 'Iawn',
  'common.dismiss': 'Cau’r neges',
  'common.viewOnly': 'Gweld yn unig',
  'common.archived': 'Wedi’i archifo',
  'common.listPair': '{{first}} a {{last}}',
  'common.listMore_zero': '{{first}} a {{count}} arall',
  'common.listMore_one': '{{first}} ac {{count}} arall',
  'common.listMore_two': '{{first}} a {{count}} arall',
  'common.listMore_few': '{{first}} a {{count}} arall',
  'common.listMore_many': '{{first}} a {{count}} arall',
  'common.listMore_other': '{{first}} a {{count}} arall',

  'page.invalidBoard.title': 'Nid yw cyfeiriad y bwrdd hwn yn gywir',
  'page.invalidBoard.body':
    'Nid yw’r ddolen a ddilynoch yn arwain at fwrdd. Efallai iddi gael ei thorri’n fyr neu ei newid wrth ei chopïo. Gofynnwch i’r person a’i rhannodd ei hanfon eto.',
  'page.notFound.title': 'Heb ddod o hyd i’r dudalen',
  'page.notFound.body': 'Does dim byd yn y cyfeiriad hwn.',

  'home.lead': 'Mapiwch asedau, rhwydweithiau a rolau cyd-gynhyrchu gyda’ch gilydd.',
  'home.about':
    'Bwrdd a rennir ar gyfer gweithdai lle mae gweithwyr proffesiynol a’r bobl sy’n defnyddio gwasanaeth yn ei gynllunio a’i ddarparu fel cydraddolion. Does dim angen cyfrif ar neb: dechreuwch fwrdd, rhannwch ei ddolen, ac mae pawb yn ychwanegu ato ar yr un pryd, o liniadur neu ffôn.',
  'home.new.titleLabel': 'Am beth mae’r sesiwn hon?',
  'home.new.titleHint': 'Teitl y bwrdd. Mae pawb sy’n ymuno yn ei weld. Gallwch ei adael yn wag.',
  'home.new.titlePlaceholder': 'Er enghraifft: Cynllunio’r clwb cinio gyda’n gilydd',
  'home.new.defaultTitle': 'Bwrdd heb deitl',
  'home.new.start': 'Dechrau bwrdd newydd',
  'home.new.starting': 'Wrthi’n dechrau’r bwrdd…',
  'home.open.label': 'Oes gennych chi ddolen neu god bwrdd?',
  'home.open.submit': 'Agor y bwrdd',
  'home.open.invalid':
    'Nid yw hynny’n edrych fel dolen neu god bwrdd. Gwiriwch ef a rhowch gynnig arall arni.',
  'home.templates.legend': 'Dechrau o',
  'home.templates.blank': 'Bwrdd gwag',
  'home.templates.blankDescription': 'Cynfas gwag: ychwanegwch yr hyn sydd ei angen arnoch.',
  'home.templates.loading': 'Wrthi’n llwytho’r templedi…',
  'home.templates.failed': 'Methu llwytho’r templedi; gallwch ddechrau bwrdd gwag o hyd.',

  'access.opening': 'Wrthi’n agor y bwrdd…',
  'access.boardTitle': 'Bwrdd {{id}}',
  'access.needsLink.title': 'Mae angen dolen arnoch i ymuno â’r bwrdd hwn',
  'access.needsLink.body': 'Gofynnwch i’r hwylusydd am y ddolen i gyfranogwyr.',
  'access.needsLink.detail':
    'Os oedd gennych ddolen o’r blaen, efallai bod un newydd wedi cymryd ei lle, neu fod y porwr hwn wedi’i hanghofio.',
  'access.refused.title': 'Nid yw’r ddolen hon yn gweithio',
  'access.refused.body': 'Gofynnwch i’r hwylusydd am y ddolen gyfredol i gyfranogwyr.',
  'access.notFound.title': 'Nid yw’r bwrdd hwn yn bodoli',
  'access.notFound.body':
    'Does dim bwrdd yn y cyfeiriad hwn. Efallai i’r ddolen gael ei newid wrth ei chopïo. Gofynnwch i’r person a’i rhannodd ei hanfon eto.',
  'access.failed.title': 'Methu agor y bwrdd',
  'access.incompleteLink':
    'Nid yw’r ddolen hon yn gyflawn. Efallai iddi gael ei thorri’n fyr wrth ei chopïo. Gofynnwch amdani eto.',

  'api.offline':
    'Methu cyrraedd y gweinydd. Gwiriwch eich cysylltiad â’r rhyngrwyd a rhowch gynnig arall arni.',
  'api.unexpected':
    'Rhoddodd y gweinydd ateb nad oedd y dudalen hon yn ei ddeall. Rhowch gynnig arall arni.',
  'api.status401': 'Mae angen dolen arnoch i ymuno â’r bwrdd hwn.',
  'api.status403': 'Nid yw eich dolen yn caniatáu hynny ar y bwrdd hwn.',
  'api.status404': 'Nid yw’r bwrdd hwn yn bodoli.',
  'api.status429': 'Gormod o geisiadau mewn amser byr. Arhoswch funud a rhowch gynnig arall arni.',
  'api.status5xx': 'Cafodd y gweinydd broblem. Rhowch gynnig arall arni mewn munud.',
  'api.other': 'Ni weithiodd hynny. Rhowch gynnig arall arni.',

  'board.outdated.title': 'Mae angen ail-lwytho’r dudalen hon',
  'board.outdated.reload': 'Ail-lwytho',
  'board.error.title': 'Methu agor y bwrdd',
  'board.region': 'Bwrdd',

  'close.AwarenessFlood': 'Cyhoeddwyd gormod o bobl mewn un neges.',
  'close.TooManyBoardRequests': 'Gofynnwyd am y bwrdd yn rhy aml; yn ailgysylltu cyn bo hir.',
  'close.Locked':
    'Dim ond hwylusydd all gloi, datgloi, symud neu newid rhannau sydd wedi’u cloi. Cafodd eich newid ei ddadwneud.',
  'close.NotYours':
    'Dim ond eich atebion eich hun a’ch cerdyn person eich hun y gallwch eu newid. Cafodd eich newid ei ddadwneud.',
  'close.ServerOnly':
    'Y gweinydd sy’n cadw’r rhan honno o’r bwrdd. Cafodd eich newid ei ddadwneud; yn ail-lwytho.',
  'close.Normal': 'Cysylltiad wedi cau.',
  'close.GoingAway':
    'Mae’r gweinydd yn ailgychwyn. Mae eich newidiadau’n cael eu cadw; wrthi’n ailgysylltu.',
  'close.MessageTooBig': 'Roedd neges yn fwy nag y mae’r gweinydd yn ei dderbyn.',
  'close.InternalError': 'Cafodd y gweinydd wall annisgwyl.',
  'close.UnknownMessage': 'Cafodd y gweinydd fath o neges nad yw’n ei adnabod.',
  'close.MalformedMessage': 'Cafodd y gweinydd neges nad oedd yn gallu ei darllen.',
  'close.InvalidBoardId': 'Nid yw cyfeiriad y bwrdd hwnnw’n ddilys.',
  'close.Forbidden': 'Does dim hawl gennych i wneud hynny ar y bwrdd hwn.',
  'close.BoardNotFound': 'Nid yw’r bwrdd hwn yn bodoli.',
  'close.SlowConsumer': 'Aeth y cysylltiad yn rhy bell ar ei hôl hi; wrthi’n ailgysylltu.',
  'close.StorageFailure': 'Methodd y gweinydd â chadw newid. Wrthi’n ail-lwytho’r bwrdd.',
  'close.InvalidRecord': 'Methu cadw newid am nad oedd yn ddilys.',
  'close.LinkRotated':
    'Mae’r hwylusydd wedi rhoi dolen newydd yn lle’r un hon. Gofynnwch iddyn nhw am yr un newydd.',
  'close.BoardArchived':
    'Mae’r bwrdd wedi’i archifo ac yn ddarllen-yn-unig bellach. Wrthi’n ail-lwytho.',
  'close.BoardTooLarge':
    'Mae’r bwrdd hwn wedi cyrraedd ei derfyn maint, felly ni chafodd y newid ei gadw.',
  'close.RoomFull':
    'Mae cymaint o bobl ar y bwrdd hwn ag y gall ei gymryd. Rhowch gynnig arall arni yn nes ymlaen.',
  'close.ServerBusy':
    'Mae gan y gweinydd ormod o fyrddau ar agor. Rhowch gynnig arall arni mewn munud.',
  'close.HandshakeTimeout': 'Ni ddechreuodd y cysylltiad mewn pryd; wrthi’n ailgysylltu.',
  'close.RateLimited': 'Gormod o negeseuon mewn amser byr; wrthi’n ailgysylltu.',
  'close.Unauthorized': 'Nid yw’r ddolen hon yn ddilys ar gyfer y bwrdd hwn.',

  'offline.droppedReadOnly':
    'Methu cadw’r newidiadau a wnaed yma tra oeddech all-lein: nid oes modd newid y bwrdd hwn o’r ddolen hon mwyach.',
  'connection.connecting': 'Wrthi’n cysylltu…',
  'connection.live': 'Byw',
  'connection.offline': 'All-lein — mae eich newidiadau’n cael eu cadw a byddan nhw’n cysoni',
  'connection.pending_zero': 'Dim newidiadau’n aros i’w hanfon',
  'connection.pending_one': '{{count}} newid yn aros i’w anfon',
  'connection.pending_two': '{{count}} newid yn aros i’w hanfon',
  'connection.pending_few': '{{count}} newid yn aros i’w hanfon',
  'connection.pending_many': '{{count}} newid yn aros i’w hanfon',
  'connection.pending_other': '{{count}} newid yn aros i’w hanfon',

  'topBar.views': 'Golygon',
  'topBar.people': 'Pobl ({{count}})',
  'topBar.share': 'Rhannu',
  'topBar.changeUser': '{{name}}: newid enw neu liw',

  'join.title': 'Ymuno â’r bwrdd',
  'join.viewOnly':
    'Mae eich dolen yn gadael i chi wylio’r bwrdd hwn wrth iddo newid. Gallwch weld popeth, ond nid ei newid.',
  'join.intro':
    'Rydych ar fin ymuno â bwrdd a rennir. Gall pawb yma ei weld a’i newid, ac mae syniadau pawb yn cyfrif yr un fath.',
  'join.submit': 'Ymuno â’r bwrdd',
  'join.remembered':
    'Mae eich atebion yn cael eu cofio ar y ddyfais hon yn unig. Gallwch eu newid yn nes ymlaen.',
  'join.name': 'Eich enw',
  'join.nameHint': 'Mae eraill ar y bwrdd yn ei weld wrth ymyl eich pwyntydd.',
  'join.nameMissing': 'Teipiwch eich enw, er mwyn i eraill wybod pwy sydd yma.',
  'join.nameTooLong': 'Defnyddiwch {{max}} nod ar y mwyaf.',
  'join.colour': 'Eich lliw',
  'join.changeTitle': 'Newid enw neu liw',
  'join.takesPart.legend': 'Sut ydych chi’n cymryd rhan? (dewisol)',
  'join.takesPart.hint': 'Mae eraill yn gweld hyn wrth ymyl eich enw yn y rhestr o bobl.',
  'join.takesPart.not-said': 'Gwell gennyf beidio â dweud',

  'colour.#000eff': 'Glas',
  'colour.#e02506': 'Coch',
  'colour.#596662': 'Llwyd',
  'colour.#7e197f': 'Eirinen',
  'colour.#6700bb': 'Fioled',
  'colour.#1f2937': 'Siarcol',
  'colour.#9f141e': 'Marŵn',
  'colour.#0079c6': 'Glas golau',

  'people.listSeparator': ', ',
  'people.heading': 'Pobl ar y bwrdd hwn ({{count}})',
  'people.you': '(chi)',
  'people.joined': 'Mae {{names}} wedi ymuno â’r bwrdd.',
  'people.left': 'Mae {{names}} wedi gadael y bwrdd.',

  'notice.copyFailed': 'Ni weithiodd copïo yma. Dewiswch y ddolen a’i chopïo: {{text}}',

  'share.title': 'Gwahodd pobl',
  'share.loading': 'Wrthi’n nôl y dolenni…',
  'share.participants': 'Cyfranogwyr',
  'share.participantsBody': 'Gall unrhyw un sydd â’r ddolen hon ymuno ac ychwanegu at y bwrdd.',
  'share.copyParticipant': 'Copïo’r ddolen i gyfranogwyr',
  'share.participantCopied': 'Dolen i gyfranogwyr wedi’i chopïo',
  'share.participantCopiedMessage':
    'Mae’r ddolen i gyfranogwyr wedi’i chopïo. Gludwch hi i wahodd pobl.',
  'share.rotateParticipant': 'Gwneud dolen newydd i gyfranogwyr',
  'share.rotateParticipantQuestion':
    'Bydd pobl a ymunodd â’r ddolen gyfredol i gyfranogwyr yn cael eu datgysylltu a bydd angen y ddolen newydd arnyn nhw. Gwneud un newydd?',
  'share.rotateConfirm': 'Ie, gwneud dolen newydd',
  'share.qrLabel': 'Cod QR y ddolen i gyfranogwyr. Sganiwch ef gyda chamera ffôn i ymuno.',
  'share.qrCaption':
    'Dangoswch hwn ar y taflunydd: mae pobl yn ei sganio gyda chamera eu ffôn i ymuno.',
  'share.observers': 'Arsylwyr (gweld yn unig)',
  'share.observersBody':
    'Mae pobl sydd â’r ddolen hon yn gweld y bwrdd wrth iddo newid, ond ni allan nhw ei newid.',
  'share.copyObserver': 'Copïo’r ddolen i arsylwyr',
  'share.observerCopied': 'Dolen i arsylwyr wedi’i chopïo',
  'share.observerCopiedMessage':
    'Mae’r ddolen i arsylwyr wedi’i chopïo. Gludwch hi i adael i bobl wylio.',
  'share.rotateObserver': 'Gwneud dolen newydd i arsylwyr',
  'share.rotateObserverQuestion':
    'Bydd pobl sy’n gwylio gyda’r ddolen gyfredol i arsylwyr yn cael eu datgysylltu a bydd angen y ddolen newydd arnyn nhw. Gwneud un newydd?',
  'share.rotatedParticipant':
    'Mae dolen newydd i gyfranogwyr yn barod. Nid yw’r hen un yn gweithio mwyach: anfonwch yr un newydd at unrhyw un sydd ei hangen o hyd.',
  'share.rotatedObserver':
    'Mae dolen newydd i arsylwyr yn barod. Nid yw’r hen un yn gweithio mwyach: anfonwch yr un newydd at unrhyw un sydd ei hangen o hyd.',
  'share.archiveHeading': 'Pan fydd y sesiwn drosodd',
  'share.archivedBody': 'Mae’r bwrdd wedi’i archifo: gall pawb ei weld, ond ni all neb ei newid.',
  'share.archiveBody':
    'Mae archifo’n cadw’r bwrdd fel cofnod o’r sesiwn. Gall pawb ei weld o hyd, ond ni all neb ei newid. Gallwch ddadwneud hyn.',
  'share.archive': 'Archifo’r bwrdd',
  'share.unarchive': 'Dad-archifo’r bwrdd',
  'share.archiveQuestion':
    'Archifo’r bwrdd? Bydd yn ddarllen-yn-unig i bawb, gan eich cynnwys chi.',
  'share.unarchiveQuestion': 'Agor y bwrdd i newidiadau eto, i bawb sydd â dolen i gyfranogwyr?',
  'share.archiveConfirm': 'Ie, archifo',
  'share.unarchiveConfirm': 'Ie, dad-archifo',
  'share.nowArchived':
    'Mae’r bwrdd wedi’i archifo: gall pawb ei weld o hyd, ond ni all neb ei newid.',
  'share.nowOpen': 'Mae’r bwrdd ar agor eto: gall pobl sydd â dolen i gyfranogwyr ei newid.',

  'add.group': 'Ychwanegu at y bwrdd',
  'add.asset': 'Ased',
  'add.person': 'Person',
  'add.me': 'Fi',
  'add.findMe': 'Dod o hyd i mi',
  'add.assetTitle': 'Ychwanegu ased',
  'add.assetLegend': 'Beth yw’r ased?',
  'add.assetSubmit': 'Ychwanegu ased',
  'add.personTitle': 'Ychwanegu person neu grŵp',
  'add.personLegend': 'Pwy ydyn nhw?',
  'add.personSubmit': 'Ychwanegu person',

  'relationPicker.label': 'Y cysylltiad hwn:',

  'upload.unreachable':
    'Methu ychwanegu {{file}} am nad oes modd cyrraedd y gweinydd. Gwiriwch y cysylltiad a rhowch gynnig arall arni.',
  'upload.refusedWithReason': 'Methu ychwanegu {{file}}: {{reason}}',
  'upload.tooLargeForServer': 'Mae {{file}} yn rhy fawr i’r gweinydd ei dderbyn.',
  'upload.refused': 'Methu ychwanegu {{file}}: gwrthododd y gweinydd ef (gwall {{status}}).',
  'upload.unreadable': 'Methu ychwanegu {{file}}: nid oedd modd darllen ateb y gweinydd.',
  'upload.wrongType': 'Does dim modd ychwanegu {{file}}. Gallwch ychwanegu ffeiliau {{types}}.',
  'upload.tooLarge':
    'Mae {{file}} yn rhy fawr i’w ychwanegu ({{size}}). Gall ffeiliau fod hyd at {{max}}.',
  'upload.or': '{{first}} neu {{last}}',
  'upload.thisFile': 'Y ffeil hon',

  'panel.heading': 'Golygon y bwrdd',
  'panel.closeViewsHidden': ' golygon y bwrdd',
  'panel.tab.assets': 'Asedau',
  'panel.tab.people': 'Pobl a chysylltiadau',
  'panel.tab.placement': 'Grid ac ysgol',
  'panel.tab.six': 'Chwe elfen',
  'panel.tab.export': 'Allforio',

  'form.title': 'Teitl',
  'form.kind': 'Math',
  'form.heldBy': 'Gan bwy',
  'form.description': 'Disgrifiad (dewisol)',
  'form.assetMissing': 'Rhowch deitl i’r ased.',
  'form.name': 'Enw',
  'form.takesPartAs': 'Yn cymryd rhan fel',
  'form.organisation': 'Sefydliad (dewisol)',
  'form.personMissing': 'Teipiwch enw (neu enw grŵp).',

  'assets.show': 'Dangos',
  'assets.allKinds': 'Pob math',
  'assets.caption': 'Asedau ({{count}})',
  'assets.captionFiltered': 'Asedau ({{count}} o {{total}})',
  'assets.column.title': 'Teitl',
  'assets.column.kind': 'Math',
  'assets.column.heldBy': 'Gan bwy',
  'assets.column.addedBy': 'Ychwanegwyd gan',
  'assets.column.place': 'Lle',
  'assets.empty': 'Dim asedau eto.',
  'assets.untitled': 'Ased heb deitl',
  'assets.edit': 'Golygu’r ased “{{title}}”',
  'assets.save': 'Cadw’r ased',
  'assets.remove': 'Tynnu’r ased hwn',
  'assets.added': 'Ychwanegwyd yr ased “{{title}}” at y bwrdd.',
  'assets.saved': 'Cadwyd yr ased “{{title}}”.',
  'assets.removed': 'Tynnwyd yr ased “{{title}}” o’r bwrdd.',
  'sort.ascending': ', trefnu’n esgynnol',
  'sort.descending': ', trefnu’n ddisgynnol',

  'peopleView.addMyself': 'Ychwanegu fy hun at y map',
  'peopleView.youAdded': 'Rydych chi ({{name}}) ar y map.',
  'peopleView.youAreOn': 'Rydych chi ar y map fel “{{label}}”.',
  'peopleView.addLegend': 'Ychwanegu person neu grŵp',
  'peopleView.added': 'Ychwanegwyd “{{label}}” at y bwrdd.',
  'peopleView.caption': 'Pobl ar y map ({{count}})',
  'peopleView.column.name': 'Enw',
  'peopleView.column.takesPartAs': 'Yn cymryd rhan fel',
  'peopleView.column.organisation': 'Sefydliad',
  'peopleView.column.connections': 'Cysylltiadau',
  'peopleView.empty': 'Neb ar y map eto.',
  'peopleView.isolated': 'Ynysig',
  'peopleView.edit': 'Golygu “{{label}}”',
  'peopleView.save': 'Cadw’r person',
  'peopleView.saved': 'Cadwyd “{{label}}”.',
  'peopleView.removed': 'Tynnwyd “{{label}}” o’r bwrdd.',
  'peopleView.remove': 'Tynnu’r person hwn',
  'peopleView.counts': 'Sut mae pobl yn cymryd rhan',
  'peopleView.countsPeople': 'Pobl',

  'connections.heading': 'Cysylltiadau ({{count}})',
  'connections.caption': 'Cysylltiadau',
  'connections.addLegend': 'Ychwanegu cysylltiad',
  'connections.needTwo': 'Ychwanegwch o leiaf ddau berson neu ased i’w cysylltu.',
  'connections.from': 'O',
  'connections.to': 'At',
  'connections.relation': 'Perthynas',
  'connections.submit': 'Ychwanegu cysylltiad',
  'connections.chooseTwo': 'Dewiswch ddau berson neu ased gwahanol i’w cysylltu.',
  'connections.added': 'Ychwanegwyd cysylltiad: {{from}} {{relation}} {{to}}.',
  'connections.removed': 'Tynnwyd y cysylltiad.',
  'connections.empty':
    'Dim cysylltiadau eto. Tynnwch saeth o un cerdyn i un arall, neu ychwanegwch un yma.',
  'connections.notSaid': 'heb ddweud',
  'connections.relationOf': 'Perthynas: {{from}} at {{to}}',
  'connections.removeNamed': 'cysylltiad {{from}} at {{to}}',
  'connections.personEnd': '{{label}} (person)',
  'connections.assetEnd': '{{label}} (ased)',
  'connections.text': '{{from}} {{relation}} {{to}}',

  'placement.hint':
    'Llusgwch gerdyn ar sgwâr o’r grid cyd-gynhyrchu neu ar ris o’r ysgol i’w osod.',
  'placement.grid': 'Grid cyd-gynhyrchu',
  'placement.ladder': 'Ysgol cyfranogiad',
  'placement.cell': 'Sgwâr',
  'placement.rung': 'Gris',
  'placement.cards': 'Cardiau',
  'placement.notPlaced': 'Heb eu gosod eto:',
  'placement.onGrid': 'Grid: {{cell}}',
  'placement.onLadder': 'Ysgol: {{rung}}',
  'placement.emptyCell': 'sgwâr gwag (dim)',
  'placement.rungInBand': '{{rung}} ({{band}})',

  'six.none':
    'Does dim gwiriad “{{title}}” ar y bwrdd hwn. Dechreuwch fwrdd o’r templed “Ydy’ch gwasanaeth wedi’i gyd-gynhyrchu?” neu “Gweithdy llawn” i ddefnyddio un.',
  'six.check': 'Gwiriad {{number}}',
  'six.hintReadOnly':
    'Sut sgoriodd y cyfranogwyr bob cwestiwn, wedi’u hadio. Does neb yn gweld atebion un person.',
  'six.hint':
    'Sgoriwch bob cwestiwn ar eich pen eich hun, o 0 (dim o gwbl) i 4 (yn llawn). All neb arall newid eich atebion. Dim ond y cyfansymiau mae eraill yn eu gweld.',
  'six.raters_zero': 'Does neb wedi sgorio eto.',
  'six.raters_one': 'Mae {{count}} person wedi sgorio hyd yn hyn.',
  'six.raters_two': 'Mae {{count}} berson wedi sgorio hyd yn hyn.',
  'six.raters_few': 'Mae {{count}} pherson wedi sgorio hyd yn hyn.',
  'six.raters_many': 'Mae {{count}} pherson wedi sgorio hyd yn hyn.',
  'six.raters_other': 'Mae {{count}} o bobl wedi sgorio hyd yn hyn.',
  'six.everyone': 'Pawb: {{summary}}',
  'six.canvasHint':
    'Sgoriwch bob cwestiwn o 0 (dim o gwbl) i 4 (yn llawn) gyda’r botymau oddi tano, neu yn Golygon y bwrdd → Chwe elfen. Dim ond y cyfansymiau mae eraill yn eu gweld.',
  'six.canvasRaters_zero': 'Does neb wedi sgorio.',
  'six.canvasRaters_one': 'Mae {{count}} person wedi sgorio.',
  'six.canvasRaters_two': 'Mae {{count}} berson wedi sgorio.',
  'six.canvasRaters_few': 'Mae {{count}} pherson wedi sgorio.',
  'six.canvasRaters_many': 'Mae {{count}} pherson wedi sgorio.',
  'six.canvasRaters_other': 'Mae {{count}} o bobl wedi sgorio.',
  'six.yourAnswer': 'Eich ateb',
  'six.loading': 'Yn darllen eich atebion…',
  'six.aria': '{{title}} Sgoriwch bob cwestiwn ym mhanel y bwrdd, o dan Chwe elfen.',

  'export.intro':
    'Lawrlwythwch yr hyn sydd ar y bwrdd, ar gyfer adroddiad neu archif. Mae ffeiliau CSV yn agor mewn unrhyw daenlen; mae’r ffeil JSON yn dal y bwrdd cyfan.',
  'export.assets': 'Lawrlwytho Asedau (CSV)',
  'export.people': 'Lawrlwytho Pobl (CSV)',
  'export.connections': 'Lawrlwytho Cysylltiadau (CSV)',
  'export.board': 'Lawrlwytho’r Bwrdd cyfan (JSON)',

  'shape.asset.aria': 'Cerdyn ased: {{title}} ({{kind}})',
  'shape.asset.ariaHeld': 'Cerdyn ased: {{title}} ({{kind}}, gan {{heldBy}})',
  'shape.asset.untitled': 'heb deitl',
  'shape.asset.heldBy': 'Gan {{name}}',
  'shape.person.aria': 'Person: {{label}}, {{role}}',
  'shape.person.unnamed': 'dienw',
  'shape.grid.aria': 'Grid cyd-gynhyrchu',
  'shape.grid.ariaNamed': 'Grid cyd-gynhyrchu: {{label}}',
  'shape.ladder.aria': 'Ysgol cyfranogiad',
  'shape.ladder.ariaNamed': 'Ysgol cyfranogiad: {{label}}',
}
