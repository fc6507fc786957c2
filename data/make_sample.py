#!/usr/bin/env python3
"""Writes data/reviews.csv: the bundled sample of the README's first command.

Every text is written for vocmine (no third-party or personal data). The first 48
rows are the original hand-written sample, kept as they are (tests look at them by
position); the rest are composed from short sentences per theme and language, with
persona-dependent probabilities, so that the sample run shows what vocmine is for: themes that are significantly more frequent in
one plan or role than in the rest (lift with q < 0.05), in English, French, Arabic and
Persian, with ratings and dates over a year (and a reliability problem that starts
with a March 2026 update, for the trends, and a login outage in June 2026, the last
month, for the change alerts).

Deterministic: `python3 data/make_sample.py` always writes the same file.
"""
import csv
import datetime
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reviews.csv")
N_GENERATED = 552  # 600 rows in all

# theme key -> language -> sentences ({n} is a small number). Keys ending in "+" are
# positive sentences.
S = {
    "responsiveness": {
        "en": ["No answer from support for {n} days.", "I waited on hold for an hour and nobody picked up.", "Still no reply from support after a week."],
        "fr": ["Le service client ne répond jamais, j'attends depuis {n} jours.", "Toujours aucune réponse du support après une semaine.", "J'ai attendu une heure au téléphone sans réponse."],
        "ar": ["خدمة العملاء ما ترد على الإيميلات، صار لي أسبوع أنتظر", "الدعم الفني ما رد علي من {n} أيام", "انتظرت ساعة على الخط وما أحد رد"],
        "fa": ["پشتیبانی جواب نمیده، {n} روزه منتظرم", "یک هفته است که پشتیبانی به تیکتم پاسخ نداده", "یک ساعت پشت خط ماندم و کسی جواب نداد"],
    },
    "resolution": {
        "en": ["The agent closed my ticket but the problem is not solved.", "I was bounced between three agents and had to repeat everything."],
        "fr": ["Le conseiller a clôturé mon ticket mais le problème n'est toujours pas résolu.", "On m'a renvoyé d'un agent à l'autre et j'ai dû tout répéter."],
        "ar": ["الموظف كان محترم بس المشكلة ما انحلت", "حولوني بين ثلاث موظفين وكل مرة أعيد نفس الكلام"],
        "fa": ["کارشناس خیلی مودب بود ولی مشکلم حل نشد", "سه بار تماس گرفتم و هنوز مشکلم حل نشده"],
    },
    "billing": {
        "en": ["I was charged twice this month and still no refund.", "The invoice shows a charge I never approved.", "I wrote to billing twice about a double charge and got no refund."],
        "fr": ["On m'a prélevé deux fois et le remboursement n'arrive pas.", "La facture comporte un montant que je n'ai jamais validé.", "Double prélèvement ce mois-ci, toujours pas remboursé."],
        "ar": ["انخصم المبلغ مرتين من البطاقة", "في الفاتورة مبلغ ما وافقت عليه", "طلبت استرجاع المبلغ من شهر وما وصلني شي"],
        "fa": ["صورتحساب دو بار شارژ شد و بازپرداخت نکردند", "توی فاکتور مبلغی هست که من تأیید نکردم", "یک ماه است منتظر بازپرداخت هستم"],
    },
    "price": {
        "en": ["Too expensive for what it does.", "The price went up again and it is not worth it."],
        "fr": ["Trop cher pour ce que c'est.", "Le prix a encore augmenté, ça ne vaut pas le coup."],
        "ar": ["السعر غالي جدا مقارنة بالخدمة", "رفعوا السعر مرة ثانية وما يستاهل"],
        "fa": ["قیمتش برای این امکانات خیلی گران است", "دوباره قیمت را بالا بردند و ارزشش را ندارد"],
    },
    "price+": {
        "en": ["Great value for the price.", "Not expensive at all for what you get."],
        "fr": ["Bon rapport qualité-prix.", "Pas cher du tout pour ce qu'on a."],
        "ar": ["السعر مش غالي أبدا", "سعره مناسب جدا"],
        "fa": ["قیمتش اصلا گران نیست", "قیمتش خیلی مناسب است"],
    },
    "reliability": {
        "en": ["The app keeps crashing when I open a report.", "It crashed again and I lost my data.", "The app crashes on Android since the update."],
        "fr": ["L'appli plante dès que j'ouvre une facture.", "L'application a encore planté et j'ai perdu mes données.", "Ça plante sur Android depuis la mise à jour."],
        "ar": ["التطبيق يعلق كل ما افتح التقارير", "التطبيق يعلق على Android بعد التحديث", "البرنامج علق وضاعت بياناتي"],
        "fa": ["برنامه مدام کرش می‌کنه و اطلاعاتم پاک شد", "اپلیکیشن روی iPhone بعد از آپدیت کرش می‌کنه", "برنامه هر روز کرش می‌کنه"],
    },
    "performance": {
        "en": ["The dashboard is very slow to load.", "Everything lags since the last update."],
        "fr": ["Application très lente depuis la dernière mise à jour.", "L'application est très lente à charger le tableau de bord."],
        "ar": ["تحديث جديد وصار التطبيق بطيء جدا", "لوحة التحكم بطيئة جدا في التحميل"],
        "fa": ["از آپدیت آخر برنامه خیلی کند شده", "داشبورد خیلی کند بالا میاد"],
    },
    "usability": {
        "en": ["The settings are confusing and hard to find.", "Search is confusing and I never find my files."],
        "fr": ["Les réglages sont compliqués et introuvables.", "La recherche est compliquée, je ne trouve jamais mes fichiers."],
        "ar": ["الإعدادات معقدة وصعبة الاستخدام", "البحث معقد وما ألقى ملفاتي"],
        "fa": ["جستجو گیج‌کننده است", "تنظیمات خیلی پیچیده و گیج‌کننده است"],
    },
    "usability+": {
        "en": ["Very easy to use, the interface is clean.", "Easy to use and search works well."],
        "fr": ["Interface claire, facile à prendre en main.", "Très facile à utiliser."],
        "ar": ["البرنامج سهل الاستخدام وسريع", "التطبيق سهل الاستخدام"],
        "fa": ["کار با برنامه خیلی ساده است", "استفاده از برنامه خیلی آسان است"],
    },
    "features": {
        "en": ["Please add bulk edit.", "I wish it could export to Excel."],
        "fr": ["Il manque l'export PDF.", "Merci d'ajouter la modification en masse."],
        "ar": ["أتمنى إضافة خاصية التصدير إلى إكسل", "ياريت تضيفون خاصية التعديل الجماعي"],
        "fa": ["کاش امکان خروجی اکسل هم اضافه کنید", "لطفا امکان ویرایش گروهی اضافه کنید"],
    },
    "integration": {
        "en": ["Sync between desktop and mobile is broken again.", "The calendar integration stopped syncing."],
        "fr": ["La synchronisation avec Google Agenda ne fonctionne plus.", "La synchronisation entre l'ordinateur et le mobile est cassée."],
        "ar": ["المزامنة بين الجوال والكمبيوتر ما تشتغل", "الربط مع Google Calendar توقف عن المزامنة"],
        "fa": ["هماهنگ‌سازی بین گوشی و کامپیوتر کار نمی‌کند", "همگام‌سازی با Google Calendar قطع شده"],
    },
    "onboarding+": {
        "en": ["Setup took five minutes.", "Getting started was quick and simple."],
        "fr": ["L'installation est simple.", "L'installation a été rapide."],
        "ar": ["التثبيت كان سهل وسريع", "البداية كانت سهلة"],
        "fa": ["نصبش خیلی راحت بود", "راه‌اندازی خیلی سریع بود"],
    },
    "delivery": {
        "en": ["The delivery was late and the box arrived damaged.", "The delivery arrived a week late."],
        "fr": ["Le colis est arrivé en retard et l'emballage était abîmé.", "La livraison est arrivée avec une semaine de retard."],
        "ar": ["التوصيل تأخر كثير والعلبة وصلت مكسورة", "الطلب وصل متأخر أسبوع"],
        "fa": ["ارسال خیلی دیر رسید و بسته‌بندی پاره شده بود", "سفارشم یک هفته دیر رسید"],
    },
    "account": {
        "en": ["Locked out of my account after the password reset.", "I cannot log in, the password is refused."],
        "fr": ["Impossible de me connecter, mot de passe refusé.", "Mon compte est bloqué après la réinitialisation du mot de passe."],
        "ar": ["ما أقدر أسجل دخول، كلمة السر ما تشتغل", "انقفل حسابي بعد تغيير كلمة المرور"],
        "fa": ["رمز عبور را عوض کردم و حالا نمی‌تونم وارد حسابم بشم", "حسابم بعد از تغییر رمز عبور قفل شد"],
    },
    "communication": {
        "en": ["Too many emails and notifications every day.", "They send marketing texts every single day."],
        "fr": ["Beaucoup trop d'e-mails et de notifications.", "Ils envoient des SMS publicitaires tous les jours."],
        "ar": ["رسائل كثيرة جدا وإشعارات مزعجة كل يوم", "يرسلون رسائل دعائية كل يوم"],
        "fa": ["هر روز کلی پیامک تبلیغاتی می‌فرستند", "ایمیل‌ها و اعلان‌ها خیلی زیاد است"],
    },
    "trust": {
        "en": ["Hidden fees appeared on my invoice, it feels like a trick.", "Cancelling is made hard on purpose, I no longer trust them."],
        "fr": ["Les frais cachés sont scandaleux.", "Des frais cachés sur ma facture, je n'ai plus confiance."],
        "ar": ["رسوم مخفية في الفاتورة، ما عاد أثق فيهم", "رسوم مخفية بدون ما يقولون لنا"],
        "fa": ["هزینه‌های پنهان در فاکتور بود، دیگر به آن‌ها اعتماد ندارم", "هزینهٔ پنهان اضافه کردند"],
    },
    "empathy+": {
        "en": ["The support agent was friendly and really listened.", "The staff were very helpful."],
        "fr": ["Le conseiller était aimable et à l'écoute.", "Le personnel est très serviable."],
        "ar": ["الموظف كان لطيف ومتعاون", "فريق الدعم محترم جدا"],
        "fa": ["کارشناس پشتیبانی خیلی مودب و همراه بود", "پشتیبانی خیلی با حوصله بود"],
    },
}

