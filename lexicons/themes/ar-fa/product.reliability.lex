# Arabic and Persian terms: bugs, crashes, errors, outages, data loss, "stopped working"
theme = product.reliability

[ar]
# "without stopping" and "it doesn't freeze" are praise, not bug reports
دون توقف             | ignore
بدون توقف            | ignore
ما تعلق              | ignore
ماتعلق               | ignore
ما يعلق              | ignore
مايعلق               | ignore
لا يعلق              | ignore
لا تعلق              | ignore
# errors and bugs (MSA + dialect); مشكل* covers مشكلة/مشكله/مشكلتي/مشكلات (the stemmer splits them)
# a bare "problem" is a bug beside an app word or another bug term; these first-person and "same problem / I want a fix" forms are bug reports on their own
مشكلتي              | pain exact
مشكلتنا             | pain exact
نفس المشكلة         | pain
نفس المشكله         | pain
المشكلة مستمرة      | pain
المشكله مستمره      | pain
اريد حل             | pain
ابي حل              | pain
ابغى حل             | pain
نبي حل              | pain
نريد حل             | pain
بدي حل              | pain
ما حليتو            | pain
ماحليتو             | pain
ما حليتوا           | pain
لم تحل              | pain
ما انحلت            | pain
ما انحلت المشكلة    | pain
وش المشكلة          | pain
وش المشكله          | pain
اش المشكله          | pain
اش المشكلة          | pain
ايش المشكلة         | pain
ايش المشكله         | pain
شو المشكلة          | pain
شو المشكله          | pain
ما المشكلة          | pain
مارضيت              | pain
مشكل*                | pain context
مشاكل                | pain
مشاكله               | pain
خطأ                  | pain context
خطا                  | pain context
اخطاء                | pain
غلط                  | pain context
خلل                  | pain context
عطل                 | pain exact
اعطال                | pain context
معطل                 | pain context
تعطل*                | pain
عيب                  | pain context
عيوب                 | pain context
ثغرة                 | pain
ثغرات                | pain
باگ                  | pain
bug                  | pain
bugs                 | pain
error                | pain
crash                | pain
كراش                 | pain
يكرش                 | pain
# freezing, hanging, closing by itself
يعلق*                | pain
تعلق                 | pain
معلق                 | pain context
علق                  | pain exact
علقت                 | pain exact
يعلج                 | pain
يهنق*                | pain
هنق                  | pain
يهنج*                | pain
هنج                  | pain
يتهنج                | pain
يفصل*                | pain
فصل                  | pain exact context
يقفل*                | pain context
يسكر لحاله           | pain
يطفي*                | pain
يطلعني               | pain exact
يطلعنا               | pain exact
يطلعني برا           | pain
يطردني               | pain exact
يخرجني               | pain exact
يخرج من التطبيق      | pain
يطلع من التطبيق      | pain
يقف                  | pain exact context
يوقف                 | pain exact
وقف                  | pain exact
توقف                 | pain context
توقف عن العمل        | pain
متوقف                | pain context
واقف                | pain exact context
يتوقف                | pain context
اختفى                | pain context
اختفت                | pain context
يختفي                | pain context
تختفي                | pain context
انحذف                | pain
انحذفت               | pain
راحت البيانات        | pain
ضاعت                 | pain context
ضاع                  | pain exact context
فقدت البيانات        | pain
خربان                | pain context
خربانه               | pain context
خربت                 | pain context
خرب                  | pain exact context
يخرب                 | pain context
مضروب                | pain context
بايظ                 | pain
بايظه                | pain
عطلان                | pain
عطلانه               | pain
داون                 | pain context
السيرفر              | pain
سيرفر                | pain
السيرفرات            | pain
# "does not work / open / load / respond" (negator written as part of the term)
ما يشتغل             | pain
مايشتغل              | pain
ما تشتغل             | pain
ماتشتغل              | pain
ما اشتغل             | pain
مااشتغل              | pain
ما يعمل              | pain
لا يعمل              | pain
لايعمل               | pain
لا تعمل              | pain
لاتعمل               | pain
لم يعمل              | pain
لا يشتغل             | pain
لايشتغل              | pain
مش شغال              | pain
مش شغاله             | pain
مو شغال              | pain
مو شغاله             | pain
مب شغال              | pain
مش بيشتغل            | pain
مابيشتغل             | pain
ما بيشتغل            | pain
ما يفتح              | pain
مايفتح               | pain
ما تفتح              | pain
ماتفتح               | pain
لا يفتح              | pain
لايفتح               | pain
لا تفتح              | pain
لاتفتح               | pain
مش بيفتح             | pain
مش راضي يفتح         | pain
ما ينفتح             | pain
ما يحمل              | pain context
مايحمل               | pain
ما يتحمل             | pain
مايتحمل              | pain
لا يتم تحميل         | pain
ما يستجيب            | pain
لا يستجيب            | pain
لايستجيب             | pain
ما يرسل              | pain
مايرسل               | pain
لا يرسل              | pain
لا ترسل              | pain
ما يوصل الرمز        | pain
ما يوصلني            | pain
لم يصل               | pain context
ما يظهر              | pain context
مايظهر               | pain
لا يظهر              | pain context
لايظهر               | pain
لا تظهر              | pain
ما تظهر              | pain
لم تظهر              | pain
لم يظهر              | pain
ما يقبل              | pain context
مايقبل               | pain
لا يقبل              | pain context
لايقبل               | pain
ما يدخل              | pain context
مايدخل               | pain
ما يدخلني            | pain
لا يدخل              | pain
ما يسجل              | pain
لا يسجل              | pain
ما يحفظ              | pain
لا يحفظ              | pain
ما يشتغلش            | pain
مبيشتغلش             | pain
مش راضي              | pain context
مو راضي              | pain
مارضي                | pain context
ما رضي               | pain context
ما قدرت              | pain context
ماقدرت               | pain context
ما اقدر              | pain context
مااقدر               | pain context
ما يمدي              | pain context
لا استطيع            | pain
لااستطيع             | pain
لم استطع             | pain context
لم اتمكن             | pain
لا يمكنني            | pain
لايمكنني             | pain
مش قادر              | pain context
مو قادر              | pain context
حاولت                | pain context
احاول                | pain context
المحاوله             | pain context
اعد المحاولة         | pain
حاول مرة اخرى        | pain
حدث خطأ              | pain
رسالة خطأ            | pain
يقول خطأ             | pain
بعد التحديث          | pain
من بعد التحديث       | pain
التحديث الاخير       | pain
التحديث الجديد خرب   | pain
انقطاع               | pain context
ينقطع                | pain context
يقطع                 | pain exact context
تقطيع                | pain context
يفصل النت            | pain
غير متاح             | pain context
الخدمة غير متاحة     | pain
الصفحة غير موجودة    | pain
شاشة بيضاء           | pain
شاشه سوداء           | pain
شاشة سوداء           | pain
شاشه بيضاء           | pain
الشاشة السوداء       | pain
ما يضبط              | pain context
مايضبط               | pain context
مو ضابط              | pain
مش ضابط              | pain
يعيد التشغيل         | pain
يرجع للبداية         | pain
يرجعني               | pain exact
يعلقلي               | pain
يقول لي              | pain context
يقولي                | pain exact context
يقلي                 | pain context
يقولك                | pain exact context
يطلع لي             | pain
يطلعلي              | pain
تطلع لي             | pain
تطلعلي              | pain
تظهر رسالة          | pain
يظهر رسالة          | pain
تطلع رسالة          | pain
يطلع رسالة          | pain
رسالة تقول          | pain
ما السبب             | pain context
مالسبب               | pain context
شو السبب            | pain
وش السبب             | pain context
ايش السبب           | pain
شنو السبب           | pain
وش الحل             | pain
شو الحل             | pain
ايش الحل            | pain
ما الحل             | pain
وين الحل            | pain
شنو الحل            | pain
حل المشكلة          | pain
حل المشكله          | pain
حل مشكلة            | pain
حل مشكلتي           | pain
حل هذه المشكلة      | pain
حل هذه المشكله      | pain
حل هذا الخلل        | pain
تحديث
تحديثات              | context
اصدار                | context
الاصدار              | context
فشل التحقق          | pain
فشل التحميل         | pain
فشل الاتصال         | pain
فشل الدخول          | pain
فشل تسجيل           | pain
تاكد من الشبكه      | pain
تأكد من الشبكة      | pain
تحقق من اتصالك      | pain
خطا في الاتصال      | pain
لا يوجد اتصال       | pain
يرفض                 | pain exact context
رفض يدخل            | pain
يرفض الدخول         | pain
لم يعد يعمل         | pain
ما عاد يشتغل        | pain
ماعاد يشتغل         | pain
يعلج*               | pain
معللق               | pain
يطلعوني             | pain exact
خرجني               | pain exact
يخرجني              | pain exact

