//! The decision itself: its kind, date, receipt number, office, deadline,
//! and the people it names.

use super::clean::Para;
use super::text::{self, has_phrase, unquoted};
use crate::model::DecisionKind;
use crate::playbook::NoticeWords;
use crate::text::number_word;
use jiff::ToSpan;
use jiff::civil::Date;
use std::collections::BTreeMap;

/// What the notice says of itself; each finding with how it was found.
#[derive(Debug, Clone, Default)]
pub struct Decision {
    pub kind: Option<(DecisionKind, String)>,
    pub date: Option<(Date, String)>,
    pub receipt: Option<String>,
    pub office: Option<String>,
    /// The deadline, and how it was computed.
    pub respond_by: Option<(Date, String)>,
    /// Why a period that reads as the time to respond was left unread
    /// ("30 business days": not calendar days).
    pub respond_unread: Option<String>,
    pub filed: Option<(Date, String)>,
    pub beneficiary: Option<String>,
    pub petitioner: Option<String>,
    /// The paragraph after which the body starts (the title's).
    pub body_start: usize,
}

const LABELS_BENEFICIARY: [&str; 2] = ["beneficiary", "applicant"];
/// The subject line, which may name the beneficiary ("Re: Anna Olsen")
/// where no line labels one.
const LABELS_SUBJECT: [&str; 1] = ["re"];
const LABELS_PETITIONER: [&str; 3] = ["petitioner", "requestor", "requester"];
/// Labels of the line that dates the notice ("Notice Date: June 4, 2027").
const LABELS_DATE: [&str; 15] = [
    "date",
    "notice date",
    "date of notice",
    "date of this notice",
    "decision date",
    "date of decision",
    "date of this decision",
    "letter date",
    "date of letter",
    "issued",
    "date issued",
    "issue date",
    "date of issue",
    "mailing date",
    "date mailed",
];
const OFFICE_WORDS: [&str; 7] = [
    "division",
    "branch",
    "office",
    "unit",
    "center",
    "directorate",
    "section",
];

pub fn read(paras: &[Para], notices: &BTreeMap<String, NoticeWords>) -> Decision {
    let mut d = Decision::default();
    let (kind, title) = kind(paras, notices);
    d.kind = kind;
    d.body_start = title.map_or_else(|| first_body(paras), |t| t + 1);
    let head = &paras[..d.body_start.min(paras.len())];

    let mut subject = None;
    for para in paras {
        for line in &para.lines {
            if let Some(v) = labelled(line, &LABELS_BENEFICIARY) {
                d.beneficiary.get_or_insert(v);
            } else if let Some(v) = labelled(line, &LABELS_SUBJECT) {
                // "Re: Request for Evidence" names the notice, not a person;
                // "Re: Decision on Form I-131, Receipt IOE0123456789" the
                // form and its receipt.
                let names_a_notice = notices
                    .values()
                    .any(|w| w.titles.iter().any(|t| t.eq_ignore_ascii_case(&v)));
                let numbered = v.split(|c: char| !c.is_ascii_digit()).any(|run| run.len() >= 6)
                    || v.to_lowercase().contains("form ");
                if !names_a_notice && !numbered {
                    subject.get_or_insert(v);
                }
            } else if let Some(v) = labelled(line, &LABELS_PETITIONER) {
                d.petitioner.get_or_insert(v);
            } else if let Some(v) = labelled(line, &LABELS_DATE)
                && let Some(found) = text::dates(&v).first()
            {
                d.date
                    .get_or_insert((found.date, format!("the line \"{}\"", line.trim())));
            }
        }
    }
    // A line labelling the beneficiary outranks the subject line.
    if d.beneficiary.is_none() {
        d.beneficiary = subject;
    }
    let all: String = paras
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    d.receipt = text::receipt(&all);
    if d.date.is_none() {
        // A date standing alone near the top.
        d.date = paras.iter().take(20).find_map(|p| {
            let found = text::dates(&p.text);
            let whole = found.first().filter(|f| p.text.trim().len() == f.end - f.start)?;
            Some((whole.date, format!("the date line \"{}\"", p.text.trim())))
        });
    }
    if d.date.is_none() {
        // Not a date of birth.
        let first_date = |paras: &[Para]| {
            paras
                .iter()
                .filter(|p| {
                    let lower = p.text.to_lowercase();
                    !lower.contains("birth") && !lower.contains("dob")
                })
                .find_map(|p| text::dates(&p.text).first().map(|f| f.date))
        };
        d.date = first_date(head)
            .map(|date| (date, "the first date above the title".to_owned()))
            .or_else(|| first_date(paras).map(|date| (date, "the first date in the notice".to_owned())));
    }
    d.office = head
        .iter()
        .filter(|p| p.lines.len() == 1 && p.text.len() < 120)
        .map(|p| p.text.trim())
        .find(|t| {
            let lower = t.to_lowercase();
            OFFICE_WORDS.iter().any(|w| has_phrase(&lower, w)) && !lower.contains("department of")
        })
        .map(str::to_owned);
    if let Some((date, _)) = d.date {
        let deadlines: Vec<String> = notices
            .values()
            .flat_map(|w| w.deadlines.iter().map(|p| p.to_lowercase()))
            .collect();
        // A denial gives no time to respond, whatever periods its grounds
        // mention.
        if d.kind.as_ref().is_none_or(|(k, _)| *k != DecisionKind::Denial) {
            (d.respond_by, d.respond_unread) = respond_by(paras, date, &deadlines);
        }
        d.filed = filed(paras, date);
    }
    if d.petitioner.is_none() {
        d.petitioner = paras.iter().find_map(|p| {
            let name = p.text.strip_prefix("Dear ")?.trim_end_matches([':', ',']);
            let plausible = name
                .split(' ')
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
            (plausible && !name.contains("Sir") && !name.contains("Madam")).then(|| name.to_owned())
        });
    }
    d
}

