//! Language identification restricted to ar/fa/fr/en, with an `other` outcome.
//!
//! Exists because general-purpose detectors confuse Arabic with Persian on short texts
//! and guess at random on two-word reviews. Here the decision is made by evidence that
//! a linguist would accept, in this order: the script (Arabic letters versus Latin
//! letters); for the Arabic script, letters that only one of the two languages uses
//! (پ چ ژ گ and the Persian ی ک versus ة ى and the Arabic ي ك) and frequent function
//! words; for Latin, function words, elisions and accents, plus small stop lists of
//! Dutch, Spanish, German, Italian and Portuguese that send those texts to `other`, and
//! word lists that recognise Arabizi and Finglish (Arabic and Persian in Latin letters).
//! No statistical model: every decision can be explained from the text.

use crate::lang::Lang;
use crate::text::normalize::{is_arabic_letter, is_latin_letter};
use std::sync::OnceLock;

/// Outcome of language identification for one text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    pub lang: Lang,
    /// `Some("arabizi")` or `Some("finglish")` when Arabic or Persian written in Latin
    /// letters was recognised (then `lang` is `Other`).
    pub variant: Option<&'static str>,
    /// Best guess among Arabic-script languages (ar/fa) from the Arabic-script part of
    /// the text, used for Arabic words inside a Latin sentence.
    pub arabic_script: Lang,
    /// Best guess among Latin-script languages (en/fr) for Latin words inside an
    /// Arabic-script text.
    pub latin_script: Lang,
    /// Letters seen in each script.
    pub arabic_letters: u32,
    pub latin_letters: u32,
    /// Evidence of more than one language (both scripts, or both English and French
    /// function words): sentences are then identified one by one.
    pub mixed: bool,
    /// Whether anything in the text told its language apart from the other language of
    /// its script ("Excellent.", "Ah !", "..." tell nothing).
    pub decisive: bool,
}

/// Texts that short (bytes) may take their file's language when undecided.
pub const PRIOR_MAX_BYTES: usize = 64;
/// Documents at the start of a file whose decisive languages give the file's language.
pub const PRIOR_DOCS: usize = 200;

/// The language of a file, from the decisive identifications of its first documents:
/// the majority, when it holds at least two thirds of them (and at least 10);
/// otherwise none.
pub fn majority<I: IntoIterator<Item = Lang>>(langs: I) -> Option<Lang> {
    let mut n = [0usize; 5];
    let mut total = 0;
    for l in langs {
        let i = l.index().unwrap_or(4);
        n[i] += 1;
        total += 1;
    }
    let (best, &count) = n.iter().enumerate().max_by_key(|(i, c)| (**c, std::cmp::Reverse(*i)))?;
    (best < 4 && count >= 10 && count * 3 >= total * 2).then(|| Lang::ANALYSED[best])
}

/// `detect`, except that a short text with no decisive evidence takes `prior` (the
/// language of the file it comes from) when `prior` is of a script the text does not
/// contradict.
pub fn detect_with_prior(text: &str, prior: Option<Lang>) -> Detection {
    let mut d = detect(text);
    if let Some(p) = prior {
        if !d.decisive && text.len() <= PRIOR_MAX_BYTES {
            let arabic = matches!(p, Lang::Ar | Lang::Fa);
            let fits = if arabic { d.latin_letters <= d.arabic_letters } else { d.arabic_letters <= d.latin_letters };
            if fits && d.variant.is_none() {
                d.lang = p;
            }
        }
    }
    d
}

