//! The playbook: everything `rebut` knows about a kind of case, as data.
//!
//! The default playbook ships inside the binary; `--playbook FILE` replaces
//! it. It is validated like a case file, with located problems.

use crate::diag::{Problem, ProblemKind, Unusable};
use crate::input::Source;
use crate::model::{At, Period};
use crate::yaml::{self, Fields, Node, Reader, unknown_name};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

pub use crate::model::DEFAULT_KIND;

mod paperwork;
pub use paperwork::{CategoryWords, DECLARANTS, Declarations, LETTER_WORDS, LetterWords, Topic, TypeWords};
use paperwork::{declarations, letters};

/// The default playbook's text, as `rebut playbook` prints it.
pub const DEFAULT_TEXT: &str = include_str!("../playbooks/humanitarian-parole-medical.yaml");

/// `request_margin_days` when the playbook does not give it.
pub const DEFAULT_REQUEST_MARGIN_DAYS: u32 = 10;

/// Memo entries every playbook must give, because the built-in templates use them.
pub const REQUIRED_MEMO: [&str; 9] = [
    "legal_standard",
    "expedite",
    "fee_intro",
    "fee_medical_emergency",
    "fee_unavailable",
    "fee_no_time_for_visa",
    "fee_parent_of_minor",
    "closing_request",
    "discretion",
];

/// The documents whose enclosures a playbook lists.
pub const ENCLOSURE_KINDS: [&str; 2] = ["rebuttal", "refiling"];

#[derive(Debug, Clone, Serialize)]
pub struct Playbook {
    pub id: String,
    pub title: String,
    pub version: String,
    pub evidence_types: Vec<EvidenceType>,
    pub categories: Vec<Category>,
    /// Evidence types every complete request needs, whatever the decision
    /// said; a re-filing that cites none of one gets `missing-baseline`.
    pub baseline: Vec<String>,
    /// How many days before the response date an evidence request asks for
    /// the document.
    pub request_margin_days: u32,
    /// Boilerplate Markdown for the memo templates, by name.
    pub memo: BTreeMap<String, String>,
    /// The longest parole the playbook expects a request to ask for.
    pub max_period: Option<Period>,
    /// What each document encloses, by memo kind (`rebuttal`, `refiling`);
    /// the cover letter lists those of the document it covers.
    pub enclosures: BTreeMap<String, Vec<Enclosure>>,
    /// The facts the memos assert, each with what shows it (see
    /// `check::facts`), in the playbook's order.
    pub facts: Vec<Fact>,
    /// What `rebut import` reads a decision notice by (cues, titles,
    /// boilerplate); empty when the playbook has none of its sections.
    pub import: ImportRules,
    /// What to check before a new request is sent, one line each: the gap
    /// report of a re-filing lists them as a checklist.
    pub prefiling: Vec<String>,
    /// What a draft declaration says (`--memo declarations`); see
    /// [`Declarations`].
    pub declarations: Declarations,
    /// The request letters' wording in languages other than English, by
    /// the language's code (`es`, `fr`).
    pub letters: BTreeMap<String, LetterWords>,
    /// Where each evidence type and category is in its list, so that a
    /// lookup does not scan a playbook of many thousand types.
    #[serde(skip)]
    index: Index,
}

/// The playbook's sections for `rebut import`: `cues`, `evidence_cues` and
/// `notices`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportRules {
    /// Per category, in the playbook's order: the phrases whose presence in
    /// a ground suggests it, weighted.
    pub cues: Vec<(String, Vec<Cue>)>,
    /// Per evidence type: the phrases whose presence in a document's name
    /// suggests it.
    pub evidence_cues: Vec<(String, Vec<Cue>)>,
    /// Per decision kind (`rfe`, `noid`, `denial`) and `any` (every kind).
    pub notices: BTreeMap<String, NoticeWords>,
}

/// A phrase and how strongly it suggests its category or type.
#[derive(Debug, Clone, Serialize)]
pub struct Cue {
    pub phrase: String,
    pub weight: u32,
    /// Written with a trailing `*` ("urgen*"): the phrase's last word is
    /// a stem, and matches any word it starts ("urgent", "urgency"). Without
    /// it the phrase matches whole words, with their inflections ("cost"
    /// and "costs", never "Costa").
    pub stem: bool,
}

