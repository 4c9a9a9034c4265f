//! A name from one of the engine's fixed vocabularies (a parser's field
//! names, key algorithms, name kinds, rustls-webpki's error names): a
//! `&'static str` that can also be carried across to the page's thread.

use std::fmt;
use std::ops::Deref;

use serde::{Serialize, Serializer};

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Label(pub &'static str);

impl Label {
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

impl Deref for Label {
    type Target = str;

    fn deref(&self) -> &str {
        self.0
    }
}

impl From<&'static str> for Label {
    fn from(text: &'static str) -> Self {
        Self(text)
    }
}

impl PartialEq<&str> for Label {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl fmt::Debug for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Label {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

#[cfg(feature = "transfer")]
mod transfer {
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};

    use bincode::de::{BorrowDecoder, Decoder};
    use bincode::enc::Encoder;
    use bincode::error::{DecodeError, EncodeError};
    use bincode::{BorrowDecode, Decode, Encode};

    use super::Label;

    /// Each distinct label decoded is kept once for the life of the page:
    /// the vocabularies are the engine's own, so this stays small.
    fn intern(text: String) -> &'static str {
        static SEEN: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
        let Ok(mut seen) = SEEN.get_or_init(Default::default).lock() else { return "" };
        if let Some(known) = seen.get(text.as_str()) {
            return known;
        }
        let leaked: &'static str = Box::leak(text.into_boxed_str());
        seen.insert(leaked);
        leaked
    }

    impl Encode for Label {
        fn encode<E: Encoder>(&self, encoder: &mut E) -> Result<(), EncodeError> {
            self.0.encode(encoder)
        }
    }

    impl<C> Decode<C> for Label {
        fn decode<D: Decoder<Context = C>>(decoder: &mut D) -> Result<Self, DecodeError> {
            Ok(Self(intern(String::decode(decoder)?)))
        }
    }

    impl<'de, C> BorrowDecode<'de, C> for Label {
        fn borrow_decode<D: BorrowDecoder<'de, Context = C>>(decoder: &mut D) -> Result<Self, DecodeError> {
            Ok(Self(intern(String::borrow_decode(decoder)?)))
        }
    }
}
