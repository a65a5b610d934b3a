//! `rebut redact`: a copy of a case safe to hand to a class.
//!
//! Names of the people the case names become placeholders wherever they
//! appear ([`names`]); receipt, document and phone numbers, e-mails, street
//! addresses and the birth date are replaced, and dates may move by a constant
//! number of days ([`scrub`]). The copy keeps every id relation, every status
//! and every finding: authors that differ stay different, authors that are
//! the same stay the same. What was replaced is listed in a [`Key`], which
//! goes to a separate file, if anywhere.

mod addresses;
pub mod dates;
mod forms;
pub mod names;
pub mod restore;
pub mod review;
mod safe;
mod script_dates;
pub mod scrub;
mod titles;
pub mod values;
pub mod words;

use crate::check::{Code, Report, Severity, Subject};
use crate::model::{
    At, Beneficiary, Case, CaseInfo, Citation, Companion, Decision, Evidence, Grading, Ground, Petitioner,
    Point, Representative, Sponsor, Supervisor, TimelineEntry, Translation, Treatment,
};
use jiff::civil::Date;
use names::{People, Role, affiliation, person_part};
use restore::{Anchor, Edit, FieldEdits, Rewrite, compose};
use review::{Reason, Replace, Review, Written};
use scrub::{Dates, Scrubber, ShiftError};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet};
use unicode_normalization::UnicodeNormalization;
use values::{Replacement, ValueKind, Values};

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Days to add to every date (negative moves them back).
    pub shift_days: i32,
    /// More people to redact, beyond those the case names in its fields.
    pub names: Vec<String>,
    /// Other names of those people: the index of the name in `names`, and
    /// the alias ("Lindi", "L.M.").
    pub aliases: Vec<(usize, String)>,
    /// Words the user has read and keeps: they leave the review list.
    pub keep: Vec<String>,
}

/// A redacted case, what was replaced, and what to check by hand.
#[derive(Debug, Clone)]
pub struct Redaction {
    pub case: Case,
    pub key: Key,
    /// Places where a replacement was uncertain, for the person redacting.
    pub notes: Vec<String>,
    /// What may still identify someone, for a person to read.
    pub review: review::Outcome,
    /// Every text field that changed: where, what the case said, and what
    /// the copy says (the key's `restore` takes the second back to the first).
    pub fields: Vec<(String, String, String)>,
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
    /// Words of the copy that may still identify someone, with where they
    /// stand; those kept with `--keep` are left out.
    pub review: Vec<review::Item>,
    /// Every replacement in every text field, in order: what puts the
    /// case's own words back into the copy.
    pub restore: Vec<FieldEdits>,
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

/// The review of a case: the user's keep list, and the institutions its
/// authors name after a person ("Dr. A, Grand Lake Clinic").
fn review_for(case: &Case, options: &Options) -> Review {
    let mut review = Review::new(&options.keep);
    // A name given after a title of kin anywhere in the case is a name in
    // every text of it.
    if let Ok(value) = serde_json::to_value(case) {
        let mut texts = Vec::new();
        string_leaves(&value, &mut texts);
        for text in texts {
            review.learn_nicknames(text);
        }
    }
    for a in case
        .evidence
        .iter()
        .filter_map(|e| e.author.as_deref())
        .filter_map(affiliation)
    {
        review.add_institution(&a);
    }
    review
}

/// Every string of a case read as plain data.
fn string_leaves<'a>(value: &'a serde_json::Value, out: &mut Vec<&'a str>) {
    match value {
        serde_json::Value::String(s) => out.push(s),
        serde_json::Value::Array(items) => items.iter().for_each(|v| string_leaves(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| string_leaves(v, out)),
        _ => {}
    }
}

/// Redacts a case. Every struct of the model is taken apart here without
/// `..`, so a field added to the case file does not compile until it is
/// either redacted by a rule or passed through as safe.
pub fn redact(case: &Case, options: &Options) -> Result<Redaction, ShiftError> {
    let people = people(case, options);
    let mut values = Values::default();
    let known = KnownValues::collect(&case.info, &mut values);
    let mut dates = Dates::new(options.shift_days);
    dates.reading = dates::Reading {
        day_first: dates::day_first_in(&case.info.beneficiary.country),
        year: case.info.filed.value.year(),
    };
    let born = match &case.info.beneficiary.born {
        Some(real) => {
            let fake = year_only(&dates, real, &mut values)?;
            dates.born = Some((real.value, fake.value));
            Some(fake)
        }
        None => None,
    };
    dates.others = companions_born(case);
    let ids = id_map(case, &people);
    let mut r = Redactor {
        people: &people,
        scrubber: Scrubber::new(&mut values, known.literals.clone(), dates.clone()),
        notes: Vec::new(),
        review: review_for(case, options),
        written: Written::default(),
        shifted: (options.shift_days != 0).then_some(dates.reading),
        ids: ids
            .iter()
            .map(|e| (e.real.as_str(), e.placeholder.as_str()))
            .collect(),
        restore: Vec::new(),
        fields: Vec::new(),
    };
    r.review.birth_month = case.info.beneficiary.born.as_ref().map(|b| b.value.month());
    for p in &people.persons {
        r.written.add(&p.placeholder);
        r.written.add(&p.slug);
    }

    let Case {
        info,
        grounds,
        evidence,
        timeline,
        // Places in the original file: the redacted copy is a new one.
        cut_text: _,
    } = case;
    let out = Case {
        info: r.info(info, &known, born)?,
        grounds: grounds
            .iter()
            .enumerate()
            .map(|(g, ground)| r.ground(g, ground))
            .collect::<Result<_, _>>()?,
        evidence: r.evidence(evidence)?,
        timeline: timeline
            .iter()
            .enumerate()
            .map(|(n, t)| r.timeline_entry(n, t))
            .collect::<Result<_, _>>()?,
        cut_text: Vec::new(),
    };

    for d in people.unmatched() {
        let place = match &d.alias_of {
            Some(name) => format!("--alias of --name \"{name}\""),
            None => "--name".to_owned(),
        };
        r.review.push(&place, &d.text, Reason::Unmatched);
    }
    let review = r.review.finish();
    record_neutral(&people, r.scrubber.values);
    let restore = std::mem::take(&mut r.restore);
    let fields = std::mem::take(&mut r.fields);
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
        review: review.items.clone(),
        restore,
    };
    Ok(Redaction {
        case: out,
        key,
        notes,
        review,
        fields,
    })
}

