# Arabic and Persian terms: missing features and requests ("please add", "I wish")
theme = product.features

[ar]
# wishes and requests (in app reviews every improvement request is a pain)
اتمنى                | pain
أتمنى                | pain
نتمنى                | pain
# exact: the stem اتم is also that of أتمكن ("I manage to") and أتم ("complete")
اتمنا                | pain exact
نتمنا                | pain
تمنيت                | pain
كنت اتمنى            | pain
ياريت                | pain
يا ريت               | pain
ياريتكم              | pain
ريت                  | pain exact
ياليت                | pain
يا ليت               | pain
ياليتكم              | pain exact
ياليتهم              | pain exact
ياليتها              | pain exact
ياليته               | pain exact
ياليتنا              | pain exact
ياريتها              | pain exact
ليت                  | pain exact
حبذا                 | pain
يا حبذا              | pain
ياحبذا               | pain
اقتراح               | pain context
اقتراحي              | pain context
اقتراحات             | pain context
اقترح                | pain context
أقترح                | pain context
نقترح                | pain
# add / support / option / feature
# "when adding", "was added", "additional" are not requests
عند اضافة            | ignore
عند اضافه            | ignore
تمت اضافة            | ignore
تمت اضافه            | ignore
اضافية               | ignore exact
اضافيه               | ignore exact
اضاف*                | pain context
إضافة                | pain context
اضيف*                | pain context
تضيف*                | pain
يضيف*                | pain context
ضيفوا                | pain exact
ضيفو                 | pain exact
ضيفون                | pain exact
# more request formulas (MSA "we hope", Gulf "I'd like", "put/add")
نأمل                 | pain
آمل ان               | pain
ودي لو               | pain
ودنا لو              | pain
ودي يكون             | pain
ودنا يكون            | pain
ليتكم                | pain
تحطون                | pain exact context
يحطون                | pain exact context
تزيدون               | pain exact
زودوا                | pain exact
زودو                 | pain exact
# Gulf "it needs ..."
يبي له               | pain
يبيله                | pain exact
يبيلها               | pain exact
يبي لها              | pain
تبي لها              | pain
يبغى له              | pain
يبغاله               | pain exact
نضيف                 | pain context
زيدوا                | pain exact
# خاصية/خاصيات/خاصيته ("feature"), not خاصى/خاصة ("especially")
خاصية               | pain
خاصيات              | pain
خصائص               | pain
ميزة                 | pain context
ميزه                 | pain context
ميزات                | pain context
خيار                 | pain exact context
خيارات               | pain context
امكانية              | pain context
امكانيه              | pain context
إمكانية              | pain context
يدعم                 | pain
تدعم                 | pain
لا يدعم              | pain
لايدعم               | pain
ما يدعم              | pain
مايدعم               | pain
مش بيدعم             | pain
دعم اللغة العربية    | pain
اللغة العربية        | pain
اللغه العربيه        | pain
لغة عربية            | pain
باللغة العربية       | pain
بالعربي              | pain exact context
عربي                 | pain exact context
الوضع الليلي         | pain
الوضع الداكن         | pain
الوضع المظلم         | pain
دارك مود             | pain
نسخة للايباد         | pain
الوضع الافقي         | pain
# develop / improve / fix requests
تطوير                | pain
يحتاج تطوير          | pain
يحتاج                | pain context
تحتاج                | pain context
ينقصه                | pain
ينقصها               | pain
ينقص                 | pain
ناقص                 | pain context
ناقصه                | pain context
تحسين                | pain
تحسينات              | pain
تحسينه               | pain
تعديل                | pain
تعديلات              | pain
عدلوا                | pain exact
تعدلو                | pain
تعدلون               | pain
تعدلوا               | pain
اصلاح                | pain
إصلاح                | pain
اصلحوا               | pain
صلحوا                | pain
صلحو                 | pain
تصليح                | pain
تصليحات              | pain
عالجوا               | pain
المفروض              | pain context
يفترض                | pain context
لازم يكون            | pain
لازم يضيفون          | pain
يجب اضافة            | pain
يجب ان يكون          | pain
يجب ان يتم           | pain
نريد                 | pain
# the Prophet (الصلاة على النبي, النبي صلى الله عليه وسلم) is not "we want"
على النبي            | ignore
النبي صلى            | ignore
نبي                  | pain exact
نبغى                 | pain
نبغي                 | pain
نبا                  | pain exact
ابغى                 | pain
ابغي                 | pain
لو تضيفون            | pain
لو تسوون             | pain
لو يسوون             | pain
لو تخلون             | pain
لو يخلون             | pain
لو يكون              | pain
لو يصير              | pain
لو فيه               | pain
ليش ما فيه           | pain
ليش مافي             | pain
لا يوجد خيار         | pain
ما فيه خيار          | pain
لا يوجد              | pain
لايوجد               | pain
لا يوجد افضل         | ignore
لا يوجد افضل منه     | ignore
لايوجد افضل          | ignore
لا يوجد اي فائده     | ignore
لا يوجد فائده        | ignore
لايوجد فائده         | ignore
لا تتوفر             | pain
لا يتوفر             | pain
لماذا لايوجد         | pain
متى                  | pain exact
تحديث جديد           | pain
نبي تحديث            | pain
يحتاج تحديث          | pain
ننتظر التحديث        | pain
الاعلانات كثيرة      | pain
اعلانات كثير         | pain
كثرة الاعلانات       | pain
خففوا الاعلانات      | pain
قللوا                | pain
بتمنى                | pain exact
بتمنا                | pain
يريت                 | pain exact
رجعوا                | pain exact
ارجعوا               | pain exact
رجعو                 | pain exact
حطوا                 | pain
حطو                  | pain
سووا                 | pain exact
يفتقد                | pain
يفتقر                | pain
ليش مايكون           | pain
لماذا لاي*           | pain
طوروا                | pain exact
طورو                 | pain exact
يتطور                | pain
كثرة الاعلانات       | pain
كثره الاعلانات       | pain
كثرة اعلانات         | pain
اعلانات كثيره        | pain
دعايات كثيره         | pain
الاعلانات مزعجة      | pain
الاعلانات كثير       | pain
بس لو                | pain
لو انه               | pain
لو يخلون             | pain
لو تزيدون            | pain
لو يزيدون            | pain
لو تنزلون            | pain
لو ينزلون            | pain

