//! The README documents every field of the template context, so that a
//! template author never has to read the source to find one.

use crate::support::*;
use rebut::render::MemoKind;
use std::collections::BTreeSet;

/// Field names at every depth; the keys of `memo` and `categories` are
/// names from the playbook, not fields, so only their values are walked
/// (and `letter_words`, the playbook's own data, not at all).
fn field_names(value: &serde_json::Value, names: &mut BTreeSet<String>, keys_are_fields: bool) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                if keys_are_fields {
                    names.insert(k.clone());
                }
                // The playbook's letter wording: keyed by language, type,
                // category, fact and role, documented as a whole.
                if keys_are_fields && k == "letter_words" {
                    continue;
                }
                let playbook_names = keys_are_fields && (k == "memo" || k == "categories");
                field_names(v, names, !playbook_names);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                field_names(item, names, true);
            }
        }
        _ => {}
    }
}

#[test]
fn the_readme_documents_every_context_field() {
    let readme = std::fs::read_to_string(root().join("docs/templates.md")).unwrap();
    let section = readme
        .split("\n## ")
        .find(|s| s.trim_start_matches("## ").starts_with("Memos and templates"))
        .expect("a docs/templates.md section on memos and templates");
    let mut names = BTreeSet::new();
    for path in examples() {
        let l = check_file(&path);
        let cx = l.memo(MemoKind::Gaps, true);
        field_names(&serde_json::to_value(&cx).unwrap(), &mut names, true);
    }
    assert!(names.len() > 60, "the walk found the fields: {names:?}");
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !section.contains(&format!("`{n}`")))
        .collect();
    assert!(missing.is_empty(), "undocumented context fields: {missing:?}");
}

/// The README's section that starts with `heading`, to the next `## `.
fn readme_section(heading: &str) -> String {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let start = readme
        .find(heading)
        .unwrap_or_else(|| panic!("README has {heading}"));
    let rest = &readme[start + heading.len()..];
    rest[..rest.find("\n## ").unwrap_or(rest.len())].to_owned()
}

