/**
 * Domain words in English: the words of co-production that records hold as ids and that
 * the canvas, the panels, the templates and the exports show. Keys are flat and dotted;
 * `{{name}}` is a placeholder. Every other language file has exactly these keys.
 */
export const en = {
  'relation.knows': 'knows',
  'relation.supports': 'supports',
  'relation.refers-to': 'refers to',
  'relation.funds': 'funds',
  'relation.co-delivers-with': 'co-delivers with',
  'relation.learns-from': 'learns from',

  'assetKind.skill': 'Skill',
  'assetKind.time': 'Time',
  'assetKind.knowledge': 'Knowledge',
  'assetKind.lived-experience': 'Lived experience',
  'assetKind.place': 'Place',
  'assetKind.organisation': 'Organisation',
  'assetKind.resource': 'Resource',
  'assetKind.relationship': 'Relationship',

  'role.professional': 'Professional',
  'role.service-user': 'Person using services',
  'role.family-carer': 'Family member or carer',
  'role.community': 'Neighbour or community member',
  'role.organisation': 'Organisation or group',

  'grid.axis.columns': 'Who plans',
  'grid.axis.rows': 'Who delivers',
  'grid.column.professionals-plan': 'Professionals as sole service planner',
  'grid.column.co-plan': 'Service users/community & professionals as co-planners',
  'grid.column.no-professional-plan': 'No professional input into service planning',
  'grid.row.professionals-deliver': 'Professionals as sole service deliverers',
  'grid.row.co-deliver': 'Professionals/users/communities as co-deliverers',
  'grid.row.users-deliver': 'Users/communities as sole deliverers',
  'grid.cell.traditional': 'Traditional professional service provision',
  'grid.cell.professional-co-planned':
    'Professional service provision, but users/communities involved in planning and design',
  'grid.cell.none': '(none)',
  'grid.cell.user-co-delivery': 'User co-delivery of professionally designed services',
  'grid.cell.full-coproduction': 'Full user/professional/community co-production',
  'grid.cell.community-delivery-little-planning':
    'User/community delivery of services with little formal/professional planning or design',
  'grid.cell.community-delivery-professionally-planned':
    'User/community delivery of professionally planned services',
  'grid.cell.community-delivery-co-planned':
    'User/community delivery of co-planned or co-designed services',
  'grid.cell.self-organised': 'Self-organised community provision',

  'ladder.band.doing-to': 'Doing to',
  'ladder.band.doing-for': 'Doing for',
  'ladder.band.doing-with': 'Doing with',
  'ladder.rung.coercion': 'Coercion',
  'ladder.rung.educating': 'Educating',
  'ladder.rung.informing': 'Informing',
  'ladder.rung.consultation': 'Consultation',
  'ladder.rung.engagement': 'Engagement',
  'ladder.rung.co-design': 'Co-design',
  'ladder.rung.co-production': 'Co-production',

  'sixElements.title': 'Is your service co-produced?',
  'sixElements.asset-based.title': 'An asset-based approach',
  'sixElements.asset-based.question':
    'does the service acknowledge and celebrate the assets of users and the community, rather than focusing on deficits?',
  'sixElements.capabilities.title': 'Working on capabilities',
  'sixElements.capabilities.question': 'does the service build the skills of those involved?',
  'sixElements.mutuality.title': 'Developing mutuality',
  'sixElements.mutuality.question':
    'does it broker a true partnership and shared responsibility between professionals and users?',
  'sixElements.networks.title': 'Growing networks',
  'sixElements.networks.question':
    'does it support, connect with, learn with and reflect with people other than the usual suspects, with forums where users and professionals share expertise?',
  'sixElements.blurring-roles.title': 'Blurring roles',
  'sixElements.blurring-roles.question':
    'are professionals and users both seen as crucial to delivery?',
  'sixElements.catalysts.title': 'Acting as catalysts',
  'sixElements.catalysts.question': 'do professionals get to act as coaches and facilitators?',

  'rating.0': 'Not at all',
  'rating.1': 'A little',
  'rating.2': 'Partly',
  'rating.3': 'Mostly',
  'rating.4': 'Fully',

  'template.asset-map.title': 'Asset map',
  'template.asset-map.description':
    'Cards for what people bring: skills, time, knowledge, lived experience, places, organisations, resources and relationships.',
  'template.network-map.title': 'Network map',
  'template.network-map.description':
    'Rings around one person (me, close, community, services) to map who knows, supports, refers to or funds whom.',
  'template.coproduction-grid.title': 'Co-production grid',
  'template.coproduction-grid.description':
    'Who plans a service and who delivers it, on nef’s grid: where it is today and where you want it to be.',
  'template.ladder.title': 'Ladder of participation',
  'template.ladder.description':
    'From coercion to co-production: how much power an activity shares.',
  'template.six-elements.title': 'Is your service co-produced?',
  'template.six-elements.description':
    'Six questions that each person rates on their own, from 0 (not at all) to 4 (fully).',
  'template.full-workshop.title': 'Full workshop',
  'template.full-workshop.description':
    'All five activities side by side, in the order a session usually takes them.',

  'section.asset-map.name': 'Our assets',
  'section.asset-map.instructions':
    'What do we already have? Add a card for each thing someone here brings: a skill, some time, knowledge, lived experience, a place, an organisation, a resource or a relationship. Write who holds it. Every card counts the same, whoever wrote it.',
  'section.network-map.name': 'Our network',
  'section.network-map.instructions':
    'Put a person or group in the middle ring. Add the people close to them in the next ring, then people and groups in the community, then services. Draw an arrow from one person to another and choose how they are connected: knows, supports, refers to, funds, co-delivers with or learns from. Look for people with few arrows, and for the usual suspects.',
  'section.network-map.ring.services': 'Services',
  'section.network-map.ring.community': 'Community',
  'section.network-map.ring.close': 'Close',
  'section.network-map.ring.me': 'Me',
  'section.coproduction-grid.name': 'Who plans, who delivers',
  'section.coproduction-grid.instructions':
    'Who plans this service, and who delivers it? Put a card in the square that fits how it works today. Then put another card where you want it to be, and talk about what would have to change to get there.',
  'section.ladder.name': 'How much power is shared',
  'section.ladder.instructions':
    'How much say do people have in this activity? Put a card on the step that fits today, and one on the step you are aiming for. The lower steps do things to people, the middle ones do things for them; only the top two are doing with.',
  'section.six-elements.name': 'Is our service co-produced?',
  'section.six-elements.instructions':
    'Answer each question on your own, from 0 (not at all) to 4 (fully). Nobody else can change your answers. Then look at the answers together: where do you agree, and where not?',

  // Kumu reads the columns Label, Type, Description (elements) and From, To, Type
  // (connections) by name, so those stay in English in every language (server/src/export).
  'export.column.kind': 'Kind',
  'export.column.heldBy': 'Held by',
  'export.column.addedBy': 'Added by',
  'export.column.gridCell': 'Grid cell',
  'export.column.ladderRung': 'Ladder rung',
  'export.column.takesPartAs': 'Takes part as',
  'export.column.organisation': 'Organisation',
  'export.column.vote': 'Vote',
  'export.column.card': 'Card',
  'export.column.dots': 'Dots',
  'export.column.voters': 'Voters',
  'export.type.asset': 'Asset',
  'export.type.person': 'Person',

  // The ratings and votes CSVs and the session record (server/src/export).
  'export.column.check': 'Check',
  'export.column.question': 'Question',
  'export.column.raters': 'People who rated',
  'record.title': 'Session record',
  'record.date': 'Date',
  'record.duration': 'Duration',
  'record.durationUnknown': 'Not known: nobody was seen on the board',
  'record.minutes': '{{minutes}} min',
  'record.tookPart': 'Who took part',
  'record.peopleCount': 'People: {{count}}',
  'record.madeOn': 'Made on {{date}}',
  'record.frames': 'Stages and frames',
  'record.wholeBoard': 'The whole board',
  'record.untitledFrame': 'Untitled frame',
  'record.pictureOf': 'Picture of {{name}}',
  'record.cardsOn': 'Cards on this frame',
  'record.noCards': 'No cards.',
  'record.assets': 'Asset register',
  'record.noAssets': 'No assets on the board.',
  'record.people': 'People and connections',
  'record.noPeople': 'No people on the board.',
  'record.connections': 'Connections',
  'record.noConnections': 'No connections.',
  'record.isolated': 'Not connected to anyone or anything',
  'record.noneIsolated': 'Everyone and everything is connected.',
  'record.placements': 'Grid and ladder placements',
  'record.noPlacements': 'No cards on a grid or ladder.',
  'record.ratings': 'The six elements',
  'record.noRatings': 'Nobody has rated yet.',
  'record.raters': 'People who rated: {{count}}',
  'record.votes': 'Vote results',
  'record.voters': 'People who voted: {{count}}',
  'record.voiceBalance': 'Voice balance',
  'record.voiceBalanceIntro':
    'Contributions by how people take part, with how many people are in each group. Counted by the server from who wrote each change; no names.',
  'record.balanceLine':
    '{{group}}: {{people}} people; {{cards}} cards, {{changes}} changes, {{connections}} connections, {{dots}} dots, {{ratings}} ratings',
  'record.voteResult': '{{card}}: {{dots}} dots',
  'record.voteResultNamed': '{{card}}: {{dots}} dots ({{voters}})',
  'record.notSaid': 'Did not say',
}

export type DomainKey = keyof typeof en