# polite requests: "please ..." is an improvement request in app reviews
ارجو                 | pain context
أرجو                 | pain context
ارجوا                | pain
ارجوكم               | pain
الرجاء               | pain
رجاء                 | pain exact
يرجى                 | pain
نرجو                 | pain
نرجوا                | pain
يجب                  | pain context
لازم                 | pain context
نقص                  | pain
نواقص                | pain
وفروا                | pain
وفرو                 | pain
توفير                | pain context
ضيفوا لنا            | pain
اضيفوا               | pain
نبغا                 | pain
نبيكم                | pain exact
نبي منكم             | pain
# requests addressed to the developers (2nd person plural imperatives)
نزلوا                | pain exact
نزلو                 | pain exact
تنزلون               | pain exact
غيروا                | pain exact
غيرو                 | pain exact
شيلوا                | pain exact
شيلو                 | pain exact
الغوا                | pain exact
افتحوا               | pain exact
اعملوا               | pain exact
اعملو                | pain exact
سوو                  | pain exact
سوولنا               | pain
زيدو                 | pain exact
قللو                 | pain exact
حسنوا                | pain exact
حسنو                 | pain exact
تحسنو                | pain exact
تحسنوا               | pain exact
اهتموا               | pain exact
نطالب                | pain
اطالب                | pain
ضروري                | pain context
محتاجين              | pain context
هل يمكن              | pain
لو ممكن              | pain
اذا ممكن             | pain
يكون افضل            | pain
كان يفضل             | pain
يفضل لو              | pain
الافضل لو            | pain
# missing things and limits
غير موجود            | pain
غير موجوده           | pain
مو موجود             | pain context
مو موجوده            | pain context
مش موجود             | pain context
مش موجوده            | pain context
عدم توفر             | pain
عدم وجود             | pain
لا يتيح              | pain
لا يسمح              | pain
لايسمح               | pain
ما يسمح              | pain
محدود                | pain
محدوده               | pain
ليه مافي             | pain
ليه ما فيه           | pain
ليه مافيه            | pain
لماذا لا يوجد        | pain
لماذا لا يكون        | pain
ليش ما يكون          | pain
يعيبه                | pain context
يعاب                 | pain context
# good wishes are not requests (ignore: consumes the words, no mention)
اتمنى لكم            | ignore
أتمنى لكم            | ignore
نتمنى لكم            | ignore
اتمنى لهم            | ignore
اتمنى التوفيق        | ignore
نتمنى التوفيق        | ignore
اتمنى الاستمرار      | ignore
نتمنى الاستمرار      | ignore
اتمنى ان يستمر       | ignore
نتمنى ان يستمر       | ignore
اتمنى للجميع         | ignore
اتمنى من الكل        | ignore
المملكة العربية      | ignore
العربية السعودية     | ignore

