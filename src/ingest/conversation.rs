//! Conversations: call and chat transcripts, dialogue datasets and threaded message
//! exports, read as documents made of speaker turns.
//!
//! Exists so that a transcript is one document whose text is its turns (one per line)
//! and whose turns carry a normalised speaker role (`customer`, `agent`, `bot`,
//! `system`, `unknown`): the analysis can then keep the agent's script out of the
//! customer's themes and quotes. Formats: plain text with speaker labels in four
//! languages (`Agent:`, `Client :`, `العميل:`, `کارشناس:` …), WebVTT (`<v Name>` voices
//! or `Name:` prefixes), SRT with speaker prefixes, JSON turn arrays in the common
//! dialogue-dataset layouts, and threaded exports (one message per row, an inbound flag
//! and a reply-to id). Problems (a turn with no speaker, a cue without timing or text)
//! are reported with their line; the rest of the conversation is kept.

use serde_json::Value;
use std::collections::BTreeMap;

pub use crate::model::{Role, TurnSpan};

/// One turn of a conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    /// The speaker label as written (`Conseiller`, `USER`, `<v Sam>`).
    pub speaker: String,
    pub role: Role,
    pub text: String,
}

/// A problem in a conversation, with the line (1-based; 0 when unknown).
#[derive(Debug, Clone, PartialEq)]
pub struct TurnProblem {
    pub line: u64,
    pub reason: String,
}

const CUSTOMER_LABELS: &[&str] = &[
    "customer",
    "client",
    "cliente",
    "user",
    "caller",
    "consumer",
    "buyer",
    "member",
    "guest",
    "visitor",
    "usager",
    "utilisateur",
    "utilisatrice",
    "abonné",
    "abonne",
    "العميل",
    "عميل",
    "الزبون",
    "زبون",
    "المتصل",
    "المستخدم",
    "مستخدم",
    "مشتری",
    "مشتري",
    "کاربر",
    "كاربر",
    "مشترک",
    "تماس گیرنده",
];
const AGENT_LABELS: &[&str] = &[
    "agent",
    "conseiller",
    "conseillère",
    "conseillere",
    "support",
    "representative",
    "rep",
    "advisor",
    "adviser",
    "operator",
    "staff",
    "employee",
    "technicien",
    "technician",
    "opérateur",
    "operateur",
    "service client",
    "customer service",
    "الموظف",
    "موظف",
    "الوكيل",
    "وكيل",
    "خدمة العملاء",
    "الدعم",
    "ممثل خدمة العملاء",
    "کارشناس",
    "كارشناس",
    "پشتیبان",
    "پشتیبانی",
    "اپراتور",
    "اپراتور پشتیبانی",
];
const BOT_LABELS: &[&str] = &["bot", "chatbot", "assistant", "virtual assistant", "system", "ai", "robot", "ربات", "بات", "المساعد", "روبوت"];
const SYSTEM_LABELS: &[&str] = &["action", "event", "note", "internal", "system message", "info"];

/// The role of a speaker label. `overrides` come from `--speaker-map LABEL=ROLE` and win.
pub fn role_of(label: &str, overrides: &[(String, Role)]) -> Role {
    let l = label.trim().trim_matches(|c: char| c == '<' || c == '>' || c == '[' || c == ']').trim().to_lowercase();
    if let Some((_, r)) = overrides.iter().find(|(k, _)| k.to_lowercase() == l) {
        return *r;
    }
    let first = l.split(|c: char| c == ' ' || c == '_' || c == '-' || c.is_ascii_digit()).next().unwrap_or("");
    let is = |list: &[&str]| list.contains(&l.as_str()) || list.contains(&first);
    if is(CUSTOMER_LABELS) {
        Role::Customer
    } else if is(AGENT_LABELS) {
        Role::Agent
    } else if is(SYSTEM_LABELS) {
        Role::System
    } else if is(BOT_LABELS) {
        Role::Bot
    } else {
        Role::Unknown
    }
}

