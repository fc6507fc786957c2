# Arabic and Persian terms: login, password, access, locked out, cancelling a subscription
theme = account

[ar]
حساب                 | context
حسابي
الحساب               | context
حسابات               | context
دخول                 | context
الدخول               | context
تسجيل الدخول         | context
تسجيل دخول           | context
تسجيل خروج
تسجيل الخروج
ادخل                 | context
أدخل                 | context
ما اقدر ادخل        | neg pain
ما قدرت ادخل        | neg pain
لا استطيع الدخول    | neg pain
لا يمكنني الدخول    | neg pain
لم استطع الدخول     | neg pain
مقدر ادخل           | neg pain
مش قادر ادخل        | neg pain
كلمة المرور
كلمة السر
كلمه المرور
كلمه السر
الباسورد
باسورد
الرقم السري
رمز الدخول
نسيت كلمة المرور
استعادة الحساب
استرجاع الحساب
مقفل                 | neg context
انقفل               | neg pain
قفل الحساب          | neg pain
الحساب مقفل         | neg pain
الحساب موقوف        | neg pain
ايقاف الحساب        | neg pain
إيقاف الحساب        | neg pain
حظر                  | neg context
محظور               | neg pain
تم حظر              | neg pain
انحظر               | neg pain
بند                 | exact
تبنيد               | neg pain
تعليق الحساب        | neg pain
حذف الحساب
الغاء الاشتراك
إلغاء الاشتراك
الغاء الحساب
اسم المستخدم
البريد الالكتروني    | context
الايميل              | context
ايميل                | context
رقم الجوال           | context
رقم الهاتف           | context
رقم الهوية
النفاذ الوطني
توثيق                | context
ابشر                 | context
اختراق
اخترقوا
مخترق               | neg pain
انسرق حسابي         | neg pain
سرقوا حسابي         | neg pain
اثبات الهوية
إثبات الهوية
التحقق من الهوية
# app nouns: bare "account", "entry", "locked" are about an account when an app word is in their sentence (anchors, no mention)
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
# "website" (الموقع is also "the location" of a hotel or restaurant)
الموقع الالكتروني | anchor
موقع الانترنت | anchor
الويب سايت | anchor
البصمة | anchor
بصمة الوجه | anchor
رمز التحقق | anchor
النفاذ | anchor

[fa]
حساب کاربری
حسابم               | context
اکانت
اکانتم
ورود به حساب
وارد شدن            | context
وارد نمیشه          | neg pain
وارد نمی‌شود        | neg pain
نمیتونم وارد بشم    | neg pain
نمی‌توانم وارد شوم  | neg pain
لاگین
رمز عبور
رمز                 | context
پسورد
فراموشی رمز
بازیابی رمز
مسدود               | neg pain context
مسدود شده           | neg pain
بلاک شده            | neg pain
قفل شده             | neg pain
حسابم بسته شد       | neg pain
لغو اشتراک
لغو عضویت
حذف حساب
خروج از حساب
نام کاربری
ایمیل               | context
شماره موبایل        | context
شماره تلفن          | context
هک شد               | neg pain
هک شده              | neg pain
# bare generic words removed (they mean something else in most texts); the theme only in context
ورود به برنامه
نمیتونم وارد شم | pain
به حسابم
# generic words (رمز "secret", حسابم "my (bank) account", وارد شدن "entering") only beside an account word
برنامه | anchor
اپ | anchor
اپلیکیشن | anchor
سایت | anchor
ورود | anchor
کاربری | anchor
رمز عبورم
رمز عبورمو
# the stemmer does not strip a clitic after -ی (کاربریم): spelled out
حساب کاربریم
حساب کاربری‌ام
