//! A finding as a draft memo states it: in the memo's own terms (the ground
//! by its numeral and heading, the exhibit by its letter or title) and the
//! fix as a task. The terminal and JSON keep ids and codes; a memo never
//! shows them.

use super::prose::title_in_prose;
use super::requests::Lookup;
use crate::check::{Checked, Code, Finding, Subject, days_between};
use crate::model::Evidence;
use crate::text::roman;

pub use super::prose::us_date;

fn ground_name(checked: &Checked, g: usize) -> String {
    let ground = &checked.case.grounds[g];
    let heading = checked
        .playbook
        .category(&ground.category)
        .map_or(ground.category.as_str(), |c| c.heading.as_str());
    format!("Ground {} ({heading})", roman(g + 1))
}

fn exhibit_name(checked: &Checked, i: usize) -> String {
    let e = &checked.case.evidence[i];
    match checked.plan.of(i) {
        Some(x) => format!("Exhibit {}", x.letter),
        None => format!("the {}", title_in_prose(&e.title)),
    }
}

/// Who to ask for a document: its author, or whoever made it.
fn from_whom(e: &Evidence) -> String {
    e.author
        .as_deref()
        .map_or_else(|| "its author".to_owned(), str::to_owned)
}

/// A name inside a sentence that goes on: "Dr. Paz, City Hospital," takes
/// a closing comma when it holds one.
fn set_off(name: &str) -> String {
    if name.contains(',') {
        format!("{name},")
    } else {
        name.to_owned()
    }
}

fn plural(n: i32, word: &str) -> String {
    let count = super::prose::number_words(i64::from(n));
    format!("{count} {word}{}", if n == 1 { "" } else { "s" })
}

/// The finding `f` as a draft states it. What the file already holds to
/// answer it is looked up in `lookup`, never by a scan of the evidence.
pub fn message(f: &Finding, lookup: &Lookup) -> String {
    let checked = lookup.checked();
    let case = &checked.case;
    match (f.code, &f.subject) {
        (Code::UnansweredGround, Subject::Ground(g)) => format!(
            "{} has no answer yet: write the points that answer it and cite the exhibits that prove them",
            ground_name(checked, *g)
        ),
        (Code::UnsupportedGround, Subject::Ground(g)) => format!(
            "no point under {} cites an exhibit: cite the documents that prove it",
            ground_name(checked, *g)
        ),
        (Code::PendingEvidence, Subject::Ground(g)) => {
            let asks: Vec<String> = checked.report.grounds[*g]
                .evidence
                .iter()
                .map(|&i| &case.evidence[i])
                .map(|e| format!("the {} from {}", title_in_prose(&e.title), from_whom(e)))
                .collect();
            format!(
                "{} rests only on documents not yet received: obtain {}",
                ground_name(checked, *g),
                super::prose::join_and(&asks)
            )
        }
        (Code::UnsupportedPoint, _) => {
            "this point cites no exhibit: cite the document that proves it, or leave the point out".to_owned()
        }
        (Code::StaleOpinion | Code::NoNewEvidence, Subject::Ground(g)) => old_evidence(f.code, *g, lookup),
        (Code::ExpectedEvidence, Subject::Ground(g)) if case.info.exercise => format!(
            "{} is usually answered with a kind of evidence no point cites yet: find it in the record, or explain its absence",
            ground_name(checked, *g)
        ),
        (Code::ExpectedEvidence, Subject::Ground(g)) => {
            let ground = &case.grounds[*g];
            let cited: Vec<&Evidence> = checked.report.grounds[*g]
                .evidence
                .iter()
                .map(|&i| &case.evidence[i])
                .collect();
            let missing: Vec<(String, bool)> = checked
                .playbook
                .category(&ground.category)
                .map(|c| {
                    c.expects
                        .iter()
                        .filter(|t| !cited.iter().any(|e| e.is_kind(t)))
                        .map(|t| super::prose::kind_in_prose(checked.playbook.type_label(t)))
                        .collect()
                })
                .unwrap_or_default();
            let it = if missing.len() == 1 && !missing[0].1 {
                "it"
            } else {
                "them"
            };
            let missing: Vec<String> = missing.into_iter().map(|(k, _)| k).collect();
            format!(
                "{} is usually answered with {}, which no point cites: obtain and cite {it}, or explain the absence",
                ground_name(checked, *g),
                super::prose::join_and(&missing)
            )
        }
        (Code::SingleSource, Subject::Ground(g)) => format!(
            "{} rests on one author only: add a document of another kind from another source",
            ground_name(checked, *g)
        ),
        _ => other_message(f, checked),
    }
}

