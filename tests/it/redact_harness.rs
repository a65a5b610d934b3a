//! How much `rebut redact` lets through, measured on planted items.
//!
//! Each case under `tests/data/redaction/` is a fictional case file with
//! personal items planted in its prose, titles, notes, timeline and file
//! paths, and a manifest (`NAME.items`) that lists them by kind, with the
//! words that must come through the redaction untouched. Every case is
//! redacted twice: with the names a clinic would give from the file
//! (`option: name`/`alias`), and with the people the case names only in its
//! prose added as `--name`. The per-kind table is printed (run with
//! `--nocapture`); the README quotes it.
//!
//! Targets: at most 1% of planted items leak (people named only in prose
//! aside); with `--name`, none of those people leaks; nothing leaks without
//! a line in the review list; no word that must survive is damaged.

use rebut::clinic::emit::case_to_yaml;
use rebut::clinic::redact::{self, Options, review};
use rebut::load::{self, Source};
use rebut::playbook::Playbook;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use unicode_normalization::UnicodeNormalization;

/// The cases: every `NAME.items` beside its `NAME.yaml`, by name.
fn cases() -> Vec<String> {
    cases_in(&data_dir())
}

fn cases_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".items").map(str::to_owned)
        })
        .collect();
    names.sort();
    names
}

/// Kinds in the order the table lists them.
const KINDS: [&str; 7] = ["name", "prose", "date", "number", "address", "contact", "path"];

#[derive(Debug)]
struct Item {
    kind: String,
    text: String,
    /// What must not be left: the words of a name, or the whole value.
    parts: Vec<String>,
    line: usize,
}

#[derive(Debug)]
struct Plant {
    name: String,
    source: String,
    shift: i32,
    names: Vec<String>,
    aliases: Vec<(usize, String)>,
    prose_names: Vec<String>,
    items: Vec<Item>,
    survive: Vec<String>,
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/redaction")
}

fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// Words that are never a secret by themselves.
const NOT_SECRET: [&str; 16] = [
    "Dr", "Mr", "Mrs", "Ms", "Prof", "Sr", "Sra", "de", "la", "del", "van", "bin", "al", "el", "Jr", "s",
];

fn default_parts(kind: &str, text: &str) -> Vec<String> {
    if kind != "name" && kind != "prose" {
        return vec![text.to_owned()];
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(c))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !NOT_SECRET.contains(w))
        .map(str::to_owned)
        .collect();
    if words.is_empty() {
        vec![text.to_owned()]
    } else {
        words
    }
}

fn load_plant(name: &str) -> Plant {
    load_plant_in(&data_dir(), name)
}

fn load_plant_in(dir: &Path, name: &str) -> Plant {
    let source = std::fs::read_to_string(dir.join(format!("{name}.yaml"))).unwrap();
    let manifest = std::fs::read_to_string(dir.join(format!("{name}.items"))).unwrap();
    let mut plant = Plant {
        name: name.to_owned(),
        source,
        shift: 0,
        names: Vec::new(),
        aliases: Vec::new(),
        prose_names: Vec::new(),
        items: Vec::new(),
        survive: Vec::new(),
    };
    for (n, line) in manifest.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(option) = line.strip_prefix("option:") {
            let (key, value) = option.trim().split_once(' ').expect("option KEY VALUE");
            let value = value.trim().to_owned();
            match key {
                "shift" => plant.shift = value.parse().unwrap(),
                "name" => plant.names.push(value),
                "alias" => plant.aliases.push((plant.names.len() - 1, value)),
                "prose-name" => plant.prose_names.push(value),
                other => panic!("{name}.items:{}: unknown option {other}", n + 1),
            }
            continue;
        }
        let fields: Vec<&str> = line.split(" | ").map(str::trim).collect();
        assert!(fields.len() >= 2, "{name}.items:{}: KIND | TEXT [| PARTS]", n + 1);
        let (kind, text) = (fields[0], fields[1]);
        if kind == "survive" {
            plant.survive.push(text.to_owned());
            continue;
        }
        assert!(
            KINDS.contains(&kind),
            "{name}.items:{}: unknown kind {kind}",
            n + 1
        );
        let parts = match fields.get(2) {
            Some(p) => p.split(';').map(|s| s.trim().to_owned()).collect(),
            None => default_parts(kind, text),
        };
        plant.items.push(Item {
            kind: kind.to_owned(),
            text: text.to_owned(),
            parts,
            line: n + 1,
        });
    }
    plant
}

/// Whether `word` stands in `text` as a whole word (or value).
fn contains_word(text: &str, word: &str, any_case: bool) -> bool {
    let (text, word) = if any_case {
        (text.to_lowercase(), word.to_lowercase())
    } else {
        (text.to_owned(), word.to_owned())
    };
    let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(&word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        (edge(before) || !word.starts_with(char::is_alphanumeric))
            && (edge(after) || !word.ends_with(char::is_alphanumeric))
    })
}

struct Outcome {
    /// The copy as YAML.
    yaml: String,
    /// The copy as YAML and then each of its texts whole, to search.
    text: String,
    review: Vec<review::Item>,
}

/// The planted case, loaded.
fn plant_case(plant: &Plant) -> rebut::model::Case {
    load::load_case(
        &Source::from_text(&plant.name, &plant.source),
        &Playbook::builtin(),
    )
    .unwrap_or_else(|u| {
        panic!(
            "{} should load:\n{}",
            plant.name,
            u.render(Some(&plant.source), false)
        )
    })
}

/// The options a clinic would give for the case, and with
/// `with_prose_names` every person its prose names as well.
fn plant_options(plant: &Plant, with_prose_names: bool) -> Options {
    let mut names = plant.names.clone();
    if with_prose_names {
        names.extend(plant.prose_names.iter().cloned());
    }
    Options {
        shift_days: plant.shift,
        names,
        aliases: plant.aliases.clone(),
        keep: Vec::new(),
    }
}

fn redact_plant(plant: &Plant, with_prose_names: bool) -> Outcome {
    let case = plant_case(plant);
    let redaction = redact::redact(&case, &plant_options(plant, with_prose_names)).unwrap();
    // The copy as written, and each of its texts whole: the YAML writer
    // folds a long value across lines, which would hide a value that
    // leaks, or show a phrase that survived as damaged, at the fold.
    let yaml = case_to_yaml(&redaction.case);
    let value: serde_json::Value = serde_saphyr::from_str(&yaml).unwrap();
    let mut leaves = Vec::new();
    text_leaves(&value, String::new(), &mut leaves);
    let mut text = yaml.clone();
    for (_, leaf) in leaves {
        text.push('\n');
        text.push_str(&leaf);
    }
    Outcome {
        yaml: nfc(&yaml),
        text: nfc(&text),
        review: redaction.review.items,
    }
}

/// The copy's text with every phrase of several words that must survive,
/// and did, blotted out: a word of a name inside such a phrase is the
/// phrase's ("Sunday" of "every Sunday at nine" beside a boy whose middle
/// name is Sunday, "Karl" of "Karl Heusner Memorial Hospital" beside his
/// father Karl), which the case asks to keep, not a leak of the person.
/// The name anywhere else still leaks. A phrase of one word is not
/// blotted: it alone cannot tell the word from the name.
fn outside_kept_phrases(text: &str, survive: &[String]) -> String {
    let mut out = text.to_owned();
    let mut phrases: Vec<String> = survive
        .iter()
        .map(|w| nfc(w))
        .filter(|w| w.split_whitespace().count() > 1)
        .collect();
    // The longest first, so that a phrase inside another goes with it.
    phrases.sort_by_key(|w| std::cmp::Reverse(w.len()));
    for phrase in phrases {
        out = out.replace(&phrase, " \u{2591} ");
    }
    out
}

#[test]
fn a_name_inside_a_phrase_that_must_survive_is_no_leak_but_elsewhere_is() {
    let item = Item {
        kind: "name".to_owned(),
        text: "his middle name is Sunday".to_owned(),
        parts: vec!["Sunday".to_owned()],
        line: 1,
    };
    let survive = vec!["every Sunday at nine".to_owned(), "Sunday".to_owned()];
    let copy = "his middle name is [Person B]; mass every Sunday at nine";
    assert!(leaked_parts(&item, &outside_kept_phrases(copy, &survive)).is_empty());
    let copy = "his middle name is Sunday; mass every Sunday at nine";
    assert_eq!(
        leaked_parts(&item, &outside_kept_phrases(copy, &survive)),
        ["Sunday"]
    );
    // A damaged phrase is no shelter.
    let copy = "his middle name is [Person B]; mass every Sunday at ten";
    assert_eq!(
        leaked_parts(&item, &outside_kept_phrases(copy, &survive)),
        ["Sunday"]
    );
}

