import type { DomainCatalogue } from '../catalogue.js'

/** Domain words in Arabic (العربية), written right to left. Same keys as en.ts. */
export const ar: DomainCatalogue = {
  'relation.knows': 'يعرف',
  'relation.supports': 'يدعم',
  'relation.refers-to': 'يحيل إلى',
  'relation.funds': 'يموّل',
  'relation.co-delivers-with': 'يقدّم الخدمة بالشراكة مع',
  'relation.learns-from': 'يتعلّم من',

  'assetKind.skill': 'مهارة',
  'assetKind.time': 'وقت',
  'assetKind.knowledge': 'معرفة',
  'assetKind.lived-experience': 'تجربة معاشة',
  'assetKind.place': 'مكان',
  'assetKind.organisation': 'منظمة',
  'assetKind.resource': 'مورد',
  'assetKind.relationship': 'علاقة',

  'role.professional': 'مهني',
  'role.service-user': 'شخص يستخدم الخدمات',
  'role.family-carer': 'فرد من العائلة أو مقدّم رعاية',
  'role.community': 'جار أو فرد من المجتمع',
  'role.organisation': 'منظمة أو مجموعة',

  'grid.axis.columns': 'من يخطّط',
  'grid.axis.rows': 'من يقدّم',
  'grid.column.professionals-plan': 'المهنيون وحدهم يخطّطون للخدمة',
  'grid.column.co-plan': 'مستخدمو الخدمة أو المجتمع والمهنيون يخطّطون معًا',
  'grid.column.no-professional-plan': 'لا مساهمة مهنية في التخطيط للخدمة',
  'grid.row.professionals-deliver': 'المهنيون وحدهم يقدّمون الخدمة',
  'grid.row.co-deliver': 'المهنيون والمستخدمون والمجتمعات يقدّمون الخدمة معًا',
  'grid.row.users-deliver': 'المستخدمون أو المجتمعات وحدهم يقدّمون الخدمة',
  'grid.cell.traditional': 'تقديم الخدمة المهنية التقليدي',
  'grid.cell.professional-co-planned':
    'تقديم خدمة مهنية، مع مشاركة المستخدمين أو المجتمعات في التخطيط والتصميم',
  'grid.cell.none': '(لا شيء)',
  'grid.cell.user-co-delivery': 'مشاركة المستخدمين في تقديم خدمات صمّمها المهنيون',
  'grid.cell.full-coproduction': 'إنتاج مشترك كامل بين المستخدمين والمهنيين والمجتمع',
  'grid.cell.community-delivery-little-planning':
    'تقديم المستخدمين أو المجتمع للخدمات مع قليل من التخطيط أو التصميم الرسمي أو المهني',
  'grid.cell.community-delivery-professionally-planned':
    'تقديم المستخدمين أو المجتمع لخدمات خطّط لها المهنيون',
  'grid.cell.community-delivery-co-planned':
    'تقديم المستخدمين أو المجتمع لخدمات خُطّط لها أو صُمّمت بشكل مشترك',
  'grid.cell.self-organised': 'خدمات مجتمعية منظّمة ذاتيًا',

  'ladder.band.doing-to': 'الفعل بالناس',
  'ladder.band.doing-for': 'الفعل من أجل الناس',
  'ladder.band.doing-with': 'الفعل مع الناس',
  'ladder.rung.coercion': 'الإكراه',
  'ladder.rung.educating': 'التثقيف',
  'ladder.rung.informing': 'الإعلام',
  'ladder.rung.consultation': 'الاستشارة',
  'ladder.rung.engagement': 'الإشراك',
  'ladder.rung.co-design': 'التصميم المشترك',
  'ladder.rung.co-production': 'الإنتاج المشترك',

  'sixElements.title': 'هل خدمتك منتَجة بشكل مشترك؟',
  'sixElements.asset-based.title': 'نهج قائم على الأصول',
  'sixElements.asset-based.question':
    'هل تعترف الخدمة بأصول المستخدمين والمجتمع وتحتفي بها، بدلًا من التركيز على أوجه النقص؟',
  'sixElements.capabilities.title': 'العمل على القدرات',
  'sixElements.capabilities.question': 'هل تنمّي الخدمة مهارات المشاركين فيها؟',
  'sixElements.mutuality.title': 'تنمية التبادلية',
  'sixElements.mutuality.question':
    'هل تبني شراكة حقيقية ومسؤولية مشتركة بين المهنيين والمستخدمين؟',
  'sixElements.networks.title': 'توسيع الشبكات',
  'sixElements.networks.question':
    'هل تدعم أشخاصًا غير المعتادين وتتواصل معهم وتتعلّم وتتأمّل معهم، مع منتديات يتبادل فيها المستخدمون والمهنيون الخبرات؟',
  'sixElements.blurring-roles.title': 'تداخل الأدوار',
  'sixElements.blurring-roles.question':
    'هل يُنظر إلى المهنيين والمستخدمين معًا على أنهم أساسيون في تقديم الخدمة؟',
  'sixElements.catalysts.title': 'العمل كمحفّزين',
  'sixElements.catalysts.question': 'هل يتاح للمهنيين أن يعملوا كمدرّبين وميسّرين؟',

  'rating.0': 'إطلاقًا',
  'rating.1': 'قليلًا',
  'rating.2': 'جزئيًا',
  'rating.3': 'في الغالب',
  'rating.4': 'تمامًا',

  'template.asset-map.title': 'خريطة الأصول',
  'template.asset-map.description':
    'بطاقات لما يقدّمه الناس: المهارات والوقت والمعرفة والتجربة المعاشة والأماكن والمنظمات والموارد والعلاقات.',
  'template.network-map.title': 'خريطة الشبكة',
  'template.network-map.description':
    'دوائر حول شخص واحد (أنا، المقرّبون، المجتمع، الخدمات) لرسم من يعرف من، ومن يدعم من، ومن يحيل إلى من، ومن يموّل من.',
  'template.coproduction-grid.title': 'شبكة الإنتاج المشترك',
  'template.coproduction-grid.description':
    'من يخطّط للخدمة ومن يقدّمها، على شبكة nef: أين هي اليوم وأين تريدونها أن تكون.',
  'template.ladder.title': 'سلّم المشاركة',
  'template.ladder.description': 'من الإكراه إلى الإنتاج المشترك: كم من السلطة يتقاسمها نشاط ما.',
  'template.six-elements.title': 'هل خدمتك منتَجة بشكل مشترك؟',
  'template.six-elements.description':
    'ستة أسئلة يقيّمها كل شخص بمفرده، من 0 (إطلاقًا) إلى 4 (تمامًا).',
  'template.full-workshop.title': 'ورشة عمل كاملة',
  'template.full-workshop.description':
    'الأنشطة الخمسة جنبًا إلى جنب، بالترتيب الذي تتبعه الجلسة عادةً.',

  'section.asset-map.name': 'أصولنا',
  'section.asset-map.instructions':
    'ماذا لدينا بالفعل؟ أضيفوا بطاقة لكل شيء يقدّمه أحد الحاضرين: مهارة، أو بعض الوقت، أو معرفة، أو تجربة معاشة، أو مكان، أو منظمة، أو مورد، أو علاقة. اكتبوا من يملكه. كل بطاقة لها القيمة نفسها، أيًّا كان كاتبها.',
  'section.network-map.name': 'شبكتنا',
  'section.network-map.instructions':
    'ضعوا شخصًا أو مجموعة في الدائرة الوسطى. أضيفوا المقرّبين منه في الدائرة التالية، ثم الأشخاص والمجموعات في المجتمع، ثم الخدمات. ارسموا سهمًا من شخص إلى آخر واختاروا كيف يرتبطان: يعرف، يدعم، يحيل إلى، يموّل، يقدّم الخدمة بالشراكة مع، أو يتعلّم من. ابحثوا عن الأشخاص الذين لديهم أسهم قليلة، وعن الوجوه المعتادة.',
  'section.network-map.ring.services': 'الخدمات',
  'section.network-map.ring.community': 'المجتمع',
  'section.network-map.ring.close': 'المقرّبون',
  'section.network-map.ring.me': 'أنا',
  'section.coproduction-grid.name': 'من يخطّط ومن يقدّم',
  'section.coproduction-grid.instructions':
    'من يخطّط لهذه الخدمة، ومن يقدّمها؟ ضعوا بطاقة في المربع الذي يصف كيف تعمل اليوم. ثم ضعوا بطاقة أخرى حيث تريدونها أن تكون، وتحدّثوا عمّا يجب أن يتغيّر للوصول إلى هناك.',
  'section.ladder.name': 'كم من السلطة يُتقاسَم',
  'section.ladder.instructions':
    'ما مقدار رأي الناس في هذا النشاط؟ ضعوا بطاقة على الدرجة التي تصف الوضع اليوم، وأخرى على الدرجة التي تطمحون إليها. الدرجات السفلى تفعل الأشياء بالناس، والوسطى تفعلها من أجلهم؛ والدرجتان العلويتان فقط تفعلانها معهم.',
  'section.six-elements.name': 'هل خدمتنا منتَجة بشكل مشترك؟',
  'section.six-elements.instructions':
    'أجيبوا عن كل سؤال بمفردكم، من 0 (إطلاقًا) إلى 4 (تمامًا). لا يستطيع أحد غيركم تغيير إجاباتكم. ثم انظروا إلى الإجابات معًا: أين تتفقون، وأين لا تتفقون؟',

  'export.column.kind': 'النوع',
  'export.column.heldBy': 'لدى',
  'export.column.addedBy': 'أضافه',
  'export.column.gridCell': 'خانة الشبكة',
  'export.column.ladderRung': 'درجة السلّم',
  'export.column.takesPartAs': 'يشارك بصفته',
  'export.column.organisation': 'المنظمة',
  'export.column.vote': 'التصويت',
  'export.column.card': 'البطاقة',
  'export.column.dots': 'النقاط',
  'export.column.voters': 'المصوّتون',
  'export.type.asset': 'أصل',
  'export.type.person': 'شخص',

  // The ratings and votes CSVs and the session record (server/src/export).
  'export.column.check': 'التقييم',
  'export.column.question': 'السؤال',
  'export.column.raters': 'عدد من قيّموا',
  'record.title': 'سجل الجلسة',
  'record.date': 'التاريخ',
  'record.duration': 'المدة',
  'record.durationUnknown': 'غير معروفة: لم يظهر أحد على اللوحة',
  'record.minutes': '{{minutes}} دقيقة',
  'record.tookPart': 'من شارك',
  'record.peopleCount': 'عدد الأشخاص: {{count}}',
  'record.madeOn': 'أُعدّ في {{date}}',
  'record.frames': 'المراحل والإطارات',
  'record.wholeBoard': 'اللوحة كاملة',
  'record.untitledFrame': 'إطار بلا عنوان',
  'record.pictureOf': 'صورة {{name}}',
  'record.cardsOn': 'البطاقات في هذا الإطار',
  'record.noCards': 'لا توجد بطاقات.',
  'record.assets': 'سجل الأصول',
  'record.noAssets': 'لا توجد أصول على اللوحة.',
  'record.people': 'الأشخاص والروابط',
  'record.noPeople': 'لا يوجد أشخاص على اللوحة.',
  'record.connections': 'الروابط',
  'record.noConnections': 'لا توجد روابط.',
  'record.isolated': 'غير مرتبطين بأحد أو بشيء',
  'record.noneIsolated': 'الجميع وكل شيء مرتبطون.',
  'record.placements': 'المواضع على الشبكة والسلّم',
  'record.noPlacements': 'لا توجد بطاقات على شبكة أو سلّم.',
  'record.ratings': 'العناصر الستة',
  'record.noRatings': 'لم يقيّم أحد بعد.',
  'record.raters': 'عدد من قيّموا: {{count}}',
  'record.votes': 'نتائج التصويت',
  'record.voters': 'عدد المصوّتين: {{count}}',
  'record.voiceBalance': 'توازن الأصوات',
  'record.voiceBalanceIntro':
    'المساهمات حسب طريقة المشاركة، مع عدد الأشخاص في كل مجموعة. يحسبها الخادم ممّن كتب كل تغيير؛ دون أسماء.',
  'record.balanceLine':
    '{{group}}: {{people}} أشخاص؛ {{cards}} بطاقات، {{changes}} تغييرات، {{connections}} روابط، {{dots}} نقاط، {{ratings}} تقييمات',
  'record.voteResult': '{{card}}: {{dots}} نقاط',
  'record.voteResultNamed': '{{card}}: {{dots}} نقاط ({{voters}})',
  'record.notSaid': 'لم يحدّد',
}