/// The value of a `Label: value` line.
fn labelled(line: &str, labels: &[&str]) -> Option<String> {
    let (label, value) = line.split_once(':')?;
    let label = label.trim().to_lowercase();
    let value = value.trim().trim_end_matches(['.', ',', ';']);
    (labels.contains(&label.as_str()) && !value.is_empty()).then(|| value.to_owned())
}

/// The labels of a subject line ("Re: Request for Evidence").
const SUBJECT_LABELS: [&str; 4] = ["re", "subject", "regarding", "in re"];

/// The value of a subject line, lower case ("Re: Request for Evidence"
/// gives "request for evidence").
fn subject(line: &str) -> Option<String> {
    let (label, value) = line.split_once(':')?;
    SUBJECT_LABELS
        .contains(&label.trim().to_lowercase().as_str())
        .then(|| value.trim().trim_end_matches(['.', ':']).to_lowercase())
}

/// Where a title stands: its paragraph, its line there, and the line.
type TitleAt<'a> = (usize, usize, &'a str);

/// A title of a kind of notice in the playbook, standing alone: a
/// paragraph of its own, a whole line inside one (a letterhead whose lines
/// were not set apart by blank lines), or the value of a subject line
/// ("Re: Request for Evidence"); with its paragraph and line.
fn title_of<'a>(paras: &'a [Para], titles: &[String]) -> Option<TitleAt<'a>> {
    let bare = |text: &str| text.trim().trim_end_matches(['.', ':']).to_lowercase();
    let is_title = |t: &str| titles.iter().any(|w| t == w.to_lowercase());
    paras.iter().enumerate().find_map(|(i, p)| {
        let t = bare(&p.text);
        let own = t.chars().count() <= 70
            && titles.iter().any(|w| {
                let w = w.to_lowercase();
                t == w || (t.starts_with(&w) && t[w.len()..].starts_with(' '))
            });
        if own {
            return Some((i, 0, p.text.trim()));
        }
        p.lines
            .iter()
            .enumerate()
            .find(|(_, line)| is_title(&bare(line)) || subject(line).is_some_and(|v| is_title(&v)))
            .map(|(k, line)| (i, k, line.trim()))
    })
}