/// The parts of `item` the copy still holds. A path's part counts only
/// where it stands in the copy as the path wrote it, in its case, or
/// where the whole path survives: a copy that writes
/// "scans/beneficiary_passport.pdf" for "scans/Maeliau_Lucky_passport.pdf"
/// has replaced "Lucky", and "counts itself lucky" in its prose is the
/// word, which must survive, not the name. (Parts were once compared in
/// any case, which counted such words as leaks.)
fn leaked_parts<'a>(item: &'a Item, text: &str) -> Vec<&'a str> {
    let path_survives = item.kind == "path" && contains_word(text, &nfc(&item.text), false);
    item.parts
        .iter()
        .filter(|p| path_survives || contains_word(text, &nfc(p), false))
        .map(String::as_str)
        .collect()
}

/// Whether the review list has a line for one of the leaked parts.
fn reviewed(parts: &[&str], review: &[review::Item]) -> bool {
    let fold = |s: &str| nfc(s).to_lowercase();
    parts.iter().any(|part| {
        let part = fold(part);
        review.iter().any(|r| {
            let token = fold(&r.token);
            !token.is_empty() && (part.contains(&token) || token.contains(&part))
        })
    })
}

#[test]
fn a_path_part_leaks_only_as_the_path_wrote_it_or_with_the_whole_path() {
    let item = Item {
        kind: "path".to_owned(),
        text: "files/Okafor_Blessing_id.pdf".to_owned(),
        parts: vec!["Okafor".to_owned(), "Blessing".to_owned()],
        line: 1,
    };
    // The path replaced, and the part's word in the prose, written small:
    // no leak.
    let copy = "file: files/beneficiary_id.pdf\nwhat a blessing it was";
    assert!(leaked_parts(&item, copy).is_empty());
    // The part with its case, anywhere: a leak.
    let copy = "file: files/name3_Blessing_id.pdf\nwhat a blessing it was";
    assert_eq!(leaked_parts(&item, copy), ["Blessing"]);
    // The whole path, whatever else: every part leaks.
    let copy = "file: files/Okafor_Blessing_id.pdf";
    assert_eq!(leaked_parts(&item, copy), ["Okafor", "Blessing"]);
}

#[derive(Default, Clone, Copy)]
struct Tally {
    planted: usize,
    leaked: usize,
    silent: usize,
    leaked_named: usize,
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "the measurement, its printed table and the targets it asserts read as one"
)]
fn planted_items_are_redacted_or_listed_and_ordinary_words_survive() {
    let mut table: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut survivors = 0;
    let cases = cases();
    for name in &cases {
        let name = name.as_str();
        let plant = load_plant(name);
        let source = nfc(&plant.source);
        for item in &plant.items {
            assert!(
                item.parts
                    .iter()
                    .all(|p| contains_word(&source, &nfc(p), item.kind == "path")),
                "{name}.items:{}: `{}` is not in the case",
                item.line,
                item.text
            );
        }
        let plain = redact_plant(&plant, false);
        let named = redact_plant(&plant, true);
        let (plain_rest, named_rest) = (
            outside_kept_phrases(&plain.text, &plant.survive),
            outside_kept_phrases(&named.text, &plant.survive),
        );
        for item in &plant.items {
            let kind = KINDS.iter().find(|k| **k == item.kind).unwrap();
            let tally = table.entry(kind).or_default();
            tally.planted += 1;
            let leaked = leaked_parts(item, &plain_rest);
            if !leaked.is_empty() {
                tally.leaked += 1;
                if !reviewed(&leaked, &plain.review) {
                    tally.silent += 1;
                    failures.push(format!(
                        "{name}: {} `{}` leaks with no review line: {leaked:?}",
                        item.kind, item.text
                    ));
                } else if item.kind != "prose" {
                    failures.push(format!(
                        "{name}: {} `{}` leaks (listed for review): {leaked:?}",
                        item.kind, item.text
                    ));
                }
            }
            // Naming people is what `--name` promises for them, not for
            // dates or numbers.
            let leaked = leaked_parts(item, &named_rest);
            if (item.kind == "name" || item.kind == "prose") && !leaked.is_empty() {
                tally.leaked_named += 1;
                failures.push(format!(
                    "{name}: {} `{}` leaks even with --name: {leaked:?}",
                    item.kind, item.text
                ));
            }
        }
        for word in &plant.survive {
            survivors += 1;
            for (run, out) in [("plain", &plain), ("named", &named)] {
                if !out.text.contains(&nfc(word)) {
                    failures.push(format!("{name} ({run}): `{word}` did not survive"));
                }
            }
        }
    }

    let total = |f: fn(&Tally) -> usize, skip_prose: bool| -> usize {
        table
            .iter()
            .filter(|(k, _)| !(skip_prose && **k == "prose"))
            .map(|(_, t)| f(t))
            .sum()
    };
    println!("| kind | planted | leaked | leaked, not listed | people leaked with --name |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    for kind in KINDS {
        let t = table.get(kind).copied().unwrap_or_default();
        let named = if kind == "name" || kind == "prose" {
            t.leaked_named.to_string()
        } else {
            "-".to_owned()
        };
        println!(
            "| {kind} | {} | {} ({:.1}%) | {} | {named} |",
            t.planted,
            t.leaked,
            100.0 * t.leaked as f64 / t.planted.max(1) as f64,
            t.silent,
        );
    }
    let planted = total(|t| t.planted, false);
    let leaked_no_prose = total(|t| t.leaked, true);
    let planted_no_prose = total(|t| t.planted, true);
    println!(
        "| all but prose | {planted_no_prose} | {leaked_no_prose} ({:.1}%) | {} | {} |",
        100.0 * leaked_no_prose as f64 / planted_no_prose as f64,
        total(|t| t.silent, true),
        total(|t| t.leaked_named, true)
    );
    println!(
        "{survivors} words and phrases that must survive, in {} cases",
        cases.len()
    );
    for f in &failures {
        println!("  {f}");
    }

    assert!(cases.len() >= 6, "only {} cases", cases.len());
    assert!(planted >= 300, "only {planted} planted items");
    assert!(table.len() == KINDS.len(), "every kind is planted");
    assert!(
        leaked_no_prose * 100 <= planted_no_prose,
        "{leaked_no_prose} of {planted_no_prose} items leak"
    );
    assert_eq!(total(|t| t.silent, false), 0, "items leak with no review line");
    assert_eq!(total(|t| t.leaked_named, false), 0, "items leak with --name");
    assert!(
        !failures.iter().any(|f| f.contains("did not survive")),
        "ordinary words were damaged:\n{}",
        failures.join("\n")
    );
}

fn rebut() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rebut"));
    cmd.env("NO_COLOR", "1").current_dir(data_dir());
    cmd
}

#[test]
fn strict_fails_until_every_listed_word_is_kept_and_the_key_holds_the_list() {
    let dir = crate::support::scratch("harness");
    let copy = dir.join("copy.yaml");
    let key = dir.join("key.yaml");
    let args = |extra: &[&str]| {
        let mut cmd = rebut();
        cmd.args([
            "redact",
            "eswatini.yaml",
            "--today",
            "2026-11-25",
            "--shift-dates",
            "-37",
        ])
        .args(["--name", "Lindiwe Mbeki", "--alias", "Lindi", "--alias", "L.M."])
        .arg("-o")
        .arg(&copy)
        .arg("--key")
        .arg(&key)
        // Each run replaces the last one's copy and key.
        .arg("--force")
        .args(extra);
        cmd.output().unwrap()
    };

    let out = args(&["--strict"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        !copy.exists() && !key.exists(),
        "nothing is written under --strict"
    );
    let listed: Vec<String> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("review: "))
        .map(|l| l.split('`').nth(1).unwrap().to_owned())
        .collect();
    assert!(!listed.is_empty(), "{stderr}");
    assert!(stderr.contains("to review under --strict"), "{stderr}");

    // Without --strict the copy is written, and the key lists the same words.
    let out = args(&[]);
    assert_eq!(out.status.code(), Some(0));
    let key_text = std::fs::read_to_string(&key).unwrap();
    for word in &listed {
        assert!(key_text.contains(word.as_str()), "{word} is not in the key");
    }
    assert!(key_text.contains("review:") && key_text.contains("places:"));

    // Every listed word kept: --strict passes, and the count says so.
    let keep_list = dir.join("keep.txt");
    let mut text = String::from("# reviewed\n");
    for word in &listed {
        text.push_str(word);
        text.push('\n');
    }
    std::fs::write(&keep_list, text).unwrap();
    let out = args(&["--strict", "--keep-list", keep_list.to_str().unwrap()]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("review: "), "{stderr}");
    assert!(stderr.contains("kept with --keep"), "{stderr}");
}

