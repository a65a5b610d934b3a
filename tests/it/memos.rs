//! Every memo of every example, pinned: the Markdown draft `rebut render`
//! gives as of [`TODAY`], kept as an `insta` snapshot in `snapshots/`, so
//! that any change of a memo's wording is reviewed as a diff
//! (`cargo insta review`, or `INSTA_UPDATE=always` and `git diff`).
//!
//! Each example gets the memo its decision calls for (a rebuttal after an
//! RFE or a NOID, a re-filing after a denial), the cover letter, the gap
//! report, the exhibit index, the evidence-request letters and the draft
//! declarations.

use crate::support::{Rebut, TODAY, all_examples, check_file, root};
use rebut::render::MemoKind;

#[test]
fn every_memo_of_every_example_reads_as_pinned() {
    let mut pinned = Vec::new();
    for path in all_examples() {
        let relative = path.strip_prefix(root()).unwrap();
        // `examples/clinic/key.yaml` is `clinic-key`.
        let name = relative
            .strip_prefix("examples")
            .unwrap()
            .with_extension("")
            .to_str()
            .unwrap()
            .replace('/', "-");
        let decision = check_file(relative).case.info.decision.kind;
        for kind in [
            MemoKind::default_for(decision),
            MemoKind::Cover,
            MemoKind::Gaps,
            MemoKind::Exhibits,
            MemoKind::Requests,
            MemoKind::Declarations,
        ] {
            let memo = Rebut::new()
                .args([
                    "render",
                    "--today",
                    TODAY,
                    "--format",
                    "md",
                    "--memo",
                    kind.as_str(),
                ])
                .arg(relative)
                .status(0)
                .run()
                .stdout;
            let snapshot = format!("{name}-{}", kind.as_str());
            insta::assert_snapshot!(
                snapshot.clone(),
                memo,
                &format!("{} --memo {}", relative.display(), kind.as_str())
            );
            pinned.push(snapshot);
        }
    }
    // A new example is pinned too: this list is the snapshots' file names.
    assert_eq!(pinned.len(), 36, "{pinned:?}");
}