/// The kind, from a title standing alone (worth most) and the operative
/// words outside quotations; with the title's paragraph. Only the first
/// title of the notice counts: a title further on heads a copy of an
/// earlier notice, enclosed or quoted ("ENCLOSURE -- COPY OF EARLIER
/// NOTICE" then "NOTICE OF INTENT TO DENY"), not this decision.
fn kind(
    paras: &[Para],
    notices: &BTreeMap<String, NoticeWords>,
) -> (Option<(DecisionKind, String)>, Option<usize>) {
    let titles: Vec<(&str, Option<TitleAt>)> = ["noid", "rfe", "denial"]
        .iter()
        .map(|name| (*name, notices.get(*name).and_then(|w| title_of(paras, &w.titles))))
        .collect();
    let first = titles.iter().filter_map(|(_, t)| t.map(|(i, k, _)| (i, k))).min();
    let mut best: Option<(u32, DecisionKind, String, Option<usize>)> = None;
    for (name, title) in titles {
        let (Some(words), Some(kind)) = (notices.get(name), DecisionKind::parse(name)) else {
            continue;
        };
        let mut score = 0;
        let mut why = Vec::new();
        let title = title.filter(|&(i, k, _)| Some((i, k)) == first);
        if let Some((_, _, line)) = title {
            score += 10;
            why.push(format!("the title \"{line}\""));
        }
        let title = title.map(|(i, _, _)| i);
        for phrase in &words.operative {
            let p = phrase.to_lowercase();
            if paras
                .iter()
                .any(|para| has_phrase(&unquoted(&para.text.to_lowercase()), &p))
            {
                score += 3;
                why.push(format!("\"{phrase}\""));
            }
        }
        if score > 0 && best.as_ref().is_none_or(|b| score > b.0) {
            best = Some((score, kind, why.join(", "), title));
        }
    }
    match best {
        Some((_, kind, why, title)) => (Some((kind, why)), title),
        None => (None, None),
    }
}

/// Without a title: the first paragraph that reads as prose.
fn first_body(paras: &[Para]) -> usize {
    paras.iter().position(|p| p.text.len() >= 100).unwrap_or(0)
}

/// A sentence about answering this notice: it, or the sentence before it
/// in its paragraph ("You may send a written reply. It must reach this
/// office by ..."), holds a word of responding.
pub fn about_responding(sentence: &str) -> bool {
    let s = sentence.to_lowercase();
    [
        "respon",
        "reply",
        "answer",
        "rebut",
        "submit",
        "receiv",
        "this office",
        "send",
        "mail",
        "reach us",
        "reaches us",
        "above by",
    ]
    .iter()
    .any(|w| s.contains(w))
}

