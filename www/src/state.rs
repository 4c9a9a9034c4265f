//! The page's state and the one place that changes it.

use std::rc::Rc;

use certdoctor::Lang;
use yew::Reducible;

/// A file the user dropped or picked. Held only in this page's memory.
#[derive(Clone)]
pub struct FileInput {
    pub id: u32,
    pub name: String,
    pub bytes: Rc<Vec<u8>>,
}

impl PartialEq for FileInput {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

/// Which input a password belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputId {
    Paste,
    File(u32),
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
        match self {
            Self::Healthy => {
                (include_str!("../examples/healthy.pem"), "valid.rootca1.demo.amazontrust.com", EXAMPLE_DATE)
            }
            Self::Incomplete => (
                include_str!("../examples/incomplete.pem"),
                "valid.rootca1.demo.amazontrust.com",
                EXAMPLE_DATE,
            ),
            Self::Messy => {
                (include_str!("../examples/messy.pem"), "expired.rootca1.demo.amazontrust.com", EXAMPLE_DATE)
            }
        }
    }
}

/// When the examples' healthy certificate was valid (see www/examples/README.md).
const EXAMPLE_DATE: &str = "2025-02-23";

#[derive(Clone, Default, PartialEq)]
pub struct State {
    /// What is in the paste box.
    pub text: String,
    /// Bumped when the page (not the user) puts text into the paste box, so
    /// the box is written only then: setting a 2 MB value back into the box
    /// on every keystroke costs the browser about a second.
    pub text_version: u32,
    pub files: Vec<FileInput>,
    /// Passwords typed next to inputs; all are tried on every encrypted input.
    pub passwords: Vec<(InputId, String)>,
    /// The host name the leaf must be valid for, as typed.
    pub host: String,
    /// The date to check at (`YYYY-MM-DD`), or empty for now.
    pub at: String,
    /// The rules to judge by.
    pub profile: certdoctor::Profile,
    pub lang: Lang,
    pub theme: Theme,
    /// Certificates the user chose to trust as roots (their own CA): display
    /// name and PEM.
    pub roots: Vec<(String, String)>,
    /// The certificate whose details are open.
    pub selected: Option<usize>,
    /// Certificates to highlight in the chain (those a finding concerns).
    pub highlighted: Vec<usize>,
    next_file_id: u32,
}

impl State {
    /// The passwords typed, without blanks or repeats.
    pub fn password_list(&self) -> Vec<String> {
        let mut list: Vec<String> = Vec::new();
        for (_, password) in &self.passwords {
            if !password.is_empty() && !list.contains(password) {
                list.push(password.clone());
            }
        }
        list
    }

    pub fn password_for(&self, input: InputId) -> String {
        self.passwords
            .iter()
            .find(|(id, _)| *id == input)
            .map(|(_, password)| password.clone())
            .unwrap_or_default()
    }
}

pub enum Action {
    Paste(String),
    AddFile {
        name: String,
        bytes: Vec<u8>,
    },
    RemoveFile(u32),
    Password(InputId, String),
    Host(String),
    At(String),
    Profile(certdoctor::Profile),
    Lang(Lang),
    Theme(Theme),
    Example(Example),
    Select(Option<usize>),
    Highlight(Vec<usize>),
    /// Trust this certificate (name, PEM) as a root.
    TrustRoot(String, String),
    /// Stop trusting the root with this name.
    UntrustRoot(String),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // Certificate indices belong to one analysis: new inputs drop them.
        let inputs_change = matches!(
            action,
            Action::Paste(_) | Action::AddFile { .. } | Action::RemoveFile(_) | Action::Example(_)
        );
        if inputs_change {
            next.selected = None;
            next.highlighted.clear();
        }
        match action {
            Action::Paste(text) => next.text = text,
            Action::AddFile { name, bytes } => {
                next.files.push(FileInput { id: next.next_file_id, name, bytes: Rc::new(bytes) });
                next.next_file_id += 1;
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
            }
            Action::Select(selected) => next.selected = selected,
            Action::Highlight(certificates) => next.highlighted = certificates,
            Action::TrustRoot(name, pem) => {
                if !next.roots.iter().any(|(_, known)| *known == pem) {
                    next.roots.push((name, pem));
                }
            }
            Action::UntrustRoot(name) => next.roots.retain(|(known, _)| *known != name),
        }
        Rc::new(next)
    }
}
