//! `rebut packet` end to end, on files the tests make: multi-page PDFs
//! (one A4 with a rotated page, their size and resources inherited from the
//! page tree), a JPEG, a PNG with transparency, a filled form, a
//! password-protected PDF (`qpdf --encrypt`), a damaged one, a page-count
//! mismatch. The packet is read back with `qpdf --check`, `pdfinfo` and
//! `pdftotext` (Debian: qpdf, poppler-utils); where one is missing the test
//! says it skips those checks (and fails under CI, which installs them).

use lopdf::{Document, Object, Stream, dictionary};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{Scratch, programs};

fn rebut() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rebut"))
}

/// A fresh, empty folder for one test, removed when the test ends.
fn scratch(name: &str) -> Scratch {
    crate::support::scratch(&format!("packet-{name}"))
}

/// Whether the programs that read the packet back are here: where they are
/// not, `test` says it skips the checks that need them (and fails under CI).
fn tools(test: &str) -> bool {
    programs::available(test, &[programs::QPDF, programs::PDFINFO, programs::PDFTOTEXT])
}

// ---- fixtures -------------------------------------------------------------

/// A PDF with one page per text, of `size` points, the size and the font
/// resources set on the page tree (inherited by the pages), `rotate` on
/// the last page.
fn text_pdf(texts: &[&str], size: (f32, f32), rotate_last: Option<i64>) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let mut kids = Vec::new();
    for (n, text) in texts.iter().enumerate() {
        let ops = format!(
            "BT /F1 16 Tf 72 {} Td ({text}) Tj ET BT /F1 10 Tf 72 60 Td (footer of {text}) Tj ET",
            size.1 - 100.0
        );
        let content = doc.add_object(Stream::new(dictionary! {}, ops.into_bytes()));
        let mut page = dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content };
        if n + 1 == texts.len()
            && let Some(r) = rotate_last
        {
            page.set("Rotate", r);
        }
        kids.push(Object::Reference(doc.add_object(page)));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
            "MediaBox" => vec![0.into(), 0.into(), Object::Real(size.0), Object::Real(size.1)],
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        }),
    );
    finish(doc, pages_id)
}

fn finish(mut doc: Document, pages_id: lopdf::ObjectId) -> Vec<u8> {
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

/// A one-page form whose field value is drawn only by the field's
/// appearance stream, as a filled Form I-134 is.
fn form_pdf(value: &str) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let page_id = doc.new_object_id();
    let helv = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let appearance = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), 300.into(), 24.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "Helv" => helv } },
        },
        format!("/Tx BMC BT /Helv 12 Tf 2 7 Td ({value}) Tj ET EMC").into_bytes(),
    ));
    let field = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Widget", "FT" => "Tx",
        "T" => Object::string_literal("sponsor_name"),
        "V" => Object::string_literal(value),
        "Rect" => vec![200.into(), 600.into(), 500.into(), 624.into()],
        "F" => 4, "P" => page_id,
        "DA" => Object::string_literal("/Helv 12 Tf 0 g"),
        "AP" => dictionary! { "N" => appearance },
    });
    // A check box in its "Yes" state: only that state's appearance shows.
    let state = |text: &str| {
        Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form",
                "BBox" => vec![0.into(), 0.into(), 120.into(), 14.into()],
                "Resources" => dictionary! { "Font" => dictionary! { "Helv" => helv } },
            },
            format!("BT /Helv 10 Tf 1 3 Td ({text}) Tj ET").into_bytes(),
        )
    };
    let yes = doc.add_object(state("BOX TICKED"));
    let off = doc.add_object(state("BOX EMPTY"));
    let check_box = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Widget", "FT" => "Btn",
        "T" => Object::string_literal("employed"),
        "V" => "Yes", "AS" => "Yes", "F" => 4, "P" => page_id,
        "Rect" => vec![200.into(), 560.into(), 320.into(), 574.into()],
        "AP" => dictionary! { "N" => dictionary! { "Yes" => yes, "Off" => off } },
    });
    let content = doc.add_object(Stream::new(
        dictionary! {},
        b"BT /Helv 12 Tf 72 607 Td (Name of sponsor:) Tj ET BT /Helv 12 Tf 72 563 Td (Employed:) Tj ET"
            .to_vec(),
    ));
    doc.objects.insert(
        page_id,
        Object::Dictionary(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "Helv" => helv } },
            "Annots" => vec![Object::Reference(field), Object::Reference(check_box)],
        }),
    );
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1 }),
    );
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog", "Pages" => pages_id,
        "AcroForm" => dictionary! { "Fields" => vec![Object::Reference(field), Object::Reference(check_box)] },
    });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

/// A one-page PDF that draws about `bytes` of incompressible image data.
fn heavy_pdf(text: &str, bytes: usize, seed: u32) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let width = 400usize;
    let height = bytes / (3 * width);
    let mut state = seed.wrapping_mul(2_654_435_761).max(1);
    let noise: Vec<u8> = (0..width * height * 3)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state >> 24) as u8
        })
        .collect();
    let image = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image",
            "Width" => width as i64, "Height" => height as i64,
            "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8,
        },
        noise,
    ));
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let content = doc.add_object(Stream::new(
        dictionary! {},
        format!("q 300 0 0 200 150 400 cm /Im1 Do Q BT /F1 16 Tf 72 700 Td ({text}) Tj ET").into_bytes(),
    ));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        "Resources" => dictionary! {
            "Font" => dictionary! { "F1" => font },
            "XObject" => dictionary! { "Im1" => image },
        },
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }),
    );
    finish(doc, pages_id)
}

/// A 60×40 RGBA PNG, half of it transparent.
fn png_bytes() -> Vec<u8> {
    let (w, h) = (60u32, 40u32);
    let mut pixels = Vec::new();
    for y in 0..h {
        for x in 0..w {
            pixels.extend_from_slice(&[(x * 4) as u8, 90, (y * 6) as u8, if x < w / 2 { 255 } else { 0 }]);
        }
    }
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&pixels).unwrap();
    }
    out
}

fn jpeg_bytes() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packet/receipt.jpg")).unwrap()
}

const CASE_HEAD: &str = "rebut: 1
case:
  title: Humanitarian parole for J. Peña Núñez
  beneficiary: {name: José Peña Núñez, country: Peru}
  filed: 2026-07-01
  decision: {kind: rfe, date: 2026-11-01}
grounds:
  - id: urgency
    category: medical-urgency
    quote: Urgency is not shown.
    responses:
";