/// The response deadline, read only from sentences about responding (see
/// [`about_responding`]): a date after the decision that directly follows
/// one of the playbook's `deadlines` words ending in "by", "than" or
/// "before" ("must be received by June 1, 2026"), or a period counted from
/// the decision's date ("within 30 days of the date of this notice",
/// "within 12 weeks of its date"). The day of an appointment or a tax
/// return's due day in a ground is no deadline, nor is a period counted
/// from anything else. With why a period was left unread ("30 business
/// days").
fn respond_by(
    paras: &[Para],
    decided: Date,
    deadlines: &[String],
) -> (Option<(Date, String)>, Option<String>) {
    let mut unread = None;
    let by_words: Vec<&String> = deadlines
        .iter()
        .filter(|w| w.ends_with(" by") || w.ends_with(" than") || w.ends_with(" before"))
        .collect();
    for para in paras {
        let mut before_about = false;
        for start in std::iter::once(0).chain(text::sentence_starts(&para.text)) {
            let sentence = sentence_at(&para.text, start);
            let s = sentence.to_lowercase();
            let about = about_responding(sentence);
            let asked = about || before_about;
            before_about = about;
            if !asked {
                continue;
            }
            let stated = text::dates(sentence).into_iter().find(|f| {
                let full = s[..f.start.min(s.len())].trim_end();
                let bare = without_hour(full);
                // A day given with its hour ("by 11:59 p.m. ... on") is a
                // time to file, not a day in the facts.
                let timed = bare.len() < full.len();
                let head = without_weekday(bare);
                f.date > decided
                    && (by_words.iter().any(|w| head.ends_with(w.as_str()))
                        || about && by_words.iter().any(|w| named_then_dated(head, w))
                        || [" by", " before", " than"].iter().any(|w| head.ends_with(w))
                            && (timed && about || deadlines.iter().any(|w| s.contains(w.as_str()))))
            });
            if let Some(found) = stated {
                return (
                    Some((found.date, format!("the notice: \"{}\"", sentence.trim()))),
                    None,
                );
            }
            match within_period(&s) {
                Ok(Some((period, counted_from))) => {
                    // "...within 30 days of this notice. Because the notice
                    // was sent by mail, three more days are allowed.": the
                    // days for the post granted in the next sentence.
                    let period = match period {
                        Period::Days(n) => {
                            let next = sentence_at(&para.text, start_of_next(&para.text, start));
                            days_added_for_the_post(&next.to_lowercase())
                                .map_or(period, |m| Period::Mailing(n, m))
                        }
                        _ => period,
                    };
                    // "within 30 days after service of this notice": from
                    // the day the certificate of service shows.
                    let (from, named) = match counted_from {
                        Start::Notice => (decided, text::spoken(decided)),
                        Start::Service => {
                            let Some(served) = served_on(paras, decided) else {
                                unread.get_or_insert(format!(
                                    "a period counted from service, with no day of service shown: \"{}\"",
                                    sentence.trim()
                                ));
                                continue;
                            };
                            (served, format!("{} (served)", text::spoken(served)))
                        }
                    };
                    let Some((date, counted)) = period.after(from) else {
                        continue;
                    };
                    return (
                        Some((
                            date,
                            format!(
                                "{named} + {counted} = {}; the notice: \"{}\"",
                                text::spoken(date),
                                sentence.trim()
                            ),
                        )),
                        None,
                    );
                }
                Ok(None) => {}
                Err(why) => {
                    unread.get_or_insert(format!("{why}: \"{}\"", sentence.trim()));
                }
            }
        }
    }
    (None, unread)
}

/// The days of the week, lowercased.
pub(super) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The words before a date that name the day first and then give it, set
/// off by a comma ("must arrive no later than the result of Step 3,
/// January 9, 2028"): a deadline word, then a short phrase opening with
/// "the" and ending in a comma.
fn named_then_dated(head: &str, word: &str) -> bool {
    let Some(named) = head.strip_suffix(',') else {
        return false;
    };
    named.rfind(word).is_some_and(|i| {
        let rest = &named[i + word.len()..];
        rest.starts_with(" the ") && !rest.contains(',') && rest.split_whitespace().count() <= 5
    })
}

/// The words before a date without the day of the week that opens it
/// ("received by Friday, August 27": "received by").
fn without_weekday(head: &str) -> &str {
    let bare = head.trim_end_matches(',').trim_end();
    WEEKDAYS
        .iter()
        .find_map(|d| bare.strip_suffix(d))
        .filter(|rest| rest.is_empty() || rest.ends_with(' '))
        .map_or(head, str::trim_end)
}

/// The words before a date without the hour that opens it ("by 11:59
/// p.m. eastern time on": "by"): after "by" or "before", a time of day in
/// figures ("5:00", "5 p.m.") and its zone, ending in "on" or a comma.
fn without_hour(head: &str) -> &str {
    for w in [" by ", " before "] {
        let Some(i) = head.rfind(w) else {
            continue;
        };
        let rest = &head[i + w.len()..];
        let bare = rest.trim_end_matches(',').trim_end();
        let timed = rest.starts_with(|c: char| c.is_ascii_digit())
            && (rest.contains(':') || rest.contains("a.m") || rest.contains("p.m"));
        if timed && rest.len() <= 40 && (bare.ends_with(" on") || rest.ends_with(',')) {
            return &head[..i + w.len() - 1];
        }
    }
    head
}

fn sentence_at(text: &str, start: usize) -> &str {
    let rest = &text[start..];
    let end = text::sentence_starts(rest).first().copied().unwrap_or(rest.len());
    &rest[..end]
}

