//! Intake: works out what each input holds, by content and never by name.
//!
//! PEM blocks are found anywhere in the text; inputs without PEM armour are
//! tried as DER and then as bare base64 of DER. Whatever cannot be read
//! becomes a finding that says where, and the rest is still read.

use serde::Serialize;

use crate::certificate::Certificate;
use crate::finding::{Finding, FindingKind, Limit};
use crate::input::{limits, Input};
use crate::pem::{self, Label};

/// What a piece of an input was recognised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    Certificate,
    CertificateRequest,
    Crl,
    PrivateKey,
    EncryptedPrivateKey,
    PublicKey,
    Pkcs7,
    OpenSshPrivateKey,
    DomainParameters,
}

/// One recognised piece of an input.
#[derive(Clone, Debug, Serialize)]
pub struct Item {
    pub kind: ItemKind,
    /// 1-based line of its PEM block; `None` for DER.
    pub line: Option<usize>,
    /// For certificates: the index in the report's certificate list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate: Option<usize>,
}

/// One input as the report shows it.
#[derive(Clone, Debug, Serialize)]
pub struct InputSummary {
    pub index: usize,
    pub name: String,
    pub bytes: usize,
    /// `pem`, `der`, `base64` or `unknown`.
    pub encoding: &'static str,
    pub items: Vec<Item>,
}

/// Everything read from the inputs.
#[derive(Debug, Default)]
pub struct Intake {
    pub inputs: Vec<InputSummary>,
    pub certificates: Vec<Certificate>,
    pub findings: Vec<Finding>,
}

struct Budget {
    bytes: usize,
    pem_blocks: usize,
}

/// Reads every input.
pub fn read_all(inputs: &[Input]) -> Intake {
    let mut intake = Intake::default();
    let mut budget = Budget { bytes: limits::MAX_TOTAL_BYTES, pem_blocks: limits::MAX_PEM_BLOCKS };
    for (index, input) in inputs.iter().enumerate() {
        read_one(&mut intake, &mut budget, index, input);
    }
    intake
}

fn read_one(intake: &mut Intake, budget: &mut Budget, index: usize, input: &Input) {
    let bytes: &[u8] = &input.bytes;
    let mut summary = InputSummary {
        index,
        name: input.name.clone(),
        bytes: bytes.len(),
        encoding: "unknown",
        items: Vec::new(),
    };
    if bytes.len() > budget.bytes {
        intake.findings.push(Finding::about_input(
            FindingKind::InputLimitExceeded {
                limit: Limit::TotalBytes,
                maximum: limits::MAX_TOTAL_BYTES,
                skipped: format!("{} ({} bytes)", input.name, bytes.len()),
            },
            index,
        ));
        intake.inputs.push(summary);
        return;
    }
    budget.bytes -= bytes.len();

    let scan = pem::scan(bytes, budget.pem_blocks);
    if scan.saw_marker {
        summary.encoding = "pem";
        budget.pem_blocks = budget.pem_blocks.saturating_sub(scan.blocks.len() + scan.problems.len());
        if scan.hit_block_limit {
            intake.findings.push(Finding::about_input(
                FindingKind::InputLimitExceeded {
                    limit: Limit::PemBlocks,
                    maximum: limits::MAX_PEM_BLOCKS,
                    skipped: format!("the rest of {}", input.name),
                },
                index,
            ));
        }
        for problem in scan.problems {
            intake.findings.push(Finding::about_input(
                FindingKind::PemMalformed {
                    input: input.name.clone(),
                    line: problem.line,
                    problem: problem.problem,
                },
                index,
            ));
        }
        for block in &scan.blocks {
            let kind = match block.label {
                Label::Certificate | Label::TrustedCertificate => {
                    add_certificate(intake, &mut summary, &block.der, Some(block.line));
                    continue;
                }
                Label::CertificateRequest => ItemKind::CertificateRequest,
                Label::Crl => ItemKind::Crl,
                Label::PrivateKey | Label::RsaPrivateKey | Label::EcPrivateKey | Label::DsaPrivateKey => {
                    if block
                        .headers
                        .iter()
                        .any(|(name, value)| name == "Proc-Type" && value.contains("ENCRYPTED"))
                    {
                        ItemKind::EncryptedPrivateKey
                    } else {
                        ItemKind::PrivateKey
                    }
                }
                Label::EncryptedPrivateKey => ItemKind::EncryptedPrivateKey,
                Label::PublicKey | Label::RsaPublicKey => ItemKind::PublicKey,
                Label::Pkcs7 => ItemKind::Pkcs7,
                Label::OpenSshPrivateKey => ItemKind::OpenSshPrivateKey,
                Label::EcParameters | Label::DhParameters => ItemKind::DomainParameters,
            };
            summary.items.push(Item { kind, line: Some(block.line), certificate: None });
        }
        if summary.items.is_empty() && !intake.findings.iter().any(|f| f.inputs.contains(&index)) {
            push_unrecognised(intake, index, input, None);
        }
    } else if looks_like_der(bytes) {
        summary.encoding = "der";
        add_certificate(intake, &mut summary, bytes, None);
    } else if let Some(der) = pem::decode_bare_base64(bytes).filter(|der| looks_like_der(der)) {
        summary.encoding = "base64";
        add_certificate(intake, &mut summary, &der, None);
    } else {
        push_unrecognised(intake, index, input, guess_what_it_is(bytes));
    }
    intake.inputs.push(summary);
}