/// Puts the runs written with a neutral placeholder ("[name 3]", "[family
/// name 1]") into the key, in the order of their numbers.
fn record_neutral(people: &People, values: &mut Values) {
    let mut neutral: Vec<((bool, String), String)> = people.neutral.take().into_iter().collect();
    neutral.sort_by(|a, b| (a.1.len(), &a.1).cmp(&(b.1.len(), &b.1)));
    for ((family, real), placeholder) in neutral {
        let kind = if family {
            ValueKind::FamilyName
        } else {
            ValueKind::Name
        };
        values.record(kind, &placeholder, &real);
    }
}

/// A birth date reduced to its year (shifted): the class can still tell a
/// child from an adult.
/// The companions' real birth dates, replaced wherever a text writes them.
fn companions_born(case: &Case) -> Vec<Date> {
    case.info
        .companions
        .iter()
        .filter_map(|c| c.born.as_ref())
        .map(|b| b.value)
        .collect()
}

fn year_only(dates: &Dates, real: &At<Date>, values: &mut Values) -> Result<At<Date>, ShiftError> {
    let shifted = dates.shift(real.value)?;
    let fake = Date::new(shifted.year(), 1, 1).expect("1 January exists");
    values.record(ValueKind::BirthDate, &fake.to_string(), &real.value.to_string());
    Ok(At::new(fake, real.loc))
}

/// Values from the case's own fields (receipt, the signer's contact
/// details), with their placeholders, replaced wherever else they appear.
struct KnownValues {
    receipt: Option<String>,
    address: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    bar: Option<String>,
    supervisor_bar: Option<String>,
    literals: Vec<(String, String)>,
}

impl KnownValues {
    fn collect(info: &CaseInfo, values: &mut Values) -> KnownValues {
        let mut literals = Vec::new();
        let rep = info.representative.as_ref();
        let mut take = |kind: ValueKind, real: Option<&str>| known(values, &mut literals, kind, real);
        let receipt = take(
            ValueKind::Receipt,
            info.receipt.as_ref().map(|r| r.value.as_str()),
        );
        let address = take(ValueKind::Address, rep.and_then(|r| r.address.as_deref()));
        let email = take(ValueKind::Email, rep.and_then(|r| r.email.as_deref()));
        let phone = take(ValueKind::Phone, rep.and_then(|r| r.phone.as_deref()));
        let bar = take(ValueKind::Bar, rep.and_then(|r| r.bar.as_deref()));
        let supervisor_bar = take(
            ValueKind::Bar,
            rep.and_then(|r| r.supervisor.as_ref())
                .and_then(|s| s.bar.as_deref()),
        );
        // The street alone, where the address gives one, is replaced too.
        if let (Some(real), Some(placeholder)) = (rep.and_then(|r| r.address.as_deref()), &address)
            && let Some((street, _)) = real.split_once(',')
            && street.chars().any(|c| c.is_ascii_digit())
        {
            values.record(ValueKind::Address, placeholder, street.trim());
            literals.push((street.trim().to_owned(), placeholder.clone()));
        }
        KnownValues {
            receipt,
            address,
            email,
            phone,
            bar,
            supervisor_bar,
            literals,
        }
    }
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
    if let Some(rep) = &info.representative {
        if let Some(name) = rep.name.as_deref() {
            people.add_role(Role::Representative, name);
        }
        if let Some(supervisor) = &rep.supervisor {
            people.add_role(Role::Supervisor, &supervisor.name);
        }
    }
    for companion in &info.companions {
        people.add_other(Role::Companion, &companion.name);
    }
    for sponsor in &info.sponsors {
        if let Some(person) = person_part(&sponsor.name) {
            people.add_other(Role::Sponsor, &person);
        }
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
    let declared: Vec<Option<usize>> = options.names.iter().map(|name| people.declare(name)).collect();
    for (of, alias) in &options.aliases {
        if let (Some(Some(person)), Some(name)) = (declared.get(*of), options.names.get(*of)) {
            people.add_alias(*person, name, alias);
        }
    }
    people
}

/// The redaction under way: what each text field goes through.
pub struct Redactor<'a> {
    people: &'a People,
    scrubber: Scrubber<'a>,
    notes: Vec<String>,
    review: Review,
    written: Written,
    /// How dates are read, when they move.
    shifted: Option<dates::Reading>,
    /// Ids that held a name, and what replaces them.
    ids: HashMap<&'a str, &'a str>,
    /// The replacements of each field that changed, for the key.
    restore: Vec<FieldEdits>,
    /// Each field that changed: where, as the case wrote it, as the copy does.
    fields: Vec<(String, String, String)>,
}

