//! The built-in templates rendered a stretch of the case at a time.
//!
//! A memo of a large case loops over tens of thousands of grounds and
//! hundreds of thousands of exhibits. Handed to Tera whole, those lists
//! are template values of a few hundred bytes per field, gigabytes at
//! 100,000 grounds. So where no template is overridden, each loop over
//! `grounds`, `exhibits` or `not_in_packet` at the top of a built-in
//! template (not inside another loop) is cut out of it at load:
//!
//! - the rest of the template, the *frame*, is rendered once with a
//!   stand-in for each list (as long as the list, each item holding only
//!   what a template may ask outside the loop, [`GroundBrief`]); where the
//!   loop stood, the frame writes a mark naming the loop and the values of
//!   the names its body takes from the frame (a `set` before the loop);
//! - at each mark, the loop's own text is rendered over the list a
//!   stretch at a time, each stretch's context made, rendered and freed
//!   before the next.
//!
//! The output is the same, byte for byte, as the template's rendered
//! whole (tested for every memo of every example): a loop's text over
//! the whole list is its text over each stretch, one after the other. A
//! loop is cut out only where that holds: no `loop.` variable, `break`,
//! `continue`, `set_global` or `else` of its own, no other use of the
//! lists in its body. A memo whose templates hold a loop over a list that
//! cannot be cut out, or whose frame fails, is rendered whole; so is every
//! memo rendered with a firm's templates.

use super::context::{Builder, GroundBrief, Needs};
use std::collections::{BTreeMap, BTreeSet};
use tera::{Kwargs, State, Tera, Value};

/// The lists that grow with the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Grounds,
    Exhibits,
    NotInPacket,
}

impl List {
    pub const ALL: [List; 3] = [List::Grounds, List::Exhibits, List::NotInPacket];

    pub fn name(self) -> &'static str {
        match self {
            List::Grounds => "grounds",
            List::Exhibits => "exhibits",
            List::NotInPacket => "not_in_packet",
        }
    }

    fn named(name: &str) -> Option<List> {
        List::ALL.into_iter().find(|l| l.name() == name)
    }

    /// How many items are made into template values at a time.
    pub fn stretch(self) -> usize {
        match self {
            List::Grounds => 256,
            List::Exhibits | List::NotInPacket => 1024,
        }
    }
}

/// The name under which a loop's text finds the items of its stretch.
pub const ITEMS: &str = "__items";

/// The frame's mark: `MARK`, the loop's number, `SEP`, the values it
/// takes from the frame as JSON, `MARK`. Control characters that no case
/// text can hold (the loader refuses them); a frame whose output does not
/// cut into well-formed marks is rendered whole.
const MARK: char = '\u{1}';
const SEP: char = '\u{2}';

/// One loop cut out of a template.
#[derive(Debug, Clone)]
pub struct Loop {
    pub list: List,
    /// The template it was cut out of, for messages.
    pub template: String,
    /// The loop's text, as a template of its own (over [`ITEMS`]).
    pub name: String,
    /// What of a ground the loop's text reads (all of it, for another list).
    pub needs: Needs,
}

/// The templates with their loops cut out, and the memos that may be
/// rendered so.
pub struct Split {
    /// The frames, under the templates' own names.
    pub frame: std::sync::Arc<Tera>,
    /// The templates as they are, and the loops' texts.
    pub loops_tera: std::sync::Arc<Tera>,
    pub loops: Vec<Loop>,
    /// The memo templates whose templates all could be split.
    pub memos: BTreeSet<String>,
}

/// A loop found in a template's text.
struct Found {
    list: List,
    var: String,
    /// Byte range of the whole loop, tags included.
    start: usize,
    end: usize,
    /// Whitespace control on the outside of the two tags (`{%-`, `-%}`).
    trims_before: bool,
    trims_after: bool,
    /// The loop's own text: `{% for … %}…{% endfor %}` without the outer
    /// whitespace control.
    text: String,
    body: String,
}