// Function words. Arabic-script words are written in the canonical letters used for
// lookup: ی → ي, ک → ك, harakat removed (see `canon_arabic`).
const FA_WORDS: &[&str] = &[
    "است",
    "اين",
    "كه",
    "را",
    "از",
    "براي",
    "يك",
    "شما",
    "خيلي",
    "نيست",
    "هست",
    "بود",
    "مي",
    "ها",
    "هاي",
    "تا",
    "ولي",
    "اگر",
    "دارد",
    "داره",
    "كرد",
    "شد",
    "نه",
    "هيچ",
    "همه",
    "اون",
    "اينو",
    "ديگه",
    "رو",
    "بايد",
    "نبود",
    "ندارد",
    "نداره",
    "هستش",
    "خوبه",
    "كنيد",
    "كنم",
    "ميشه",
    "نميشه",
    "شده",
    "كرده",
    "بودم",
    "باشه",
    "اينكه",
    "چون",
    "چه",
    "چرا",
    "اصلا",
    "واقعا",
    "ولى",
    "هستن",
    "هستند",
    "بودن",
    "كردم",
    "كنه",
    "ميكنه",
    "نميكنه",
    "ميكنم",
    "خوب",
    "عالي",
    "بسيار",
    "يه",
    "اينه",
    "آن",
    "ان",
    "باز",
    "بعد",
    "ممنون",
    "مرسي",
    "لطفا",
    "خريد",
    "كيفيت",
    "قيمت",
    "بهتر",
    "بيشتر",
    "كمي",
    "چيزي",
    "هم",
    "به",
    "با",
    "بر",
    "اما",
];
const AR_WORDS: &[&str] = &[
    "في",
    "على",
    "الى",
    "إلى",
    "عن",
    "هذا",
    "هذه",
    "ذلك",
    "التي",
    "الذي",
    "كان",
    "كانت",
    "لا",
    "لم",
    "لن",
    "هو",
    "هي",
    "انا",
    "أنا",
    "انت",
    "نحن",
    "جدا",
    "مش",
    "ايش",
    "وش",
    "شو",
    "ليش",
    "ليه",
    "عشان",
    "علشان",
    "فيه",
    "فيها",
    "مع",
    "كل",
    "او",
    "أو",
    "ثم",
    "لكن",
    "ولكن",
    "يا",
    "الله",
    "والله",
    "ان",
    "إن",
    "أن",
    "قد",
    "حتى",
    "كتير",
    "كثير",
    "مو",
    "مب",
    "هاد",
    "هادا",
    "هيدا",
    "بدي",
    "كيف",
    "وين",
    "اللي",
    "الي",
    "يعني",
    "ماشي",
    "برشا",
    "بزاف",
    "ليس",
    "غير",
    "عند",
    "بعض",
    "ولا",
    "وما",
    "لما",
    "اذا",
    "إذا",
    "لقد",
    "ممتاز",
    "رائع",
    "شكرا",
    "التطبيق",
    "البرنامج",
    "جميل",
    "سيء",
    "افضل",
    "أفضل",
    "الخدمة",
    "الخدمه",
    "اكثر",
    "أكثر",
    "هل",
    "بعد",
];
const EN_WORDS: &[&str] = &[
    "the", "an", "and", "is", "are", "was", "were", "i", "you", "it", "this", "that", "not", "of", "to", "in", "for", "with", "my", "but", "very", "have",
    "has", "be", "they", "we", "so", "at", "just", "do", "don't", "can", "will", "would", "your", "our", "me", "their", "all", "what", "there", "too",
    "really", "good", "great", "had", "been", "it's", "i'm", "didn't", "doesn't", "no", "they're", "from", "if", "when", "about", "which", "love", "after",
    "get", "got", "only", "also", "by", "or", "its", "am", "he", "she", "them",
];
const FR_WORDS: &[&str] = &[
    "le",
    "la",
    "les",
    "de",
    "des",
    "du",
    "un",
    "une",
    "et",
    "est",
    "pas",
    "je",
    "il",
    "elle",
    "nous",
    "vous",
    "ils",
    "elles",
    "très",
    "trop",
    "mais",
    "avec",
    "pour",
    "dans",
    "sur",
    "ce",
    "cette",
    "ces",
    "qui",
    "que",
    "au",
    "aux",
    "ne",
    "sont",
    "été",
    "mon",
    "ma",
    "mes",
    "son",
    "sa",
    "ses",
    "leur",
    "bien",
    "tout",
    "tous",
    "rien",
    "jamais",
    "chez",
    "comme",
    "où",
    "donc",
    "car",
    "merci",
    "bon",
    "bonne",
    "avons",
    "avez",
    "ont",
    "était",
    "c'est",
    "n'est",
    "j'ai",
    "qu'il",
    "aussi",
    "encore",
    "toujours",
    "moi",
    "peu",
    "beaucoup",
    "ça",
    "cela",
    "fait",
    "quand",
    "même",
    "après",
    "avant",
    "depuis",
    "sans",
    "vraiment",
    "personnel",
];
/// Frequent English review words that are not French.
#[rustfmt::skip]
const EN_REVIEW_WORDS: &[&str] = &[
    "never", "again", "customer", "ever", "because", "product", "delivery", "price", "app",
    "works", "work", "worst", "best", "love", "loved", "waste", "money", "bought", "buy",
    "refund", "staff", "waiter", "food", "great", "awesome", "amazing", "bad", "poor", "slow",
    "fast", "cheap", "expensive", "nice", "easy", "hard", "help", "helpful", "rude", "friendly",
    "dont", "doesnt", "didnt", "cant", "wont", "isnt", "wasnt", "thanks", "thank", "please",
    "such",
    "real",
    "come",
    "moving",
    "disappointment",
    "disappointed",
    "disappointing",
    "delicious",
    "tasty",
    "yummy",
    "awful",
    "overpriced",
    "worth",
    "recommend",
    "recommended",
    "highly",
    "definitely",
    "okay",
    "wow",
    "yum",
    "lovely",
    "gross",
    "meh",
];

