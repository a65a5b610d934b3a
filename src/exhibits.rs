//! Exhibit letters and packet pages (the spec's "Exhibits" section).
//!
//! Only cited, received evidence goes into the packet. It is lettered `A`,
//! `B`, … `Z`, `AA`, … in the order the memo first cites it (grounds in file
//! order, points in file order, citations in the order written), and its
//! pages are numbered continuously through the packet. A certified
//! translation follows its original and its pages count (`translation.pages`,
//! else as many as the original's). This is the one computation of letters
//! and packet pages: the memos cite with it and `rebut packet` stamps with it.

use crate::model::Case;

/// One exhibit of the packet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exhibit {
    /// Index into `case.evidence`.
    pub evidence: usize,
    pub letter: String,
    /// First and last page of the exhibit in the assembled packet (1-based),
    /// its certified translation included.
    pub first_page: u64,
    pub last_page: u64,
    /// The original's pages, then its translation's (0 without one).
    pub pages: u64,
    pub translation_pages: u64,
}

impl Exhibit {
    /// The packet page of page `page` of this exhibit.
    pub fn packet_page(&self, page: u32) -> u64 {
        self.first_page + u64::from(page.max(1)) - 1
    }

    /// The packet page of page `page` of its translation.
    pub fn translation_packet_page(&self, page: u32) -> u64 {
        self.first_page + self.pages + u64::from(page.max(1)) - 1
    }
}

/// The packet: exhibits in letter order, and which evidence item got which.
#[derive(Debug, Clone, Default)]
pub struct ExhibitPlan {
    pub exhibits: Vec<Exhibit>,
    /// Per evidence index, its position in `exhibits` (a `u32`, as the
    /// graph's indexes are: one an item of a large case).
    by_evidence: Vec<Option<u32>>,
    /// Pages in the whole packet.
    pub total_pages: u64,
}

impl ExhibitPlan {
    pub fn assign(case: &Case) -> ExhibitPlan {
        let index = case.evidence_index();
        let mut by_evidence = vec![None; case.evidence.len()];
        // At most one an item; the room left over is handed back below.
        let mut exhibits: Vec<Exhibit> = Vec::with_capacity(case.evidence.len());
        let mut next_page = 1u64;
        let citations = case
            .grounds
            .iter()
            .flat_map(|g| &g.points)
            .flat_map(|p| &p.citations);
        for citation in citations {
            let Some(i) = index.get(&citation.evidence) else {
                continue;
            };
            if by_evidence[i].is_some() || !case.evidence[i].is_received() {
                continue;
            }
            let pages = u64::from(case.evidence[i].pages.max(1));
            let translation_pages = u64::from(case.evidence[i].translation_pages());
            let span = pages + translation_pages;
            by_evidence[i] = u32::try_from(exhibits.len()).ok();
            exhibits.push(Exhibit {
                evidence: i,
                letter: letter(exhibits.len()),
                first_page: next_page,
                last_page: next_page + span - 1,
                pages,
                translation_pages,
            });
            next_page += span;
        }
        exhibits.shrink_to_fit();
        ExhibitPlan {
            exhibits,
            by_evidence,
            total_pages: next_page - 1,
        }
    }

    /// The exhibit an evidence item became, if it is in the packet.
    /// The position in [`ExhibitPlan::exhibits`] of an evidence item's exhibit.
    pub fn position_of(&self, evidence: usize) -> Option<usize> {
        self.by_evidence
            .get(evidence)
            .copied()
            .flatten()
            .map(|x| x as usize)
    }

    pub fn of(&self, evidence: usize) -> Option<&Exhibit> {
        self.position_of(evidence).map(|x| &self.exhibits[x])
    }
}

/// The letter of the exhibit at position `n` (0-based): `A` … `Z`, `AA` …
/// `AZ`, `BA` … `ZZ`, `AAA` …, like spreadsheet columns.
pub fn letter(n: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = n + 1;
    while rest > 0 {
        rest -= 1;
        letters.push(b'A' + (rest % 26) as u8);
        rest /= 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// A page range as a memo prints it: "7" or "7–10" (en dash).
pub fn page_range(first: u64, last: u64) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}\u{2013}{last}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_run_like_spreadsheet_columns() {
        let cases = [
            (0, "A"),
            (25, "Z"),
            (26, "AA"),
            (51, "AZ"),
            (52, "BA"),
            (701, "ZZ"),
            (702, "AAA"),
        ];
        for (n, expected) in cases {
            assert_eq!(letter(n), expected, "position {n}");
        }
    }

    #[test]
    fn letters_are_distinct_and_ordered_by_length_then_alphabet() {
        let all: Vec<String> = (0..2000).map(letter).collect();
        for pair in all.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert!((a.len(), a) < (b.len(), b), "{a} then {b}");
        }
    }

    #[test]
    fn a_certified_translation_follows_its_original_and_its_pages_count() {
        let text = "rebut: 1
case:
  title: T
  beneficiary: {name: A, country: Peru}
  filed: 2026-03-01
  decision: {kind: rfe, date: 2026-05-01}
grounds:
  - id: G1
    category: medical-urgency
    quote: Q.
    responses:
      - point: P.
        evidence: [own, given, draft, last]
evidence:
  - {id: own, type: other, title: A, pages: 3, language: es, translation: {certified: true}}
  - {id: given, type: other, title: B, pages: 2, language: es, translation: {certified: true, pages: 1}}
  - {id: draft, type: other, title: C, pages: 2, language: es, translation: {certified: false, pages: 5}}
  - {id: last, type: other, title: D}
";
        let playbook = crate::playbook::Playbook::builtin();
        let source = crate::load::Source::from_text("case.yaml", text);
        let case = crate::load::load_case(&source, &playbook).unwrap();
        let plan = ExhibitPlan::assign(&case);
        let spans: Vec<(u64, u64, u64, u64)> = plan
            .exhibits
            .iter()
            .map(|x| (x.first_page, x.last_page, x.pages, x.translation_pages))
            .collect();
        // 3 + 3 (as many as the original), 2 + 1, 2 (not certified: not in the packet), 1.
        assert_eq!(
            spans,
            [(1, 6, 3, 3), (7, 9, 2, 1), (10, 11, 2, 0), (12, 12, 1, 0)]
        );
        assert_eq!(plan.total_pages, 12);
        assert_eq!(plan.exhibits[1].packet_page(2), 8);
        assert_eq!(plan.exhibits[1].translation_packet_page(1), 9);

        // The look-up the plan and the graph use finds every id, and no other.
        let mut case = case;
        let index = case.evidence_index();
        for (i, e) in case.evidence.iter().enumerate() {
            assert_eq!(index.get(&e.id), Some(i), "{}", e.id);
        }
        for id in ["", "ow", "owns", "zzz", "0"] {
            assert_eq!(index.get(id), None, "{id}");
        }
        // Where ids repeat (a case that does not load), the last one, as a
        // map filled in order would have it.
        case.evidence[2].id = "own".to_owned();
        assert_eq!(case.evidence_index().get("own"), Some(2));
    }

    #[test]
    fn ranges_use_an_en_dash_and_collapse_single_pages() {
        assert_eq!(page_range(7, 10), "7\u{2013}10");
        assert_eq!(page_range(3, 3), "3");
    }
}
