//! A password typed into the page: held only in this page's memory, never
//! copied (the state is cloned on every action, the `Rc` around this is
//! what gets cloned), never printed, wiped when dropped.

use zeroize::Zeroizing;

pub struct Secret(Zeroizing<String>);

impl Secret {
    pub fn new(text: String) -> Self {
        Self(Zeroizing::new(text))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text, to send to the engine's thread (same page, same memory).
    pub fn expose(&self) -> &str {
        self.0.as_str()
    }

    /// Same text as `other`, without exposing either.
    pub fn same_as(&self, other: &Secret) -> bool {
        *self.0 == *other.0
    }
}

/// A [`Secret`] shared between the state's clones: cloning it copies the
/// pointer, not the password. Equal only to itself, so a newly typed
/// password is always a change.
#[derive(Clone)]
pub struct SharedSecret(std::rc::Rc<Secret>);

impl SharedSecret {
    pub fn new(text: String) -> Self {
        Self(std::rc::Rc::new(Secret::new(text)))
    }
}

impl std::ops::Deref for SharedSecret {
    type Target = Secret;

    fn deref(&self) -> &Secret {
        &self.0
    }
}

impl PartialEq for SharedSecret {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}
