//! The house stays easy to see: no import cycles between the engine's
//! stages or between the page's modules, no module over 500 lines and no
//! function over 80 lines, apart from the tables listed here with a reason.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Functions that are tables (one arm or row per code, rule or variant),
/// allowed to be long: none at present — the words are split by group.
const LONG_TABLES: &[(&str, &str)] = &[];

/// Modules that are data tables, allowed to be long.
const LONG_MODULES: &[&str] = &["src/words/fixtures.rs"];

const MAX_MODULE_LINES: usize = 500;
const MAX_FUNCTION_LINES: usize = 80;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its test module and comments.
fn code(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .take_while(|line| !line.starts_with("#[cfg(test)]"))
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(str::to_string)
        .collect()
}

/// The top-level module a file belongs to (`chain` for src/chain/build.rs).
fn module_of(base: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(base).unwrap();
    let first = relative.components().next().unwrap().as_os_str().to_string_lossy().to_string();
    first.trim_end_matches(".rs").to_string()
}

/// Module → the top-level modules it uses through `crate::`.
fn graph(base: &Path, per_file: bool) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    sources(base, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let me = if per_file {
            file.strip_prefix(base).unwrap().with_extension("").to_string_lossy().replace('/', "::")
        } else {
            module_of(base, &file)
        };
        let uses = graph.entry(me.clone()).or_default();
        for line in code(&file) {
            let mut rest = line.as_str();
            while let Some(at) = rest.find("crate::") {
                rest = &rest[at + "crate::".len()..];
                let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                let target = if per_file && name == "components" {
                    let after = &rest[name.len()..];
                    let component: String = after
                        .trim_start_matches("::")
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    format!("components::{component}")
                } else {
                    name
                };
                if !target.is_empty() && target != me && !["lib", "main"].contains(&target.as_str()) {
                    uses.insert(target);
                }
            }
        }
    }
    graph
}

fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|seen| seen == node) {
            let mut cycle = path[start..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_import_cycles_between_the_engines_stages() {
    let graph = graph(&root().join("src"), false);
    assert!(
        graph.contains_key("chain") && graph["chain"].contains("finding"),
        "the graph is read: {graph:?}"
    );
    assert_eq!(find_cycle(&graph), None);
}

#[test]
fn no_import_cycles_in_the_page() {
    let graph = graph(&root().join("www/src"), true);
    assert!(graph.keys().any(|module| module.starts_with("components")), "{graph:?}");
    assert_eq!(find_cycle(&graph), None);
    for (module, uses) in &graph {
        if module.starts_with("components") {
            assert!(!uses.contains("app"), "{module} imports the app");
        }
    }
}

/// The page's module draws; reading and judging are the engine module's
/// (`www/engine`). A page that called the engine would link all of it
/// into the module a first visit waits for.
#[test]
fn the_page_leaves_reading_and_judging_to_the_engine_module() {
    let mut files = Vec::new();
    sources(&root().join("www/src"), &mut files);
    assert!(files.len() > 10, "{files:?}");
    let engine_calls = ["Session", "certdoctor::analyze", "TrustStores", "Intermediates", "forget_checked"];
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for call in engine_calls {
            assert!(!text.contains(call), "{} names {call}", file.display());
        }
    }
}

#[test]
fn the_cycle_finder_finds_cycles() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a".to_string(), BTreeSet::from(["b".to_string()])),
        ("b".to_string(), BTreeSet::from(["a".to_string()])),
    ]
    .into();
    assert!(find_cycle(&graph).is_some());
}

#[test]
fn modules_and_functions_stay_small() {
    let mut files = Vec::new();
    sources(&root().join("src"), &mut files);
    sources(&root().join("www/src"), &mut files);
    sources(&root().join("www/engine/src"), &mut files);
    let mut too_long = Vec::new();
    for file in files {
        let name = file.strip_prefix(root()).unwrap().to_string_lossy().to_string();
        let lines = code(&file);
        if lines.len() > MAX_MODULE_LINES && !LONG_MODULES.contains(&name.as_str()) {
            too_long.push(format!("{name}: {} lines", lines.len()));
        }
        if LONG_MODULES.contains(&name.as_str()) {
            continue;
        }
        for (start, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            let declaration =
                ["fn ", "pub fn ", "pub(crate) fn ", "pub(super) fn ", "async fn ", "pub async fn "]
                    .iter()
                    .find_map(|prefix| trimmed.strip_prefix(prefix));
            let Some(rest) = declaration else { continue };
            if line.trim_end().ends_with(';') {
                continue;
            }
            let function: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            let closing = " ".repeat(indent) + "}";
            let Some(length) = lines[start..].iter().position(|line| line.trim_end() == closing) else {
                continue;
            };
            let allowed =
                LONG_TABLES.iter().any(|(table_file, table)| *table_file == name && *table == function);
            if length + 1 > MAX_FUNCTION_LINES && !allowed {
                too_long.push(format!("{name}: fn {function} has {} lines", length + 1));
            }
        }
    }
    assert!(too_long.is_empty(), "{too_long:#?}");
}
