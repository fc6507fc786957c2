# Arabic and Persian terms: login, password, access, locked out, cancelling a subscription
theme = account

[ar]
حساب
حسابي
الحساب
حسابات
دخول
الدخول
تسجيل الدخول
تسجيل دخول
تسجيل خروج
تسجيل الخروج
ادخل
أدخل
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
مقفل                | neg
انقفل               | neg pain
قفل الحساب          | neg pain
الحساب مقفل         | neg pain
الحساب موقوف        | neg pain
ايقاف الحساب        | neg pain
إيقاف الحساب        | neg pain
حظر                 | neg
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
البريد الالكتروني
الايميل
ايميل
رقم الجوال
رقم الهاتف
رقم الهوية
النفاذ الوطني
توثيق
ابشر
اختراق
اخترقوا
مخترق               | neg pain
انسرق حسابي         | neg pain
سرقوا حسابي         | neg pain
اثبات الهوية
إثبات الهوية
التحقق من الهوية

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