/// Splits `Speaker: text` (also `Speaker :`, with Arabic or Persian labels). A label is
/// at most four words and 40 characters, before the first colon.
fn split_label(line: &str) -> Option<(&str, &str)> {
    let i = line.find([':', '：'])?;
    let label = line[..i].trim();
    if label.is_empty() || label.chars().count() > 40 || label.split_whitespace().count() > 4 || label.chars().any(|c| c.is_ascii_digit() && label.len() <= 2) {
        return None;
    }
    if label.contains("http") || label.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let sep = line[i..].chars().next().map_or(1, |c| c.len_utf8());
    Some((label, line[i + sep..].trim()))
}

/// Plain-text transcript: one `Speaker: text` per line; lines without a label continue
/// the previous turn; a first line without a label is a turn with no speaker.
pub fn parse_plain(text: &str, overrides: &[(String, Role)]) -> (Vec<Turn>, Vec<TurnProblem>) {
    let mut turns: Vec<Turn> = Vec::new();
    let mut problems = Vec::new();
    let mut known: Vec<String> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        // a timestamp prefix such as [00:01:02] or 10:32
        let line = strip_time_prefix(line);
        match split_label(line) {
            Some((label, rest))
                if role_of(label, overrides) != Role::Unknown || known.iter().any(|k| k == label) || turns.is_empty() || looks_like_name(label) =>
            {
                if !known.iter().any(|k| k == label) {
                    known.push(label.to_string());
                }
                turns.push(Turn { speaker: label.to_string(), role: role_of(label, overrides), text: rest.to_string() });
            }
            _ => match turns.last_mut() {
                Some(t) => {
                    t.text.push(' ');
                    t.text.push_str(line);
                }
                None => {
                    problems.push(TurnProblem { line: i as u64 + 1, reason: "turn with no speaker (expected `Speaker: text`); kept with role unknown".into() });
                    turns.push(Turn { speaker: String::new(), role: Role::Unknown, text: line.to_string() });
                }
            },
        }
    }
    (turns, problems)
}

fn looks_like_name(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    words.len() <= 3 && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_ascii()))
}

fn strip_time_prefix(line: &str) -> &str {
    let t = line.trim_start_matches('[');
    let end = t.find([']', ' ']).unwrap_or(0);
    let stamp = &t[..end];
    if !stamp.is_empty() && stamp.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.') && stamp.contains(':') {
        let rest = &t[end..];
        return rest.trim_start_matches(']').trim_start_matches([' ', '-']).trim_start();
    }
    line
}

fn is_timing(line: &str) -> bool {
    line.contains("-->")
}

fn valid_timing(line: &str) -> bool {
    let mut parts = line.split("-->");
    let ok = |s: Option<&str>| {
        s.map(|x| x.split_whitespace().next().unwrap_or("")).is_some_and(|x| {
            let x = x.replace(',', ".");
            let f: Vec<&str> = x.split(':').collect();
            (2..=3).contains(&f.len()) && f.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit() || c == '.'))
        })
    };
    ok(parts.next()) && ok(parts.next())
}

/// WebVTT (`.vtt`) and SRT (`.srt`) subtitles: each cue's text is a turn; the speaker is
/// the `<v Name>` voice, else a `Name:` prefix, else the previous cue's speaker. Cues
/// with a malformed timing line or no text are reported and skipped.
pub fn parse_subtitles(text: &str, overrides: &[(String, Role)]) -> (Vec<Turn>, Vec<TurnProblem>) {
    let mut turns: Vec<Turn> = Vec::new();
    let mut problems = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    let mut last_speaker: Option<String> = None;
    while i < lines.len() {
        let line = lines[i].trim().trim_start_matches('\u{feff}');
        if line.is_empty() || line.starts_with("WEBVTT") || line.starts_with("NOTE") || line.starts_with("STYLE") || line.starts_with("REGION") {
            // skip a NOTE/STYLE block
            if line.starts_with("NOTE") || line.starts_with("STYLE") || line.starts_with("REGION") {
                while i < lines.len() && !lines[i].trim().is_empty() {
                    i += 1;
                }
            }
            i += 1;
            continue;
        }
        // optional cue identifier (SRT number or VTT id) followed by a timing line
        let (timing_line, at) = if is_timing(line) {
            (line, i)
        } else if i + 1 < lines.len() && is_timing(lines[i + 1].trim()) {
            (lines[i + 1].trim(), i + 1)
        } else {
            problems.push(TurnProblem {
                line: i as u64 + 1,
                reason: format!("cue without a timing line (expected `00:00:01.000 --> 00:00:04.000`), found {:?}; skipped", truncate(line, 40)),
            });
            while i < lines.len() && !lines[i].trim().is_empty() {
                i += 1;
            }
            continue;
        };
        if !valid_timing(timing_line) {
            problems.push(TurnProblem { line: at as u64 + 1, reason: format!("malformed cue timing {:?}; cue skipped", truncate(timing_line, 60)) });
            i = at + 1;
            while i < lines.len() && !lines[i].trim().is_empty() {
                i += 1;
            }
            continue;
        }
        let mut j = at + 1;
        let mut body: Vec<&str> = Vec::new();
        while j < lines.len() && !lines[j].trim().is_empty() && !is_timing(lines[j].trim()) {
            body.push(lines[j].trim());
            j += 1;
        }
        if body.is_empty() || (j < lines.len() && is_timing(lines[j].trim())) && body.is_empty() {
            problems.push(TurnProblem { line: at as u64 + 1, reason: "unterminated cue: a timing line with no text; skipped".into() });
            i = j;
            continue;
        }
        add_cue(&mut turns, &mut problems, &mut last_speaker, body.join(" "), at as u64 + 2, overrides);
        i = j;
    }
    (turns, problems)
}

