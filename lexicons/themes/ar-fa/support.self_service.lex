# Arabic and Persian terms: help centre, FAQ, documentation, chatbot, tutorials
theme = support.self_service

[ar]
الاسئلة الشائعة
الأسئلة الشائعة
اسئلة شائعة
مركز المساعدة
مركز المساعده
صفحة المساعدة
المساعدة             | context
مساعدة               | context
قسم المساعدة
دليل الاستخدام
دليل المستخدم
الدليل               | context
شرح
شروحات
فيديو شرح
فيديوهات تعليمية
الشرح
تعليمات الاستخدام
شات بوت
الشات بوت
روبوت المحادثة
المساعد الآلي
المساعد الالي
الرد الآلي
الرد الالي
المحادثة الآلية
شات
الشات
الدردشة
دردشة
المحادثة المباشرة
مقالات المساعدة
حلول ذاتية
# app nouns: a bare "guide" is the app's guide beside one (anchors, no mention); alone it is a tour guide or "evidence"
التطبيق | anchor
البرنامج | anchor
الجهاز | anchor
المنتج | anchor
الموقع الالكتروني | anchor

[fa]
سوالات متداول
سؤالات متداول
پرسش‌های متداول
پرسش های متداول
مرکز راهنما
راهنما              | context
راهنمای استفاده
راهنمای خرید
ویدیو آموزشی        | context
فیلم آموزشی         | context
مستندات             | context
چت‌بات
چت بات
ربات                | context
بات                 | context
پاسخ خودکار
پاسخگوی خودکار
چت آنلاین
گفتگوی آنلاین
آموزش استفاده       | context
آموزش کار با برنامه
# راهنما "guide", ربات "robot", فیلم آموزشی: help content of the company only beside an app word
برنامه | anchor
اپ | anchor
اپلیکیشن | anchor
سایت | anchor
پشتیبانی | anchor