/// Frequent French review words that are not English (short texts have few function words).
#[rustfmt::skip]
const FR_REVIEW_WORDS: &[&str] = &[
    "accueil", "recommander", "recommande", "ambiance", "sympa", "dommage", "moyen", "tres",
    "decu", "déçu", "attente", "salle", "endroit", "quel", "quelle", "ici", "fuir", "bel",
    "superbe", "chaleureux", "souriant", "cadre", "carte", "vin", "globalement", "absolument",
    "uniquement", "conseiller", "déconseiller", "deconseiller", "scandaleux", "repas", "plats",
    "plat", "serveur", "serveuse", "prix", "cher", "livraison", "commande", "remboursement",
    "nul", "nulle", "génial", "genial", "parfait", "rapide", "lent", "lente", "aucun",
    "aucune", "ni", "y", "on", "à", "là", "voilà", "oui", "non", "votre", "vos", "notre",
    "nos", "bonjour", "produit", "appli", "application", "client", "facture", "compte",
    "problème", "probleme", "délai", "réponse", "reponse", "dommage", "beurk", "bravo",
    "quel", "emporter", "rideau", "pauvre", "touriste", "endroit", "ridicules", "ridicule",
    "sympathique",
    "aimable",
    "aimables",
    "choix",
    "manque",
    "adieu",
    "fuyez",
    "industriel",
    "industriels",
    "proscrire",
    "avis",
    "excellente",
    "excellents",
    "excellentes",
    "délicieux",
    "délicieuse",
    "savoureux",
    "copieux",
    "copieuse",
    "décevant",
    "décevante",
    "décevants",
    "parfaite",
    "géniale",
    "magnifique",
    "bof",
    "moyenne",
    "chère",
    "chers",
    "serveurs",
    "cuisinier",
    "addition",
    "frites",
    "viande",
    "poisson",
    "boissons",
    "pâtes",
    "fromage",
    "gâteau",
    "surgelé",
    "surgelés",
    "maison",
    "bons",
    "bonnes",
    "assez",
    "conseille",
    "déconseille",
    "reviendrons",
    "reviendrai",
    "retournerai",
    "déçue",
    "déçus",
    "ravi",
    "ravie",
    "ravis",
    "contente",
    "satisfait",
    "satisfaite",
    "nickel",
    "impeccable",
    "médiocre",
    "catastrophique",
    "lamentable",
    "honteux",
    "inadmissible",
    "incroyable",
    "agréable",
    "désagréable",
    "chaleureuse",
    "souriante",
    "souriants",
    "attentionné",
    "professionnel",
    "propre",
    "sale",
    "bruyant",
    "accueillant",
    "accueillante",
    "peut-être",
    "quelques",
    "plusieurs",
    "plutôt",
    "tellement",
    "voir",
    "éviter",
];