/// A ground that rests on opinions older than the decision, or (after a
/// denial) only on what the prior request had: cite the current document
/// the file already holds, else obtain one.
fn old_evidence(code: Code, g: usize, lookup: &Lookup) -> String {
    let checked = lookup.checked();
    let case = &checked.case;
    let current = || lookup.current_for(g);
    match code {
        Code::StaleOpinion if !current().is_empty() => {
            let current: Vec<String> = current().into_iter().map(|i| exhibit_name(checked, i)).collect();
            format!(
                "every opinion cited for {} predates the decision of {}: cite {}, already in the file and dated after it",
                ground_name(checked, g),
                us_date(case.info.decision.date.value),
                super::prose::join_and(&current)
            )
        }
        Code::StaleOpinion => {
            let authors: Vec<String> = checked.report.grounds[g]
                .evidence
                .iter()
                .map(|&i| &case.evidence[i])
                .filter(|e| checked.playbook.is_opinion_any(&e.kinds) && e.date.is_some())
                .map(from_whom)
                .collect();
            format!(
                "every opinion cited for {} predates the decision of {}: ask {} for an updated opinion, dated and signed",
                ground_name(checked, g),
                us_date(case.info.decision.date.value),
                set_off(&super::prose::join_and(&dedup(authors)))
            )
        }
        _ => match lookup.answers_in_file(g, true) {
            Some(i) => format!(
                "{} rests only on exhibits submitted with the prior request: cite {}, already in the file and dated after the decision",
                ground_name(checked, g),
                exhibit_name(checked, i)
            ),
            None => format!(
                "{} rests only on exhibits submitted with the prior request: obtain new evidence that answers it",
                ground_name(checked, g)
            ),
        },
    }
}