/// A period counted from the notice: so many days, weeks or months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Period {
    Days(i64),
    Weeks(i64),
    Months(i64),
    /// Days, and days the notice adds for the post.
    Mailing(i64, i64),
}

impl Period {
    /// The day the period ends, counted from `from`; with how, in the
    /// notice's own unit ("+ 8 weeks (56 days)", "+ 2 months").
    fn after(self, from: Date) -> Option<(Date, String)> {
        match self {
            Period::Days(n) => Some((from.checked_add(n.days()).ok()?, format!("{n} days"))),
            Period::Weeks(n) => Some((
                from.checked_add((n * 7).days()).ok()?,
                format!("{n} weeks ({} days)", n * 7),
            )),
            Period::Months(n) => Some((
                from.checked_add(n.months()).ok()?,
                format!("{n} month{}", if n == 1 { "" } else { "s" }),
            )),
            Period::Mailing(n, m) => Some((
                from.checked_add((n + m).days()).ok()?,
                format!("{n} days + {m} days for mailing ({} days)", n + m),
            )),
        }
    }
}

/// The words right after the unit that count the period from the notice
/// itself: "of the date of this notice", "from the date of this letter",
/// "of its date". "Of the date of its letter" (a third party's) and "from
/// the day you receive the copy" are not.
const FROM_THE_NOTICE: [&str; 25] = [
    "of the date above",
    // "sixty (60) days from the Date of Notice": the notice's date by its
    // label, without an article.
    "of the date of notice",
    "from the date of notice",
    "after the date of notice",
    // "within 84 days of the Issue Date": the notice's date by its label.
    "of the issue date",
    "from the issue date",
    "after the issue date",
    "from the date above",
    "after this ",
    "after the notice date",
    "of the notice date",
    "from the notice date",
    "after the date above",
    "of the date of the decision",
    "from the date of the notice",
    "of the date of this ",
    "from the date of this ",
    "of the date on this ",
    "from the date on this ",
    "after the date of this ",
    "of the date of the notice",
    "of the date of the request",
    "of its date",
    "from its date",
    "of this ",
];
/// What "this" must name in those words.
const THIS_NOTICE: [&str; 5] = ["notice", "letter", "decision", "request", "rfe"];
/// "of the date this notice was issued": the verbs that date the notice
/// itself. "Was received" is the reader's day, which the notice cannot
/// know.
const THIS_NOTICE_WAS: [&str; 6] = ["issued", "sent", "mailed", "dated", "signed", "served"];
/// "within 45 days from the date printed above": the words that point to
/// the date at the notice's head.
const DATE_ABOVE: [&str; 7] = [
    "printed",
    "shown",
    "given",
    "stated",
    "written",
    "typed",
    "that appears",
];
/// A participle before "within" that says how fresh evidence must be
/// ("an evaluation completed within 60 days of ..."), not when to answer.
const FRESHNESS: [&str; 10] = [
    "completed",
    "dated",
    "issued",
    "performed",
    "conducted",
    "prepared",
    "signed",
    "taken",
    "written",
    "done",
];

