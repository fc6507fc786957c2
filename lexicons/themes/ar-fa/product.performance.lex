# Arabic and Persian terms: speed, lag, loading, battery drain, storage
theme = product.performance

[ar]
بطيء                | neg context
بطئ                  | neg context
بطيئ                | neg context
بطيئة               | neg context
بطيئه               | neg context
بطء                 | neg context
البطء                | neg context
ببطء                 | neg context
بطى                  | neg context
ثقيل                 | neg context
ثقيله                | neg context
ثقيلة                | neg context
ثقيييل               | neg context
تقيل                 | neg context
تقيله                | neg context
لاق                 | neg
لاج                 | neg
لاگ                 | neg
لاك                 | neg exact
تهنيج               | neg pain
تحميل بطيء          | neg
يحمل ببطء           | neg
ياخذ وقت             | neg context
ياخذ وقت طويل        | neg context
ياخد وقت             | neg context
ياخذ وقت كثير        | neg context
يستغرق وقت           | neg context
يستغرق وقتا          | neg context
وقت طويل             | neg context
يتأخر في الاستجابة  | neg
الاستجابة           | context
استجابة              | context
بطيء الاستجابة      | neg
سرعة                | context
سرعه                 | context
السرعة              | context
السرعه               | context
سريع                | pos context
# fast food is a kind of food, not speed
الوجبات السريعة     | ignore
وجبات سريعة         | ignore
الاكل السريع        | ignore
اكل سريع            | ignore
سريعة               | pos context
سريعه               | pos context
سريع جدا            | pos
خفيف                 | pos context
خفيفة                | pos context
خفيفه                | pos context
سلس                  | pos context
سلسة                 | pos context
سلاسة                | pos context
أداء                 | context
اداء                 | context
الأداء               | context
الاداء               | context
يستهلك               | context
استهلاك              | context
يستهلك البطارية     | neg
البطارية
بطارية
البطاريه
يسخن                 | neg context
سخونة                | neg context
حرارة الجهاز        | neg
الجهاز يسخن         | neg
مساحه                | context
المساحة              | context
ياخذ مساحة          | neg
حجمه كبير            | neg context
مساحة كبيرة          | neg context
ذاكرة                | context
الذاكرة              | context
الرام                | context
انترنت بطيء        | neg
النت بطيء          | neg
تحميل                | context
التحميل              | context
يحمل                | exact
يطول                 | neg context
يطول التحميل       | neg
دوامة التحميل      | neg
مساحة التخزين
مساحة الذاكرة
يأخذ مساحة | neg
ياخد مساحة | neg
# a speed word is about performance when an app or device word is in its sentence (anchors, no mention)
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
النت | anchor
الانترنت | anchor
الشاشة | anchor
التحديث | anchor
النسخة | anchor
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
# "website" (الموقع is also "the location" of a hotel or restaurant)
الموقع الالكتروني | anchor
موقع الانترنت | anchor
الويب سايت | anchor
# laptops and devices (general vocabulary): battery, boot, charging; computer nouns are anchors
البطارية تخلص بسرعة | neg
البطارية ضعيفة | neg
البطارية ما تدوم | neg
البطارية ممتازة | pos
عمر البطارية
يشحن ببطء | neg
الشحن بطيء | neg
بطيء في التشغيل | neg
بطيء في الاقلاع | neg
الاقلاع بطيء | neg
يقلع بسرعة | pos
سريع في التشغيل | pos
يسخن بسرعة | neg
اداء ممتاز | pos
أداء قوي | pos
اداء ضعيف | neg
اللابتوب | anchor
لابتوب | anchor
لاب توب | anchor
الكمبيوتر | anchor
كمبيوتر | anchor
الحاسوب | anchor
الكمبيوتر المحمول | anchor
التابلت | anchor
الايباد | anchor

[fa]
سرعتش
سرعت                | context
سریع                | pos context
سریعه               | pos context
# bare کند is also the verb "does" (ازدواج کند, سعی کند): the adjective "slow" only
# where its context says so
خیلی کند            | neg context
بسیار کند           | neg context
کند است             | neg context
کند بود             | neg context
کند شده             | neg context
کند میشه            | neg
کند می‌شود           | neg
کند کار می‌کند       | neg
کند کار میکنه       | neg
کند اجرا            | neg
کند باز             | neg context
کند لود             | neg
سرعت کند            | neg
سرعتش کند           | neg
کنده                | neg context
خیلی کنده           | neg context
کندی                | neg context
لگ                  | neg
لگ داره             | neg
لگ میزنه            | neg
لاگ                 | neg
سنگین               | neg context
سنگینه              | neg context
عملکرد              | context
عملکردش             | context
پرفورمنس
دیر لود میشه        | neg
دیر باز میشه        | neg
دیر بالا میاد       | neg
لود
لودینگ
بارگذاری
بارگیری
زمان بارگذاری
باتری
باتری میخوره        | neg
باتری مصرف میکنه    | neg
مصرف باتری
مصرف اینترنت
حجم برنامه
رم                  | context
داغ میکنه           | neg
داغ می‌کند          | neg
گوشی داغ            | neg
طول میکشه           | neg context
طول می‌کشد          | neg context
معطل میشم           | neg context
# bare generic words removed (they mean something else in most texts); the theme only in context
سبک و سریع | pos
روان اجرا | pos
روان کار | pos
اجرای روان | pos
# bare generic words removed (they mean something else in most texts); the theme only in context
حافظه زیادی | neg
حافظه گوشی
فضای حافظه
برنامه | anchor
اپ | anchor
اپلیکیشن | anchor
نرم افزار | anchor
نرم‌افزار | anchor
سایت | anchor
گوشی | anchor
اجرا | anchor
باز میشه | anchor
کند باز میشه     | neg
کند باز می‌شود   | neg
# "slow", "heavy", "takes long", "fast" describe a story's pace or a change in society as often as an app:
# only beside an app word (or a download); سرعت after به is the adverb "quickly"
به سرعت          | ignore
دانلود | anchor
دانلودش | anchor
# لپ‌تاپ و دستگاه‌ها (واژگان عمومی): باتری، شارژ، روشن شدن؛ نام دستگاه‌ها anchor هستند
پردازنده
سی پی یو
اس اس دی
داغ میشه | neg
داغ می‌شود | neg
زود داغ | neg
شارژ باتری
شارژدهی
شارژدهی خوب | pos
شارژدهی عالی | pos
شارژدهی ضعیف | neg
باتری ضعیف | neg
باتریش ضعیفه | neg
باتری ضعیفه | neg
زود تموم میشه | neg context
زود خالی میشه | neg context
شارژ نگه نمیداره | neg
شارژ نگه نمی‌دارد | neg
دیر روشن میشه | neg
دیر بوت میشه | neg
زود روشن میشه | pos
لپ تاپ | anchor
لپ‌تاپ | anchor
کامپیوتر | anchor
رایانه | anchor
تبلت | anchor
