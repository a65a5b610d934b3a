//! Prints a notice's raw extracted pages (before cleaning), for looking at
//! what the PDF extraction gives: `cargo run --example notice_text FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("a notice file");
    let bytes = std::fs::read(&path).expect("readable");
    match rebut::import::extract::pages(&bytes) {
        Ok((_, pages)) => {
            for (i, p) in pages.iter().enumerate() {
                println!("==== page {}\n{p}", i + 1);
            }
        }
        Err(e) => eprintln!("{e}"),
    }
}
