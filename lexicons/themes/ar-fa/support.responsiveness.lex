# Arabic and Persian terms: waiting, hold times, slow or no replies
theme = support.responsiveness

[ar]
ما يردون            | neg pain
مايردون             | neg pain
ما يرد              | neg pain
مايرد               | neg pain
ما ردوا             | neg pain
ماردوا              | neg pain
لا يردون            | neg pain
لا يرد              | neg pain
لم يرد              | neg pain
لم يتم الرد         | neg pain
لا يوجد رد          | neg pain
ما في رد            | neg pain
مافي رد             | neg pain
بدون رد             | neg pain
ولا رد              | neg pain
ولا مجيب            | neg pain
لا حياة لمن تنادي   | neg pain
ولا حد يرد          | neg pain
محد يرد             | neg pain
ماحد يرد            | neg pain
ما حد رد            | neg pain
مش بيردوا           | neg pain
# "please reply" is a request to support, not a feature request
الرجاء الرد         | pain
ارجو الرد           | pain
نرجو الرد           | pain
يرجى الرد           | pain
ارجو رد             | pain
الرد                 | context
رد
ردهم
ردوا
سرعة الرد           | pos
الرد سريع           | pos
رد سريع             | pos
سرعة الاستجابة      | pos
تجاوب
تجاوبهم
تجاوب سريع          | pos
ما تجاوبوا          | neg pain
انتظار
الانتظار
انتظرت              | neg
انتظر               | exact
ننتظر
طال الانتظار        | neg pain
مدة الانتظار
وقت الانتظار
قائمة الانتظار
على الانتظار        | neg
ساعات انتظار        | neg pain
ساعة انتظار         | neg pain
مليت وانا انتظر     | neg pain
لي اسبوع            | neg pain
لي شهر              | neg pain
له شهر              | neg pain
لي يومين            | neg pain
من اسبوع            | neg
من شهر               | neg context
بدون جدوى           | neg pain
تجاهل               | neg pain
تجاهلوا             | neg pain
يتجاهلون             | neg pain context
تطنيش               | neg pain
طنشوا               | neg pain
مطنشين              | neg pain
# "I can't wait (to come back)" is eagerness, not waiting
لا استطيع الانتظار | ignore
لا أستطيع الانتظار | ignore
ما اقدر انتظر     | ignore
مو قادر انتظر     | ignore

[fa]
جواب نمیدن          | neg pain
جواب نمی‌دهند       | neg pain
جواب نمیده          | neg pain
جواب ندادن          | neg pain
جواب ندادند         | neg pain
پاسخ نمی‌دهند       | neg pain
پاسخ نمیدن          | neg pain
پاسخ ندادند         | neg pain
پاسخی دریافت نکردم  | neg pain
جوابی نگرفتم        | neg pain
هیچ جوابی           | neg pain context
هیچ پاسخی           | neg pain context
بی‌جواب             | neg pain context
بی جواب             | neg pain context
پاسخگو نیستند       | neg pain
پاسخگو نیستن        | neg pain
پاسخگو نبودند       | neg pain
پاسخگو              | context
سریع جواب دادن      | pos
سریع پاسخ           | pos
پاسخ سریع           | pos
سرعت پاسخگویی
زمان پاسخ
منتظرم              | neg context
منتظر موندم         | neg pain context
منتظر ماندم         | neg pain context
در انتظار           | context
پشت خط              | neg pain
معطل                | neg pain context
معطلی               | neg pain context
معطل کردن           | neg pain context
چند روزه            | neg context
یک هفته است         | neg pain context
یه هفته‌ست          | neg pain context
هنوز جواب           | neg pain context
تلفن رو جواب نمیدن  | neg pain
کسی جواب نمیده      | neg pain
کسی پاسخگو نیست     | neg pain
# bare generic words removed (they mean something else in most texts); the theme only in context
زمان انتظار         | context
انتظار طولانی       | neg pain context
در انتظار پاسخ | neg pain
خیلی منتظر          | neg context
ساعت منتظر          | neg pain context
منتظر بودم          | neg context
پاسخ | anchor
پشتیبانی | anchor
تماس | anchor
سفارش | anchor
# waiting words (منتظر, بی جواب, چند روزه) only beside the company, a call, a message or an order
پیام | anchor
تیکت | anchor
ایمیل | anchor
سفارشم | anchor
جواب | anchor
پیگیری | anchor
کالا | anchor
بسته | anchor
ارسال | anchor
# "unanswered questions" of a story or of life are not an unanswered customer
سوال بی جواب     | ignore
سوالات بی جواب   | ignore
سوال‌های بی جواب | ignore
سوالای بی جواب   | ignore
تیکت زدم | anchor
تیکت دادم | anchor
تماس گرفتم | anchor
زنگ زدم | anchor
پیام دادم | anchor
ایمیل زدم | anchor
