# Arabic and Persian terms: staff attitude, rude or friendly, caring, listened
theme = support.empathy

[ar]
اسلوب                | context
الاسلوب              | context
اسلوبهم
أسلوب                | context
اسلوب سيء           | neg
اسلوب التعامل
معاملة
المعاملة
معاملتهم
سوء المعاملة        | neg pain
سوء التعامل         | neg pain
قلة احترام          | neg pain
قله ادب             | neg pain
قلة ادب             | neg pain
قليل ادب            | neg pain
قليلين ادب          | neg pain
وقح                 | neg pain
وقاحة               | neg pain
بوقاحة              | neg pain
غير محترم           | neg pain
مو محترمين          | neg pain
مش محترمين          | neg pain
استهزاء             | neg pain
استهتار             | neg pain
يستهزئ              | neg pain
صرخ                 | neg pain
يصرخ                | neg pain
عصبي                | neg
محترم                | pos context
محترمين              | pos context
محترمه               | pos context
لطيف                | pos context
لطيفين              | pos context
لطيفة                | pos context
خلوق                | pos
خلوقين              | pos
ذوق                  | pos context
ذوق كبير            | pos
تعاون                | pos context
متعاون              | pos
متعاونين            | pos
متفهم               | pos
متفهمين             | pos
تفهم                 | pos context
اهتمام               | pos context
اهتموا               | pos context
يهتمون               | pos context
لا يهتمون           | neg pain
ما يهتمون           | neg pain
مايهتمون            | neg pain
لا مبالاة           | neg pain
عدم اهتمام          | neg pain
عدم الاهتمام        | neg pain
ما يحترمون          | neg pain
ما عندهم ذوق        | neg pain
تعامل راقي          | pos
تعامل سيء           | neg pain
تعامل سيئ           | neg pain
تعاملهم زفت         | neg pain
# staff nouns: a kind word in their sentence is about the staff (anchors, no mention)
الموظفين | anchor
الموظف | anchor
موظفين | anchor
الطاقم | anchor
طاقم | anchor
العاملين | anchor
العمال | anchor
الاستقبال | anchor
النادل | anchor
الويتر | anchor
الجرسون | anchor
البائع | anchor
الستاف | anchor
المندوب | anchor
خدمة العملاء | anchor
الدعم الفني | anchor

[fa]
برخوردشون
برخورد بد           | neg pain
برخورد زشت          | neg pain
برخورد خوب          | pos
خوش برخورد          | pos
خوش‌برخورد          | pos
بد برخورد           | neg pain
بداخلاق             | neg pain
بد اخلاق            | neg pain
بی‌ادب              | neg pain
بی ادب              | neg pain
بی‌ادبی             | neg pain
بی ادبی             | neg pain
بی‌احترامی          | neg pain context
بی احترامی          | neg pain context
توهین آمیز          | neg pain
بی‌اعتنایی          | neg pain
بی اعتنایی          | neg pain
بی‌توجهی            | neg pain
بی توجهی            | neg pain
بی‌تفاوت            | neg pain context
بی تفاوت            | neg pain
اهمیت نمیدن         | neg pain
اهمیت نمی‌دهند      | neg pain
محترمانه            | pos
مودب                | pos
مؤدب                | pos
مودبانه             | pos
صبور                | pos
صبورانه             | pos
همدلی               | pos
دلسوز               | pos
خوش اخلاق           | pos
خوش‌اخلاق           | pos
با حوصله            | pos
باحوصله             | pos
بی‌حوصله            | neg
بی حوصله            | neg
گوش دادن            | pos
گوش ندادن           | neg pain
# bare generic words removed (they mean something else in most texts); the theme only in context
برخورد پیک
برخورد کارمند
برخورد پرسنل
برخورد محترمانه | pos
برخورد مودبانه | pos
# bare generic words removed (they mean something else in most texts); the theme only in context
توهین کرد | neg pain
توهین کردند | neg pain
پرسنل | anchor
کارمند | anchor
پیک | anchor
فروشنده | anchor
پشتیبانی | anchor
اپراتور | anchor
کارشناس | anchor
