/**
 * What the platform sends by email and SMS (issue 13), in the recipient's language. The
 * `.sms` messages must fit one SMS segment with the longest code and the short link (70
 * characters in Arabic, UCS-2): packages/api/test/notifications-templates.test.ts counts them.
 */
export default {
  'notifications.email.footer': 'أرسلت {commune} هذه الرسالة عبر منصة شبكة. المرجو عدم الرد عليها.',
  'notifications.email.track': 'تتبع الملف',
  'notifications.email.trackText': 'لتتبع الملف: {link}',
  'notifications.email.note': 'رسالة الجماعة:',
  'notifications.link.unknown': 'هذا الرابط لا يؤدي إلى أي ملف. تحققوا من الرقم المطبوع على الوصل.',
  'notifications.complaint.received.subject': '{commune}: تم التوصل بشكايتكم {code}',
  'notifications.complaint.received.body':
    'سجلت {commune} شكايتكم تحت المرجع {code}. ستتوصلون بجواب الجماعة في أجل أقصاه {answerDue}. احتفظوا بهذا المرجع لتتبع شكايتكم.',
  'notifications.complaint.received.sms': 'توصلنا بشكايتكم: {link}',
  'notifications.complaint.updated.subject': '{commune}: شكايتكم {code} - {stage}',
  'notifications.complaint.updated.body': 'تغيرت حالة شكايتكم {code}، وهي الآن: {stage}.',
  'notifications.complaint.updated.sms': 'شكايتكم: {stage}. {link}',
  'notifications.account.verify.subject': '{commune}: أكدوا عنوان بريدكم الإلكتروني',
  'notifications.account.verify.body':
    'مرحبا {name}، طلبتم إنشاء حساب على بوابة {commune}. لتفعيله، أكدوا أن هذا العنوان عنوانكم بفتح الرابط أدناه خلال 24 ساعة، ثم سجلوا الدخول بكلمة المرور التي اخترتموها. إذا لم تطلبوا ذلك، تجاهلوا هذه الرسالة: لن يُفعَّل أي حساب.',
  'notifications.account.verify.action': 'تأكيد العنوان',
  'notifications.account.verify.actionText': 'لتأكيد العنوان: {link}',
  'notifications.account.exists.subject': '{commune}: لديكم حساب بهذا العنوان',
  'notifications.account.exists.body':
    'مرحبا {name}، طلب أحدهم إنشاء حساب جديد بعنوان بريدكم الإلكتروني، ولديكم حساب بهذا العنوان. يمكنكم تسجيل الدخول به، أو اختيار كلمة مرور جديدة إذا نسيتموها. إذا لم تكونوا أنتم من طلب ذلك، تجاهلوا هذه الرسالة: لم يتغير شيء في حسابكم.',
  'notifications.account.exists.action': 'اختيار كلمة مرور جديدة',
  'notifications.account.exists.actionText': 'لاختيار كلمة مرور جديدة: {link}',
  'notifications.account.reset.subject': '{commune}: اختيار كلمة مرور جديدة',
  'notifications.account.reset.body':
    'مرحبا {name}، طُلب تغيير كلمة مرور حسابكم. لاختيار كلمة مرور جديدة، افتحوا الرابط أدناه خلال ساعة واحدة. إذا لم تطلبوا ذلك، تجاهلوا هذه الرسالة: كلمة مروركم لم تتغير.',
  'notifications.account.reset.action': 'اختيار كلمة مرور جديدة',
  'notifications.account.reset.actionText': 'لاختيار كلمة مرور جديدة: {link}',
  'notifications.account.signIn.subject': '{commune}: تسجيل دخول جديد إلى حسابكم',
  'notifications.account.signIn.body':
    'مرحبا {name}، سُجّل الدخول إلى حسابكم يوم {time} من جهاز لم يُستعمل من قبل ({device}). إذا كنتم أنتم، فلا شيء عليكم فعله. وإلا، اختاروا كلمة مرور جديدة فورا عبر الرابط أدناه.',
  'notifications.account.signIn.action': 'اختيار كلمة مرور جديدة',
  'notifications.account.signIn.actionText': 'إذا لم تكونوا أنتم، اختاروا كلمة مرور جديدة: {link}',
  'notifications.complaint.received.inapp': 'توصلت {commune} بشكايتكم {code}',
  'notifications.complaint.updated.inapp': 'شكايتكم {code}: {stage}',
  'notifications.channel.email': 'البريد الإلكتروني',
  'notifications.channel.sms': 'الرسائل القصيرة',
  'notifications.inapp.unknown': 'إشعار جديد',
  // Engagement messages (preferences): a case one follows, the digest, the unsubscribe link.
  'notifications.complaint.followed.subject': '{commune}: الشكاية {code} التي تتابعونها - {stage}',
  'notifications.complaint.followed.body': 'تغيرت حالة الشكاية {code} التي تتابعونها، وهي الآن: {stage}.',
  'notifications.complaint.followed.inapp': 'الشكاية {code} التي تتابعونها: {stage}',
  'notifications.digest.subject':
    '{commune}: {frequency, select, weekly {ملخصكم الأسبوعي} other {ملخصكم اليومي}} للملفات التي تتابعونها',
  'notifications.digest.body':
    'هذه مستجدات الملفات التي تتابعونها منذ الملخص السابق، الأحدث أولا. يمكنكم تغيير وتيرة هذه الرسائل أو إيقافها في إعدادات الإشعارات.',
  'notifications.digest.inapp': '{frequency, select, weekly {ملخصكم الأسبوعي} other {ملخصكم اليومي}} من {commune}',
  'notifications.digest.case': 'الملف {code}',
  'notifications.digest.item': '{date}: {stage} {note}',
  'notifications.digest.action': 'إعدادات الإشعارات',
  'notifications.digest.actionText': 'لتغيير إعدادات الإشعارات: {link}',
  'notifications.email.unsubscribe': 'تتوصلون بهذه الرسالة لأنكم اخترتم ذلك. لإيقاف هذه الرسائل: {link}',
  'notifications.email.unsubscribeAction': 'إلغاء الاشتراك في هذه الرسائل',
  'notifications.unsubscribe.done':
    'تم إلغاء اشتراككم: لن تتوصلوا بعد الآن بهذه الرسائل عبر البريد الإلكتروني. الإشعارات القانونية المتعلقة بملفاتكم تصلكم دائما.',
  'notifications.unsubscribe.invalid': 'رابط إلغاء الاشتراك هذا غير صالح.',
  'notifications.staff.assigned.subject': '{commune}: أسند إليكم الملف {code}',
  'notifications.staff.assigned.body': 'أسند إليكم الملف {code}. افتحوه في فضاء الموظفين لمعالجته.',
  'notifications.staff.assigned.inapp': 'أسند إليكم الملف {code}',
  'notifications.staff.dueSoon.subject': '{commune}: أجل الملف {code} يحل قريبا',
  'notifications.staff.dueSoon.body': 'يحل أجل الملف {code} في {due}، أي بعد يومي عمل أو أقل.',
  'notifications.staff.dueSoon.inapp': 'أجل الملف {code} يحل في {due}',
  'notifications.staff.overdue.subject': '{commune}: تجاوز الملف {code} أجله',
  'notifications.staff.overdue.body': 'تجاوز الملف {code} أجله المحدد في {due}.',
  'notifications.staff.overdue.inapp': 'تجاوز الملف {code} أجله ({due})',
  'notifications.staff.deadLetter.subject': '{commune}: تعذر إرسال إشعار',
  'notifications.staff.deadLetter.body': 'تعذر إرسال إشعار عبر {channel} بعد عدة محاولات.',
  'notifications.staff.deadLetter.inapp': 'تعذر إرسال إشعار عبر {channel} ({code})',
  'notifications.staff.action': 'فتح الملف',
  'notifications.staff.actionText': 'لفتح الملف: {link}',
  'notifications.information.received.subject': '{commune}: تم التوصل بطلبكم للحصول على المعلومات {code}',
  'notifications.information.received.body':
    'سجلت {commune} طلبكم للحصول على المعلومات تحت المرجع {code}. ستتوصلون بالجواب في أجل أقصاه {answerDue}. احتفظوا بهذا المرجع لتتبع طلبكم.',
  'notifications.information.received.sms': 'توصلنا بطلبكم للمعلومات: {link}',
  'notifications.information.extended.subject': '{commune}: تم تمديد أجل الجواب على طلبكم {code}',
  'notifications.information.extended.body':
    'مددت الجماعة أجل الجواب على طلبكم {code}. الأجل الجديد: {answerDue}. سبب التمديد: {reason}',
  'notifications.information.extended.sms': 'مُدد أجل الجواب على طلبكم: {link}',
  'notifications.information.answered.subject': '{commune}: طلبكم {code} - {state}',
  'notifications.information.answered.body': 'عالجت الجماعة طلبكم {code}: {state}.',
  'notifications.information.answered.sms': 'طلبكم: {state}. {link}',
  'notifications.information.remedies.subject': '{commune}: طرق الطعن في الجواب على طلبكم {code}',
  'notifications.information.remedies.body':
    'إذا لم يرضكم الجواب على طلبكم {code}، يمكنكم تقديم شكاية إلى رئيس الجماعة في أجل أقصاه {remedyDue}، ثم اللجوء إلى لجنة الحق في الحصول على المعلومات.',
  'notifications.information.remedies.sms': 'يمكنكم الطعن في الجواب: {link}',
  'notifications.information.received.inapp': 'توصلت {commune} بطلبكم للمعلومات {code}',
  'notifications.information.extended.inapp': 'تم تمديد أجل الجواب على طلبكم {code}',
  'notifications.information.answered.inapp': 'طلبكم {code}: {state}',
  'notifications.information.remedies.inapp': 'يمكنكم الطعن في الجواب على طلبكم {code}',
  'notifications.information.silence.subject': '{commune}: انقضى أجل الجواب على طلبكم {code}',
  'notifications.information.silence.body':
    'انقضى أجل الجواب على طلبكم {code} يوم {dueAt} دون أن تجيبكم الجماعة. يمكنكم تقديم شكاية إلى رئيس الجماعة في أجل أقصاه {remedyDue}، ثم اللجوء إلى لجنة الحق في الحصول على المعلومات.',
  'notifications.information.silence.sms': 'انقضى الأجل، يمكنكم الطعن: {link}',
  'notifications.information.silence.inapp': 'انقضى أجل الجواب على طلبكم {code}: يمكنكم الطعن',
  'notifications.complaint.satisfaction.subject': '{commune}: ما رأيكم في الجواب على شكايتكم {code}؟',
  'notifications.complaint.satisfaction.body':
    'أجابت {commune} عن شكايتكم {code} قبل أيام. هل أنتم راضون عن الجواب؟ قيموه من 1 إلى 5 في صفحة تتبع الشكاية، فرأيكم يساعد الجماعة على تحسين خدماتها.',
  'notifications.complaint.satisfaction.action': 'تقييم الجواب',
  'notifications.complaint.satisfaction.actionText': 'لتقييم الجواب: {link}',
  'notifications.complaint.satisfaction.sms': 'قيموا الجواب على شكايتكم: {link}',
  'notifications.complaint.satisfaction.inapp': 'قيموا الجواب على شكايتكم {code}',
  'notifications.complaint.reopenClosing.subject': '{commune}: آخر أجل لإعادة فتح شكايتكم {code}',
  'notifications.complaint.reopenClosing.body':
    'إذا لم يحل الجواب على شكايتكم {code} المشكل، يمكنكم إعادة فتحها من صفحة تتبعها إلى غاية {reopenUntil}. بعد هذا التاريخ، يمكنكم تقديم شكاية جديدة.',
  'notifications.complaint.reopenClosing.sms': 'يمكنكم إعادة فتح شكايتكم قريبا: {link}',
  'notifications.complaint.reopenClosing.inapp': 'آخر أجل لإعادة فتح شكايتكم {code}: {reopenUntil}',
  'notifications.photo.hidden.subject': '{commune}: أُخفيت صورة من شكايتكم {code}',
  'notifications.photo.hidden.body':
    'أبلغ عدة أشخاص عن صورة أرفقتموها بشكايتكم {code}، فأُخفيت عن العموم إلى أن يراجعها مشرف. تستمر معالجة شكايتكم بشكل عادي.',
  'notifications.photo.hidden.sms': 'أُخفيت صورة من شكايتكم مؤقتا: {link}',
  'notifications.photo.hidden.inapp': 'أُخفيت صورة من شكايتكم {code} مؤقتا',
  'notifications.photo.restored.subject': '{commune}: أُعيد نشر صورة شكايتكم {code}',
  'notifications.photo.restored.body': 'راجع مشرف الصورة المرفقة بشكايتكم {code}، وهي معروضة من جديد للعموم.',
  'notifications.photo.restored.sms': 'أُعيد نشر صورة شكايتكم: {link}',
  'notifications.photo.restored.inapp': 'أُعيد نشر صورة شكايتكم {code}',
  'notifications.photo.removed.subject': '{commune}: حُذفت صورة من شكايتكم {code}',
  'notifications.photo.removed.body':
    'راجع مشرف الصورة المرفقة بشكايتكم {code} وقرر حذفها، فلن تُعرض للعموم. تستمر معالجة شكايتكم بشكل عادي.',
  'notifications.photo.removed.sms': 'حُذفت صورة من شكايتكم: {link}',
  'notifications.photo.removed.inapp': 'حُذفت صورة من شكايتكم {code}',
  'notifications.report.removed.subject': '{commune}: حُذفت الصورة التي أبلغتم عنها',
  'notifications.report.removed.body':
    'شكرا على تبليغكم. راجع مشرف الصورة التي أبلغتم عنها في الشكاية {code} وقرر حذفها.',
  'notifications.report.removed.inapp': 'حُذفت الصورة التي أبلغتم عنها في الشكاية {code}',
  'notifications.report.kept.subject': '{commune}: رُوجعت الصورة التي أبلغتم عنها',
  'notifications.report.kept.body':
    'شكرا على تبليغكم. راجع مشرف الصورة التي أبلغتم عنها في الشكاية {code}، ولم يجد فيها ما يخالف القواعد، فبقيت معروضة.',
  'notifications.report.kept.inapp': 'بقيت الصورة التي أبلغتم عنها في الشكاية {code} معروضة بعد المراجعة',
  'notifications.document.issued.subject': '{commune}: تم إصدار وثيقتكم {code}',
  'notifications.document.issued.body':
    'أصدرت {commune} الوثيقة {code}. يمكن لأي شخص التحقق من صحتها في أي وقت عبر رابط التحقق: {link}',
  'notifications.document.issued.sms': 'صدرت وثيقتكم. للتحقق: {link}',
  'notifications.document.issued.inapp': 'أصدرت {commune} وثيقتكم {code}',
  'notifications.application.inadmissible.subject': '{commune}: ملف جمعيتكم {code} غير مقبول شكلا',
  'notifications.application.inadmissible.body':
    'درست {commune} ملف جمعيتكم {code} في «{call}» ووجدته غير مقبول شكلا. السبب: {reason}',
  'notifications.application.inadmissible.inapp': 'ملف {code} غير مقبول شكلا: {reason}',
  'notifications.application.selected.subject': '{commune}: اختير ملف جمعيتكم {code}',
  'notifications.application.selected.body':
    'نشرت {commune} نتائج «{call}»: اختير ملف جمعيتكم {code} بمبلغ {amount} درهم. ستتواصل معكم مصالح الجماعة لإعداد الاتفاقية أو المقرر.',
  'notifications.application.selected.inapp': 'اختير ملف {code} بمبلغ {amount} درهم',
  'notifications.application.refused.subject': '{commune}: لم يُختر ملف جمعيتكم {code}',
  'notifications.application.refused.body':
    'نشرت {commune} نتائج «{call}»: لم يُختر ملف جمعيتكم {code}. السبب: {reason}',
  'notifications.application.refused.inapp': 'لم يُختر ملف {code}: {reason}',
  'notifications.contribution.answered.subject': '{commune}: جواب الجماعة على مساهمتكم {code}',
  'notifications.contribution.answered.body':
    'أجابت {commune} على مساهمتكم {code} في الفقرة {paragraph} من مشروع برنامج عمل الجماعة: {answer}. {reason}',
  'notifications.contribution.answered.inapp': 'جواب على مساهمتكم {code}: {answer}',
  'notifications.contribution.answer.retained': 'أُخذت بعين الاعتبار',
  'notifications.contribution.answer.merged': 'دُمجت مع مساهمات أخرى',
  'notifications.contribution.answer.not_retained': 'لم تُؤخذ بعين الاعتبار',
  'notifications.contribution.action': 'مساهماتي',
  'notifications.contribution.actionText': 'مساهماتكم وأجوبة الجماعة: {link}',
  'notifications.pac.phaseOpened.subject': '{commune}: انطلقت مرحلة «{phase}» من برنامج عمل الجماعة',
  'notifications.pac.phaseOpened.body':
    'انطلقت مرحلة «{phase}» من برنامج عمل الجماعة في {commune}، من {from} إلى {to}. اطلعوا على ما يمكنكم المشاركة فيه.',
  'notifications.pac.phaseOpened.inapp': '{commune}: انطلقت مرحلة «{phase}» من برنامج عمل الجماعة',
  'notifications.pac.phaseClosed.subject': '{commune}: اختتمت مرحلة «{phase}» من برنامج عمل الجماعة',
  'notifications.pac.phaseClosed.body':
    'اختتمت مرحلة «{phase}» من برنامج عمل الجماعة في {commune} يوم {to}. تابعوا المراحل الموالية ونتائجها.',
  'notifications.pac.phaseClosed.inapp': '{commune}: اختتمت مرحلة «{phase}» من برنامج عمل الجماعة',
  'notifications.pac.action': 'برنامج عمل الجماعة',
  'notifications.pac.actionText': 'مراحل البرنامج وما يمكنكم المشاركة فيه: {link}',
  'notifications.proposal.admissible.subject': '{commune}: اقتراحكم {code} مقبول تقنيا',
  'notifications.proposal.admissible.body':
    'درست {commune} اقتراحكم {code} «{title}» ووجدته مقبولا تقنيا (الاختصاص والكلفة والمشروعية)، وسيُعرض على التصويت. التعليل: {reason}',
  'notifications.proposal.admissible.inapp': 'اقتراحكم {code} مقبول وسيُعرض على التصويت',
  'notifications.proposal.inadmissible.subject': '{commune}: اقتراحكم {code} غير مقبول',
  'notifications.proposal.inadmissible.body':
    'درست {commune} اقتراحكم {code} «{title}» ووجدته غير مقبول تقنيا، فلن يُعرض على التصويت. التعليل المنشور: {reason}',
  'notifications.proposal.inadmissible.inapp': 'اقتراحكم {code} غير مقبول: {reason}',
  'notifications.proposal.action': 'اقتراحاتي',
  'notifications.proposal.actionText': 'اقتراحاتكم وقرارات الجماعة: {link}',
  'notifications.consultation.opened.subject': '{commune}: التصويت مفتوح في «{title}»',
  'notifications.consultation.opened.body':
    'فُتح التصويت على المقترحات المقبولة في استشارة «{title}» لـ{commune}. يمكنكم التصويت عبر الإنترنت أو في شباك الجماعة.',
  'notifications.consultation.opened.inapp': '{commune}: التصويت مفتوح في «{title}»',
  'notifications.consultation.closed.subject': '{commune}: نتائج «{title}»',
  'notifications.consultation.closed.body':
    'أُغلق التصويت في استشارة «{title}» لـ{commune}، والنتائج ونسبة المشاركة منشورة.',
  'notifications.consultation.closed.inapp': '{commune}: أُغلق التصويت في «{title}»، النتائج منشورة',
  'notifications.consultation.action': 'الاستشارة',
  'notifications.consultation.actionText': 'الاستشارة ونتائجها: {link}',
  'notifications.application.action': 'ملفات جمعيتي',
  'notifications.application.actionText': 'ملفات جمعيتكم: {link}',
  'notifications.petition.filed.subject': '{commune}: أودعت عريضتكم {code}',
  'notifications.petition.filed.body':
    'أودعت العريضة {code} «{subject}» لدى رئيس المجلس. يحتفظ هذا الإشعار بتاريخ الإيداع؛ يبت مكتب المجلس في قبولها، ويبلغكم رفضها معللا داخل الأجل القانوني.',
  'notifications.petition.filed.inapp': 'أودعت العريضة {code}',
  'notifications.petition.admissible.subject': '{commune}: قبلت عريضتكم {code}',
  'notifications.petition.admissible.body':
    'قبل مكتب المجلس العريضة {code} «{subject}». ستدرج في جدول أعمال الدورة العادية المقبلة ({session}) وأحيلت على اللجنة المختصة. {reason}',
  'notifications.petition.admissible.inapp': 'قبلت العريضة {code}، الدورة المقبلة {session}',
  'notifications.petition.rejected.subject': '{commune}: رفضت عريضتكم {code}',
  'notifications.petition.rejected.body': 'رفض مكتب المجلس العريضة {code} «{subject}» للأسباب التالية: {reason}',
  'notifications.petition.rejected.inapp': 'رفضت العريضة {code}: {reason}',
  'notifications.petition.decided.subject': '{commune}: قرار المجلس في العريضة {code}',
  'notifications.petition.decided.body': 'تداول المجلس في العريضة {code} «{subject}» وقرر ما يلي: {reason}',
  'notifications.petition.decided.inapp': 'قرار المجلس في العريضة {code}: {reason}',
  'notifications.petition.answered.subject': '{commune}: جواب الجماعة على المقترح {code}',
  'notifications.petition.answered.body': 'أجابت الجماعة على المقترح {code} «{subject}»: {reason}',
  'notifications.petition.answered.inapp': 'جواب على المقترح {code}: {reason}',
  'notifications.workshop.moved.subject': '{commune}: تغيير موعد أو مكان ورشة «{title}»',
  'notifications.workshop.moved.body':
    'غيرت {commune} موعد أو مكان ورشة «{title}» التي سجلتم فيها: تنعقد يوم {startsAt} بـ{place}.',
  'notifications.workshop.moved.inapp': '{commune}: موعد أو مكان جديد لورشة «{title}»، {startsAt}، {place}',
  'notifications.workshop.cancelled.subject': '{commune}: إلغاء ورشة «{title}»',
  'notifications.workshop.cancelled.body':
    'ألغت {commune} ورشة «{title}» التي سجلتم فيها والتي كانت مقررة يوم {startsAt}. السبب: {reason}',
  'notifications.workshop.cancelled.inapp': '{commune}: ألغيت ورشة «{title}»: {reason}',
  'notifications.workshop.action': 'صفحة الورشة',
  'notifications.workshop.actionText': 'صفحة الورشة: {link}',
  'notifications.petition.action': 'تتبع العريضة',
  'notifications.petition.actionText': 'تتبع العريضة: {link}',
  'notifications.staff.publicationDue.subject': '{commune}: يحين موعد تحيين «{item}» قبل {due}',
  'notifications.staff.publicationDue.body':
    'أنت مكلف(ة) بتحيين «{item}» في قائمة النشر الاستباقي (المادة 10 من القانون 31.13). يجب نشر تحيينه قبل {due}، وإلا سيظهر للعموم متأخرا.',
  'notifications.staff.publicationDue.inapp': '{commune}: يحين موعد تحيين «{item}» قبل {due}',
  'notifications.staff.publicationStale.subject': '{commune}: «{item}» متأخر عن موعد تحيينه',
  'notifications.staff.publicationStale.body':
    'انقضى أجل تحيين «{item}» في {due}، وتظهره صفحة النشر الاستباقي للعموم متأخرا إلى أن يتم نشر تحيينه وتسجيل تاريخه.',
  'notifications.staff.publicationStale.inapp': '{commune}: «{item}» متأخر عن موعد تحيينه ({due})',
  'notifications.staff.publicationAction': 'فتح قائمة النشر',
  'notifications.staff.publicationActionText': 'قائمة النشر الاستباقي: {link}',
  'notifications.staff.recommendationAdopted.subject': '{commune}: توصية {code} من لجنة الشفافية في انتظار جوابكم',
  'notifications.staff.recommendationAdopted.body':
    'اعتمدت لجنة الشفافية التوصية {code} «{title}» الموجهة إلى الجماعة. ينتظر جوابكم (مقبولة، مقبولة جزئيا أو مرفوضة مع التعليل) قبل {due}، وسينشر مع التوصية.',
  'notifications.staff.recommendationAdopted.inapp': 'توصية {code} «{title}» في انتظار الجواب قبل {due}',
  'notifications.staff.observationRaised.subject': '{commune}: ملاحظة {code} من لجنة الشفافية',
  'notifications.staff.observationRaised.body':
    'أبدت لجنة الشفافية الملاحظة {code} «{title}» بشأن الجماعة. ينتظر جوابكم قبل {due}.',
  'notifications.staff.observationRaised.inapp': 'ملاحظة {code} «{title}» في انتظار الجواب قبل {due}',
  'notifications.committee.recommendationAnswered.subject': '{commune} أجابت عن التوصية {code}: {answer}',
  'notifications.committee.recommendationAnswered.body':
    'أجابت الجماعة عن التوصية {code} «{title}»: {answer}. الجواب وتعليله منشوران على صفحة لجنة الشفافية.',
  'notifications.committee.recommendationAnswered.inapp': 'التوصية {code} «{title}»: {answer}',
  'notifications.committee.action': 'صفحة اللجنة',
  'notifications.committee.actionText': 'صفحة لجنة الشفافية: {link}',
  'notifications.staff.petitionReminder.subject': '{commune}: العريضة {code} تنتظر قرار المكتب منذ {days} يوما',
  'notifications.staff.petitionReminder.body':
    'أودعت العريضة {code} منذ {days} يوما ولم يبت المكتب في قبولها بعد. يجب تبليغ أي رفض معللا قبل {due}.',
  'notifications.staff.petitionReminder.inapp': 'العريضة {code} تنتظر منذ {days} يوما (الأجل {due})',
  'notifications.room.approved.subject': '{commune}: تمت الموافقة على طلب القاعة',
  'notifications.room.approved.body':
    'وافقت {commune} على طلبكم لقاعة «{room}» من أجل «{title}»، يوم {startsAt} إلى الساعة {endsAt}.',
  'notifications.room.approved.inapp': 'وافقت {commune} على قاعة «{room}» من أجل «{title}»، يوم {startsAt}',
  'notifications.room.refused.subject': '{commune}: رُفض طلب القاعة',
  'notifications.room.refused.body':
    'لم توافق {commune} على طلبكم لقاعة «{room}» من أجل «{title}»، يوم {startsAt}. السبب: {reason}',
  'notifications.room.refused.inapp': 'رفضت {commune} طلب قاعة «{room}» من أجل «{title}»: {reason}',
  'notifications.room.action': 'طلباتي للقاعات',
  'notifications.room.actionText': 'طلباتكم للقاعات: {link}',
};

declare module '../../types' {
  interface Catalogs {
    notifications: typeof import('./ar').default;
  }
}
