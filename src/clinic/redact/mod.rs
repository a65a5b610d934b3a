//! `rebut redact`: a copy of a case safe to hand to a class.
//!
//! Names of the people the case names become placeholders wherever they
//! appear ([`names`]); receipt, document and phone numbers, e-mails, street
//! addresses and the birth date are replaced, and dates may move by a constant
//! number of days ([`scrub`]). The copy keeps every id relation, every status
//! and every finding: authors that differ stay different, authors that are
//! the same stay the same. What was replaced is listed in a [`Key`], which
//! goes to a separate file, if anywhere.

pub mod names;
pub mod scrub;
pub mod values;

use crate::check::{Code, Report, Severity, Subject};
use crate::model::{At, Case, Evidence};
use jiff::civil::Date;
use names::{People, Role, person_part};
use scrub::{Dates, Scrubber, ShiftError};
use serde::Serialize;
use values::{Replacement, ValueKind, Values};

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Days to add to every date (negative moves them back).
    pub shift_days: i32,
    /// More people to redact, beyond those the case names in its fields.
    pub names: Vec<String>,
}

/// A redacted case, what was replaced, and what to check by hand.
#[derive(Debug, Clone)]
pub struct Redaction {
    pub case: Case,
    pub key: Key,
    /// Places where a replacement was uncertain, for the person redacting.
    pub notes: Vec<String>,
}