#[test]
fn an_alias_needs_a_name_before_it_and_one_that_matches_nothing_is_listed() {
    let out = rebut()
        .args([
            "redact",
            "eswatini.yaml",
            "--alias",
            "Lindi",
            "--name",
            "Lindiwe Mbeki",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("--alias Lindi comes before any --name")
    );

    let out = rebut()
        .args([
            "redact",
            "eswatini.yaml",
            "--name",
            "Lindiwe Mbeki",
            "--alias",
            "Lindi",
        ])
        .args(["--name", "Zanele Nobody", "--alias", "Q.X."])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr
            .contains("review: `Zanele Nobody` (1× in --name): given on the command line but found nowhere"),
        "{stderr}"
    );
    assert!(stderr.contains("review: `Q.X.` (1× in --alias of --name \"Zanele Nobody\")"));
    assert!(!stderr.contains("`Lindi`"), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!contains_word(&stdout, "Lindi", false));
}

#[test]
fn the_review_list_is_the_same_from_run_to_run() {
    let run = || {
        rebut()
            .args(["redact", "ukraine.yaml", "--shift-dates", "12"])
            .output()
            .unwrap()
            .stderr
    };
    assert_eq!(run(), run());
}

mod any_text {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        /// Whatever a point says, redaction finishes, and says the same of
        /// the same text twice.
        #[test]
        fn redaction_reads_any_prose(text in "[A-Za-zÀ-ÿĀ-ſА-я0-9 .,;:/@#()'\n-]{0,80}") {
            static CASE: std::sync::OnceLock<rebut::model::Case> = std::sync::OnceLock::new();
            let mut case = CASE
                .get_or_init(|| {
                    let plant = load_plant("eswatini");
                    load::load_case(&Source::from_text("e", &plant.source), &Playbook::builtin()).unwrap()
                })
                .clone();
            case.grounds[0].points[0].text = text;
            let options = Options {
                shift_days: -37,
                names: vec!["Lindiwe Mbeki".to_owned()],
                aliases: vec![(0, "L.M.".to_owned())],
                keep: Vec::new(),
            };
            let a = redact::redact(&case, &options).unwrap();
            let b = redact::redact(&case, &options).unwrap();
            prop_assert_eq!(case_to_yaml(&a.case), case_to_yaml(&b.case));
            prop_assert_eq!(a.review.items, b.review.items);
        }
    }
}

#[test]
fn a_keep_list_that_cannot_be_read_is_refused() {
    let out = rebut()
        .args(["redact", "eswatini.yaml", "--keep-list", "no-such-list.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("cannot read the keep list no-such-list.txt")
    );
}

/// The copy of every harness case, redacted again with no options, comes
/// out byte for byte the same: nothing rebut wrote reads as a name, a number
/// or an address the second time.
#[test]
fn a_redacted_copy_redacts_to_itself() {
    let mut failures = Vec::new();
    for name in cases() {
        let mut plant = load_plant(&name);
        plant.shift = 0;
        let once = redact_plant(&plant, true).yaml;
        let again = Plant {
            source: once.clone(),
            names: Vec::new(),
            aliases: Vec::new(),
            prose_names: Vec::new(),
            ..plant
        };
        let twice = redact_plant(&again, false).yaml;
        if once != twice {
            let diff: Vec<String> = once
                .lines()
                .zip(twice.lines())
                .filter(|(a, b)| a != b)
                .map(|(a, b)| format!("  {a}\n  {b}"))
                .take(5)
                .collect();
            failures.push(format!("{name}:\n{}", diff.join("\n")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every bracketed placeholder in a copy is in its key, with one real
/// value or one person behind it.
#[test]
fn every_placeholder_of_the_copy_is_in_the_key() {
    for name in cases() {
        let plant = load_plant(&name);
        let case = plant_case(&plant);
        let redaction = redact::redact(&case, &plant_options(&plant, false)).unwrap();
        let text = case_to_yaml(&redaction.case);
        let mut rest = text.as_str();
        while let Some(start) = rest.find('[') {
            let Some(len) = rest[start..].find(']') else { break };
            let placeholder = &rest[start..=start + len];
            rest = &rest[start + len + 1..];
            let inner = &placeholder[1..placeholder.len() - 1];
            // YAML flow lists ("[E1, E2]") are no placeholders.
            if !inner.contains(' ') || inner.contains(',') {
                continue;
            }
            assert!(
                redaction.key.values.iter().any(|v| v.placeholder == placeholder),
                "{name}: {placeholder} is not in the key"
            );
        }
    }
}

/// What a set of held-out cases shows: counts of planted items, leaks (and
/// those off the review list) with no options and with every person named,
/// must-survive phrases damaged, and checks that differ.
#[derive(Debug, Default)]
struct HeldOut {
    planted: usize,
    leaked: usize,
    silent: usize,
    leaked_named: usize,
    silent_named: usize,
    survivors: usize,
    damaged: usize,
    differing: usize,
}

/// Redacts every case of `dir` twice and prints the figures (run with
/// `--nocapture`), each leak and damage on a line of its own.
#[allow(
    clippy::too_many_lines,
    reason = "the measurement and its printed figures read as one"
)]
fn measure_held_out(label: &str, dir: &Path) -> HeldOut {
    let mut t = HeldOut::default();
    let mut lines = Vec::new();
    for name in cases_in(dir) {
        let plant = load_plant_in(dir, &name);
        let source = nfc(&plant.source);
        for item in &plant.items {
            assert!(
                item.parts
                    .iter()
                    .all(|p| contains_word(&source, &nfc(p), item.kind == "path")),
                "{name}.items:{}: `{}` is not in the case",
                item.line,
                item.text
            );
        }
        let plain = redact_plant(&plant, false);
        let named = redact_plant(&plant, true);
        let (plain_rest, named_rest) = (
            outside_kept_phrases(&plain.text, &plant.survive),
            outside_kept_phrases(&named.text, &plant.survive),
        );
        for item in &plant.items {
            t.planted += 1;
            let left = leaked_parts(item, &plain_rest);
            if !left.is_empty() {
                t.leaked += 1;
                let listed = reviewed(&left, &plain.review);
                t.silent += usize::from(!listed);
                lines.push(format!(
                    "{name}: no options: {} `{}` leaks{}",
                    item.kind,
                    item.text,
                    if listed { "" } else { " (not listed)" }
                ));
            }
            let left = leaked_parts(item, &named_rest);
            if !left.is_empty() {
                t.leaked_named += 1;
                let listed = reviewed(&left, &named.review);
                t.silent_named += usize::from(!listed);
                lines.push(format!(
                    "{name}: --name: {} `{}` leaks{}",
                    item.kind,
                    item.text,
                    if listed { "" } else { " (not listed)" }
                ));
            }
        }
        for word in &plant.survive {
            t.survivors += 1;
            for (run, out) in [("plain", &plain), ("named", &named)] {
                if !out.text.contains(&nfc(word)) {
                    t.damaged += 1;
                    lines.push(format!("{name} ({run}): `{word}` did not survive"));
                }
            }
        }
        let out = Command::new(env!("CARGO_BIN_EXE_rebut"))
            .env("NO_COLOR", "1")
            .current_dir(dir)
            .args(["redact", &format!("{name}.yaml"), "--today", "2026-11-25"])
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        for warning in stderr.lines().filter(|l| l.starts_with("warning:")) {
            t.differing += 1;
            lines.push(format!("{name}: {warning}"));
        }
        lines.push(format!(
            "{name}: {} review lines with no options, {} with --name",
            plain.review.len(),
            named.review.len()
        ));
    }
    let pct = |n: usize| 100.0 * n as f64 / t.planted.max(1) as f64;
    println!("{label}: {} planted items", t.planted);
    println!(
        "  leaked with no options: {} ({:.1}%), {} of them not on the review list",
        t.leaked,
        pct(t.leaked),
        t.silent
    );
    println!(
        "  leaked with --name/--alias: {} ({:.1}%), {} of them not on the review list",
        t.leaked_named,
        pct(t.leaked_named),
        t.silent_named
    );
    println!(
        "  must-survive phrases: {}, damaged in {} runs",
        t.survivors, t.damaged
    );
    println!("  checks that differ from the original: {}", t.differing);
    for line in &lines {
        println!("  {line}");
    }
    t
}

/// The first held-out cases (`tests/data/redaction-heldout/`), written after
/// an earlier version was frozen; the fail-closed changes were made after
/// their first measurement, so they are no longer held out (docs/clinic.md).
#[test]
fn held_out_cases_are_measured() {
    // What the fixes reach, pinned.
    held_out_set(
        "redaction-heldout",
        "first held-out cases (tuned to since)",
        &Pins {
            planted: 60,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 0,
            differing: 0,
        },
    );
}

/// The second held-out cases (`tests/data/redaction-heldout2/`), written
/// blind while the fail-closed redaction was being built and first run once
/// it was frozen (10 of 164 items leaked, 9 off the review list; 9 and 8
/// with every person named; 10 damaged runs): the figures docs/clinic.md
/// quotes. Their misses were fixed by general rules afterwards, so they are
/// no longer held out; what is asserted is what the fixes reach, so that it
/// cannot get worse.
#[test]
fn second_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout2",
        "second held-out cases (written blind, tuned to since)",
        &Pins {
            planted: 150,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 0,
            differing: 0,
        },
    );
}

/// The third held-out cases (`tests/data/redaction-heldout3/`), written
/// blind once the heldout2 fixes were frozen (ea056fc) and run once,
/// unchanged: the figures docs/clinic.md quotes as the first run (7 of 175
/// leaked, 5 of them off the review list, the same with every person named;
/// 20 damaged runs, 10 phrases). Their misses were fixed by general rules
/// and data afterwards, so they are no longer held out; what is asserted is
/// what the fixes reach, so that it cannot get worse.
#[test]
fn third_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout3",
        "third held-out cases (written blind, tuned to since)",
        &Pins {
            planted: 175,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 0,
            differing: 0,
        },
    );
}

