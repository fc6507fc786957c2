# Arabic and Persian terms: price and value for money
theme = price

[ar]
سعر
اسعار*
تسعير*
تسعيرة
ثمن
اثمان
تكلفة
تكلفه
التكلفة
كلفة
كلفه
مبلغ                | context
المبلغ              | context
قيمة مقابل
يستاهل سعره         | pos
يستاهل قيمته        | pos
يستاهل ثمنه         | pos
يستاهل فلوسه        | pos
# bare "it deserves it" (مكان يستاهل المرور عليه) recommends the place like "worth it": a price only beside a price word
يستاهل              | pos context
ما يستاهل           | neg
مايستاهل            | neg
لا يستحق السعر      | neg
القيمة مقابل السعر
قيمة مقابل المال
غالي                | neg
غاليه               | neg
غالية               | neg
غاليين              | neg
غالين               | neg
غلا                 | neg exact
غلاء                | neg
مكلف                | neg
مكلفه               | neg
باهظ                | neg
باهظة               | neg
مرتفع السعر         | neg
سعره مرتفع          | neg
الاسعار مرتفعة      | neg
اسعار مرتفعه        | neg
اسعار خيالية        | neg
اسعار خياليه        | neg
نار                  | neg exact context
سرقة                | neg
سرقه                | neg
نهب                 | neg
استغلال             | neg
رخيص                | pos
رخيصه               | pos
رخيصة               | pos
ارخص                | pos
أرخص                | pos
ببلاش               | pos
بلاش                | exact
# "crazy" (مجانين) is not "free" (before مجاني: the first term of the theme that matches wins)
مجانين              | ignore exact
مجاني               | pos
مجانا               | pos
مجاناً              | pos
مجانية              | pos
مجانيه              | pos
بالمجان             | pos
مناسب السعر         | pos
سعر مناسب           | pos
اسعار مناسبة        | pos
اسعار مناسبه        | pos
اسعار معقولة        | pos
اسعار معقوله        | pos
في المتناول         | pos
خصم                 | context
خصومات              | context
تخفيض               | context
تخفيضات             | context
عرض                 | context
عروض                | context
كوبون               | context
كود خصم             | context
قسيمة               | context
رسوم
الرسوم
رسوم التوصيل
رسوم اضافية         | neg
رسوم إضافية         | neg
عمولة
عموله
فلوس                | context
بفلوس               | context
الفلوس              | context
مصاري               | context
دراهم               | context
ريال                | exact context
ريالات              | context
جنيه                | context
دينار               | context
دولار               | context
دولر                | context
باقة                | context
باقه                | context
باقات               | context
اشتراك*             | context
مدفوع               | context
مدفوعه              | context
مدفوعة              | context
نسخة مدفوعة
النسخة المدفوعة
شراء                | context
الشراء              | context
مشتريات             | context
شحن الجواهر
# jewellery in a souk or a museum is not a price; gems bought in a game count beside a price word
الجواهر             | context
جواهر               | context
المجوهرات           | context
الذهب                | exact context
# `exact`: the stem عمل is also that of العمل / عملية ("work", "practical")
عملات               | exact
نقاط                | context
جنيه مصري
# "worth a try / a visit / the trouble" recommends the place, it does not judge a price
يستاهل التجربة     | ignore
يستاهل التجربه     | ignore
يستاهل الزيارة     | ignore
يستاهل الزياره     | ignore
يستاهل تكرار       | ignore
يستاهل العنا       | ignore
يستحق التجربة      | ignore
يستحق الزيارة      | ignore
تستحق التجربة      | ignore
تستحق الزيارة      | ignore
تستاهل التجربة     | ignore
تستاهل الزيارة     | ignore
يستحق المشاهدة     | ignore
# "cheap" said of a material or a kind judges quality, not price; calories are not prices
نوعية رخيصة         | ignore
نوعيه رخيصه         | ignore
خامة رخيصة          | ignore
خامه رخيصه          | ignore
خامات رخيصة         | ignore
انواع رخيصة         | ignore
الانواع الرخيصة     | ignore
مواد رخيصة          | ignore
بلاستيك رخيص        | ignore
السعرات الحرارية    | ignore
سعرات حرارية        | ignore
سعرات حراريه        | ignore
# a service charge is a price, not customer service
رسوم الخدمة         | neg
رسوم الخدمه         | neg
رسوم خدمة           | neg

