//! Finding certificate sets on disk: what one server (or one secret) is
//! configured with.
//!
//! - A Let's Encrypt `live/NAME/` folder is one set (`fullchain.pem` and
//!   `privkey.pem`, or `cert.pem` and `chain.pem`), checked for NAME; its
//!   `archive/` twin is skipped.
//! - A Kubernetes TLS secret (YAML or JSON, one or many per file) is one set.
//! - Other folders: files that hold one server certificate, with the keys
//!   that match it and the CA files beside it, are one set; a folder with
//!   several server certificates gives one set per certificate (keys by
//!   their public key, CA files by name, else shared); a file of CA
//!   certificates alone (a bundle) is a set of its own.
//! - A file named on the command line is one set (or its secrets).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use certdoctor::model::PublicKeyId;
use certdoctor::{Input, Session};
use serde::Serialize;

use super::kubernetes;

/// Files larger than this are not read (the engine's own input limit).
const MAX_FILE: u64 = certdoctor::limits::MAX_TOTAL_BYTES as u64;

/// Extensions of files that may hold certificates and keys.
const EXTENSIONS: &[&str] =
    &["pem", "crt", "cer", "cert", "der", "key", "p7b", "p7c", "pfx", "p12", "jks", "keystore", "ca-bundle"];

/// What kind of place a set came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SetKind {
    Folder,
    Letsencrypt,
    KubernetesSecret,
    File,
}

/// One certificate set: what it is called, where it came from, its files'
/// contents, and the host it must serve when the layout says.
pub struct Set {
    pub name: String,
    pub kind: SetKind,
    pub files: Vec<PathBuf>,
    pub inputs: Vec<Input>,
    pub host: Option<String>,
}

/// A file read, and what it holds.
struct Read {
    path: PathBuf,
    input: Input,
    /// The public keys of its server (non-CA) certificates.
    leaves: Vec<PublicKeyId>,
    /// The public keys of its private keys.
    keys: Vec<PublicKeyId>,
    /// It holds CA certificates and nothing else of note.
    ca_only: bool,
    /// The subjects and issuers of its certificates, to tell which CA files
    /// belong to which server certificate.
    subjects: Vec<String>,
    issuers: Vec<String>,
}

/// What could not be read, to say once on stderr.
#[derive(Default)]
pub struct Skipped {
    pub unreadable: Vec<(PathBuf, String)>,
    pub too_large: Vec<PathBuf>,
}

/// Every set under `paths`, in a stable order (paths as given, then by
/// name).
pub fn sets(paths: &[PathBuf], skipped: &mut Skipped) -> Vec<Set> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut out, skipped, &mut HashSet::new());
        } else {
            file_sets(path, &mut out, skipped);
        }
    }
    out
}

fn read_file(path: &Path, skipped: &mut Skipped) -> Option<Vec<u8>> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.len() > MAX_FILE => {
            skipped.too_large.push(path.to_path_buf());
            None
        }
        Ok(_) => match std::fs::read(path) {
            Ok(bytes) => Some(bytes),
            Err(error) => {
                skipped.unreadable.push((path.to_path_buf(), error.to_string()));
                None
            }
        },
        Err(error) => {
            skipped.unreadable.push((path.to_path_buf(), error.to_string()));
            None
        }
    }
}

/// A file given by name: its Kubernetes secrets, or itself.
fn file_sets(path: &Path, out: &mut Vec<Set>, skipped: &mut Skipped) {
    let Some(bytes) = read_file(path, skipped) else { return };
    if kubernetes::looks_like_secrets(&bytes) {
        out.extend(kubernetes::secrets(path, &bytes));
        return;
    }
    out.push(Set {
        name: path.display().to_string(),
        kind: SetKind::File,
        files: vec![path.to_path_buf()],
        inputs: vec![Input::new(file_name(path), bytes)],
        host: None,
    });
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// The folder's entries, sorted: files, then folders.
fn entries(folder: &Path) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut files = Vec::new();
    let mut folders = Vec::new();
    if let Ok(list) = std::fs::read_dir(folder) {
        for entry in list.flatten() {
            let path = entry.path();
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            // Folders are followed only when they are real ones (no loops
            // through links); files are followed through links (Let's
            // Encrypt's live/ files are links into archive/).
            match entry.file_type() {
                Ok(kind) if kind.is_dir() && !hidden => folders.push(path),
                Ok(kind) if kind.is_file() || (kind.is_symlink() && path.is_file()) => files.push(path),
                _ => {}
            }
        }
    }
    files.sort();
    folders.sort();
    (files, folders)
}

