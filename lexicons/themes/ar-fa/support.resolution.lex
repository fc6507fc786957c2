# Arabic and Persian terms: problem solved or not, bounced between agents, repeating oneself
theme = support.resolution

[ar]
حل المشكلة
حل المشكله
حلوا المشكلة
حلوا المشكله
حلو المشكلة
حل مشكلتي
حلوا مشكلتي
تم حل               | pos
تم حل المشكلة       | pos
يتم حل المشكلة      | pos
انحلت المشكلة       | pos
تم الحل             | pos
انحلت               | pos
انحلت المشكلة       | pos
ما انحلت            | neg pain
لم تحل              | neg pain
لم يتم حل           | neg pain
لم يتم حلها         | neg pain
ما حلوا             | neg pain
ماحلوا              | neg pain
ما حلو              | neg pain
ماحلو               | neg pain
بدون حل             | neg pain
ولا حل              | neg pain
لا يوجد حل          | neg pain
مافي حل             | neg pain
ما في حل            | neg pain
ما لقيت حل          | neg pain
الحل
حل                   | exact context
وين الحل            | neg pain
شو الحل             | neg pain
ايش الحل            | neg pain
ما هو الحل          | neg pain
يحولوني             | neg pain
حولوني              | neg pain exact
كل واحد يحولني      | neg pain
من موظف لموظف       | neg pain
من قسم لقسم         | neg pain
اعيد نفس الكلام     | neg pain
نفس الرد            | neg pain
ردود جاهزة          | neg pain
رد آلي              | neg
مرفوض               | neg
رفضوا               | neg pain
رفض الطلب           | neg pain
رفضوا الشكوى        | neg pain
اغلقوا البلاغ       | neg pain
تم اغلاق البلاغ     | neg
تم التعامل مع البلاغ | pos
تجاوبوا             | pos
عالجوا المشكلة      | pos
متابعة
المتابعة
تابعت
ما في متابعة        | neg pain
# laptops and devices (general vocabulary): maintenance centres, warranty, repair, replacement
مركز الصيانة
مراكز الصيانة
الصيانة | context
وديته الصيانة
ارسلته للصيانة
رجعته للصيانة
فني الصيانة
الضمان | context
تحت الضمان
فترة الضمان
ضمان سنة
ضمان سنتين
انتهى الضمان | ignore
خارج الضمان | ignore
بعد انتهاء الضمان | ignore
# تصليح is also a hotel room's or a car's repair: only beside a device word
تصليح | context
اصلاح الجهاز
استبدال الجهاز
استبدلوا الجهاز
بدلوا الجهاز
الوكيل المعتمد
اللابتوب | anchor
لابتوب | anchor
الجهاز | anchor
الكمبيوتر | anchor
عطل | anchor

[fa]
حل مشکل             | context
حل شد               | pos
مشکلم حل شد         | pos
مشکل حل شد          | pos
حل نشد              | neg pain
حل نشده             | neg pain
مشکلم حل نشد        | neg pain
رسیدگی
رسیدگی کردن         | pos
رسیدگی نکردن        | neg pain
رسیدگی نشد          | neg pain
پیگیری نکردن        | neg pain
پیگیری نشد          | neg pain
پاس کاری            | neg pain
پاسکاری             | neg pain
پاس دادن            | neg pain context
از این واحد به اون واحد | neg pain
هر بار یه چیزی میگن | neg pain
دوباره توضیح دادم   | neg pain
از اول توضیح        | neg pain
نتیجه نداد          | neg pain context
بی‌نتیجه            | neg pain context
بی نتیجه            | neg pain context
بی فایده            | neg context
بی‌فایده            | neg context
راه‌حل              | context
جبران               | context
جبران کردن          | pos
تعویض               | context
تعویض کردن          | pos
مرجوع کردن
مرجوعی
# bare generic words removed (they mean something else in most texts); the theme only in context
راه حلی ندادند | neg pain
راه حل ندادن | neg pain
هیچ راه حلی | neg pain
# جبران "repaying", حل مشکل "the solution (a book offers)": only beside a word for the company, an order or a request
پشتیبانی | anchor
تماس | anchor
سفارش | anchor
سفارشم | anchor
کالا | anchor
محصول | anchor
مشکلم | anchor
درخواست | anchor
پیگیری | anchor
تیکت | anchor
شکایت | anchor
# لپ‌تاپ و دستگاه‌ها (واژگان عمومی): گارانتی، تعمیر، نمایندگی
گارانتی
با گارانتی
ضمانت | context
ضمانت‌نامه
تعمیر | context
تعمیرگاه
تعمیرکار
بردم تعمیر
دادم تعمیر
فرستادم تعمیر
نمایندگی | context
نمایندگی مجاز
مرکز خدمات
خدمات گارانتی
تکنسین
تعویض دستگاه
گارانتی تموم شده | ignore
خارج از گارانتی | ignore
از گارانتی خارج | ignore
لپ تاپ | anchor
لپ‌تاپ | anchor
دستگاه | anchor
گوشی | anchor