/// The good case: five lettered exhibits (A: 3-page letter, B: A4 records
/// with a rotated page and a certified translation, C: JPEG, D: PNG,
/// E: the filled form), one requested item that stays out, and the
/// front notice.
fn good_case(dir: &Path) -> PathBuf {
    std::fs::create_dir_all(dir.join("docs")).unwrap();
    let write = |name: &str, bytes: Vec<u8>| std::fs::write(dir.join("docs").join(name), bytes).unwrap();
    write(
        "berg.pdf",
        text_pdf(
            &["Berg letter one", "Berg letter two", "Berg letter three"],
            (612.0, 792.0),
            None,
        ),
    );
    write(
        "records.pdf",
        text_pdf(
            &["Registro clinico uno", "Registro clinico dos"],
            (595.0, 842.0),
            Some(90),
        ),
    );
    write(
        "records-en.pdf",
        text_pdf(
            &[
                "Clinical record one (translation)",
                "Clinical record two (translation)",
            ],
            (612.0, 792.0),
            None,
        ),
    );
    write("receipt.jpg", jpeg_bytes());
    write("photo.png", png_bytes());
    write("i134.pdf", form_pdf("Roseline Dorvil"));
    std::fs::write(
        dir.join("notice.pdf"),
        text_pdf(&["REQUEST FOR EVIDENCE"], (612.0, 792.0), None),
    )
    .unwrap();
    let case = format!(
        "{CASE_HEAD}      - point: The letter and the records show urgency.
        evidence: [berg, records]
      - point: The deposit is paid, the family is pictured and the sponsor commits support.
        evidence: [receipt, photo, i134, later]
evidence:
  - id: berg
    type: physician-opinion
    title: Declaration of Dr. Naomi Berg
    author: Dr. Naomi Berg
    date: 2026-11-05
    pages: 3
    file: docs/berg.pdf
  - id: records
    type: medical-record
    title: Historia clínica de la Dra. Peña
    author: Clínica San Martín
    pages: 2
    language: es
    translation: {{certified: true, translator: Inés Ruiz, file: docs/records-en.pdf}}
    file: docs/records.pdf
  - id: receipt
    type: cost-quote
    title: Hospital deposit receipt
    file: docs/receipt.jpg
  - id: photo
    type: other
    title: Family photograph
    file: docs/photo.png
  - id: i134
    type: financial-support
    title: Form I-134, Declaration of Financial Support
    file: docs/i134.pdf
  - id: later
    type: travel-plan
    title: Travel plan
    status: requested
"
    );
    let path = dir.join("case.yaml");
    std::fs::write(&path, case).unwrap();
    path
}

// ---- reading the packet back ---------------------------------------------

fn run(args: &[&str], cwd: &Path) -> (i32, String) {
    let out = rebut().current_dir(cwd).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn page_count(pdf: &Path) -> usize {
    let out = std::process::Command::new("pdfinfo").arg(pdf).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("pdfinfo {}: {text}", pdf.display()))
}

fn page_text(pdf: &Path, page: usize) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-f", &page.to_string(), "-l", &page.to_string(), "-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext page {page}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn qpdf_check(pdf: &Path) {
    let out = std::process::Command::new("qpdf")
        .arg("--check")
        .arg(pdf)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "qpdf --check {}: {text}{}",
        pdf.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("No syntax or stream encoding errors found"),
        "{text}"
    );
}

/// The bookmark titles and the page (1-based) each opens.
fn bookmarks(pdf: &Path) -> Vec<(String, usize)> {
    let out = std::process::Command::new("qpdf")
        .args(["--json", "--json-key=outlines", "--json-key=pages"])
        .arg(pdf)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let pages: Vec<String> = json["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["object"].as_str().unwrap().to_owned())
        .collect();
    json["outlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            let target = o["destpageposfrom1"]
                .as_u64()
                .map(|n| n as usize)
                .unwrap_or_else(|| {
                    let object = o["dest"][0].as_str().unwrap_or_default();
                    pages.iter().position(|p| p == object).unwrap() + 1
                });
            (o["title"].as_str().unwrap().to_owned(), target)
        })
        .collect()
}

// ---- checks of the good packet ------------------------------------------

/// The front document comes first, as it was: no packet number on it.
fn assert_front_notice(pdf: &Path) {
    let notice = page_text(pdf, 1);
    assert!(
        notice.contains("REQUEST FOR EVIDENCE") && !notice.contains("p. "),
        "{notice}"
    );
}

/// The index: heading, case title, translation note, each lettered
/// exhibit's packet pages, nothing requested.
fn assert_index(pdf: &Path) {
    let index = page_text(pdf, 2);
    assert!(index.contains("INDEX OF EXHIBITS"), "{index}");
    assert!(index.contains("Humanitarian parole for J. Peña Núñez"), "{index}");
    assert!(index.contains("Historia clínica de la Dra. Peña"), "{index}");
    assert!(
        index.contains("Certified English translation by Inés Ruiz follows (2 pages)"),
        "{index}"
    );
    for (letter, range) in [("A", "1–3"), ("B", "4–7"), ("C", "8"), ("D", "9"), ("E", "10")] {
        let row = index
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{letter} ")))
            .unwrap_or_else(|| panic!("no row for {letter} in {index}"));
        assert!(row.trim_end().ends_with(range), "{letter}: {row}");
    }
    assert!(!index.contains("Travel plan"), "a requested item is not lettered");
}

/// Exhibit A's divider names it and carries no packet number.
fn assert_first_divider(pdf: &Path) {
    let divider = page_text(pdf, 3);
    assert!(
        divider.contains("EXHIBIT A") && divider.contains("Declaration of Dr. Naomi Berg"),
        "{divider}"
    );
    assert!(
        !divider.contains("p. "),
        "dividers carry no packet number: {divider}"
    );
}

/// Every exhibit page: its own text, its stamp, its packet page; the
/// filled form with its values.
fn assert_stamped_exhibit_pages(pdf: &Path) {
    let expect = [
        (4, "Berg letter one", "Exhibit A, page 1 of 3", "p. 1"),
        (6, "Berg letter three", "Exhibit A, page 3 of 3", "p. 3"),
        (8, "Registro clinico uno", "Exhibit B, page 1 of 2", "p. 4"),
        (9, "Registro clinico dos", "Exhibit B, page 2 of 2", "p. 5"),
        (
            10,
            "Clinical record one",
            "Exhibit B, translation, page 1 of 2",
            "p. 6",
        ),
        (
            11,
            "Clinical record two",
            "Exhibit B, translation, page 2 of 2",
            "p. 7",
        ),
        (13, "", "Exhibit C, page 1 of 1", "p. 8"),
        (15, "", "Exhibit D, page 1 of 1", "p. 9"),
        (17, "Name of sponsor:", "Exhibit E, page 1 of 1", "p. 10"),
    ];
    for (page, own, stamp, packet) in expect {
        let text = page_text(pdf, page);
        assert!(text.contains(own), "page {page}: {text}");
        assert!(text.contains(stamp), "page {page} stamp: {text}");
        assert!(
            text.lines().any(|l| l.trim_end().ends_with(packet)),
            "page {page} {packet}: {text}"
        );
        // The document's own footer stays readable, clear of the stamp.
        if !own.is_empty() && page < 12 {
            assert!(text.contains(&format!("footer of {own}")), "page {page}: {text}");
        }
    }
    // The filled form shows its values, the check box in its own state.
    let form = page_text(pdf, 17);
    assert!(form.contains("Roseline Dorvil"), "{form}");
    assert!(
        form.contains("BOX TICKED") && !form.contains("BOX EMPTY"),
        "{form}"
    );
}

