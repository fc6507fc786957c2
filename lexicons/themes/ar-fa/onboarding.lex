# Arabic and Persian terms: setup, installation, getting started, activation
theme = onboarding

[ar]
تثبيت
التثبيت
ثبت                 | exact
ثبتت                | exact
نزلت التطبيق
نزلته               | exact
حملته
حملت التطبيق
تنزيل
التنزيل
تحميل التطبيق
بداية
البداية
اول مرة
أول مرة
اول مره
اول ما              | context
من اول
اعداد
الإعداد
الاعداد
إعدادات
الاعدادات
اعدادات
تفعيل
التفعيل
كود التفعيل
رمز التفعيل
رمز التحقق
كود التحقق
التحقق
تحقق
شرح
تعليمات
خطوات
طريقة الاستخدام
طريقة التسجيل
تسجيل جديد
حساب جديد
انشاء حساب
إنشاء حساب
التسجيل
تسجيل
سجلت
التسجيل صعب        | neg
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
الموقع | anchor
الشاشة | anchor
البطارية | anchor
التحديث | anchor
النسخة | anchor

[fa]
نصبش
نصب                 | context
نصب کردم
راه‌اندازی
راه اندازی
شروع کار            | context
دفعه اول            | context
ثبت نام
ثبت‌نام
ثبتنام
فعال‌سازی
فعال سازی
فعالسازی
کد فعالسازی
کد تایید
کد تأیید
احراز هویت
راهنمای شروع
# نصب is also "appointing, mounting" and شروع کار "starting work": beside an app word only
برنامه | anchor
اپ | anchor
اپلیکیشن | anchor
نرم افزار | anchor
نرم‌افزار | anchor
سایت | anchor
گوشی | anchor