/// A tag of a template: `{% … %}` (with its words, whitespace control
/// left out) and where it stands.
struct Tag<'t> {
    start: usize,
    end: usize,
    words: Vec<&'t str>,
    trim_left: bool,
    trim_right: bool,
    inner: &'t str,
}

/// The `{% … %}` tags of a template, comments skipped; none if the text
/// holds what this reading does not follow (`raw`).
fn tags(text: &str) -> Option<Vec<Tag<'_>>> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(rel) = text[at..].find('{') {
        let start = at + rel;
        let rest = &text[start..];
        if rest.starts_with("{#") {
            at = start + rest.find("#}")? + 2;
        } else if rest.starts_with("{%") {
            let close = rest.find("%}")?;
            let mut inner = &rest[2..close];
            let trim_left = inner.starts_with('-');
            if trim_left {
                inner = &inner[1..];
            }
            let trim_right = inner.ends_with('-');
            if trim_right {
                inner = &inner[..inner.len() - 1];
            }
            let words: Vec<&str> = inner.split_whitespace().collect();
            if words.first().is_some_and(|w| *w == "raw") {
                return None;
            }
            out.push(Tag {
                start,
                end: start + close + 2,
                words,
                trim_left,
                trim_right,
                inner,
            });
            at = start + close + 2;
        } else {
            at = start + 1;
        }
    }
    Some(out)
}

/// The loops over a list at the top of `text` that can be cut out; none
/// if the text holds a loop over a list that cannot.
fn find_loops(text: &str) -> Option<Vec<Found>> {
    let tags = tags(text)?;
    let mut found = Vec::new();
    // Open blocks: their keyword, and for a loop over a list, its index
    // in `tags`.
    let mut open: Vec<(&str, Option<usize>)> = Vec::new();
    for (i, tag) in tags.iter().enumerate() {
        let Some(&word) = tag.words.first() else {
            continue;
        };
        match word {
            "for" => {
                let list = match tag.words.as_slice() {
                    ["for", _, "in", list] => List::named(list),
                    _ => tag.words.iter().find_map(|w| List::named(w)),
                };
                let top = !open.iter().any(|(w, _)| matches!(*w, "for" | "macro"));
                match list {
                    Some(_) if !top || tag.words.len() != 4 => return None,
                    Some(_) => open.push(("for", Some(i))),
                    None => open.push(("for", None)),
                }
            }
            "if" | "macro" | "block" | "filter" => open.push((word, None)),
            "else" | "elif" if open.last().is_some_and(|(w, list)| *w == "for" && list.is_some()) => {
                return None;
            }
            // `{% set name %}…{% endset %}`
            "set" if !tag.inner.contains('=') => open.push((word, None)),
            "extends" | "import" => return None,
            _ if word.starts_with("end") => {
                let (opened, list) = open.pop()?;
                if &word[3..] != opened {
                    return None;
                }
                if let Some(first) = list {
                    found.push(cut(text, &tags[first], tag)?);
                }
            }
            _ => {}
        }
    }
    open.is_empty().then_some(found)
}

/// The loop from tag `open` to tag `close`, if its body can run a stretch
/// at a time.
fn cut(text: &str, open: &Tag, close: &Tag) -> Option<Found> {
    let body = &text[open.end..close.start];
    let list = List::named(open.words[3])?;
    let var = open.words[1].to_owned();
    // What the body would see differently a stretch at a time.
    let mut depth = 0usize;
    let mut at = 0;
    for tag in tags(body)? {
        if depth == 0 && body[at..tag.start].contains("loop.") {
            return None;
        }
        match tag.words.first().copied() {
            Some("for") => depth += 1,
            Some("endfor") => depth = depth.checked_sub(1)?,
            Some("break" | "continue" | "set_global") => return None,
            _ => {}
        }
        at = tag.end;
    }
    if body[at..].contains("loop.") {
        return None;
    }
    let text = format!(
        "{{% for {var} in {ITEMS} {}%}}{body}{{%{} endfor %}}",
        if open.trim_right { "-" } else { "" },
        if close.trim_left { "-" } else { "" },
    );
    Some(Found {
        list,
        var,
        start: open.start,
        end: close.end,
        trims_before: open.trim_left,
        trims_after: close.trim_right,
        text,
        body: body.to_owned(),
    })
}