# round 3: more request formulas and "there is no ..." (MSA + dialect)
لا توجد              | pain
لاتوجد               | pain
ليس هناك             | pain
ليس فيه              | pain
تقليل                | pain context
عطونا                | pain exact
اعطونا               | pain exact
عطنا                 | pain exact
تنزلو                | pain exact
تنزلوا               | pain exact
كثروا                | pain exact
كثرو                 | pain exact
اجعلوا               | pain exact
اجعلو                | pain exact
الغو                 | pain exact
بدي                  | pain exact
# "doesn't need ..." and the Prophet (نبي) are not requests
لا يحتاج             | ignore
ما يحتاج             | ignore
مايحتاج              | ignore
لا يوجد مثله         | ignore
لا يوجد مثلها        | ignore
لايوجد مثله          | ignore

# "why don't you / why isn't there ..." (Gulf, Egyptian, MSA) asks for something
ليش ما               | pain
ليه ما               | pain
لماذا لا             | pain
اكثر من اللازم | ignore
أكثر من اللازم | ignore
اقل من اللازم | ignore
بالاضافة الى | ignore
بالإضافة إلى | ignore
بالاضافه الى | ignore
بالإضافة الى | ignore
بالاضافة ل | ignore
اضافة الى | ignore
إضافة إلى | ignore
اضافه الى | ignore
# app and device nouns: a need, a want or "there is no" is a request about the app when one is in its sentence (anchors, no mention)
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
النت | anchor
الانترنت | anchor
التحديث | anchor
النسخة | anchor
# the language itself: "Arabic" is a request in its sentence (anchors, no mention); bare عربي is also bread, food, the Gulf
اللغة | anchor
لغة | anchor
الترجمة | anchor
ترجمة | anchor
مترجم | anchor
# recommendations and hopes about oneself are not requests: "you must try it", "must see", "I hope you like it", "I hope to come back"
لازم تجرب*           | ignore
لازم تجربو*          | ignore
لازم تزور*           | ignore
لازم تروح*           | ignore
يجب تجربة            | ignore
يجب تجربته           | ignore
يجب زيارة            | ignore
يجب زيارته           | ignore
يجب عليك زيارة       | ignore
يجب ان تراه          | ignore
يجب ان تزور*         | ignore
يجب أن تجرب*         | ignore
اتمنى يعجبكم         | ignore
اتمنى ان يعجبكم      | ignore
اتمنى انه يعجبكم     | ignore
اتمنى ارجع           | ignore
اتمنى ان ارجع        | ignore
اتمنى ان اعود        | ignore
اتمنى العودة         | ignore
اتمنى ازور*          | ignore
اتمنى ان ازور*       | ignore
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
# a modal with a verb for the developers or the product is a request on its own
المفروض يضيفون      | pain
المفروض تضيفون      | pain
المفروض يعطي        | pain
يجب ان يكون فيه     | pain
لازم يكون فيه       | pain
لازم تضيفون         | pain
لازم تسوون          | pain
يجب اضافه           | pain
يجب توفير           | pain
البرامج | anchor
التطبيقات | anchor
الالعاب | anchor
الفواتير | anchor
# recommendations to the reader are not requests
يجب عليك            | ignore
يجب على             | ignore
لازم تاخذ*          | ignore
لازم تطلب*          | ignore
لازم تحجز*          | ignore
يجب الحجز           | ignore
لازم حجز            | ignore
يجب ان تذهب         | ignore
لازم تمر*           | ignore
# "in addition, that ..." is not a request (ب/ال are proclitics: a one-word ignore would block every اضافة)
بالاضافة ان         | ignore
بالإضافة أن         | ignore
بالاضافة انه        | ignore
بالاضافة لذلك       | ignore
بالاضافة لهذا       | ignore
# "and there is no ..." with the conjunction attached to the negator (ولا is one word)
ولا يوجد            | pain
ولايوجد             | pain
ولا توجد            | pain
ولاتوجد             | pain
وليس هناك           | pain
# "I want / we want" (MSA, Levantine, Iraqi): a request beside an app word or another request term
اريد                | pain context
أريد                | pain context
ماريد               | pain context
نبي                 | pain exact
خلوا                | pain exact context
خلو                 | pain exact context
# "there is no reply" is about support, "there are no ads" is praise: not requests
لا يوجد رد          | ignore
ولا يوجد رد         | ignore
لايوجد رد           | ignore
لا يوجد اعلانات     | ignore
ولا يوجد اعلانات    | ignore
لا توجد اعلانات     | ignore
ولا توجد اعلانات    | ignore
لا يوجد به اعلانات  | ignore
ولا يوجد به اعلانات | ignore
لا يوجد فيه اعلانات | ignore
# modal + a verb addressed to the developers (2nd person plural) is a request
يجب ان تضيفوا        | pain
يجب ان تزيلوا        | pain
يجب ان تحذفوا        | pain
يجب ان تغيروا        | pain
يجب ان ترجعوا        | pain
يجب ان تعدلوا        | pain
يجب ان تحلوا         | pain
يجب ان تسووا         | pain
يجب ان تخلوا         | pain
يجب ان تحطوا         | pain
يجب ان توفروا        | pain
يجب ان تطوروا        | pain
يجب ان تشيلوا        | pain
يجب ان تلغوا         | pain
يجب ان تنزلوا        | pain
لازم تضيفوا          | pain
لازم تزيلوا          | pain
لازم تحذفوا          | pain
لازم تغيروا          | pain
لازم ترجعوا          | pain
لازم تعدلوا          | pain
لازم تحلوا           | pain
لازم تسووا           | pain
لازم تخلوا           | pain
لازم تحطوا           | pain
لازم توفروا          | pain
لازم تطوروا          | pain
لازم تشيلوا          | pain
لازم تلغوا           | pain
لازم تنزلوا          | pain
المفروض تضيفوا       | pain
المفروض تزيلوا       | pain
المفروض تحذفوا       | pain
المفروض تغيروا       | pain
المفروض ترجعوا       | pain
المفروض تعدلوا       | pain
المفروض تحلوا        | pain
المفروض تسووا        | pain
المفروض تخلوا        | pain
المفروض تحطوا        | pain
المفروض توفروا       | pain
المفروض تطوروا       | pain
المفروض تشيلوا       | pain
المفروض تلغوا        | pain
المفروض تنزلوا       | pain
يجب ادخال            | pain
يجب دخال             | pain
يجب تغيير            | pain
يجب الغاء            | pain
يجب ازالة            | pain
يجب حذف              | pain
# "an addition" alone is also a topping or "in addition": a request with a wish, a "please", an app word, or these forms
لو يتم اضافة        | pain
لو تتم اضافة        | pain
لو يتم              | pain
ياريت يتم           | pain
نرجو اضافة          | pain
اتمنى اضافة         | pain
نتمنى اضافة         | pain
ارجو اضافة          | pain
يرجى اضافة          | pain
الرجاء اضافة        | pain
ممكن اضافة          | pain
ياريت اضافة         | pain
ياليت اضافة         | pain
نبي اضافة           | pain
نبغى اضافة          | pain
اضافة خاصية         | pain
اضافة ميزة          | pain
اضافة خيار          | pain
اضافة امكانية       | pain
اضافة اللغة         | pain
# "bring it back" (a request) with its object pronoun
رجعوه               | pain exact
رجعوها              | pain exact
ارجعوه              | pain exact
ارجعوها             | pain exact
# good wishes and "was developed" are not requests
اتمنى له            | ignore
اتمنى لها           | ignore
نتمنى له            | ignore
نتمنى لهم           | ignore
نتمنى لها           | ignore
اتمنى ان تزوره      | ignore
اتمنى ان تزورها     | ignore
تم تطوير            | ignore
تم تطويره           | ignore
تم تطويرها          | ignore
ضروري يكون          | pain
ضروري تكون          | pain
ضروري تضيفون        | pain
ضروري اضافة         | pain
# "many / varied options" praises the choice, it asks for nothing
خيارات كثيرة        | ignore
خيارات كثيره        | ignore
خيارات كثير         | ignore
خيارات متعددة       | ignore
خيارات متعدده       | ignore
خيارات متنوعة       | ignore
خيارات متنوعه       | ignore
خيارات واسعة        | ignore
خيارات واسعه        | ignore
خيارات عديدة        | ignore
تنوع في الخيارات    | ignore
تنوع الخيارات       | ignore
الخيارات كثيرة      | ignore
الخيارات كثيره      | ignore
الخيارات متنوعة     | ignore
الخيارات متعددة     | ignore
# "there are not many options" asks for more
مافيه خيارات        | pain
ما فيه خيارات       | pain
مافي خيارات         | pain
ما في خيارات        | pain
ما عندهم خيارات     | pain
ماعندهم خيارات      | pain
قلة الخيارات        | pain
# "website" (الموقع is also "the location" of a hotel or restaurant)
الموقع الالكتروني | anchor
موقع الانترنت | anchor
الويب سايت | anchor
# "there is no problem" is praise
ولا توجد اي مشكلة   | ignore
ولا توجد اي مشكله   | ignore
ولا يوجد اي مشكلة   | ignore
ولا يوجد اي مشكله   | ignore
لا توجد اي مشكلة    | ignore
لا يوجد اي مشكلة    | ignore
لا توجد مشكلة       | ignore
لا يوجد مشكلة       | ignore
ولا توجد مشكلة      | ignore
ولا يوجد مشكلة      | ignore
لا يوجد اي مشاكل    | ignore
ولا يوجد اي مشاكل   | ignore
# "limited income" is not a limited feature
الدخل المحدود       | ignore
ذوي الدخل المحدود   | ignore
محدودي الدخل        | ignore
دخل محدود           | ignore
# "there is no flaw in it" is praise
لا يوجد فيه عيب      | ignore
ولا يوجد فيه عيب     | ignore
لا يوجد به عيب       | ignore
ولا يوجد به عيب      | ignore
لا يوجد عيب          | ignore
ولا يوجد عيب         | ignore
لا توجد عيوب         | ignore
ولا توجد عيوب        | ignore
لا يوجد فيه اي عيب   | ignore
ما فيه عيب           | ignore
مافيه عيب            | ignore
ما فيه ولا عيب       | ignore
مافي عيب             | ignore
ما في عيب            | ignore
اتمنى الكل          | ignore
اتمنى للكل          | ignore
اتمنى للجميع        | ignore
# wishes about oneself or advice to other visitors ("I hope I helped", "I wish I had ordered", "I wish everyone would visit") are not requests
اتمنى افدتكم         | ignore
اتمنى اني افدتكم     | ignore
اتمنى اكون افدتكم    | ignore
اتمنى ان اكون افدتكم | ignore
اتمنى اكون           | ignore
اتمنى ان اكون        | ignore
اتمنى اني اعطيت      | ignore
اتمنى يكون تقييمي    | ignore
اتمنى ان يكون تقييمي | ignore
تمنيت اني            | ignore
تمنيت لو اني         | ignore
تمنيت انني           | ignore
اتمنى من الجميع      | ignore
اتمنى من زوار        | ignore
اتمنى من كل من       | ignore
اتمنى زيارته         | ignore
اتمنى زيارتها        | ignore
اتمنى تكون صح        | ignore
اتمنى اني ازوره      | ignore
تمنيت اني اخذت       | ignore
كنت اتمنى اني        | ignore
بشكل محدود          | ignore
اتمنى كل المطاعم    | ignore
اتمنى ان كل المطاعم | ignore
# "we want a fix" is also an improvement request (the same phrase is a bug report in product.reliability)
نريد حل             | pain
نريد حلا            | pain
يجب ارجاع           | pain
يجب إرجاع           | pain
لازم ترجعون         | pain
بس لو يشتغل         | pain
بس لو تشتغل         | pain
# "there must be / must add" (لا بد من)
لابد من وجود        | pain
لا بد من وجود       | pain
لابد من اضافة       | pain
لا بد من اضافة      | pain
لابد من توفير       | pain
لا بد من توفير      | pain
لابد من تعديل       | pain
لا بد من تعديل      | pain
# good wishes, "no crowd", "I wish everyone were like you" are not requests
مع تمنياتي          | ignore
تمنياتي بالتوفيق    | ignore
تمنياتي لكم         | ignore
تمنياتي بالتقدم     | ignore
ليت كل              | ignore
لا يوجد زحام        | ignore
ولا يوجد زحام       | ignore
ولايوجد زحام        | ignore
لا يوجد ازدحام      | ignore
لايوجد زحام         | ignore
لا يوجد ازعاج       | ignore
ولا يوجد ازعاج      | ignore
# "as it should be" is praise
كما يجب              | ignore
كما يجب ان يكون      | ignore
كما ينبغي            | ignore

