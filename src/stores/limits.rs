//! Roots whose new certificates some clients no longer trust. A root
//! program that loses confidence in a CA often keeps trusting what the CA
//! issued up to a day and refuses what it issued after: Chrome dates a
//! certificate by its earliest Certificate Transparency timestamp (SCT),
//! Apple and Java by its notBefore. The stores' lists keep such roots as
//! trusted (they still vouch for older certificates), so the days come
//! from the root programs' announcements, cited with each entry.
//!
//! Only what a client is known to do is here: Windows and Android are not
//! named for these roots (their programs announced no such limit that
//! certdoctor could confirm), and Mozilla's list no longer carries the
//! Entrust and Camerfirma roots at all.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::timestamp::Timestamp;

/// A root program that limits roots by issuance day; each speaks for one
/// client (`crate::client::Client::of_program`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum Program {
    /// The Chrome Root Store (Chrome and Edge on every platform but iOS).
    Chrome,
    /// Apple's (Safari and every app on Apple's systems).
    Apple,
    /// The JDK's (jdk.security.caDistrustPolicies).
    Java,
}

/// How a client dates a certificate's issuance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum Dating {
    /// By the earliest SCT embedded in it (a certificate without one by
    /// its notBefore: SCTs a server staples are not in the certificate).
    EarliestSct,
    /// By its notBefore.
    NotBefore,
}

/// A client trusts a root's certificates issued up to `last_day` (UTC,
/// inclusive) and refuses later ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct IssuanceLimit {
    pub program: Program,
    /// Midnight (UTC) starting the last day still trusted.
    pub last_day: Timestamp,
    pub dating: Dating,
}

impl IssuanceLimit {
    /// Whether a certificate issued at `issued` (dated as this client
    /// dates it) is past the limit.
    pub fn refuses(self, issued: Timestamp) -> bool {
        issued >= self.last_day.plus_days(1)
    }
}

/// Entrust's public roots and the AffirmTrust roots it runs.
const ENTRUST: &[&str] = &[
    // Entrust Root Certification Authority
    "73c176434f1bc6d5adf45b0e76e727287c8de57616c1e6e6141a2b2cbc7d8e4c",
    // Entrust Root Certification Authority - EC1
    "02ed0eb28c14da45165c566791700d6451d7fb56f0b2ab1d3b8eb070e56edff5",
    // Entrust Root Certification Authority - G2
    "43df5774b03e7fef5fe40d931a7bedf1bb2e6b42738c4e6d3841103d3aa7f339",
    // Entrust Root Certification Authority - G4
    "db3517d1f6732a2d5ab97c533ec70779ee3270a62fb4ac4238372460e6f01e88",
    // Entrust.net Certification Authority (2048)
    "6dc47172e01cbcb0bf62580d895fe2b8ac9ad4f873801e0c10b9c837d21eb177",
    // AffirmTrust Commercial
    "0376ab1d54c5f9803ce4b2e201a0ee7eef7b57b636e8a93c9b8d4860c96f5fa7",
    // AffirmTrust Networking
    "0a81ec5a929777f145904af38d5d509f66b5e2c58fcdb531058b0e17f3f0b41b",
    // AffirmTrust Premium
    "70a73f7f376b60074248904534b11482d5bf0e698ecc498df52577ebf2e93b9a",
    // AffirmTrust Premium ECC
    "bd71fdf6da97e4cf62d1647add2581b07d79adf8397eb4ecba9c5e8488821423",
];

/// AC Camerfirma's roots.
const CAMERFIRMA: &[&str] = &[
    // Chambers of Commerce Root - 2008
    "063e4afac491dfd332f3089b8542e94617d893d7fe944e10a7937ee29d9693c0",
    // Global Chambersign Root - 2008
    "136335439334a7698016a0d324de72284e079d7b5220bb8fbd747816eebebaca",
];

/// Chunghwa Telecom's and NetLock's roots.
const CHUNGHWA_NETLOCK: &[&str] = &[
    // ePKI Root Certification Authority
    "c0a6f4dc63a24bfdcf54ef2a6a082a0a72de35803e2ff5ff527ae5d87206dfd5",
    // HiPKI Root CA - G1
    "f015ce3cc239bfef064be9f1d2c417e1a0264a0a94be1f0c8d121864eb6949cc",
    // NetLock Arany (Class Gold) Főtanúsítvány
    "6c61dac3a2def031506be036d2a6fe401994fbd13df9c8d466599274c446ec98",
];

