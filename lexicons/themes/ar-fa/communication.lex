# Arabic and Persian terms: information from the company, notifications, messages, emails, SMS
theme = communication

[ar]
اشعار                | context
اشعارات
الاشعارات
إشعارات
اشعار*               | context
تنبيه                | context
تنبيهات
التنبيهات
رسائل                | context
الرسائل              | context
رسايل                | context
رساله نصيه
رسالة نصية
رسائل نصية
مسجات
المسجات
مسج
ايميلات
رسائل مزعجة       | neg pain
رسايل مزعجه       | neg pain
كثرة الرسائل      | neg pain
كثرة الاشعارات    | neg pain
اشعارات كثيرة     | neg pain
اشعارات مزعجة     | neg pain
ازعاج                | neg context
اعلان                | context
اعلانات              | context
الاعلانات            | context
الإعلانات            | context
إعلانات              | context
إعلان                | context
اعلانات كثيرة     | neg pain
اعلانات كثير      | neg pain
الاعلانات كثيرة   | neg pain
الاعلانات كثيره   | neg pain
كثرة الاعلانات    | neg pain
كثره الاعلانات    | neg pain
اعلانات مزعجة     | neg pain
معلومات              | context
المعلومات            | context
معلومات خاطئة     | neg pain
معلومات غلط       | neg pain
معلومات ناقصة     | neg pain
معلومات متضاربة   | neg pain
كلام متناقض       | neg pain
كل موظف يقول شي   | neg pain
ما بلغوني         | neg pain
بدون اشعار        | neg pain
بدون ابلاغ        | neg pain
ما ابلغونا        | neg pain
التحديثات شبه يومية | neg
التحديثات كثيرة   | neg
تحديثات كثير      | neg
اخبار                | context
الاخبار              | context
تواصل الشركة
نشرة
# app and company nouns: ads, messages and information count in their sentence (anchors, no mention)
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
التحديث | anchor
النسخة | anchor
الشركة | anchor
الشركه | anchor
الايميل | anchor
الجوال | anchor
# "website" (الموقع is also "the location" of a hotel or restaurant)
الموقع الالكتروني | anchor
موقع الانترنت | anchor
الويب سايت | anchor

[fa]
# the seller's own ads (a clitic form); listed before the bare context word, which would shadow it
تبلیغاتش
تبلیغاتشون
تبلیغاتتون
اطلاع‌رسانی         | context
اطلاع رسانی         | context
اطلاعرسانی          | context
اطلاعیه             | context
نوتیفیکیشن
نوتیف
اعلان               | context
اعلان‌ها
پیامک
پیامک‌ها
پیامک تبلیغاتی     | neg pain
اس ام اس
اس‌ام‌اس
ایمیل               | context
ایمیل‌ها
ایمیل تبلیغاتی     | neg pain
پیام                | context
پیام‌ها
تبلیغات             | context
تبلیغ               | context
تبلیغات زیاد       | neg pain
اطلاعات غلط        | neg pain
اطلاعات اشتباه     | neg pain
اطلاعات ناقص       | neg pain
توضیحات             | context
توضیحات محصول
مشخصات              | context
مشخصات محصول
توضیحات اشتباه     | neg pain
با توضیحات فرق داشت | neg pain
با توضیحات محصول فرق داشت | neg pain
با عکس فرق داشت    | neg pain
با عکسش فرق داره   | neg pain
خبر ندادن          | neg pain
اطلاع ندادن        | neg pain
اطلاع ندادند       | neg pain
پشتیبانی | anchor
برنامه | anchor
دریافت | anchor
# تبلیغ "preaching, promotion", مشخصات "features of a story", توضیحات "the author's explanations":
# about the company's communication only beside one of its channels or the product page
توضیحات کتاب
توضیحات سایت
اپ | anchor
اپلیکیشن | anchor
سایت | anchor
محصول | anchor
ارسال | anchor
گوشی | anchor
# the product page and the seller's ads: "its ads", "so much advertising", "it says in the description"
این همه تبلیغ
انقدر تبلیغ
تبلیغ میکنن
تبلیغ می‌کنند
نوشته | anchor
ننوشته | anchor
نوشته شده | anchor
نوشته بود | anchor
کالا | anchor
عکس | anchor
