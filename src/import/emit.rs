//! The case file written from a reading: valid format 1, with comments that
//! say where each value came from and what the user does next.

use super::{Ground, Reading, text};
use crate::model::DecisionKind;
use crate::playbook::Playbook;
use std::fmt::Write as _;

/// A YAML double-quoted string.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A comment's text on one line, quotes and all.
fn comment(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

/// Long text as a folded block (`>-`), wrapped at spaces: it reads back as
/// the same words. Text a folded block cannot hold as it is falls back to
/// a quoted string.
fn folded(key: &str, s: &str, indent: &str, out: &mut String) {
    let plain = !s.is_empty()
        && !s.contains("  ")
        && !s.starts_with(' ')
        && !s.ends_with(' ')
        && s.chars().all(|c| !c.is_control());
    if !plain {
        let _ = writeln!(out, "{indent}{key}: {}", quoted(s));
        return;
    }
    let _ = writeln!(out, "{indent}{key}: >-");
    let mut line = String::new();
    for word in s.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > 76 {
            let _ = writeln!(out, "{indent}  {line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    let _ = writeln!(out, "{indent}  {line}");
}

/// How a cite names the notice ("RFE at 2").
pub fn cite(playbook: &Playbook, kind: DecisionKind, g: &Ground) -> String {
    let name = playbook
        .import
        .notices
        .get(kind.as_str())
        .and_then(|w| w.cite.clone())
        .unwrap_or_else(|| "Decision".to_owned());
    let (a, b) = (g.found.first_page, g.found.last_page);
    if b > a {
        format!("{name} at {a}\u{2013}{b}")
    } else {
        format!("{name} at {a}")
    }
}

pub struct Emit<'a> {
    pub reading: &'a Reading,
    pub playbook: &'a Playbook,
    /// The notice as named on the command line.
    pub notice: &'a str,
    pub today: jiff::civil::Date,
}

impl Emit<'_> {
    pub fn kind(&self) -> DecisionKind {
        self.reading
            .decision
            .kind
            .as_ref()
            .map_or(DecisionKind::Denial, |k| k.0)
    }

    /// The whole file.
    pub fn case_file(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# Imported by `rebut import` from {} on {}.\n\
             # Check every value against the notice: a comment says where each came from.\n\
             # Next: answer each ground under `responses:`, list your evidence under\n\
             # `evidence:` with its `file:`, then run `rebut check` on this file.\n\
             rebut: 1",
            comment(self.notice),
            self.today
        );
        self.case_section(&mut out);
        out.push('\n');
        self.grounds_section(&mut out, &[]);
        self.evidence_section(&mut out, &[], &[], false);
        out
    }

    pub fn case_section(&self, out: &mut String) {
        let d = &self.reading.decision;
        let date = d.date.as_ref().map_or(self.today, |x| x.0);
        let name = d.beneficiary.clone();
        let label = self
            .playbook
            .import
            .notices
            .get(self.kind().as_str())
            .and_then(|w| w.label.clone())
            .unwrap_or_else(|| self.kind().as_str().to_owned());
        let title = format!(
            "{}: {label} of {}",
            name.as_deref().unwrap_or("The beneficiary"),
            text::spoken(date)
        );
        out.push_str("case:\n");
        let _ = writeln!(out, "  title: {}", quoted(&title));
        if self.playbook.id != crate::playbook::DEFAULT_KIND {
            let _ = writeln!(out, "  kind: {}", quoted(&self.playbook.id));
        }
        match &d.receipt {
            Some(r) => {
                let _ = writeln!(out, "  receipt: {}", quoted(r));
            }
            None => out.push_str("  # receipt: \"IOE0000000000\"   # not found in the notice: add it\n"),
        }
        self.people(out);
        match &d.filed {
            Some((f, how)) => {
                let _ = writeln!(out, "  filed: {f}   # {}", comment(how));
            }
            None => {
                let _ = writeln!(
                    out,
                    "  filed: {date}   # not found in the notice: this is the decision's date; put the date the request was filed"
                );
            }
        }
        out.push_str("  decision:\n");
        match &d.kind {
            Some((k, why)) => {
                let _ = writeln!(out, "    kind: {}   # from {}", k.as_str(), comment(why));
            }
            None => out.push_str(
                "    kind: denial   # check: no title or operative words found (denial, noid or rfe)\n",
            ),
        }
        match &d.date {
            Some((x, how)) => {
                let _ = writeln!(out, "    date: {x}   # from {}", comment(how));
            }
            None => {
                let _ = writeln!(
                    out,
                    "    date: {date}   # not found in the notice: put the decision's date"
                );
            }
        }
        if let Some((x, how)) = &d.respond_by {
            let _ = writeln!(out, "    respond_by: {x}   # {}", comment(how));
        } else if self.kind() != DecisionKind::Denial {
            out.push_str("    # respond_by: YYYY-MM-DD   # no deadline found in the notice: add it\n");
        }
        if let Some(o) = &d.office {
            let _ = writeln!(out, "    office: {}", quoted(o));
        }
    }

    fn people(&self, out: &mut String) {
        let d = &self.reading.decision;
        out.push_str("  beneficiary:\n");
        match &d.beneficiary {
            Some(n) => {
                let _ = writeln!(out, "    name: {}", quoted(n));
            }
            None => out.push_str(
                "    name: \"[beneficiary's full name]\"   # not found in the notice: put the full name\n",
            ),
        }
        match &self.reading.country {
            Some(c) => {
                let _ = writeln!(
                    out,
                    "    country: {}   # guessed: the country the grounds name most; check",
                    quoted(c)
                );
            }
            None => out.push_str(
                "    country: \"[country]\"   # not found in the notice: put where the beneficiary lives\n",
            ),
        }
        if let Some(p) = &d.petitioner {
            let _ = writeln!(out, "  petitioner:\n    name: {}", quoted(p));
        }
    }

    /// The grounds; `old` holds, per ground, comment lines to put under it.
    pub fn grounds_section(&self, out: &mut String, old: &[Vec<String>]) {
        let r = self.reading;
        out.push_str("grounds:\n");
        if r.unsplit {
            out.push_str(
                "  # No ground could be told apart: the whole body stands as one. Split it by hand.\n",
            );
        }
        for f in &r.left_out {
            let start: String = f.quote.chars().take(60).collect();
            let _ = writeln!(
                out,
                "  # Left out: a ground read as \"{}...\" whose words do not stand so in the notice; add it by hand if it is one.",
                comment(&start)
            );
        }
        for (i, g) in r.grounds.iter().enumerate() {
            let c = &g.category;
            let why = c.unscored_note().unwrap_or_else(|| {
                format!(
                    "{} confidence, {} points ({})",
                    c.confidence(),
                    c.score,
                    c.matched.join(", ")
                )
            });
            let _ = writeln!(out, "  - id: G{}", i + 1);
            let _ = writeln!(out, "    category: {}   # {}", c.id, comment(&why));
            if let Some(other) = c.close_runner_up() {
                let _ = writeln!(out, "    # or: {other}");
            }
            let _ = writeln!(out, "    cite: {}", quoted(&cite(self.playbook, self.kind(), g)));
            folded("quote", &g.found.quote, "    ", out);
            if let Some(lines) = old.get(i).filter(|l| !l.is_empty()) {
                for l in lines {
                    let _ = writeln!(out, "    # {}", comment(l));
                }
            }
            out.push_str("    # responses:\n    #   - point: what the record shows against this ground\n    #     evidence: [E1]\n");
        }
    }

    /// The evidence the notice names, with a heading unless `items_only`;
    /// `skip` lists titles already in the case, `taken` ids already used.
    pub fn evidence_section(&self, out: &mut String, skip: &[String], taken: &[String], items_only: bool) {
        let items: Vec<_> = self
            .reading
            .evidence
            .iter()
            .filter(|e| !skip.iter().any(|s| s.eq_ignore_ascii_case(&e.named.title)))
            .collect();
        if items.is_empty() {
            return;
        }
        if !items_only {
            out.push_str(
                "\n# Documents the notice names as already filed. Add each one's `file:` (the\n\
                 # PDF beside this case file), its `pages`, and the evidence you add now.\n\
                 evidence:\n",
            );
        }
        let mut n = 0;
        for e in items {
            let id = loop {
                n += 1;
                let id = format!("E{n}");
                if !taken.contains(&id) {
                    break id;
                }
            };
            let _ = writeln!(out, "  - id: {id}");
            let why = if e.kind.score == 0 {
                "guessed: check".to_owned()
            } else {
                format!("guessed from \"{}\"", e.kind.matched.join("\", \""))
            };
            let _ = writeln!(out, "    type: {}   # {}", e.kind.id, comment(&why));
            let _ = writeln!(out, "    title: {}", quoted(&e.named.title));
            if let Some(a) = &e.named.author {
                let _ = writeln!(out, "    author: {}", quoted(a));
            }
            if let Some(d) = e.named.date {
                let _ = writeln!(out, "    date: {d}");
            }
            out.push_str(
                "    status: received\n    submitted_before: true\n    # file: exhibits/the-document.pdf\n",
            );
        }
    }
}