/// One bookmark for the front document, the index and each exhibit, on
/// the page each starts.
fn assert_bookmarks(pdf: &Path) {
    let marks = bookmarks(pdf);
    let titles: Vec<&str> = marks.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        titles,
        [
            "notice.pdf",
            "Index of Exhibits",
            "Exhibit A: Declaration of Dr. Naomi Berg",
            "Exhibit B: Historia clínica de la Dra. Peña",
            "Exhibit C: Hospital deposit receipt",
            "Exhibit D: Family photograph",
            "Exhibit E: Form I-134, Declaration of Financial Support",
        ]
    );
    let targets: Vec<usize> = marks.iter().map(|(_, p)| *p).collect();
    assert_eq!(targets, [1, 2, 3, 7, 12, 14, 16]);
}

/// Every page is Letter, the front notice included (it was Letter); the
/// records' rotated A4 page is shown landscape, on Letter turned so.
fn assert_page_sizes(pdf: &Path) {
    let info = std::process::Command::new("pdfinfo")
        .args(["-f", "1", "-l", "17"])
        .arg(pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    let sizes: Vec<&str> = info
        .lines()
        .filter(|l| {
            l.contains(" size:")
                && l.trim_start_matches("Page")
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
        })
        .collect();
    assert_eq!(sizes.len(), 17);
    for (n, size) in sizes.iter().enumerate() {
        let expected = if n + 1 == 9 { "792 x 612" } else { "612 x 792" };
        assert!(size.contains(expected), "page {}: {size}", n + 1);
    }
}

// ---- tests ------------------------------------------------------------------

#[test]
fn the_packet_holds_front_index_dividers_and_stamped_exhibits_in_order() {
    let dir = scratch("good");
    good_case(&dir);
    let (code, err) = run(
        &[
            "packet",
            "case.yaml",
            "--front",
            "notice.pdf",
            "-o",
            "out/packet.pdf",
        ],
        &dir,
    );
    // The output folder does not exist: refused, nothing written.
    assert_eq!(code, 2, "{err}");
    std::fs::create_dir_all(dir.join("out")).unwrap();
    let (code, err) = run(
        &[
            "packet",
            "case.yaml",
            "--front",
            "notice.pdf",
            "-o",
            "out/packet.pdf",
        ],
        &dir,
    );
    assert_eq!(code, 0, "{err}");
    // Warned, not refused: the A4 records, the form.
    assert!(
        err.contains(
            "warning: case.yaml:31:11: Exhibit B (records) docs/records.pdf: none of its 2 pages is Letter size"
        ),
        "{err}"
    );
    assert!(
        err.contains("Exhibit E (i134) docs/i134.pdf: has form fields or annotations"),
        "{err}"
    );
    if !tools("the_packet_holds_front_index_dividers_and_stamped_exhibits_in_order") {
        return;
    }
    let pdf = dir.join("out/packet.pdf");
    qpdf_check(&pdf);
    // notice 1, index 1, A 1+3, B 1+2+2, C 1+1, D 1+1, E 1+1.
    assert_eq!(page_count(&pdf), 17);

    assert_front_notice(&pdf);
    assert_index(&pdf);
    assert_first_divider(&pdf);
    assert_stamped_exhibit_pages(&pdf);
    assert_bookmarks(&pdf);
    assert_page_sizes(&pdf);
}

#[test]
fn the_packet_and_the_memo_agree_on_every_packet_page() {
    let dir = scratch("agree");
    good_case(&dir);
    let out = rebut()
        .current_dir(&dir)
        .args([
            "render",
            "case.yaml",
            "--memo",
            "exhibits",
            "--today",
            "2026-11-20",
        ])
        .output()
        .unwrap();
    // The memo keeps "pp." and its number together with a no-break space.
    let memo = String::from_utf8(out.stdout).unwrap().replace('\u{a0}', " ");
    let (code, err) = run(
        &["packet", "case.yaml", "-o", "packet.pdf", "--today", "2026-11-20"],
        &dir,
    );
    assert_eq!(code, 0, "{err}");
    if !tools("the_packet_and_the_memo_agree_on_every_packet_page") {
        return;
    }
    let index = page_text(&dir.join("packet.pdf"), 1);
    for (letter, range) in [
        ("A", "pp. 1–3"),
        ("B", "pp. 4–7"),
        ("C", "p. 8"),
        ("D", "p. 9"),
        ("E", "p. 10"),
    ] {
        let row = memo
            .lines()
            .find(|l| l.starts_with(&format!("| {letter} |")))
            .unwrap_or_else(|| panic!("memo row {letter}: {memo}"));
        assert!(row.contains(&format!("| {range} |")), "memo {letter}: {row}");
        let bare = range.trim_start_matches("pp. ").trim_start_matches("p. ");
        assert!(
            index
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("{letter} ")) && l.trim_end().ends_with(bare)),
            "packet index {letter} {bare}: {index}"
        );
    }
    assert!(memo.contains("The packet has ten pages"), "{memo}");
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    let dir = scratch("same");
    good_case(&dir);
    for name in ["one.pdf", "two.pdf"] {
        let (code, err) = run(
            &["packet", "case.yaml", "--front", "notice.pdf", "-o", name],
            &dir,
        );
        assert_eq!(code, 0, "{err}");
    }
    let one = std::fs::read(dir.join("one.pdf")).unwrap();
    let two = std::fs::read(dir.join("two.pdf")).unwrap();
    assert!(one == two, "two runs differ");
    assert!(
        !one.windows(12).any(|w| w == b"CreationDate"),
        "no dates in the packet"
    );
    let trailer = &one[one.windows(4).rposition(|w| w == b"/ID[").expect("a document id")..];
    let id = String::from_utf8_lossy(&trailer[..80]);
    let placeholder: String = b"rebut-packet-id!".iter().map(|b| format!("{b:02X}")).collect();
    assert!(
        !id.to_uppercase().contains(&placeholder),
        "the id is filled in: {id}"
    );
}