/// The fourth held-out cases (`tests/data/redaction-heldout4/`), written
/// blind once the third set's fixes were frozen (36ec2d6) and run once,
/// unchanged: the figures docs/clinic.md quotes (4 of 173 leaked, all off
/// the review list; 3 with every person named, all off the list; 14
/// damaged runs). Its misses were then fixed by rules and lists, so the
/// set is tuned to now and pinned at what the fixes reach: nothing leaks,
/// nothing is damaged.
#[test]
fn fourth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout4",
        "fourth held-out cases (written blind, tuned to since)",
        &Pins {
            planted: 173,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 0,
            differing: 0,
        },
    );
}

/// The fifth held-out cases (`tests/data/redaction-heldout5/`), written
/// blind once the fourth set's fixes were frozen (70ba1c8) and run once,
/// unchanged: the figures docs/clinic.md quotes (5 of 192 leaked, all off
/// the review list, the same with every person named; 28 damaged runs).
/// The fixes that followed (a companion's birth date in figures, a label
/// before a run of numbers, Latin-letter homes, "terminada en", eponyms,
/// drugs, Turkish bodies and laws) bring it to no leak and 10 damaged runs;
/// an ordinal, initials and a list inside the name of a court, a hospital
/// and a law then to 4, pinned here: the set is no longer held out. The 4
/// are "Brighton Beach" (in the text the street "Brighton Beach Avenue",
/// where the priest who helps the family is found) and "Ex-Control
/// Afgooye" (the landmark that locates the father's shop): places that
/// locate a person, replaced on purpose, and still counted as damage.
/// Since "Beach" names a place by the words before it, "Brighton Beach"
/// stays (the avenue it names is public, not the family's home): 2.
#[test]
fn fifth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout5",
        "fifth held-out cases (written blind, tuned to since)",
        &Pins {
            planted: 192,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 2,
            differing: 0,
        },
    );
}

/// The sixth held-out cases (`tests/data/redaction-heldout6/`), written
/// blind once the fifth set's fixes were frozen (3dc5713) and run once,
/// unchanged: the figures docs/clinic.md quotes (6 of 172 leaked, 1 off
/// the review list; 5 with every person named, 1 off the list; 26 damaged
/// runs; one check that differs, a spelling finding lost with a word of a
/// ministry's name). The fixes that followed (a given name or alias that
/// is a word where its capital says so, dates of other digits and
/// calendars listed, two capitals after a word of kin, British spellings,
/// bodies, landmarks, currencies and providers of other languages) bring
/// it to 1 leak (the Persian-digit date, now listed), none off the list,
/// 2 damaged runs and no check that differs, pinned here: the set is no
/// longer held out. The 2 are "PT Pelindo at Tanjung Perak" (a company and
/// a port after "works for", replaced).
#[test]
fn sixth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout6",
        "sixth held-out cases (written blind, tuned to since)",
        &Pins {
            planted: 172,
            leaked: 1,
            silent: 0,
            leaked_named: 1,
            silent_named: 0,
            damaged: 2,
            differing: 0,
        },
    );
}

/// The seventh held-out cases (`tests/data/redaction-heldout7/`), written
/// blind once the sixth set's fixes were frozen (5fbcc38) and run once,
/// unchanged: the figures docs/clinic.md quotes (2 of 181 leaked, both on
/// the review list, the same with every person named; 36 damaged runs; no
/// check differs). Pinned at that first run, then raised to what the fixes
/// made for it reach (no leak, 2 damaged runs: "Suakin", the town the
/// family returns to, replaced as the design wants): no figure may get
/// worse.
#[test]
fn seventh_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout7",
        "seventh held-out cases (written blind, tuned to since)",
        &Pins {
            planted: 181,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 2,
            differing: 0,
        },
    );
}

/// The eighth held-out cases (`tests/data/redaction-heldout8/`), written
/// blind once the seventh set's fixes were frozen (22506a1) and run once,
/// unchanged: the figures docs/clinic.md quotes (6 of 169 leaked, 5 off
/// the review list; 2 with every person named, 1 off the list; 38 damaged
/// runs; no check differs). Pinned at that first run, then raised to what
/// the fixes made for it reach (no leak, with or without names; 4 damaged
/// runs: "Fiat Tagliero", and the Mongolian centre's name cut by its
/// comma): no figure may get worse.
#[test]
fn eighth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout8",
        "eighth held-out cases (written blind, tuned to since)",
        &Pins {
            planted: 169,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 4,
            differing: 0,
        },
    );
}

/// The ninth held-out cases (`tests/data/redaction-heldout9/`), written
/// blind once the eighth set's fixes were frozen (bb9664f) and run once,
/// unchanged: the figures docs/clinic.md quotes (6 of 166 leaked, all off
/// the review list; 3 with every person named, all off the list; 26
/// damaged runs; no check differs). Pinned at that first run, then raised
/// to what the fixes made for it reach (3 leaks with or without names,
/// all on the review list), then after a second round (no leak; 8
/// damaged runs, 4 phrases), then by the tenth set's rule for payment
/// services ("MTN MoMo" survives: 6 damaged runs, 3 phrases): no figure
/// may get worse. Measured again at the twenty-seventh set's fixes: 2
/// damaged runs, 1 phrase ("Kantha Bopha"), as before them (the pin had
/// not followed an earlier fix); pinned there.
#[test]
fn ninth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout9",
        "ninth held-out cases (written blind, tuned to since)",
        &Pins {
            planted: 166,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 2,
            differing: 0,
        },
    );
}

/// The tenth held-out cases (`tests/data/redaction-heldout10/`), written
/// blind once the ninth set's fixes were frozen (acd9a52) and run once,
/// unchanged: the figures docs/clinic.md quotes (3 of 194 leaked, 2 off
/// the review list, the same with every person named; 24 damaged runs; no
/// check differs). Pinned at that first run, then raised to what the fixes
/// made for it reach (no leak, with or without names; 2 damaged runs:
/// "Qaysari Bazaar", the bazaar of the family's shop, replaced as the
/// design wants): no figure may get worse.
#[test]
fn tenth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout10",
        "tenth held-out cases (written blind, tuned to since)",
        &Pins {
            planted: 194,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 0,
            differing: 0,
        },
    );
}

/// The eleventh held-out cases (`tests/data/redaction-heldout11/`),
/// written blind once the tenth set's fixes were frozen (55e825b) and run
/// once, unchanged: the figures docs/clinic.md quotes (7 of 195 leaked, 5
/// off the review list; 5 with every person named, 4 off the list; 54
/// damaged runs; no check differs). Pinned at that first run, then raised
/// to what the fixes made for it reach (no leak, with or without names; 2
/// damaged runs: "Πλατεία Ελευθερίας", the square by the family's flat,
/// replaced as the design wants): no figure may get worse.
#[test]
fn eleventh_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout11",
        "eleventh held-out cases (written blind, tuned to since)",
        &Pins {
            planted: 195,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 2,
            differing: 0,
        },
    );
}

/// The twelfth held-out cases (`tests/data/redaction-heldout12/`),
/// written blind once the eleventh set's fixes were frozen (ee24408) and
/// run once, unchanged: the figures docs/clinic.md quotes (13 of 194
/// leaked, 9 off the review list, the same with every person named; 52
/// damaged runs; no check differs). Pinned at that first run, then
/// lowered to what the fixes since reach (11 leaks: "the Popović
/// disease" is the family's, not an eponym; then 2 leaks, none off the
/// list: Serbian and Uzbek extension labels, a short number before one,
/// Serbian, Russian, Uzbek and Roman months, a date restated after a birth
/// date and its place or in brackets, an Uzbek date in words, a card
/// number masked with asterisks; then no leak and 2 damaged runs: a
/// case's surname ending a quoted label in small letters, amounts with a
/// sign set apart or a currency word in Cyrillic or with an apostrophe,
/// bodies, laws and landmarks in sentence case around their kind, offices
/// whose names list what they deal with, feasts, banks of one word; then
/// 4 damaged runs, on purpose: a name in sentence case reaches back from
/// its kind over joining words and at most two others, so that a verb or
/// an article no longer carries a person's name into a body, and the
/// Uzbek oncology center's name, six words before its kind, is cut): no
/// figure may get worse.
#[test]
fn twelfth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout12",
        "twelfth held-out cases (written blind)",
        &Pins {
            planted: 194,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 4,
            differing: 0,
        },
    );
}