impl Redactor<'_> {
    /// The id that replaces `id` (itself when it names nobody).
    fn new_id(&self, id: &str) -> String {
        self.ids.get(id).map_or(id, |p| *p).to_owned()
    }

    fn at_date(&self, date: &At<Date>) -> Result<At<Date>, ShiftError> {
        Ok(At::new(self.date(date.value)?, date.loc))
    }

    fn opt_date(&self, date: Option<&At<Date>>) -> Result<Option<At<Date>>, ShiftError> {
        date.map(|d| self.at_date(d)).transpose()
    }

    fn info(
        &mut self,
        info: &CaseInfo,
        known: &KnownValues,
        born: Option<At<Date>>,
    ) -> Result<CaseInfo, ShiftError> {
        let CaseInfo {
            loc,
            title,
            exercise,
            kind,
            kind_loc,
            receipt,
            beneficiary,
            petitioner,
            representative,
            request,
            companions,
            sponsors,
            filed,
            decision,
            treatment,
        } = info;
        let Beneficiary {
            name,
            country,
            born: _,
        } = beneficiary;
        Ok(CaseInfo {
            loc: *loc,
            title: self.text(title, "case.title")?,
            exercise: *exercise,
            kind: kind.clone(),
            kind_loc: *kind_loc,
            receipt: receipt
                .as_ref()
                .zip(known.receipt.clone())
                .map(|(at, placeholder)| At::new(placeholder, at.loc)),
            beneficiary: Beneficiary {
                name: self.text(name, "case.beneficiary.name")?,
                country: country.clone(),
                born,
            },
            petitioner: petitioner.as_ref().map(|p| self.petitioner(p)).transpose()?,
            representative: representative
                .as_ref()
                .map(|rep| self.representative(rep, known))
                .transpose()?,
            request: request.clone(),
            companions: companions
                .iter()
                .enumerate()
                .map(|(n, c)| self.companion(n, c))
                .collect::<Result<_, _>>()?,
            sponsors: sponsors
                .iter()
                .enumerate()
                .map(|(n, s)| self.sponsor(n, s))
                .collect::<Result<_, _>>()?,
            filed: self.at_date(filed)?,
            decision: self.decision(decision)?,
            treatment: treatment.as_ref().map(|t| self.treatment(t)).transpose()?,
        })
    }

    fn petitioner(&mut self, p: &Petitioner) -> Result<Petitioner, ShiftError> {
        // A private person's address, e-mail and telephone are left out
        // of a class copy: no placeholder could stand for them.
        let Petitioner {
            name,
            relationship,
            address: _,
            email: _,
            phone: _,
        } = p;
        Ok(Petitioner {
            name: self.opt_text(name.as_deref(), "case.petitioner.name")?,
            relationship: self.opt_text(relationship.as_deref(), "case.petitioner.relationship")?,
            address: None,
            email: None,
            phone: None,
        })
    }

    fn representative(
        &mut self,
        rep: &Representative,
        known: &KnownValues,
    ) -> Result<Representative, ShiftError> {
        let Representative {
            name,
            role,
            firm,
            address: _,
            email: _,
            phone: _,
            bar: _,
            supervisor,
        } = rep;
        let supervisor = match supervisor {
            Some(Supervisor { name, bar: _, firm }) => Some(Supervisor {
                name: self.text(name, "case.representative.supervisor.name")?,
                bar: known.supervisor_bar.clone(),
                firm: self.opt_text(firm.as_deref(), "case.representative.supervisor.firm")?,
            }),
            None => None,
        };
        Ok(Representative {
            name: self.opt_text(name.as_deref(), "case.representative.name")?,
            role: self.opt_text(role.as_deref(), "case.representative.role")?,
            firm: self.opt_text(firm.as_deref(), "case.representative.firm")?,
            address: known.address.clone(),
            email: known.email.clone(),
            phone: known.phone.clone(),
            bar: known.bar.clone(),
            supervisor,
        })
    }

    fn companion(&mut self, n: usize, c: &Companion) -> Result<Companion, ShiftError> {
        let place = format!("case.companions[{n}]");
        let Companion {
            name,
            relationship,
            role,
            born,
            address: _,
        } = c;
        let born = match born {
            Some(real) => Some(year_only(&self.scrubber.dates, real, self.scrubber.values)?),
            None => None,
        };
        Ok(Companion {
            name: self.text(name, &format!("{place}.name"))?,
            relationship: self.text(relationship, &format!("{place}.relationship"))?,
            role: self.opt_text(role.as_deref(), &format!("{place}.role"))?,
            born,
            address: None,
        })
    }

    fn sponsor(&mut self, n: usize, s: &Sponsor) -> Result<Sponsor, ShiftError> {
        let Sponsor {
            name,
            relationship,
            address: _,
        } = s;
        let place = format!("case.sponsors[{n}]");
        Ok(Sponsor {
            name: self.text(name, &format!("{place}.name"))?,
            relationship: self.opt_text(relationship.as_deref(), &format!("{place}.relationship"))?,
            address: None,
        })
    }

    fn decision(&mut self, d: &Decision) -> Result<Decision, ShiftError> {
        let Decision {
            kind,
            date,
            respond_by,
            office,
            address,
        } = d;
        Ok(Decision {
            kind: *kind,
            date: self.at_date(date)?,
            respond_by: self.opt_date(respond_by.as_ref())?,
            office: self.opt_text(office.as_deref(), "case.decision.office")?,
            // The agency's own address identifies nobody.
            address: address.clone(),
        })
    }

    fn treatment(&mut self, t: &Treatment) -> Result<Treatment, ShiftError> {
        let Treatment {
            condition,
            plan,
            provider,
            start,
        } = t;
        Ok(Treatment {
            condition: self.opt_text(condition.as_deref(), "case.treatment.condition")?,
            plan: self.opt_text(plan.as_deref(), "case.treatment.plan")?,
            provider: self.opt_text(provider.as_deref(), "case.treatment.provider")?,
            start: self.opt_date(start.as_ref())?,
        })
    }

    fn ground(&mut self, n: usize, g: &Ground) -> Result<Ground, ShiftError> {
        let Ground {
            loc,
            id,
            category,
            category_loc,
            cite,
            quote,
            weight,
            points,
        } = g;
        let place = format!("grounds[{n}]");
        let new_id = self.new_id(id);
        self.id(&new_id, &format!("{place}.id"));
        Ok(Ground {
            loc: *loc,
            id: new_id,
            category: category.clone(),
            category_loc: *category_loc,
            cite: self.opt_text(cite.as_deref(), &format!("{place}.cite"))?,
            quote: self.text(quote, &format!("{place}.quote"))?,
            weight: *weight,
            points: points
                .iter()
                .enumerate()
                .map(|(n, p)| self.point(p, &format!("{place}.responses[{n}].point")))
                .collect::<Result<_, _>>()?,
        })
    }

    fn point(&mut self, p: &Point, place: &str) -> Result<Point, ShiftError> {
        let Point { loc, text, citations } = p;
        Ok(Point {
            loc: *loc,
            text: self.text(text, place)?,
            citations: citations
                .iter()
                .map(|c| {
                    let Citation {
                        loc,
                        evidence,
                        pages,
                        grading,
                    } = c;
                    let grading = match grading.as_deref() {
                        Some(Grading {
                            optional,
                            weight,
                            comment,
                        }) => Some(Box::new(Grading {
                            optional: *optional,
                            weight: *weight,
                            comment: comment
                                .as_deref()
                                .map(|text| self.text(text, &format!("{place}.comment")))
                                .transpose()?,
                        })),
                        None => None,
                    };
                    Ok(Citation {
                        loc: *loc,
                        evidence: self.new_id(evidence),
                        pages: pages.clone(),
                        grading,
                    })
                })
                .collect::<Result<_, _>>()?,
        })
    }

    fn evidence(&mut self, evidence: &[Evidence]) -> Result<Vec<Evidence>, ShiftError> {
        let authors = authors(evidence, self)?;
        evidence
            .iter()
            .zip(authors)
            .enumerate()
            .map(|(n, (item, author))| self.item(n, item, author))
            .collect()
    }

    fn item(&mut self, n: usize, item: &Evidence, author: Option<String>) -> Result<Evidence, ShiftError> {
        let Evidence {
            loc,
            id,
            kinds,
            kind_loc,
            title,
            author: _,
            date,
            pages,
            status,
            requested_on,
            submitted_before,
            language,
            translation,
            file,
            notes,
            shows,
        } = item;
        let place = format!("evidence[{n}]");
        let new_id = self.new_id(id);
        self.id(&new_id, &format!("{place}.id"));
        let translation = match translation.as_deref() {
            Some(Translation {
                certified,
                translator,
                pages,
                file,
            }) => Some(Box::new(Translation {
                certified: *certified,
                translator: self
                    .opt_text(translator.as_deref(), &format!("{place}.translation.translator"))?,
                pages: *pages,
                file: self.opt_path(file.as_ref(), &format!("{place}.translation.file"))?,
            })),
            None => None,
        };
        Ok(Evidence {
            loc: *loc,
            id: new_id,
            kinds: kinds.clone(),
            kind_loc: *kind_loc,
            title: self.text(title, &format!("{place}.title"))?,
            author,
            date: self.opt_date(date.as_ref())?,
            pages: *pages,
            status: *status,
            requested_on: self.opt_date(requested_on.as_ref())?,
            submitted_before: *submitted_before,
            language: language.clone(),
            translation,
            file: self.opt_path(file.as_ref(), &format!("{place}.file"))?,
            notes: self.opt_text(notes.as_deref(), &format!("{place}.notes"))?,
            shows: shows.clone(),
        })
    }

    fn opt_path(&mut self, file: Option<&At<String>>, place: &str) -> Result<Option<At<String>>, ShiftError> {
        file.map(|f| Ok(At::new(self.path(&f.value, place)?, f.loc)))
            .transpose()
    }

    fn timeline_entry(&mut self, n: usize, t: &TimelineEntry) -> Result<TimelineEntry, ShiftError> {
        let TimelineEntry {
            loc,
            date,
            event,
            evidence,
        } = t;
        Ok(TimelineEntry {
            loc: *loc,
            date: self.at_date(date)?,
            event: self.text(event, &format!("timeline[{n}].event"))?,
            evidence: evidence
                .iter()
                .map(|id| At::new(self.new_id(&id.value), id.loc))
                .collect(),
        })
    }

    /// A text of prose or a name field: values, dates and names replaced,
    /// and what may still identify someone listed under `place` (a field
    /// path such as `evidence[3].title`). The text is read normalized
    /// ([`normalized`]) but the copy keeps its own characters wherever
    /// nothing was replaced; every replacement goes into the key.
    pub fn text(&mut self, text: &str, place: &str) -> Result<String, ShiftError> {
        let (base, norm) = normalized_mapped(text);
        self.scrubber.script_digits = converted_digits(&norm);
        let scrubbed = self.scrubber.scrub_mapped(&norm.out);
        self.scrubber.script_digits.clear();
        let scrubbed = scrubbed?;
        let named = self
            .people
            .redact_text_mapped(&scrubbed.out, place, &mut self.notes, &mut self.review);
        let replaced = self.replace_by_default(&named.out);
        let anchors = compose(&compose(&scrubbed.anchors, &named.anchors), &replaced.anchors);
        let redacted = replaced.out;
        for stranger in names::titled_strangers(&redacted) {
            self.notes.push(format!(
                "{place}: `{stranger}` looks like the name of a person rebut was not told about; \
                 to replace it, add `--name \"FULL NAME\"`"
            ));
        }
        self.scan(&redacted, place);
        let (copy, edits) = on_original(&base, &norm, &redacted, &anchors);
        if self.shifted.is_none() {
            self.review.scan_dates_as_written(&copy, place);
        }
        self.review.scan_script_digits(&copy, place);
        self.record(place, &base, &copy, edits);
        Ok(copy)
    }

    /// Keeps the edits of a field that changed.
    fn record(&mut self, place: &str, real: &str, copy: &str, edits: Vec<Edit>) {
        if edits.is_empty() {
            return;
        }
        self.restore.push(FieldEdits {
            field: place.to_owned(),
            edits,
        });
        self.fields
            .push((place.to_owned(), real.to_owned(), copy.to_owned()));
    }

    /// What no rule knows to be safe, replaced: links ("[link 2]"),
    /// numbers ("[number 5]"), capitalized words and runs and words in
    /// another script ("[name 4]"), and such runs beside a street or
    /// locality word ("[address 3]"). Each distinct text gets its own
    /// placeholder, in the key.
    fn replace_by_default(&mut self, text: &str) -> Rewrite {
        for w in std::mem::take(&mut self.scrubber.written) {
            self.written.add(&w);
        }
        let spans = self.review.to_replace(text, &self.written);
        let mut out = Rewrite::with_capacity(text.len());
        let mut copied = 0;
        for (start, end, what) in spans {
            let real = &text[start..end];
            let placeholder = match what {
                Replace::Link => self.scrubber.values.placeholder(ValueKind::Link, real),
                Replace::Number => self.scrubber.values.placeholder(ValueKind::Number, real),
                Replace::Address => self.scrubber.values.placeholder(ValueKind::Address, real),
                Replace::BirthDate => self.scrubber.values.placeholder(ValueKind::BirthDate, real),
                // One numbering with the runs the names found uncertain.
                Replace::Name => {
                    self.review.note_named(real);
                    self.people.neutral_placeholder(false, real)
                }
            };
            out.copy(text, copied, start);
            out.put(&placeholder);
            self.written.add(&placeholder);
            copied = end;
        }
        out.copy(text, copied, text.len());
        out
    }

    /// A file path: names become slugs, dates move, numbers become
    /// placeholders a file name can hold.
    pub fn path(&mut self, real: &str, place: &str) -> Result<String, ShiftError> {
        let path = normalized(real);
        let slugged = self.people.redact_slug(&path);
        let scrubbed = self.scrubber.scrub_path(&slugged)?;
        let scrubbed = self.replace_slug_parts(&scrubbed);
        self.scan(&scrubbed, place);
        self.review.scan_slug(&scrubbed, place, &self.written);
        // A path changes as a whole: one edit gives it back.
        if scrubbed != real {
            let edit = Edit {
                at: 0,
                copy: scrubbed.clone(),
                real: real.to_owned(),
            };
            self.record(place, real, &scrubbed, vec![edit]);
        }
        Ok(scrubbed)
    }

    /// Parts of a path that may name someone and no list knows, replaced
    /// by the slug of a name placeholder: "docs/KarimH_AUBMC.pdf" becomes
    /// "docs/name1_name2.pdf", with "[name 1]" and "[name 2]" in the key.
    fn replace_slug_parts(&mut self, path: &str) -> String {
        let spans = self.review.slug_parts_to_replace(path, &self.written);
        let mut out = String::with_capacity(path.len());
        let mut copied = 0;
        for (start, end) in spans {
            let placeholder = self.people.neutral_placeholder(false, &path[start..end]);
            // "name6": no dash before the number, which a date or a number
            // after it would read as its own.
            let slug: String = placeholder
                .trim_matches(['[', ']'])
                .chars()
                .filter(|c| *c != ' ')
                .collect();
            out.push_str(&path[copied..start]);
            out.push_str(&slug);
            self.written.add(&slug);
            copied = end;
        }
        out.push_str(&path[copied..]);
        out
    }

    /// An id, already redacted: what may still name someone is listed.
    pub fn id(&mut self, id: &str, place: &str) {
        self.review.scan_slug(id, place, &self.written);
    }

    /// A date of a field, moved like every other.
    pub fn date(&self, date: Date) -> Result<Date, ShiftError> {
        self.scrubber.dates.shift(date)
    }

    fn scan(&mut self, text: &str, place: &str) {
        for w in std::mem::take(&mut self.scrubber.written) {
            self.written.add(&w);
        }
        self.review.scan(text, place, &self.written, self.shifted);
    }

    pub fn opt_text(&mut self, text: Option<&str>, place: &str) -> Result<Option<String>, ShiftError> {
        text.map(|t| self.text(t, place)).transpose()
    }
}