#[test]
fn preflight_lists_every_problem_at_once_and_writes_nothing() {
    let dir = scratch("refused");
    good_case(&dir);
    // Break five of the exhibits five ways, plus a missing front document.
    let docs = dir.join("docs");
    std::fs::write(
        docs.join("berg.pdf"),
        text_pdf(&["one", "two"], (612.0, 792.0), None),
    )
    .unwrap();
    std::fs::write(docs.join("receipt.jpg"), b"PK\x03\x04 not an image at all").unwrap();
    std::fs::remove_file(docs.join("photo.png")).unwrap();
    std::fs::write(docs.join("i134.pdf"), b"%PDF-1.7\n1 0 obj << /Type /Catal").unwrap();
    // The password-protected exhibit is made with qpdf.
    let encrypted = programs::available(
        "preflight_lists_every_problem_at_once_and_writes_nothing (its encrypted exhibit)",
        &[programs::QPDF],
    );
    if encrypted {
        let status = std::process::Command::new("qpdf")
            .args(["--encrypt", "user-secret", "owner-secret", "256", "--"])
            .arg(docs.join("records-en.pdf"))
            .arg(docs.join("records-en-locked.pdf"))
            .status()
            .unwrap();
        assert!(status.success());
        std::fs::rename(docs.join("records-en-locked.pdf"), docs.join("records-en.pdf")).unwrap();
    }
    let (code, err) = run(
        &[
            "packet",
            "case.yaml",
            "--front",
            "missing-notice.pdf",
            "-o",
            "packet.pdf",
        ],
        &dir,
    );
    assert_eq!(code, 2, "{err}");
    assert!(!dir.join("packet.pdf").exists());
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let mut expected = vec![
        "front document missing-notice.pdf: no file at this path",
        "case.yaml:23:11: Exhibit A (berg) docs/berg.pdf: `pages` declares 3 pages, but the PDF has 2",
        "Exhibit C (receipt) docs/receipt.jpg: is not a PDF, JPEG or PNG file",
        "Exhibit D (photo) docs/photo.png: no file at this path",
        "Exhibit E (i134) docs/i134.pdf: is a damaged PDF",
    ];
    if encrypted {
        expected.push("Exhibit B (records), translation docs/records-en.pdf: needs a password to open");
    }
    for line in &expected {
        assert!(err.contains(line), "missing `{line}` in:\n{err}");
    }
    assert!(err.contains(&format!("{} problems", expected.len())), "{err}");
}

#[test]
fn a_lettered_exhibit_needs_a_file_and_a_translation_its_own() {
    let dir = scratch("no-file");
    let case = format!(
        "{CASE_HEAD}      - point: The letter shows urgency.
        evidence: [berg]
evidence:
  - id: berg
    type: physician-opinion
    title: Carta de la Dra. Peña
    pages: 2
    language: es
    translation: {{certified: true, pages: 3}}
"
    );
    std::fs::write(dir.join("case.yaml"), case).unwrap();
    let (code, err) = run(&["packet", "case.yaml", "-o", "packet.pdf"], &dir);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("Exhibit A (berg): has no `file`"), "{err}");
    assert!(
        err.contains("Exhibit A (berg), translation: the certified translation has no `file`"),
        "{err}"
    );
    assert!(err.contains("2 problems"), "{err}");
}

#[test]
fn a_translation_page_count_is_checked_against_its_own_key() {
    let dir = scratch("translation-pages");
    good_case(&dir);
    let text = std::fs::read_to_string(dir.join("case.yaml")).unwrap();
    let text = text.replace("translator: Inés Ruiz,", "translator: Inés Ruiz, pages: 3,");
    std::fs::write(dir.join("case.yaml"), text).unwrap();
    let (code, err) = run(&["packet", "case.yaml", "-o", "packet.pdf"], &dir);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("Exhibit B (records), translation docs/records-en.pdf: `translation.pages` declares 3 pages, but the PDF has 2"),
        "{err}"
    );
}

#[test]
fn large_packets_split_into_volumes_at_exhibit_boundaries() {
    let dir = scratch("volumes");
    std::fs::create_dir_all(dir.join("docs")).unwrap();
    // Four exhibits of about 0.4 MB and one of 1.3 MB, under a 1 MB limit.
    let sizes = [400_000, 400_000, 400_000, 1_300_000, 400_000];
    let mut evidence = String::new();
    let mut ids = Vec::new();
    for (n, size) in sizes.iter().enumerate() {
        let id = format!("doc{n}");
        std::fs::write(
            dir.join(format!("docs/{id}.pdf")),
            heavy_pdf(&format!("Heavy document {n}"), *size, n as u32 + 1),
        )
        .unwrap();
        evidence.push_str(&format!(
            "  - id: {id}\n    type: other\n    title: Heavy document {n}\n    file: docs/{id}.pdf\n"
        ));
        ids.push(id);
    }
    let case = format!(
        "{CASE_HEAD}      - point: Everything.\n        evidence: [{}]\nevidence:\n{evidence}",
        ids.join(", ")
    );
    std::fs::write(dir.join("case.yaml"), case).unwrap();
    let (code, err) = run(
        &["packet", "case.yaml", "--max-mb", "1", "-o", "packet.pdf"],
        &dir,
    );
    assert_eq!(code, 0, "{err}");
    assert!(!dir.join("packet.pdf").exists(), "split packets are numbered");
    assert!(
        err.contains("Exhibit D (doc3) docs/doc3.pdf: is larger than the limit on its own"),
        "{err}"
    );
    let volumes: Vec<PathBuf> = (1..=10)
        .map(|n| dir.join(format!("packet-{n}.pdf")))
        .take_while(|p| p.exists())
        .collect();
    // A+B, C, D alone, E.
    assert_eq!(volumes.len(), 4, "{err}");
    for (n, volume) in volumes.iter().enumerate() {
        let size = std::fs::metadata(volume).unwrap().len();
        if n != 2 {
            assert!(size <= 1_000_000, "volume {} is {size} bytes", n + 1);
        }
    }
    if !tools("large_packets_split_into_volumes_at_exhibit_boundaries") {
        return;
    }
    let mut next_packet_page = 1;
    let mut letters = Vec::new();
    for (n, volume) in volumes.iter().enumerate() {
        qpdf_check(volume);
        let index = page_text(volume, 1);
        assert!(index.contains(&format!("Volume {} of 4", n + 1)), "{index}");
        // Index, then divider and one page per exhibit; the stamps carry on
        // from one volume to the next.
        let pages = page_count(volume);
        assert_eq!(pages % 2, 1);
        for k in 0..(pages - 1) / 2 {
            let divider = page_text(volume, 2 + 2 * k);
            let letter = divider.split_whitespace().nth(1).unwrap().to_owned();
            assert!(
                index.contains(&format!("Heavy document {}", letters.len())),
                "{index}"
            );
            let page = page_text(volume, 3 + 2 * k);
            assert!(page.contains(&format!("Exhibit {letter}, page 1 of 1")), "{page}");
            assert!(page.contains(&format!("p. {next_packet_page}")), "{page}");
            next_packet_page += 1;
            letters.push(letter);
        }
    }
    assert_eq!(letters, ["A", "B", "C", "D", "E"]);
    earlier_volumes_do_not_stay_beside_a_new_packet(&dir);
}

