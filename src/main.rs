//! The `certdoctor` command: a thin shell over the engine.

mod cli;

fn main() {
    std::process::exit(cli::run(std::env::args_os().skip(1)));
}
