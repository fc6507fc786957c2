# Arabic and Persian terms: packaging
theme = delivery.packaging

[ar]
تغليف
التغليف
مغلف
مغلفة
تعبئة
تعبئه
العبوة
عبوة
عبوه
علبة                 | context
علبه
العلبة
كرتون
الكرتون
كرتونة
كيس                  | context
الكيس
اكياس                | context
غلاف
الغلاف
مختوم
الختم
العلبة مفتوحة       | neg pain
العبوة مفتوحة       | neg pain
تغليف سيء           | neg pain
تغليف ممتاز         | pos
تغليف جيد           | pos
التغليف سيء         | neg pain
مكسور                | neg context
مكسورة               | neg context
منكسر               | neg
تسريب               | neg pain
يسرب                | neg pain
مسرب                | neg pain
مطعوج               | neg
ممزق                | neg
ممزقة               | neg

[fa]
بسته بندی
بسته‌بندی
بسته بندیش
بسته‌بندیش
بسته بندی شده
بسته‌بندی شده
بسته‌بندی خوب       | pos
بسته بندی خوب       | pos
بسته بندی مناسب     | pos
بسته بندی شیک       | pos
بسته بندی بد        | neg
بسته بندی ضعیف      | neg
بسته‌بندی ضعیف      | neg
بسته بندی افتضاح    | neg
بسته بندی داغون     | neg
بسته بندیش خوبه     | pos
پلمپ
پلمب
پلمپش
پلمبش
پلمپ نبود           | neg pain
پلمب نبود           | neg pain
پلمش
پلمپ باز شده        | neg pain
جعبه
جعبه‌اش
کارتن
کارتنش
سلفون
نایلون
نایلکس
کیسه
پاکت
پاکتش
ظرفش
ظرفش شکسته          | neg pain
قوطی
قوطیش
قوطی‌اش
بطری
بطریش
شیشه                | context
شیشه‌اش
شیشه شکسته          | neg pain
درب
دربش
درپوش
درپوشش
زیپ
زیپ کیپ
زیپ‌کیپ
وکیوم
وکیوم شده
پاره                | context
پاره بود            | neg pain
پاره شده            | neg pain
سوراخ               | neg context
سوراخ بود           | neg pain
نشتی                | neg pain
نشت                 | neg pain
نشت میکنه           | neg pain
نشت کرده            | neg pain
نشت کرده بود        | neg pain
ریخته بود           | neg pain
باز شده بود         | neg pain context
له شده              | neg context
له شده بود          | neg pain
ضربه خورده          | neg pain
آسیب دیده           | neg pain context
آسیب دیده بود       | neg pain
# round 3: text printed on the pack (date, photo, label) is not an opinion about packaging
روی بسته بندی       | ignore
روی بسته‌بندی       | ignore
عکس بسته بندی       | ignore
عکس روی بسته بندی   | ignore
روی جعبه            | ignore
روی قوطی            | ignore
روی بطری            | ignore
# "tea bag" (a product type) and ظرف = "within" (ظرف یک ماه)
کیسه ای             | ignore
کیسه‌ای             | ignore
ظرف یک              | ignore
ظرف مدت             | ignore
ظرف چند             | ignore
ظرف دو              | ignore
# bare generic words removed (they mean something else in most texts); the theme only in context
ظرف غذا
ظرف یکبار مصرف
پاره ای | ignore
پاره‌ای | ignore
بسته | anchor
ارسال | anchor
# پاره "torn (bodies, pieces)", آسیب دیده "harmed (a society)", سوراخ "a hole (in a rock)": only beside a pack word
پاره پاره       | ignore
سفارش | anchor
محصول | anchor
کالا | anchor
سلفونی
