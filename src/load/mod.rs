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
pub fn load_case(source: &Source, playbook: &Playbook) -> Result<Case, Unusable> {
    let root = yaml::parse(&source.name, &source.text)?;
    let mut reader = Reader::default();
    let case = case::convert(root, &source.text, playbook, &mut reader);
    yaml::finish(&source.name, reader, case)
}