/// "within 30 days of the date of this notice", "within thirty (30) days",
/// "you have 30 days from the date of this notice", "within 12 weeks of
/// the date of this notice", "within two months of its date", "within two
/// weeks and three days of ...". Days named before it and bound by no
/// word of a limit ("three days are added, and a reply received within 33
/// days of ...") are passed over. `Err` says why a period that reads as
/// the time to respond was left unread ("30 business days").
fn within_period(sentence: &str) -> Result<Option<(Period, Start)>, String> {
    type Unit = (&'static str, fn(i64) -> Period);
    const UNITS: [Unit; 6] = [
        (" days", Period::Days),
        (" day", Period::Days),
        (" weeks", Period::Weeks),
        (" week", Period::Weeks),
        (" months", Period::Months),
        (" month", Period::Months),
    ];
    let unit_after = |from: usize| {
        UNITS
            .iter()
            .filter_map(|&(unit, make)| {
                sentence[from..]
                    .match_indices(unit)
                    .map(|(i, _)| i + from)
                    .find(|&i| !sentence[i + unit.len()..].starts_with(|c: char| c.is_alphanumeric()))
                    .map(|i| (i, unit, make))
            })
            .min_by_key(|&(i, unit, _)| (i, std::cmp::Reverse(unit.len())))
    };
    let Some((unit_at, unit, make)) = unit_after(0) else {
        return Ok(None);
    };
    let head = &sentence[..unit_at];
    let Some(at) = count_bound(head) else {
        // "three days are added, and a response received within 33 days
        // of the date above ...": days named before the period, bound by
        // no word of a limit, are not it; the period may come after.
        return within_period(&sentence[unit_at + unit.len()..]);
    };
    if let Some(word) = head[..at].split_whitespace().nth_back(1)
        && FRESHNESS.contains(&word)
    {
        return Ok(None);
    }
    let count = &sentence[at..unit_at];
    if count.len() > 25 {
        return Ok(None);
    }
    let mut after = &sentence[unit_at + unit.len()..];
    // "two weeks and three days": the days added to the weeks.
    let mut extra_days = 0;
    if after.starts_with(" and ")
        && let Some((i, u, _)) = unit_after(unit_at + unit.len() + 5)
        && u.starts_with(" day")
        && i - (unit_at + unit.len() + 5) <= 15
    {
        let Some(n) = count_of(&sentence[unit_at + unit.len() + 5..i]) else {
            return Ok(None);
        };
        extra_days = n;
        after = &sentence[i + u.len()..];
    }
    // "within 30 days, to which we add 3 days for mailing: a total of 33
    // days from the date above": the total the notice states is the count.
    if let Some((total, end)) = stated_total(sentence, unit)
        && counts_from_the_notice(&sentence[end..])
    {
        return Ok(Some((make(total), Start::Notice)));
    }
    let counted_from = if counts_from_the_notice(after) {
        Start::Notice
    } else if counts_from_service(after) {
        Start::Service
    } else {
        return Ok(None);
    };
    let words: Vec<&str> = count.split_whitespace().collect();
    if let Some(kind) = words
        .iter()
        .find(|w| ["business", "working", "court"].contains(w))
    {
        return Err(format!("a period in {kind} days, not calendar days, left unread"));
    }
    let Some(n) = count_of(count) else {
        return Ok(None);
    };
    if n <= 0 {
        return Ok(None);
    }
    let period = if extra_days > 0 {
        match make(n) {
            Period::Weeks(w) => Period::Days(w * 7 + extra_days),
            Period::Days(d) => Period::Days(d + extra_days),
            Period::Months(_) | Period::Mailing(..) => return Ok(None),
        }
    } else {
        make(n)
    };
    // "within 30 days of the date this notice was issued, plus 3 days for
    // mailing": the notice itself counts the days for the post.
    Ok(Some((
        match (period, mailing_days(after)) {
            (Period::Days(d), Some(m)) => Period::Mailing(d, m),
            _ => period,
        },
        counted_from,
    )))
}

/// Where a period is counted from: the notice's own date, or the day it
/// was served.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Start {
    Notice,
    Service,
}

/// The words right after a period's unit count it from the day the notice
/// was served on the reader ("within 30 days after service of this
/// notice", "of the date of service").
fn counts_from_service(after: &str) -> bool {
    let after = after.trim_start().trim_start_matches(',').trim_start();
    ["after ", "of ", "from "].iter().any(|w| {
        after.strip_prefix(w).is_some_and(|rest| {
            let rest = rest.strip_prefix("the date of ").unwrap_or(rest);
            rest.starts_with("service of this ")
                && THIS_NOTICE
                    .iter()
                    .any(|n| rest["service of this ".len()..].starts_with(n))
                || rest.starts_with("service.")
                || rest.starts_with("service,")
                || rest.trim_end() == "service"
        })
    })
}