/// The fields of `var` that `body` and the templates it includes read
/// (`var.field`); none where they may read it whole (`var` alone, passed
/// on or indexed), or where an included template is not known. Read from
/// the text, so it errs towards reading more.
fn fields_read(sources: &BTreeMap<String, String>, body: &str, var: &str) -> Option<BTreeSet<String>> {
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut fields = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut todo = vec![body];
    while let Some(text) = todo.pop() {
        // The whole context, the loop's item within it.
        if text.contains("__tera") {
            return None;
        }
        for name in includes(text)? {
            if seen.insert(name.clone()) {
                todo.push(sources.get(&name)?);
            }
        }
        for code in code(text) {
            let bytes = code.as_bytes();
            let mut from = 0;
            while let Some(rel) = code[from..].find(var) {
                let at = from + rel;
                let end = at + var.len();
                from = end;
                if at > 0 && (ident(bytes[at - 1]) || bytes[at - 1] == b'.') {
                    continue;
                }
                match bytes.get(end) {
                    Some(&b) if ident(b) => continue,
                    Some(b'.') => {
                        let field: String = code[end + 1..]
                            .bytes()
                            .take_while(|&b| ident(b))
                            .map(char::from)
                            .collect();
                        if field.is_empty() {
                            return None;
                        }
                        fields.insert(field);
                    }
                    _ => return None,
                }
            }
        }
    }
    Some(fields)
}

/// The insides of a template's `{{ … }}` and `{% … %}`, comments left out.
fn code(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(rel) = text[at..].find('{') {
        let start = at + rel;
        let close = match text[start..].get(..2) {
            Some("{{") => "}}",
            Some("{%") => "%}",
            Some("{#") => "#}",
            _ => {
                at = start + 1;
                continue;
            }
        };
        let Some(len) = text[start + 2..].find(close) else {
            out.push(&text[start + 2..]);
            break;
        };
        if close != "#}" {
            out.push(&text[start + 2..start + 2 + len]);
        }
        at = start + 2 + len + 2;
    }
    out
}

/// The names of the `{% include "…" %}`s in a template; none where one
/// names its template otherwise (a list, a variable), or the text cannot
/// be read.
fn includes(text: &str) -> Option<Vec<String>> {
    tags(text)?
        .iter()
        .filter(|t| t.words.first() == Some(&"include"))
        .map(|t| {
            let rest = t.inner.trim_start().strip_prefix("include")?.trim_start();
            let (name, after) = rest.strip_prefix('"')?.split_once('"')?;
            matches!(after.trim(), "" | "ignore missing").then(|| name.to_owned())
        })
        .collect()
}