/// The words by which `rebut import` reads one kind of notice.
#[derive(Debug, Clone, Default, Serialize)]
pub struct NoticeWords {
    /// How the kind is named in the summary ("notice of intent to deny").
    pub label: Option<String>,
    /// How a cite names the notice ("NOID" in "NOID at 2").
    pub cite: Option<String>,
    /// The notice's title ("Request for Evidence"), standing alone.
    pub titles: Vec<String>,
    /// Operative words anywhere in the notice ("is denied").
    pub operative: Vec<String>,
    /// Paragraph openings that are never a ground (the legal standard, how to respond).
    pub skip: Vec<String>,
    /// Openings that sum up the grounds before them ("In sum", "For the
    /// above reasons"): a paragraph opening so is no ground (they count as
    /// `skip`), and a later sentence of a paragraph opening so is cut off
    /// from its ground.
    pub summaries: Vec<String>,
    /// Openings that may sum up ("Accordingly", "Taken together"): a
    /// paragraph opening so after the last ground, that restates two or
    /// more of the grounds before it or states the decision, is no ground.
    pub concluding: Vec<String>,
    /// Sentence openings that state the rule or what the agency must do
    /// or may consider ("USCIS must also decide whether"): a paragraph
    /// whose every sentence of a finding opens so (or with a `skip`
    /// opening, or holds a `skip_containing` phrase), past a leading
    /// `concessions` clause, and holds no `restatements` phrase, is the
    /// standard and no ground.
    pub standard: Vec<String>,
    /// Openings of a clause that concedes before the main one ("Even
    /// where ...,"): the sentence is read from after its comma.
    pub concessions: Vec<String>,
    /// Phrases by which a sentence speaks of the notice's own items ("each
    /// finding", "checklist"): in the paragraph that introduces the
    /// grounds, such a sentence is part of the introduction, not a finding.
    pub layout: Vec<String>,
    /// Phrases that make a paragraph boilerplate wherever they stand.
    pub skip_containing: Vec<String>,
    /// Phrases of instructions on the form evidence is sent in ("in any
    /// language", "must be accompanied by"): a paragraph each of whose
    /// sentences holds one asks for nothing on a point, and is no ground.
    pub form_instructions: Vec<String>,
    /// Openings of a short line ending in a colon that labels a section
    /// of its own ("What is still missing:"); with the `submitted_intro`
    /// openings, the only such lines that start a paragraph of their own.
    pub section_labels: Vec<String>,
    /// Phrases that find eligibility not shown as a whole ("qualifies for
    /// parole", "warrant parole"): a sentence holding one is a conclusion
    /// and no ground, unless a `reason_words` word after the phrase, in
    /// the same sentence, gives the reason ("... qualifies for parole
    /// because no physician ...").
    pub eligibility: Vec<String>,
    /// Words that join a reason to what precedes them ("because",
    /// "since"): see `eligibility`.
    pub reason_words: Vec<String>,
    /// The words that open the first of reasons counted in one paragraph
    /// ("First,"): when the next reason opens with a connective
    /// ("Second,"), a sentence before the first that names no subject
    /// ("USCIS has identified several deficiencies.") introduces them and
    /// is no part of the first ground.
    pub first_ordinals: Vec<String>,
    /// Phrases that tell a concern as answered ("has been overcome"): the
    /// paragraph is no ground unless a `denying` word comes before the
    /// phrase in its sentence.
    pub answered: Vec<String>,
    /// Verbs by which a response is found to fall short ("cure",
    /// "remedy"): denied, and followed by one of `whole_objects`, they
    /// find it short as a whole, name no reason, and make the paragraph no
    /// ground ("The response does not remedy the deficiencies.").
    pub unremedied: Vec<String>,
    /// Nouns that name the earlier notice's points as a whole
    /// ("deficiencies", "concerns"): see `unremedied`.
    pub whole_objects: Vec<String>,
    /// Words that name an appeal ("appeal", "appealable").
    pub appeal_words: Vec<String>,
    /// Phrases that say a thing cannot be had ("not available"): with an
    /// `appeal_words` word in the same sentence, appeal boilerplate.
    pub not_available: Vec<String>,
    /// Words that deny what follows them in a sentence ("not", "fails").
    pub denying: Vec<String>,
    /// Headings whose section holds no ground ("Legal Standard").
    pub skip_headings: Vec<String>,
    /// Openings of a paragraph that introduces the list of grounds.
    pub grounds_intro: Vec<String>,
    /// Endings of a sentence that finds the record short as a whole ("does
    /// not yet establish eligibility"), naming no subject: before a
    /// `grounds_intro`, such a sentence introduces the grounds.
    pub generic_findings: Vec<String>,
    /// Phrases of a letter that sends its grounds in an attachment after
    /// its close ("described in the attachment to this letter").
    pub attachment_intro: Vec<String>,
    /// Openings of the heading that starts such an attachment
    /// ("Attachment: evidence requested").
    pub attachment_headings: Vec<String>,
    /// Openings of a paragraph that lists what was submitted.
    pub submitted_intro: Vec<String>,
    /// Openings of a sentence that recites the request ("You requested
    /// parole for your son"): before the decision alone, no ground.
    pub request_recitals: Vec<String>,
    /// Openings of a paragraph that says what evidence a ground asks for
    /// ("Evidence needed:"): right after a ground, it is part of it.
    pub requests: Vec<String>,
    /// Sentence openings that start another ground ("Additionally,").
    pub connectives: Vec<String>,
    /// Sentence openings that state a finding afresh ("The record does not");
    /// such a sentence starts another ground only when its category differs
    /// from that of the sentences before it.
    pub restatements: Vec<String>,
    /// Words of which one makes a paragraph a finding ("not", "no").
    pub findings: Vec<String>,
    /// Openings that recite what the earlier notice said ("The NOID
    /// stated"): an unnumbered paragraph opening so recites it, and the
    /// response (`responses`), before the agency's own answer, the ground.
    pub recitals: Vec<String>,
    /// Openings that recite the response ("In your response you wrote").
    pub responses: Vec<String>,
    /// Openings of the letter's close, after which nothing is a ground.
    pub closings: Vec<String>,
    /// Headings that open the reasons ("Reasons for Denial", "Analysis"):
    /// nothing before the first of them is a ground.
    pub grounds_headings: Vec<String>,
    /// Phrases of response instructions ("if you do not respond"): from the
    /// sentence holding one to the end of its paragraph, nothing is a ground.
    pub instructions: Vec<String>,
    /// Phrases that report what someone else said ("according to", "states
    /// that"): a word of a finding after one, in the same clause, is not the
    /// agency's own.
    pub reported: Vec<String>,
    /// Words that give the clause back to the agency after a report ("but").
    pub contrasts: Vec<String>,
    /// Words of a sentence that states the response deadline ("received by").
    pub deadlines: Vec<String>,
    /// Verbs that open a request ("Submit", "Explain"): a sentence that
    /// opens with one (past "Please" or an "If ...," clause) asks for what
    /// the finding before it found missing, and is part of that ground.
    pub request_verbs: Vec<String>,
    /// Words of courtesy before a request's verb ("Please", "Kindly").
    pub courtesies: Vec<String>,
    /// Openings of a sentence that lists the evidence that would answer a
    /// point ("Evidence may include ..."): it asks for more, as a request
    /// does, and belongs to the ground before it.
    pub evidence_lists: Vec<String>,
    /// Openings of a request to answer every point that follows, naming
    /// none ("Please address each concern below."): the sentence is no
    /// ground (they count as `skip`), but what follows it in its paragraph
    /// may be.
    pub answer_every: Vec<String>,
    /// How a sentence ends that says the points as a whole still stand
    /// ("..., and they remain."): with one of the `whole_objects`, a
    /// response found short as a whole.
    pub persisting: Vec<String>,
    /// Phrases by which a sentence says what follows from the lack the
    /// sentence before it stated ("without these"): it goes on with it.
    pub without_these: Vec<String>,
    /// Labels of an officer's note after a point ("Note:"): guidance on
    /// the form of the answer, not a reason; the paragraph is no ground.
    pub guidance_labels: Vec<String>,
    /// Words that point back at the place the sentence before named
    /// ("there"): a sentence holding one goes on with it.
    pub places_back: Vec<String>,
    /// Verbs beside which a `places_back` word only opens a sentence
    /// ("there is", "is there") and points back at nothing.
    pub existential: Vec<String>,
    /// Words that open a sentence or paragraph naming what went before
    /// ("This", "These", "Such"): it goes on with it.
    pub pointing_back: Vec<String>,
    /// Words that, after a `pointing_back` word, name the agency or the
    /// notice ("This office"), not what went before.
    pub agency_nouns: Vec<String>,
    /// Phrases by which the agency declines to decide a point ("USCIS does
    /// not reach the question of ..."): a sentence holding one finds
    /// nothing, whatever else it says ("Because the requirements have not
    /// been met, ..." restates the decision).
    pub declining: Vec<String>,
    /// Verbs that, after an `agency_nouns` word, say what the notice is
    /// about ("This decision concerns the Form I-131 ..."): no finding.
    pub about_verbs: Vec<String>,
    /// Phrases of the statute's standard ("urgent humanitarian reasons")
    /// that say nothing of the case: left out when a ground's category is
    /// scored.
    pub standard_phrases: Vec<String>,
    /// Words after "and" in a report by which its author is said to leave
    /// something out ("The letter states that ... and does not explain
    /// why"): the agency's own finding, not the report.
    pub omissions: Vec<String>,
    /// Words by which a sentence of a ground states the agency's finding or
    /// request ("does not", "no", "provide"): when two categories score the
    /// same, the one whose cues are met there wins over one met only in the
    /// sentences that set the scene. They break ties only; they add no
    /// points.
    pub finding_marks: Vec<String>,
    /// Words of five letters or more too common to choose a category alone
    /// ("which", "there"), when a ground meets no cue and its category is
    /// guessed from the words only one category's cues use.
    pub plain_words: Vec<String>,
    /// Nouns that name a document ("letter", "affidavit"): with an author
    /// after an `author_links` word, or a date after "dated", the notice
    /// names a document of the record.
    pub document_nouns: Vec<String>,
    /// Nouns that name a person of the case ("parent", "sponsor"): a
    /// `skip_headings` heading "of" one of them ("Background of the
    /// accompanying parent") heads that person's own history, which may
    /// hold a ground, not the case's facts.
    pub person_nouns: Vec<String>,
    /// Words that may stand before such a noun in a document's name
    /// ("medical", "bank").
    pub document_modifiers: Vec<String>,
    /// Words that tie a document to its author ("from", "signed by").
    pub author_links: Vec<String>,
    /// Phrases of a verdict that finds an item in order ("raises no
    /// concern", "is favorable"): a clause holding one, and no `contrasts`
    /// word, states no finding, whatever its other words ("It shows no
    /// criminal record and is favorable"); other clauses of its sentence
    /// are judged alone.
    pub favorable: Vec<String>,
    /// Where a clause of such a verdict ends: ";" and the words that open
    /// another ("though", "whereas", "and the"): "The passport is in order,
    /// though the letter gives no date" finds the letter wanting.
    pub verdict_ends: Vec<String>,
    /// Words that deny a `favorable` phrase when they open its clause or
    /// stand just before it: "No factor weighs in favor", "Neither letter
    /// is favorable" are findings.
    pub verdict_negations: Vec<String>,
    /// Words that label a question on a form of questions and answers
    /// ("Question 2: Is ...?"), and its answer ("Answer: No.").
    pub question_labels: Vec<String>,
    pub answer_labels: Vec<String>,
    /// Verdicts that find a point for the request, written alone as the
    /// answer to a question or the opening of a table row's discussion
    /// ("Yes.", "Met.", "Not in dispute."): what they head is no ground.
    pub met_verdicts: Vec<String>,
    /// Words of a question that asks whether there is a concern ("Does the
    /// record raise any concern?"), which "No" answers for the request.
    pub concern_words: Vec<String>,
    /// What sets a table's cells apart when the table is read out as text
    /// ("Credibility | The statement ...").
    pub cell_separators: Vec<String>,
    /// Words that name an exhibit at a paragraph's opening ("Exhibit 2,
    /// ...", "Tab C: ..."): such a paragraph reviews that exhibit, and its
    /// label and the sentences telling what the exhibit says are the
    /// record, not the ground.
    pub exhibit_labels: Vec<String>,
    /// Verbs by which a sentence tells what an exhibit or its author says
    /// ("confirms", "recommends", "say"), near its opening.
    pub describing: Vec<String>,
    /// Words that stand for an exhibit or its author ("It", "He"): a
    /// finding on an exhibit that opens with one cannot be read without
    /// the sentence naming the exhibit, and carries it.
    pub standing_for: Vec<String>,
    /// Phrases by which a sentence points forward to what follows it ("the following", "that follow", "as follows"): with no fact of the case, it introduces the grounds.
    pub forward: Vec<String>,
    /// Words that point forward when they stand alone as adverbs ("below"): at the sentence's start or before a stop, not before what they measure ("below the poverty line").
    pub forward_adverbs: Vec<String>,
    /// Words that point forward when they end a sentence ("The analysis follows.").
    pub forward_ends: Vec<String>,
    /// Capitalized words that name no one and nothing of the case ("USCIS", "United", "States", "I"): the agency, the country, the writer.
    pub general_names: Vec<String>,
    /// Marks of a legal citation ("§", "c.f.r.", "matter of"): in a sentence holding one, numbers and capitalized names are the citation's, not facts of the case.
    pub citation_marks: Vec<String>,
    /// Words by which a sentence speaks of this case, not of any ("you", "the beneficiary", "was"): a sentence with none, naming no fact of the case, states the law in general terms.
    pub this_case_marks: Vec<String>,
    /// Adverbs by which a sentence speaks of requests in general ("generally", "ordinarily", "as a rule"): one with such a word and no fact of the case states the rule even where it names the beneficiary or the petitioner by role.
    pub generality: Vec<String>,
    /// The person of the request by role or pronoun ("the child", "the patient", "her"): a finding about one, after the law, applies the law to this case.
    pub case_persons: Vec<String>,
    /// Words of the law stated in general terms ("parole", "discretion", "the statute"): a sentence about one, naming nothing of this case, states the standard.
    pub standard_topics: Vec<String>,
    /// Words that point back to the grounds when they stand as adverbs after a `grounds_nouns` word ("the concerns above").
    pub backward_adverbs: Vec<String>,
    /// Nouns by which a notice names its grounds as a whole ("concerns", "reasons", "issues").
    pub grounds_nouns: Vec<String>,
    /// Phrases of the law that name no subject of the case ("a favorable exercise of discretion"): left out when a sentence is asked whether it names one.
    pub general_terms: Vec<String>,
    /// Words that stand for a person of the case ("she", "his"): a sentence
    /// holding one speaks of this case.
    pub persons: Vec<String>,
    /// Words that label the agency's finding on a point it sets out
    /// ("Finding: ...", "Assessment: ..."), and the reason given for it on
    /// the next line ("Reason: ...").
    pub finding_labels: Vec<String>,
    /// Labels of a finding's reason on the line after it ("Reason:",
    /// "Basis:"): the ground goes on through it.
    pub reason_labels: Vec<String>,
    /// Phrases that find the record silent ("the record is silent on
    /// ..."): a paragraph holding one states a finding.
    pub silences: Vec<String>,
    /// Verbs of a concern looked for and not found ("no security or public
    /// safety concern has been found"): after a `concern_words` word that a
    /// `verdict_negations` word denies, they make its clause a verdict in
    /// the request's favor.
    pub cleared: Vec<String>,
}