struct Policy {
    roots: &'static [&'static str],
    program: Program,
    last_day: &'static str,
    dating: Dating,
}

const POLICIES: &[Policy] = &[
    // Chrome 131 and later: "TLS server authentication certificates
    // validating to the following Entrust roots whose earliest Signed
    // Certificate Timestamp (SCT) is dated after November 11, 2024
    // (11:59:59 PM UTC), will no longer be trusted by default" (Chrome Root
    // Program, "Sustaining Digital Certificate Security – Entrust
    // Certificate Distrust", 2024-06-27, date as updated 2024-09-10).
    Policy { roots: ENTRUST, program: Program::Chrome, last_day: "2024-11-11", dating: Dating::EarliestSct },
    // Chrome 139 and later: the same for Chunghwa Telecom's and NetLock's
    // roots, earliest SCT after July 31, 2025 (Chrome Root Program,
    // 2025-05-30).
    Policy { roots: CHUNGHWA_NETLOCK, program: Program::Chrome, last_day: "2025-07-31", dating: Dating::EarliestSct },
    // Apple, "Changes to certificate authorities and certificates"
    // (support.apple.com/121668): certificates issued after the effective
    // date, 2024-11-15, fail on current Apple systems — Entrust's and
    // AffirmTrust's roots (TLS), Camerfirma's (TLS, S/MIME, client).
    Policy { roots: ENTRUST, program: Program::Apple, last_day: "2024-11-15", dating: Dating::NotBefore },
    Policy { roots: CAMERFIRMA, program: Program::Apple, last_day: "2024-11-15", dating: Dating::NotBefore },
    // Java 8u431, 11.0.25, 17.0.13, 21.0.5, 23.0.1 and later (JDK-8337664,
    // ENTRUST_TLS in jdk.security.caDistrustPolicies): "TLS server
    // certificate issued after 2024-11-11 and anchored by a distrusted
    // legacy Entrust root CA"; 17.0.15 and later (CAMERFIRMA_TLS): issued
    // after 2025-04-15. The JDK compares the notBefore's date.
    Policy { roots: ENTRUST, program: Program::Java, last_day: "2024-11-11", dating: Dating::NotBefore },
    Policy { roots: CAMERFIRMA, program: Program::Java, last_day: "2025-04-15", dating: Dating::NotBefore },
];

/// The limits above, by root fingerprint.
pub fn builtin() -> BTreeMap<[u8; 32], Vec<IssuanceLimit>> {
    let mut limits: BTreeMap<[u8; 32], Vec<IssuanceLimit>> = BTreeMap::new();
    for policy in POLICIES {
        let Ok(last_day) = Timestamp::parse(policy.last_day) else { continue };
        for root in policy.roots {
            if let Some(sha256) = super::generate::from_hex(root) {
                limits.entry(sha256).or_default().push(IssuanceLimit {
                    program: policy.program,
                    last_day,
                    dating: policy.dating,
                });
            }
        }
    }
    limits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_reads_and_a_day_is_trusted_to_its_end() {
        let limits = builtin();
        let count: usize = POLICIES.iter().map(|policy| policy.roots.len()).sum();
        assert_eq!(limits.values().map(Vec::len).sum::<usize>(), count);
        let entrust = crate::stores::generate::from_hex(ENTRUST[2]).unwrap();
        let chrome = limits[&entrust].iter().find(|limit| limit.program == Program::Chrome).unwrap();
        assert!(!chrome.refuses(Timestamp::parse("2024-11-11T23:59:59Z").unwrap()));
        assert!(chrome.refuses(Timestamp::parse("2024-11-12T00:00:00Z").unwrap()));
        let programs: Vec<Program> = limits[&entrust].iter().map(|limit| limit.program).collect();
        assert_eq!(programs, [Program::Chrome, Program::Apple, Program::Java]);
    }

    /// Every fingerprint is a root some store in the corpus trusts, under
    /// the name its comment gives (a typo would silently limit nothing).
    #[cfg(feature = "embedded-data")]
    #[test]
    fn every_root_is_a_store_root_named_as_commented() {
        let stores = crate::stores::TrustStores::builtin();
        for (sha256, _) in builtin() {
            let root = stores.roots.iter().find(|root| root.sha256 == sha256);
            let root = root.unwrap_or_else(|| panic!("{sha256:02x?} is in no store"));
            assert!(
                ["Entrust", "AffirmTrust", "Chambers", "ePKI", "HiPKI", "NetLock"]
                    .iter()
                    .any(|word| root.name.contains(word)),
                "{}",
                root.name
            );
        }
    }
}
