import type { CatalogueOf } from '@common-ground/shared'
import type { errorsEn } from './en'

/** Welsh words for what went wrong (see en.ts beside this file). */
export const errorsCy: CatalogueOf<typeof errorsEn> = {
  'board.outdated.body':
    'Cafodd y bwrdd hwn ei gadw gan fersiwn mwy newydd o Common Ground. Ail-lwythwch y dudalen i ddal ati i weithio arno.',
  'board.error.unreadable':
    'Doedd dim modd darllen cynnwys y bwrdd hwn, felly does dim modd ei agor.',
  'board.error.migration': 'Doedd dim modd uwchraddio’r bwrdd i’r fersiwn hon ({{reason}}).',

  'command.badCommand': 'Doedd y gweinydd ddim yn gallu darllen y cais hwnnw.',
  'command.readOnly': 'Mae eich dolen yn gadael i chi edrych ar y bwrdd hwn, nid ei newid.',
  'command.noSuchCheck': 'Dydy’r gwiriad hwnnw ddim ar y bwrdd mwyach.',
  'command.storageFailed': 'Doedd y gweinydd ddim yn gallu cadw hynny. Rhowch gynnig arall arni.',
  'command.full': 'Mae’r gwiriad hwn wedi cymryd atebion cymaint o bobl ag y gall.',
  'command.failed': 'Doedd y gweinydd ddim yn gallu gwneud hynny. Rhowch gynnig arall arni.',
  'command.connectionLost': 'Torrodd y cysylltiad cyn i’r gweinydd ateb. Rhowch gynnig arall arni.',
  'command.notConnected': 'Does dim cysylltiad â’r bwrdd, felly doedd dim modd gwneud hyn.',

  'apiError.archived': 'Mae’r bwrdd hwn wedi’i archifo, felly does dim modd ei newid mwyach.',
  'apiError.assetNotFound': 'Dydy’r ffeil honno ddim ar y bwrdd hwn.',
  'apiError.badCode':
    'Mae gan god ymuno 8 llythyren a digid, fel ABCD-EFGH. Gwiriwch ef a rhowch gynnig arall arni.',
  'apiError.badLabel': 'Does dim modd defnyddio’r enw hwnnw. Rhowch enw ar un llinell.',
  'apiError.badRequest':
    'Doedd y gweinydd ddim yn gallu darllen y cais hwnnw. Ail-lwythwch y dudalen a rhowch gynnig arall arni.',
  'apiError.badRole': 'Does dim modd newid y ddolen honno.',
  'apiError.badTemplate': 'Does dim templed o’r fath. Dewiswch un arall.',
  'apiError.badTitle':
    'Does dim modd defnyddio’r teitl hwnnw. Rhowch deitl byrrach ar un llinell i’r bwrdd.',
  'apiError.boardNotFound': 'Dydy’r bwrdd hwn ddim yn bodoli.',
  'apiError.checkpointNotFound': 'Does gan y bwrdd hwn ddim pwynt gwirio o’r fath.',
  'apiError.clientNotBuilt':
    'Dydy tudalennau gwe’r gweinydd hwn ddim wedi’u hadeiladu eto. Dywedwch wrth y person sy’n ei redeg.',
  'apiError.emptyUpload': 'Roedd y ffeil yn wag.',
  'apiError.forbidden': 'Dydy eich dolen ddim yn caniatáu hynny ar y bwrdd hwn.',
  'apiError.internal': 'Cafodd y gweinydd wall annisgwyl. Rhowch gynnig arall arni mewn munud.',
  'apiError.invalidBoardId': 'Dydy cyfeiriad y bwrdd hwnnw ddim yn ddilys.',
  'apiError.noSuchCode':
    'Does gan yr un bwrdd y cod hwnnw. Gwiriwch ef gyda’r hwylusydd: mae cod yn newid pan fydd yn gwneud dolen cyfranogwr newydd.',
  'apiError.notFound': 'Does dim byd yn y cyfeiriad hwnnw.',
  'apiError.tooLarge': 'Mae hynny’n fwy nag y mae’r gweinydd yn ei dderbyn.',
  'apiError.tooManyBoards':
    'Dechreuwyd gormod o fyrddau o’ch rhwydwaith yn y funud ddiwethaf. Arhoswch funud, yna rhowch gynnig arall arni.',
  'apiError.tooManyCheckpoints':
    'Mae’r bwrdd hwn eisoes yn cadw cymaint o bwyntiau gwirio wedi’u henwi ag y gall.',
  'apiError.tooManyCodes':
    'Rhoddwyd cynnig ar ormod o godau yn y funud ddiwethaf. Arhoswch funud, yna rhowch gynnig arall arni.',
  'apiError.unauthorized':
    'Dydy’r ddolen hon ddim yn ddilys ar gyfer y bwrdd hwn. Gofynnwch i’r hwylusydd am ddolen gyfredol.',
  'apiError.unknownExport': 'Does dim lawrlwythiad o’r fath.',
  'apiError.unsupportedType': 'Does dim modd ychwanegu ffeiliau o’r math hwn.',
  'apiError.boardArchived': 'Mae’r bwrdd hwn wedi’i archifo, felly does dim modd ei newid.',
  'apiError.boardTooNew':
    'Cafodd y bwrdd hwn ei gadw gan fersiwn mwy newydd o Common Ground nag sydd ar y gweinydd hwn. Gofynnwch i bwy bynnag sy’n rhedeg y gweinydd ei ddiweddaru.',
  'apiError.checkpointUnreadable':
    'Doedd dim modd darllen y pwynt gwirio hwnnw, felly newidiwyd dim byd.',
  'apiError.recordBusy':
    'Mae’r gweinydd wrthi’n gwneud cofnodion sesiwn eraill. Rhowch gynnig arall arni mewn munud.',
  'command.notFacilitator': 'Dim ond hwylusydd all wneud hynny.',
  'command.noSuchStage': 'Dyw’r cam hwnnw ddim ar y bwrdd bellach.',
  'command.tooManyStages': 'Mae gan y bwrdd hwn gymaint o gamau ag y gall eu dal.',
  'command.noTimer': 'Does dim amserydd i’w newid.',
  'command.noDuration': 'Rhowch hyd i’r amserydd, neu cynlluniwch un ar gyfer y cam.',
  'command.noSuchVote': 'Dyw’r bleidlais honno ddim ar y bwrdd bellach.',
  'command.voteNotOpen': 'Dyw’r bleidlais hon ddim yn derbyn dotiau bellach.',
  'command.noDotsLeft': 'Rydych chi wedi defnyddio’ch holl ddotiau.',
  'command.cardFull': 'Mae gan y cerdyn hwn gymaint o’ch dotiau ag y gall eu cymryd.',
  'command.notInVote': 'Dyw’r cerdyn hwnnw ddim yn rhan o’r bleidlais hon.',
  'command.noCards': 'Does dim cardiau i bleidleisio arnyn nhw yno.',
  'command.noSuchFrame': 'Dyw’r ardal honno ddim ar y bwrdd bellach.',
  'command.notPrivate': 'Dyw’r ardal honno ddim yn y modd preifat.',
  'command.tooManyHidden': 'Rydych chi wedi ychwanegu cymaint o gardiau cudd yma ag y gallwch.',
}