/// The kinds `notices` may name.
pub const NOTICE_KINDS: [&str; 4] = ["rfe", "noid", "denial", "any"];

/// One item of a document's list of enclosures.
#[derive(Debug, Clone, Serialize)]
pub struct Enclosure {
    /// What it is; with `each`, a Tera template whose `name` is the person's.
    pub title: String,
    /// Listed once per companion or per sponsor.
    pub each: Option<EnclosureEach>,
    /// Listed only when a representative signs.
    pub when_representative: bool,
    /// Listed only in the cover letter (the memorandum itself, for one).
    pub when_cover: bool,
    /// Listed only when a supervised student signs (`when: student`).
    pub when_student: bool,
    /// Listed only when the memo cannot argue the fee exception (`when: fee`).
    pub when_fee: bool,
}

/// A fact the memos assert, and what shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    pub id: String,
    /// How a gap marker names it ("the beneficiary's diagnosis").
    pub label: String,
    /// Must rest on exhibits dated on or after the decision.
    pub current: bool,
    /// A final document cannot lack it.
    pub core: Core,
    /// Evidence types that show it by default.
    pub types: Vec<String>,
    /// Categories whose grounds' cited exhibits show it.
    pub categories: Vec<String>,
    /// Whose document of one of `types` shows it by its type (one of
    /// [`FACT_BY`]): a declaration states its own writer's relationship, not
    /// anyone's. `None`: a document of the type shows it whoever wrote it.
    pub by: Option<String>,
    /// The evidence type to ask for when nothing shows it (its
    /// `author_role` is whom to ask); default the first of `types`.
    pub ask_for: Option<String>,
    /// A clause completing "The record establishes that …" once the fact
    /// is established, for the conclusion.
    pub establishes: Option<String>,
    /// A clause for the discretion section, once the fact is established.
    pub discretion: Option<String>,
    /// The task that would establish it, when no document of one type does
    /// ("enclose each companion's own request"); else obtain `ask_for`.
    pub task: Option<String>,
}