/// Adds one cue's text (its lines `joined`, the first at `text_line`) as a turn: the
/// speaker is the `<v Name>` voice, else a `Name:` prefix, else the previous cue's; a cue
/// of the same speaker as the last turn continues it.
fn add_cue(
    turns: &mut Vec<Turn>,
    problems: &mut Vec<TurnProblem>,
    last_speaker: &mut Option<String>,
    joined: String,
    text_line: u64,
    overrides: &[(String, Role)],
) {
    let (speaker, text) = if let Some((name, txt)) = voice_tag(&joined) {
        (Some(name).filter(|n| !n.is_empty()).or_else(|| last_speaker.clone()), txt)
    } else if let Some((label, rest)) = split_label(&joined) {
        (Some(label.to_string()), rest.to_string())
    } else {
        (last_speaker.clone(), joined)
    };
    let text = strip_tags(&text);
    match speaker {
        Some(s) => {
            let role = role_of(&s, overrides);
            if let Some(prev) = turns.last_mut().filter(|t| t.speaker == s) {
                prev.text.push(' ');
                prev.text.push_str(&text);
            } else {
                turns.push(Turn { speaker: s.clone(), role, text });
            }
            *last_speaker = Some(s);
        }
        None => {
            problems
                .push(TurnProblem { line: text_line, reason: "cue with no speaker (no <v Name> voice and no `Name:` prefix); kept with role unknown".into() });
            turns.push(Turn { speaker: String::new(), role: Role::Unknown, text });
        }
    }
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// A cue that opens with a WebVTT voice span `<v Name>` or `<v.class Name>`: the voice
/// name and the text after the tag (with `</v>` removed). `None` when the cue does not
/// open with a complete voice tag (`<v` alone, `<vé>`, `<v Agent` with no `>`): such a
/// cue is read as ordinary text. Works on `str` methods only, so no input can index out
/// of bounds or inside a character.
fn voice_tag(cue: &str) -> Option<(String, String)> {
    let rest = cue.strip_prefix("<v")?;
    // the tag name is exactly `v`: it must be followed by a class, an annotation or `>`
    if !rest.starts_with(|c: char| c == '.' || c == '>' || c.is_whitespace()) {
        return None;
    }
    let (annotation, after) = rest.split_once('>')?;
    // `.class.other Name` → drop the classes, keep the annotation (the voice name)
    let annotation = match annotation.strip_prefix('.') {
        Some(classes) => classes.split_once(char::is_whitespace).map_or("", |(_, name)| name),
        None => annotation,
    };
    let name = annotation.split_whitespace().collect::<Vec<_>>().join(" ");
    Some((name, after.replace("</v>", "").trim().to_string()))
}

/// Removes `<…>` tags (voice, class, italics, timestamps). A `<` with no `>` after it
/// is text (`paid < 5 dollars`), kept as written.
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let tail = &rest[open..];
        match tail.find('>') {
            Some(close) => rest = &tail[close + 1..],
            None => {
                out.push_str(tail);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.trim().to_string()
}

/// Keys of a JSON object that can hold the turns of a conversation.
pub const TURN_KEYS: &[&str] = &["turns", "messages", "dialogue", "dialog", "utterances", "original", "conversation", "transcript", "delexed"];
const SPEAKER_KEYS: &[&str] = &["speaker", "role", "author", "from", "sender", "participant", "user", "who"];
const TEXT_KEYS: &[&str] = &["text", "utterance", "content", "message", "body", "value"];

/// Turns from a JSON value in a common layout: an array of `{"speaker"|"role"|…,
/// "text"|"utterance"|…}` objects (SGD, chat exports), or of `[speaker, text]` pairs
/// (ABCD's `original`). `None` when the value is not a turn array.
pub fn turns_from_json(v: &Value, overrides: &[(String, Role)]) -> Option<Vec<Turn>> {
    let arr = v.as_array()?;
    if arr.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(arr.len());
    for t in arr {
        match t {
            Value::Object(o) => {
                let speaker = SPEAKER_KEYS.iter().find_map(|k| o.get(*k).and_then(|x| x.as_str()))?.to_string();
                let text = TEXT_KEYS.iter().find_map(|k| o.get(*k).and_then(|x| x.as_str())).unwrap_or("").to_string();
                out.push(Turn { role: role_of(&speaker, overrides), speaker, text });
            }
            Value::Array(pair) if pair.len() == 2 && pair[0].is_string() && pair[1].is_string() => {
                let speaker = pair[0].as_str().unwrap().to_string();
                out.push(Turn { role: role_of(&speaker, overrides), speaker, text: pair[1].as_str().unwrap().to_string() });
            }
            _ => return None,
        }
    }
    Some(out)
}

/// The key of an object that holds a turn array, if any.
pub fn turn_key(o: &serde_json::Map<String, Value>) -> Option<&'static str> {
    TURN_KEYS.iter().copied().find(|k| o.get(*k).is_some_and(|v| turns_from_json(v, &[]).is_some()))
}

/// Joins turns into a document text (one turn per line, empty turns dropped) and their
/// spans.
pub fn join_turns(turns: &[Turn]) -> (String, Vec<TurnSpan>) {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(turns.len());
    for t in turns {
        let body = t.text.trim();
        if body.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(body);
        spans.push(TurnSpan { speaker: t.speaker.clone(), role: t.role, start, end: text.len() });
    }
    (text, spans)
}

/// One message of a threaded export.
#[derive(Debug, Clone)]
pub struct ThreadMessage {
    pub row: u64,
    pub id: String,
    pub parent: Option<String>,
    pub inbound: bool,
    pub author: String,
    pub text: String,
    pub fields: Vec<Option<String>>,
}

/// Groups messages into conversations by following reply-to links to the root; a
/// conversation's turns are in row order. Returns (root row, root id, messages).
pub fn group_threads(msgs: Vec<ThreadMessage>) -> Vec<(u64, String, Vec<ThreadMessage>)> {
    let by_id: BTreeMap<String, usize> = msgs.iter().enumerate().map(|(i, m)| (m.id.clone(), i)).collect();
    // the root of every message, each chain walked once (a 30,000-message reply chain
    // is one conversation, found in linear time); a reply cycle has no root: its
    // message with the lowest row stands for it
    let parent: Vec<Option<usize>> = msgs.iter().map(|m| m.parent.as_ref().and_then(|p| by_id.get(p)).copied()).collect();
    let mut root = vec![usize::MAX; msgs.len()];
    let mut on_path = vec![false; msgs.len()];
    let mut path: Vec<usize> = Vec::new();
    for start in 0..msgs.len() {
        if root[start] != usize::MAX {
            continue;
        }
        path.clear();
        let mut i = start;
        let r = loop {
            if root[i] != usize::MAX {
                break root[i];
            }
            if on_path[i] {
                let from = path.iter().position(|&x| x == i).unwrap_or(0);
                break *path[from..].iter().min_by_key(|&&x| (msgs[x].row, x)).unwrap_or(&i);
            }
            on_path[i] = true;
            path.push(i);
            match parent[i] {
                Some(p) if p != i => i = p,
                _ => break i,
            }
        };
        for &x in &path {
            root[x] = r;
            on_path[x] = false;
        }
    }
    let root_of = |i: usize| root[i];
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..msgs.len() {
        groups.entry(root_of(i)).or_default().push(i);
    }
    let mut out: Vec<(u64, String, Vec<ThreadMessage>)> = groups
        .into_iter()
        .map(|(root, mut members)| {
            members.sort_by_key(|&i| msgs[i].row);
            (msgs[root].row, msgs[root].id.clone(), members.into_iter().map(|i| msgs[i].clone()).collect())
        })
        .collect();
    out.sort_by_key(|g| g.2.first().map_or(0, |m| m.row));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_in_four_languages() {
        for (label, role) in [
            ("Agent", Role::Agent),
            ("Customer", Role::Customer),
            ("Client ", Role::Customer),
            ("Conseiller", Role::Agent),
            ("العميل", Role::Customer),
            ("الموظف", Role::Agent),
            ("مشتری", Role::Customer),
            ("کارشناس", Role::Agent),
            ("USER", Role::Customer),
            ("SYSTEM", Role::Bot),
            ("action", Role::System),
            ("Sam", Role::Unknown),
        ] {
            assert_eq!(role_of(label, &[]), role, "{label}");
        }
        assert_eq!(role_of("Sam", &[("sam".into(), Role::Agent)]), Role::Agent);
    }

    fn msg(row: u64, id: &str, parent: Option<&str>) -> ThreadMessage {
        ThreadMessage {
            row,
            id: id.into(),
            parent: parent.map(str::to_string),
            inbound: row % 2 == 1,
            author: String::new(),
            text: format!("message {row}"),
            fields: Vec::new(),
        }
    }

    /// A 30,000-message reply chain was split after 10,002 turns (and took a minute).
    #[test]
    fn a_long_reply_chain_is_one_conversation_and_cycles_end() {
        let n = 30_000u64;
        let msgs: Vec<ThreadMessage> = (1..=n).map(|r| msg(r, &format!("m{r}"), (r > 1).then(|| format!("m{}", r - 1)).as_deref())).collect();
        let t = std::time::Instant::now();
        let g = group_threads(msgs);
        assert_eq!(g.len(), 1);
        assert_eq!((g[0].0, g[0].2.len()), (1, n as usize), "rooted at row 1, every message in order");
        assert!(g[0].2.windows(2).all(|w| w[0].row < w[1].row));
        let _ = t; // (linear: well under a second in a debug build)
                   // a cycle a → b → c → a and a message replying into it
        let g = group_threads(vec![msg(5, "a", Some("c")), msg(3, "b", Some("a")), msg(4, "c", Some("b")), msg(9, "d", Some("b")), msg(1, "z", None)]);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].0, 1);
        assert_eq!((g[1].0, g[1].2.len()), (3, 4), "the cycle's lowest row stands for it");
    }

    #[test]
    fn plain_transcript() {
        let t = "hello there\nAgent: Bonjour, comment puis-je vous aider ?\nClient : Ma facture est fausse\net je suis prélevé deux fois.\n[00:01:10] Agent: Je regarde.";
        let (turns, problems) = parse_plain(t, &[]);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 1);
        assert_eq!(turns.len(), 4);
        assert_eq!(turns[2].role, Role::Customer);
        assert_eq!(turns[2].text, "Ma facture est fausse et je suis prélevé deux fois.");
        assert_eq!(turns[3].text, "Je regarde.");
    }

    #[test]
    fn webvtt_and_srt() {
        let vtt = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Agent>Sorry for the wait.</v>\n\n00:00:03.500 --> 00:00:06.000\n<v Customer>The app crashes every day.\n\n00:00:07.000 --> 00:00:08.000\n\n00:00:09 --> broken\nhello\n";
        let (turns, problems) = parse_subtitles(vtt, &[]);
        assert_eq!(turns.iter().map(|t| t.role).collect::<Vec<_>>(), [Role::Agent, Role::Customer]);
        assert_eq!(problems.len(), 2, "{problems:?}");
        let srt = "1\n00:00:01,000 --> 00:00:02,000\nConseiller: Bonjour\n\n2\n00:00:02,500 --> 00:00:04,000\nClient: Le colis n'est jamais arrivé\n";
        let (turns, problems) = parse_subtitles(srt, &[]);
        assert!(problems.is_empty());
        assert_eq!(turns[1].role, Role::Customer);
        assert_eq!(turns[1].text, "Le colis n'est jamais arrivé");
    }

    /// A cue text of `<v`, `<vé` or `<vالعميل` sliced `rest[close + 1..]` with `close = 0`
    /// and panicked (out of bounds, or inside a character).
    #[test]
    fn broken_voice_tags_do_not_panic() {
        let tricky = [
            "<v Agent>Sorry for the wait.</v>",
            "<vé>",
            "<v العميل>الطلب لم يصل",
            "<vالعميل",
            "<v.loud Client>Le colis n'est jamais arrivé</v>",
            "<c.yellow>Agent: bonjour</c>",
            "<v 客服>您好 <i>请稍等</i>",
            "<b><v Agent></b>hi",
            "<00:00:01.000>Customer: < 5 stars",
            "<",
            "<v",
            "<c.x>",
            "</v>",
            "<v>>",
        ];
        let mut cues = 0;
        for s in tricky {
            for (end, _) in s.char_indices().chain([(s.len(), ' ')]) {
                let cue = &s[..end];
                if cue.trim().is_empty() {
                    continue;
                }
                let vtt = format!("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n{cue}\n\n00:00:03.000 --> 00:00:04.000\n{cue}\nsecond line {cue}\n");
                let srt = format!("1\n00:00:01,000 --> 00:00:02,000\n{cue}\n\n2\n00:00:03,000 --> 00:00:04,000\n<v Agent>{cue}\n");
                for text in [vtt, srt] {
                    let r = std::panic::catch_unwind(|| parse_subtitles(&text, &[]));
                    let (turns, _) = r.unwrap_or_else(|_| panic!("panicked on cue {cue:?}"));
                    assert!(!turns.is_empty(), "{cue:?}");
                    cues += 1;
                }
            }
        }
        assert!(cues > 150, "{cues}");
        // the voice name is read, the rest is text; a bare `<v` is text, not a voice
        let (t, _) = parse_subtitles("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v العميل>الطلب لم يصل\n", &[]);
        assert_eq!((t[0].speaker.as_str(), t[0].role, t[0].text.as_str()), ("العميل", Role::Customer, "الطلب لم يصل"));
        let (t, _) = parse_subtitles("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v.loud Client>Le colis n'est jamais arrivé</v>\n", &[]);
        assert_eq!((t[0].speaker.as_str(), t[0].text.as_str()), ("Client", "Le colis n'est jamais arrivé"));
        let (t, _) = parse_subtitles("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCustomer: I rate it < 2 stars\n", &[]);
        assert_eq!(t[0].text, "I rate it < 2 stars");
    }

    #[test]
    fn json_layouts() {
        let sgd: Value = serde_json::json!([{"speaker": "USER", "utterance": "Check my balance"}, {"speaker": "SYSTEM", "utterance": "Sure"}]);
        let t = turns_from_json(&sgd, &[]).unwrap();
        assert_eq!((t[0].role, t[1].role), (Role::Customer, Role::Bot));
        let abcd: Value = serde_json::json!([["agent", "Hi!"], ["customer", "I need a refund"], ["action", "Account pulled up"]]);
        let t = turns_from_json(&abcd, &[]).unwrap();
        assert_eq!(t.iter().map(|x| x.role).collect::<Vec<_>>(), [Role::Agent, Role::Customer, Role::System]);
        assert!(turns_from_json(&serde_json::json!(["a", "b"]), &[]).is_none());
    }

    #[test]
    fn threads_are_grouped_by_reply_links() {
        let m = |row: u64, id: &str, parent: Option<&str>, inbound: bool| ThreadMessage {
            row,
            id: id.into(),
            parent: parent.map(str::to_string),
            inbound,
            author: String::new(),
            text: id.into(),
            fields: vec![],
        };
        let g = group_threads(vec![m(1, "a", None, true), m(2, "b", Some("a"), false), m(3, "x", None, true), m(4, "c", Some("b"), true)]);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].2.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
    }
}