/// After a run in four volumes: a file named like a volume that `rebut`
/// did not write is refused over; then a run in one volume is refused
/// while the four are there, and with `--force` removes them, so that the
/// folder holds one packet; `-o -` writes that one volume to standard
/// output and refuses several.
fn earlier_volumes_do_not_stay_beside_a_new_packet(dir: &Path) {
    std::fs::write(dir.join("packet-7.pdf"), b"my own notes").unwrap();
    let (code, err) = run(&["packet", "case.yaml", "-o", "packet.pdf"], dir);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("packet-7.pdf"), "{err}");
    assert!(!dir.join("packet.pdf").exists());
    assert!(dir.join("packet-4.pdf").exists());
    std::fs::remove_file(dir.join("packet-7.pdf")).unwrap();

    let (code, err) = run(&["packet", "case.yaml", "-o", "packet.pdf"], dir);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("packet-1.pdf") && err.contains("--force"), "{err}");
    assert!(!dir.join("packet.pdf").exists());
    assert!(dir.join("packet-4.pdf").exists(), "kept without --force");

    let (code, err) = run(&["packet", "case.yaml", "--force", "-o", "packet.pdf"], dir);
    assert_eq!(code, 0, "{err}");
    assert!(dir.join("packet.pdf").exists());
    for n in 1..=4 {
        assert!(
            !dir.join(format!("packet-{n}.pdf")).exists(),
            "packet-{n}.pdf stayed"
        );
        assert!(
            err.contains(&format!("removed packet-{n}.pdf, a volume of an earlier run")),
            "{err}"
        );
    }

    let out = rebut()
        .current_dir(dir)
        .args(["packet", "case.yaml", "-o", "-"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.stdout, std::fs::read(dir.join("packet.pdf")).unwrap());
    assert!(!dir.join("-").exists());
    let out = rebut()
        .current_dir(dir)
        .args(["packet", "case.yaml", "--max-mb", "1", "-o", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("takes 4 volumes"));
}

#[test]
fn the_packet_never_writes_over_an_input() {
    let dir = scratch("inputs");
    good_case(&dir);
    let before = std::fs::read(dir.join("docs/berg.pdf")).unwrap();
    for target in ["docs/berg.pdf", "notice.pdf", "docs/records-en.pdf", "case.yaml"] {
        let kept = std::fs::read(dir.join(target)).unwrap();
        let (code, err) = run(
            &["packet", "case.yaml", "--front", "notice.pdf", "-o", target],
            &dir,
        );
        assert_eq!(code, 2, "{target}: {err}");
        assert!(err.contains("refusing to write"), "{err}");
        assert_eq!(
            std::fs::read(dir.join(target)).unwrap(),
            kept,
            "{target} unchanged"
        );
    }
    assert_eq!(std::fs::read(dir.join("docs/berg.pdf")).unwrap(), before);
}

#[test]
fn translation_pages_and_file_are_read_with_located_errors() {
    let dir = scratch("translation-keys");
    let case = format!(
        "{CASE_HEAD}      - point: The letter shows urgency.
        evidence: [berg]
evidence:
  - id: berg
    type: physician-opinion
    title: Carta de la Dra. Peña
    language: es
    translation: {{certified: true, pages: 0, file: docs/carta-en.pdf, pagez: 2}}
"
    );
    std::fs::write(dir.join("case.yaml"), case).unwrap();
    let out = rebut()
        .current_dir(&dir)
        .args(["check", "case.yaml"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    // `pages: 0` and the misspelt `pagez`, each at its place on line 19.
    for expected in [
        "case.yaml:19:43",
        "case.yaml:19:71",
        "`evidence.translation.pages`",
        "pagez",
    ] {
        assert!(err.contains(expected), "missing `{expected}` in:\n{err}");
    }
}

/// (code, severity, subject) of every finding `rebut check` makes of the
/// case in `dir` about its files and page counts.
fn file_findings(dir: &Path) -> Vec<(String, String, String)> {
    let out = rebut()
        .current_dir(dir)
        .args(["check", "--today", "2026-11-25", "--format", "json", "case.yaml"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let mut found: Vec<(String, String, String)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| matches!(f["code"].as_str(), Some("missing-file" | "page-count")))
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap().to_owned();
            (s("code"), s("severity"), s("subject"))
        })
        .collect();
    found.sort();
    found
}

#[test]
fn check_tells_what_the_packet_will_refuse() {
    let dir = scratch("check-agrees");
    good_case(&dir);
    let (code, err) = run(&["packet", "case.yaml", "-o", "packet.pdf"], &dir);
    assert_eq!(code, 0, "{err}");
    assert_eq!(file_findings(&dir), vec![]);

    // An exhibit without `file`, a certified translation without one, and
    // a PDF with fewer pages than the case file says.
    let text = std::fs::read_to_string(dir.join("case.yaml")).unwrap();
    let text = text
        .replace("    file: docs/i134.pdf\n", "")
        .replace(", file: docs/records-en.pdf}", "}");
    std::fs::write(dir.join("case.yaml"), text).unwrap();
    std::fs::write(
        dir.join("docs/berg.pdf"),
        text_pdf(&["one", "two"], (612.0, 792.0), None),
    )
    .unwrap();

    let (code, err) = run(&["packet", "case.yaml", "-o", "packet.pdf"], &dir);
    assert_eq!(code, 2, "{err}");
    for line in [
        "Exhibit A (berg) docs/berg.pdf: `pages` declares 3 pages, but the PDF has 2",
        "Exhibit B (records), translation: the certified translation has no `file`",
        "Exhibit E (i134): has no `file`",
        "3 problems",
    ] {
        assert!(err.contains(line), "missing `{line}` in:\n{err}");
    }
    let s = |a: &str, b: &str, c: &str| (a.to_owned(), b.to_owned(), c.to_owned());
    assert_eq!(
        file_findings(&dir),
        vec![
            s("missing-file", "note", "i134"),
            s("missing-file", "note", "records"),
            s("page-count", "warning", "berg"),
        ]
    );
}

// ---- hostile and odd inputs ----------------------------------------------

/// A case whose exhibits are `(id, file, pages)`, all cited by one point.
fn case_of(dir: &Path, exhibits: &[(&str, &str, u32)]) -> PathBuf {
    let ids: Vec<&str> = exhibits.iter().map(|e| e.0).collect();
    let mut text = format!(
        "{CASE_HEAD}      - point: The documents show urgency.\n        evidence: [{}]\nevidence:\n",
        ids.join(", ")
    );
    for (id, file, pages) in exhibits {
        text.push_str(&format!(
            "  - id: {id}\n    type: other\n    title: Document {id}\n    pages: {pages}\n    file: {file}\n"
        ));
    }
    let path = dir.join("case.yaml");
    std::fs::write(&path, text).unwrap();
    path
}

/// A one-page PDF whose page tree lists its page and then itself.
fn looping_pdf() -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let content = doc.add_object(Stream::new(dictionary! {}, b"0 0 m 10 10 l S".to_vec()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into(), pages_id.into()], "Count" => 2,
        }),
    );
    finish(doc, pages_id)
}

/// A one-page PDF whose page draws the streams `streams` (repeats allowed).
fn streams_pdf(streams: Vec<Stream>, order: &[usize]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let ids: Vec<_> = streams.into_iter().map(|s| doc.add_object(s)).collect();
    let contents: Vec<Object> = order.iter().map(|&i| Object::Reference(ids[i])).collect();
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => contents,
        "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }),
    );
    finish(doc, pages_id)
}

