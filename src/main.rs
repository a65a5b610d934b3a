fn main() -> std::process::ExitCode {
    rebut::cli::main()
}