/// When a fact is core: a final document is refused without it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Core {
    Never,
    Always,
    /// Only in a re-filing (a complete new request).
    Refiling,
}

impl Fact {
    /// The type to ask for when nothing shows the fact.
    pub fn ask_type(&self) -> Option<&str> {
        self.ask_for.as_deref().or(self.types.first().map(String::as_str))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EnclosureEach {
    Companion,
    Sponsor,
}

#[derive(Debug, Clone, Default)]
struct Index {
    evidence_types: HashMap<String, usize>,
    categories: HashMap<String, usize>,
}

impl Index {
    fn of(evidence_types: &[EvidenceType], categories: &[Category]) -> Index {
        Index {
            evidence_types: evidence_types
                .iter()
                .enumerate()
                .map(|(i, t)| (t.id.clone(), i))
                .collect(),
            categories: categories
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.clone(), i))
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidenceType {
    pub id: String,
    pub label: String,
    /// Opinions must be dated and, after a decision, updated.
    pub opinion: bool,
    /// Written in the beneficiary's home country: a letter asking for it
    /// is in the language the playbook's `letters` give for that country.
    pub home: bool,
    /// What a document of this type must say to be worth filing, one short
    /// line each (the evidence-request letters list them).
    pub must_state: Vec<String>,
    /// Whom to ask for it when nobody is named ("the treating physician").
    pub author_role: Option<String>,
    /// Where the case file may name that person, tried in order: `sponsor`
    /// (the first sponsor), `petitioner`, `provider` (the treatment's
    /// provider), or an evidence type (the author of a document of that type
    /// in the file).
    pub ask: Vec<String>,
}

/// The places `ask` may name besides evidence types.
/// The people a fact's `by` may name: the author a document of the fact's
/// types must have to show it.
pub const FACT_BY: [&str; 3] = ["petitioner", "companion", "sponsor"];

pub const ASK_PEOPLE: [&str; 4] = ["sponsor", "petitioner", "companion", "provider"];

#[derive(Debug, Clone, Serialize)]
pub struct Category {
    pub id: String,
    pub label: String,
    pub heading: String,
    pub expects: Vec<String>,
    pub strengthens: Vec<String>,
    pub questions: Vec<String>,
    /// What a request letter asks of whoever writes evidence for a ground
    /// of this category, one line each.
    pub letter: Vec<String>,
    /// A clause completing "The record establishes that …", for the conclusion.
    pub establishes: Option<String>,
    /// Whom to ask for a document of a type when it answers a ground of this
    /// category, where that differs from the type's `author_role` (the
    /// aftercare plan comes from the physician at home): type id to role.
    pub author_role: BTreeMap<String, String>,
}

impl Playbook {
    /// The playbook built into the binary.
    pub fn builtin() -> Playbook {
        Self::from_source(&Source::from_text("<built-in playbook>", DEFAULT_TEXT))
            .expect("the built-in playbook is valid (tested)")
    }

    pub fn from_source(source: &Source) -> Result<Playbook, Unusable> {
        let root = yaml::parse(&source.name, &source.text)?;
        let mut reader = Reader::default();
        let playbook = convert(root, &mut reader);
        yaml::finish(&source.name, reader, playbook)
    }

    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.index.categories.get(id).map(|&i| &self.categories[i])
    }

    pub fn evidence_type(&self, id: &str) -> Option<&EvidenceType> {
        self.index
            .evidence_types
            .get(id)
            .map(|&i| &self.evidence_types[i])
    }

    pub fn has_category(&self, id: &str) -> bool {
        self.category(id).is_some()
    }

    pub fn has_evidence_type(&self, id: &str) -> bool {
        self.evidence_type(id).is_some()
    }

    pub fn is_opinion(&self, type_id: &str) -> bool {
        self.evidence_type(type_id).is_some_and(|t| t.opinion)
    }

    /// Whether any of a document's kinds is an opinion.
    pub fn is_opinion_any(&self, kinds: &[String]) -> bool {
        kinds.iter().any(|k| self.is_opinion(k))
    }

    pub fn category_ids(&self) -> impl Iterator<Item = &str> + Clone {
        self.categories.iter().map(|c| c.id.as_str())
    }

    pub fn evidence_type_ids(&self) -> impl Iterator<Item = &str> + Clone {
        self.evidence_types.iter().map(|t| t.id.as_str())
    }

    /// The label of an evidence type, or its id when the playbook has none.
    /// Whom to ask for a document of this type when nobody is named.
    pub fn author_role(&self, id: &str) -> Option<&str> {
        self.evidence_type(id).and_then(|t| t.author_role.as_deref())
    }

    /// Whom to ask for a document of type `id` that answers grounds of the
    /// categories `categories`: the first category's own role for the type,
    /// else the type's.
    pub fn role_for<'a>(
        &'a self,
        id: &str,
        categories: impl IntoIterator<Item = &'a str>,
    ) -> Option<&'a str> {
        categories
            .into_iter()
            .filter_map(|c| self.category(c))
            .find_map(|c| c.author_role.get(id).map(String::as_str))
            .or_else(|| self.author_role(id))
    }