const OTHER_WORDS: &[&str] = &[
    // Dutch
    "het",
    "een",
    "van",
    "niet",
    "ik",
    "dat",
    "met",
    "voor",
    "zijn",
    "ook",
    "maar",
    "bij",
    "heel",
    "goed",
    "wel",
    "geen",
    "naar",
    "nog",
    "werd",
    "mijn",
    "hebben",
    "heb",
    "uw",
    "deze",
    "wordt",
    "zeer",
    "altijd",
    "snel",
    "klantendienst",
    "bank",
    "erg",
    "dan",
    "er",
    // Spanish / Portuguese / Italian
    "el",
    "los",
    "las",
    "por",
    "para",
    "con",
    "una",
    "está",
    "muy",
    "pero",
    "del",
    "gracias",
    "bueno",
    "não",
    "com",
    "você",
    "mais",
    "muito",
    "obrigado",
    "il",
    "di",
    "che",
    "è",
    "non",
    "sono",
    "molto",
    "questo",
    "della",
    "anche",
    // German
    "der",
    "die",
    "das",
    "und",
    "ist",
    "nicht",
    "ich",
    "sie",
    "sehr",
    "aber",
    "auf",
    "ein",
    "eine",
    "für",
    "zu",
    "wir",
    "es",
    "mit",
];
const ARABIZI_WORDS: &[&str] = &[
    "inshallah",
    "insha",
    "yalla",
    "yallah",
    "wallah",
    "wallahi",
    "habibi",
    "habibti",
    "mashallah",
    "shukran",
    "chokran",
    "mesh",
    "msh",
    "mish",
    "mafi",
    "mafish",
    "ktir",
    "kteer",
    "kter",
    "bas",
    "ana",
    "enta",
    "enti",
    "ahla",
    "ahlan",
    "marhaba",
    "bdi",
    "baddi",
    "3ala",
    "ma3",
    "hal2",
    "7elw",
    "7lw",
    "helw",
    "tayeb",
    "zay",
    "ezay",
    "leh",
    "keda",
    "awi",
    "gedan",
    "jiddan",
    "mumtaz",
    "momtaz",
    "khalas",
    "5alas",
    "3adi",
    "3ady",
    "la2",
    "ya3ni",
    "yani",
    "bzaf",
    "barsha",
    "chwiya",
    "shwaya",
    "wesh",
    "kifach",
    "mazal",
    "rani",
    "ghali",
    "r5is",
    "rkhis",
];
const FINGLISH_WORDS: &[&str] = &[
    "kheili",
    "kheyli",
    "khaili",
    "kheily",
    "kheli",
    "mamnoon",
    "mamnun",
    "chetori",
    "khoobam",
    "khoob",
    "khub",
    "nist",
    "hast",
    "mikham",
    "mikhay",
    "mishe",
    "nemishe",
    "nemikonam",
    "kharab",
    "dorost",
    "aali",
    "kheyr",
    "chera",
    "vaghean",
    "vaghan",
    "ghashang",
    "ziad",
    "hamash",
    "gheymat",
    "ersal",
    "sefaresh",
    "poshtibani",
    "dige",
    "ino",
    "oon",
    "mikone",
    "nemikone",
    "mikonam",
    "bood",
    "shod",
    "nashod",
    "dare",
    "nadare",
    "gerun",
    "geroon",
    "arzoon",
    "arzun",
    "kheyli",
    "merc",
    "salam",
    "man",
    "shoma",
    "ma",
    "ham",
];

const FA: u8 = 1;
const AR: u8 = 2;
const EN: u8 = 4;
const FR: u8 = 8;
const OTHER: u8 = 16;
const ARABIZI: u8 = 32;
const FINGLISH: u8 = 64;

/// Every function word with the languages it counts for (one lookup per word).
struct Tables {
    words: rustc_hash::FxHashMap<&'static str, u8>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut words: rustc_hash::FxHashMap<&'static str, u8> = Default::default();
        let lists: [(&[&'static str], u8); 9] = [
            (FA_WORDS, FA),
            (AR_WORDS, AR),
            (EN_WORDS, EN),
            (EN_REVIEW_WORDS, EN),
            (FR_WORDS, FR),
            (FR_REVIEW_WORDS, FR),
            (OTHER_WORDS, OTHER),
            (ARABIZI_WORDS, ARABIZI),
            (FINGLISH_WORDS, FINGLISH),
        ];
        for (list, flag) in lists {
            for w in list {
                *words.entry(w).or_default() |= flag;
            }
        }
        Tables { words }
    })
}

impl Tables {
    fn flags(&self, w: &str) -> u8 {
        self.words.get(w).copied().unwrap_or(0)
    }
}

