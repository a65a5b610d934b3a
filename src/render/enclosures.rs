//! Playbook snippets rendered within the render's budget: the enclosure
//! titles a memo lists (filled in with the companion or sponsor, the
//! exhibits, the signer and the supervisor), and the one function every
//! snippet runs through, which the templates' `fill` filter also uses.

use super::budget::{self, Budget, Stopped};
use tera::Tera;

/// A playbook snippet (a `memo` entry, an enclosure title) rendered as a
/// template of its own, without escaping (its values are escaped where they
/// are given), within the budget of the render running on this thread:
/// `range()` counts against it, the memory and time are the render's, and
/// its text must fit the output budget.
pub fn render_snippet(text: &str, cx: &tera::Context) -> tera::TeraResult<String> {
    let mut tera = Tera::new();
    tera.register_function("range", budget::range);
    tera.add_raw_template("snippet", text)?;
    let out = tera.render("snippet", cx)?;
    budget::within_output(out.len())?;
    Ok(out)
}

/// What an enclosure title may name besides the companion or sponsor.
pub struct EnclosureFill {
    /// "A–M": the packet's letters.
    pub exhibits: String,
    /// How many exhibits the packet holds.
    pub count: usize,
    /// Who signs the memo.
    pub signer: String,
    /// The supervising attorney, when a student signs.
    pub supervisor: Option<String>,
}

/// The enclosure titles of a memo: each `(title, name)` rendered with
/// `name`, the packet's `exhibits` ("A–M") and their `count`, on a thread
/// of its own within `limits`. The error names the title that failed.
pub fn enclosure_titles(
    jobs: Vec<(String, String)>,
    fill: EnclosureFill,
    limits: Budget,
) -> Result<Vec<String>, String> {
    let EnclosureFill {
        exhibits,
        count,
        signer,
        supervisor,
    } = fill;
    let result = budget::run(limits, move || {
        let mut out = Vec::with_capacity(jobs.len());
        let mut total = 0usize;
        for (title, name) in &jobs {
            let mut cx = tera::Context::new();
            cx.insert("name", name);
            cx.insert("exhibits", &exhibits);
            cx.insert("count", &count);
            cx.insert("signer", &signer);
            cx.insert("supervisor", &supervisor);
            let text = render_snippet(title, &cx).map_err(|e| {
                tera::Error::message(format!(
                    "the playbook's enclosure title `{title}` cannot be filled in: {}",
                    crate::snippet::describe(&e)
                ))
            })?;
            total = total.saturating_add(text.len());
            budget::within_output(total)?;
            out.push(text);
        }
        Ok(out)
    });
    result.map_err(|stopped| match stopped {
        Stopped::Failed(e, None) => crate::snippet::describe(&e),
        Stopped::Failed(_, Some(exceeded)) | Stopped::Exceeded(exceeded) => format!(
            "filling in the playbook's enclosure titles {exceeded}, so it was stopped and nothing was written; look for a loop in an enclosure `title`"
        ),
    })
}