/// The day a certificate of service says the notice was served: a date,
/// not before the notice's own, in a sentence that certifies and says the
/// notice was served or mailed ("I certify that on September 3, 2027, I
/// served a copy of this notice by first class mail ...").
fn served_on(paras: &[Para], decided: Date) -> Option<Date> {
    paras.iter().find_map(|para| {
        std::iter::once(0)
            .chain(text::sentence_starts(&para.text))
            .find_map(|start| {
                let sentence = sentence_at(&para.text, start);
                let s = sentence.to_lowercase();
                let certifies = s.contains("certify") || s.contains("certified that");
                let served = s.contains(" served ") || s.contains(" mailed ");
                if !(certifies && served) {
                    return None;
                }
                // "... the notice dated September 1 was served on
                // September 4": the service is the latest day named, never
                // before the notice.
                text::dates(sentence)
                    .into_iter()
                    .map(|f| f.date)
                    .filter(|&d| d >= decided)
                    .max()
            })
    })
}

/// Where the sentence after the one at `start` begins.
fn start_of_next(text: &str, start: usize) -> usize {
    text::sentence_starts(text)
        .into_iter()
        .find(|&i| i > start)
        .unwrap_or(text.len())
}

/// Where the count of a period starts in the words before its unit: past
/// the last word that bounds it ("within ", "no later than ", "is due ")
/// or past the "is" of what the period to answer is ("The response period
/// for this request is 60 days"). "No later than 40 days after the notice
/// date": a bound on the count.
fn count_bound(head: &str) -> Option<usize> {
    [
        "within ",
        "have ",
        // "The requestor has thirty-three calendar days from ..."
        "has ",
        "no later than ",
        "not later than ",
        "no more than ",
        "not more than ",
        // "Your response is due 33 days after the date ..."
        "is due ",
        "are due ",
    ]
    .iter()
    .filter_map(|w| head.rfind(w).map(|i| i + w.len()))
    // "The response period for this request is 60 days, counted from
    // ...": what the period to answer is.
    .chain(
        head.rfind(" is ")
            .filter(|&i| head[..i].contains("period"))
            .map(|i| i + " is ".len()),
    )
    .max()
}

/// The days a notice adds for the post after the period ("…, plus 3 days
/// for mailing"): "plus", a count of days, and a word of mailing in the
/// words right after.
fn mailing_days(after: &str) -> Option<i64> {
    let Some(at) = after.find(" plus ").map(|i| i + " plus ".len()) else {
        return days_added_for_the_post(after);
    };
    // The words between the period and "plus" point to the date it runs
    // from; a "plus" further on is another matter, and one that breaks
    // down the period already counted ("within 33 days of the date of
    // this notice (30 days plus 3 days for mailing)") adds nothing.
    let between = &after[..at];
    if at > 80 || between.contains('(') || between.contains(" day") {
        return None;
    }
    let rest = &after[at..];
    // "plus 3 for mailing": the count in the period's own days.
    if let Some((count, tail)) = rest.split_once(" for ")
        && tail.starts_with("mail")
        && let Some(n) = count_of(count).filter(|&n| n > 0 && n <= 10)
    {
        return Some(n);
    }
    let unit = [" days", " day"]
        .iter()
        .find_map(|u| rest.find(u).map(|i| (i, u.len())))?;
    let n = count_of(&rest[..unit.0]).filter(|&n| n > 0 && n <= 10)?;
    let tail: String = rest[unit.0 + unit.1..].chars().take(30).collect();
    tail.contains("mail").then_some(n)
}

/// The days a later clause of the sentence adds because the notice goes by
/// post ("...; because this notice is being mailed, 3 days are added to
/// that period"): a count of days that "are added" or "will be added",
/// in a sentence that speaks of mail or the post. A breakdown in brackets
/// adds nothing.
fn days_added_for_the_post(after: &str) -> Option<i64> {
    if after.contains('(') || !(after.contains("mail") || after.contains("post")) {
        return None;
    }
    // "..., and the 33 days already include them": counted once only.
    if ["already", "include them", "includes them", "are included"]
        .iter()
        .any(|w| after.contains(w))
    {
        return None;
    }
    for added in [
        " days are added",
        " days will be added",
        " day is added",
        // "Because the notice was sent by mail, three more days are
        // allowed."
        " more days are allowed",
        " additional days are allowed",
        // "...; 3 further days are allowed because it was mailed."
        " further days are allowed",
    ] {
        if let Some(i) = after.find(added) {
            let count = after[..i].split_whitespace().next_back()?;
            return count_of(count).filter(|&n| n > 0 && n <= 10);
        }
    }
    None
}

