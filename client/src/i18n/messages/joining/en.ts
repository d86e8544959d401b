/**
 * Words of issue 15 (join codes, the facilitator's link, addresses, the licence notice,
 * the outline), spread into messages/en.ts; cy.ts and ar.ts beside this file hold the
 * same keys, checked by i18n/catalogue.test.ts like every other message.
 */
export const joiningEn = {
  'invite.code.heading': 'Join code',
  'invite.code.body':
    'No camera, or the QR code will not scan? On the home page, people type this code in “Have a board link or code?”.',
  'invite.code.label': 'Join code {{code}}',
  'invite.code.unavailable':
    'No join code could be made for this board. Share the link or the QR code instead.',
  'invite.key.heading': 'Your facilitator link: the key to this board',
  'invite.key.body':
    'Anyone with this link can manage the board: invite people, replace links and archive it. Keep it safe and do not share it. Open it to run the session from another computer.',
  'invite.key.show': 'Show my facilitator link',
  'invite.key.hide': 'Hide my facilitator link',
  'invite.key.copy': 'Copy facilitator link',
  'invite.key.copied': 'Facilitator link copied',
  'invite.key.copiedMessage': 'Your facilitator link is copied. Keep it somewhere safe.',
  'invite.key.download': 'Download it as a file',
  'invite.key.file':
    'Common Ground: the facilitator link of the board "{{title}}".\nAnyone with this link can manage the board. Keep it private.\n\n{{link}}\n',
  'invite.address.loopback':
    'These links start with {{origin}}, which works only on this computer: phones and other computers cannot open them.',
  'invite.address.useInstead':
    'To invite people on the same network, open the board at one of these addresses, then open Share again:',
  'invite.address.none':
    'This computer has no network address that others can reach. Connect it to the workshop’s network.',
  'invite.address.operator':
    'Whoever runs the server can set PUBLIC_URL to the address people should use.',
  'home.open.lookingUp': 'Looking up the code…',
  'licence.title': 'The drawing canvas is switched off on this address',
  'licence.body':
    'This server has no tldraw licence key, and tldraw hides its canvas on a public address without one. The board still works: everything on it is in the panel, where you can read, add and change it.',
  'licence.operator':
    'For whoever runs the server: get a licence key from tldraw.dev, set TLDRAW_LICENSE_KEY and restart the server. No rebuild is needed.',
  'licence.openPanel': 'Open the board as text',
  'outline.tab': 'Outline',
  'outline.heading': 'Everything on the board',
  'outline.intro':
    'Each frame is a heading; under it, what it holds, from top to bottom and left to right.',
  'outline.outside': 'Not in a frame',
  'outline.board': 'On the board',
  'outline.untitledFrame': 'Frame without a name',
  'outline.emptySection': 'Nothing here yet.',
  'outline.emptyNote': '(empty)',
  'outline.kind.note': 'Sticky note',
  'outline.kind.text': 'Text',
  'outline.kind.geo': 'Shape',
  'outline.kind.asset': 'Asset card',
  'outline.kind.person': 'Person',
  'outline.kind.arrow': 'Arrow',
  'outline.words': 'Words',
  'outline.moveTo': 'Move to',
  'outline.move': 'Move',
  'outline.addNote': 'Add a sticky note',
  'outline.noteText': 'Text of the new sticky note in {{frame}}',
  'outline.added': 'Sticky note added to {{frame}}.',
  'outline.saved': 'Saved.',
  'outline.removed': 'Removed.',
  'outline.moved': 'Moved to {{frame}}.',
}