# negated verbs "does not work/open/show/send/arrive..." (generated: negator × verb, joined forms)
مو يشتغل             | pain
مش يشتغل             | pain
م يشتغل              | pain
لم يشتغل             | pain
لا تشتغل             | pain
مو تشتغل             | pain
مش تشتغل             | pain
م تشتغل              | pain
لم تشتغل             | pain
مو يعمل              | pain
مش يعمل              | pain
م يعمل               | pain
مايعمل               | pain
مابيعمل              | pain
ما تعمل              | pain
مو تعمل              | pain
مش تعمل              | pain
م تعمل               | pain
لم تعمل              | pain
ماتعمل               | pain
مو يفتح              | pain
مش يفتح              | pain
م يفتح               | pain
لم يفتح              | pain
مابيفتح              | pain
مو تفتح              | pain
مش تفتح              | pain
م تفتح               | pain
لم تفتح              | pain
لا ينفتح             | pain
مو ينفتح             | pain
مش ينفتح             | pain
م ينفتح              | pain
لم ينفتح             | pain
ماينفتح              | pain
مابينفتح             | pain
ما تنفتح             | pain
لا تنفتح             | pain
مو تنفتح             | pain
مش تنفتح             | pain
م تنفتح              | pain
لم تنفتح             | pain
ماتنفتح              | pain
مو يدخل              | pain
مش يدخل              | pain
م يدخل               | pain
لم يدخل              | pain
مابيدخل              | pain
ما تدخل              | pain context
لا تدخل              | pain context
مو تدخل              | pain
مش تدخل              | pain
م تدخل               | pain
لم تدخل              | pain
ماتدخل               | pain
لا يدخلني            | pain
مو يدخلني            | pain
مش يدخلني            | pain
م يدخلني             | pain
لم يدخلني            | pain
مايدخلني             | pain
مابيدخلني            | pain
ما ينزل              | pain
لا ينزل              | pain
مو ينزل              | pain
مش ينزل              | pain
م ينزل               | pain
لم ينزل              | pain
ماينزل               | pain
مابينزل              | pain
ما تنزل              | pain
لا تنزل              | pain
مو تنزل              | pain
مش تنزل              | pain
م تنزل               | pain
لم تنزل              | pain
ماتنزل               | pain
ما يتنزل             | pain
لا يتنزل             | pain
مو يتنزل             | pain
مش يتنزل             | pain
م يتنزل              | pain
لم يتنزل             | pain
مايتنزل              | pain
مابيتنزل             | pain
ما تتنزل             | pain
لا تتنزل             | pain
مو تتنزل             | pain
مش تتنزل             | pain
م تتنزل              | pain
لم تتنزل             | pain
ماتتنزل              | pain
لا يتحمل             | pain
مو يتحمل             | pain
مش يتحمل             | pain
م يتحمل              | pain
لم يتحمل             | pain
مابيتحمل             | pain
ما تتحمل             | pain
لا تتحمل             | pain
مو تتحمل             | pain
مش تتحمل             | pain
م تتحمل              | pain
لم تتحمل             | pain
ماتتحمل              | pain
مو يظهر              | pain
مش يظهر              | pain
م يظهر               | pain
مابيظهر              | pain
مو تظهر              | pain
مش تظهر              | pain
م تظهر               | pain
ماتظهر               | pain
ما يضهر              | pain
لا يضهر              | pain
مو يضهر              | pain
مش يضهر              | pain
م يضهر               | pain
لم يضهر              | pain
مايضهر               | pain
مابيضهر              | pain
ما تضهر              | pain
لا تضهر              | pain
مو تضهر              | pain
مش تضهر              | pain
م تضهر               | pain
لم تضهر              | pain
ماتضهر               | pain
ما يطلع              | pain context
لا يطلع              | pain
مو يطلع              | pain
مش يطلع              | pain
م يطلع               | pain
لم يطلع              | pain
مايطلع               | pain context
مابيطلع              | pain
ما تطلع              | pain context
لا تطلع              | pain
مو تطلع              | pain
مش تطلع              | pain
م تطلع               | pain
لم تطلع              | pain
ماتطلع               | pain
ما يرضى              | pain
لا يرضى              | pain
مو يرضى              | pain
مش يرضى              | pain
م يرضى               | pain
لم يرضى              | pain
مايرضى               | pain
مابيرضى              | pain
ما ترضى              | pain
لا ترضى              | pain
مو ترضى              | pain
مش ترضى              | pain
م ترضى               | pain
لم ترضى              | pain
ماترضى               | pain
مو يرسل              | pain
مش يرسل              | pain
م يرسل               | pain
لم يرسل              | pain
مابيرسل              | pain
ما ترسل              | pain
مو ترسل              | pain
مش ترسل              | pain
م ترسل               | pain
لم ترسل              | pain
ماترسل               | pain
ما ينرسل             | pain
لا ينرسل             | pain
مو ينرسل             | pain
مش ينرسل             | pain
م ينرسل              | pain
لم ينرسل             | pain
ماينرسل              | pain
مابينرسل             | pain
ما تنرسل             | pain
لا تنرسل             | pain
مو تنرسل             | pain
مش تنرسل             | pain
م تنرسل              | pain
لم تنرسل             | pain
ماتنرسل              | pain
مو يستجيب            | pain
مش يستجيب            | pain
م يستجيب             | pain
لم يستجيب            | pain
مايستجيب             | pain
مابيستجيب            | pain
ما تستجيب            | pain
لا تستجيب            | pain
مو تستجيب            | pain
مش تستجيب            | pain
م تستجيب             | pain
لم تستجيب            | pain
ماتستجيب             | pain
مو يقبل              | pain
مش يقبل              | pain
م يقبل               | pain
لم يقبل              | pain
مابيقبل              | pain
ما تقبل              | pain context
لا تقبل              | pain context
مو تقبل              | pain
مش تقبل              | pain
م تقبل               | pain
لم تقبل              | pain
ماتقبل               | pain
مو يسجل              | pain
مش يسجل              | pain
م يسجل               | pain
لم يسجل              | pain
مايسجل               | pain
مابيسجل              | pain
ما تسجل              | pain
لا تسجل              | pain
مو تسجل              | pain
مش تسجل              | pain
م تسجل               | pain
لم تسجل              | pain
ماتسجل               | pain
مو يحفظ              | pain
مش يحفظ              | pain
م يحفظ               | pain
لم يحفظ              | pain
مايحفظ               | pain
مابيحفظ              | pain
ما تحفظ              | pain
لا تحفظ              | pain
مو تحفظ              | pain
مش تحفظ              | pain
م تحفظ               | pain
لم تحفظ              | pain
ماتحفظ               | pain
ما يشغل              | pain
لا يشغل              | pain
مو يشغل              | pain
مش يشغل              | pain
م يشغل               | pain
لم يشغل              | pain
مايشغل               | pain
مابيشغل              | pain
ما تشتغلش            | pain
لا تشتغلش            | pain
مو تشتغلش            | pain
مش تشتغلش            | pain
م تشتغلش             | pain
ماتشتغلش             | pain
ما يحدث              | pain
لا يحدث              | pain
مو يحدث              | pain
مش يحدث              | pain
م يحدث               | pain
لم يحدث              | pain
مايحدث               | pain
مابيحدث              | pain
ما يتحدث             | pain
لا يتحدث             | pain
مو يتحدث             | pain
مش يتحدث             | pain
م يتحدث              | pain
لم يتحدث             | pain
مايتحدث              | pain
مابيتحدث             | pain
ما ينرفع             | pain
لا ينرفع             | pain
مو ينرفع             | pain
مش ينرفع             | pain
م ينرفع              | pain
لم ينرفع             | pain
ماينرفع              | pain
مابينرفع             | pain
ما تنرفع             | pain
لا تنرفع             | pain
مو تنرفع             | pain
مش تنرفع             | pain
م تنرفع              | pain
لم تنرفع             | pain
ماتنرفع              | pain
ما يرفع              | pain
لا يرفع              | pain
مو يرفع              | pain
مش يرفع              | pain
م يرفع               | pain
لم يرفع              | pain
مايرفع               | pain
مابيرفع              | pain
ما يعرض              | pain context
لا يعرض              | pain
مو يعرض              | pain
مش يعرض              | pain
م يعرض               | pain
لم يعرض              | pain
مايعرض               | pain
مابيعرض              | pain
ما يتصل              | pain
لا يتصل              | pain
مو يتصل              | pain
مش يتصل              | pain
م يتصل               | pain
لم يتصل              | pain
مايتصل               | pain
مابيتصل              | pain
ما يكمل              | pain
لا يكمل              | pain
مو يكمل              | pain
مش يكمل              | pain
م يكمل               | pain
لم يكمل              | pain
مايكمل               | pain context
مابيكمل              | pain
ما تجي               | pain
لا تجي               | pain context
مو تجي               | pain
مش تجي               | pain
م تجي                | pain
لم تجي               | pain
ماتجي                | pain context
ما يجي               | pain context
لا يجي               | pain
مو يجي               | pain
مش يجي               | pain
م يجي                | pain
لم يجي               | pain
مايجي                | pain context
مابيجي               | pain
ما يوصل              | pain context
لا يوصل              | pain
مو يوصل              | pain
مش يوصل              | pain
م يوصل               | pain
لم يوصل              | pain
مايوصل               | pain context
مابيوصل              | pain
ما توصل              | pain
لا توصل              | pain
مو توصل              | pain
مش توصل              | pain
م توصل               | pain
لم توصل              | pain
ماتوصل               | pain context
ما يصل               | pain
لا يصل               | pain
مو يصل               | pain
مش يصل               | pain
م يصل                | pain
مايصل                | pain context
مابيصل               | pain
ما تصل               | pain
لا تصل               | pain
مو تصل               | pain
مش تصل               | pain
م تصل                | pain
لم تصل               | pain
ماتصل                | pain
لا يشتغلش            | pain
مو يشتغلش            | pain
مش يشتغلش            | pain
م يشتغلش             | pain
مايشتغلش             | pain
مابيشتغلش            | pain
ما يفتحش             | pain
لا يفتحش             | pain
مو يفتحش             | pain
مش يفتحش             | pain
م يفتحش              | pain
مايفتحش              | pain
مابيفتحش             | pain

