# Arabic and Persian terms: ease of use, confusing UI, hard to find things, navigation, search
theme = product.usability

[ar]
سهل الاستخدام       | pos
سهل                 | pos context
سهلة                 | pos context
سهله                 | pos context
سهولة                | pos context
سهوله                | pos context
سهولة الاستخدام     | pos
بسيط                | pos context
بسيطة               | pos context
بسيطه                | pos context
واضح                 | pos context
سلس الاستخدام       | pos
صعب                  | neg context
صعبه                 | neg context
صعبة                 | neg context
صعوبة                | neg context
صعوبه                | neg context
صعب الاستخدام       | neg
معقد                | neg
معقده               | neg
معقدة               | neg
تعقيد               | neg
معقّد               | neg
مربك                 | neg exact
محير                 | neg context
ملخبط                | neg context
لخبطة                | neg context
لخبطه                | neg context
عشوائي               | neg context
مو واضح             | neg
غير واضح            | neg
غير مفهوم           | neg
مش مفهوم            | neg
ما فهمت              | neg context
مافهمت               | neg context
ما عرفت              | neg context
ماعرفت               | neg context
ما اعرف كيف         | neg
ما لقيت              | neg context
مالقيت               | neg context
ما القى             | neg
وين القى            | neg
واجهة                | context
الواجهة              | context
واجهه                | context
الواجهه              | context
تصميم                | context
التصميم              | context
الشكل                | context
شكل التطبيق
الالوان              | context
الخط                 | context
حجم الخط
الخط صغير           | neg
القائمة              | context
القوائم              | context
التنقل               | context
التنقل بين الصفحات
البحث                | context
بحث                  | context
خاصية البحث
تسهيل               | context
تجربة المستخدم
الاستخدام            | context
استخدام              | context
استعمال              | context
الاستعمال            | context
يسهل                 | pos context
سهل علي             | pos
متعب                 | neg context
مزعج                 | neg context
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
الشاشة | anchor
البطارية | anchor
التحديث | anchor
النسخة | anchor
# "use is easy / hard" said of the use itself
الاستخدام سهل        | pos
الاستخدام صعب        | neg
الاستخدام مش صعب     | pos
الاستخدام مو صعب     | pos
الاستخدام غير صعب    | pos
استخدامه سهل         | pos
استخدامه صعب         | neg
# app and platform names (anchors, no mention)
سناب | anchor
السناب | anchor
سناب شات | anchor
انستا | anchor
الانستا | anchor
انستقرام | anchor
الانستقرام | anchor
تويتر | anchor
واتساب | anchor
الواتس | anchor
الواتساب | anchor
يوتيوب | anchor
اليوتيوب | anchor
تيك توك | anchor
التيك توك | anchor
نتفلكس | anchor
فيسبوك | anchor
الفيس | anchor
قوقل | anchor
جوجل | anchor
ببجي | anchor
# "website" (الموقع is also "the location" of a hotel or restaurant)
الموقع الالكتروني | anchor
موقع الانترنت | anchor
الويب سايت | anchor
# laptops and devices (general vocabulary): keyboard, touchpad
الكيبورد مريح | pos
لوحة المفاتيح مريحة | pos
الكيبورد | context
لوحة المفاتيح | context
لوحة اللمس | context
التاتش باد | context
الازرار صغيرة | neg
اللابتوب | anchor
لابتوب | anchor
لاب توب | anchor
الكمبيوتر | anchor
الحاسوب | anchor

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
# لپ‌تاپ و دستگاه‌ها (واژگان عمومی): صفحه کلید، تاچ‌پد
کیبورد
کیبرد
صفحه کلید
تاچ پد
تاچ‌پد
کیبورد راحت | pos
تایپ راحت | pos
راحت تایپ | pos
دکمه ها ریز | neg
لپ تاپ | anchor
لپ‌تاپ | anchor