/// A zlib stream of `mib` MiB of zeros, a few hundred bytes per MiB: one
/// compressed MiB repeated (each block stands alone), then a final block.
fn zeros_deflated(mib: usize) -> Vec<u8> {
    use flate2::{Compress, Compression, FlushCompress};
    let mut compress = Compress::new(Compression::best(), false);
    let mut block = Vec::with_capacity(1 << 16);
    compress
        .compress_vec(&vec![0u8; 1 << 20], &mut block, FlushCompress::Sync)
        .unwrap();
    let mut out = vec![0x78, 0xDA];
    for _ in 0..mib {
        out.extend_from_slice(&block);
    }
    out.extend_from_slice(&[0x03, 0x00]);
    let len = (mib as u64) << 20;
    let adler = ((len % 65521) << 16) | 1;
    out.extend_from_slice(&(adler as u32).to_be_bytes());
    out
}

/// A PNG header that claims `w` × `h` pixels, with a token of data.
fn huge_png(w: u32, h: u32) -> Vec<u8> {
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        let mut out = (data.len() as u32).to_be_bytes().to_vec();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&crc.sum().to_be_bytes());
        out
    };
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(chunk(b"IHDR", &ihdr));
    out.extend(chunk(b"IDAT", &zeros_deflated(1)));
    out.extend(chunk(b"IEND", b""));
    out
}

#[test]
fn hostile_inputs_are_refused_with_their_reason_without_hanging() {
    let dir = scratch("hostile");
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::os::unix::fs::symlink("/dev/zero", docs.join("zero.pdf")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(docs.join("pipe.pdf"))
        .status()
        .is_ok_and(|s| s.success());
    if !fifo {
        eprintln!("skipping the FIFO: `mkfifo` failed");
        std::fs::write(docs.join("pipe.pdf"), text_pdf(&["x"], (612.0, 792.0), None)).unwrap();
    }
    std::fs::write(docs.join("empty.pdf"), b"").unwrap();
    std::fs::write(docs.join("huge.png"), huge_png(30_000, 30_000)).unwrap();
    std::fs::write(docs.join("loop.pdf"), looping_pdf()).unwrap();
    // 300 kB of content listed 1,000 times: 300 MB once joined.
    let spaces = Stream::new(dictionary! {}, vec![b' '; 300_000]);
    std::fs::write(docs.join("repeat.pdf"), streams_pdf(vec![spaces], &[0; 1000])).unwrap();
    // A few hundred kB that expand to 130 MiB, beside an ordinary stream.
    let bomb = Stream::new(dictionary! { "Filter" => "FlateDecode" }, zeros_deflated(130));
    let plain = Stream::new(dictionary! {}, b"0 0 m 5 5 l S".to_vec());
    std::fs::write(docs.join("bomb.pdf"), streams_pdf(vec![plain, bomb], &[0, 1])).unwrap();
    std::fs::write(docs.join("big.pdf"), heavy_pdf("big", 1_500_000, 3)).unwrap();
    case_of(
        &dir,
        &[
            ("zero", "docs/zero.pdf", 1),
            ("pipe", "docs/pipe.pdf", 1),
            ("empty", "docs/empty.pdf", 1),
            ("huge", "docs/huge.png", 1),
            ("loop", "docs/loop.pdf", 1),
            ("repeat", "docs/repeat.pdf", 1),
            ("bomb", "docs/bomb.pdf", 1),
            ("big", "docs/big.pdf", 1),
        ],
    );
    let (code, err) = run(
        &[
            "packet",
            "case.yaml",
            "--max-file-mb",
            "1",
            "--front",
            "/dev/zero",
            "-o",
            "packet.pdf",
        ],
        &dir,
    );
    assert_eq!(code, 2, "{err}");
    let mut expected = vec![
        "front document /dev/zero: is a device, not a document",
        "Exhibit A (zero) docs/zero.pdf: is a device, not a document",
        "Exhibit C (empty) docs/empty.pdf: is empty (0 bytes)",
        "Exhibit D (huge) docs/huge.png: the PNG is 30000 × 30000 pixels (900 million), over the limit",
        "Exhibit E (loop) docs/loop.pdf: is a damaged PDF: its page tree loops",
        "Exhibit F (repeat) docs/repeat.pdf: page 1 cannot be used: its content, 1000 streams joined, decodes to more than 268.4 MB",
        "Exhibit G (bomb) docs/bomb.pdf: page 1 cannot be used: a content stream expands past 134.2 MB",
        "Exhibit H (big) docs/big.pdf: is 1.5 MB, over the limit of 1.0 MB for one document",
    ];
    if fifo {
        expected.push("Exhibit B (pipe) docs/pipe.pdf: is a named pipe (FIFO), not a document");
    }
    for line in &expected {
        assert!(err.contains(line), "missing `{line}` in:\n{err}");
    }
    assert!(!err.contains("open an issue"), "{err}");
    assert!(!dir.join("packet.pdf").exists());
}

#[test]
fn a_file_outside_the_case_folder_is_named_in_a_warning() {
    let dir = scratch("outside");
    let case_dir = dir.join("case");
    std::fs::create_dir_all(&case_dir).unwrap();
    std::fs::write(
        dir.join("elsewhere.pdf"),
        text_pdf(&["elsewhere"], (612.0, 792.0), None),
    )
    .unwrap();
    std::fs::write(
        case_dir.join("inside.pdf"),
        text_pdf(&["inside"], (612.0, 792.0), None),
    )
    .unwrap();
    case_of(
        &case_dir,
        &[("out", "../elsewhere.pdf", 1), ("in", "inside.pdf", 1)],
    );
    let (code, err) = run(&["packet", "case.yaml", "-o", "packet.pdf"], &case_dir);
    assert_eq!(code, 0, "{err}");
    let outside = dir.join("elsewhere.pdf").canonicalize().unwrap();
    assert!(
        err.contains(&format!(
            "Exhibit A (out) ../elsewhere.pdf: is outside the case's folder ({})",
            outside.display()
        )),
        "{err}"
    );
    assert!(!err.contains("inside.pdf: is outside"), "{err}");
}

#[test]
fn a_page_count_left_to_its_default_is_not_said_to_be_declared() {
    let dir = scratch("default-pages");
    std::fs::write(
        dir.join("two.pdf"),
        text_pdf(&["one", "two"], (612.0, 792.0), None),
    )
    .unwrap();
    let text = format!(
        "{CASE_HEAD}      - point: It shows urgency.\n        evidence: [two]\nevidence:\n  - {{id: two, type: other, title: Two pages, file: two.pdf}}\n"
    );
    std::fs::write(dir.join("case.yaml"), text).unwrap();
    let (code, err) = run(&["packet", "case.yaml", "-o", "packet.pdf"], &dir);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("two.pdf: `pages` is 1 (also when it is not given), but the PDF has 2"),
        "{err}"
    );
    assert!(!err.contains("declares 1 page"), "{err}");
}