# feminine / dialect spellings of freezing
تهنق*                | pain
تهنج*                | pain
تعلق*                | pain
تهنق                 | pain
تهنج                 | pain

# round 2: app-store bug reports
خطاء                 | pain
اخطا                 | pain exact
لا يتم               | pain
لايتم                | pain
لم يتم               | pain
ما رضت               | pain
مارضت                | pain
م رضت                | pain
لا يرضى              | pain
لا ترضى              | pain
ما يرضى              | pain
مرديتش               | pain
ما عم تنزل           | pain
ما عم ينزل           | pain
ما عم يفتح           | pain
ما عم تفتح           | pain
مش عايز يفتح         | pain
مش عايزه تفتح        | pain
مافتح                | pain context
ما فتح               | pain context
يفتح                 | exact context
تفتح                 | exact context
ينفتح                | exact context
تلقلق                | pain
يلقلق                | pain
تعلج                 | pain
تعلق                 | pain
ينطفي                | pain
تنطفي                | pain
يقول                 | exact context
يخرج                 | pain exact
تخرج                 | pain exact context
يخرجني               | pain exact
# slowness and heaviness are reported as bugs in app reviews (also product.performance)
بطيء                 | neg context
بطئ                  | neg
بطيئ*                | neg context
ثقيل                 | neg context
ثقيله                | neg context
# "please fix ..." is a bug report (longer than the request words of product.features)
ارجو حل              | pain
أرجو حل              | pain
ارجوا حل             | pain
نرجو حل              | pain
نرجوا حل             | pain
الرجاء حل            | pain
يرجى حل              | pain
ارجو اصلاح           | pain
نرجو اصلاح           | pain
الرجاء اصلاح         | pain
يرجى اصلاح           | pain
ارجو معالجة          | pain
نرجو معالجة          | pain
ارجو حل المشكلة      | pain
نرجو حل المشكلة      | pain
ارجو حلها            | pain
نرجو حلها            | pain
الرجاء حلها          | pain
يرجى حلها            | pain
ارجوا اصلاح          | pain
نرجو الاسراع في حل   | pain
ارجو تصليح           | pain
اتمنى حل             | pain
نتمنى حل             | pain
اتمنى اصلاح          | pain
نتمنى اصلاح          | pain
اتمنى تصلحون         | pain
اتمنى ان تجدوا حل    | pain
نرجو مراجعة الخلل    | pain
مقدر                 | pain exact
ما تنرفع             | pain
ما ينرفع             | pain
لا يكمل              | pain
لايكمل               | pain
# "cannot (be done)": MSA لا يمكن + verb; positive idioms are ignored
لا يمكن              | pain context
لايمكن               | pain exact
لا يمكن الاستغناء    | ignore
لايمكن الاستغناء     | ignore
لا يمكن وصفه         | ignore
لا يمكن وصفها        | ignore
# Gulf "it doesn't work / won't go through"
ما يصير              | pain
مايصير               | pain
م يصير               | pain
# in-app purchase not credited
لا انضاف*            | pain
ما انضاف*            | pain
ماانضاف*             | pain
لم تضف               | pain
ولا انضاف*           | pain
لم تنضاف*            | pain
ولم تنضاف*           | pain
ما تنضاف*            | pain
# "no problems at all" is praise
لا يوجد اي مشاكل     | ignore
لايوجد اي مشاكل      | ignore
لا يوجد مشاكل        | ignore
لايوجد مشاكل         | ignore
لا توجد اي مشاكل     | ignore
لا توجد مشاكل        | ignore
ما فيه مشاكل         | ignore
مافيه مشاكل          | ignore
ما في مشاكل          | ignore
بدون مشاكل           | ignore
بدون اي مشاكل        | ignore
# "fix it" is a bug report (also a request in product.features)
اصلاح                | pain context
تصليح                | pain
تصليحات              | pain context
اصلحوا               | pain context
صلحوا                | pain context
صلحو                 | pain context
تصلحون               | pain context
تطلعني               | pain exact
تطلعنا               | pain exact
# inflected forms of "slow" (the prefix بطيئ* loses its ب to the proclitic stripper)
بطيئه                | neg context
# verification codes and login that do not come through
رمز التحقق
رمز التفعيل
كود التفعيل
كود التحقق
رقم التفعيل
رسالة التحقق
تسجيل الدخول         | context
تسجيل دخول           | context
التسجيل              | context

