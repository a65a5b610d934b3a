//! The built-in templates rendered a stretch of the case at a time
//! (`rebut::render::chunked`) give the memo they give rendered whole, byte
//! for byte: every memo of every example, drafts and finals, and
//! generated cases whose lists run over several stretches; and the memo
//! written to a file is written as it is made, the old file replaced only
//! once it is complete.

use crate::support::{Rebut, TODAY, all_examples, check_file, scratch};
use rebut::check::Checked;
use rebut::load::Source;
use rebut::playbook::Playbook;
use rebut::render::{self, Format, MemoKind, Templates};
use rebut::synth::SynthCase;

/// The memo rendered whole: the full context, handed to the templates at once.
fn whole(checked: &Checked, kind: MemoKind, draft: bool, templates: &Templates) -> String {
    let mut cx = render::context(checked, kind, draft);
    render::attach_map(&mut cx, checked, Format::Markdown);
    render::markdown(&cx, templates).unwrap()
}

/// The memo as `rebut render` makes it.
fn split(checked: &Checked, kind: MemoKind, draft: bool, templates: &Templates) -> String {
    String::from_utf8(render::memo(checked, kind, draft, Format::Markdown, templates).unwrap()).unwrap()
}

#[test]
fn every_built_in_memo_is_rendered_a_stretch_at_a_time() {
    let templates = Templates::builtin();
    for kind in MemoKind::ALL {
        assert!(templates.splits(kind), "{}", kind.as_str());
    }
}

#[test]
fn every_memo_of_every_example_is_the_same_rendered_in_stretches() {
    // Small cases are rendered whole unless told otherwise.
    let templates = Templates::builtin().split_every_memo();
    for path in all_examples() {
        let checked = check_file(&path);
        for kind in MemoKind::ALL {
            for draft in [true, false] {
                assert_eq!(
                    split(&checked, kind, draft, &templates),
                    whole(&checked, kind, draft, &templates),
                    "{} --memo {} draft {draft}",
                    path.display(),
                    kind.as_str()
                );
            }
        }
    }
}

#[test]
fn a_case_of_many_stretches_is_the_same_rendered_in_stretches() {
    let playbook = Playbook::builtin();
    let templates = Templates::builtin();
    let today = rebut::synth::TODAY.parse().unwrap();
    // 700 grounds: three stretches of grounds, two of exhibits.
    for decision in ["noid", "denial"] {
        let text = SynthCase {
            decision,
            ..SynthCase::generate(700, 7, &playbook)
        }
        .to_yaml();
        let source = Source::from_text("synth.yaml", text);
        let checked = Checked::load(&source, &playbook, today).unwrap();
        assert!(
            checked.plan.exhibits.len() > 1024,
            "{}",
            checked.plan.exhibits.len()
        );
        for kind in MemoKind::ALL {
            assert_eq!(
                split(&checked, kind, true, &templates),
                whole(&checked, kind, true, &templates),
                "{decision} --memo {}",
                kind.as_str()
            );
        }
    }
}

#[test]
fn a_memo_written_to_a_file_is_the_memo_printed() {
    let dir = scratch("split-file");
    let target = dir.join("memo.md");
    std::fs::write(&target, "the old memo\n").unwrap();
    let gaps = [
        "render",
        "--today",
        TODAY,
        "examples/denial-with-gaps.yaml",
        "--memo",
        "gaps",
    ];
    let printed = Rebut::new().args(gaps).status(0).run().stdout;
    Rebut::new()
        .args(gaps)
        .arg("--force")
        .arg("-o")
        .arg(&target)
        .status(0)
        .run();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), printed);
    let names: Vec<_> = std::fs::read_dir(&*dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["memo.md"], "no temporary file is left behind");
}

#[test]
fn a_template_stopped_while_written_to_a_file_leaves_the_old_file_alone() {
    let dir = scratch("split-stopped");
    let folder = dir.join("firm");
    std::fs::create_dir(&folder).unwrap();
    // Stopped part of the way through, after the first lines are written.
    std::fs::write(
        folder.join("rebuttal.md"),
        "# Memo\n\n{% for i in range(end=900000) %}{{ i }} {% endfor %}{% for i in range(end=900000) %}{{ i }}{% endfor %}\n",
    )
    .unwrap();
    let target = dir.join("memo.md");
    std::fs::write(&target, "the old memo\n").unwrap();
    Rebut::new()
        .args([
            "render",
            "--today",
            TODAY,
            "examples/noid-clean.yaml",
            "--force",
            "--templates",
        ])
        .arg(&folder)
        .arg("-o")
        .arg(&target)
        .status(2)
        .stderr_contains("`range` would make")
        .run();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "the old memo\n");
    let mut names: Vec<_> = std::fs::read_dir(&*dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["firm", "memo.md"], "no temporary file is left behind");
}