/// A text as the patterns read it: composed (NFC); no-break and other
/// spaces as spaces; soft hyphens and zero-width spaces gone; hyphens, and
/// dashes between digits, as `-`; full-width letters and digits, and the
/// digits of other scripts (Arabic-Indic, Bengali, Devanagari...), and the
/// Arabic separators between them, as ASCII. "٠٧٧٠ ١٢٣ ٤٥٦" and "0770\u{a0}123\u{2013}456"
/// are then the numbers they look like.
pub fn normalized(text: &str) -> String {
    normalized_mapped(text).1.out
}

/// [`normalized`], with the text it starts from (the text in canonical
/// composition) and the pieces of that the result copies.
fn normalized_mapped(text: &str) -> (String, Rewrite) {
    // A text of ASCII is in canonical composition already, and none of its
    // characters is mapped: it is copied whole.
    if text.is_ascii() {
        let mut out = Rewrite::with_capacity(text.len());
        out.copy(text, 0, text.len());
        return (text.to_owned(), out);
    }
    let base: String = text.nfc().collect();
    let indexed: Vec<(usize, char)> = base.char_indices().collect();
    let chars: Vec<char> = indexed.iter().map(|&(_, c)| c).collect();
    let digit = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit() || c.is_numeric());
    let mut out = Rewrite::with_capacity(text.len());
    for (k, &c) in chars.iter().enumerate() {
        let mapped = match c {
            // No character of ASCII is mapped.
            c if c.is_ascii() => Some(c),
            '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2009}' | '\u{200a}' | '\u{2002}'..='\u{2006}' => {
                Some(' ')
            }
            '\u{ad}' | '\u{200b}' | '\u{feff}' => None,
            '\u{2010}' | '\u{2011}' => Some('-'),
            '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' | '\u{fe63}' | '\u{ff0d}'
                if digit(k.checked_sub(1).and_then(|j| chars.get(j))) && digit(chars.get(k + 1)) =>
            {
                Some('-')
            }
            // The Arabic thousands and decimal separators ("٢٬٤٠٠٬٠٠٠").
            '\u{66c}' if digit(k.checked_sub(1).and_then(|j| chars.get(j))) && digit(chars.get(k + 1)) => {
                Some(',')
            }
            '\u{66b}' if digit(k.checked_sub(1).and_then(|j| chars.get(j))) && digit(chars.get(k + 1)) => {
                Some('.')
            }
            '\u{ff10}'..='\u{ff19}'
            | '\u{ff21}'..='\u{ff3a}'
            | '\u{ff41}'..='\u{ff5a}'
            | '\u{ff0b}'
            | '\u{ff0f}'
            | '\u{ff0e}'
            | '\u{ff20}' => char::from_u32(c as u32 - 0xfee0),
            c => Some(words::decimal_digit(c).map_or(c, |d| char::from(b'0' + d))),
        };
        let at = indexed[k].0;
        match mapped {
            Some(m) if m == c => out.copy(&base, at, at + c.len_utf8()),
            Some(m) => out.put(m.encode_utf8(&mut [0; 4])),
            None => {}
        }
    }
    (base, out)
}

