/// Counts what a template render holds, so that a hostile template is
/// stopped with an error instead of taking all memory (see
/// `rebut::render::budget`).
#[global_allocator]
static ALLOC: rebut::render::budget::MeteredAlloc = rebut::render::budget::MeteredAlloc;

fn main() -> std::process::ExitCode {
    rebut::cli::main()
}
