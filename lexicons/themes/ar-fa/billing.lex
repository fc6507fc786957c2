# Arabic and Persian terms: invoices, charges, refunds, payment methods, double charges, receipts
theme = billing

[ar]
فاتورة
فاتوره
الفاتورة
فواتير
الفواتير
دفع
الدفع
دفعت
الدفع الالكتروني
طريقة الدفع
طرق الدفع
بوابة الدفع
الدفع عند الاستلام
مدى                  | exact context
ابل باي
أبل باي
فيزا
بطاقة ائتمان
البطاقة
بطاقتي
البطاقه
سحب
سحبوا
انسحب
سحب مني             | neg pain
سحبوا فلوس          | neg pain
سحبوا مبلغ          | neg pain
سحبوا من رصيدي      | neg pain
خصم مني             | neg pain
خصموا                | neg pain exact
انخصم               | neg pain
تم الخصم            | neg pain
خصم مرتين           | neg pain
انخصم مرتين         | neg pain
دفعت مرتين          | neg pain
مرتين               | exact context
استرجاع
استرداد
استرداد المبلغ
استرجاع المبلغ
ارجاع المبلغ
ارجاع فلوسي
رجعوا فلوسي
ارجعوا فلوسي
فلوسي
ما رجعوا            | neg pain
لم يتم استرداد      | neg pain
لم يتم الاسترجاع    | neg pain
المبلغ ما رجع       | neg pain
رصيد
الرصيد
رصيدي
شحن الرصيد
المحفظة
محفظة
ايصال                | context
إيصال
الإيصال
وصل الدفع
عملية الدفع
# bare العملية is any "operation" or "process" (عملية التسجيل): only with its object
عملية الشراء
عملية السحب
عملية التحويل
الحوالة
تحويل
التحويل البنكي
اشتراك تلقائي
تجديد تلقائي       | neg
تجدد تلقائي        | neg
عمولة
رسوم خفية          | neg pain
فشل الدفع          | neg pain
الدفع فشل          | neg pain
رفض الدفع          | neg pain
ما يقبل البطاقة    | neg pain
مشتريات داخل التطبيق
سحوبات             | neg

[fa]
صورتحساب
صورت‌حساب
صورت حساب
فاکتور
فاکتورش
پرداخت              | context
پرداختی
پرداخت کردم
درگاه پرداخت
درگاه               | context
پرداخت در محل
کارت به کارت
کارت بانکی
کیف پول
اعتبار              | context
شارژ                | context
شارژ حساب
کسر شد
از حسابم کسر شد     | neg pain
پولم کسر شد         | neg pain
دوبار کسر شد        | neg pain
دو بار کسر شد       | neg pain
دوبار پرداخت        | neg pain
بازپرداخت
برگشت پول
برگشت وجه
استرداد وجه
عودت وجه
پولم برنگشت         | neg pain
پول برنگشت          | neg pain
پولمو پس ندادن      | neg pain
پس نمیدن            | neg pain
رسید پرداخت
تراکنش
تراکنش ناموفق       | neg pain
پرداخت ناموفق       | neg pain
خطای پرداخت         | neg pain
تمدید خودکار        | neg
اقساط
قسطی
# پرداخت is also "treatment, elaboration" (پرداخت داستان, پرداخته شده) and اعتبار "credibility":
# bare, they count only beside money or another billing word
پرداخت کنیم
پرداخت کنم
پرداخت شد
پرداخت نشد | neg pain
پرداخت کردیم
پول | anchor
پولم | anchor
پولش | anchor
کارت | anchor
هزینه | anchor
مبلغ | anchor
تومان | anchor
تومن | anchor
حساب | anchor
حسابم | anchor
برنامه | anchor
سایت | anchor