    /// What a document of this type must say (empty when the playbook is silent).
    pub fn must_state(&self, id: &str) -> &[String] {
        self.evidence_type(id).map_or(&[], |t| t.must_state.as_slice())
    }

    /// The label of an evidence type, or its id when the playbook has none.
    pub fn type_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.evidence_type(id).map_or(id, |t| t.label.as_str())
    }
}

fn convert(root: Node, reader: &mut Reader) -> Option<Playbook> {
    let mut top = reader.map(root, "playbook")?;
    let id = top.required_id(reader, "id");
    let title = top.required_string(reader, "title");
    let version = top.require(reader, "version").and_then(|n| match n.value {
        yaml::Value::Int(v) => Some(v.to_string()),
        yaml::Value::Float(v) => Some(v.to_string()),
        _ => reader.string(n, "playbook.version"),
    });

    let evidence_types = evidence_types(&mut top, reader);
    let categories = categories(&mut top, reader, &evidence_types);
    let baseline = baseline(&mut top, reader, &evidence_types);
    let request_margin_days = top
        .take("request_margin_days")
        .and_then(|n| reader.count(n, "request_margin_days", 0))
        .unwrap_or(DEFAULT_REQUEST_MARGIN_DAYS);
    let memo = memo(&mut top, reader);
    let max_period = top.take("max_period").and_then(|n| max_period(n, reader));
    let enclosures = enclosures(&mut top, reader);
    let facts = facts(&mut top, reader, &evidence_types, &categories);
    let import = import_rules(&mut top, reader, &categories, &evidence_types);
    let prefiling = top
        .list(reader, "prefiling")
        .into_iter()
        .filter_map(|n| reader.string(n, "prefiling"))
        .collect();
    let declarations = declarations(&mut top, reader, &facts);
    let letters = letters(&mut top, reader, &evidence_types, &categories, &facts);
    top.finish(reader);
    Some(Playbook {
        id: id?.value,
        title: title?,
        version: version?,
        index: Index::of(&evidence_types, &categories),
        evidence_types,
        categories,
        baseline,
        request_margin_days,
        memo,
        max_period,
        enclosures,
        facts,
        import,
        prefiling,
        declarations,
        letters,
    })
}

/// The `facts` catalog: each fact's label, whether it is current and core,
/// and the types and categories that show it, all known to the playbook.
fn facts(
    top: &mut Fields,
    reader: &mut Reader,
    types: &[EvidenceType],
    categories: &[Category],
) -> Vec<Fact> {
    let mut facts = Vec::new();
    let Some(node) = top.take("facts") else {
        return facts;
    };
    let Some(mut map) = reader.map(node, "facts") else {
        return facts;
    };
    for (key, node) in map.entries() {
        let Some(id) = checked_id(reader, key) else {
            continue;
        };
        let what = format!("facts.{}", id.value);
        let Some(mut f) = reader.map(node, &what) else {
            continue;
        };
        let label = f.required_string(reader, "label");
        let current = f.bool(reader, "current").unwrap_or(false);
        let core = f
            .take("core")
            .and_then(|n| match n.value {
                yaml::Value::Bool(b) => Some(if b { Core::Always } else { Core::Never }),
                _ => reader.choice(n, "core", &["true", "false", "refiling"], |t| match t {
                    "true" => Some(Core::Always),
                    "false" => Some(Core::Never),
                    "refiling" => Some(Core::Refiling),
                    _ => None,
                }),
            })
            .unwrap_or(Core::Never);
        let ids = |reader: &mut Reader, f: &mut Fields, key: &'static str| {
            f.list(reader, key)
                .into_iter()
                .filter_map(|n| reader.id(n, &format!("{what}.{key}")))
                .collect::<Vec<At<String>>>()
        };
        let mut shown_by = ids(reader, &mut f, "types");
        let in_categories = ids(reader, &mut f, "categories");
        let ask_for = f
            .take("ask_for")
            .and_then(|n| reader.id(n, &format!("{what}.ask_for")));
        let by = f
            .take("by")
            .and_then(|n| reader.choice(n, "by", &FACT_BY, |t| FACT_BY.contains(&t).then(|| t.to_owned())));
        let establishes = f.string(reader, "establishes");
        let discretion = f.string(reader, "discretion");
        let task = f.string(reader, "task");
        f.finish(reader);
        for t in shown_by.iter().chain(&ask_for) {
            if !types.iter().any(|e| e.id == t.value) {
                reader.push(unknown_name(
                    ProblemKind::UnknownEvidenceType,
                    t.loc,
                    "evidence type",
                    &t.value,
                    types.iter().map(|e| e.id.as_str()),
                ));
            }
        }
        for c in &in_categories {
            if !categories.iter().any(|k| k.id == c.value) {
                reader.push(unknown_name(
                    ProblemKind::UnknownCategory,
                    c.loc,
                    "category",
                    &c.value,
                    categories.iter().map(|k| k.id.as_str()),
                ));
            }
        }
        shown_by.retain(|t| types.iter().any(|e| e.id == t.value));
        if let Some(label) = label {
            facts.push(Fact {
                id: id.value,
                label,
                current,
                core,
                types: shown_by.into_iter().map(|t| t.value).collect(),
                categories: in_categories.into_iter().map(|c| c.value).collect(),
                by,
                ask_for: ask_for.map(|t| t.value),
                establishes,
                discretion,
                task,
            });
        }
    }
    map.finish(reader);
    facts
}

