//! Roots a store's list in the corpus is too old to have. The Java list
//! (trust_stores_observatory's `openjdk.yaml`) is OpenJDK 17.0.2's cacerts
//! of January 2022; OpenJDK has added roots since, each backported to the
//! 8, 11, 17 and 21 updates, so a current Java trusts them and a chain to
//! one of them (Google Trust Services', Let's Encrypt's ECDSA root,
//! Microsoft's, Sectigo's new ones) must not be called failing in Java.
//! Each addition is named by its OpenJDK issue; the certificates come from
//! the corpus (the other stores' lists hold them).

use super::StoreId;

/// (store, root's SHA-256, its name, the change that added it).
pub const ADDED: &[(StoreId, &str, &str, &str)] = &[
    (StoreId::Java, "358df39d764af9e1b766e9c972df352ee15cfac227af6ad1d70e8e4a6edcba02", "Microsoft ECC Root Certificate Authority 2017", "JDK-8304760"),
    (StoreId::Java, "c741f70f4b2a8d88bf2e71c14122ef53ef10eba0cfa5e64cfa20f418853073e0", "Microsoft RSA Root Certificate Authority 2017", "JDK-8304760"),
    (StoreId::Java, "d947432abde7b7fa90fc2e6b59101b1280e0e1c7e4e40fa3c6887fff57a7f4cf", "GTS Root R1", "JDK-8307134"),
    (StoreId::Java, "8d25cd97229dbf70356bda4eb3cc734031e24cf00fafcfd32dc76eb5841c7ea8", "GTS Root R2", "JDK-8307134"),
    (StoreId::Java, "34d8a73ee208d9bcdb0d956520934b4e40e69482596e8b6f73c8426b010a6f48", "GTS Root R3", "JDK-8307134"),
    (StoreId::Java, "349dfa4058c5e263123b398ae795573c4e1313c83fe68f93556cd5e8031b3c7d", "GTS Root R4", "JDK-8307134"),
    (StoreId::Java, "59769007f7685d0fcd50872f9f95d5755a5b2b457d81f3692b610a98672f0e1b", "TWCA Global Root CA", "JDK-8305975"),
    (StoreId::Java, "d48d3d23eedb50a459e55197601c27774b9d7b18c94d5a059511a10250b93168", "Certigna Root CA", "JDK-8314960"),
    (StoreId::Java, "242b69742fcb1e5b2abf98898b94572187544e5b4d9911786573621f6a74b82c", "Telia Root CA v2", "JDK-8317373"),
    (StoreId::Java, "69729b8e15a86efc177a57afb7171dfc64add28c2fca8cf1507e34453ccb1470", "ISRG Root X2", "JDK-8317374"),
    (StoreId::Java, "018e13f0772532cf809bd1b17281867283fc48c6e13be9c69812854a490c1b05", "DigiCert TLS ECC P384 Root G5", "JDK-8318759"),
    (StoreId::Java, "371a00dc0533b3721a7eeb40e8419e70799d2b0a0f2c1d80693165f7cec4ad75", "DigiCert TLS RSA4096 Root G5", "JDK-8318759"),
    // Two of JDK-8319187's three eMudhra roots (the third is not named here).
    (StoreId::Java, "40f6af0346a99aa1cd1d555a4e9cce62c7f9634603ee406615833dc8c8d00367", "emSign Root CA - G1", "JDK-8319187"),
    (StoreId::Java, "86a1ecba089c4a8d3bbe2734c612ba341d813e043cf9e8a862cd5c57a36bbe6b", "emSign ECC Root CA - G3", "JDK-8319187"),
    (StoreId::Java, "77b82cd8644c4305f7acc5cb156b45675004033d51c60c6202a8e0c33467d3a0", "Certainly Root R1", "JDK-8321408"),
    (StoreId::Java, "b4585f22e4ac756a4e8612a1361c5d9d031a93fd84febb778fa3068b0fc42dc2", "Certainly Root E1", "JDK-8321408"),
    (StoreId::Java, "4fa3126d8d3a11d1c4855a4f807cbad6cf919d3a5a88b03bea2c6372d93c40c9", "GlobalSign Root R46", "JDK-8316138"),
    (StoreId::Java, "cbb9c44d84b8043e1050ea31a69f514955d7bfd2e2c6b49301019ad61d9f5058", "GlobalSign Root E46", "JDK-8316138"),
    (StoreId::Java, "8faf7d2e2cb4709bb8e0b33666bf75a5dd45b5de480f8ea8d4bfe6bebc17f2ed", "SSL.com TLS RSA Root CA 2022", "JDK-8341057"),
    (StoreId::Java, "c32ffd9f46f936d16c3673990959434b9ad60aafbb9e7cf33654f144cc1ba143", "SSL.com TLS ECC Root CA 2022", "JDK-8341057"),
    (StoreId::Java, "c90f26f0fb1b4018b22227519b5ca2b53e2ca5b3be5cf18efe1bef47380c5383", "Sectigo Public Server Authentication Root E46", "JDK-8359170"),
    (StoreId::Java, "7bb647a62aeeac88bf257aa522d01ffea395e0ab45c73f93f65654ec38f25a06", "Sectigo Public Server Authentication Root R46", "JDK-8359170"),
    (StoreId::Java, "6b9c08e86eb0f767cfad65cd98b62149e5494a67f5845e7bd1ed019f27b86bd6", "OISTE WISeKey Global Root GB CA", "JDK-8372351"),
    (StoreId::Java, "8560f91c3624daba9570b5fea0dbe36ff11a8323be9486854fb3f34a5571198d", "OISTE WISeKey Global Root GC CA", "JDK-8372351"),
];

/// How the store's version reads once roots are added to it.
pub fn version(store: StoreId, listed: String) -> String {
    let count = ADDED.iter().filter(|(id, ..)| *id == store).count();
    match count {
        0 => listed,
        _ => format!("{listed} + {count} roots OpenJDK added since (JDK-8304760 … JDK-8372351)"),
    }
}

#[cfg(all(test, feature = "embedded-data"))]
mod tests {
    use super::*;

    /// Every addition is in the data, trusted by its store, under its name
    /// (a mistyped fingerprint would add nothing).
    #[test]
    fn every_added_root_is_trusted_by_its_store() {
        let stores = crate::stores::TrustStores::builtin();
        for (store, sha256, name, _) in ADDED {
            let sha256 = super::super::generate::from_hex(sha256).unwrap();
            let root = stores.roots.iter().find(|root| root.sha256 == sha256);
            let root = root.unwrap_or_else(|| panic!("{name} is not in the data"));
            assert!(root.stores.contains(*store), "{name}");
            assert_eq!(root.name, *name);
        }
        let java = stores.info(StoreId::Java).unwrap();
        assert!(java.version.starts_with("jdk-17.0.2 + 24 roots"), "{}", java.version);
    }
}
