import type { CatalogueOf } from '@common-ground/shared'
import type { historyEn } from './en'

/** Issue 13's words in Arabic (see en.ts). */
export const historyAr: CatalogueOf<typeof historyEn> = {
  'close.BoardTooNew':
    'حُفظت هذه اللوحة بإصدار أحدث من Common Ground. اطلب ممن يدير هذا الخادم أن يحدّثه.',

  'history.open': 'السجل',
  'history.heading': 'سجل هذه اللوحة',
  'history.intro':
    'تحفظ نقاط الحفظ اللوحة كما كانت: كل 10 دقائق من العمل، وعند كل مرحلة، وعند أرشفة اللوحة، وعندما يسمّي الميسّر نقطة.',
  'history.loading': 'جارٍ تحميل نقاط الحفظ…',
  'history.empty': 'لا توجد نقاط حفظ بعد. تُحفظ نقطة بعد 10 دقائق من العمل على اللوحة.',
  'history.listLabel': 'نقاط الحفظ، الأحدث أولًا',
  'history.kind.automatic': 'تلقائية',
  'history.kind.named': 'مسمّاة',
  'history.kind.archive': 'عند الأرشفة',
  'history.kind.stage': 'مرحلة جديدة',
  'history.kind.restore': 'قبل الاستعادة',
  'history.cards_zero': 'لا بطاقات',
  'history.cards_one': 'بطاقة واحدة',
  'history.cards_two': 'بطاقتان',
  'history.cards_few': '{{count}} بطاقات',
  'history.cards_many': '{{count}} بطاقة',
  'history.cards_other': '{{count}} بطاقة',
  'history.preview': 'معاينة',
  'history.previewLabel': 'معاينة نقطة الحفظ من {{time}}',
  'history.restore': 'استعادة',
  'history.restoreLabel': 'استعادة نقطة الحفظ من {{time}}',
  'history.restoreConfirm':
    'هل تريد إعادة اللوحة كما كانت في {{time}}؟ سيراها كل من على اللوحة فورًا. تُحفظ اللوحة بحالتها الحالية كنقطة حفظ، فيمكنك التراجع عن ذلك باستعادتها.',
  'history.restoreYes': 'نعم، استعِد',
  'history.restored':
    'عادت اللوحة كما كانت في {{time}}. للتراجع، استعِد نقطة الحفظ «قبل الاستعادة».',
  'history.name.label': 'سمِّ نقطة حفظ للوحة الآن',
  'history.name.hint': 'مثلًا «قبل التصويت».',
  'history.name.submit': 'احفظ نقطة الحفظ',
  'history.named': 'حُفظت نقطة الحفظ «{{label}}».',
  'history.preview.heading': 'اللوحة في {{time}}',
  'history.preview.hint': 'عرض للقراءة فقط لنقطة الحفظ هذه. لم تتغير اللوحة نفسها.',
  'history.preview.loading': 'جارٍ تحميل نقطة الحفظ…',

  'rename.open': 'إعادة التسمية',
  'rename.heading': 'إعادة تسمية اللوحة',
  'rename.label': 'عنوان اللوحة',
  'rename.save': 'أعِد التسمية',
  'rename.done': 'أصبح اسم اللوحة «{{title}}».',

  'read.badge': 'مؤرشفة: للقراءة فقط',
  'read.intro': 'أُرشفت هذه اللوحة. يمكنك تصفحها وتنزيلها، ولا يمكن لأحد تغييرها.',
  'read.session': 'الجلسة',
  'read.dates': 'من {{start}} إلى {{end}}',
  'read.noDates': 'لم تُسجّل أي تواريخ.',
  'read.archivedOn': 'أُرشفت في {{date}}.',
  'read.people_zero': 'لم يشارك أحد.',
  'read.people_one': 'شارك شخص واحد.',
  'read.people_two': 'شارك شخصان.',
  'read.people_few': 'شارك {{count}} أشخاص.',
  'read.people_many': 'شارك {{count}} شخصًا.',
  'read.people_other': 'شارك {{count}} شخص.',
  'read.noPeople': 'لم تُسجّل طريقة مشاركة أحد.',
  'read.byGroup': 'حسب طريقة المشاركة',
  'read.stages': 'المراحل والإطارات',
  'read.noStages': 'لا تحتوي هذه اللوحة على مراحل أو إطارات.',
  'read.board': 'اللوحة',
  'read.views': 'الجداول',
  'read.downloads': 'التنزيلات',
}
