//! `scripts/check-config FILE`: checks an organisation's `config.json` exactly as the app does when it loads
//! (`core::config::read`, against the bank built in), and prints every problem with its place. Exits with 1
//! when there is one, 2 when the file cannot be read.

use skills_radar::core::bank::Bank;
use skills_radar::core::config;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: scripts/check-config FILE");
        return ExitCode::from(2);
    };
    let text = match std::fs::read(&path).map(String::from_utf8) {
        Ok(Ok(text)) => text,
        Ok(Err(_)) => {
            println!("{path}: is not UTF-8 text");
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("{path}: cannot be read: {e}");
            return ExitCode::from(2);
        }
    };
    let mut problems: Vec<String> = match config::read(&Bank::compiled(), &text) {
        Ok(config) => {
            // The app finds out when it fetches the logo; here the folder can be looked at.
            let logo = config.organisation.and_then(|o| o.logo).map(|l| l.file);
            let beside = |file: &str| Path::new(&path).parent().unwrap_or(Path::new(".")).join(file);
            logo.filter(|file| !beside(file).is_file())
                .map(|file| format!("organisation.logo.file: there is no file {file} beside {}", config::FILE))
                .into_iter()
                .collect()
        }
        Err(errors) => errors
            .into_iter()
            .map(|e| if e.place.is_empty() { e.problem } else { format!("{}: {}", e.place, e.problem) })
            .collect(),
    };
    if problems.is_empty() {
        println!("{path}: no problems");
        return ExitCode::SUCCESS;
    }
    problems.iter_mut().for_each(|p| *p = format!("{path}: {p}"));
    println!("{}", problems.join("\n"));
    ExitCode::FAILURE
}
