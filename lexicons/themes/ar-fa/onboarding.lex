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
تنزيل                | context
التنزيل              | context
تحميل التطبيق
بداية                | context
البداية              | context
اول مرة              | context
أول مرة              | context
اول مره              | context
اول ما              | context
من اول               | context
اعداد                | context
الإعداد              | context
الاعداد              | context
إعدادات
الاعدادات
اعدادات
تفعيل                | context
التفعيل              | context
كود التفعيل
رمز التفعيل
رمز التحقق
كود التحقق
التحقق               | context
تحقق                 | context
شرح                  | context
تعليمات              | context
خطوات                | context
طريقة الاستخدام
طريقة التسجيل
تسجيل جديد
حساب جديد
انشاء حساب
إنشاء حساب
التسجيل              | context
تسجيل                | context
سجلت                 | context
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
الشاشة | anchor
البطارية | anchor
التحديث | anchor
النسخة | anchor
# "website" (الموقع is also "the location" of a hotel or restaurant)
الموقع الالكتروني | anchor
موقع الانترنت | anchor
الويب سايت | anchor

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