/// The thirteenth held-out cases (`tests/data/redaction-heldout13/`),
/// written blind once the twelfth set's fixes were frozen (f777075) and
/// run once, unchanged: the figures docs/clinic.md quotes (5 of 211
/// leaked, 4 off the review list, the same with every person named; 55
/// damaged runs; no check differs). Pinned at that run, then lowered to
/// what the fixes since reach (no leak and 27 damaged runs: a lunar date
/// with numbered months, the Albanian "lokali", masks of two asterisks,
/// Guaraní months, Albanian number words; short currency marks, a mark of
/// a letter and a code, Albanian bodies joined by their connectives,
/// bodies as authors, "anti-" before an antigen, a law's number after
/// "No.", bodies in Thaana and Tibetan script, a body's name given in
/// quotation marks after it; then 21: a bridge named after its kind,
/// "the Pont des Martyrs"; then 19: a word inside a body's name that is
/// only another spelling of a case person's name, "Wangchuck"; then 17:
/// a Serbian body's country in the genitive, "... радиологију Србије";
/// then 15: a bridge named with a capital after "the", "the Sinamalé
/// Bridge"): no figure may get worse.
#[test]
fn thirteenth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout13",
        "thirteenth held-out cases (written blind)",
        &Pins {
            planted: 211,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 15,
            differing: 0,
        },
    );
}

/// The fourteenth held-out cases (`tests/data/redaction-heldout14/`),
/// written blind once the thirteenth set's fixes were frozen (9c70de9)
/// and run once, unchanged: the figures docs/clinic.md quotes (4 of 213
/// leaked, 3 off the review list, the same with every person named; 64
/// damaged runs; no check differs). Pinned at that run, then lowered to
/// what the fixes since reach (no leak: the Azerbaijani, Portuguese and
/// other extension labels, Azerbaijani number words and ordinals in a
/// date, a date's parts up to three local words apart; 56 damaged runs:
/// the som in Cyrillic, the metical, "FRW"; 52: Azerbaijani and
/// Kinyarwanda kinds of bodies; 46: amounts in groups of three beside a
/// code that is also a word or a currency's name of two words, and a
/// device named after its makers; then a kind written with a capital that
/// keeps the title-case name before it, landmarks named around their kind
/// in Azerbaijani, Kyrgyz, Portuguese and Arabic, a Kinyarwanda place
/// after "rwa", bodies of other languages and scripts as authors, and
/// the two together, 2; none: a law's number after its label and its
/// kind read as no house number): no figure may get worse.
#[test]
fn fourteenth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout14",
        "fourteenth held-out cases (written blind)",
        &Pins {
            planted: 213,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 0,
            differing: 0,
        },
    );
}

/// The fifteenth held-out cases (`tests/data/redaction-heldout15/`),
/// written blind once the fourteenth set's fixes were frozen (e0496c4)
/// and run once, unchanged: the figures docs/clinic.md quotes (6 of 216
/// leaked, 5 off the review list; 5 with every person named, all off the
/// list; 60 damaged runs; no check differs). Pinned at that run, then
/// lowered to what the fixes since reach (no leak: a card shown by its
/// last digits after asterisks, Romanian and Swahili number words and
/// months in a birth date, "mwezi wa" and a month's number, the Romanian
/// "interior" before an extension, a disease named after a person the
/// text names; 52 damaged runs: the fourteenth set's bodies, amounts and
/// currencies' names; 12: bodies, laws and landmarks in sentence case
/// around their kind, with a list of subjects, a region, a town after
/// "г.", a court's seat, a law's number and quoted title, "-банк"
/// beside an account, and kinds that open a landmark's name; then more
/// of the WHO's drug stems, the ariary's "Ar" and the shilling's "Sh."
/// before an amount, and payment services and carriers kept as public
/// bodies; then none: an avenue named after its kind and a person, "the
/// Avenue Habib Bourguiba"): no figure may get worse.
#[test]
fn fifteenth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout15",
        "fifteenth held-out cases (written blind)",
        &Pins {
            planted: 216,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 0,
            differing: 0,
        },
    );
}

/// The sixteenth held-out cases (`tests/data/redaction-heldout16/`),
/// written blind once the fifteenth set's fixes were frozen (d9c073a)
/// and run once, unchanged, at that commit: the figures docs/clinic.md
/// quotes (5 of 216 leaked, 2 off the review list, the same with every
/// person named; 40 damaged runs; no check differs). Pinned at that run,
/// then lowered to what the fixes since reach (3 leaks, none off the
/// review list: the Turkmen "goş." before an extension, "Allotment"
/// before a plot's number; 6 damaged runs: Turkmen kinds, French and
/// Portuguese markets and joins, the kwanza's and the Burundian franc's
/// marks, banks and runs of known eponyms; then 2: a square and a
/// parliament named after their kind, "the Place de la Nation", "the
/// Parliament Haus road"; then no leak: a given name written second,
/// "Niyonkuru Espérance", alone after "when", and two words set off by
/// commas after "The father"; then none: a word inside a market's name
/// that is only another spelling of a case person's name, "the Mercado do
/// Kikolo" beside "Kiala"): no figure may get worse.
#[test]
fn sixteenth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout16",
        "sixteenth held-out cases (written blind)",
        &Pins {
            planted: 216,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 0,
            differing: 0,
        },
    );
}

/// The seventeenth held-out cases (`tests/data/redaction-heldout17/`),
/// written blind once the sixteenth set's fixes were frozen (1153058)
/// and run once, unchanged, at that commit: the figures docs/clinic.md
/// quotes (1 of 228 leaked, off the review list, the same with every
/// person named; 32 damaged runs; no check differs). Pinned at that run,
/// then lowered to what the fixes since reach (no leak: the last digits
/// after a label and two asterisks are replaced; 2 damaged runs, the
/// Garifuna "Buiti binafi": Macedonian, Spanish, Portuguese and Samoan
/// kinds of bodies and landmarks, a currency's noun in Cyrillic, a card
/// network, a drug's salt and a test's eponym now stay): no figure may
/// get worse.
#[test]
fn seventeenth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout17",
        "seventeenth held-out cases (written blind)",
        &Pins {
            planted: 228,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 2,
            differing: 0,
        },
    );
}

/// The eighteenth held-out cases (`tests/data/redaction-heldout18/`),
/// written blind once the seventeenth set's fixes were frozen (0847422)
/// and run once, unchanged, at that commit: the figures docs/clinic.md
/// quotes (7 of 216 leaked, 5 off the review list; 3 with every person
/// named, all off the list; 24 damaged runs; no check differs). Pinned at
/// that run, then lowered to what the fixes since reach (no leak, with or
/// without names: Bosnian and Juba Arabic birth dates in words, "lokal"
/// after a space before an extension that ends the clause, "Pr" as a
/// title, a disease named after a person with the Pular "ñawu" before the
/// name, "Camara" last in an author's name a surname; 6 damaged runs, "Дом здравља Бијељина" and two greetings:
/// Bosnian bodies ending with their republic or their country in the
/// genitive, the convertible mark "KM", "la mosquée" written small before
/// its name, an enzyme's stem, a fort and a court in its town): no figure
/// may get worse.
#[test]
fn eighteenth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout18",
        "eighteenth held-out cases (written blind)",
        &Pins {
            planted: 216,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 6,
            differing: 0,
        },
    );
}

/// The nineteenth held-out cases (`tests/data/redaction-heldout19/`),
/// written blind once the eighteenth set's fixes were frozen (b01592d)
/// and run once, unchanged, at that commit: the figures docs/clinic.md
/// quotes (9 of 212 leaked, 6 off the review list, the same with every
/// person named; 34 damaged runs; no check differs). Pinned at that run,
/// then lowered to what the fixes since reach (2 leaked, both listed, the
/// same with every person named: the part "Ali" of two Somali names, found
/// in the town "Ali Sabieh" the copy keeps; no silent leak: Lithuanian
/// dates year first and in words, Afrikaans dates in words, "vidinis" and
/// "brendshëm" before an extension, a number split like a date after
/// "nr."; 18 damaged runs: the currency marks "FDJ" and "lekë", Lithuanian
/// kinds of bodies written small, the stem "-afil" of a drug; then 16: a
/// park named with a capital after "the", "the Churchill Park"; then 14:
/// "Direction" as a body's word, so the author "Direction de la
/// Population et de la Nationalité" is a body): no figure may get worse.
/// Measured again at the twenty-seventh set's fixes: 12 damaged runs, as
/// before them (the pin had not followed an earlier fix); pinned there.
#[test]
fn nineteenth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout19",
        "nineteenth held-out cases (written blind)",
        &Pins {
            planted: 212,
            leaked: 2,
            silent: 0,
            leaked_named: 2,
            silent_named: 0,
            damaged: 12,
            differing: 0,
        },
    );
}