fn walk(folder: &Path, out: &mut Vec<Set>, skipped: &mut Skipped, seen: &mut HashSet<PathBuf>) {
    let real = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf());
    if !seen.insert(real) {
        return;
    }
    let (files, folders) = entries(folder);
    if is_letsencrypt_live(folder) {
        letsencrypt(folder, &files, out, skipped);
    } else {
        folder_sets(folder, &files, out, skipped);
    }
    // Let's Encrypt keeps every old certificate in archive/; live/ is what
    // the server uses.
    let has_live = folders.iter().any(|path| path.file_name().is_some_and(|name| name == "live"));
    for sub in &folders {
        if has_live && sub.file_name().is_some_and(|name| name == "archive") {
            continue;
        }
        walk(sub, out, skipped, seen);
    }
}

fn is_letsencrypt_live(folder: &Path) -> bool {
    let parent_is_live = folder.parent().and_then(Path::file_name).is_some_and(|name| name == "live");
    parent_is_live && (folder.join("fullchain.pem").is_file() || folder.join("cert.pem").is_file())
}

fn letsencrypt(folder: &Path, files: &[PathBuf], out: &mut Vec<Set>, skipped: &mut Skipped) {
    let has = |name: &str| files.iter().any(|path| path.file_name().is_some_and(|file| file == name));
    let chosen: &[&str] =
        if has("fullchain.pem") { &["fullchain.pem", "privkey.pem"] } else { &["cert.pem", "chain.pem", "privkey.pem"] };
    let mut set = Set {
        name: folder.display().to_string(),
        kind: SetKind::Letsencrypt,
        files: Vec::new(),
        inputs: Vec::new(),
        host: folder.file_name().map(|name| name.to_string_lossy().into_owned()),
    };
    for name in chosen.iter().filter(|name| has(name)) {
        let path = folder.join(name);
        if let Some(bytes) = read_file(&path, skipped) {
            set.inputs.push(Input::new(*name, bytes));
            set.files.push(path);
        }
    }
    out.push(set);
}

fn candidate(path: &Path) -> bool {
    let name = file_name(path).to_ascii_lowercase();
    EXTENSIONS.iter().any(|extension| name.ends_with(&format!(".{extension}")))
}

/// What a file holds, by reading it as the engine does.
fn classify(path: PathBuf, bytes: Vec<u8>) -> Read {
    let input = Input::new(file_name(&path), bytes);
    let session = Session::read(std::slice::from_ref(&input), &[], &[]);
    let leaves: Vec<PublicKeyId> = session
        .certificates()
        .iter()
        .filter(|certificate| certificate.is_ca != Some(true))
        .map(|certificate| certificate.key.id.clone())
        .collect();
    let keys: Vec<PublicKeyId> = session.keys().iter().map(|key| key.public_key.id.clone()).collect();
    let ca_only = leaves.is_empty() && keys.is_empty() && !session.certificates().is_empty();
    let subjects = session.certificates().iter().map(|certificate| certificate.subject.clone()).collect();
    let issuers = session.certificates().iter().map(|certificate| certificate.issuer.clone()).collect();
    Read { path, input, leaves, keys, ca_only, subjects, issuers }
}

/// The name a file shares with its partners: "www.example.com" for
/// "www.example.com.crt", "www.example.com.key", "www.example.com-chain.pem".
fn stem(path: &Path) -> String {
    let mut name = file_name(path).to_ascii_lowercase();
    for extension in EXTENSIONS {
        if let Some(rest) = name.strip_suffix(&format!(".{extension}")) {
            name = rest.to_string();
            break;
        }
    }
    for suffix in ["fullchain", "chain", "ca-bundle", "bundle", "cert", "crt", "privkey", "key", "private"] {
        for separator in ['.', '-', '_'] {
            // `ca-bundle.crt` is a CA bundle, not the bundle of a site "ca".
            if let Some(rest) = name.strip_suffix(&format!("{separator}{suffix}")).filter(|rest| *rest != "ca") {
                return rest.to_string();
            }
        }
    }
    name
}

