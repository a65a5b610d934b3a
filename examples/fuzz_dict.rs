//! Prints the fuzzer's dictionary, every key and name of the case file's
//! schema (see CONTRIBUTING.md, "Fuzzing"):
//! `cargo run --example fuzz_dict > fuzz/case.dict`.
fn main() {
    print!(
        "{}",
        rebut::synth::dictionary(&rebut::playbook::Playbook::builtin())
    );
}
