//! Text pipeline and analysis throughput per language (short and long texts).
//!
//! Each benchmark first asserts the number of tokens (and mentions) it produces, so a
//! fast wrong answer cannot pass. Run: `cargo bench --bench text`; MB/s are reported by
//! criterion as throughput (bytes of input text).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use vocmine::analyze::analyze_text;
use vocmine::lang::Lang;
use vocmine::lexicon::LexiconSet;

const EN: &str = "The app keeps crashing whenever I open the billing page, and support took four days to answer. Honestly the price is fine, but I was charged twice and still haven't got a refund. ";
const FR: &str = "L'application plante dès que j'ouvre une facture, et le service client a mis quatre jours à répondre. Le prix est correct, mais on m'a prélevé deux fois et je n'ai toujours pas été remboursé. ";
const AR: &str = "التطبيق يعلق كل ما افتح صفحة الفواتير، وخدمة العملاء ما ردت إلا بعد أربعة أيام. السعر مناسب بس انخصم المبلغ مرتين وللحين ما رجعوا فلوسي. ";
const FA: &str =
    "برنامه هر بار که صفحه‌ی صورتحساب را باز می‌کنم کرش می‌کند و پشتیبانی بعد از چهار روز جواب داد. قیمتش مناسب است ولی دو بار پول کم شد و هنوز برنگشته. ";

fn long(s: &str) -> String {
    s.repeat(25)
}

fn bench(c: &mut Criterion) {
    let lex = LexiconSet::bundled().expect("bundled lexicons");
    // token counts of one repetition, asserted before timing
    let expected: [(&str, Lang, &str, usize); 4] = [("en", Lang::En, EN, 38), ("fr", Lang::Fr, FR, 42), ("ar", Lang::Ar, AR, 28), ("fa", Lang::Fa, FA, 33)];
    let mut g = c.benchmark_group("text_pipeline");
    for (name, lang, text, n_tokens) in expected {
        let a = lex.pipeline.analyze(text, None);
        assert_eq!(a.lang, lang, "{name}: language");
        let got = a.tokens.len();
        assert_eq!(got, n_tokens, "{name}: tokens of one repetition");
        let d = analyze_text(&lex, text, None);
        assert!(d.mentions.len() >= 4, "{name}: mentions {}", d.mentions.len());
        let l = long(text);
        assert_eq!(lex.pipeline.analyze(&l, None).tokens.len(), n_tokens * 25, "{name}: tokens of the long text");
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("{name}/short/text"), |b| b.iter(|| lex.pipeline.analyze(black_box(text), None)));
        g.bench_function(format!("{name}/short/analyze"), |b| b.iter(|| analyze_text(&lex, black_box(text), None)));
        g.throughput(Throughput::Bytes(l.len() as u64));
        g.bench_function(format!("{name}/long/text"), |b| b.iter(|| lex.pipeline.analyze(black_box(&l), None)));
        g.bench_function(format!("{name}/long/analyze"), |b| b.iter(|| analyze_text(&lex, black_box(&l), None)));
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(2)).warm_up_time(std::time::Duration::from_millis(500));
    targets = bench
}
criterion_main!(benches);