/// The sections `cues`, `evidence_cues` and `notices`, for `rebut import`.
fn import_rules(
    top: &mut Fields,
    reader: &mut Reader,
    categories: &[Category],
    evidence_types: &[EvidenceType],
) -> ImportRules {
    let cues = top.take("cues").map_or_else(Vec::new, |node| {
        cue_map(
            node,
            reader,
            "cues",
            "category",
            categories.iter().map(|c| c.id.as_str()),
        )
    });
    let evidence_cues = top.take("evidence_cues").map_or_else(Vec::new, |node| {
        cue_map(
            node,
            reader,
            "evidence_cues",
            "evidence type",
            evidence_types.iter().map(|t| t.id.as_str()),
        )
    });
    let mut notices = BTreeMap::new();
    if let Some(node) = top.take("notices")
        && let Some(mut kinds) = reader.map(node, "notices")
    {
        for (key, node) in kinds.entries() {
            if !NOTICE_KINDS.contains(&key.value.as_str()) {
                reader.push(unknown_name(
                    ProblemKind::UnknownKey,
                    key.loc,
                    "notice kind",
                    &key.value,
                    NOTICE_KINDS.iter().copied(),
                ));
                continue;
            }
            let what = format!("notices.{}", key.value);
            let Some(mut f) = reader.map(node, &what) else {
                continue;
            };
            let words = notice_words(&mut f, reader, &what);
            f.finish(reader);
            notices.insert(key.value, words);
        }
        kinds.finish(reader);
    }
    ImportRules {
        cues,
        evidence_cues,
        notices,
    }
}

/// The phrase lists and labels of one kind of notice (`notices.KIND`).
fn notice_words(f: &mut Fields, reader: &mut Reader, what: &str) -> NoticeWords {
    let mut phrases = |reader: &mut Reader, key: &'static str| -> Vec<String> {
        f.list(reader, key)
            .into_iter()
            .filter_map(|n| reader.string(n, &format!("{what}.{key}")))
            .filter(|p| !p.trim().is_empty())
            .collect()
    };
    NoticeWords {
        titles: phrases(reader, "titles"),
        operative: phrases(reader, "operative"),
        skip: phrases(reader, "skip"),
        summaries: phrases(reader, "summaries"),
        concluding: phrases(reader, "concluding"),
        standard: phrases(reader, "standard"),
        concessions: phrases(reader, "concessions"),
        layout: phrases(reader, "layout"),
        skip_containing: phrases(reader, "skip_containing"),
        form_instructions: phrases(reader, "form_instructions"),
        section_labels: phrases(reader, "section_labels"),
        eligibility: phrases(reader, "eligibility"),
        reason_words: phrases(reader, "reason_words"),
        first_ordinals: phrases(reader, "first_ordinals"),
        answered: phrases(reader, "answered"),
        unremedied: phrases(reader, "unremedied"),
        whole_objects: phrases(reader, "whole_objects"),
        appeal_words: phrases(reader, "appeal_words"),
        not_available: phrases(reader, "not_available"),
        denying: phrases(reader, "denying"),
        skip_headings: phrases(reader, "skip_headings"),
        grounds_intro: phrases(reader, "grounds_intro"),
        generic_findings: phrases(reader, "generic_findings"),
        attachment_intro: phrases(reader, "attachment_intro"),
        attachment_headings: phrases(reader, "attachment_headings"),
        submitted_intro: phrases(reader, "submitted_intro"),
        request_recitals: phrases(reader, "request_recitals"),
        requests: phrases(reader, "requests"),
        connectives: phrases(reader, "connectives"),
        restatements: phrases(reader, "restatements"),
        findings: phrases(reader, "findings"),
        recitals: phrases(reader, "recitals"),
        responses: phrases(reader, "responses"),
        closings: phrases(reader, "closings"),
        grounds_headings: phrases(reader, "grounds_headings"),
        instructions: phrases(reader, "instructions"),
        reported: phrases(reader, "reported"),
        contrasts: phrases(reader, "contrasts"),
        deadlines: phrases(reader, "deadlines"),
        request_verbs: phrases(reader, "request_verbs"),
        courtesies: phrases(reader, "courtesies"),
        evidence_lists: phrases(reader, "evidence_lists"),
        answer_every: phrases(reader, "answer_every"),
        persisting: phrases(reader, "persisting"),
        without_these: phrases(reader, "without_these"),
        guidance_labels: phrases(reader, "guidance_labels"),
        places_back: phrases(reader, "places_back"),
        existential: phrases(reader, "existential"),
        pointing_back: phrases(reader, "pointing_back"),
        agency_nouns: phrases(reader, "agency_nouns"),
        declining: phrases(reader, "declining"),
        about_verbs: phrases(reader, "about_verbs"),
        standard_phrases: phrases(reader, "standard_phrases"),
        omissions: phrases(reader, "omissions"),
        finding_marks: phrases(reader, "finding_marks"),
        plain_words: phrases(reader, "plain_words"),
        document_nouns: phrases(reader, "document_nouns"),
        person_nouns: phrases(reader, "person_nouns"),
        document_modifiers: phrases(reader, "document_modifiers"),
        author_links: phrases(reader, "author_links"),
        favorable: phrases(reader, "favorable"),
        verdict_ends: phrases(reader, "verdict_ends"),
        verdict_negations: phrases(reader, "verdict_negations"),
        question_labels: phrases(reader, "question_labels"),
        answer_labels: phrases(reader, "answer_labels"),
        met_verdicts: phrases(reader, "met_verdicts"),
        concern_words: phrases(reader, "concern_words"),
        cell_separators: phrases(reader, "cell_separators"),
        exhibit_labels: phrases(reader, "exhibit_labels"),
        describing: phrases(reader, "describing"),
        standing_for: phrases(reader, "standing_for"),
        forward: phrases(reader, "forward"),
        forward_adverbs: phrases(reader, "forward_adverbs"),
        forward_ends: phrases(reader, "forward_ends"),
        general_names: phrases(reader, "general_names"),
        citation_marks: phrases(reader, "citation_marks"),
        this_case_marks: phrases(reader, "this_case_marks"),
        generality: phrases(reader, "generality"),
        case_persons: phrases(reader, "case_persons"),
        standard_topics: phrases(reader, "standard_topics"),
        backward_adverbs: phrases(reader, "backward_adverbs"),
        grounds_nouns: phrases(reader, "grounds_nouns"),
        general_terms: phrases(reader, "general_terms"),
        persons: phrases(reader, "persons"),
        finding_labels: phrases(reader, "finding_labels"),
        reason_labels: phrases(reader, "reason_labels"),
        silences: phrases(reader, "silences"),
        cleared: phrases(reader, "cleared"),
        label: f.string(reader, "label"),
        cite: f.string(reader, "cite"),
    }
}