fn folder_sets(folder: &Path, files: &[PathBuf], out: &mut Vec<Set>, skipped: &mut Skipped) {
    let mut read = Vec::new();
    for path in files {
        let Some(bytes) = (candidate(path) || is_manifest(path)).then(|| read_file(path, skipped)).flatten() else {
            continue;
        };
        if kubernetes::looks_like_secrets(&bytes) {
            out.extend(kubernetes::secrets(path, &bytes));
        } else if candidate(path) {
            read.push(classify(path.clone(), bytes));
        }
    }
    let (leaves, others): (Vec<Read>, Vec<Read>) = read.into_iter().partition(|file| !file.leaves.is_empty());
    let (cas, keys): (Vec<Read>, Vec<Read>) = others.into_iter().partition(|file| file.ca_only);
    let folder_name = folder.display().to_string();
    match leaves.len() {
        // No server certificate: each CA file is reviewed on its own.
        0 => out.extend(cas.into_iter().map(|file| Set {
            name: file.path.display().to_string(),
            kind: SetKind::File,
            files: vec![file.path],
            inputs: vec![file.input],
            host: None,
        })),
        1 => {
            let mut set = Set { name: folder_name, kind: SetKind::Folder, files: Vec::new(), inputs: Vec::new(), host: None };
            for file in leaves.into_iter().chain(keys).chain(cas) {
                set.files.push(file.path);
                set.inputs.push(file.input);
            }
            out.push(set);
        }
        _ => several(&folder_name, leaves, keys, cas, out),
    }
}

/// A folder with several server certificates: one set each. A key joins
/// the set with its name (else every set whose certificate it matches); a
/// CA file joins every set whose chain it continues (else the one with its
/// name); CA files that continue no chain are reviewed on their own.
fn several(folder: &str, leaves: Vec<Read>, keys: Vec<Read>, cas: Vec<Read>, out: &mut Vec<Set>) {
    let mut sets: Vec<(Read, Vec<usize>, Vec<usize>)> = leaves.into_iter().map(|leaf| (leaf, Vec::new(), Vec::new())).collect();
    for (index, key) in keys.iter().enumerate() {
        // By name first: "b.key" is what the server of "b.crt" is set up
        // with, even if it is a's key (which is then the finding).
        let mut matched: Vec<usize> =
            (0..sets.len()).filter(|position| stem(&sets[*position].0.path) == stem(&key.path)).collect();
        if matched.is_empty() {
            matched = (0..sets.len())
                .filter(|position| key.keys.iter().any(|id| sets[*position].0.leaves.contains(id)))
                .collect();
        }
        for position in matched {
            sets[position].1.push(index);
        }
    }
    let mut used = vec![false; cas.len()];
    for (leaf, _, chain) in &mut sets {
        // The issuer names the chain still needs, followed through the CA
        // files until none adds one.
        let mut wanted: Vec<String> = leaf.issuers.clone();
        loop {
            let next = (0..cas.len()).find(|index| {
                !chain.contains(index) && cas[*index].subjects.iter().any(|subject| wanted.contains(subject))
            });
            let Some(index) = next else { break };
            chain.push(index);
            wanted.extend(cas[index].issuers.iter().cloned());
        }
        if chain.is_empty() {
            chain.extend((0..cas.len()).filter(|index| stem(&cas[*index].path) == stem(&leaf.path)));
        }
        for index in chain.iter() {
            used[*index] = true;
        }
    }
    for (leaf, key_files, chain) in sets {
        let name = format!("{folder}/{}", stem(&leaf.path));
        let mut set = Set { name, kind: SetKind::Folder, files: vec![leaf.path], inputs: vec![leaf.input], host: None };
        for file in key_files.iter().map(|index| &keys[*index]).chain(chain.iter().map(|index| &cas[*index])) {
            set.files.push(file.path.clone());
            set.inputs.push(Input::new(file.input.name.clone(), file.input.bytes.to_vec()));
        }
        out.push(set);
    }
    for (ca, used) in cas.into_iter().zip(used) {
        if !used {
            out.push(Set { name: ca.path.display().to_string(), kind: SetKind::File, files: vec![ca.path], inputs: vec![ca.input], host: None });
        }
    }
}

/// YAML and JSON files may be Kubernetes secrets.
fn is_manifest(path: &Path) -> bool {
    let name = file_name(path).to_ascii_lowercase();
    [".yaml", ".yml", ".json"].iter().any(|extension| name.ends_with(extension))
}

#[cfg(test)]
mod tests {
    use super::stem;
    use std::path::Path;

    #[test]
    fn partners_share_a_stem() {
        for (file, expected) in [
            ("www.example.com.crt", "www.example.com"),
            ("www.example.com.key", "www.example.com"),
            ("www.example.com-chain.pem", "www.example.com"),
            ("api_fullchain.pem", "api"),
            ("shop.privkey.pem", "shop"),
            ("ca-bundle.crt", "ca-bundle"),
        ] {
            assert_eq!(stem(Path::new(file)), expected, "{file}");
        }
    }
}
