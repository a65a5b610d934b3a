//! Draft declarations under 28 U.S.C. § 1746 (`--memo declarations`): one
//! for each person the case file names who can state facts (the
//! petitioner, each companion, each sponsor), with the playbook's topics
//! that person can speak to and that the record does not yet show. The
//! statements are the playbook's; what only the declarant knows is a
//! bracketed blank in them.

use crate::check::Checked;
use crate::playbook::Topic;
use serde::Serialize;

/// One person's draft declaration.
#[derive(Debug, Clone, Serialize)]
pub struct Declarant<'a> {
    pub number: usize,
    pub name: &'a str,
    /// Their relationship to the beneficiary, as the case file gives it, up
    /// to its first comma.
    pub relationship: Option<&'a str>,
    /// Their postal address, as the case file gives it.
    pub address: Option<&'a str>,
    /// A companion's role on the journey ("caregiver").
    pub role: Option<&'a str>,
    /// In what capacities the case file names them, in this order:
    /// `petitioner`, `sponsor`, `companion`.
    pub capacities: Vec<&'static str>,
    /// The topics of the declaration, in the playbook's order for their
    /// capacities, each once; a topic whose fact the record shows is left out.
    pub topics: Vec<Part<'a>>,
    /// The facts the record already shows among those their topics would
    /// state (the playbook's labels): the declaration need not repeat them.
    pub shown: Vec<&'a str>,
}

/// A topic of one declaration, and the number of its first paragraph
/// (paragraphs are numbered through the declaration).
#[derive(Debug, Clone, Serialize)]
pub struct Part<'a> {
    pub topic: &'a Topic,
    pub first: usize,
}

/// The declarations of a case, one per person (a petitioner who is also
/// the sponsor signs one declaration).
pub fn declarants<'a>(checked: &'a Checked<'a>) -> Vec<Declarant<'a>> {
    let info = &checked.case.info;
    let mut people: Vec<Declarant<'a>> = Vec::new();
    let mut add = |name: &'a str, relationship: Option<&'a str>, address: Option<&'a str>, role, capacity| {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        // "paternal uncle, US lawful permanent resident": the relationship
        // alone, since the declaration says "I am the paternal uncle of …".
        let relationship = relationship
            .and_then(|r: &'a str| r.split(',').next())
            .map(str::trim)
            .filter(|r| !r.is_empty());
        let key = name.to_lowercase();
        match people.iter_mut().find(|p| p.name.to_lowercase() == key) {
            Some(p) => {
                p.capacities.push(capacity);
                p.relationship = p.relationship.or(relationship);
                p.address = p.address.or(address);
                p.role = p.role.or(role);
            }
            None => people.push(Declarant {
                number: people.len() + 1,
                name,
                relationship,
                address,
                role,
                capacities: vec![capacity],
                topics: Vec::new(),
                shown: Vec::new(),
            }),
        }
    };
    if let Some(p) = &info.petitioner
        && let Some(name) = &p.name
    {
        add(
            name,
            p.relationship.as_deref(),
            p.address.as_deref(),
            None,
            "petitioner",
        );
    }
    for s in &info.sponsors {
        add(
            &s.name,
            s.relationship.as_deref(),
            s.address.as_deref(),
            None,
            "sponsor",
        );
    }
    for c in &info.companions {
        add(
            &c.name,
            Some(c.relationship.as_str()),
            c.address.as_deref(),
            c.role.as_deref(),
            "companion",
        );
    }
    let book = &checked.playbook.declarations;
    for person in &mut people {
        for capacity in &person.capacities {
            for id in book.people.get(*capacity).into_iter().flatten() {
                let Some(topic) = book.topic(id) else { continue };
                if person.topics.iter().any(|t| t.topic.id == topic.id) {
                    continue;
                }
                match topic.fact.as_deref() {
                    Some(fact) if checked.facts.established(fact) => {
                        let label = checked.playbook.fact(fact).map_or(fact, |f| f.label.as_str());
                        if !person.shown.contains(&label) {
                            person.shown.push(label);
                        }
                    }
                    _ => {
                        let first = person
                            .topics
                            .last()
                            .map_or(1, |p| p.first + p.topic.statements.len());
                        person.topics.push(Part { topic, first });
                    }
                }
            }
        }
    }
    people
}
