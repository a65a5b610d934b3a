//! Stage one: from text to the model, with every problem located.
//!
//! [`load_case`] parses the text into a located YAML tree ([`crate::yaml`])
//! and converts it into a [`Case`], checking ids, references, names and dates
//! against the playbook.

mod case;
mod de;

pub use crate::input::{DEFAULT_MAX_BYTES, Source, read_source};
pub use crate::yaml::parse_date;

use crate::diag::Unusable;
use crate::model::Case;
use crate::playbook::Playbook;
use crate::yaml::{self, Reader};

/// Loads and validates a case file against the playbook in force.
///
/// The items of the case's long lists (grounds, evidence, timeline) are
/// read into the model as the parser reaches each, so that the located tree
/// of a large case is never held whole beside the model made from it.
pub fn load_case(source: &Source, playbook: &Playbook) -> Result<Case, Unusable> {
    let mut early = Reader::default();
    let mut items = de::ListItems::default();
    let (root, streamed) =
        yaml::parse_streaming(&source.name, &source.text, &de::LISTS, &mut |key, node| {
            de::read_item(key, node, &source.text, &mut early, &mut items)
        })?;
    let (mut reader, items) = if streamed {
        (early, Some(items))
    } else {
        (Reader::default(), None)
    };
    let case = case::convert(root, &source.text, playbook, &mut reader, items);
    yaml::finish(&source.name, reader, case)
}