/// The mapping back to the real values.
#[derive(Debug, Clone, Serialize)]
pub struct Key {
    /// The real case file, as named on the command line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The redacted copy this key belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redacted: Option<String>,
    pub shift_days: i32,
    pub people: Vec<PersonEntry>,
    pub values: Vec<Replacement>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ids: Vec<IdEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonEntry {
    pub placeholder: String,
    pub role: Role,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IdEntry {
    pub placeholder: String,
    pub real: String,
}

pub fn redact(case: &Case, options: &Options) -> Result<Redaction, ShiftError> {
    let people = people(case, options);
    let mut values = Values::default();
    let info = &case.info;

    // Values from the case's own fields, replaced wherever else they appear.
    let mut literals: Vec<(String, String)> = Vec::new();
    let receipt = known(
        &mut values,
        &mut literals,
        ValueKind::Receipt,
        info.receipt.as_ref().map(|r| r.value.as_str()),
    );
    let rep = info.representative.as_ref();
    let address = known(
        &mut values,
        &mut literals,
        ValueKind::Address,
        rep.and_then(|r| r.address.as_deref()),
    );
    if let (Some(real), Some(placeholder)) = (rep.and_then(|r| r.address.as_deref()), &address)
        && let Some((street, _)) = real.split_once(',')
        && street.chars().any(|c| c.is_ascii_digit())
    {
        values.record(ValueKind::Address, placeholder, street.trim());
        literals.push((street.trim().to_owned(), placeholder.clone()));
    }
    let email = known(
        &mut values,
        &mut literals,
        ValueKind::Email,
        rep.and_then(|r| r.email.as_deref()),
    );
    let phone = known(
        &mut values,
        &mut literals,
        ValueKind::Phone,
        rep.and_then(|r| r.phone.as_deref()),
    );
    let bar = known(
        &mut values,
        &mut literals,
        ValueKind::Bar,
        rep.and_then(|r| r.bar.as_deref()),
    );

    let mut dates = Dates {
        shift_days: options.shift_days,
        born: None,
    };
    let born = match &info.beneficiary.born {
        Some(real) => {
            // The year alone stays, so that the class knows a child from an adult.
            let shifted = dates.shift(real.value)?;
            let fake = Date::new(shifted.year(), 1, 1).expect("1 January exists");
            values.record(ValueKind::BirthDate, &fake.to_string(), &real.value.to_string());
            dates.born = Some((real.value, fake));
            Some(At::new(fake, real.loc))
        }
        None => None,
    };

    let mut r = Redactor {
        people: &people,
        scrubber: Scrubber::new(&mut values, literals, dates),
        notes: Vec::new(),
    };
    let mut out = case.clone();
    let o = &mut out.info;
    o.title = r.text(&info.title, "case title")?;
    o.receipt = match (&info.receipt, receipt) {
        (Some(at), Some(p)) => Some(At::new(p, at.loc)),
        _ => None,
    };
    o.beneficiary.name = r.text(&info.beneficiary.name, "beneficiary name")?;
    o.beneficiary.born = born;
    if let Some(p) = &mut o.petitioner {
        p.name = r.opt_text(p.name.as_deref(), "petitioner name")?;
        p.relationship = r.opt_text(p.relationship.as_deref(), "petitioner relationship")?;
    }
    if let Some(rep) = &mut o.representative {
        rep.name = r.opt_text(rep.name.as_deref(), "representative name")?;
        rep.firm = r.opt_text(rep.firm.as_deref(), "representative firm")?;
        rep.address = address;
        rep.email = email;
        rep.phone = phone;
        rep.bar = bar;
    }
    o.filed.value = dates.shift(o.filed.value)?;
    o.decision.date.value = dates.shift(o.decision.date.value)?;
    if let Some(d) = &mut o.decision.respond_by {
        d.value = dates.shift(d.value)?;
    }
    o.decision.office = r.opt_text(o.decision.office.as_deref(), "decision office")?;
    if let Some(t) = &mut o.treatment {
        t.condition = r.opt_text(t.condition.as_deref(), "treatment condition")?;
        t.plan = r.opt_text(t.plan.as_deref(), "treatment plan")?;
        t.provider = r.opt_text(t.provider.as_deref(), "treatment provider")?;
        if let Some(d) = &mut t.start {
            d.value = dates.shift(d.value)?;
        }
    }

    let ids = id_map(case, &people);
    let new_id = |id: &str| {
        ids.iter()
            .find(|e| e.real == id)
            .map_or_else(|| id.to_owned(), |e| e.placeholder.clone())
    };
    for ground in &mut out.grounds {
        let place = format!("ground {}", ground.id);
        ground.quote = r.text(&ground.quote, &format!("{place} quote"))?;
        ground.cite = r.opt_text(ground.cite.as_deref(), &format!("{place} cite"))?;
        for (n, point) in ground.points.iter_mut().enumerate() {
            point.text = r.text(&point.text, &format!("{place} point {}", n + 1))?;
            for c in &mut point.citations {
                c.evidence = new_id(&c.evidence);
            }
        }
        ground.id = new_id(&ground.id);
    }
    let authors = authors(&case.evidence, &mut r)?;
    for (item, author) in out.evidence.iter_mut().zip(authors) {
        let place = format!("evidence {}", item.id);
        item.title = r.text(&item.title, &format!("{place} title"))?;
        item.author = author;
        if let Some(d) = &mut item.date {
            d.value = dates.shift(d.value)?;
        }
        if let Some(t) = &mut item.translation {
            t.translator = r.opt_text(t.translator.as_deref(), &format!("{place} translator"))?;
            if let Some(f) = &mut t.file {
                f.value = people.redact_slug(&f.value);
            }
        }
        if let Some(f) = &mut item.file {
            f.value = people.redact_slug(&f.value);
        }
        item.notes = r.opt_text(item.notes.as_deref(), &format!("{place} notes"))?;
        item.id = new_id(&item.id);
    }
    for (n, entry) in out.timeline.iter_mut().enumerate() {
        entry.date.value = dates.shift(entry.date.value)?;
        entry.event = r.text(&entry.event, &format!("timeline entry {}", n + 1))?;
        for id in &mut entry.evidence {
            id.value = new_id(&id.value);
        }
    }

    let mut notes = r.notes;
    notes.dedup();
    let key = Key {
        source: None,
        redacted: None,
        shift_days: options.shift_days,
        people: people
            .persons
            .iter()
            .map(|p| PersonEntry {
                placeholder: p.placeholder.clone(),
                role: p.role,
                name: p.real.clone(),
            })
            .collect(),
        values: values.entries,
        ids,
    };
    Ok(Redaction {
        case: out,
        key,
        notes,
    })
}

/// A value from one of the case's fields: its placeholder, also used
/// wherever else the value appears.
fn known(
    values: &mut Values,
    literals: &mut Vec<(String, String)>,
    kind: ValueKind,
    real: Option<&str>,
) -> Option<String> {
    let real = real?.trim();
    if real.is_empty() {
        return Some(String::new());
    }
    let placeholder = values.placeholder(kind, real);
    literals.push((real.to_owned(), placeholder.clone()));
    Some(placeholder)
}

/// Everyone the case names, in a fixed order: the roles, then authors and
/// translators in file order, then the extra names.
fn people(case: &Case, options: &Options) -> People {
    let info = &case.info;
    let mut people = People::default();
    people.add_role(Role::Beneficiary, &info.beneficiary.name);
    if let Some(name) = info.petitioner.as_ref().and_then(|p| p.name.as_deref()) {
        people.add_role(Role::Petitioner, name);
    }
    if let Some(name) = info.representative.as_ref().and_then(|r| r.name.as_deref()) {
        people.add_role(Role::Representative, name);
    }
    for item in &case.evidence {
        if let Some(person) = item.author.as_deref().and_then(person_part) {
            people.add_other(Role::Author, &person);
        }
    }
    for item in &case.evidence {
        if let Some(person) = item
            .translation
            .as_ref()
            .and_then(|t| t.translator.as_deref())
            .and_then(person_part)
        {
            people.add_other(Role::Translator, &person);
        }
    }
    for name in &options.names {
        people.add_other(Role::Named, name);
    }
    people
}

struct Redactor<'a> {
    people: &'a People,
    scrubber: Scrubber<'a>,
    notes: Vec<String>,
}

impl Redactor<'_> {
    fn text(&mut self, text: &str, place: &str) -> Result<String, ShiftError> {
        let scrubbed = self.scrubber.scrub(text)?;
        let redacted = self.people.redact_text(&scrubbed, place, &mut self.notes);
        for stranger in names::titled_strangers(&redacted) {
            self.notes.push(format!(
                "{place}: `{stranger}` looks like the name of a person rebut was not told about; \
                 to replace it, add `--name \"FULL NAME\"`"
            ));
        }
        Ok(redacted)
    }

