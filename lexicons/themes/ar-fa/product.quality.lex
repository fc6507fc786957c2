# Arabic and Persian terms: build and product quality, defects, durability, freshness (food)
theme = product.quality

[ar]
جودة
جوده
الجودة
الجوده
بجودة
جودة عالية         | pos
جودة ممتازة        | pos
جودة رديئة         | neg
جوده سيئه          | neg
جودة سيئة          | neg
جودة ضعيفة         | neg
جوده ضعيفه         | neg
ضعيف الجودة        | neg
رديء               | neg
رديئة              | neg
ردئ                | neg
ردي                | neg exact
# `exact`: not تقليدية ("traditional")
تقليد              | neg exact
مقلد               | neg
مغشوش              | neg
اصلي                 | pos exact context
أصلي                 | pos exact context
اصليه                | pos context
تالف               | neg pain
تالفة              | neg pain
تالفه              | neg pain
منتهي الصلاحية     | neg pain
منتهية الصلاحية    | neg pain
الصلاحية             | context
صلاحية               | context
تاريخ الانتهاء
تاريخ الصلاحية
خامة
خامه
الخامة
خامات
صناعة                | context
تصنيع
متين                 | pos context
متانة
قوي التحمل          | pos
انكسر               | neg pain
انكسرت              | neg pain
ينكسر               | neg pain
تكسر                | neg pain
خرب بعد             | neg pain
خربت بعد            | neg pain
ما تحمل             | neg pain
عيب مصنعي           | neg pain
عيب تصنيع           | neg pain
معيوب               | neg pain
معيوبه              | neg pain
فاسد                | neg pain
فاسده               | neg pain
خربان من اول        | neg pain
طازج                | pos
طازجه               | pos
طازجة               | pos
مش طازج             | neg pain
بايت                 | neg exact
عفن                 | neg pain
معفن                | neg pain
الصورة غير واضحة    | neg
الصور غير واضحة     | neg
مو واضحه            | neg
مش واضحة            | neg
الصوت مو واضح       | neg
جودة الصوت
جودة الصورة
جودة الفيديو
دقة الصورة
دقة الفيديو
الدقة                | context
دقه                  | context
بكسلات
مشوش               | neg
تقطيع الصوت        | neg pain
مستوى                | context
مستواه               | context
تحتاج الى صيانة | neg pain
يحتاج الى صيانة | neg pain
تحتاج إلى صيانة | neg pain
يحتاج إلى صيانة | neg pain
# laptops and devices (general vocabulary): screen, hinge, fan, speakers, build; computer nouns are anchors
الشاشة انكسرت | neg pain
الشاشة مكسورة | neg pain
كسر في الشاشة | neg pain
المفصلة | context
المفصلات | context
المفصلة انكسرت | neg pain
المفصلة مكسورة | neg pain
خدوش | neg context
مخدوش | neg
بكسل ميت | neg
بكسلات ميتة | neg
صوت المروحة | neg context
وصوت المروحة | neg context
جودة التصنيع
جودة الشاشة
وضوح الشاشة
دقة الشاشة
بلاستيك رخيص | neg
خامة رخيصة | neg
السماعات | context
صوت السماعات
الجهاز خرب | neg pain
خرب الجهاز | neg pain
الجهاز مات | neg pain
مات الجهاز | neg pain
اللابتوب | anchor
لابتوب | anchor
لاب توب | anchor
الكمبيوتر | anchor
كمبيوتر | anchor
الحاسوب | anchor
الكمبيوتر المحمول | anchor
التابلت | anchor