/// The twentieth held-out cases (`tests/data/redaction-heldout20/`),
/// written blind once the nineteenth set's fixes and a review's were
/// frozen (7711cea) and run once, unchanged, at that commit: the figures
/// docs/clinic.md quotes (4 of 214 leaked, all 4 off the review list, the
/// same with every person named; 18 damaged runs; no check differs).
/// Pinned at that run, then lowered to what the fixes since reach (none
/// leaked, the same with every person named: Latvian birth dates in words
/// and year first with the month in the locative, "iekšējais" before an
/// extension, a shop's number in a market as an address; no damaged run:
/// the currency mark "VT", the acronyms of Bulgarian hospitals with a
/// saint's name after them, in quotation marks too, the stem "-entan" of a
/// drug, a town's market, beach promenade and parish written small, "the
/// Old Town of" a town): no figure may get worse.
#[test]
fn twentieth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout20",
        "twentieth held-out cases (written blind)",
        &Pins {
            planted: 214,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 0,
            differing: 0,
        },
    );
}

/// The twenty-first held-out cases (`tests/data/redaction-heldout21/`),
/// written blind once the twentieth set's fixes were frozen (ca964d4)
/// and run once, unchanged, at that commit: the figures docs/clinic.md
/// quotes (16 of 221 leaked, 12 off the review list; 13 with every
/// person named, 9 off the list; 22 damaged runs; no check differs).
/// Pinned at that run, then lowered to what the fixes since reach (no
/// leak, with no options or with every person named; the passport scans'
/// paths, whose given names "Given" and "Lucky" the copy replaces,
/// counted as 2 leaks, off the review list, while the measure compared a
/// path's parts in any case and so found them in the must-survive "on
/// any given day" and "counts itself lucky"; no birth date leaks: Estonian and Slovak
/// dates in words and with the month in the Estonian adessive or the
/// Slovak genitive, Bemba dates in words; "sisenumber" and ", kl." before
/// an extension; a given name of the case that is a word alone after a
/// preposition before a semicolon ("not to Memory;"), a weekday after a
/// word of kin, a word opening a sentence before a surname and a phrase
/// set off that says who the person is; 12 damaged runs: Estonian and
/// Slovak kinds of bodies, a museum after "the", a riverside written
/// small, "Direction" as a body's word; then 6: a word with an
/// apostrophe inside it is one word, "Kilu'ufi Hospital", and the Hausa
/// "Ma'aikatar" (ministry) a kind with "ta" (of) joining its name, an
/// initial and a surname right after the kind of a named body its
/// eponym, "Univerzitná nemocnica L. Pasteura Košice"): no figure may
/// get worse.
#[test]
fn twenty_first_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout21",
        "twenty-first held-out cases (written blind)",
        &Pins {
            planted: 221,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 6,
            differing: 0,
        },
    );
}

/// The twenty-second held-out cases (`tests/data/redaction-heldout22/`),
/// written blind once the twenty-first set's fixes were frozen (4be3eb5)
/// and run once, unchanged, at that commit: the figures docs/clinic.md
/// quotes (4 of 225 leaked, all 4 off the review list; 3 with every
/// person named, all off the list; 12 damaged runs; no check differs).
/// Pinned at that run, then lowered to what the fixes since reach (no
/// leak, with no options or with every person named: Hungarian and
/// Slovene birth dates in words, a Hungarian year first with its dot
/// before the month, the months of both from the CLDR; a family named in
/// the English plural with "-es" ("the Koses'"); 2 damaged runs, a hill
/// named with no "the" before it ("near Kgale Hill"), in both: Hungarian,
/// Slovene and Setswana kinds of bodies, "jwa" (of) joining a Setswana
/// name, a French basilica, a causeway after "the"; then none: a hill
/// named by a word no list knows after a preposition of place is a
/// public place): no figure may get worse.
#[test]
fn twenty_second_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout22",
        "twenty-second held-out cases (written blind)",
        &Pins {
            planted: 225,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 0,
            differing: 0,
        },
    );
}

/// The twenty-third held-out cases (`tests/data/redaction-heldout23/`),
/// written blind once the twenty-second set's fixes were frozen (03a1625)
/// and run once, unchanged, at that commit: the figures docs/clinic.md
/// quotes (10 of 250 leaked, 9 off the review list; 5 with every person
/// named, all off the list; 36 damaged runs; no check differs). Pinned
/// at that run; no figure may get worse. Since its misses were fixed by
/// general rules and data, it leaks 4 (3 off the review list), 1 with
/// every person named (off it), and damages phrases in 6 runs.
#[test]
fn twenty_third_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout23",
        "twenty-third held-out cases (written blind)",
        &Pins {
            planted: 250,
            leaked: 4,
            silent: 3,
            leaked_named: 1,
            silent_named: 1,
            damaged: 6,
            differing: 0,
        },
    );
}

/// The twenty-fourth held-out cases (`tests/data/redaction-heldout24/`),
/// written blind once the twenty-third set's fixes were frozen (c8f0056).
/// Run at that commit, the redaction panicked on the Guyana case (a word
/// boundary found inside a Devanagari mark); with that one fix and nothing
/// else, the first figures docs/clinic.md quotes: 4 of 250 leaked, all 4
/// off the review list, the same with every person named; 21 damaged
/// runs; no check differs. Pinned at that run; no figure may get worse.
/// Since then, by general rules and data (homes told by what stands near
/// them, landmark kinds, a surgeon's procedure, feasts and the Mass, a
/// kunya inside a body's name), none leaks, with or without names, and 2
/// runs are damaged (the arch of a person's name); pinned there.
#[test]
fn twenty_fourth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout24",
        "twenty-fourth held-out cases (written blind)",
        &Pins {
            planted: 250,
            leaked: 0,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 2,
            differing: 0,
        },
    );
}

/// What a held-out set must reach: at least `planted` items, and at most
/// the leaks (those off the review list apart), with no options and with
/// every person named, the damaged runs and the checks that differ given.
struct Pins {
    planted: usize,
    leaked: usize,
    silent: usize,
    leaked_named: usize,
    silent_named: usize,
    damaged: usize,
    /// Checks of the redacted copy that differ from the original's.
    differing: usize,
}

/// Measures the cases of `tests/data/<folder>` (printed under `label`) and
/// holds them to `pins`.
fn held_out_set(folder: &str, label: &str, pins: &Pins) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(folder);
    let t = measure_held_out(label, &dir);
    assert!(t.planted >= pins.planted, "only {} planted items", t.planted);
    assert!(t.leaked <= pins.leaked && t.silent <= pins.silent, "{t:?}");
    assert!(
        t.leaked_named <= pins.leaked_named && t.silent_named <= pins.silent_named,
        "{t:?}"
    );
    assert!(t.damaged <= pins.damaged, "{t:?}");
    assert!(t.differing <= pins.differing, "{t:?}");
}

/// Every text in a case file read as plain data, with its field path.
fn text_leaves(value: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::String(s) => out.push((path, s.clone())),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                text_leaves(item, format!("{path}[{i}]"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (key, item) in map {
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                text_leaves(item, path, out);
            }
        }
        _ => {}
    }
}

/// The value at a field path of the key (`case.title`,
/// `grounds[1].responses[0].point`, `evidence[3].translation.translator`)
/// in a case file read as plain data.
fn field<'a>(doc: &'a serde_json::Value, place: &str) -> Option<&'a str> {
    let mut at = doc;
    for part in place.split('.') {
        let (name, index) = match part.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        at = at.get(name)?;
        if let Some(i) = index {
            at = at.get(i)?;
        }
    }
    at.as_str()
}

