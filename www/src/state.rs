//! The page's state and the one place that changes it.

use std::rc::Rc;

use certdoctor::Lang;
use yew::Reducible;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    /// What is in the paste box.
    pub text: String,
    /// The host name the leaf must be valid for, as typed.
    pub host: String,
    pub lang: Lang,
}

pub enum Action {
    Paste(String),
    Host(String),
    Lang(Lang),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Paste(text) => next.text = text,
            Action::Host(host) => next.host = host,
            Action::Lang(lang) => next.lang = lang,
        }
        Rc::new(next)
    }
}