/// Splits the built-in templates `sources`: two Teras configured by
/// `configure`, one of the frames and one of the templates as they are
/// with the loops' texts.
pub fn split(
    sources: &BTreeMap<String, String>,
    configure: &dyn Fn(&mut Tera),
    memos: &[&str],
    context_names: &[&str],
) -> Option<Split> {
    let mut tera = Tera::new();
    configure(&mut tera);
    tera.add_raw_templates(sources).ok()?;
    let mut loops = Vec::new();
    let mut frames = BTreeMap::new();
    let mut whole: BTreeSet<&str> = BTreeSet::new();
    let mut pending: Vec<(String, Vec<(Found, usize)>)> = Vec::new();
    for (name, text) in sources {
        let Some(found) = find_loops(text) else {
            whole.insert(name);
            continue;
        };
        let mut numbered = Vec::new();
        for f in found {
            let loop_name = format!("__loop_{}.md", loops.len());
            tera.add_raw_template(&loop_name, &f.text).ok()?;
            let needs = match (f.list, fields_read(sources, &f.body, &f.var)) {
                (List::Grounds, Some(fields)) => Needs::of(fields.iter().map(String::as_str)),
                _ => Needs::ALL,
            };
            loops.push(Loop {
                list: f.list,
                template: name.clone(),
                name: loop_name,
                needs,
            });
            numbered.push((f, loops.len() - 1));
        }
        pending.push((name.clone(), numbered));
    }
    for (name, found) in pending {
        let text = &sources[&name];
        let mut frame = String::with_capacity(text.len());
        let mut at = 0;
        let mut splittable = true;
        for (f, k) in &found {
            let names = tera.get_template_variables(&loops[*k].name).ok()?;
            let used = context_used(&tera, &loops[*k].name, context_names);
            let taken: BTreeSet<&str> = names
                .into_iter()
                .filter(|n| *n != ITEMS && *n != f.var && !context_names.contains(n))
                .collect();
            // The body names another list, or the same one whole.
            if names_a_list(&taken) || names_a_list(&used) {
                splittable = false;
            }
            frame.push_str(&text[at..f.start]);
            frame.push_str(if f.trims_before { "{{-" } else { "{{" });
            frame.push_str(&format!(" __each(at={k}"));
            for n in &taken {
                frame.push_str(&format!(", {n}={n}"));
            }
            frame.push_str(") ");
            frame.push_str(if f.trims_after { "-}}" } else { "}}" });
            at = f.end;
        }
        frame.push_str(&text[at..]);
        if !splittable {
            whole.insert(sources.get_key_value(&name)?.0);
        }
        frames.insert(name, frame);
    }
    for name in sources.keys() {
        frames
            .entry(name.clone())
            .or_insert_with(|| sources[name].clone());
    }
    let mut frame = Tera::new();
    configure(&mut frame);
    frame.register_function("__each", each);
    frame.add_raw_templates(&frames).ok()?;
    // A memo is split where none of the templates it reaches must stay whole.
    let splittable = memos
        .iter()
        .filter(|memo| {
            let mut seen = BTreeSet::new();
            let mut todo = vec![(**memo).to_owned()];
            while let Some(t) = todo.pop() {
                if !seen.insert(t.clone()) {
                    continue;
                }
                if whole.contains(t.as_str()) {
                    return false;
                }
                if let Some(text) = sources.get(&t) {
                    match includes(text) {
                        Some(names) => todo.extend(names),
                        None => return false,
                    }
                }
            }
            true
        })
        .map(|m| (*m).to_owned())
        .collect();
    Some(Split {
        frame: std::sync::Arc::new(frame),
        loops_tera: std::sync::Arc::new(tera),
        loops,
        memos: splittable,
    })
}

