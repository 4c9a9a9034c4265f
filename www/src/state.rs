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

#[derive(Clone, Default, PartialEq)]
pub struct State {
    /// What is in the paste box.
    pub text: String,
    pub files: Vec<FileInput>,
    /// Passwords typed next to inputs; all are tried on every encrypted input.
    pub passwords: Vec<(InputId, String)>,
    /// The host name the leaf must be valid for, as typed.
    pub host: String,
    pub lang: Lang,
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
    AddFile { name: String, bytes: Vec<u8> },
    RemoveFile(u32),
    Password(InputId, String),
    Host(String),
    Lang(Lang),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
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
            Action::Lang(lang) => next.lang = lang,
        }
        Rc::new(next)
    }
}
