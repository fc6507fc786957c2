# Arabic and Persian terms: ease of use, confusing UI, hard to find things, navigation, search
theme = product.usability

[ar]
سهل الاستخدام       | pos
سهل                 | pos context
سهلة                | pos
سهله                | pos
سهولة               | pos
سهوله               | pos
سهولة الاستخدام     | pos
بسيط                | pos context
بسيطة               | pos context
بسيطه               | pos
واضح                | pos
سلس الاستخدام       | pos
صعب                 | neg
صعبه                | neg
صعبة                | neg
صعوبة               | neg
صعوبه               | neg
صعب الاستخدام       | neg
معقد                | neg
معقده               | neg
معقدة               | neg
تعقيد               | neg
معقّد               | neg
مربك                | neg
محير                | neg
ملخبط               | neg
لخبطة               | neg
لخبطه               | neg
عشوائي              | neg
مو واضح             | neg
غير واضح            | neg
غير مفهوم           | neg
مش مفهوم            | neg
ما فهمت             | neg
مافهمت              | neg
ما عرفت             | neg
ماعرفت              | neg
ما اعرف كيف         | neg
ما لقيت             | neg
مالقيت              | neg
ما القى             | neg
وين القى            | neg
واجهة
الواجهة
واجهه
الواجهه
تصميم
التصميم
الشكل
شكل التطبيق
الالوان
الخط
حجم الخط
الخط صغير           | neg
القائمة
القوائم
التنقل
التنقل بين الصفحات
البحث
بحث
خاصية البحث
تسهيل               | context
تجربة المستخدم
الاستخدام
استخدام
استعمال
الاستعمال
يسهل                | pos
سهل علي             | pos
متعب                | neg
مزعج                | neg
على شكل | ignore
علي شكل | ignore
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
کاربری
رابط کاربری
محیط برنامه
محیط کاربری
راحته               | pos context
به راحتی            | pos context
براحتی              | pos context
آسان                | pos context
آسون                | pos context
آسونه               | pos context
سادست               | pos context
کاربرپسند           | pos
دشوار               | neg context
پیچیده              | neg context
پیچیدست             | neg context
گیج کننده           | neg context
گیج‌کننده           | neg context
نامفهوم             | neg context
نامشخص              | neg context
پیدا نمیشه          | neg context
پیدا نمی‌شود        | neg context
پیدا نکردم          | neg context
نمیدونم کجاست       | neg context
سرچ                 | context
منوها
طراحی               | context
ظاهر برنامه
فونت
راحت استفاده        | pos
استفاده راحت        | pos
قابل استفاده        | pos context
راحت قابل استفاده   | pos
# bare generic words removed (they mean something else in most texts); the theme only in context
راحتی استفاده | pos
سهولت استفاده | pos
قابل استفاده نیست | neg pain
غیر قابل استفاده | neg pain
استفاده ازش سخته | neg
استفاده ازش راحته | pos
کار باهاش راحت | pos
کار باهاش سخت | neg
کار با برنامه
منوی برنامه
قسمت جستجو
بخش جستجو
امکان جستجو
نوار جستجو
گیج میشم            | neg context
# bare generic words removed (they mean something else in most texts); the theme only in context
شلوغ و درهم | neg
صفحه شلوغ | neg
کار باهاش           | exact
کار کردن باهاش      | exact
استفاده ازش         | exact
# app nouns: an adjective of ease in their sentence is about the app (anchors, no mention)
برنامه | anchor
اپ | anchor
اپلیکیشن | anchor
نرم افزار | anchor
نرم‌افزار | anchor
سایت | anchor
گوشی | anchor
استفاده | anchor
# adjectives of ease and of difficulty (آسون, پیچیده, دشوار, نامفهوم), "search", "design", "couldn't find"
# describe a story, a life or a book cover as often as an app: only beside an app word
تنظیمات
تنظیماتش
طراحی برنامه
طراحی اپ
طراحی سایت
جستجو | anchor
