# Arabic and Persian terms: speed, lag, loading, battery drain, storage
theme = product.performance

[ar]
بطيء                | neg context
بطئ                 | neg
بطيئ                | neg context
بطيئة               | neg context
بطيئه               | neg context
بطء                 | neg context
البطء               | neg
ببطء                | neg
بطى                 | neg
ثقيل                | neg
ثقيله               | neg
ثقيلة               | neg
ثقيييل              | neg
تقيل                | neg
تقيله               | neg
لاق                 | neg
لاج                 | neg
لاگ                 | neg
لاك                 | neg exact
تهنيج               | neg pain
تحميل بطيء          | neg
يحمل ببطء           | neg
ياخذ وقت            | neg
ياخذ وقت طويل       | neg
ياخد وقت            | neg
ياخذ وقت كثير       | neg
يستغرق وقت          | neg
يستغرق وقتا         | neg
وقت طويل            | neg
يتأخر في الاستجابة  | neg
الاستجابة           | context
استجابة
بطيء الاستجابة      | neg
سرعة                | context
سرعه
السرعة              | context
السرعه
سريع                | pos context
# fast food is a kind of food, not speed
الوجبات السريعة     | ignore
وجبات سريعة         | ignore
الاكل السريع        | ignore
اكل سريع            | ignore
سريعة               | pos context
سريعه               | pos context
سريع جدا            | pos
خفيف                | pos
خفيفة               | pos
خفيفه               | pos
سلس                 | pos
سلسة                | pos
سلاسة               | pos
أداء
اداء
الأداء
الاداء
يستهلك
استهلاك
يستهلك البطارية     | neg
البطارية
بطارية
البطاريه
يسخن                | neg
سخونة               | neg
حرارة الجهاز        | neg
الجهاز يسخن         | neg
مساحه
المساحة
ياخذ مساحة          | neg
حجمه كبير           | neg
مساحة كبيرة         | neg
ذاكرة
الذاكرة
الرام
انترنت بطيء        | neg
النت بطيء          | neg
تحميل
التحميل
يحمل                | exact
يطول                | neg
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
الموقع | anchor
الشاشة | anchor
التحديث | anchor
النسخة | anchor

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
