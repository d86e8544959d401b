import type { CatalogueOf } from '@common-ground/shared'
import type { errorsEn } from './en'

/** Arabic words for what went wrong (see en.ts beside this file). */
export const errorsAr: CatalogueOf<typeof errorsEn> = {
  'board.outdated.body':
    'حُفظت هذه اللوحة بإصدار أحدث من Common Ground. أعد تحميل الصفحة لمتابعة العمل عليها.',
  'board.error.unreadable': 'تعذّرت قراءة محتوى هذه اللوحة، لذا لا يمكن فتحها.',
  'board.error.migration': 'تعذّرت ترقية اللوحة إلى هذا الإصدار ({{reason}}).',

  'command.badCommand': 'لم يتمكّن الخادم من قراءة هذا الطلب.',
  'command.readOnly': 'يتيح لك رابطك الاطلاع على هذه اللوحة، لا تغييرها.',
  'command.noSuchCheck': 'لم يعد هذا التقييم موجودًا على اللوحة.',
  'command.storageFailed': 'لم يتمكّن الخادم من حفظ ذلك. حاول مرة أخرى.',
  'command.full': 'استقبل هذا التقييم أكبر عدد ممكن من الإجابات.',
  'command.failed': 'لم يتمكّن الخادم من فعل ذلك. حاول مرة أخرى.',
  'command.connectionLost': 'انقطع الاتصال قبل أن يجيب الخادم. حاول مرة أخرى.',
  'command.notConnected': 'لا يوجد اتصال باللوحة، لذا تعذّر فعل ذلك.',

  'apiError.archived': 'هذه اللوحة مؤرشفة، لذا لم يعد ممكنًا تغييرها.',
  'apiError.assetNotFound': 'هذا الملف ليس على هذه اللوحة.',
  'apiError.badCode':
    'يتكوّن رمز الانضمام من 8 أحرف وأرقام، مثل ABCD-EFGH. تحقّق منه وحاول مرة أخرى.',
  'apiError.badLabel': 'لا يمكن استخدام هذا الاسم. اكتب اسمًا في سطر واحد.',
  'apiError.badRequest': 'لم يتمكّن الخادم من قراءة هذا الطلب. أعد تحميل الصفحة وحاول مرة أخرى.',
  'apiError.badRole': 'لا يمكن استبدال هذا الرابط.',
  'apiError.badTemplate': 'لا يوجد قالب كهذا. اختر قالبًا آخر.',
  'apiError.badTitle': 'لا يمكن استخدام هذا العنوان. اكتب للوحة عنوانًا أقصر في سطر واحد.',
  'apiError.boardNotFound': 'هذه اللوحة غير موجودة.',
  'apiError.checkpointNotFound': 'لا توجد نقطة حفظ كهذه في هذه اللوحة.',
  'apiError.clientNotBuilt': 'لم تُبنَ صفحات الويب لهذا الخادم بعد. أخبر الشخص الذي يشغّله.',
  'apiError.emptyUpload': 'كان الملف فارغًا.',
  'apiError.forbidden': 'لا يسمح رابطك بذلك على هذه اللوحة.',
  'apiError.internal': 'واجه الخادم خطأً غير متوقع. حاول مرة أخرى بعد قليل.',
  'apiError.invalidBoardId': 'عنوان اللوحة هذا غير صالح.',
  'apiError.noSuchCode':
    'لا توجد لوحة بهذا الرمز. تحقّق منه مع الميسّر: يتغيّر الرمز عندما يُنشئ رابط مشاركين جديدًا.',
  'apiError.notFound': 'لا يوجد شيء على هذا العنوان.',
  'apiError.tooLarge': 'هذا أكبر مما يقبله الخادم.',
  'apiError.tooManyBoards':
    'بُدئ عدد كبير جدًا من اللوحات من شبكتك في الدقيقة الأخيرة. انتظر دقيقة ثم حاول مرة أخرى.',
  'apiError.tooManyCheckpoints': 'تحتفظ هذه اللوحة بالفعل بأكبر عدد ممكن من نقاط الحفظ المسمّاة.',
  'apiError.tooManyCodes':
    'جُرّب عدد كبير جدًا من الرموز في الدقيقة الأخيرة. انتظر دقيقة ثم حاول مرة أخرى.',
  'apiError.unauthorized': 'هذا الرابط غير صالح لهذه اللوحة. اطلب من الميسّر رابطًا حاليًا.',
  'apiError.unknownExport': 'لا يوجد تنزيل كهذا.',
  'apiError.unsupportedType': 'لا يمكن إضافة ملفات من هذا النوع.',
  'apiError.boardArchived': 'هذه اللوحة مؤرشفة، لذا لا يمكن تغييرها.',
  'apiError.boardTooNew':
    'حُفظت هذه اللوحة بإصدار من Common Ground أحدث من الذي يشغّله هذا الخادم. اطلب من مشغّل الخادم تحديثه.',
  'apiError.checkpointUnreadable': 'تعذّرت قراءة نقطة الحفظ هذه، لذا لم يتغيّر شيء.',
  'apiError.recordBusy': 'الخادم يُعدّ سجلات جلسات أخرى الآن. حاول مجددًا بعد قليل.',
  'command.notFacilitator': 'لا يستطيع ذلك إلا الميسّر.',
  'command.noSuchStage': 'هذه المرحلة لم تعد على اللوحة.',
  'command.tooManyStages': 'في هذه اللوحة أقصى عدد ممكن من المراحل.',
  'command.noTimer': 'لا يوجد مؤقّت لتغييره.',
  'command.noDuration': 'حدّد مدة للمؤقّت، أو خطّط مدة للمرحلة.',
  'command.noSuchVote': 'هذا التصويت لم يعد على اللوحة.',
  'command.voteNotOpen': 'هذا التصويت لم يعد يقبل النقاط.',
  'command.noDotsLeft': 'لقد استخدمت كل نقاطك.',
  'command.cardFull': 'على هذه البطاقة أقصى عدد ممكن من نقاطك.',
  'command.notInVote': 'هذه البطاقة ليست جزءًا من هذا التصويت.',
  'command.noCards': 'لا توجد بطاقات للتصويت عليها هناك.',
  'command.noSuchFrame': 'هذه المنطقة لم تعد على اللوحة.',
  'command.notPrivate': 'هذه المنطقة ليست في الوضع الخاص.',
  'command.tooManyHidden': 'أضفت هنا أقصى عدد ممكن من البطاقات المخفية.',
}