// ---- faithful pages ------------------------------------------------------

/// The first page's annotations for [`faithful_pdf`], the button first.
fn faithful_annotations(doc: &mut Document, p1: lopdf::ObjectId, helv: lopdf::ObjectId) -> Vec<Object> {
    let appearance = |doc: &mut Document, text: &str| {
        doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form",
                "BBox" => vec![0.into(), 0.into(), 200.into(), 20.into()],
                "Resources" => dictionary! { "Font" => dictionary! { "Helv" => helv } },
            },
            format!("BT /Helv 12 Tf 2 5 Td ({text}) Tj ET").into_bytes(),
        ))
    };
    let button_ap = appearance(doc, "START OVER BUTTON");
    let outside_ap = appearance(doc, "OUTSIDE CROP STAMP");
    let printed_ap = appearance(doc, "PRINTED STAMP");
    let rect = |x: i64, y: i64| vec![x.into(), y.into(), (x + 200).into(), (y + 20).into()];
    let button = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Widget", "FT" => "Btn", "F" => 0, "P" => p1,
        "Rect" => rect(300, 500), "AP" => dictionary! { "N" => button_ap },
    });
    let outside = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Stamp", "F" => 4, "Rect" => rect(300, 760),
        "AP" => dictionary! { "N" => outside_ap },
    });
    let printed = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Stamp", "F" => 4, "Rect" => rect(300, 400),
        "AP" => dictionary! { "N" => printed_ap },
    });
    let highlight = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Highlight", "F" => 4, "Rect" => rect(72, 600),
        "QuadPoints" => vec![72.into(), 620.into(), 272.into(), 620.into(), 72.into(), 600.into(), 272.into(), 600.into()],
    });
    let script = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Link", "Rect" => rect(72, 300),
        "A" => dictionary! { "S" => "JavaScript", "JS" => Object::string_literal("app.alert('hi')") },
    });
    let launch = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Link", "Rect" => rect(72, 270),
        "A" => dictionary! { "S" => "Launch", "F" => Object::string_literal("cmd.exe") },
    });
    let web = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Link", "Rect" => rect(72, 240),
        "A" => dictionary! { "S" => "URI", "URI" => Object::string_literal("https://www.uscis.gov/") },
    });
    let named = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Link", "Rect" => rect(72, 210),
        "Dest" => Object::string_literal("second"),
    });
    [button, outside, printed, highlight, script, launch, web, named]
        .into_iter()
        .map(Object::Reference)
        .collect()
}

/// Two pages: the first with a layer that is off, a non-printing button,
/// a stamp outside the crop box, a highlight without an appearance, a
/// JavaScript link, a web link and a link to the second page by name; a
/// signed form (`SigFlags`) too.
fn faithful_pdf() -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let p1 = doc.new_object_id();
    let p2 = doc.new_object_id();
    let helv =
        doc.add_object(dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" });
    let layer =
        doc.add_object(dictionary! { "Type" => "OCG", "Name" => Object::string_literal("Draft notes") });
    let annots = faithful_annotations(&mut doc, p1, helv);
    let content1 = doc.add_object(Stream::new(
        dictionary! {},
        b"BT /F1 14 Tf 72 700 Td (VISIBLE TEXT) Tj ET /OC /L1 BDC BT /F1 14 Tf 72 650 Td (HIDDEN LAYER TEXT) Tj ET EMC"
            .to_vec(),
    ));
    let content2 = doc.add_object(Stream::new(
        dictionary! {},
        b"BT /F1 14 Tf 72 700 Td (SECOND PAGE) Tj ET".to_vec(),
    ));
    let resources = dictionary! {
        "Font" => dictionary! { "F1" => helv },
        "Properties" => dictionary! { "L1" => layer },
    };
    doc.objects.insert(
        p1,
        Object::Dictionary(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content1, "Resources" => resources.clone(),
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
            "CropBox" => vec![0.into(), 0.into(), 612.into(), 740.into()],
            "Annots" => annots.clone(),
        }),
    );
    doc.objects.insert(
        p2,
        Object::Dictionary(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content2, "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        }),
    );
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![p1.into(), p2.into()], "Count" => 2 },
        ),
    );
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog", "Pages" => pages_id,
        "OCProperties" => dictionary! {
            "OCGs" => vec![layer.into()],
            "D" => dictionary! { "OFF" => vec![layer.into()] },
        },
        "Names" => dictionary! { "Dests" => dictionary! {
            "Names" => vec![Object::string_literal("second"), vec![p2.into(), "XYZ".into(), 0.into(), 792.into(), Object::Null].into()],
        } },
        "AcroForm" => dictionary! { "Fields" => vec![annots[0].clone()], "SigFlags" => 3 },
    });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

/// The exhibit's page as a file reads: the annotations kept, where they
/// go, the layer settings, no script.
fn assert_faithful_structure(pdf: &Path) {
    let packet = Document::load(pdf).unwrap();
    let pages = packet.get_pages();
    // Notice, index, divider, then the exhibit's two pages.
    assert_eq!(pages.len(), 5);
    let (p1, p2) = (pages[&4], pages[&5]);
    let annots: Vec<lopdf::Dictionary> = packet
        .get_dictionary(p1)
        .unwrap()
        .get(b"Annots")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|a| packet.get_dictionary(a.as_reference().unwrap()).unwrap().clone())
        .collect();
    let kinds: Vec<&[u8]> = annots
        .iter()
        .map(|a| a.get(b"Subtype").unwrap().as_name().unwrap())
        .collect();
    // The two script links are gone; the highlight, the web link and the
    // named link stay.
    assert_eq!(kinds, [&b"Highlight"[..], b"Link", b"Link"]);
    let raw = std::fs::read(pdf).unwrap();
    let quad: Vec<f32> = annots[0]
        .get(b"QuadPoints")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_float().unwrap())
        .collect();
    let rect: Vec<f32> = annots[0]
        .get(b"Rect")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_float().unwrap())
        .collect();
    // The quadrilateral moved with the rectangle: it spans it exactly.
    assert!(
        (quad[0] - rect[0]).abs() < 0.01 && (quad[2] - rect[2]).abs() < 0.01,
        "{quad:?} {rect:?}"
    );
    assert!(
        (quad[1] - rect[3]).abs() < 0.01 && (quad[5] - rect[1]).abs() < 0.01,
        "{quad:?} {rect:?}"
    );
    let dest = annots[2].get(b"Dest").unwrap().as_array().unwrap();
    assert_eq!(
        dest[0].as_reference().unwrap(),
        p2,
        "the named link goes to the exhibit's second page"
    );
    let catalog = packet.catalog().unwrap();
    let layers = catalog.get(b"OCProperties").unwrap().as_dict().unwrap();
    let off = layers
        .get(b"D")
        .unwrap()
        .as_dict()
        .unwrap()
        .get(b"OFF")
        .unwrap()
        .as_array()
        .unwrap();
    assert_eq!(off.len(), 1, "the layer that is off stays off");
    assert!(
        !raw.windows(10).any(|w| w == b"JavaScript"),
        "no JavaScript in the packet"
    );
    assert!(!raw.windows(7).any(|w| w == b"cmd.exe"));
}

