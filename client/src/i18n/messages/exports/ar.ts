import type { exportsEn } from './en'

/** Arabic for exports/en.ts. */
export const exportsAr: Record<keyof typeof exportsEn, string> = {
  'exports.files.heading': 'الجداول والبيانات',
  'exports.ratings': 'تنزيل التقييمات (CSV)',
  'exports.votes': 'تنزيل نتائج التصويت (CSV)',
  'exports.record.heading': 'سجل الجلسة',
  'exports.record.body':
    'ملف PDF للتقارير: كل مرحلة مع صورتها وبطاقاتها، وسجل الأصول، والأشخاص والروابط، والمواضع على الشبكة والسلّم، والتقييمات.',
  'exports.record.download': 'تنزيل سجل الجلسة (PDF)',
  'exports.record.progress': 'تقدّم إعداد سجل الجلسة',
  'exports.record.making': 'جارٍ إعداد سجل الجلسة…',
  'exports.record.downloading': 'جارٍ تنزيل سجل الجلسة…',
  'exports.record.done': 'تم تنزيل سجل الجلسة.',
  'exports.record.failed': 'تعذّر إعداد سجل الجلسة. حاول مرة أخرى.',
  'exports.record.busy': 'الخادم مشغول بإعداد سجلات أخرى. حاول مرة أخرى بعد قليل.',
  'exports.pictures.heading': 'الصور',
  'exports.pictures.area': 'صورة لـ',
  'exports.pictures.wholeBoard': 'اللوحة كاملة',
  'exports.pictures.untitledFrame': 'إطار بلا عنوان',
  'exports.pictures.png': 'تنزيل PNG',
  'exports.pictures.svg': 'تنزيل SVG',
  'exports.pictures.making': 'جارٍ إعداد الصورة…',
  'exports.pictures.done': 'تم تنزيل الصورة: {{name}}',
  'exports.pictures.failed': 'تعذّر إعداد الصورة. هل على اللوحة شيء؟',
  'exports.tldr.heading': 'ملف tldraw',
  'exports.tldr.body': 'افتح اللوحة في tldraw، أو أدخِل رسمًا صُنع بـ tldraw.',
  'exports.tldr.download': 'تنزيل ملف tldraw (‎.tldr)',
  'exports.tldr.import': 'استيراد ملف ‎.tldr إلى هذه اللوحة',
  'exports.tldr.importing': 'جارٍ استيراد الملف…',
  'exports.tldr.imported': 'تم استيراد {{count}} من الأشكال من {{name}}، وهي محدّدة الآن.',
  'exports.tldr.problem.tooBig':
    'هذا الملف أكبر من أن يُستورد (50 ميغابايت على الأكثر). لم يتغيّر شيء.',
  'exports.tldr.problem.notTldraw': 'هذا ليس ملف tldraw. لم يتغيّر شيء.',
  'exports.tldr.problem.tooNew':
    'صُنع هذا الملف بإصدار من tldraw أحدث مما تستطيع هذه اللوحة قراءته. لم يتغيّر شيء.',
  'exports.tldr.problem.invalid':
    'ملف tldraw هذا تالف أو يحوي أشكالًا لا تعرفها هذه اللوحة. لم يتغيّر شيء.',
  'exports.tldr.problem.tooManyRecords':
    'يحوي هذا الملف أشكالًا أكثر من أن تُستورد دفعة واحدة. لم يتغيّر شيء.',
  'exports.tldr.problem.empty': 'لا توجد أشكال في هذا الملف. لم يتغيّر شيء.',
  'exports.tldr.problem.imageUpload': 'تعذّر رفع صورة في الملف. لم يتغيّر شيء.',
  'exports.tldr.importNew': 'استيراد ملف \u200e.tldr إلى لوحة جديدة',
  'exports.tldr.creating': 'جارٍ إنشاء لوحة جديدة للملف…',
  'exports.tldr.importedNew': 'ملف tldraw على هذه اللوحة الجديدة: {{count}} من الأشكال، وهي محدّدة.',
  'exports.tldr.problem.noBoard': 'تعذّر إنشاء لوحة جديدة. حاول مرة أخرى بعد قليل.',
  'exports.tldr.problem.tooBigForNew':
    'هذا الملف أكبر من أن يُنقل إلى لوحة جديدة. أنشئ لوحة أولًا، ثم استورده إليها.',
}
