//! The grounds a requested document would answer, kept without copying.
//!
//! A type that thousands of grounds lack makes each requested item of that
//! type answer thousands of grounds, of which a letter quotes the first
//! [`super::requests::GROUNDS_LISTED`] and counts the rest. The long part
//! of each such list is the same for every item of the type: a
//! [`GroundList`] made once (with the categories it spans, which the
//! letter's wording and its addressee depend on), shared by every
//! [`GroundSet`] that holds it beside the few grounds of its own (those the
//! item is cited under).

use crate::check::Checked;
use std::rc::Rc;

/// Grounds in ascending order, with the categories they span, each once,
/// in the order of the first ground of each.
#[derive(Debug, Default)]
pub struct GroundList<'a> {
    grounds: Vec<usize>,
    /// Each category's first ground, ascending.
    categories: Vec<(usize, &'a str)>,
}

impl<'a> GroundList<'a> {
    /// The list of `grounds`, which must be ascending.
    pub fn new(checked: &'a Checked<'a>, grounds: Vec<usize>) -> GroundList<'a> {
        debug_assert!(grounds.windows(2).all(|w| w[0] < w[1]));
        let categories = first_of_each_category(checked, &grounds);
        GroundList { grounds, categories }
    }

    pub fn grounds(&self) -> &[usize] {
        &self.grounds
    }
}

/// Each category of `grounds` with the first of them in it, in the order of
/// `grounds`: one look-up among the few categories found so far per ground.
fn first_of_each_category<'a>(checked: &'a Checked<'a>, grounds: &[usize]) -> Vec<(usize, &'a str)> {
    let mut firsts: Vec<(usize, &'a str)> = Vec::new();
    let mut last: Option<&str> = None;
    for &g in grounds {
        let category = checked.case.grounds[g].category.as_str();
        // Grounds of one category often come together: the same one as the
        // ground before needs no search.
        if last == Some(category) {
            continue;
        }
        last = Some(category);
        if !firsts.iter().any(|&(_, c)| c == category) {
            firsts.push((g, category));
        }
    }
    firsts
}

/// A few grounds of its own and a shared [`GroundList`], with nothing in
/// common: the grounds are the two merged in ascending order.
#[derive(Debug, Clone, Default)]
pub struct GroundSet<'a> {
    own: Vec<usize>,
    shared: Rc<GroundList<'a>>,
}

impl<'a> GroundSet<'a> {
    /// `own` (any order, no repeats) and `shared`; those of `own` that
    /// `shared` holds are counted once.
    pub fn new(mut own: Vec<usize>, shared: Rc<GroundList<'a>>) -> GroundSet<'a> {
        own.sort_unstable();
        own.dedup();
        own.retain(|g| shared.grounds.binary_search(g).is_err());
        GroundSet { own, shared }
    }

    /// Only the shared list.
    pub fn shared(shared: Rc<GroundList<'a>>) -> GroundSet<'a> {
        GroundSet {
            own: Vec::new(),
            shared,
        }
    }

    pub fn len(&self) -> usize {
        self.own.len() + self.shared.grounds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The first `n` grounds, ascending.
    pub fn first(&self, n: usize) -> Vec<usize> {
        first_merged(&self.shared.grounds, &self.own, n)
    }

    /// Every ground, ascending.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        Merged {
            a: self.shared.grounds.iter().copied().peekable(),
            b: self.own.iter().copied().peekable(),
        }
    }

    /// The categories of the grounds, each once, in the order of the first
    /// ground of each: as a pass over every ground would find them, from
    /// the shared list's categories and the own grounds'.
    pub fn categories(&self, checked: &'a Checked<'a>) -> Vec<&'a str> {
        let mut firsts: Vec<(usize, &'a str)> = self.shared.categories.clone();
        for &(g, category) in &first_of_each_category(checked, &self.own) {
            match firsts.iter_mut().find(|(_, c)| *c == category) {
                Some(first) => first.0 = first.0.min(g),
                None => firsts.push((g, category)),
            }
        }
        firsts.sort_unstable_by_key(|&(g, _)| g);
        firsts.into_iter().map(|(_, c)| c).collect()
    }
}

/// Two ascending lists with nothing in common, merged.
struct Merged<A: Iterator<Item = usize>, B: Iterator<Item = usize>> {
    a: std::iter::Peekable<A>,
    b: std::iter::Peekable<B>,
}

impl<A: Iterator<Item = usize>, B: Iterator<Item = usize>> Iterator for Merged<A, B> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match (self.a.peek(), self.b.peek()) {
            (Some(x), Some(y)) if x < y => self.a.next(),
            (Some(_), Some(_)) => self.b.next(),
            (Some(_), None) => self.a.next(),
            (None, _) => self.b.next(),
        }
    }
}

/// The first `n` of two ascending lists with nothing in common, merged.
pub fn first_merged(a: &[usize], b: &[usize], n: usize) -> Vec<usize> {
    Merged {
        a: a.iter().copied().peekable(),
        b: b.iter().copied().peekable(),
    }
    .take(n)
    .collect()
}