/// The words after a period's unit count it from the notice itself:
/// "of the date of this notice", "(counted) from the notice date above",
/// "from the date printed above", "of the date this notice was issued",
/// "after the date on which this notice was issued".
fn counts_from_the_notice(after: &str) -> bool {
    // "thirty (30) days, counted from the notice date above"
    let after = after.trim_start().trim_start_matches(',').trim_start();
    let after = ["counted ", "counting ", "running ", "starting "]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    let this_notice_was = |r: &str| {
        THIS_NOTICE.iter().any(|n| {
            r.strip_prefix(n)
                .and_then(|r| r.strip_prefix(" was "))
                .is_some_and(|r| THIS_NOTICE_WAS.iter().any(|v| r.starts_with(v)))
        })
    };
    FROM_THE_NOTICE.iter().any(|w| {
        after.starts_with(w)
            && (!w.ends_with("this ") || THIS_NOTICE.iter().any(|n| after[w.len()..].starts_with(n)))
    }) || [
        "of the date ",
        "from the date ",
        "after the date ",
        "of the day ",
        "from the day ",
        "after the day ",
    ]
    .iter()
    .any(|w| {
        after.strip_prefix(w).is_some_and(|rest| {
            // "of the date printed above", "from the date printed at the
            // top of this notice"
            DATE_ABOVE.iter().any(|d| {
                rest.strip_prefix(d).is_some_and(|r| {
                    r.starts_with(" above")
                        || r.starts_with(" at the top")
                        || r.starts_with(" at the head")
                        // "the date printed on this notice"
                        || r.strip_prefix(" on this ")
                            .is_some_and(|r| THIS_NOTICE.iter().any(|n| r.starts_with(n)))
                })
            })
                // "of the date this notice was issued", "after the date
                // on which this notice was issued"
                || rest
                    .strip_prefix("on which ")
                    .unwrap_or(rest)
                    .strip_prefix("this ")
                    .is_some_and(this_notice_was)
        })
    })
}

/// The number a count names: figures, words, or both ("thirty-three
/// (33)"); none when it names two ("4 to 6") or holds other words.
pub(super) fn count_of(count: &str) -> Option<i64> {
    let mut found: Option<i64> = None;
    for word in count.split_whitespace() {
        let w = word.trim_matches(|c: char| c == '(' || c == ')' || c == ',');
        let n = if w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty() {
            w.parse().ok()?
        } else if let Some(n) = number_word(w) {
            n
        } else if ["calendar", "a", "the", "full"].contains(&w) || w.is_empty() {
            continue;
        } else {
            return None;
        };
        match found {
            Some(m) if m != n => return None,
            _ => found = Some(n),
        }
    }
    found
}

/// The count after "a total of" ("a total of 33 days", "a total of
/// thirty-three (33) days") in the period's own unit, and where the words
/// after that unit start.
fn stated_total(sentence: &str, unit: &str) -> Option<(i64, usize)> {
    let at = sentence.find("total of ")? + "total of ".len();
    let rest = &sentence[at..];
    let end = rest.find(unit)?;
    let count = &rest[..end];
    if count.len() > 25 {
        return None;
    }
    let digits: String = count.chars().filter(char::is_ascii_digit).collect();
    let n = match digits.parse() {
        Ok(n) => n,
        Err(_) => count.split_whitespace().find_map(number_word)?,
    };
    (n > 0).then_some((n, at + end + unit.len()))
}

/// "On January 20, 2026, you filed", "filed on December 2, 2025".
fn filed(paras: &[Para], decided: Date) -> Option<(Date, String)> {
    for para in paras {
        for start in std::iter::once(0).chain(text::sentence_starts(&para.text)) {
            let sentence = sentence_at(&para.text, start);
            let lower = sentence.to_lowercase();
            if !(lower.contains(" filed") || lower.starts_with("filed")) {
                continue;
            }
            if let Some(found) = text::dates(sentence).into_iter().find(|f| f.date < decided) {
                return Some((found.date, format!("the notice: \"{}\"", sentence.trim())));
            }
        }
    }
    None
}
