# Arabic and Persian terms: integrations, sync between devices, import/export, linking accounts
theme = product.integration

[ar]
مزامنة
مزامنه
المزامنة
تزامن
ربط
الربط
ربط الحساب
ربط الشحنات
مربوط
ربطه
تكامل
التكامل
استيراد
تصدير
نقل البيانات
نسخ احتياطي
النسخ الاحتياطي
النسخة الاحتياطية
نسخه احتياطيه
استعادة البيانات
جوجل درايف
قوقل درايف
آيكلاود
ايكلاود
الكمبيوتر
نسخة الويب
الويب                | exact
الموقع الالكتروني
ابل واتش
الساعة الذكية
التلفزيون            | context
الشاشة الذكية
كروم كاست
بلوتوث
واتساب
الواتساب
تويتر                | context
فيسبوك
يربط
ما يربط             | neg pain
لا يتزامن           | neg pain
ما يتزامن           | neg pain

[fa]
همگام‌سازی
همگام سازی
هماهنگ‌سازی
سینک
sync
اتصال               | context
وصل کردن
وصل نمیشه           | neg pain
وصل نمی‌شود         | neg pain
متصل                | context
یکپارچگی            | context
یکپارچه             | context
ادغام               | context
ایمپورت
اکسپورت
خروجی گرفتن
خروجی               | context
وارد کردن اطلاعات
انتقال اطلاعات      | context
پشتیبان‌گیری
بکاپ
نسخه وب
نسخه دسکتاپ
دسکتاپ              | context
کامپیوتر            | context
ساعت هوشمند
تلویزیون            | context
بلوتوث              | context
گوگل درایو
برنامه | anchor
اپ | anchor
اپلیکیشن | anchor
نرم افزار | anchor
نرم‌افزار | anchor
سایت | anchor
گوشی | anchor
# اتصال "joining", ادغام "merging", خروجی "exit, output": integration only beside an app word
دستگاه | anchor
لپ تاپ | anchor
تبلت | anchor