/// Putting the key back gives the case back: in every field of the copy
/// (as written, read again) that the key says changed, undoing the key's
/// edits gives the field of the case, byte for byte.
#[test]
fn the_key_restores_every_changed_field_of_the_copy() {
    let read = |yaml: &str| -> serde_json::Value { serde_saphyr::from_str(yaml).unwrap() };
    let mut failures = Vec::new();
    let (mut fields, mut restored, mut changed) = (0, 0, 0);
    for name in cases() {
        let plant = load_plant(&name);
        let case = plant_case(&plant);
        let redaction = redact::redact(&case, &plant_options(&plant, true)).unwrap();
        let original = read(&case_to_yaml(&case));
        let copy = read(&case_to_yaml(&redaction.case));
        // Every text that changed has its edits in the key (ids, dates and
        // the representative's own details are in the key's other lists).
        let mut leaves = Vec::new();
        text_leaves(&copy, String::new(), &mut leaves);
        for (place, now) in &leaves {
            let last = place.rsplit('.').next().unwrap_or_default();
            let listed_apart = last.starts_with("id")
                || last.starts_with("evidence")
                || ["date", "filed", "respond_by", "requested_on", "born", "receipt"].contains(&last)
                || place.starts_with("case.representative.")
                    && ["address", "email", "phone", "bar"].contains(&last);
            let differs = field(&original, place) != Some(now.as_str());
            changed += usize::from(differs);
            if differs && !listed_apart && !redaction.key.restore.iter().any(|c| &c.field == place) {
                failures.push(format!("{name}: {place} changed and the key has no edits for it"));
            }
        }
        for change in &redaction.key.restore {
            // Comments of citations are not fields of their own in the file.
            let (Some(real), Some(now)) = (field(&original, &change.field), field(&copy, &change.field))
            else {
                continue;
            };
            fields += 1;
            let back = redact::restore::restore(now, &change.edits);
            if back == real.nfc().collect::<String>() {
                restored += 1;
            } else {
                failures.push(format!("{name}: {}:\n  {real:?}\n  {back:?}", change.field));
            }
        }
    }
    println!("{restored} of {fields} changed fields restored from the key ({changed} texts changed in all)");
    assert!(fields >= 200, "only {fields} changed fields");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The twenty-fifth held-out cases (`tests/data/redaction-heldout25/`),
/// written blind once the twenty-fourth set's fixes were frozen
/// (d0edb15), and run once at that commit (one part of a passport line
/// corrected first, to how the line spells it, since the harness counts
/// whole words): 19 of 250 leaked, 15 off the review list; 11 with every
/// person named, 10 off it; 40 damaged runs; no check differs. Pinned at
/// that run; no figure may get worse. Since then, by general rules and
/// data (directions to a home, a home told by its features, a landmark
/// after one numbered part, a birth date told by its day of the month or
/// in Kriol, the name someone is called or signs by, a person set off by
/// a role or joined by "and", an eponym or a saint inside a body's name, a
/// weekday as the day, a degree in capitals, God, dollars and dinars with
/// their country's letters, the escudo's cifrão): 8 leak, 1 off the review
/// list, the same with every person named, and 24 runs are damaged. Of
/// the 8, 7 are a word of a name that stands in a phrase that must
/// survive ("every Sunday at nine", "Karl Heusner Memorial Hospital",
/// "Hôpital Albert Schweitzer"), which the harness then counted wherever
/// it stood; it no longer counts a word inside a phrase of several words
/// that must survive and did (`outside_kept_phrases`), and 1 leaks, with
/// or without names: a given name that is also a city ("not to
/// Adelaide"), now on the review list; 24 runs damaged. With the
/// twenty-sixth set's later fixes (a ruler's title in a body's name, a
/// city gate named by its word, listed feasts), 18 runs are damaged.
/// Pinned there. After the twenty-seventh set's rules (a given name of the
/// case opening a body's name before more of it), 16. After the
/// twenty-ninth set's (a town's "City Hall" or "Town Hall"), 14.
#[test]
fn twenty_fifth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout25",
        "twenty-fifth held-out cases (written blind)",
        &Pins {
            planted: 250,
            leaked: 1,
            silent: 0,
            leaked_named: 1,
            silent_named: 0,
            damaged: 14,
            differing: 0,
        },
    );
}

/// The twenty-sixth held-out cases (`tests/data/redaction-heldout26/`),
/// written blind once the twenty-fifth set's fixes were frozen (bd64e32),
/// and run once at that commit: 18 of 250 leaked, 13 off the review list;
/// 18 with every person named, 14 off it; 35 damaged runs (16 and 19, of
/// 19 phrases); no check differs. Pinned at that run; no figure may get
/// worse.
/// Since then, by general rules and data (a door, gate or tent marked by
/// what stands at it, features with no article, "the one with ...", a
/// storey, directions that run on after a landmark or stand before a
/// described home; a French mountain, a souq, a promenade and a lycée
/// named by their word), 8 leak, 4 off the review list; 8 with every
/// person named, 5 off it; 27 runs are damaged. Then (a home wrapped
/// across lines or "facing" a landmark, a way "with no name", directions
/// after a home's place, a passport line read past a name replaced in it,
/// listed feasts, "Zakat", a ruler's title in a body's name, a given name
/// between kin and a replaced name, a city gate and a crossroads named by
/// their word), 1 leaks, on the review list; none with every person
/// named; 18 runs are damaged; pinned there. After the twenty-seventh
/// set's rules (an airport's small "international" inside its name), 16.
/// After a landmark's kind with a hyphen inside it or joined by one to
/// its name ("Rond-point de la ...", "Thaba-Bosiu"), 12.
#[test]
fn twenty_sixth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout26",
        "twenty-sixth held-out cases (written blind)",
        &Pins {
            planted: 250,
            leaked: 1,
            silent: 0,
            leaked_named: 0,
            silent_named: 0,
            damaged: 12,
            differing: 0,
        },
    );
}

/// The twenty-seventh held-out cases (`tests/data/redaction-heldout27/`),
/// written blind once the twenty-sixth set's second fixes were frozen
/// (`3675733`), and run once at that commit: 16 of 250 leaked, 12 off
/// the review list; 15 with every person named, 12 off it; 46 damaged runs
/// (22 and 24, of 24 phrases); no check differs. Pinned at that run; no
/// figure may get worse.
/// Since then, by general rules and data, in two branches merged
/// together: a home's features joined by "and", a plant in its yard, a
/// second description after a comma, directions up or below a landmark
/// after a place or after a possessive; Kabyle, Wolof and Morisyen months
/// from the CLDR, Kabyle and Wolof birth words, Hijri months of one word;
/// a year or a run of unknown words after a birth word, and a described
/// home no rule read, listed; and a body's small adjective of scope,
/// "Complexe" and "Pont" as bodies' words, a name of the case after an
/// eponym's given name, initials or the body's kind, or opening a body's
/// name before more of it, an author that is a titled person's hospital,
/// "X Day" as a holiday, a broad list of feasts of many faiths and
/// countries, a birth date told by a feast and its year, "DA", "DT" and
/// "UM" after an amount: 5 leak, all on the review list; 4 with every
/// person named, all on it; 4 runs are damaged. Then (a grade after a
/// score named after its authors, a motto after its word, a trade's stand
/// described by a compound and placed under a landmark, a home marked by a
/// capitalized word before a part of it, directions set off by a comma):
/// 3 leak, all on the review list; 2 with every person named, all on it;
/// no run is damaged; pinned there. With the thirtieth set's rules (a
/// nickname learnt from a kin title replaced in every text): 2 leak, 1
/// named.
#[test]
fn twenty_seventh_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout27",
        "twenty-seventh held-out cases (written blind)",
        &Pins {
            planted: 250,
            leaked: 2,
            silent: 0,
            leaked_named: 1,
            silent_named: 0,
            damaged: 0,
            differing: 0,
        },
    );
}

/// The twenty-eighth held-out cases (`tests/data/redaction-heldout28/`),
/// written blind once the twenty-seventh set's fixes were frozen
/// (`ac05951`), and run once at that commit: 21 of 250 leaked, 17 off
/// the review list; 12 with every person named, 10 off it; 30 damaged
/// runs (14 and 16, of 16 phrases); no check differs. Pinned at that run;
/// no figure may get worse.
/// Since then, by general rules and data (a home's second description
/// wrapped onto the next line, a count before a feature, a counted home
/// on a way, a home on stilts, a region before directions, a homestead;
/// a name after a small prefix of its language, an ordinary word
/// replaced as a name listed where it stays, an unread day, word and year
/// listed, the Seychellois "i'n ne", a bench and a Spanish description
/// listed as homes; "Division", "Tower" and "Rock" as bodies' words,
/// anatomy and criteria after an eponym, surgeons' eponyms, a name after
/// an opening given name in a body's name, a single name before a
/// landmark's words, radionuclides, "colones", a feast's "Día de", a
/// street named after a ruler): 12 leak, all on the review list; 4 with
/// every person named, all on it; 9 runs are damaged; pinned there. After
/// the twenty-ninth set's rules (a trade's stand named by one word and
/// placed by a named market), 11 and 3.
/// With the thirty-first set's rules merged: 8 leak.
#[test]
fn twenty_eighth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout28",
        "twenty-eighth held-out cases (written blind)",
        &Pins {
            planted: 250,
            leaked: 8,
            silent: 0,
            leaked_named: 3,
            silent_named: 0,
            damaged: 9,
            differing: 0,
        },
    );
}