/// The lines of every fenced block of `kind` (`sh`, `text`) in `text`.
fn blocks(text: &str, kind: &str) -> Vec<Vec<String>> {
    let fence = format!("```{kind}\n");
    text.split(fence.as_str())
        .skip(1)
        .map(|b| b[..b.find("```").unwrap()].lines().map(str::to_owned).collect())
        .collect()
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// `sh -c script` in `dir` (a failing command does not stop it: `check` exits 1 on a case with errors), with the built `rebut` first on the `PATH`.
fn shell(dir: &std::path::Path, script: &str) -> std::process::Output {
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_rebut"))
        .parent()
        .unwrap();
    let path = std::env::join_paths(std::iter::once(bin.to_path_buf()).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .unwrap();
    std::process::Command::new("sh")
        .args(["-c", script])
        .current_dir(dir)
        .env("PATH", path)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

#[test]
fn the_readme_install_check_prints_what_it_says() {
    let install = readme_section("## Install");
    let commands = &blocks(&install, "sh")[0];
    assert_eq!(commands[0], "cargo install --path .");
    let out = shell(&root(), &commands[1]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let summary = stdout.lines().last().unwrap();
    let prose = install.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(prose.contains(&format!("`{summary}`")), "{summary}");
    assert_eq!(stdout.matches("corroborated").count(), 5, "{stdout}");
}

#[test]
fn the_readme_tour_runs_as_written_from_a_denial_to_a_packet() {
    let tour = readme_section("## A five-minute tour");
    let scratch = scratch("tour");
    let base: &std::path::Path = scratch.as_ref();
    copy_dir(&root().join("examples"), &base.join("examples"));
    let script: Vec<String> = blocks(&tour, "sh").concat();
    assert!(script[0].starts_with("mkdir tour && cd tour"), "{script:?}");
    let out = shell(base, &script.join("\n"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let dir = base.join("tour");
    let notice = std::fs::read_to_string(dir.join("notice.yaml")).expect("import wrote notice.yaml");
    assert!(
        notice.contains("rebut: 1") && notice.contains("IOE0912345603"),
        "{notice}"
    );
    for (file, magic) in [
        ("gaps.html", &b"<!DOCTYPE html"[..]),
        ("requests.docx", b"PK"),
        ("refiling.docx", b"PK"),
        ("map.svg", b"<svg"),
        ("packet.pdf", b"%PDF-"),
    ] {
        let bytes = std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(
            bytes.starts_with(magic),
            "{file} starts {:?}",
            &bytes[..magic.len().min(bytes.len())]
        );
    }

    // The output the README shows is what `check` prints, line for line
    // where it does not elide.
    let check = shell(&dir, "rebut check case.yaml");
    assert_eq!(check.status.code(), Some(1));
    let printed = String::from_utf8(check.stdout).unwrap();
    let shown = &blocks(&tour, "text")[0];
    for line in shown.iter().filter(|l| !l.contains("...") && !l.is_empty()) {
        assert!(
            printed.lines().any(|p| p == line),
            "the README shows `{line}`; check prints:\n{printed}"
        );
    }
    for line in shown.iter().filter_map(|l| l.strip_suffix(" ...")) {
        assert!(
            printed.lines().any(|p| p.starts_with(line)),
            "`{line}` in:\n{printed}"
        );
    }

    // Step 4, done as the README says: the undated-opinion warning goes.
    assert!(tour.contains("Under `- id: E1` (the physician's letter) add a line `    date: 2026-11-20`"));
    let text = std::fs::read_to_string(dir.join("case.yaml")).unwrap();
    let text = text.replacen("  - id: E1\n", "  - id: E1\n    date: 2026-11-20\n", 1);
    std::fs::write(dir.join("case.yaml"), text).unwrap();
    let again = String::from_utf8(shell(&dir, "rebut check case.yaml").stdout).unwrap();
    assert!(
        printed.contains("undated-opinion") && !again.contains("undated-opinion"),
        "{again}"
    );
    assert!(
        again.ends_with("FAIL: 6 grounds, 4 errors, 14 warnings, 4 notes\n"),
        "{again}"
    );
}

/// Every text file under `dir`, recursively.
fn text_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            text_files(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| ["rs", "md", "yaml", "toml", "css", "snap"].contains(&e.to_str().unwrap_or("")))
        {
            out.push(path);
        }
    }
}

#[test]
fn the_readme_is_short_and_nothing_points_outside_the_repository() {
    let readme = std::fs::metadata(root().join("README.md")).unwrap().len();
    assert!(readme <= 16 * 1024, "README.md is {readme} bytes, over 16 KB");
    let mut files = vec![root().join("README.md"), root().join("CONTRIBUTING.md")];
    for dir in [
        "docs",
        "src",
        "tests",
        "examples",
        "templates",
        "playbooks",
        "benches",
    ] {
        text_files(&root().join(dir), &mut files);
    }
    assert!(files.len() > 50, "{}", files.len());
    // Spelled in pieces, so that this file does not match itself.
    let outside = [["shared", "/spec"].concat(), ["/work", "/shared"].concat()];
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for pointer in &outside {
            assert!(
                !text.contains(pointer.as_str()),
                "{} points at {pointer}",
                file.display()
            );
        }
    }
    for doc in [
        "case-file",
        "guide",
        "glossary",
        "playbook",
        "templates",
        "packet",
    ] {
        assert!(
            std::fs::read_to_string(root().join("README.md"))
                .unwrap()
                .contains(&format!("(docs/{doc}.md)")),
            "the README links docs/{doc}.md"
        );
    }
}

#[test]
fn the_glossary_defines_the_terms_a_paralegal_meets() {
    let glossary = std::fs::read_to_string(root().join("docs/glossary.md")).unwrap();
    let headings: Vec<&str> = glossary.lines().filter_map(|l| l.strip_prefix("## ")).collect();
    for term in [
        "NOID",
        "RFE",
        "I-131",
        "I-134",
        "G-28",
        "Certified translation",
        "Pinpoint",
        "Exhibit",
        "Ground",
        "Parole",
        "Receipt number",
        "Denial",
        "Sponsor",
        "Baseline",
    ] {
        assert!(headings.contains(&term), "the glossary has no entry for {term}");
    }
    let mut sorted = headings.clone();
    sorted.sort_by_key(|h| h.to_lowercase());
    assert_eq!(headings, sorted, "the glossary is in alphabetical order");
    // Every link to an entry lands on one.
    let anchors: Vec<String> = headings
        .iter()
        .map(|h| h.to_lowercase().replace(' ', "-").replace(['(', ')'], ""))
        .collect();
    for doc in [
        "README.md",
        "docs/case-file.md",
        "docs/guide.md",
        "docs/glossary.md",
    ] {
        let text = std::fs::read_to_string(root().join(doc)).unwrap();
        for link in text
            .split("glossary.md#")
            .skip(1)
            .chain(if doc == "docs/glossary.md" {
                text.split("](#").skip(1).collect::<Vec<_>>()
            } else {
                Vec::new()
            })
        {
            let anchor = &link[..link.find(')').unwrap()];
            assert!(
                anchors.iter().any(|a| a == anchor),
                "{doc}: no glossary entry for #{anchor}"
            );
        }
    }
}
