import type { DomainCatalogue } from '../catalogue.js'

/** Domain words in Welsh (Cymraeg). Same keys as en.ts. */
export const cy: DomainCatalogue = {
  'relation.knows': 'yn adnabod',
  'relation.supports': 'yn cefnogi',
  'relation.refers-to': 'yn atgyfeirio at',
  'relation.funds': 'yn ariannu',
  'relation.co-delivers-with': 'yn cyd-ddarparu gyda',
  'relation.learns-from': 'yn dysgu gan',

  'assetKind.skill': 'Sgil',
  'assetKind.time': 'Amser',
  'assetKind.knowledge': 'Gwybodaeth',
  'assetKind.lived-experience': 'Profiad bywyd',
  'assetKind.place': 'Lle',
  'assetKind.organisation': 'Sefydliad',
  'assetKind.resource': 'Adnodd',
  'assetKind.relationship': 'Perthynas',

  'role.professional': 'Gweithiwr proffesiynol',
  'role.service-user': 'Person sy’n defnyddio gwasanaethau',
  'role.family-carer': 'Aelod o’r teulu neu ofalwr',
  'role.community': 'Cymydog neu aelod o’r gymuned',
  'role.organisation': 'Sefydliad neu grŵp',

  'grid.axis.columns': 'Pwy sy’n cynllunio',
  'grid.axis.rows': 'Pwy sy’n darparu',
  'grid.column.professionals-plan': 'Gweithwyr proffesiynol yn unig gynllunwyr y gwasanaeth',
  'grid.column.co-plan': 'Defnyddwyr gwasanaeth/cymuned a gweithwyr proffesiynol yn cyd-gynllunio',
  'grid.column.no-professional-plan': 'Dim mewnbwn proffesiynol i gynllunio’r gwasanaeth',
  'grid.row.professionals-deliver': 'Gweithwyr proffesiynol yn unig ddarparwyr y gwasanaeth',
  'grid.row.co-deliver': 'Gweithwyr proffesiynol/defnyddwyr/cymunedau yn cyd-ddarparu',
  'grid.row.users-deliver': 'Defnyddwyr/cymunedau yn unig ddarparwyr',
  'grid.cell.traditional': 'Darpariaeth gwasanaeth proffesiynol draddodiadol',
  'grid.cell.professional-co-planned':
    'Darpariaeth gwasanaeth proffesiynol, ond gyda defnyddwyr/cymunedau’n rhan o’r cynllunio a’r dylunio',
  'grid.cell.none': '(dim)',
  'grid.cell.user-co-delivery':
    'Defnyddwyr yn cyd-ddarparu gwasanaethau a ddyluniwyd gan weithwyr proffesiynol',
  'grid.cell.full-coproduction':
    'Cyd-gynhyrchu llawn rhwng defnyddwyr, gweithwyr proffesiynol a’r gymuned',
  'grid.cell.community-delivery-little-planning':
    'Defnyddwyr/cymuned yn darparu gwasanaethau heb fawr o gynllunio na dylunio ffurfiol/proffesiynol',
  'grid.cell.community-delivery-professionally-planned':
    'Defnyddwyr/cymuned yn darparu gwasanaethau a gynlluniwyd gan weithwyr proffesiynol',
  'grid.cell.community-delivery-co-planned':
    'Defnyddwyr/cymuned yn darparu gwasanaethau a gyd-gynlluniwyd neu a gyd-ddyluniwyd',
  'grid.cell.self-organised': 'Darpariaeth gymunedol hunan-drefnus',

  'ladder.band.doing-to': 'Gwneud i',
  'ladder.band.doing-for': 'Gwneud ar ran',
  'ladder.band.doing-with': 'Gwneud gyda',
  'ladder.rung.coercion': 'Gorfodi',
  'ladder.rung.educating': 'Addysgu',
  'ladder.rung.informing': 'Hysbysu',
  'ladder.rung.consultation': 'Ymgynghori',
  'ladder.rung.engagement': 'Ymgysylltu',
  'ladder.rung.co-design': 'Cyd-ddylunio',
  'ladder.rung.co-production': 'Cyd-gynhyrchu',

  'sixElements.title': 'Ydy’ch gwasanaeth wedi’i gyd-gynhyrchu?',
  'sixElements.asset-based.title': 'Dull sy’n seiliedig ar asedau',
  'sixElements.asset-based.question':
    'ydy’r gwasanaeth yn cydnabod ac yn dathlu asedau defnyddwyr a’r gymuned, yn hytrach na chanolbwyntio ar ddiffygion?',
  'sixElements.capabilities.title': 'Gweithio ar alluoedd',
  'sixElements.capabilities.question':
    'ydy’r gwasanaeth yn datblygu sgiliau’r rhai sy’n cymryd rhan?',
  'sixElements.mutuality.title': 'Datblygu cydgymorth',
  'sixElements.mutuality.question':
    'ydy’r gwasanaeth yn creu partneriaeth wirioneddol a chyfrifoldeb a rennir rhwng gweithwyr proffesiynol a defnyddwyr?',
  'sixElements.networks.title': 'Tyfu rhwydweithiau',
  'sixElements.networks.question':
    'ydy’r gwasanaeth yn cefnogi, yn cysylltu, yn dysgu ac yn myfyrio gyda phobl heblaw’r rhai arferol, gyda fforymau lle mae defnyddwyr a gweithwyr proffesiynol yn rhannu arbenigedd?',
  'sixElements.blurring-roles.title': 'Pylu rolau',
  'sixElements.blurring-roles.question':
    'ydy gweithwyr proffesiynol a defnyddwyr ill dau’n cael eu gweld yn hanfodol i’r ddarpariaeth?',
  'sixElements.catalysts.title': 'Gweithredu fel catalyddion',
  'sixElements.catalysts.question':
    'ydy gweithwyr proffesiynol yn cael gweithredu fel hyfforddwyr a hwyluswyr?',

  'rating.0': 'Dim o gwbl',
  'rating.1': 'Ychydig',
  'rating.2': 'Yn rhannol',
  'rating.3': 'Gan fwyaf',
  'rating.4': 'Yn llawn',

  'template.asset-map.title': 'Map asedau',
  'template.asset-map.description':
    'Cardiau ar gyfer yr hyn mae pobl yn ei gyfrannu: sgiliau, amser, gwybodaeth, profiad bywyd, lleoedd, sefydliadau, adnoddau a pherthnasoedd.',
  'template.network-map.title': 'Map rhwydwaith',
  'template.network-map.description':
    'Cylchoedd o amgylch un person (fi, agos, cymuned, gwasanaethau) i fapio pwy sy’n adnabod, yn cefnogi, yn atgyfeirio at neu’n ariannu pwy.',
  'template.coproduction-grid.title': 'Grid cyd-gynhyrchu',
  'template.coproduction-grid.description':
    'Pwy sy’n cynllunio gwasanaeth a phwy sy’n ei ddarparu, ar grid nef: ble mae heddiw a ble rydych chi am iddo fod.',
  'template.ladder.title': 'Ysgol cyfranogiad',
  'template.ladder.description':
    'O orfodi i gyd-gynhyrchu: faint o bŵer mae gweithgaredd yn ei rannu.',
  'template.six-elements.title': 'Ydy’ch gwasanaeth wedi’i gyd-gynhyrchu?',
  'template.six-elements.description':
    'Chwe chwestiwn y mae pob person yn eu sgorio ar ei ben ei hun, o 0 (dim o gwbl) i 4 (yn llawn).',
  'template.full-workshop.title': 'Gweithdy llawn',
  'template.full-workshop.description':
    'Y pum gweithgaredd ochr yn ochr, yn y drefn y mae sesiwn fel arfer yn eu cymryd.',

  'section.asset-map.name': 'Ein hasedau',
  'section.asset-map.instructions':
    'Beth sydd gennym ni’n barod? Ychwanegwch gerdyn ar gyfer pob peth mae rhywun yma’n ei gyfrannu: sgil, ychydig o amser, gwybodaeth, profiad bywyd, lle, sefydliad, adnodd neu berthynas. Ysgrifennwch pwy sydd biau fe. Mae pob cerdyn yn cyfrif yr un fath, pwy bynnag a’i hysgrifennodd.',
  'section.network-map.name': 'Ein rhwydwaith',
  'section.network-map.instructions':
    'Rhowch berson neu grŵp yn y cylch canol. Ychwanegwch y bobl sy’n agos atyn nhw yn y cylch nesaf, yna pobl a grwpiau yn y gymuned, yna gwasanaethau. Tynnwch saeth o un person i un arall a dewiswch sut maen nhw’n gysylltiedig: yn adnabod, yn cefnogi, yn atgyfeirio at, yn ariannu, yn cyd-ddarparu gyda neu’n dysgu gan. Chwiliwch am bobl heb lawer o saethau, ac am yr un hen wynebau.',
  'section.network-map.ring.services': 'Gwasanaethau',
  'section.network-map.ring.community': 'Cymuned',
  'section.network-map.ring.close': 'Agos',
  'section.network-map.ring.me': 'Fi',
  'section.coproduction-grid.name': 'Pwy sy’n cynllunio, pwy sy’n darparu',
  'section.coproduction-grid.instructions':
    'Pwy sy’n cynllunio’r gwasanaeth hwn, a phwy sy’n ei ddarparu? Rhowch gerdyn yn y sgwâr sy’n disgrifio sut mae’n gweithio heddiw. Yna rhowch gerdyn arall lle rydych chi am iddo fod, a siaradwch am beth fyddai’n rhaid newid i gyrraedd yno.',
  'section.ladder.name': 'Faint o bŵer sy’n cael ei rannu',
  'section.ladder.instructions':
    'Faint o lais sydd gan bobl yn y gweithgaredd hwn? Rhowch gerdyn ar y gris sy’n disgrifio heddiw, ac un ar y gris rydych chi’n anelu ato. Mae’r grisiau isaf yn gwneud pethau i bobl, a’r rhai canol yn gwneud pethau ar eu rhan; dim ond y ddau uchaf sy’n gwneud gyda nhw.',
  'section.six-elements.name': 'Ydy ein gwasanaeth wedi’i gyd-gynhyrchu?',
  'section.six-elements.instructions':
    'Atebwch bob cwestiwn ar eich pen eich hun, o 0 (dim o gwbl) i 4 (yn llawn). All neb arall newid eich atebion. Yna edrychwch ar yr atebion gyda’ch gilydd: ble rydych chi’n cytuno, a ble ddim?',

  'export.column.kind': 'Math',
  'export.column.heldBy': 'Gan bwy',
  'export.column.addedBy': 'Ychwanegwyd gan',
  'export.column.gridCell': 'Sgwâr y grid',
  'export.column.ladderRung': 'Gris yr ysgol',
  'export.column.takesPartAs': 'Yn cymryd rhan fel',
  'export.column.organisation': 'Sefydliad',
  'export.column.vote': 'Pleidlais',
  'export.column.card': 'Cerdyn',
  'export.column.dots': 'Dotiau',
  'export.column.voters': 'Pleidleiswyr',
  'export.type.asset': 'Ased',
  'export.type.person': 'Person',

  // The ratings and votes CSVs and the session record (server/src/export).
  'export.column.check': 'Gwiriad',
  'export.column.question': 'Cwestiwn',
  'export.column.raters': 'Pobl a roddodd sgôr',
  'record.title': 'Cofnod y sesiwn',
  'record.date': 'Dyddiad',
  'record.duration': 'Hyd',
  'record.durationUnknown': 'Anhysbys: ni welwyd neb ar y bwrdd',
  'record.minutes': '{{minutes}} munud',
  'record.tookPart': 'Pwy gymerodd ran',
  'record.peopleCount': 'Pobl: {{count}}',
  'record.madeOn': 'Gwnaed ar {{date}}',
  'record.frames': 'Camau a fframiau',
  'record.wholeBoard': 'Y bwrdd cyfan',
  'record.untitledFrame': 'Ffrâm heb deitl',
  'record.pictureOf': 'Llun o {{name}}',
  'record.cardsOn': 'Cardiau ar y ffrâm hon',
  'record.noCards': 'Dim cardiau.',
  'record.assets': 'Cofrestr asedau',
  'record.noAssets': 'Dim asedau ar y bwrdd.',
  'record.people': 'Pobl a chysylltiadau',
  'record.noPeople': 'Dim pobl ar y bwrdd.',
  'record.connections': 'Cysylltiadau',
  'record.noConnections': 'Dim cysylltiadau.',
  'record.isolated': 'Heb gysylltiad â neb na dim',
  'record.noneIsolated': 'Mae pawb a phopeth wedi’u cysylltu.',
  'record.placements': 'Lleoliadau ar y grid a’r ysgol',
  'record.noPlacements': 'Dim cardiau ar grid nac ysgol.',
  'record.ratings': 'Y chwe elfen',
  'record.noRatings': 'Does neb wedi rhoi sgôr eto.',
  'record.raters': 'Pobl a roddodd sgôr: {{count}}',
  'record.votes': 'Canlyniadau’r pleidleisiau',
  'record.voters': 'Pobl a bleidleisiodd: {{count}}',
  'record.voiceBalance': 'Cydbwysedd lleisiau',
  'record.voiceBalanceIntro':
    'Cyfraniadau yn ôl sut mae pobl yn cymryd rhan, gyda faint o bobl sydd ym mhob grŵp. Y gweinydd sy’n eu cyfrif o bwy ysgrifennodd bob newid; dim enwau.',
  'record.balanceLine':
    '{{group}}: {{people}} o bobl; {{cards}} cerdyn, {{changes}} newid, {{connections}} cysylltiad, {{dots}} dot, {{ratings}} sgôr',
  'record.voteResult': '{{card}}: {{dots}} dot',
  'record.voteResultNamed': '{{card}}: {{dots}} dot ({{voters}})',
  'record.notSaid': 'Heb ddweud',
}
