//! The page's state and the one place that changes it.

use std::rc::Rc;

use certdoctor::stores::StoreSet;
use certdoctor::{Lang, Profile};
use yew::Reducible;
use zeroize::Zeroizing;

use crate::secret::SharedSecret;

/// A file the user dropped or picked. Held only in this page's memory, and
/// wiped from it when the file is removed (it may hold a private key).
#[derive(Clone)]
pub struct FileInput {
    pub id: u32,
    pub name: String,
    pub bytes: Rc<Zeroizing<Vec<u8>>>,
}

impl PartialEq for FileInput {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

/// Which page input a report input came from.
pub use certdoctor::transfer::Source as InputId;

/// A root the user trusts, as given: a file picked or dropped, text pasted,
/// or a certificate moved out of the bundle ("Trust this root"). Held only
/// in this page's memory.
#[derive(Clone, Debug)]
pub struct UserRoot {
    pub id: u32,
    /// The file's name, or the certificate's.
    pub name: String,
    pub bytes: Rc<Vec<u8>>,
    /// The SHA-256 fingerprint of a certificate moved out of the bundle:
    /// the bundle is read without it.
    pub moved: Option<[u8; 32]>,
}

impl PartialEq for UserRoot {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

/// The colour theme: the system's unless the user picks one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    pub fn parse(text: &str) -> Self {
        match text {
            "light" => Self::Light,
            "dark" => Self::Dark,
            _ => Self::System,
        }
    }
}

/// A sample shipped with the page, for a first visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Example {
    Healthy,
    Incomplete,
    Messy,
}

impl Example {
    pub const ALL: [Example; 3] = [Example::Healthy, Example::Incomplete, Example::Messy];

    pub fn id(self) -> &'static str {
        match self {
            Self::Healthy => "healthy",
            Self::Incomplete => "incomplete",
            Self::Messy => "messy",
        }
    }

    /// The bundle, the host it serves and the date it is checked at.
    pub fn content(self) -> (&'static str, &'static str, &'static str) {
        const HOST: &str = "valid.rootca1.demo.amazontrust.com";
        match self {
            Self::Healthy => (include_str!("../examples/healthy.pem"), HOST, EXAMPLE_DATE),
            Self::Incomplete => (include_str!("../examples/incomplete.pem"), HOST, EXAMPLE_DATE),
            Self::Messy => {
                (include_str!("../examples/messy.pem"), "expired.rootca1.demo.amazontrust.com", EXAMPLE_DATE)
            }
        }
    }
}

/// When the examples' healthy certificate was valid (see www/examples/README.md).
const EXAMPLE_DATE: &str = "2025-02-23";

#[derive(Clone, PartialEq)]
pub struct State {
    /// What is in the paste box.
    pub text: String,
    /// Bumped when the page (not the user) puts text into the paste box, so
    /// the box is written only then: setting a 2 MB value back into the box
    /// on every keystroke costs the browser about a second.
    pub text_version: u32,
    pub files: Vec<FileInput>,
    /// Passwords typed next to inputs; all are tried on every encrypted input.
    pub passwords: Vec<(InputId, SharedSecret)>,
    /// The host name the leaf must be valid for, as typed.
    pub host: String,
    /// The date to check at (`YYYY-MM-DD`), or empty for now.
    pub at: String,
    /// The rules to judge by.
    pub profile: Profile,
    pub lang: Lang,
    pub theme: Theme,
    /// The user's own roots (their private CA, a TLS-inspection root).
    pub roots: Vec<UserRoot>,
    /// Trust only the user's roots, none of the platforms'.
    pub only_my_roots: bool,
    /// The platform stores to judge against.
    pub stores: StoreSet,
    /// The certificate whose details are open.
    pub selected: Option<usize>,
    /// Certificates to highlight in the chain (those a finding concerns).
    pub highlighted: Vec<usize>,
    next_file_id: u32,
}