fn add_certificate(intake: &mut Intake, summary: &mut InputSummary, der: &[u8], line: Option<usize>) {
    let input = summary.index;
    if intake.certificates.len() >= limits::MAX_CERTIFICATES {
        let already = intake.findings.iter().any(|finding| {
            matches!(finding.kind, FindingKind::InputLimitExceeded { limit: Limit::Certificates, .. })
        });
        if !already {
            intake.findings.push(Finding::about_input(
                FindingKind::InputLimitExceeded {
                    limit: Limit::Certificates,
                    maximum: limits::MAX_CERTIFICATES,
                    skipped: format!("certificates after the first {} ", limits::MAX_CERTIFICATES),
                },
                input,
            ));
        }
        return;
    }
    let index = intake.certificates.len();
    match Certificate::from_der(der, index, input) {
        Ok(certificate) => {
            intake.certificates.push(certificate);
            summary.items.push(Item { kind: ItemKind::Certificate, line, certificate: Some(index) });
        }
        Err(error) => intake.findings.push(Finding::about_input(
            FindingKind::CertUnparseable { input: summary.name.clone(), line, reason: error.reason },
            input,
        )),
    }
}

/// A DER SEQUENCE whose length covers (most of) the input.
fn looks_like_der(bytes: &[u8]) -> bool {
    bytes.len() >= 16 && bytes[0] == 0x30 && matches!(bytes[1], 0x80..=0x84)
}

fn push_unrecognised(intake: &mut Intake, index: usize, input: &Input, looks_like: Option<String>) {
    intake.findings.push(Finding::about_input(
        FindingKind::InputUnrecognised { input: input.name.clone(), bytes: input.bytes.len(), looks_like },
        index,
    ));
}

/// A hint for inputs that are certainly not TLS material.
fn guess_what_it_is(bytes: &[u8]) -> Option<String> {
    if bytes.iter().all(|byte| byte.is_ascii_whitespace()) {
        return Some("an empty file".to_string());
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
    let head = head.trim_start();
    let guesses: [(&str, &str); 6] = [
        ("ssh-rsa ", "an SSH public key (not a TLS certificate)"),
        ("ssh-ed25519 ", "an SSH public key (not a TLS certificate)"),
        ("ecdsa-sha2-", "an SSH public key (not a TLS certificate)"),
        ("PuTTY-User-Key-File", "a PuTTY key (not a TLS key)"),
        ("<", "an HTML or XML document"),
        ("{", "a JSON document"),
    ];
    guesses.iter().find(|(prefix, _)| head.starts_with(prefix)).map(|(_, what)| what.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_junk_inputs_are_unrecognised() {
        let inputs = [
            Input::new("empty.pem", Vec::new()),
            Input::new("id_rsa.pub", b"ssh-rsa AAAAB3Nza user@host\n".to_vec()),
            Input::new("notes.txt", b"hello world, this is not a certificate".to_vec()),
        ];
        let intake = read_all(&inputs);
        assert_eq!(intake.findings.len(), 3);
        for (index, finding) in intake.findings.iter().enumerate() {
            assert!(matches!(finding.kind, FindingKind::InputUnrecognised { .. }));
            assert_eq!(finding.inputs, [index]);
        }
        assert!(matches!(
            &intake.findings[1].kind,
            FindingKind::InputUnrecognised { looks_like: Some(what), .. } if what.contains("SSH")
        ));
    }

    #[test]
    fn a_bad_certificate_block_is_reported_with_its_line() {
        let input = Input::new(
            "bad.pem",
            b"junk\n-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----\n".to_vec(),
        );
        let intake = read_all(&[input]);
        assert_eq!(intake.findings.len(), 1);
        assert!(matches!(intake.findings[0].kind, FindingKind::CertUnparseable { line: Some(2), .. }));
    }

    #[test]
    fn oversized_input_is_skipped_with_a_finding() {
        let big = vec![b'a'; limits::MAX_TOTAL_BYTES + 1];
        let intake = read_all(&[Input::new("big.pem", big)]);
        assert!(matches!(
            intake.findings[0].kind,
            FindingKind::InputLimitExceeded { limit: Limit::TotalBytes, .. }
        ));
    }
}