/// The twenty-ninth held-out cases (`tests/data/redaction-heldout29/`),
/// written blind while the twenty-eighth set's fixes were being made, by
/// an author who saw no code, and run once after they were merged
/// (`9a45057`): 17 of 250 leaked, 3 off the review list; 8 with every
/// person named, 1 off it; 35 damaged runs (17 and 18, of 18 phrases); no
/// check differs. Pinned at that run; no figure may get worse.
/// Since then, by general rules and data (the Spanish "Casilla de Correo"
/// and "Apartado de Correos" as post boxes; the feasts of the Zulu and
/// Swazi reed dances and of Benin's calendar, a feast's word with its
/// capital after a small prefix; a test's eponym before its adjective in
/// French, Spanish and Portuguese order; the Afrikaans kin "oom" and
/// "tannie" written small before a name, and the South African "Bra",
/// "Sisi", "Gogo" and "Mkhulu", as titles): 13 leak, 2 off the review
/// list; 8 named, 1 off it; 27 damaged runs.
/// Then (a trade's stand named by one word and placed at a corner or by a
/// named place, a square named after a date; the Spanish "tía" and "tío"
/// written small and the article before a nickname set off by a comma;
/// the rand glued to spaced thousands; a station written small after its
/// name, a landmark "past" which no home stands; an eponym after a
/// Romance noun of a sign or of a blood film's bodies; a name before a
/// regnal number in a body's name; "City Hall", the French "Porte"; the
/// name after a feast's "Día de la"; "diagnosis" and "prognosis" no
/// disease's word after a name): 6 leak, none off the review list; 3
/// named, none off it; 12 damaged runs; pinned there. With the
/// thirtieth set's rules merged (a nickname learnt from a kin title or
/// from what people call someone is replaced in every text): 4 leak.
/// With a family name alone opening a public body's name kept as its
/// eponym's ("Rashid Hospital"): 10 damaged runs.
#[test]
fn twenty_ninth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout29",
        "twenty-ninth held-out cases (written blind)",
        &Pins {
            planted: 250,
            leaked: 3,
            silent: 0,
            leaked_named: 2,
            silent_named: 0,
            damaged: 10,
            differing: 0,
        },
    );
}

/// The thirtieth held-out cases (`tests/data/redaction-heldout30/`:
/// Saudi Arabia, Uruguay, Dominica, Romania, Singapore), written blind
/// while code was being changed elsewhere, by an author who saw no code,
/// and run once with the code frozen at `8fd3567`: 12 of 250 leaked, 5
/// off the review list; 5 with every person named, 4 off it; 36 damaged
/// runs (17 and 19, of 19 phrases); no check differs. Pinned at that
/// run; no figure may get worse.
/// Since then, by general rules and data (a birth date in the words of
/// the Antillean creoles; a block of flats or a flat described by its
/// colour or its corner, a home described in Romanian, the post box
/// "C.P."; a nickname to the people of a workplace or after a kin title,
/// and one given after a kin title anywhere a name in every text; a body
/// named after two people or after a given name that is a word too;
/// inclusions named after their describers; a storm's name, an office's
/// title and a city before its state's code; the feasts of Romania and
/// Uruguay; the Uruguayan peso's "$U"; Romanian public funds as authors;
/// a corniche as a landmark): 4 leak, none off the review list; 2 named,
/// none off it; 10 damaged runs. Then, a fountain named by the
/// words before it ("King Fahd's Fountain"): 8.
#[test]
fn thirtieth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout30",
        "thirtieth held-out cases (written blind)",
        &Pins {
            planted: 250,
            leaked: 3,
            silent: 0,
            leaked_named: 1,
            silent_named: 0,
            damaged: 8,
            differing: 0,
        },
    );
}

/// The thirty-first held-out cases (`tests/data/redaction-heldout31/`:
/// Macau, Grenada, Iceland, Czechia, Israel), written blind while the
/// thirtieth set's fixes were being made, by an author who saw no code,
/// and run once after they were merged (`dc9aa5d`): 17 of 250 leaked, 11
/// off the review list; 13 with every person named, 9 off it; 42 damaged
/// runs (21 and 21, of 21 phrases); no check differs. Pinned at that run;
/// no figure may get worse. Since then, by general rules and data (the
/// Czech and Icelandic months of the CLDR beside a day, the Icelandic
/// words of birth, a month cut short with its full stop after a day's; a
/// flat above a landmark, a farmhouse, a building marked by a plant and
/// placed by a landmark, "past" right after a home, what marks a
/// landmark, and a second preposition of place ending a landmark; a kin
/// word of another language written small, or a capitalized word, before
/// a nickname set off and what "the other fishermen" call someone; a
/// block placed by a landmark and marked by what it has, "with the blue
/// balconies"): 7 leak, 2 off the review list; 5 named, 2 off it; 42
/// damaged runs. Then, by a family name alone opening a public body's
/// name (a university, an institute, a hospital, "Medical Center") kept
/// as its eponym's though a person shares it, the crown "Kč" after an
/// amount (also after another body's name and "and the"), and a
/// regatta, a beach and a "Largo" named as places: 28.
#[test]
fn thirty_first_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout31",
        "thirty-first held-out cases (written blind)",
        &Pins {
            planted: 250,
            leaked: 3,
            silent: 1,
            leaked_named: 1,
            silent_named: 1,
            damaged: 28,
            differing: 0,
        },
    );
}

/// The thirty-second held-out cases (`tests/data/redaction-heldout32/`:
/// Finland, Taiwan, Malta, Chile, Ireland), written blind while the
/// thirty-first set's fixes were being made, by an author who saw no
/// code, and run once after they were merged (`0e5cb03`): 11 of 250
/// leaked, 7 off the review list; 9 with every person named, 6 off it; 49
/// damaged runs (of 25 phrases); no check differs. Pinned at that run; no
/// figure may get worse. Since then, by general rules and data (Finnish
/// dates, a card's check letter, a town-first address line, names before
/// a word of kin, "A-" pet names, the Maltese balcony): 3 leaked, 2 off
/// the list; 3 with every person named, 1 off it; and (names joined by an
/// en dash read as one eponym's, a hospital's name ending in its
/// district, the national feasts of Chile, Ireland and Malta in their own
/// words, the Maltese "aġenzija" and the Finnish "-laitos" as kinds of
/// body): 24 damaged runs.
#[test]
fn thirty_second_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout32",
        "thirty-second held-out cases (written blind)",
        &Pins {
            planted: 250,
            leaked: 3,
            silent: 2,
            leaked_named: 3,
            silent_named: 1,
            damaged: 24,
            differing: 0,
        },
    );
}

/// The thirty-third held-out cases (`tests/data/redaction-heldout33/`:
/// Croatia, Norway, Portugal, Qatar, Italy), written blind while the
/// thirty-second set's fixes were being made, by an author who saw no
/// code, and run once after they were merged (`b2624b7`): 16 of 250
/// leaked, 9 off the review list; 12 with every person named, 9 off it; 60
/// damaged runs (30 and 30, of 30 phrases); one check differs. Pinned at
/// that run; no figure may get worse. The check that differed (the
/// father's whole name inside his daughter's longer one written as a
/// shared family name, an unfilled blank) no longer does; 52 damaged runs:
/// the Italian hospital trust, the Norwegian airport and medicines agency
/// and Cooley's anaemia after "call" stay. Since a landmark in small
/// letters after the town line of a wrapped address goes with it (also
/// after a postcode of two groups, or places with no postcode), 12
/// leaked, 5 off the list; 8 with every person named, 5 off it. Since an
/// account number of a country masked in its middle ("QA58 QNBA ****
/// **** 4407 1") is one number, 11 leaked, 4 off the list; 7 with every
/// person named, 4 off it. Since two or more parts of a plot's entry in
/// a land register ("foglio 38, mappale 1142", "gnr. 45, bnr. 12") are
/// one number, 9 leaked, 2 off the list; 5 with every person named, 2 off
/// it. Since the Sardinian and Italian months are read beside a day, and
/// "de su" (of the) before a year joins a date, 8 leaked, 1 off the
/// list; 4 with every person named, 1 off it. Since a saint's name after
/// the elided Italian "Sant'" is the saint's, 51 damaged runs.
#[test]
fn thirty_third_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout33",
        "thirty-third held-out cases (written blind)",
        &Pins {
            planted: 250,
            leaked: 8,
            silent: 1,
            leaked_named: 4,
            silent_named: 1,
            damaged: 51,
            differing: 0,
        },
    );
}

/// The thirty-fourth held-out cases (`tests/data/redaction-heldout34/`:
/// Spain, Wales, Greenland, Brunei, Barbados), written blind while the
/// thirty-third set's fixes were being made, by an author who saw no code,
/// and run once after they were merged (`c2a4f50`): 24 of 250 leaked, 15
/// off the review list; 15 with every person named, 11 off it; 49 damaged
/// runs; no check differs. Pinned at that run; no figure may get worse.
/// Since then, by general rules (the Galician and Kalaallisut months read
/// beside a day, the Galician numbers in words; a postcode of letters and
/// digits after the town on the line after a wrapped address, with the
/// landmark after it): 18 leaked, 10 off the list; 9 with every person
/// named, 6 off it. Since a brownstone and a triple-decker are homes
/// placed by a landmark, 17 leaked, 9 off the list; 8 with every person
/// named, 5 off it.
#[test]
fn thirty_fourth_held_out_cases_are_measured() {
    held_out_set(
        "redaction-heldout34",
        "thirty-fourth held-out cases (written blind)",
        &Pins {
            planted: 250,
            leaked: 17,
            silent: 9,
            leaked_named: 8,
            silent_named: 5,
            damaged: 49,
            differing: 0,
        },
    );
}