impl Default for State {
    fn default() -> Self {
        Self {
            text: String::new(),
            text_version: 0,
            files: Vec::new(),
            passwords: Vec::new(),
            host: String::new(),
            at: String::new(),
            profile: Profile::default(),
            lang: Lang::default(),
            theme: Theme::default(),
            roots: Vec::new(),
            only_my_roots: false,
            stores: StoreSet::all(),
            selected: None,
            highlighted: Vec::new(),
            next_file_id: 0,
        }
    }
}

impl State {
    /// The fingerprints of the certificates moved out of the bundle.
    pub fn set_aside(&self) -> Vec<[u8; 32]> {
        self.roots.iter().filter_map(|root| root.moved).collect()
    }

    /// The passwords typed, without blanks or repeats.
    pub fn password_list(&self) -> Vec<SharedSecret> {
        let mut list: Vec<SharedSecret> = Vec::new();
        for (_, password) in &self.passwords {
            if !password.is_empty() && !list.iter().any(|known| known.same_as(password)) {
                list.push(password.clone());
            }
        }
        list
    }

    /// A fresh id for a file or a root.
    fn new_id(&mut self) -> u32 {
        self.next_file_id += 1;
        self.next_file_id - 1
    }

    /// Whether a password was typed for `input`.
    pub fn has_password(&self, input: InputId) -> bool {
        self.passwords.iter().any(|(id, password)| *id == input && !password.is_empty())
    }
}

pub enum Action {
    Paste(String),
    AddFile {
        name: String,
        bytes: Vec<u8>,
    },
    RemoveFile(u32),
    Password(InputId, SharedSecret),
    Host(String),
    At(String),
    Profile(Profile),
    Lang(Lang),
    Theme(Theme),
    Example(Example),
    Select(Option<usize>),
    Highlight(Vec<usize>),
    /// Add a file or pasted text as roots.
    AddRoot { name: String, bytes: Vec<u8> },
    /// Move a certificate of the bundle to the roots: its name, DER and
    /// SHA-256 fingerprint.
    MoveToRoots { name: String, bytes: Vec<u8>, fingerprint: [u8; 32] },
    RemoveRoot(u32),
    OnlyMyRoots(bool),
    Stores(StoreSet),
}