/// Canonical Arabic-script form for function-word lookup: harakat and tatweel removed,
/// ی → ي, ک → ك, ى → ي, ZWNJ removed.
fn canon_arabic(w: &str, out: &mut String) {
    out.clear();
    for c in w.chars() {
        match c {
            'ی' | 'ى' => out.push('ي'),
            'ک' => out.push('ك'),
            '\u{200C}' | '\u{0640}' => {}
            c if crate::text::normalize::is_arabic_mark(c) => {}
            c => out.push(c),
        }
    }
}

#[derive(Default)]
struct Scores {
    latin_words: u32,
    ar_letters: u32,
    la_letters: u32,
    fa: f32,
    ar: f32,
    en: f32,
    fr: f32,
    other: f32,
    arabizi: f32,
    finglish: f32,
}

impl Scores {
    /// Evidence of one Arabic-script word: Persian or Arabic function words, the
    /// Arabic article, the Persian plural.
    fn arabic_word(&mut self, t: &Tables, word: &str, canon: &mut String) {
        canon_arabic(word, canon);
        let c = canon.as_str();
        let f = t.flags(c);
        if f & FA != 0 {
            self.fa += 2.0;
        }
        if f & AR != 0 {
            self.ar += 2.0;
        }
        if c.chars().count() >= 4 && (c.starts_with("ال") || c.starts_with("وال") || c.starts_with("بال")) {
            self.ar += 0.5;
        }
        if c.ends_with("ها") || c.ends_with("هاي") {
            self.fa += 0.5;
        }
    }