BASE = 0.05
# persona value -> theme key -> added probability
BOOST = {
    ("plan", "free"): {"price": 0.28, "delivery": 0.2, "communication": 0.18, "onboarding+": 0.12},
    ("plan", "pro"): {"billing": 0.28, "reliability": 0.22, "features": 0.2},
    ("plan", "enterprise"): {"responsiveness": 0.32, "integration": 0.28, "resolution": 0.18},
    ("role", "admin"): {"account": 0.22, "trust": 0.15, "billing": 0.1},
    ("role", "agent"): {"performance": 0.26, "usability": 0.2},
    ("role", "end_user"): {"usability+": 0.22, "price+": 0.16, "empathy+": 0.1},
}
PLANS = [("free", 0.4), ("pro", 0.35), ("enterprise", 0.25)]
ROLES = [("admin", 0.3), ("agent", 0.3), ("end_user", 0.4)]
CHANNELS = ["web", "app_store", "email", "phone", "chat"]
LANGS = [("en", 0.3), ("fr", 0.25), ("ar", 0.25), ("fa", 0.2)]
START = datetime.datetime(2025, 7, 1, 8, 0)
DAYS = 365
UPDATE = datetime.datetime(2026, 3, 1)
OUTAGE = datetime.datetime(2026, 6, 1)


