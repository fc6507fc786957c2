# Arabic and Persian terms: trust, privacy and dark patterns: hidden costs, tricks, misleading claims
theme = trust

[ar]
ثقة                  | context
الثقة                | context
ثقه                  | context
موثوق               | pos
موثوقية             | pos
مصداقية              | context
مصداقيه              | context
نصب                 | neg pain
نصابين              | neg pain
نصاب                | neg pain
احتيال              | neg pain
محتال               | neg pain
محتالين             | neg pain
غش                  | neg pain
غشاشين              | neg pain
يغشون               | neg pain
خداع                | neg pain
مخادع               | neg pain
كذب                 | neg pain
كذاب                | neg pain
كذابين              | neg pain
يكذبون              | neg pain
كذبه                | neg pain
كدب                 | neg pain
حرامية              | neg pain
حراميه              | neg pain
سرقة                | neg pain
سرقه                | neg pain
سرقوا               | neg pain
يسرقون              | neg pain
لصوص                | neg pain
تضليل               | neg pain
مضلل                | neg pain
اعلان مضلل          | neg pain
اعلانات كاذبة       | neg pain
رسوم مخفية          | neg pain
رسوم خفية           | neg pain
بدون علمي           | neg pain
بدون اذني           | neg pain
بدون إذني           | neg pain
بدون وجه حق         | neg pain
# `exact`: the stem خصوص is also that of خصوصا / بخصوص ("especially", "about")
خصوصية               | exact context
خصوصيتي              | exact context
خصوصيتك              | exact context
خصوصيات              | exact context
خصوصيه               | exact context
الخصوصيه             | exact context
انتهاك الخصوصية     | neg pain
بياناتي
البيانات الشخصية
معلوماتي الشخصية
تجسس                | neg pain
يتجسس               | neg pain
صلاحيات              | context
الصلاحيات            | context
اذونات
الأذونات
يطلب صلاحيات        | neg
امان                 | context
الامان               | context
آمن                  | pos context
امن                  | exact context
حسبي الله           | neg pain
حسبنا الله          | neg pain
فساد                | neg pain
ظلم                 | neg pain
ظالمين              | neg pain
# app, shop and company nouns: privacy, safety and honesty words count in their sentence (anchors, no mention)
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
المتجر | anchor
البائع | anchor
الحساب | anchor
بياناتي | anchor
المستخدم | anchor
المستخدمين | anchor
# "website" (الموقع is also "the location" of a hotel or restaurant)
الموقع الالكتروني | anchor
موقع الانترنت | anchor
الويب سايت | anchor

[fa]
اعتماد              | context
قابل اعتماد         | pos context
اعتماد کردم         | context
بی‌اعتماد           | neg pain context
بی اعتماد           | neg pain context
اعتمادم سلب شد      | neg pain
اطمینان             | context
قابل اطمینان        | pos context
کلاهبرداری          | neg pain
کلاه‌برداری         | neg pain
کلاهبردار           | neg pain context
کلاه سرمون رفت      | neg pain
سرکیسه              | neg pain
دروغ                | neg pain context
دروغگو              | neg pain context
دروغه               | neg pain context
فریب                | neg pain context
فریبنده             | neg pain context
گول                 | neg pain context
گول زدن             | neg pain context
گول نخورید          | neg pain
تقلب                | neg pain context
تقلبی               | neg pain
جنس تقلبی           | neg pain
کپی                 | neg context
هزینه پنهان         | neg pain
هزینه‌های پنهان     | neg pain
بدون اطلاع          | neg pain context
بدون اجازه          | neg pain context
حریم خصوصی
حریم شخصی
اطلاعات شخصی
اطلاعات شخصیم
جاسوسی              | neg pain context
امنیت               | context
امن                 | pos context
ناامن               | neg pain
تبلیغات دروغ        | neg pain
تبلیغات کاذب        | neg pain
خلاف واقع           | neg pain context
با عکس فرق          | neg
اعتماد بنفس | ignore
اعتماد به نفس | ignore
# who is trusted: the seller, the shop, the app (anchors, no mention)
فروشنده | anchor
فروشگاه | anchor
شرکت | anchor
سایت | anchor
برنامه | anchor
پشتیبانی | anchor
خرید | anchor
محصول | anchor
جنس | anchor
کالا | anchor
# deceit words (دروغ, فریب, گول, تقلب "election fraud", جاسوسی "espionage") are the plot of many books:
# about the company only beside the seller, the shop, the app or the purchase
خریدم | anchor
فروش | anchor
دیجی کالا | anchor
اپ | anchor
اپلیکیشن | anchor
اطلاعات | anchor
گول نخورین       | neg pain
تبلیغات | anchor
تبلیغاتش | anchor
تبلیغاتشو | anchor