[fa]
قیمت
قیمتش
قیمتشم
قیمت‌ها
قیمتها
فی                  | exact context
نرخ                 | context
هزینه‌اش
هزینه ارسال
مبلغ                | context
پولش                | context
پولم                | context
پولتون              | context
تومن                | exact context
تومان               | exact context
هزار تومن           | context
ریال                | context
گران                | neg
گرون                | neg
گرونه               | neg
گرانه               | neg
گرون‌تر             | neg
گرانتر              | neg
گرونتر              | neg
گران است            | neg
گرون بود            | neg
گرون شده            | neg
گران شده            | neg
گرانی               | neg context
گرونی               | neg context
گرانفروشی           | neg
گران‌فروشی          | neg
قیمت بالا           | neg
قیمتش بالاست        | neg
قیمت بالایی         | neg
قیمت‌ها بالا رفته   | neg
قیمتش زیاده         | neg
قیمت زیاد           | neg
بالا رفته           | neg
افزایش قیمت         | neg
نمی‌ارزه            | neg
نمیارزه             | neg
نمی‌ارزد            | neg
نمیارزد             | neg
نمی ارزه            | neg
پول دور ریختن       | neg
پولتونو دور نریزید  | neg
ارزان               | pos context
ارزون               | pos
ارزونه              | pos
ارزانه              | pos
ارزونتر             | pos
ارزان‌تر            | pos context
ارزانتر             | pos context
قیمت مناسب          | pos
قیمتش مناسبه        | pos
قیمت خوب            | pos
قیمت پایین          | pos
قیمت پایینی         | pos
مناسب قیمت          | pos
ارزش خرید           | pos
ارزش خریدن          | pos
ارزش خریدش          | pos
ارزش داره           | pos context
ارزش دارد           | pos context
ارزش پول            | pos
می‌ارزه             | pos context
میارزه              | pos context
می‌ارزد             | pos context
میارزد              | pos context
به صرفه             | pos
بصرفه               | pos
به‌صرفه             | pos
مقرون به صرفه       | pos
مقرون‌به‌صرفه       | pos
صرفه
اقتصادی             | pos context
تخفیف               | context
تخفیفش              | context
با تخفیف            | context
حراج                | context
پیشنهاد ویژه
فروش ویژه
کد تخفیف
نسبت به قیمت
با توجه به قیمت
به نسبت قیمت
کیفیت به قیمت
قیمت به کیفیت
اشتراک              | context
حق اشتراک           | context
با این قیمت        | neg
با این قیمتش       | neg
بی ارزش             | neg context
بی‌ارزش            | neg
بی ارزشه           | neg
ارزونتر باشه       | neg
ارزان‌تر باشد      | neg
ارزون تر باشه      | neg
قیمت معقول‌تری     | neg
قیمت مناسب‌تری     | neg
قیمتش بالا         | neg
قیمت بالاست        | neg
قیمتش هم بالاست    | neg
گران قیمت          | neg
گرانقیمت           | neg
پولمو ریختم دور    | neg
# bare generic words removed (they mean something else in most texts); the theme only in context
هزینه زیاد          | neg context
هزینه بالا          | neg context
هزینه اشتراک
تخفیف شگفت انگیز
تو شگفت انگیز
توی شگفت انگیز
در شگفت انگیز
حراج شگفت انگیز
ارزش هزینه | pos
به این هزینه
# bare generic words removed (they mean something else in most texts); the theme only in context
حیف پول | neg pain
پولم هدر | neg pain
# نرخ in the idiom "به نرخ روز" (opportunism), قیمت in "قدر و قیمت" (worth of a person): not price
به نرخ روز       | ignore
قدر و قیمت       | ignore
به هر قیمتی      | ignore
# شگفت‌انگیز is "amazing"; only "bought in the (Digikala) Amazing sale" is price
# "it is worth it" (میارزه) is value for money only beside a price or purchase word, not "worth reading"
# the ZWNJ spelling of the sale name is one token: write it too (multi-word terms do not join it)
تو شگفت‌انگیز
توی شگفت‌انگیز
در شگفت‌انگیز
حراج شگفت‌انگیز
تخفیف شگفت‌انگیز
# a purchase word alone does not make an amount, a discount or "cheap" a judgement of the price
# (ده تومن صد صفحه خوندم; نیروی کار ارزان); "buying it is worth it" is
خرید ارزش داره   | pos
خرید ارزش دارد   | pos
خریدش ارزش داره  | pos
خریدنش می‌ارزه   | pos
# the price of oil, the dollar or gold is the economy, not what the customer paid
قیمت نفت         | ignore
قیمت دلار        | ignore
قیمت ارز         | ignore
قیمت طلا         | ignore
قیمت سکه         | ignore
# colloquial plural + clitic (قیمت‌هاش, قیمتاش) is not reduced by the stemmer: spelled out
قیمت‌هاش
قیمتاش
# "priceless" (یاقوت بی قیمت) and "broke" (بی پولم) are not about a price
بی قیمت          | ignore
بی‌قیمت          | ignore
بی پول           | ignore
بی پولم          | ignore
بی‌پولم          | ignore
# گرانبها "precious" and "cheap labour" are not the price of the product
گران بها         | ignore
گرانبها          | ignore
نیروی کار ارزان  | ignore
کارگران ارزان    | ignore
کارگر ارزان      | ignore