# round 3: Gulf "doesn't show for me", Levantine "doesn't load", MSA "inability to"
ماتطلعلي             | pain
ما تطلعلي            | pain
مايطلعلي             | pain
ما يطلعلي            | pain
مابتحمل              | pain
ما بتحمل             | pain
مابيحمل              | pain
عدم القدرة           | pain context
عدم المقدرة          | pain
التطبيق | anchor
تطبيق | anchor
البرنامج | anchor
برنامج | anchor
الجهاز | anchor
جهاز | anchor
الجوال | anchor
الهاتف | anchor
اللعبة | anchor
اللعبه | anchor
لعبة | anchor
التحميل | anchor
النت | anchor
الانترنت | anchor
الشاشة | anchor
البطارية | anchor
التحديث | anchor
النسخة | anchor
# more app, device and network nouns (anchors, no mention)
المبرمجين | anchor
المطور | anchor
المطورين | anchor
السيرفر | anchor
الشبكة | anchor
الشبكه | anchor
الواي فاي | anchor
الوايفاي | anchor
الفيديو | anchor
الفيديوهات | anchor
المقاطع | anchor
مقاطعي | anchor
الكود | anchor
الرمز | anchor
رسالة التفعيل | anchor
الايفون | anchor
ايفون | anchor
الاندرويد | anchor
اندرويد | anchor
جوالي | anchor
تلفوني | anchor
الكمبيوتر | anchor
اللابتوب | anchor
الايباد | anchor
حسابي | anchor
الباسورد | anchor
كلمة السر | anchor
الاشعارات | anchor
الصوت | anchor
البث | anchor
المنصة | anchor
المنصه | anchor
الخادم | anchor
الابلكيشن | anchor
الابليكيشن | anchor
الويب                | anchor exact
الرابط | anchor
الصفحة | anchor
# "an error when / shows an error" is a bug report on its own
يطلع خطأ            | pain
يطلع خطا            | pain
يظهر خطأ            | pain
يظهر خطا            | pain
تطلع خطأ            | pain
يعطيني خطأ          | pain
# app and platform names (anchors, no mention)
سناب | anchor
السناب | anchor
سناب شات | anchor
انستا | anchor
الانستا | anchor
انستقرام | anchor
الانستقرام | anchor
تويتر | anchor
واتساب | anchor
الواتس | anchor
الواتساب | anchor
يوتيوب | anchor
اليوتيوب | anchor
تيك توك | anchor
التيك توك | anchor
نتفلكس | anchor
فيسبوك | anchor
الفيس | anchor
قوقل | anchor
جوجل | anchor
ببجي | anchor
# "assorted" (مشكل/مشكلة) in food names is not a problem
مشاوي مشكلة         | ignore
مشويات مشكلة        | ignore
مقبلات مشكلة        | ignore
معجنات مشكلة        | ignore
فطائر مشكلة         | ignore
حلويات مشكلة        | ignore
مكسرات مشكلة        | ignore
عصير مشكل           | ignore
صحن مشكل            | ignore
مشكل مشاوي          | ignore
مشكل لحم            | ignore
سلطة مشكلة          | ignore
بيتزا مشكل          | ignore
جبن مشكل            | ignore
اجبان مشكلة         | ignore
فواكه مشكلة         | ignore
مشروبات مشكلة       | ignore
البحريات المشكلة    | ignore
# "it won't work / if only it worked" (MSA, Gulf, Egyptian)
لا يريد ان يشتغل    | pain
لا يريد ان يعمل     | pain
ما يبي يشتغل        | pain
مايبي يشتغل         | pain
ما تبي تشتغل        | pain
مش عايز يشتغل       | pain
مش عايزه تشتغل      | pain
مش راضى يشتغل       | pain
لو يشتغل            | pain
لو تشتغل            | pain
يتم غلق البرنامج    | pain
يتم غلق التطبيق     | pain
يقفل لحاله          | pain
يطلع لحاله          | pain
# "website" (الموقع is also "the location" of a hotel or restaurant)
الموقع الالكتروني | anchor
موقع الانترنت | anchor
الويب سايت | anchor
# "why won't it open / work", "I tried to log in / open / register", "it says <error>": bug reports on their own
ليش ما يفتح         | pain
ليش مايفتح          | pain
ليه ما يفتح         | pain
ليه مش بيفتح        | pain
ليش ما يشتغل        | pain
ليش مايشتغل         | pain
ليه ما يشتغل        | pain
ليه مش بيشتغل       | pain
ليش ما يحمل         | pain
ليش ما تفتح         | pain
ليش ماتفتح          | pain
ليش ما تشتغل        | pain
حاولت الدخول        | pain
حاولت ادخل          | pain
احاول ادخل          | pain
احاول الدخول        | pain
حاولت اسجل          | pain
احاول اسجل          | pain
حاولت التسجيل       | pain
احاول التسجيل       | pain
حاولت افتح          | pain
احاول افتح          | pain
حاولت احمل          | pain
احاول احمل          | pain
احاول افعل          | pain
حاولت افعل          | pain
حاولت اكثر من مرة   | pain
حاولت عدة مرات      | pain
احاول من             | pain
يقول المستخدم       | pain
يقول الرقم          | pain
يقول غير            | pain
يقول حدث            | pain
يقول تاكد           | pain
يقول تأكد           | pain
يقول فشل            | pain
يقول انتهت          | pain
يقول لا يوجد        | pain
يقول يرجى           | pain
يقول الرجاء         | pain
يقول اعد            | pain
يقول حاول           | pain
# praise idioms with "I cannot": "I can't describe / think of better / forget / wait"
لا استطيع التفكير   | ignore
لا أستطيع التفكير   | ignore
لا استطيع وصف       | ignore
لا أستطيع وصف       | ignore
لا استطيع ان اصف    | ignore
لا أستطيع أن أصف    | ignore
لا استطيع ان انسى   | ignore
لا أستطيع أن أنسى   | ignore
لا استطيع الانتظار  | ignore
لا أستطيع الانتظار  | ignore
لا يمكن وصف         | ignore
لا يمكن نسيان       | ignore
لايمكن نسيانه       | ignore
لا يمكن تفويت*      | ignore
# "there is no flaw in it" is praise
لا يوجد فيه عيب      | ignore
ولا يوجد فيه عيب     | ignore
لا يوجد به عيب       | ignore
ولا يوجد به عيب      | ignore
لا يوجد عيب          | ignore
ولا يوجد عيب         | ignore
لا توجد عيوب         | ignore
ولا توجد عيوب        | ignore
لا يوجد فيه اي عيب   | ignore
ما فيه عيب           | ignore
مافيه عيب            | ignore
ما فيه ولا عيب       | ignore
مافي عيب             | ignore
ما في عيب            | ignore
# opens and closes by itself
يفتح ويقفل          | pain
يفتح ويطلع          | pain
يفتح ويسكر          | pain
يفتح ثم يغلق        | pain
يفتح ويغلق          | pain
يفتح ويطلعني        | pain
ما عاد يفتح         | pain
ماعاد يفتح          | pain
صار ما يفتح         | pain
# reloading, verification codes that never arrive, a bad update
ترجع تحمل          | pain
يرجع يحمل           | pain
يعيد التحميل        | pain
يعيد تحميل          | pain
لا يصلني الرمز      | pain
لا يصل الرمز        | pain
لم يصلني الرمز      | pain
لم يصلني الكود      | pain
ما وصلني الرمز      | pain
ما وصلني الكود      | pain
ماوصلني الكود       | pain
ماوصلني الرمز       | pain
ما يوصل الكود       | pain
لا يصلك الرمز       | pain
التحديث سيء        | pain
التحديث سيئ         | pain
التحديث سئ          | pain
التحديث الجديد سيء  | pain
التحديث زفت         | pain
اسوأ تحديث          | pain
أسوأ تحديث          | pain
اسوء تحديث          | pain
# advice to the reader: "try to taste / visit"
حاول تجرب*          | ignore
حاول تزور*          | ignore
حاول تطلب*          | ignore
حاول تروح*          | ignore
# "and it did not work / open / load" with the conjunction on the negator (ولا is one word); Gulf "I can't manage to"
ولا اشتغل           | pain
ولا يشتغل           | pain
ولا تشتغل           | pain
ولا يفتح            | pain
ولا فتح             | pain
ولا حمل             | pain
ولا يحمل            | pain
ولا يعمل            | pain
ولا تعمل            | pain
مايمديني            | pain
ما يمديني           | pain
# "if only it worked", "why doesn't it work" (longer than the request phrases بس لو / لماذا لا)
بس لو يشتغل         | pain
بس لو تشتغل         | pain
لماذا لا تعمل       | pain
لماذا لا يعمل       | pain
لماذا لا يفتح       | pain
لماذا لا تفتح       | pain
ليش ما تعمل         | pain
ليه ما تشتغل        | pain
# an account that disappeared
انحذف حسابي         | pain
انحذف الحساب        | pain
راح حسابي           | pain
ضاع حسابي           | pain
حاذف حسابي          | pain
حذفوا حسابي         | pain
# a login problem is a bug report; a bare "check-in / log-in" is also a hotel check-in
مشكلة في تسجيل الدخول | pain
مشكلة تسجيل الدخول  | pain
مشكله في تسجيل الدخول | pain
مشكلة بتسجيل الدخول | pain
مشكلة في الدخول     | pain
مشكلة الدخول        | pain
مشكله الدخول        | pain
حل مشكلة تسجيل الدخول | pain
حل مشكلة الدخول     | pain
# "an error when logging in / opening / paying / loading" (three words, so that it does not take عند from عند اضافة)
خطأ عند تسجيل       | pain
خطأ عند الدخول      | pain
خطأ عند فتح         | pain
خطأ عند التسجيل     | pain
خطأ عند الدفع       | pain
خطأ عند تحميل       | pain
خطا عند الدخول      | pain
خطا عند فتح         | pain
خطا عند التسجيل     | pain
يعطينا خطأ          | pain
يعطي خطأ            | pain
يديني خطأ           | pain
يدينا خطأ           | pain
بيديني خطأ          | pain
بيدينا خطأ          | pain
يطلع لي خطأ         | pain
يطلعلي خطأ          | pain
تطلع لي خطأ         | pain
# app messages that are bug reports on their own
انتهت الجلسة        | pain
انتهت صلاحية الجلسة | pain
الجلسة انتهت        | pain
يوجد اصدار احدث     | pain
حدث خطا             | pain
# "it says: <message>" (the bare verb "says / tells me" needs an app word or another bug term)
يقول تم             | pain
يقولي تم            | pain
يقول يوجد           | pain
يقولي يوجد          | pain
يقول صيغة           | pain
يقولي غير           | pain
يقولي الرقم         | pain
يقول رقم            | pain
يقولي لازم ترقي     | pain
يقولي خطأ           | pain
يقول خطا            | pain
# booking, paying or registering that fails
لم استطع الحجز      | pain
لا استطيع الحجز     | pain
ما قدرت احجز        | pain
ما اقدر احجز        | pain
ماقدرت احجز         | pain
لم استطع الدفع      | pain
ما قدرت ادفع        | pain
ما اقدر ادفع        | pain
لم استطع التسجيل    | pain
ما قدرت اسجل        | pain
ما اقدر اسجل        | pain
# laptops and devices (general vocabulary): blue screen, charging, boot, drivers
الشاشة الزرقاء | pain
الجهاز ما يشحن | pain
اللابتوب ما يشحن | pain
البطارية ما تشحن | pain
لا يشحن البطارية | pain
ما يقلع | pain
مايقلع | pain
لا يقلع | pain
يعيد تشغيل نفسه | pain
يطفي لحاله | pain
مشكلة في التعريفات | pain
مشاكل في التعريفات | pain
الهارد خرب | pain
الهارديسك خرب | pain