#[test]
fn the_packet_shows_what_the_exhibit_shows_and_nothing_it_hides() {
    let dir = scratch("faithful");
    std::fs::write(dir.join("exhibit.pdf"), faithful_pdf()).unwrap();
    std::fs::write(
        dir.join("a4-notice.pdf"),
        text_pdf(&["NOTICE"], (595.0, 842.0), None),
    )
    .unwrap();
    case_of(&dir, &[("faithful", "exhibit.pdf", 2)]);
    let (code, err) = run(
        &[
            "packet",
            "case.yaml",
            "--front",
            "a4-notice.pdf",
            "-o",
            "packet.pdf",
        ],
        &dir,
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("is digitally signed"), "{err}");
    assert!(
        !err.contains("a4-notice.pdf"),
        "a front document is never scaled: {err}"
    );

    assert_faithful_structure(&dir.join("packet.pdf"));
    if !tools("the_packet_shows_what_the_exhibit_shows_and_nothing_it_hides") {
        return;
    }
    qpdf_check(&dir.join("packet.pdf"));
    let text = page_text(&dir.join("packet.pdf"), 4);
    assert!(text.contains("VISIBLE TEXT"), "{text}");
    assert!(text.contains("PRINTED STAMP"), "{text}");
    for hidden in ["START OVER BUTTON", "OUTSIDE CROP STAMP", "HIDDEN LAYER TEXT"] {
        assert!(!text.contains(hidden), "{hidden} shows: {text}");
    }
    let info = std::process::Command::new("pdfinfo")
        .arg(dir.join("packet.pdf"))
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    assert!(
        info.lines()
            .any(|l| l.starts_with("JavaScript:") && l.trim_end().ends_with(" no")),
        "{info}"
    );
}

#[test]
fn a_form_that_asks_viewers_to_redraw_its_fields_is_refused_in_preflight() {
    let dir = scratch("need-appearances");
    let mut doc = Document::load_mem(&form_pdf("Alice")).unwrap();
    let catalog = doc.catalog_mut().unwrap();
    let form = catalog.get_mut(b"AcroForm").unwrap().as_dict_mut().unwrap();
    form.set("NeedAppearances", true);
    doc.save(dir.join("form.pdf")).unwrap();
    case_of(&dir, &[("form", "form.pdf", 1)]);
    let (code, err) = run(&["packet", "case.yaml", "-o", "packet.pdf"], &dir);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("Exhibit A (form) form.pdf: is a form saved with \"NeedAppearances\""),
        "{err}"
    );
    assert!(err.contains("save a flattened copy"), "{err}");
    assert!(!dir.join("packet.pdf").exists());
}

// ---- clerk aids ----------------------------------------------------------

#[test]
fn stamps_and_index_carry_the_filing_and_page_labels_match_the_stamps() {
    let dir = scratch("clerk");
    good_case(&dir);
    let text = std::fs::read_to_string(dir.join("case.yaml")).unwrap();
    let text = text
        .replace(
            "  title: Humanitarian parole for J. Peña Núñez\n",
            "  title: Humanitarian parole for J. Peña Núñez\n  receipt: IOE0912345678\n",
        )
        .replace("title: Family photograph", "title: Family photograph 家族");
    std::fs::write(dir.join("case.yaml"), text).unwrap();
    let (code, err) = run(
        &["packet", "case.yaml", "--front", "notice.pdf", "-o", "packet.pdf"],
        &dir,
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("the packet's typeface lacks 家 (U+5BB6), 族 (U+65CF); these print as \"?\""),
        "{err}"
    );

    // Labels: the notice is front matter, then the index, then per
    // exhibit its divider and its pages numbered as the stamps number them.
    let packet = Document::load(dir.join("packet.pdf")).unwrap();
    let labels = packet
        .catalog()
        .unwrap()
        .get(b"PageLabels")
        .unwrap()
        .as_dict()
        .unwrap()
        .get(b"Nums")
        .unwrap()
        .as_array()
        .unwrap()
        .clone();
    let entries: Vec<(i64, String)> = labels
        .chunks(2)
        .map(|pair| {
            let d = pair[1].as_dict().unwrap();
            let prefix = d
                .get(b"P")
                .ok()
                .map(|p| String::from_utf8_lossy(p.as_str().unwrap()).into_owned())
                .unwrap_or_default();
            let start = d
                .get(b"St")
                .ok()
                .map(|s| s.as_i64().unwrap().to_string())
                .unwrap_or_default();
            (pair[0].as_i64().unwrap(), format!("{prefix}{start}"))
        })
        .collect();
    // Notice (1), index (1), A: divider + 3, B: divider + 2 + 2, C, D, E.
    assert_eq!(
        entries,
        [
            (0, String::new()),
            (1, "Index 1".into()),
            (2, "Exhibit A".into()),
            (3, "1".into()),
            (6, "Exhibit B".into()),
            (7, "4".into()),
            (11, "Exhibit C".into()),
            (12, "8".into()),
            (13, "Exhibit D".into()),
            (14, "9".into()),
            (15, "Exhibit E".into()),
            (16, "10".into()),
        ]
    );
    if !tools("stamps_and_index_carry_the_filing_and_page_labels_match_the_stamps") {
        return;
    }
    qpdf_check(&dir.join("packet.pdf"));
    let index = page_text(&dir.join("packet.pdf"), 2);
    assert!(
        index.contains("Beneficiary: José Peña Núñez · Receipt No. IOE0912345678"),
        "{index}"
    );
    // The packet's 10th page (p. 9) is the PNG's page, 15th of the file.
    let page = page_text(&dir.join("packet.pdf"), 15);
    assert!(page.contains("p. 9"), "{page}");
    assert!(
        page.contains("José Peña Núñez · Receipt No. IOE0912345678"),
        "{page}"
    );
}

#[test]
fn a_file_cited_by_several_exhibits_goes_in_once() {
    let dir = scratch("cited-twice");
    std::fs::write(dir.join("photo.png"), png_bytes()).unwrap();
    case_of(
        &dir,
        &[
            ("one", "photo.png", 1),
            ("two", "photo.png", 1),
            ("three", "./photo.png", 1),
        ],
    );
    let (code, err) = run(&["packet", "case.yaml", "-o", "packet.pdf"], &dir);
    assert_eq!(code, 0, "{err}");
    let packet = Document::load(dir.join("packet.pdf")).unwrap();
    let images = packet
        .objects
        .values()
        .filter(|o| {
            o.as_stream()
                .is_ok_and(|s| s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image"))
        })
        .count();
    // The image and its transparency mask, once for three exhibits.
    assert_eq!(images, 2);
    assert_eq!(packet.get_pages().len(), 1 + 3 * 2);
}