/// Findings about one exhibit or about the case as a whole.
fn other_message(f: &Finding, checked: &Checked) -> String {
    let case = &checked.case;
    match (f.code, &f.subject) {
        (Code::UnusedEvidence, Subject::Evidence(i)) => format!(
            "no point cites the {}: cite it where it answers a ground, or leave it out of the packet",
            title_in_prose(&case.evidence[*i].title)
        ),
        (Code::UndatedOpinion, Subject::Evidence(i)) => format!(
            "{} is undated: ask {} to date and sign it",
            exhibit_name(checked, *i),
            set_off(&from_whom(&case.evidence[*i]))
        ),
        (Code::MissingTranslation, Subject::Evidence(i)) => format!(
            "{} is not in English and has no certified translation: obtain a full English translation, certified by the translator as complete and accurate",
            exhibit_name(checked, *i)
        ),
        (Code::MissingFile, Subject::Evidence(i)) => format!(
            "the scanned copy of {} is not in the case folder: add it before assembling the packet",
            exhibit_name(checked, *i)
        ),
        (Code::PageCount, Subject::Evidence(i)) => format!(
            "the page count of {} in the case file is not the one its scanned copy has: correct it before assembling the packet",
            exhibit_name(checked, *i)
        ),
        (Code::FutureDate, Subject::Evidence(i)) => format!(
            "{} is dated after today: check its date",
            exhibit_name(checked, *i)
        ),
        (Code::Deadline, _) => match &case.info.decision.respond_by {
            Some(by) => {
                let left = days_between(checked.today, by.value);
                let when = match left {
                    n if n < 0 => format!("was due on {}, {} ago", us_date(by.value), plural(-n, "day")),
                    0 => format!("is due today, {}", us_date(by.value)),
                    n => format!("is due on {}, in {}", us_date(by.value), plural(n, "day")),
                };
                format!("the response {when}: the agency must receive it by then")
            }
            None => "check the response deadline on the notice".to_owned(),
        },
        (Code::MalformedReceipt, _) => {
            "the receipt number does not have the usual form of three letters and ten digits: check it against the notice".to_owned()
        }
        (Code::FutureDate, _) => {
            let info = &case.info;
            let what = if f.loc == info.filed.loc {
                "the filing date"
            } else if f.loc == info.decision.date.loc {
                "the decision's date"
            } else if info.beneficiary.born.as_ref().is_some_and(|b| b.loc == f.loc) {
                "the beneficiary's date of birth"
            } else {
                "a date in the chronology"
            };
            format!("{what} is after today: check it")
        }
        (Code::MissingAddress, _) => missing_address(checked),
        (Code::MissingBaseline, _) => {
            // The finding names the type by its label; find which it is.
            let playbook = checked.playbook;
            match super::requests::baseline_kind(checked, f) {
                Some(t) => format!(
                    "the record has no {}, which every complete request needs whatever the denial said: obtain it{}",
                    lower_first(playbook.type_label(t)),
                    super::requests::asked_of(checked, t)
                        .map_or_else(String::new, |who| format!(" from {who}"))
                ),
                None => plain(&f.message),
            }
        }
        (Code::EarlyStart, _) => {
            let info = &case.info;
            match (
                info.treatment.as_ref().and_then(|t| t.start.as_ref()),
                info.decision.respond_by.as_ref(),
            ) {
                (Some(start), Some(by)) => format!(
                    "treatment is to start on {}, before the response is due on {}: file as early as possible and ask for expedited processing",
                    us_date(start.value),
                    us_date(by.value)
                ),
                _ => plain(&f.message),
            }
        }
        (Code::PastStart, _) => match case.info.treatment.as_ref().and_then(|t| t.start.as_ref()) {
            Some(start) => format!(
                "treatment was to start on {}, a date that has passed: ask the provider for the new start date, and correct the case file",
                us_date(start.value)
            ),
            None => plain(&f.message),
        },
        (Code::DateOrder | Code::Unfilled, _) => blank_message(f, checked),
        (Code::MissingPeriod, _) => "the request does not say how long parole is needed: state the period".to_owned(),
        (Code::LongPeriod, _) => {
            let max = checked.playbook.max_period.map(super::prose::period_words);
            format!(
                "the period requested is longer than {}: shorten it, or explain why the treatment needs longer",
                max.as_deref().unwrap_or("parole is usually granted for")
            )
        }
        _ => plain(&f.message),
    }
}

fn dedup(mut items: Vec<String>) -> Vec<String> {
    let mut seen = Vec::new();
    items.retain(|x| {
        let fresh = !seen.contains(x);
        seen.push(x.clone());
        fresh
    });
    items
}

pub(super) fn lower_first(text: &str) -> String {
    title_in_prose(text)
}

/// The finding names the case file's key; a memo speaks of the task.
fn missing_address(checked: &Checked) -> String {
    if checked.case.info.decision.kind == crate::model::DecisionKind::Denial {
        "the case gives no filing address for the new request; give it from the current Form I-131 instructions".to_owned()
    } else {
        "the case gives no address for the response; give it as the notice states it".to_owned()
    }
}

/// A finding's own message with the tool's markup taken out, for codes
/// this module does not word itself.
pub fn plain(message: &str) -> String {
    message.replace('`', "")
}

/// A value still to fill in: a bracketed blank, or a filing date on the
/// decision's day (what `rebut import` leaves when the notice is silent).
fn blank_message(f: &Finding, checked: &Checked) -> String {
    let info = &checked.case.info;
    if f.code == Code::Unfilled {
        let what = f.message.split(" is still a blank").next().unwrap_or(&f.message);
        return format!(
            "{what} is still a blank in the case file: put the real value before anything is filed"
        );
    }
    format!(
        "the case records the request as filed on {}, {} the decision of {}: put the date the request was filed, as its receipt notice gives it",
        us_date(info.filed.value),
        if info.filed.value == info.decision.date.value {
            "the day of"
        } else {
            "after"
        },
        us_date(info.decision.date.value)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_us_prose() {
        assert_eq!(us_date("2026-11-05".parse().unwrap()), "November 5, 2026");
    }
}
