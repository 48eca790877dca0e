//! `slowest <target> <dir>…`: runs every file in the corpus directories through the target's
//! harness (release build, no instrumentation) and prints the slowest input and its time.
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let target = args.next().expect("target: import or link");
    let run: fn(&[u8]) = match target.as_str() {
        "import" => marketing_os_fuzz::import,
        "link" => marketing_os_fuzz::link,
        other => panic!("unknown target {other}"),
    };
    let (mut slowest, mut name, mut count) = (0.0f64, String::new(), 0usize);
    for dir in args {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let Ok(data) = std::fs::read(entry.path()) else {
                continue;
            };
            let start = Instant::now();
            run(&data);
            let secs = start.elapsed().as_secs_f64();
            count += 1;
            if secs > slowest {
                slowest = secs;
                name = format!("{} ({} bytes)", entry.path().display(), data.len());
            }
        }
    }
    println!(
        "{target}: {count} corpus inputs replayed; slowest {:.1} ms: {name}",
        slowest * 1000.0
    );
}