/// A map of known ids to maps of `phrase: weight`.
fn cue_map<'a>(
    node: Node,
    reader: &mut Reader,
    section: &'static str,
    kind: &'static str,
    known: impl Iterator<Item = &'a str> + Clone,
) -> Vec<(String, Vec<Cue>)> {
    let mut out = Vec::new();
    let Some(mut ids) = reader.map(node, section) else {
        return out;
    };
    for (key, node) in ids.entries() {
        if !known.clone().any(|k| k == key.value) {
            reader.push(unknown_name(
                ProblemKind::UnknownKey,
                key.loc,
                kind,
                &key.value,
                known.clone(),
            ));
            continue;
        }
        let what = format!("{section}.{}", key.value);
        let Some(mut phrases) = reader.map(node, &what) else {
            continue;
        };
        let mut cues = Vec::new();
        for (phrase, weight) in phrases.entries() {
            if let Some(weight) = reader.count(weight, &format!("{what}.{}", phrase.value), 1) {
                let lower = phrase.value.to_lowercase();
                let stem = lower.ends_with('*');
                cues.push(Cue {
                    phrase: lower.trim_end_matches('*').to_owned(),
                    weight,
                    stem,
                });
            }
        }
        phrases.finish(reader);
        out.push((key.value, cues));
    }
    ids.finish(reader);
    out
}

fn max_period(node: Node, reader: &mut Reader) -> Option<Period> {
    let text = reader.located_string(node, "max_period")?;
    let period = Period::parse(&text.value);
    if period.is_none() {
        reader.push(
            Problem::at(
                ProblemKind::InvalidValue,
                text.loc,
                format!("`{}` is not a period of time", text.value),
            )
            .help("write a whole number and `days`, `weeks`, `months` or `years`, e.g. \"1 year\""),
        );
    }
    period
}

fn enclosures(top: &mut Fields, reader: &mut Reader) -> BTreeMap<String, Vec<Enclosure>> {
    let mut out = BTreeMap::new();
    let Some(node) = top.take("enclosures") else {
        return out;
    };
    let Some(mut kinds) = reader.map(node, "enclosures") else {
        return out;
    };
    for (key, node) in kinds.entries() {
        if !ENCLOSURE_KINDS.contains(&key.value.as_str()) {
            reader.push(unknown_name(
                ProblemKind::UnknownKey,
                key.loc,
                "document",
                &key.value,
                ENCLOSURE_KINDS.iter().copied(),
            ));
            continue;
        }
        let what = format!("enclosures.{}", key.value);
        let mut items = Vec::new();
        for item in reader.list(node, what.as_str()) {
            let Some(mut f) = reader.map(item, &what) else {
                continue;
            };
            let title = f.require(reader, "title").and_then(|node| {
                let loc = node.loc;
                let title = reader.string(node, "the enclosure's `title`")?;
                snippet_parses(reader, loc, &format!("{what} title"), &title).then_some(title)
            });
            let each = f.take("each").and_then(|n| {
                reader.choice(n, "each", &["companion", "sponsor"], |t| match t {
                    "companion" => Some(EnclosureEach::Companion),
                    "sponsor" => Some(EnclosureEach::Sponsor),
                    _ => None,
                })
            });
            let when = f.take("when").and_then(|n| {
                reader.choice(
                    n,
                    "when",
                    &["representative", "cover", "student", "fee"],
                    |t| match t {
                        "representative" | "cover" | "student" | "fee" => Some(t.to_owned()),
                        _ => None,
                    },
                )
            });
            f.finish(reader);
            if let Some(title) = title {
                items.push(Enclosure {
                    title,
                    each,
                    when_representative: when.as_deref() == Some("representative"),
                    when_cover: when.as_deref() == Some("cover"),
                    when_student: when.as_deref() == Some("student"),
                    when_fee: when.as_deref() == Some("fee"),
                });
            }
        }
        out.insert(key.value, items);
    }
    kinds.finish(reader);
    out
}

fn evidence_types(top: &mut Fields, reader: &mut Reader) -> Vec<EvidenceType> {
    let mut evidence_types = Vec::new();
    let mut asks: Vec<At<String>> = Vec::new();
    if let Some(node) = top.require(reader, "evidence_types")
        && let Some(mut types) = reader.map(node, "evidence_types")
    {
        for (key, node) in types.entries() {
            let Some(id) = checked_id(reader, key) else {
                continue;
            };
            let Some(mut f) = reader.map(node, &format!("evidence_types.{}", id.value)) else {
                continue;
            };
            let label = short_string(
                &mut f,
                reader,
                "label",
                &format!("evidence_types.{}.label", id.value),
            );
            let opinion = f.bool(reader, "opinion").unwrap_or(false);
            let home = f.bool(reader, "home").unwrap_or(false);
            let what = format!("evidence_types.{}", id.value);
            let must_state: Vec<String> = f
                .list(reader, "must_state")
                .into_iter()
                .filter_map(|n| reader.string(n, &format!("{what}.must_state")))
                .collect();
            let author_role = f.string(reader, "author_role");
            let ask: Vec<At<String>> = f
                .list(reader, "ask")
                .into_iter()
                .filter_map(|n| reader.id(n, &format!("{what}.ask")))
                .collect();
            f.finish(reader);
            if let Some(label) = label {
                evidence_types.push(EvidenceType {
                    id: id.value,
                    label,
                    opinion,
                    home,
                    must_state,
                    author_role,
                    ask: ask.iter().map(|a| a.value.clone()).collect(),
                });
            }
            asks.extend(ask);
        }
        for a in &asks {
            if !ASK_PEOPLE.contains(&a.value.as_str()) && !evidence_types.iter().any(|t| t.id == a.value) {
                reader.push(unknown_name(
                    ProblemKind::InvalidValue,
                    a.loc,
                    "`ask` entry (a person the case file names, or an evidence type)",
                    &a.value,
                    ASK_PEOPLE
                        .into_iter()
                        .chain(evidence_types.iter().map(|t| t.id.as_str())),
                ));
            }
        }
        if evidence_types.is_empty() {
            reader.push(Problem::at(
                ProblemKind::MissingKey,
                types.loc,
                "a playbook needs at least one evidence type",
            ));
        }
        types.finish(reader);
    }

    evidence_types
}

