# Arabic and Persian terms: shipping and delivery (late, lost, damaged, tracking)
theme = delivery

[ar]
توصيل
التوصيل
توصيله
شحن
الشحن
شحنة
شحنه
شحنات
الشحنة
الشحنات
مندوب
المندوب
مناديب
سائق التوصيل
الدليفري
دليفري
الديليفري
المندوبين
# `exact`: the stem طلب is also that of طلبت / الطلب ("I ordered", "the order")
الطلبية             | exact
طلبيتي              | exact
طلبيات              | exact
طلبيه               | exact
طلبية               | exact
وصول الطلب
وصل الطلب
وصلني الطلب
ما وصل الطلب         | neg pain
الطلب ما وصل         | neg pain
ماوصل                | neg pain
ما وصلني             | neg pain
ماوصلني              | neg pain
لم يصلني             | neg pain
لم يصل الطلب         | neg pain
لم تصل               | neg pain
تأخير                | neg
تاخير                | neg
تأخر                 | neg
تاخر                 | neg
متأخر                | neg context
متاخر                | neg
يتأخر*               | neg
يتاخر*               | neg
تأخرت                | neg
تاخرت                | neg
يتأخرون              | neg
يتاخرون              | neg
اتأخر                | neg
اتاخر                | neg
مدة التوصيل
وقت التوصيل
مدة الشحن
سرعة التوصيل
توصيل سريع           | pos
التوصيل سريع         | pos
وصل بسرعة            | pos
وصل بسرعه            | pos
وصل بالوقت           | pos
في الموعد            | pos
تتبع الشحنة
تتبع الطلب
رقم التتبع
تتبع
البريد
بريد سعودي
ارامكس
سمسا
الشحنة ضاعت         | neg pain
ضاعت الشحنة         | neg pain
الطلب ضاع           | neg pain
وصل مكسور           | neg pain
وصلت مكسورة         | neg pain
وصلني ناقص          | neg pain
الطلب ناقص          | neg pain
نقص في الطلب        | neg pain
طلب خطأ             | neg pain
طلب غلط             | neg pain
وصلني غلط           | neg pain
موقع المندوب
العنوان              | context
عنواني
الاستلام
استلام
استلمت
استلمنا
يستلم
تسليم
تم التسليم
رسوم التوصيل
تكلفة الشحن
شحن مجاني           | pos
توصيل مجاني         | pos
# charging a battery is not shipping
شحن البطارية       | ignore
شحن الجوال         | ignore
بطارية شحن         | ignore
اعادة الشحن        | ignore
إعادة الشحن        | ignore
وقت الشحن          | ignore
# "delivery service" is delivery, not customer service
خدمة التوصيل
خدمه التوصيل

[fa]
ارسال
ارسالش
ارسال شد
زمان ارسال
هزینه ارسال
ارسال رایگان        | pos
ارسال سریع          | pos
ارسال به موقع       | pos
سریع ارسال          | pos
ارسال کند           | neg
تحویل               | context
تحویلش
تحویل شد
تحویل دادن
زمان تحویل
تحویل به موقع       | pos
به موقع تحویل       | pos
به موقع رسید        | pos
سر وقت رسید         | pos
سریع رسید           | pos
زود رسید            | pos
دیر رسید            | neg
دیر اومد            | neg
دیر آمد             | neg
دیر تحویل           | neg
دیر ارسال           | neg
تاخیر               | neg
تأخیر               | neg
با تاخیر            | neg
با تأخیر            | neg
نرسید               | neg pain context
نرسیده              | neg pain
هنوز نرسیده         | neg pain
به دستم رسید        | context
بدستم رسید          | context
دستم رسید           | context
به دستم نرسید       | neg pain
رسید دستم
دستم رسیده
به دستم رسیده
رسیدن               | context
سالم رسید           | pos
سالم به دستم رسید   | pos
خرد شده رسید        | neg pain
له شده رسید         | neg pain
پیک
مامور پیک
مامور ارسال
مأمور ارسال
مامور
مأمور
اداره پست
حمل
حمل و نقل
حمل‌ونقل
جابجایی
ترابری
زنجیره سرد
شرایط نگهداری در ارسال
آب شده بود          | neg pain
یخش باز شده         | neg pain
یخش باز شده بود     | neg pain
ارسال نشد           | neg pain
ارسال نشده          | neg pain
گم شد               | neg pain
گم شده              | neg pain
مرسوله
کالا رسید
رهگیری
کد رهگیری
پیگیری سفارش
# round 2: late delivery and cold-chain damage in transit
دیر آوردن           | neg
دیر اوردن           | neg
دیر آورد            | neg
دیر فرستادن         | neg
دیر ارسال شد        | neg
دیر به دستم رسید    | neg
ارسال با تاخیر      | neg
یخ زدایی شده        | neg pain
از حالت منجمد       | neg pain
در حمل و نقل        
ضربه دیده           | neg
# what was delivered, and when (anchors, no mention)
سفارش | anchor
سفارشم | anchor
بسته | anchor
کالا | anchor
محصول | anchor
دیر | anchor
زود | anchor
به موقع | anchor
سریع | anchor
ساعت | anchor
روز | anchor
غذا | anchor
