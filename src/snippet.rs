//! The playbook's own templates: enclosure titles and `memo` entries are
//! Tera text, run by the render within the same budget as the memo
//! templates (`render::budget`). Here they are parsed when the playbook is
//! read, so that a broken one is a located problem of the playbook, not a
//! surprise in a memo.

/// Why `text` does not parse as a template, in Tera's words (line and
/// column inside the text), or `Ok` when it does.
pub fn check(text: &str) -> Result<(), String> {
    let mut tera = tera::Tera::new();
    match tera.add_raw_template("snippet", text) {
        Ok(()) => Ok(()),
        Err(e) => Err(describe(&e)),
    }
}

/// A Tera error on one line: what is wrong and where in the text
/// ("Unexpected end of input, at line 1, column 19"), with its causes.
pub fn describe(e: &tera::Error) -> String {
    let report = e.to_string();
    let report = report.strip_prefix("error: ").unwrap_or(&report);
    let mut lines = report.lines();
    let mut message = lines.next().unwrap_or_default().trim().to_owned();
    let at = lines
        .filter_map(|l| l.trim().strip_prefix("--> "))
        .find_map(|place| place.rsplit_once(':').zip(place.split(':').nth(1)));
    if let Some(((_, column), line)) = at {
        message.push_str(&format!(", at line {line}, column {column}"));
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(cause) = source {
        message.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snippet_that_does_not_parse_is_described() {
        assert_eq!(
            check("Exhibits {{ exhibits }}, for {% if name %}{{ name }}{% endif %}"),
            Ok(())
        );
        let e = check("Exhibits {{ exhibits ").unwrap_err();
        assert!(!e.is_empty(), "{e}");
        assert!(check("{% for x in y %}").is_err());
    }
}