/// The names of the context a loop's text uses.
fn context_used<'t>(tera: &'t Tera, name: &str, context_names: &[&'t str]) -> BTreeSet<&'t str> {
    tera.get_template_variables(name)
        .map(|names| names.into_iter().filter(|n| context_names.contains(n)).collect())
        .unwrap_or_default()
}

fn names_a_list(names: &BTreeSet<&str>) -> bool {
    names.iter().any(|n| List::named(n).is_some())
}

/// `__each(at=K, name=value, …)`: the frame's mark for loop K, with the
/// values its body takes from the frame.
fn each(kwargs: Kwargs, _: &State) -> tera::TeraResult<Value> {
    let at: i64 = kwargs.must_get("at")?;
    let mut taken = serde_json::Map::new();
    for (key, value) in kwargs.iter() {
        let key = key.to_string();
        if key != "at" {
            let json = serde_json::to_value(value).map_err(|e| tera::Error::message(e.to_string()))?;
            taken.insert(key, json);
        }
    }
    let json = serde_json::Value::Object(taken).to_string();
    Ok(Value::safe_string(&format!("{MARK}{at}{SEP}{json}{MARK}")))
}

/// A piece of the frame's output: text, or a loop's mark.
pub enum Piece<'f> {
    Text(&'f [u8]),
    Loop(usize, Vec<(String, Value)>),
}

/// The frame's output cut at its marks; none if a mark is not one of ours
/// (the frame then cannot be trusted, and the memo is rendered whole).
pub fn pieces(frame: &[u8], loops: usize) -> Option<Vec<Piece<'_>>> {
    let mut out = Vec::new();
    let mut parts = frame.split(|&b| b == MARK as u8);
    out.push(Piece::Text(parts.next()?));
    while let Some(mark) = parts.next() {
        let text = parts.next()?;
        let mark = std::str::from_utf8(mark).ok()?;
        let (k, json) = mark.split_once(SEP)?;
        let k: usize = k.parse().ok()?;
        if k >= loops {
            return None;
        }
        let taken: serde_json::Map<String, serde_json::Value> = serde_json::from_str(json).ok()?;
        let taken = taken
            .into_iter()
            .map(|(name, v)| (name, Value::from_serializable(&v)))
            .collect();
        out.push(Piece::Loop(k, taken));
        out.push(Piece::Text(text));
    }
    Some(out)
}