[fa]
باگ                  | pain
باگ‌ها               | pain
bug                  | pain
ایراد فنی            | pain
مشکل فنی             | pain
ارور                 | pain
خطا                 | pain context
error                | pain
کرش                  | pain
crash                | pain
هنگ                  | pain
هنگ میکنه            | pain
هنگ می‌کند           | pain
هنگ کرد              | pain
قفل میکنه            | pain
قفل می‌کند           | pain
قفل کرد              | pain
بسته میشه           | pain context
خودش بسته میشه       | pain
از برنامه بیرون میندازه | pain
بیرون میندازه        | pain
کار نمیکنه           | pain
کار نمی‌کند          | pain
کار نکرد             | pain
کار نمیکرد           | pain
از کار افتاد         | pain
از کار افتاده        | pain
باز نمیشه            | pain
باز نمی‌شود          | pain
اجرا نمیشه           | pain
اجرا نمی‌شود         | pain
لود نمیشه            | pain
بالا نمیاد           | pain
بالا نمی‌آید         | pain
قطع                 | pain context
قطع میشه             | pain
قطع می‌شود           | pain
قطع و وصل            | pain
اختلال              | pain context
از دسترس خارج        | pain
در دسترس نیست        | pain
پرید                | pain context
پاک شد              | pain context
اطلاعاتم پاک شد      | pain
خطای سرور            | pain
ذخیره نمیشه          | pain
ذخیره نمی‌شود        | pain
ثبت نمیشه            | pain
ثبت نمی‌شود          | pain
بعد از آپدیت         | pain
بعد از بروزرسانی     | pain
بعد از به روز رسانی  | pain
ایراد داره          | pain context
ایراد دارد           | pain
# bare generic words removed (they mean something else in most texts); the theme only in context
قطعی داره | pain
قطعی اینترنت | pain
قطعی سرور | pain
قطعی مکرر | pain
برنامه | anchor
اپ | anchor
اپلیکیشن | anchor
نرم افزار | anchor
سایت | anchor
گوشی | anchor
# خطا "error (of mankind)", سرور "joy", قطع "cut off", پرید "jumped, flew": bugs only beside an app word
خطا میده         | pain
خطا می‌دهد       | pain
خطا داد          | pain
پیغام خطا        | pain
پیام خطا         | pain
دانلود | anchor
دانلودش | anchor
اینترنت | anchor
# لپ‌تاپ و دستگاه‌ها (واژگان عمومی): صفحه آبی، خاموش و ریستارت شدن، شارژ نشدن
صفحه آبی | pain
بلو اسکرین | pain
خودش خاموش میشه | pain
خودش خاموش می‌شود | pain
خود به خود خاموش | pain
ری استارت میشه | pain
ریستارت میشه | pain
خودش ریستارت | pain
روشن نمیشه | pain
روشن نمی‌شود | pain
شارژ نمیشه | pain
شارژ نمی‌شود | pain
ویندوز بالا نمیاد | pain
هاردش خراب شد | pain