def pick(rng, weighted):
    x = rng.random()
    for v, w in weighted:
        x -= w
        if x < 0:
            return v
    return weighted[-1][0]


def review(rng, plan, role, lang, when):
    p = {k: BASE for k in S}
    for dim_value in (("plan", plan), ("role", role)):
        for k, b in BOOST.get(dim_value, {}).items():
            p[k] += b
    if when >= UPDATE:  # the March 2026 update: crashes and slowness
        p["reliability"] += 0.18
        p["performance"] += 0.1
    else:
        p["responsiveness"] += 0.05
    if when >= OUTAGE:  # June 2026: a login outage (the change alert of the last month)
        p["account"] += 0.4
    keys = [k for k in S if rng.random() < p[k]]
    keys = [k for k in keys if not (k.endswith("+") and k[:-1] in keys)]  # not "too expensive" and "great value"
    rng.shuffle(keys)
    if not keys:
        keys = [rng.choice(["usability+", "price+", "onboarding+", "empathy+"])]
    keys = keys[:3]
    sentences = [rng.choice(S[k][lang]).replace("{n}", str(rng.randint(2, 9))) for k in keys]
    text = " ".join(s if s.endswith((".", "!", "?")) else s + "." for s in sentences)
    pains = sum(1 for k in keys if not k.endswith("+"))
    goods = len(keys) - pains
    rating = 5 - 1.6 * pains + 0.4 * goods + rng.choice([-0.6, -0.3, 0, 0, 0.3, 0.6])
    rating = max(1, min(5, int(round(rating))))
    return text, rating


def main():
    with open(OUT, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, original = rows[0], rows[1:49]
    assert header == ["id", "text", "rating", "plan", "role", "channel", "created_at"], header
    rng = random.Random(11)
    out = [header] + original
    for i in range(N_GENERATED):
        plan, role, lang = pick(rng, PLANS), pick(rng, ROLES), pick(rng, LANGS)
        # the outage brings more feedback: one review in seven is from June 2026
        day = rng.randrange(DAYS - 30, DAYS) if rng.random() < 0.15 else rng.randrange(DAYS)
        when = START + datetime.timedelta(days=day, minutes=rng.randrange(600))
        text, rating = review(rng, plan, role, lang, when)
        out.append([f"r{49 + i:03d}", text, str(rating), plan, role, rng.choice(CHANNELS), when.strftime("%Y-%m-%dT%H:%M:00Z")])
    # the layout of the hand-written rows: only the text is quoted
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(header) + "\n")
        for r in out[1:]:
            f.write(",".join([r[0], '"' + r[1].replace('"', '""') + '"'] + r[2:]) + "\n")
    print(f"{OUT}: {len(out) - 1} reviews")


if __name__ == "__main__":
    main()