[fa]
لطفا اضافه کنید      | pain
لطفا اضافه کنین      | pain
اضافه کنید           | pain
اضافه کنین           | pain
اضافه بشه            | pain
اضافه شود            | pain
اضافه کردن           | pain
پیشنهاد میکنم اضافه  | pain
# "I (don't) recommend it" is an opinion about the product, not a feature request
پیشنهاد میکنم        | ignore
پیشنهاد می کنم       | ignore
پیشنهاد میدم         | ignore
پیشنهاد میشه         | ignore
پیشنهاد می‌شود       | ignore
پیشنهاد نمیکنم       | ignore
پیشنهاد نمیدم        | ignore
پیشنهاد نمیشه        | ignore
پیشنهاد نمی‌شود      | ignore
قابلیت               | pain
امکانات              | pain
گزینه               | pain context
حالت شب              | pain
دارک مود             | pain
پشتیبانی نمیکنه      | pain
پشتیبانی نمی‌کند     | pain
پشتیبانی از زبان فارسی | pain
زبان فارسی          | pain context
فارسی نداره          | pain
نیاز دارد           | pain context
جای خالی            | pain context
کمبود               | pain context
چرا نداره            | pain
چرا ندارد            | pain
طعم‌های دیگه         | pain
سایز بزرگتر          | pain
بسته بزرگتر          | pain
سایز بزرگ‌تر         | pain
کاش بزرگتر           | pain
بیشتر بشه           | pain context
موجود کنید           | pain
موجود نیست          | pain context
ناموجود             | pain context
ناموجوده            | pain context
# bare generic words removed (they mean something else in most texts); the theme only in context
ویژگی جدید
ویژگی‌های برنامه
کاش امکان | pain
ای کاش امکان | pain
کاش قابلیت | pain
برنامه | anchor
اپ | anchor
اپلیکیشن | anchor
نرم افزار | anchor
نرم‌افزار | anchor
سایت | anchor
گوشی | anchor
# "needs", "lack", "not available" say nothing about a feature outside a sentence about the app or product
محصول | anchor
کالا | anchor
امکان | anchor