impl Action {
    /// Whether the inputs change, which makes certificate indices stale.
    fn changes_inputs(&self) -> bool {
        matches!(self, Action::Paste(_) | Action::AddFile { .. } | Action::RemoveFile(_) | Action::Example(_))
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // Certificate indices belong to one analysis: new inputs drop them.
        if action.changes_inputs() {
            next.selected = None;
            next.highlighted.clear();
        }
        match action {
            Action::Paste(text) => next.text = text,
            Action::AddFile { name, bytes } => {
                let id = next.new_id();
                next.files.push(FileInput { id, name, bytes: Rc::new(Zeroizing::new(bytes)) });
            }
            Action::RemoveFile(id) => {
                next.files.retain(|file| file.id != id);
                next.passwords.retain(|(input, _)| *input != InputId::File(id));
            }
            Action::Password(input, password) => {
                next.passwords.retain(|(id, _)| *id != input);
                next.passwords.push((input, password));
            }
            Action::Host(host) => next.host = host,
            Action::At(at) => next.at = at,
            Action::Profile(profile) => next.profile = profile,
            Action::Lang(lang) => next.lang = lang,
            Action::Theme(theme) => next.theme = theme,
            Action::Example(example) => {
                let (text, host, at) = example.content();
                next.text = text.to_string();
                next.text_version += 1;
                next.host = host.to_string();
                next.at = at.to_string();
                next.files.clear();
                next.passwords.clear();
                next.roots.clear();
                next.only_my_roots = false;
                next.stores = StoreSet::all();
            }
            Action::Select(selected) => next.selected = selected,
            Action::Highlight(certificates) => next.highlighted = certificates,
            Action::AddRoot { name, bytes } => {
                if !next.roots.iter().any(|known| *known.bytes == bytes) {
                    let id = next.new_id();
                    next.roots.push(UserRoot { id, name, bytes: Rc::new(bytes), moved: None });
                }
            }
            Action::MoveToRoots { name, bytes, fingerprint } => {
                if !next.roots.iter().any(|known| known.moved == Some(fingerprint)) {
                    let id = next.new_id();
                    next.roots.push(UserRoot { id, name, bytes: Rc::new(bytes), moved: Some(fingerprint) });
                }
            }
            Action::RemoveRoot(id) => next.roots.retain(|known| known.id != id),
            Action::OnlyMyRoots(only) => next.only_my_roots = only,
            Action::Stores(stores) => next.stores = stores,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: Vec<Action>) -> Rc<State> {
        actions.into_iter().fold(Rc::new(State::default()), |state, action| state.reduce(action))
    }

    fn root(name: &str) -> Action {
        Action::AddRoot { name: name.into(), bytes: format!("PEM of {name}").into_bytes() }
    }

    fn moved(name: &str) -> Action {
        Action::MoveToRoots { name: name.into(), bytes: vec![1], fingerprint: [7; 32] }
    }

    #[test]
    fn the_reducer_table() {
        let file = || Action::AddFile { name: "a.pem".into(), bytes: vec![1] };
        type Case = (&'static str, Vec<Action>, fn(&State) -> bool);
        let cases: Vec<Case> = vec![
            ("paste sets the text", vec![Action::Paste("x".into())], |s| s.text == "x"),
            ("files get fresh ids", vec![file(), file()], |s| s.files.iter().map(|f| f.id).eq([0, 1])),
            (
                "removing a file drops its password",
                vec![
                    file(),
                    Action::Password(InputId::File(0), SharedSecret::new("pw".into())),
                    Action::RemoveFile(0),
                ],
                |s| s.files.is_empty() && s.passwords.is_empty(),
            ),
            (
                "a newer password for an input replaces the older",
                vec![
                    Action::Password(InputId::Paste, SharedSecret::new("a".into())),
                    Action::Password(InputId::Paste, SharedSecret::new("b".into())),
                ],
                |s| s.passwords.len() == 1,
            ),
            (
                "new inputs close the details and highlights",
                vec![Action::Select(Some(2)), Action::Highlight(vec![1]), Action::Paste("y".into())],
                |s| s.selected.is_none() && s.highlighted.is_empty(),
            ),
            ("the host does not", vec![Action::Select(Some(2)), Action::Host("example.com".into())], |s| {
                s.selected == Some(2)
            }),
            (
                "an example replaces everything it sets",
                vec![file(), root("R"), Action::OnlyMyRoots(true), Action::Example(Example::Healthy)],
                |s| {
                    s.files.is_empty()
                        && s.roots.is_empty()
                        && !s.only_my_roots
                        && s.text_version == 1
                        && s.at == EXAMPLE_DATE
                },
            ),
            ("a root is added once", vec![root("R"), root("R")], |s| s.roots.len() == 1),
            ("and moved once", vec![moved("M"), moved("M")], |s| s.roots.len() == 1 && s.set_aside() == [[7; 32]]),
            ("files and roots get distinct ids", vec![file(), root("R")], |s| s.files[0].id != s.roots[0].id),
            ("a root is removed by id", vec![root("R"), root("S"), Action::RemoveRoot(1)], |s| {
                s.roots.len() == 1 && s.roots[0].name == "R"
            }),
            ("removing a moved root puts it back in the bundle", vec![moved("M"), Action::RemoveRoot(0)], |s| {
                s.set_aside().is_empty()
            }),
            ("the stores start all chosen", vec![], |s| s.stores == StoreSet::all()),
        ];
        for (name, actions, holds) in cases {
            assert!(holds(&after(actions)), "{name}");
        }
    }

    #[test]
    fn passwords_are_listed_once_and_never_blank() {
        let state = after(vec![
            Action::Password(InputId::Paste, SharedSecret::new("same".into())),
            Action::Password(InputId::File(0), SharedSecret::new("same".into())),
            Action::Password(InputId::File(1), SharedSecret::new(String::new())),
        ]);
        assert_eq!(state.password_list().len(), 1);
        assert!(state.has_password(InputId::Paste) && !state.has_password(InputId::File(1)));
    }
}
