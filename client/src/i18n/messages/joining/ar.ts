import type { joiningEn } from './en'

/** Arabic for joining/en.ts. */
export const joiningAr: Record<keyof typeof joiningEn, string> = {
  'invite.code.heading': 'رمز الانضمام',
  'invite.code.body':
    'لا توجد كاميرا، أو لا يمكن مسح رمز QR؟ في الصفحة الرئيسية، يكتب الناس هذا الرمز في «هل لديك رابط لوحة أو رمزها؟».',
  'invite.code.label': 'رمز الانضمام {{code}}',
  'invite.code.unavailable': 'تعذّر إنشاء رمز انضمام لهذه اللوحة. شارك الرابط أو رمز QR بدلًا منه.',
  'invite.key.heading': 'رابط الميسّر الخاص بك: مفتاح هذه اللوحة',
  'invite.key.body':
    'يستطيع أي شخص لديه هذا الرابط إدارة اللوحة: دعوة الناس واستبدال الروابط وأرشفتها. احتفظ به في مكان آمن ولا تشاركه. افتحه لإدارة الجلسة من حاسوب آخر.',
  'invite.key.show': 'أظهر رابط الميسّر الخاص بي',
  'invite.key.hide': 'أخفِ رابط الميسّر الخاص بي',
  'invite.key.copy': 'انسخ رابط الميسّر',
  'invite.key.copied': 'نُسخ رابط الميسّر',
  'invite.key.copiedMessage': 'نُسخ رابط الميسّر الخاص بك. احتفظ به في مكان آمن.',
  'invite.key.download': 'نزّله كملف',
  'invite.key.file':
    'Common Ground: رابط الميسّر للوحة "{{title}}".\nيستطيع أي شخص لديه هذا الرابط إدارة اللوحة. احتفظ به سرًّا.\n\n{{link}}\n',
  'invite.address.loopback':
    'تبدأ هذه الروابط بـ {{origin}}، وهو لا يعمل إلا على هذا الحاسوب: لا تستطيع الهواتف والحواسيب الأخرى فتحها.',
  'invite.address.useInstead':
    'لدعوة الناس على الشبكة نفسها، افتح اللوحة على أحد هذه العناوين، ثم افتح «مشاركة» مرة أخرى:',
  'invite.address.none':
    'ليس لهذا الحاسوب عنوان شبكة يمكن للآخرين الوصول إليه. وصّله بشبكة ورشة العمل.',
  'invite.address.operator':
    'يستطيع من يشغّل الخادم ضبط PUBLIC_URL على العنوان الذي ينبغي أن يستخدمه الناس.',
  'home.open.lookingUp': 'جارٍ البحث عن الرمز…',
  'licence.title': 'لوحة الرسم متوقفة على هذا العنوان',
  'licence.body':
    'لا يملك هذا الخادم مفتاح ترخيص tldraw، ويخفي tldraw لوحته على العناوين العامة من دونه. ما زالت اللوحة تعمل: كل ما عليها موجود في اللوحة الجانبية، حيث يمكنك قراءته والإضافة إليه وتغييره.',
  'licence.operator':
    'لمن يشغّل الخادم: احصل على مفتاح ترخيص من tldraw.dev، واضبط TLDRAW_LICENSE_KEY، ثم أعد تشغيل الخادم. لا حاجة لإعادة البناء.',
  'licence.openPanel': 'افتح اللوحة نصًّا',
  'outline.tab': 'المخطط',
  'outline.heading': 'كل ما على اللوحة',
  'outline.intro': 'كل إطار عنوان؛ وتحته ما يحتويه، من الأعلى إلى الأسفل ومن البداية إلى النهاية.',
  'outline.outside': 'خارج الإطارات',
  'outline.board': 'على اللوحة',
  'outline.untitledFrame': 'إطار بلا اسم',
  'outline.emptySection': 'لا شيء هنا بعد.',
  'outline.emptyNote': '(فارغة)',
  'outline.kind.note': 'ملاحظة لاصقة',
  'outline.kind.text': 'نص',
  'outline.kind.geo': 'شكل',
  'outline.kind.asset': 'بطاقة مورد',
  'outline.kind.person': 'شخص',
  'outline.kind.arrow': 'سهم',
  'outline.words': 'الكلمات',
  'outline.moveTo': 'انقل إلى',
  'outline.move': 'انقل',
  'outline.addNote': 'أضف ملاحظة لاصقة',
  'outline.noteText': 'نص الملاحظة اللاصقة الجديدة في {{frame}}',
  'outline.added': 'أُضيفت ملاحظة لاصقة إلى {{frame}}.',
  'outline.saved': 'حُفظ.',
  'outline.removed': 'أُزيل.',
  'outline.moved': 'نُقل إلى {{frame}}.',
}