fn categories(top: &mut Fields, reader: &mut Reader, evidence_types: &[EvidenceType]) -> Vec<Category> {
    // Looked up once per expected type: a set, not a scan of the list.
    let type_ids: HashSet<&str> = evidence_types.iter().map(|t| t.id.as_str()).collect();
    let mut categories = Vec::new();
    if let Some(node) = top.require(reader, "categories")
        && let Some(mut cats) = reader.map(node, "categories")
    {
        for (key, node) in cats.entries() {
            let Some(id) = checked_id(reader, key) else {
                continue;
            };
            let what = format!("categories.{}", id.value);
            let Some(mut f) = reader.map(node, &what) else {
                continue;
            };
            let label = short_string(&mut f, reader, "label", &format!("{what}.label"));
            let heading = short_string(&mut f, reader, "heading", &format!("{what}.heading"));
            let type_list = |reader: &mut Reader, f: &mut Fields, key: &'static str| {
                f.list(reader, key)
                    .into_iter()
                    .filter_map(|n| reader.id(n, &format!("{what}.{key}")))
                    .collect::<Vec<At<String>>>()
            };
            let expects = type_list(reader, &mut f, "expects");
            let strengthens = type_list(reader, &mut f, "strengthens");
            let establishes = f.string(reader, "establishes");
            let mut author_role = BTreeMap::new();
            let mut role_types = Vec::new();
            if let Some(node) = f.take("author_role")
                && let Some(mut roles) = reader.map(node, &format!("{what}.author_role"))
            {
                for (key, node) in roles.entries() {
                    if let Some(role) = reader.string(node, &format!("{what}.author_role.{}", key.value)) {
                        author_role.insert(key.value.clone(), role);
                    }
                    role_types.push(key);
                }
                roles.finish(reader);
            }
            let questions: Vec<String> = f
                .list(reader, "questions")
                .into_iter()
                .filter_map(|n| reader.string(n, &format!("{what}.questions")))
                .collect();
            let letter: Vec<String> = f
                .list(reader, "letter")
                .into_iter()
                .filter_map(|n| reader.string(n, &format!("{what}.letter")))
                .collect();
            f.finish(reader);
            for t in expects.iter().chain(&strengthens).chain(&role_types) {
                if !type_ids.contains(t.value.as_str()) {
                    reader.push(unknown_name(
                        ProblemKind::UnknownEvidenceType,
                        t.loc,
                        "evidence type",
                        &t.value,
                        evidence_types.iter().map(|e| e.id.as_str()),
                    ));
                }
            }
            if let (Some(label), Some(heading)) = (label, heading) {
                categories.push(Category {
                    id: id.value,
                    label,
                    heading,
                    expects: expects.into_iter().map(|t| t.value).collect(),
                    strengthens: strengthens.into_iter().map(|t| t.value).collect(),
                    questions,
                    letter,
                    establishes,
                    author_role,
                });
            }
        }
        if categories.is_empty() {
            reader.push(Problem::at(
                ProblemKind::MissingKey,
                cats.loc,
                "a playbook needs at least one category",
            ));
        }
        cats.finish(reader);
    }

    categories
}

/// The `baseline` list: known evidence types, each once.
fn baseline(top: &mut Fields, reader: &mut Reader, evidence_types: &[EvidenceType]) -> Vec<String> {
    let mut baseline: Vec<String> = Vec::new();
    for node in top.list(reader, "baseline") {
        let Some(t) = reader.id(node, "baseline") else {
            continue;
        };
        if !evidence_types.iter().any(|e| e.id == t.value) {
            reader.push(unknown_name(
                ProblemKind::UnknownEvidenceType,
                t.loc,
                "evidence type",
                &t.value,
                evidence_types.iter().map(|e| e.id.as_str()),
            ));
        } else if baseline.contains(&t.value) {
            reader.push(Problem::at(
                ProblemKind::DuplicateId,
                t.loc,
                format!("`{}` is listed twice in `baseline`", t.value),
            ));
        } else {
            baseline.push(t.value);
        }
    }
    baseline
}

/// The longest label or heading: it names a kind of evidence or a ground
/// in tables, findings and headings, where a page of text would be
/// repeated for every ground.
pub const MAX_LABEL_CHARS: usize = 300;

/// A required label or heading, refused (located) past [`MAX_LABEL_CHARS`].
fn short_string(f: &mut Fields, reader: &mut Reader, key: &'static str, what: &str) -> Option<String> {
    let node = f.require(reader, key)?;
    let loc = node.loc;
    let text = reader.string(node, what)?;
    let chars = text.chars().count();
    if chars > MAX_LABEL_CHARS {
        reader.push(
            Problem::at(
                ProblemKind::InvalidValue,
                loc,
                format!("`{what}` is {chars} characters long, more than the {MAX_LABEL_CHARS} a label or heading may have"),
            )
            .help("keep it to a few words: it names the evidence or the ground wherever it is listed"),
        );
        return None;
    }
    Some(text)
}

/// Whether a snippet (an enclosure title, a `memo` entry) parses as a
/// template; if not, a problem located at its value.
fn snippet_parses(reader: &mut Reader, loc: crate::model::Loc, what: &str, text: &str) -> bool {
    match crate::snippet::check(text) {
        Ok(()) => true,
        Err(why) => {
            reader.push(
                Problem::at(
                    ProblemKind::InvalidValue,
                    loc,
                    format!("`{what}` is not a valid template: {why}"),
                )
                .help("placeholders are written `{{ name }}`, conditions `{% if x %}...{% endif %}`"),
            );
            false
        }
    }
}

fn memo(top: &mut Fields, reader: &mut Reader) -> BTreeMap<String, String> {
    let mut memo = BTreeMap::new();
    if let Some(node) = top.require(reader, "memo")
        && let Some(mut m) = reader.map(node, "memo")
    {
        let loc = m.loc;
        for (key, node) in m.entries() {
            let loc = node.loc;
            let what = format!("memo.{}", key.value);
            if let Some(text) = reader.string(node, &what)
                && snippet_parses(reader, loc, &what, &text)
            {
                memo.insert(key.value, text);
            }
        }
        for required in REQUIRED_MEMO {
            if !memo.contains_key(required) {
                reader.push(
                    Problem::at(
                        ProblemKind::MissingKey,
                        loc,
                        format!("`memo` is missing `{required}`"),
                    )
                    .help("the built-in memo templates use it; `rebut playbook` shows the default wording"),
                );
            }
        }
        m.finish(reader);
    }
    memo
}

fn checked_id(reader: &mut Reader, key: At<String>) -> Option<At<String>> {
    let ok = !key.value.is_empty()
        && key
            .value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !ok {
        reader.push(Problem::at(
            ProblemKind::InvalidId,
            key.loc,
            format!("`{}` is not a valid id", key.value),
        ));
        return None;
    }
    Some(key)
}
