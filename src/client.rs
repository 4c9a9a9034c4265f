//! The clients certdoctor speaks for: each a trust store and the rules it
//! enforces ([`crate::matrix`] says which findings make each refuse).

use serde::Serialize;

use crate::flags::{Flag, Flags};
use crate::stores::limits::Program;
use crate::stores::{StoreId, StoreSet};

/// A client profile: a trust store and the rules it enforces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum Client {
    /// Chrome and Edge (Chromium's verifier).
    Chrome,
    Firefox,
    /// Safari and every app on Apple platforms (Security framework).
    Safari,
    /// Windows: Schannel, .NET, Edge's OS verifier (CryptoAPI).
    Windows,
    /// Current Android (Conscrypt, OkHttp).
    Android,
    /// Android 4.4 KitKat and older.
    AndroidOld,
    /// Java (JSSE, PKIX).
    Java,
    /// OpenSSL's default verification: curl, nginx as a client, PHP, Ruby,
    /// Node, git.
    Openssl,
    /// Python 3.13 and later: OpenSSL with VERIFY_X509_STRICT by default.
    Python,
    /// Go's crypto/x509.
    Go,
    /// rustls (rustls-webpki).
    Rustls,
}

pub type ClientSet = Flags<Client>;

impl Flag for Client {
    const ALL: &'static [Self] = &[
        Self::Chrome,
        Self::Firefox,
        Self::Safari,
        Self::Windows,
        Self::Android,
        Self::AndroidOld,
        Self::Java,
        Self::Openssl,
        Self::Python,
        Self::Go,
        Self::Rustls,
    ];

    fn position(self) -> usize {
        self as usize
    }
}

impl Client {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Chrome => "chrome",
            Self::Firefox => "firefox",
            Self::Safari => "safari",
            Self::Windows => "windows",
            Self::Android => "android",
            Self::AndroidOld => "android-old",
            Self::Java => "java",
            Self::Openssl => "openssl",
            Self::Python => "python",
            Self::Go => "go",
            Self::Rustls => "rustls",
        }
    }

    /// The store it trusts.
    pub fn store(self) -> StoreId {
        match self {
            // Chrome has its own Root Store since Chrome 105; it is not in the
            // corpus, and Mozilla's is the closest (both follow CCADB and
            // removed the same roots so far).
            Self::Chrome | Self::Firefox => StoreId::Mozilla,
            Self::Safari => StoreId::Apple,
            Self::Windows => StoreId::Windows,
            Self::Android => StoreId::Android,
            Self::AndroidOld => StoreId::Android44,
            Self::Java => StoreId::Java,
            // Linux distributions: the system bundle that OpenSSL, Python
            // and Go read, which Debian's and Ubuntu's ca-certificates,
            // Fedora's ca-certificates and Alpine's build from Mozilla's
            // certdata.txt. (The Ubuntu list in the data is a 2014 snapshot,
            // reported as a store of its own for old servers.)
            Self::Openssl | Self::Python | Self::Go => StoreId::Mozilla,
            // rustls ships webpki-roots, which is Mozilla's list.
            Self::Rustls => StoreId::Mozilla,
        }
    }

    /// The client a root program's limits speak for.
    pub fn of_program(program: Program) -> Self {
        match program {
            Program::Chrome => Self::Chrome,
            Program::Apple => Self::Safari,
            Program::Java => Self::Java,
        }
    }

    /// Mainstream clients make a refusal an error; the others (strict or
    /// old ones) make it a warning that names them.
    pub fn mainstream(self) -> bool {
        !matches!(self, Self::Python | Self::AndroidOld)
    }
}

/// How many mainstream clients trust a root that the stores in `stores`
/// trust. Path building weighs every anchor by it, for every store: a
/// table by store rather than a walk over the clients each time.
pub fn mainstream_trusting(stores: StoreSet) -> u32 {
    static PER_STORE: std::sync::OnceLock<[u32; 16]> = std::sync::OnceLock::new();
    let per_store = PER_STORE.get_or_init(|| {
        let mut table = [0; 16];
        for client in <Client as Flag>::ALL.iter().filter(|client| client.mainstream()) {
            table[client.store().position()] += 1;
        }
        table
    });
    let mut bits = stores.bits();
    let mut count = 0;
    while bits != 0 {
        count += per_store[bits.trailing_zeros() as usize];
        bits &= bits - 1;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mainstream_trusting_counts_the_clients_of_every_set_of_stores() {
        for bits in 0..1_u16 << StoreId::ALL.len() {
            let stores = StoreSet::from_bits(bits);
            let counted = <Client as Flag>::ALL
                .iter()
                .filter(|client| client.mainstream() && stores.contains(client.store()))
                .count();
            assert_eq!(mainstream_trusting(stores) as usize, counted, "{:?}", stores.iter().collect::<Vec<_>>());
        }
        assert!(mainstream_trusting(StoreSet::all()) >= 5);
    }
}