/// Where the normalized text `norm` reads a digit of another script (or a
/// full-width one) as ASCII: the byte offsets of such digits in its text.
fn converted_digits(norm: &Rewrite) -> BTreeSet<usize> {
    let copied = |p: usize| {
        let k = norm.anchors.partition_point(|&(_, o, _)| o <= p);
        k.checked_sub(1).is_some_and(|j| {
            let (_, o, len) = norm.anchors[j];
            p < o + len
        })
    };
    norm.out
        .char_indices()
        .filter(|&(p, c)| c.is_ascii_digit() && !copied(p))
        .map(|(p, _)| p)
        .collect()
}

/// The copy of a field written on its own text (`base`, read as `norm`):
/// what the redaction replaced (`redacted`, whose `anchors` are the pieces
/// it copied from `norm.out`) and, everywhere else, the characters of the
/// case, no-break spaces and dashes included. Returns the copy and its
/// edits.
fn on_original(base: &str, norm: &Rewrite, redacted: &str, anchors: &[Anchor]) -> (String, Vec<Edit>) {
    if anchors.len() == 1 && anchors[0] == (0, 0, norm.out.len()) && norm.out.len() == redacted.len() {
        return (base.to_owned(), Vec::new());
    }
    // Where a position of the normalized text lies in `base`: a start goes
    // before a character normalization changed, an end after it.
    let back = |p: usize, start: bool| -> usize {
        let k = norm.anchors.partition_point(|&(_, o, _)| o <= p);
        match k.checked_sub(1).map(|j| norm.anchors[j]) {
            Some((i, o, len)) if p <= o + len => return i + (p - o),
            Some((i, _, len)) if start => return i + len,
            None if start => return 0,
            _ => {}
        }
        norm.anchors.get(k).map_or(base.len(), |a| a.0)
    };
    let mut copy = String::with_capacity(base.len());
    let mut edits = Vec::new();
    let mut copied = 0;
    let (mut r, mut c) = (0, 0);
    let ends = anchors
        .iter()
        .copied()
        .chain(std::iter::once((norm.out.len(), redacted.len(), 0)));
    for (a_in, a_out, len) in ends {
        if a_in > r || a_out > c {
            let now = &redacted[c..a_out];
            let (from, to) = (back(r, true).max(copied), back(a_in, false).max(copied));
            copy.push_str(&base[copied..from]);
            let was = &base[from..to];
            if was != now {
                edits.push(Edit {
                    at: copy.len(),
                    copy: now.to_owned(),
                    real: was.to_owned(),
                });
            }
            copy.push_str(now);
            copied = to;
        }
        r = a_in + len;
        c = a_out + len;
    }
    copy.push_str(&base[copied..]);
    (copy, edits)
}

