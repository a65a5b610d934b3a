//! How `rebut packet` scales: `cargo bench --bench packet` (release build).
//!
//! Builds a case of 200 lettered exhibits in a temporary folder: PDFs of 1
//! to 8 text pages (every fifth one A4, every seventh with a page turned),
//! a JPEG every tenth exhibit, a PNG photograph every twenty-fifth, and a
//! certified translation for every sixth. Then it times the packet built
//! by the binary end to end and in-process (preflight, assembly, the
//! volume split at the default 12 MB), with the peak resident memory of
//! each. Figures are printed, never asserted.
//!
//! Then two cases of large scans, built by the binary with volumes of up
//! to 2 GB: 24 JPEGs of 36 MB and 8 PDF scans of 47 MB (376 MB), whose
//! peak memory should follow the largest exhibit, not the sum.
//!
//! Options (after `--`): `--exhibits N` (default 200); `--no-scans` skips
//! the scans; `--keep` leaves the folder in place, to look at the packet.

use lopdf::{Document, Object, Stream, dictionary};
use rebut::exhibits::ExhibitPlan;
use rebut::load;
use rebut::packet::{self, Options};
use rebut::playbook::Playbook;
use std::path::Path;
use std::time::{Duration, Instant};

#[path = "support/memory.rs"]
mod memory;
use memory::{hwm, peak_rss, reset_peak, rss};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let exhibits: usize = args
        .iter()
        .position(|a| a == "--exhibits")
        .and_then(|i| args.get(i + 1))
        .map_or(200, |n| n.parse().expect("--exhibits N"));
    let dir = std::env::temp_dir().join(format!("rebut-bench-packet-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("docs")).unwrap();
    let (case_path, pages, input_bytes) = make_case(&dir, exhibits);
    println!(
        "{exhibits} exhibits, {pages} exhibit and translation pages, inputs {:.1} MB",
        input_bytes as f64 / 1e6
    );

    // The binary first, while this process is small: a child's peak counts
    // what it shares with this process until it starts.
    time_binary(&case_path, &dir.join("packet.pdf"), "12");
    time_in_process(&case_path);

    // Large scans: the packet's peak memory should follow the largest
    // exhibit, not their sum (`--no-scans` skips these).
    if !args.iter().any(|a| a == "--no-scans") {
        for (what, count, mb, kind) in [
            ("24 JPEG scans of 36 MB", 24, 36, Scan::Jpeg),
            ("8 PDF scans of 47 MB (376 MB)", 8, 47, Scan::Pdf),
        ] {
            let scans = dir.join(format!("scans-{count}"));
            std::fs::create_dir_all(scans.join("docs")).unwrap();
            let case_path = scans_case(&scans, count, mb, kind);
            println!("{what}:");
            time_binary(&case_path, &scans.join("packet.pdf"), "2000");
            let _ = std::fs::remove_dir_all(&scans);
        }
    }

    if args.iter().any(|a| a == "--keep") {
        println!("kept {}", dir.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// Times `rebut packet` as a child process, three runs, and prints the
/// median and the child's peak resident memory.
fn time_binary(case_path: &Path, output: &Path, max_mb: &str) {
    let bin = env!("CARGO_BIN_EXE_rebut");
    let mut times = Vec::new();
    let mut peak_child = None;
    reset_peak();
    for _ in 0..3 {
        let start = Instant::now();
        let mut child = std::process::Command::new(bin)
            .args(["packet", "--today", "2026-11-20", "--max-mb", max_mb, "-o"])
            .arg(output)
            .arg(case_path)
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("rebut runs");
        // The child's own peak, read from /proc while it runs: its resource
        // usage at exit would count this process's memory, which it shared
        // until it started.
        let status_file = format!("/proc/{}/status", child.id());
        let mut seen = None;
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if let Some(hwm) = std::fs::read_to_string(&status_file)
                .ok()
                .as_deref()
                .and_then(hwm)
            {
                seen = Some(hwm);
            }
            std::thread::sleep(Duration::from_millis(2));
        };
        times.push(start.elapsed());
        assert!(status.success());
        peak_child = peak_child.max(seen);
    }
    times.sort();
    println!(
        "binary `rebut packet`: {} ms (median of 3), peak resident memory {}",
        ms(times[1]),
        megabytes(peak_child)
    );
}

/// Times `packet::build` in this process, three runs, and prints the
/// median, the peak resident memory it added and the volumes it made.
fn time_in_process(case_path: &Path) {
    let playbook = Playbook::builtin();
    let source = load::read_source(case_path.to_str().unwrap(), load::DEFAULT_MAX_BYTES).unwrap();
    let case = load::load_case(&source, &playbook).unwrap();
    let plan = ExhibitPlan::assign(&case);
    let options = Options {
        base_dir: source.base_dir.clone(),
        front: Vec::new(),
        max_bytes: packet::DEFAULT_MAX_MB * 1_000_000,
        max_file_bytes: packet::source::DEFAULT_MAX_FILE_MB * 1_000_000,
    };
    let mut times = Vec::new();
    let mut peak_bytes = None;
    let mut baseline = None;
    let mut summary = String::new();
    for rep in 0..3 {
        reset_peak();
        if rep == 0 {
            baseline = rss();
        }
        let start = Instant::now();
        let packet = packet::build(&case, &plan, &options).expect("the bench case is usable");
        // Each volume written out as the binary does, into nothing here.
        let built: Vec<packet::Built> = (0..packet.volumes.len())
            .map(|n| {
                packet
                    .write(n, &mut std::io::sink())
                    .expect("the volume is written")
            })
            .collect();
        times.push(start.elapsed());
        if rep == 0 {
            peak_bytes = peak_rss();
            let sizes: Vec<String> = built
                .iter()
                .map(|v| format!("{:.1}", v.bytes as f64 / 1e6))
                .collect();
            let total_pages: usize = built.iter().map(|v| v.pages).sum();
            summary = format!(
                "{} volume(s) of {} MB, {total_pages} pages in all",
                built.len(),
                sizes.join(" + ")
            );
        }
    }
    times.sort();
    println!(
        "in-process build: {} ms (median of 3), peak resident memory {} above the {} the bench held before; {summary}",
        ms(times[1]),
        megabytes(peak_bytes.zip(baseline).map(|(p, b)| p.saturating_sub(b))),
        megabytes(baseline)
    );
}

#[derive(Clone, Copy)]
enum Scan {
    Jpeg,
    Pdf,
}

/// `count` exhibits of about `mb` megabytes each, incompressible: JPEGs
/// (the bench's receipt with filler comment segments) or one-page PDFs of
/// a raw image. Volumes of up to 2 GB, so that the packet is one file.
fn scans_case(dir: &Path, count: usize, mb: usize, kind: Scan) -> std::path::PathBuf {
    let jpeg = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packet/receipt.jpg"))
        .unwrap();
    let mut evidence = String::new();
    let mut responses = String::new();
    let mut state = 0x2545_f491u32;
    let mut noise = |n: usize| -> Vec<u8> {
        (0..n)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                (state >> 24) as u8
            })
            .collect()
    };
    for i in 0..count {
        let id = format!("scan{i:02}");
        let (file, content) = match kind {
            Scan::Jpeg => {
                let mut out = jpeg[..2].to_vec();
                let mut left = mb * 1_000_000;
                while left > 0 {
                    let n = left.min(65_000);
                    out.extend_from_slice(&[0xFF, 0xFE]);
                    out.extend_from_slice(&((n + 2) as u16).to_be_bytes());
                    out.extend(noise(n).into_iter().map(|b| b & 0x7F));
                    left -= n;
                }
                out.extend_from_slice(&jpeg[2..]);
                (format!("docs/{id}.jpg"), out)
            }
            Scan::Pdf => {
                let mut doc = Document::with_version("1.5");
                let pages_id = doc.new_object_id();
                let width = 2_000usize;
                let height = mb * 1_000_000 / (3 * width);
                let image = doc.add_object(Stream::new(
                    dictionary! {
                        "Type" => "XObject", "Subtype" => "Image", "Width" => width as i64,
                        "Height" => height as i64, "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8,
                    },
                    noise(width * height * 3),
                ));
                let content = doc.add_object(Stream::new(
                    dictionary! {},
                    b"q 612 0 0 792 0 0 cm /Im1 Do Q".to_vec(),
                ));
                let page = doc.add_object(dictionary! {
                    "Type" => "Page", "Parent" => pages_id, "Contents" => content,
                    "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
                    "Resources" => dictionary! { "XObject" => dictionary! { "Im1" => image } },
                });
                doc.objects.insert(
                    pages_id,
                    Object::Dictionary(
                        dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
                    ),
                );
                let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
                doc.trailer.set("Root", catalog);
                let mut bytes = Vec::new();
                doc.save_to(&mut bytes).unwrap();
                (format!("docs/{id}.pdf"), bytes)
            }
        };
        std::fs::write(dir.join(&file), content).unwrap();
        evidence.push_str(&format!(
            "  - id: {id}\n    type: medical-record\n    title: Scanned record {i}\n    file: {file}\n"
        ));
        responses.push_str(&format!("      - point: Point {i}.\n        evidence: [{id}]\n"));
    }
    let case = format!(
        "rebut: 1
case:
  title: Humanitarian parole for a bench case of scans
  beneficiary: {{name: Ana Example, country: Peru}}
  filed: 2026-07-01
  decision: {{kind: rfe, date: 2026-11-01}}
grounds:
  - id: G1
    category: medical-urgency
    quote: Urgency is not shown.
    responses:
{responses}evidence:
{evidence}"
    );
    let path = dir.join("case.yaml");
    std::fs::write(&path, case).unwrap();
    path
}

/// Writes the exhibits and the case; returns the case's path, the pages the
/// exhibits and translations hold, and the inputs' total size.
fn make_case(dir: &Path, n: usize) -> (std::path::PathBuf, usize, u64) {
    let jpeg = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packet/receipt.jpg"))
        .unwrap();
    let photo = photo_png(900, 600);
    let mut evidence = String::new();
    let mut responses = String::new();
    let mut pages = 0;
    let mut bytes = 0u64;
    for i in 0..n {
        let id = format!("ex{i:03}");
        let (file, count, content): (String, usize, Vec<u8>) = if i % 25 == 24 {
            (format!("docs/{id}.png"), 1, photo.clone())
        } else if i % 10 == 9 {
            (format!("docs/{id}.jpg"), 1, jpeg.clone())
        } else {
            let count = 1 + (i * 7) % 8;
            let size = if i % 5 == 0 {
                (595.0, 842.0)
            } else {
                (612.0, 792.0)
            };
            let pdf = text_pdf(&format!("Exhibit document {i}"), count, size, i % 7 == 3);
            (format!("docs/{id}.pdf"), count, pdf)
        };
        bytes += content.len() as u64;
        std::fs::write(dir.join(&file), content).unwrap();
        pages += count;
        let translation = if i % 6 == 1 && file.ends_with(".pdf") {
            let t = format!("docs/{id}-en.pdf");
            let pdf = text_pdf(
                &format!("Translation of document {i}"),
                count,
                (612.0, 792.0),
                false,
            );
            bytes += pdf.len() as u64;
            std::fs::write(dir.join(&t), pdf).unwrap();
            pages += count;
            format!(
                "    language: es\n    translation: {{certified: true, translator: Inés Ruiz, file: {t}}}\n"
            )
        } else {
            String::new()
        };
        evidence.push_str(&format!(
            "  - id: {id}\n    type: other\n    title: Exhibit document {i}, with a title of some length\n    \
             pages: {count}\n    file: {file}\n{translation}"
        ));
        responses.push_str(&format!("      - point: Point {i}.\n        evidence: [{id}]\n"));
    }
    let case = format!(
        "rebut: 1
case:
  title: Humanitarian parole for a bench case
  beneficiary: {{name: Ana Example, country: Peru}}
  filed: 2026-07-01
  decision: {{kind: rfe, date: 2026-11-01}}
grounds:
  - id: G1
    category: medical-urgency
    quote: Urgency is not shown.
    responses:
{responses}evidence:
{evidence}"
    );
    let path = dir.join("case.yaml");
    std::fs::write(&path, case).unwrap();
    (path, pages, bytes)
}

/// A PDF of `count` pages of text, compressed as a word processor would.
fn text_pdf(title: &str, count: usize, size: (f32, f32), turned: bool) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font =
        doc.add_object(dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Times-Roman" });
    let mut kids = Vec::new();
    for page in 1..=count {
        let mut ops = format!(
            "BT /F1 14 Tf 72 {} Td ({title}, page {page}) Tj ET\n",
            size.1 - 90.0
        );
        for line in 0..40 {
            ops.push_str(&format!(
                "BT /F1 10 Tf 72 {} Td (Line {line} of the record: the patient was seen and the findings noted.) Tj ET\n",
                size.1 - 120.0 - 14.0 * line as f32
            ));
        }
        let mut stream = Stream::new(dictionary! {}, ops.into_bytes());
        stream.compress().unwrap();
        let content = doc.add_object(stream);
        let mut dict = dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content };
        if turned && page == count {
            dict.set("Rotate", 90);
        }
        kids.push(Object::Reference(doc.add_object(dict)));
    }
    let total = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => kids, "Count" => total,
            "MediaBox" => vec![0.into(), 0.into(), Object::Real(size.0), Object::Real(size.1)],
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

/// A smooth RGB picture, as a photograph compresses.
fn photo_png(w: u32, h: u32) -> Vec<u8> {
    let mut pixels = Vec::with_capacity((w * h * 3) as usize);
    for y in 0..h {
        for x in 0..w {
            pixels.extend_from_slice(&[(x * 255 / w) as u8, (y * 255 / h) as u8, ((x + y) % 256) as u8]);
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&pixels).unwrap();
    drop(writer);
    out
}

fn ms(d: Duration) -> String {
    format!("{:.0}", d.as_secs_f64() * 1e3)
}

fn megabytes(bytes: Option<u64>) -> String {
    bytes.map_or("n/a".to_owned(), |b| format!("{:.0} MB", b as f64 / 1e6))
}