    /// Evidence of one Latin-script word: English, French or other function words
    /// (also lengthened, `sooo`), French elision and accents, word shapes of the first
    /// words, Arabizi and Finglish words, digits used as letters.
    fn latin_word(&mut self, t: &Tables, word: &str, lower: &mut String) {
        lower.clear();
        if word.is_ascii() {
            lower.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        let w = lower.as_str();
        let has_apostrophe = w.contains(['\'', '’']);
        let fr_elision = has_apostrophe
            && (w.starts_with("l'")
                || w.starts_with("d'")
                || w.starts_with("j'")
                || w.starts_with("qu'")
                || w.starts_with("n'")
                || w.starts_with("c'")
                || w.starts_with("l’")
                || w.starts_with("d’")
                || w.starts_with("j’")
                || w.starts_with("qu’")
                || w.starts_with("n’")
                || w.starts_with("c’"));
        if fr_elision {
            self.fr += 2.0;
        }
        let plain = w.trim_matches(|c| c == '\'' || c == '’');
        let mut f = t.flags(plain);
        if f == 0 {
            f = lengthened_flags(t, plain);
        }
        if f & EN != 0 {
            self.en += 1.0;
        }
        if f & FR != 0 {
            self.fr += 1.0;
        }
        if f & OTHER != 0 {
            self.other += 1.0;
        }
        if f & ARABIZI != 0 {
            self.arabizi += 1.5;
        }
        if f & FINGLISH != 0 {
            self.finglish += 1.5;
        }
        // word shapes: English -ing/-ly/-ness and w/k/th versus French -ment/-eux/-ez
        // (for the first words only: they matter for short texts, where function
        // words are few)
        self.latin_words += 1;
        if f & (EN | FR) == 0 && plain.len() >= 4 && self.latin_words <= 20 {
            let (en_shape, fr_shape) = word_shapes(plain);
            if en_shape {
                self.en += 0.4;
            }
            if fr_shape {
                self.fr += 0.4;
            }
        }
        if !plain.is_ascii() && plain.chars().any(|c| matches!(c, 'é' | 'è' | 'ê' | 'à' | 'ç' | 'ù' | 'û' | 'ô' | 'î' | 'œ')) {
            self.fr += 0.7;
        }
        if digits_as_letters(plain.as_bytes()) {
            self.arabizi += 1.0;
        }
    }
}

/// The flags of an informally lengthened word (`fuyezzzz`, `sooo`): runs of a letter cut
/// to two, or to one.
fn lengthened_flags(t: &Tables, plain: &str) -> u8 {
    let mut short = String::with_capacity(plain.len());
    let (mut prev, mut run) = ('\0', 0);
    for c in plain.chars() {
        run = if c == prev { run + 1 } else { 1 };
        prev = c;
        if run <= 2 {
            short.push(c);
        }
    }
    if short.len() != plain.len() {
        t.flags(&short).max(t.flags(&dedup_all(&short)))
    } else {
        0
    }
}

/// Whether a word has an English shape (-ing, -ly, -ness, w, k, th…) and a French one
/// (-ement, -eux, -ez, -ons, -eau…).
fn word_shapes(plain: &str) -> (bool, bool) {
    let en_shape = ["ing", "ly", "ness", "ful", "tment", "pment", "nment", "zers"].iter().any(|e| plain.ends_with(e))
        || plain.contains("th")
        || plain.contains('w')
        || plain.contains('k');
    let fr_shape =
        ["ement", "ament", "iment", "ument", "ément", "eux", "euse", "ez", "ons", "eau", "aux", "ette", "aire", "oir", "ique", "ier", "elle", "ées", "és"]
            .iter()
            .any(|e| plain.ends_with(e));
    (en_shape, fr_shape)
}

/// Arabizi: digits used as letters (3 = ع, 7 = ح, 2 = ء, 5 = خ, 9 = ق) inside a word.
fn digits_as_letters(b: &[u8]) -> bool {
    b.len() >= 3
        && b.iter().any(|c| c.is_ascii_digit())
        && b.iter().any(|c| c.is_ascii_alphabetic())
        && (0..b.len()).any(|i| {
            matches!(b[i], b'2' | b'3' | b'5' | b'7' | b'9')
                && ((i > 0 && b[i - 1].is_ascii_alphabetic()) || (i + 1 < b.len() && b[i + 1].is_ascii_alphabetic()))
        })
}

/// Language identification reads at most this many bytes of a text: enough evidence for
/// a document, and long documents cost no more than short ones.
pub const MAX_SCAN_BYTES: usize = 1500;

fn score(text: &str) -> Scores {
    let mut end = text.len().min(MAX_SCAN_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = &text[..end];
    let t = tables();
    let mut s = Scores::default();
    let mut word = String::new();
    let mut canon = String::new();
    let mut lower = String::new();
    let mut flush = |word: &mut String, s: &mut Scores| {
        if word.is_empty() {
            return;
        }
        if is_arabic_letter(word.chars().next().unwrap()) {
            s.arabic_word(t, word, &mut canon);
        } else {
            s.latin_word(t, word, &mut lower);
        }
        word.clear();
    };
    // the script of the word being built (true: Arabic)
    let mut word_ar = false;
    for c in text.chars() {
        if c.is_ascii() {
            // fast path: ASCII letters, digits and apostrophes
            if c.is_ascii_alphanumeric() || (c == '\'' && !word.is_empty()) {
                if c.is_ascii_alphabetic() {
                    s.la_letters += 1;
                }
                if word_ar && !word.is_empty() {
                    flush(&mut word, &mut s);
                }
                word_ar = false;
                word.push(c);
            } else {
                flush(&mut word, &mut s);
            }
            continue;
        }
        if is_arabic_letter(c) {
            s.ar_letters += 1;
            match c {
                'پ' | 'چ' | 'ژ' | 'گ' => s.fa += 3.0,
                'ی' | 'ک' => s.fa += 0.6,
                'ة' => s.ar += 2.0,
                'ى' => s.ar += 1.0,
                'ي' | 'ك' => s.ar += 0.6,
                _ => {}
            }
            if !word.is_empty() && !word_ar {
                flush(&mut word, &mut s);
            }
            word_ar = true;
            word.push(c);
        } else if is_latin_letter(c) || c.is_ascii_digit() || ((c == '\'' || c == '’') && !word.is_empty()) {
            if is_latin_letter(c) {
                s.la_letters += 1;
            }
            if !word.is_empty() && word_ar {
                flush(&mut word, &mut s);
            }
            word_ar = false;
            word.push(c);
        } else if c == '\u{200C}' || crate::text::normalize::is_arabic_mark(c) || c == '\u{0640}' {
            if !word.is_empty() {
                word.push(c);
            }
        } else {
            flush(&mut word, &mut s);
        }
    }
    flush(&mut word, &mut s);
    s
}

/// `fuyezz` → `fuyez`: every run of a letter becomes one.
fn dedup_all(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut prev = '\0';
    for c in w.chars() {
        if c != prev {
            out.push(c);
        }
        prev = c;
    }
    out
}

fn arabic_choice(s: &Scores) -> Lang {
    if s.fa > s.ar {
        Lang::Fa
    } else {
        Lang::Ar
    }
}

fn latin_choice(s: &Scores) -> Lang {
    if s.fr > s.en {
        Lang::Fr
    } else {
        Lang::En
    }
}

/// Identifies the language of `text` (see the module documentation for the rules).
pub fn detect(text: &str) -> Detection {
    let s = score(text);
    let arabic_script = arabic_choice(&s);
    let latin_script = latin_choice(&s);
    let mut d = Detection {
        lang: Lang::Other,
        variant: None,
        arabic_script,
        latin_script,
        arabic_letters: s.ar_letters,
        latin_letters: s.la_letters,
        mixed: (s.ar_letters >= 4 && s.la_letters >= 4) || (s.en >= 2.0 && s.fr >= 2.0),
        decisive: if s.ar_letters >= s.la_letters { s.ar_letters > 0 && s.fa != s.ar } else { s.en != s.fr || s.other >= 2.0 },
    };
    if s.ar_letters == 0 && s.la_letters == 0 {
        return d;
    }
    if s.ar_letters >= s.la_letters {
        d.lang = arabic_script;
        return d;
    }
    let best_enfr = s.en.max(s.fr);
    if s.arabizi >= 2.0 && s.arabizi > best_enfr {
        d.variant = Some("arabizi");
        return d;
    }
    if s.finglish >= 3.0 && s.finglish > best_enfr {
        d.variant = Some("finglish");
        return d;
    }
    if s.other >= 2.0 && s.other > best_enfr {
        return d;
    }
    d.lang = latin_script;
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_undecided_short_text_takes_its_files_language() {
        assert!(!detect("Excellent.").decisive);
        assert!(!detect("...").decisive);
        assert!(detect("Service sympathique.").decisive);
        assert_eq!(detect("Fuyezzzz").lang, Lang::Fr);
        assert_eq!(detect_with_prior("Excellent.", Some(Lang::Fr)).lang, Lang::Fr);
        assert_eq!(detect_with_prior("Excellent.", Some(Lang::En)).lang, Lang::En);
        // evidence wins over the prior; a prior of another script does not apply
        assert_eq!(detect_with_prior("Great food, lovely staff.", Some(Lang::Fr)).lang, Lang::En);
        assert_eq!(detect_with_prior("Excellent.", Some(Lang::Ar)).lang, Lang::En);
        assert_eq!(majority(std::iter::repeat(Lang::Fr).take(30).chain(std::iter::repeat(Lang::En).take(5))), Some(Lang::Fr));
        assert_eq!(majority(std::iter::repeat(Lang::Fr).take(20).chain(std::iter::repeat(Lang::En).take(20))), None);
        assert_eq!(majority(std::iter::repeat(Lang::Fr).take(5)), None);
    }

    #[test]
    fn decides_by_letters_and_function_words() {
        let cases = [
            ("The delivery was late and nobody answered my emails.", Lang::En),
            ("Le service client ne répond jamais, c'est nul.", Lang::Fr),
            ("التطبيق ممتاز لكن فيه مشكلة في التحديث الأخير", Lang::Ar),
            ("برنامه خیلی خوبه ولی پشتیبانی جواب نمیده", Lang::Fa),
            ("گران", Lang::Fa),
            ("الخدمة سيئة", Lang::Ar),
            ("سعره مناسب", Lang::Ar),
            ("Nous reviendrons!", Lang::Fr),
            ("Love my Echo!", Lang::En),
            ("De klantendienst is heel goed en snel", Lang::Other),
            ("😀😀", Lang::Other),
        ];
        for (text, want) in cases {
            assert_eq!(detect(text).lang, want, "{text}");
        }
    }

    #[test]
    fn recognises_arabizi_and_finglish() {
        let d = detect("el app di 7elwa bas ktir ba6i2a w mafi support");
        assert_eq!(d.lang, Lang::Other);
        assert_eq!(d.variant, Some("arabizi"));
        let d = detect("kheili khoob bood vali gheymat kheili bala hast");
        assert_eq!(d.variant, Some("finglish"));
    }
}