    fn opt_text(&mut self, text: Option<&str>, place: &str) -> Result<Option<String>, ShiftError> {
        text.map(|t| self.text(t, place)).transpose()
    }
}

/// Redacted authors, one per item. Statuses compare authors without regard to
/// case, so authors equal in that sense share one redaction, and authors that
/// differ stay different even when their redactions would coincide.
fn authors(evidence: &[Evidence], r: &mut Redactor<'_>) -> Result<Vec<Option<String>>, ShiftError> {
    let key = |a: &str| a.trim().to_lowercase();
    let mut groups: Vec<(String, String)> = Vec::new();
    let mut out = Vec::with_capacity(evidence.len());
    for item in evidence {
        let Some(author) = item.author.as_deref() else {
            out.push(None);
            continue;
        };
        if let Some((_, redacted)) = groups.iter().find(|(k, _)| *k == key(author)) {
            out.push(Some(redacted.clone()));
            continue;
        }
        let first = r.text(author, &format!("evidence {} author", item.id))?;
        let mut redacted = first.clone();
        let mut n = 1;
        while groups.iter().any(|(_, other)| key(other) == key(&redacted)) {
            n += 1;
            redacted = format!("{} ({n})", first.trim_end());
        }
        groups.push((key(author), redacted.clone()));
        out.push(Some(redacted));
    }
    Ok(out)
}

/// New ids where an id contains a name, kept unique across the file.
fn id_map(case: &Case, people: &People) -> Vec<IdEntry> {
    let all: Vec<&str> = case
        .grounds
        .iter()
        .map(|g| g.id.as_str())
        .chain(case.evidence.iter().map(|e| e.id.as_str()))
        .collect();
    let mut taken: Vec<String> = Vec::new();
    let mut map = Vec::new();
    for id in &all {
        let redacted = people.redact_slug(id);
        if redacted == *id {
            continue;
        }
        let mut candidate = redacted.clone();
        let mut n = 1;
        while all.contains(&candidate.as_str()) || taken.contains(&candidate) {
            n += 1;
            candidate = format!("{redacted}-{n}");
        }
        taken.push(candidate.clone());
        map.push(IdEntry {
            placeholder: candidate,
            real: (*id).to_owned(),
        });
    }
    map
}

/// How the redacted copy checks differently from the original, in words;
/// nothing when statuses and findings agree. Findings are compared by code,
/// severity and subject; `future-date` and `deadline` depend on today and are
/// left out when the dates were shifted.
pub fn differences(case: &Case, original: &Report, redacted: &Report, shifted: bool) -> Vec<String> {
    let mut out = Vec::new();
    for (g, (a, b)) in original.grounds.iter().zip(&redacted.grounds).enumerate() {
        if a.status != b.status {
            out.push(format!(
                "ground {} is {} in the original but {} in the redacted copy",
                case.grounds[g].id,
                a.status.as_str(),
                b.status.as_str()
            ));
        }
    }
    let counted = |report: &Report| {
        let mut list: Vec<(Code, Severity, Subject)> = report
            .findings
            .iter()
            .filter(|f| !(shifted && matches!(f.code, Code::FutureDate | Code::Deadline)))
            .map(|f| (f.code, f.severity, f.subject.clone()))
            .collect();
        list.sort();
        list
    };
    let (before, after) = (counted(original), counted(redacted));
    let subject = |s: &Subject| match s {
        Subject::Case => "the case".to_owned(),
        Subject::Ground(g) => format!("ground {}", case.grounds[*g].id),
        Subject::Evidence(e) => format!("evidence {}", case.evidence[*e].id),
    };
    for f in &before {
        if !after.contains(f) {
            out.push(format!(
                "the redacted copy lacks the finding {} on {}",
                f.0.as_str(),
                subject(&f.2)
            ));
        }
    }
    for f in &after {
        if !before.contains(f) {
            out.push(format!(
                "the redacted copy has a new finding {} on {}",
                f.0.as_str(),
                subject(&f.2)
            ));
        }
    }
    out
}