/// Redacted authors, one per item. Statuses compare authors without regard to
/// case, so authors equal in that sense share one redaction, and authors that
/// differ stay different even when their redactions would coincide.
fn authors(evidence: &[Evidence], r: &mut Redactor<'_>) -> Result<Vec<Option<String>>, ShiftError> {
    let key = |a: &str| a.trim().to_lowercase();
    // Real author (as compared) to its redaction, and the redactions given.
    let mut groups: HashMap<String, String> = HashMap::new();
    let mut given: HashSet<String> = HashSet::new();
    let mut out = Vec::with_capacity(evidence.len());
    for (e, item) in evidence.iter().enumerate() {
        let Some(author) = item.author.as_deref() else {
            out.push(None);
            continue;
        };
        let place = format!("evidence[{e}].author");
        if let Some(redacted) = groups.get(&key(author)) {
            if redacted != author {
                let edit = Edit {
                    at: 0,
                    copy: redacted.clone(),
                    real: author.to_owned(),
                };
                r.record(&place, author, redacted, vec![edit]);
            }
            out.push(Some(redacted.clone()));
            continue;
        }
        let first = r.text(author, &place)?;
        let mut redacted = first.clone();
        let mut n = 1;
        while given.contains(&key(&redacted)) {
            n += 1;
            redacted = format!("{} ({n})", first.trim_end());
        }
        if n > 1 {
            // The number that tells two authors apart is an edit too: the
            // field goes back whole.
            if r.fields.last().is_some_and(|f| f.0 == place) {
                r.fields.pop();
                r.restore.pop();
            }
            let edit = Edit {
                at: 0,
                copy: redacted.clone(),
                real: author.to_owned(),
            };
            r.record(&place, author, &redacted, vec![edit]);
        }
        given.insert(key(&redacted));
        groups.insert(key(author), redacted.clone());
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
    let existing: HashSet<&str> = all.iter().copied().collect();
    let mut taken: HashSet<String> = HashSet::new();
    let mut map = Vec::new();
    for id in &all {
        let redacted = people.redact_slug(id);
        if redacted == *id {
            continue;
        }
        let mut candidate = redacted.clone();
        let mut n = 1;
        while existing.contains(candidate.as_str()) || taken.contains(&candidate) {
            n += 1;
            candidate = format!("{redacted}-{n}");
        }
        taken.insert(candidate.clone());
        map.push(IdEntry {
            placeholder: candidate,
            real: (*id).to_owned(),
        });
    }
    map
}

/// How the redacted copy checks differently from the original, in words;
/// nothing when statuses and findings agree. Findings are compared by code,
/// severity and subject; `future-date`, `deadline`, `past-start` and
/// `early-start` (given only while the start is ahead) depend on today and
/// are left out when the dates were shifted.
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
            .filter(|f| !(shifted && f.code.depends_on_today()))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A redaction of a normalized text that replaces `from` with `to`.
    fn replaced(norm: &str, from: &str, to: &str) -> Rewrite {
        let mut rw = Rewrite::with_capacity(norm.len());
        let at = norm.find(from).expect("in the text");
        rw.copy(norm, 0, at);
        rw.put(to);
        rw.copy(norm, at + from.len(), norm.len());
        rw
    }

    #[test]
    fn the_copy_is_written_on_the_text_as_the_case_wrote_it() {
        // No-break spaces, an en dash between digits and full-width digits
        // are read as plain ones, and stay where nothing is replaced.
        let real = "Paid 1\u{a0}200 pesos in 2019\u{2013}2021; call 0770\u{a0}123\u{2013}456 now.";
        let (base, norm) = normalized_mapped(real);
        assert_eq!(norm.out, "Paid 1 200 pesos in 2019-2021; call 0770 123-456 now.");
        let redacted = replaced(&norm.out, "0770 123-456", "[phone 1]");
        let (copy, edits) = on_original(&base, &norm, &redacted.out, &redacted.anchors);
        assert_eq!(
            copy,
            "Paid 1\u{a0}200 pesos in 2019\u{2013}2021; call [phone 1] now."
        );
        assert_eq!(
            edits,
            [Edit {
                at: copy.find('[').unwrap(),
                copy: "[phone 1]".to_owned(),
                real: "0770\u{a0}123\u{2013}456".to_owned(),
            }]
        );
        assert_eq!(restore::restore(&copy, &edits), real);

        let wide = "ID \u{ff11}\u{ff12}\u{ff13}\u{ff14}\u{ff15}\u{ff16} on file.";
        let (base, norm) = normalized_mapped(wide);
        let redacted = replaced(&norm.out, "123456", "[number 1]");
        let (copy, edits) = on_original(&base, &norm, &redacted.out, &redacted.anchors);
        assert_eq!(copy, "ID [number 1] on file.");
        assert_eq!(restore::restore(&copy, &edits), wide);
    }

    #[test]
    fn digits_of_other_scripts_are_read_as_ascii() {
        // Bengali, Devanagari, Arabic-Indic and Urdu digits.
        let real = "নং ২০১৫৫৮৯; क्रमांक ४२१७; رقم ٣٥٢٠٢ و ۹۱۸۴";
        assert_eq!(normalized(real), "নং 2015589; क्रमांक 4217; رقم 35202 و 9184");
        // Which digits were written so: the scanner's cue for a short
        // register number ("entry ٤٤") that ASCII digits would not give.
        let (_, norm) = normalized_mapped("entry ٤٤, page 7");
        assert_eq!(converted_digits(&norm).into_iter().collect::<Vec<_>>(), [6, 7]);
    }
}