/// The stand-ins of the three lists in the frame's context.
pub fn stand_ins(builder: &Builder, counts: [usize; 3]) -> [Value; 3] {
    let empty = Value::from_serializable(&serde_json::Map::new());
    let briefs: BTreeMap<GroundBrief, Value> = [false, true]
        .into_iter()
        .flat_map(|prior_only| [false, true].map(|has_new| GroundBrief { prior_only, has_new }))
        .map(|b| (b, Value::from_serializable(&b)))
        .collect();
    let grounds: Vec<Value> = (0..counts[0])
        .map(|g| briefs[&builder.ground_brief(g)].clone())
        .collect();
    [
        Value::from(grounds),
        Value::from(vec![empty.clone(); counts[1]]),
        Value::from(vec![empty; counts[2]]),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Checked;
    use crate::input::Source;
    use crate::playbook::Playbook;
    use crate::render::budget::Budget;
    use crate::render::{Format, MemoKind, RenderError, Templates};
    use crate::synth::SynthCase;

    fn cut_lists(text: &str) -> Option<Vec<&'static str>> {
        find_loops(text).map(|found| found.iter().map(|f| f.list.name()).collect())
    }

    #[test]
    fn loops_over_the_lists_at_the_top_are_cut_out_with_their_whitespace_control() {
        let text = "a\n{%- for g in grounds -%}\n{{ g.numeral }}\n{%- endfor -%}\nb{% if x %}{% for e in exhibits %}{{ e.title }}{% endfor %}{% endif %}";
        let found = find_loops(text).unwrap();
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[0].text,
            "{% for g in __items -%}\n{{ g.numeral }}\n{%- endfor %}"
        );
        assert!(found[0].trims_before && found[0].trims_after);
        assert_eq!(
            &text[found[1].start..found[1].end],
            "{% for e in exhibits %}{{ e.title }}{% endfor %}"
        );
        // Loops over other lists, nested ones and sets stay.
        assert_eq!(
            cut_lists("{% for p in g.points %}{% set x = [e for e in exhibits] %}{% endfor %}"),
            Some(vec![])
        );
    }

    #[test]
    fn a_loop_that_would_run_differently_in_stretches_keeps_its_template_whole() {
        for text in [
            "{% for g in grounds %}{{ loop.index }}{% endfor %}",
            "{% for g in grounds %}{% if g.x %}{% break %}{% endif %}{% endfor %}",
            "{% for g in grounds %}{% set_global n = g %}{% endfor %}",
            "{% for g in grounds %}x{% else %}none{% endfor %}",
            "{% for p in points %}{% for g in grounds %}x{% endfor %}{% endfor %}",
            "{% raw %}{% for g in grounds %}{% endraw %}",
            "{% for g in grounds %}",
        ] {
            assert!(find_loops(text).is_none(), "{text}");
        }
        // A `loop.` of a loop inside the body is its own.
        assert_eq!(
            cut_lists(
                "{% for g in grounds %}{% for p in g.points %}{{ loop.index }}{% endfor %}{% endfor %}"
            ),
            Some(vec!["grounds"])
        );
    }

    #[test]
    fn the_fields_a_loop_reads_are_found_through_its_includes() {
        let sources: BTreeMap<String, String> = [
            (
                "a.md".to_owned(),
                "{{ ground.points | length }} Ground {{ ground.numeral }}".to_owned(),
            ),
            ("b.md".to_owned(), "{% set g = ground %}".to_owned()),
        ]
        .into();
        let fields = fields_read(&sources, "{{ ground.heading }}{% include \"a.md\" %}", "ground").unwrap();
        assert!(fields.contains("heading") && fields.contains("points") && fields.contains("numeral"));
        assert!(!fields.contains("evidence"));
        assert_eq!(fields_read(&sources, "{% include \"b.md\" %}", "ground"), None);
        assert_eq!(
            fields_read(&sources, "{{ ground | json_encode }}", "ground"),
            None
        );
        assert_eq!(fields_read(&sources, "{% include \"c.md\" %}", "ground"), None);
        assert_eq!(
            fields_read(&sources, "{% include [\"a.md\", \"b.md\"] %}", "ground"),
            None
        );
        assert_eq!(fields_read(&sources, "{{ __tera_context }}", "ground"), None);
        assert!(fields_read(&sources, "{{ grounds | length }} {{ background }}", "ground").is_some());
    }

    fn checked(playbook: &Playbook) -> Checked<'_> {
        let text = SynthCase::generate(300, 3, playbook).to_yaml();
        let source = Source::from_text("synth.yaml", text);
        Checked::load(&source, playbook, crate::synth::TODAY.parse().unwrap()).unwrap()
    }

    fn message(e: RenderError) -> String {
        match e {
            RenderError::Template { message } => message,
            other => panic!("{other}"),
        }
    }

    #[test]
    fn a_render_in_stretches_keeps_to_the_one_budget() {
        let playbook = Playbook::builtin();
        let checked = checked(&playbook);
        let templates = || Templates::builtin().for_input(checked.text_len);
        let rebuttal = |templates: &Templates| {
            crate::render::memo(&checked, MemoKind::Rebuttal, true, Format::Markdown, templates)
        };
        let whole = rebuttal(&templates()).unwrap();
        // Output: counted over the frame and every stretch together.
        let small = Budget {
            output_bytes: whole.len() / 2,
            ..templates().budget()
        };
        let e = rebuttal(&templates().with_budget(small)).unwrap_err();
        assert!(message(e).contains(&format!("writes more than {} MiB", small.output_bytes >> 20)));
        // Time: the stretches share it.
        let none = Budget {
            time: std::time::Duration::ZERO,
            ..templates().budget()
        };
        let e = rebuttal(&templates().with_budget(none)).unwrap_err();
        assert!(message(e).contains("rendering `rebuttal.md` runs for more than 0 seconds"));
    }

    #[test]
    fn a_firms_templates_are_rendered_whole() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("ground.md"), "{{ ground.numeral }}\n").unwrap();
        let t = Templates::load(Some(dir.path())).unwrap();
        assert!(MemoKind::ALL.iter().all(|&k| !t.splits(k)));
        // A stylesheet alone changes no template.
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("style.css"), "p { margin: 0 }").unwrap();
        let t = Templates::load(Some(dir.path())).unwrap();
        assert!(MemoKind::ALL.iter().all(|&k| t.splits(k)));
    }
}