[fa]
کیفیت
کیفیتش
کیفیتشم
کیفیتی
کیفیت خوب           | pos
کیفیت عالی          | pos
کیفیت خوبی داره     | pos
کیفیت بالا          | pos
کیفیت بالایی        | pos
کیفیت مناسب         | pos
کیفیت پایین         | neg
کیفیت پایینی        | neg
کیفیتش پایینه       | neg
کیفیت پایینه        | neg
کیفیت ضعیف          | neg
کیفیتش افتضاحه      | neg
کیفیت بد            | neg
افت کیفیت           | neg pain
بی کیفیت            | neg
بی‌کیفیت            | neg
بیکیفیت             | neg
باکیفیت             | pos
با کیفیت            | pos
مرغوب               | pos
نامرغوب             | neg
درجه یک             | pos
درجه‌یک             | pos
درجه دو             | neg
درجه سه             | neg
تقلبی               | neg
تقلب                | neg context
تازست               | pos
تازه‌ست             | pos
تازه بود            | pos
تازگیش
تازگی               | context
تازه‌تازه           | pos
تازه تازه           | pos
# "N days/months left (before expiry)" is not "stale"
روز مونده           | ignore exact
روز مانده           | ignore exact
ماه مونده           | ignore exact
ماه مانده           | ignore exact
موندگی              | neg
ماندگی              | neg
کهنه                | neg context
کهنگی               | neg
کهنه بود            | neg pain
بیات                | neg
فاسد                | neg pain
فاسد شده            | neg pain
خراب بود            | neg pain
خراب شده بود        | neg pain
گندیده              | neg pain
کپک                 | neg pain
کپک زده             | neg pain
کپک‌زده             | neg pain
شپشک                | neg pain
شپش                 | neg pain context
کرم زده             | neg pain
کرم داشت            | neg pain
حشره                | neg pain context
سوسک                | neg pain context
آشغال               | neg context
# آشغال "garbage" and اشغال "occupation" are one word after alef unification: the
# occupation sense is blocked where its context shows it
اشغال شده           | ignore
اشغال کرد           | ignore
اشغال کردند         | ignore
اشغال کرده          | ignore
تحت اشغال           | ignore
دوران اشغال         | ignore
اشغال نظامی         | ignore
سنگ ریزه            | neg pain
سنگریزه             | neg pain
ناخالصی             | neg
تمیز                | pos context
پاک شده             | pos
پاک نشده            | neg pain
کثیف                | neg context
لکه                 | neg
لکه خون             | neg pain
تاریخش              | context
تاریخ انقضا
تاریخ انقضاش
تاریخ انقضای
تاریخ مصرف
تاریخ مصرفش
تاریخ تولید
تاریخ تولیدش
تاریخ بسته بندی
تاریخ بسته‌بندی
تاریخ روی بسته بندی
تاریخ روی بسته‌بندی
تاریخ گذشته         | neg pain
تاریخش گذشته        | neg pain
تاریخ روز           | pos
تولید جدید          | pos
انقضا
منقضی               | neg pain
منقضی شده           | neg pain
نزدیک انقضا         | neg
ناسالم              | neg
غیرقابل استفاده     | neg pain
غیر قابل استفاده    | neg pain
قابل استفاده نبود   | neg pain
مرجوع کردم          | neg pain
مرجوع
مرجوعی
چربی زیاد           | neg
پر از چربی          | neg
دنبه                | neg
رگ و پی             | neg
استخوان زیاد        | neg
پوک                 | neg
پوکی                | neg
ریز بود             | neg
ریز بودن            | neg
خرده ریز            | neg
نصفش خراب           | neg pain
ظاهرش               | context
رنگ و رو            | context
یخ زده              | neg
برفک                | neg
آب انداخته          | neg
وارفته              | neg
شل و وارفته         | neg
سفت شده             | neg
دوام                | context
بادوام              | pos
افت کرده           | neg
کیفیتش افت کرده    | neg pain
مثل قبل نیست      | neg
بدتر شده           | neg
کیفیت قبل رو نداره | neg pain
کیفیت سابق        | neg
# round 2: "quality" with the indefinite -ی (the stemmer keeps it) and "desirable"
با کیفیتی           | pos
باکیفیتی            | pos
کیفیت مطلوب         | pos
کیفیت مطلوبی        | pos
کیفیت لازم          | pos
کیفیت خوبی          | pos
# colloquial copula -ه ("it's ...") is not stripped by the stemmer
با کیفیته           | pos
باکیفیته            | pos
بی کیفیته           | neg
بیکیفیته            | neg
کیفیته
کیفیتیه
# bare generic words removed (they mean something else in most texts); the theme only in context
اصل نبود | neg
اصل نیست | neg
اصلی نبود | neg
غیر اصل | neg
مانده بود           | neg context
غذای مانده | neg
نان مانده | neg
ظاهر غذا
ظاهر محصول
تازه نبود | neg
تازه نیست | neg
کاملا تازه | pos
خیلی تازه | pos
نان تازه | pos
مواد تازه | pos
غذای تازه | pos
تازه و داغ | pos
داغ و تازه | pos
تازه                | pos context
# the adverb تازه "just, recently" is not freshness
تازه شروع | ignore
تازه نصب | ignore
تازه عضو | ignore
تازه وارد | ignore
تازه فهمیدم | ignore
تازه متوجه | ignore
تازه یاد | ignore
تازه اومده | ignore
تازه آمده | ignore
تازه منتشر | ignore
تازه خوندم | ignore
تازه خواندم | ignore
# bare generic words removed (they mean something else in most texts); the theme only in context
سالم نبود | neg
مونده               | neg context
مانده               | neg context
# مونده/مانده "left, remaining" is not "stale"
باقی مونده | ignore
باقی مانده | ignore
باقیمانده | ignore
جا مونده | ignore
جا مانده | ignore
عقب مونده | ignore
عقب مانده | ignore
مونده بودم | ignore
مانده بودم | ignore
مونده ام | ignore
مانده ام | ignore
کاملا سالم | pos
سالم و تازه | pos
تازه و سالم | pos
# what the quality word is about (anchors, no mention)
محصول | anchor
کالا | anchor
جنس | anchor
غذا | anchor
نان | anchor
میوه | anchor
گوشت | anchor
بسته | anchor
خرید | anchor
خریدم | anchor
را اشغال | ignore
اشغال سفارت | ignore
# تازه is also the adverb "just, moreover" (تازه تموم کردم, تازه شروع کردم, اونم تازه گرون): the adjective
# "fresh" stands after its noun or before the copula; bare تازه counts only beside a quality word or a food noun
تازه است            | pos context
تازه ست          | pos
تازه هست         | pos
تازه بودن        | pos
تازه بوده        | pos
تازه و           | pos
و تازه              | pos
بسیار تازه       | pos
همیشه تازه       | pos
هم تازه          | pos
تازه نیستن       | neg
تازه نمیومد      | neg
تازه ترین        | pos
تازه کار         | ignore
تازه‌کار         | ignore
# مانده/مونده "left, remained" (یادم مونده, مغفول مانده بود) is "stale" only beside a food or quality word
عقب ماندگی       | ignore
عقب‌ماندگی       | ignore
کیفیت زندگی      | ignore
تر و تمیز        | ignore
سطل آشغال        | ignore
پر از آشغال      | neg
تاریخش گذشته بود | neg pain
پنیر | anchor
مرغ | anchor
ماهی | anchor
برنج | anchor
بو | anchor
بوی | anchor
طعم | anchor
طعمش | anchor
مزه | anchor
رنگ | anchor
رنگش | anchor
خیلی مونده       | neg
خیلی مانده       | neg
کاملا مونده      | neg
حشره داشت        | neg pain
حشره بود         | neg pain
# colloquial "it was stale" (reviews); the formal مانده بود is mostly "had remained" and needs context
مونده بود        | neg
باز مونده        | ignore
یادم مونده       | ignore
یادش مونده       | ignore
ذهنم مونده       | ignore
# food nouns: a freshness or staleness word beside them is about the product
تخم مرغ | anchor
تخم‌مرغ | anchor
روغن | anchor
عسل | anchor
چای | anchor
ماست | anchor
سبزی | anchor
تازه هم نبود
تازه هم نیست
تمیز بود         | pos
# لپ‌تاپ و دستگاه‌ها (واژگان عمومی): صفحه نمایش، لولا، بدنه، صدا، فن
صفحه نمایش
نمایشگر
کیفیت صفحه نمایش
کیفیت تصویر
کیفیت صدا
اسپیکر
بلندگو
صدای فن | neg
صدای فنش | neg
فنش صدا میده | neg
لولا
لولاش
لولا شکست | neg pain
لولاش شکست | neg pain
# a crack on its own is also a cracked egg or a cracked wall: only on a device part
صفحه ترک خورد | neg pain
صفحه ترک خورده | neg pain
صفحه نمایش ترک خورد | neg pain
صفحه نمایش ترک خورده | neg pain
صفحه‌اش ترک | neg pain
بدنه ترک خورد | neg pain
بدنه ترک خورده | neg pain
ترک برداشت | neg pain
خط و خش | neg
خط افتاده | neg
خش افتاده | neg
پیکسل سوخته | neg pain
پیکسل مرده | neg pain
# بدنه is also the body of an army or a society (literary text): only beside a device word
بدنه | context
جنس بدنه
کیفیت ساخت
خوش ساخت | pos
مادربردش سوخت | neg pain
مادربرد سوخت | neg pain
لپ تاپ | anchor
لپ‌تاپ | anchor
کامپیوتر | anchor
رایانه | anchor
تبلت | anchor
