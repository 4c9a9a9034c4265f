//! `openssl s_client -connect host:443 [-showcerts]` transcripts: what
//! s_client saw — the verify result, the protocol and cipher, whether the
//! server sent a certificate, and the chain it sent (subjects and issuers)
//! — so the report can say whether the pasted chain is that chain.

use serde::Serialize;

/// What one transcript says.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Transcript {
    pub input: usize,
    /// `Verify return code: N (text)`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verify_code: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verify_text: Option<String>,
    /// `Protocol  : TLSv1.3`, or the `New, …` line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cipher: Option<String>,
    /// `no peer certificate available`: the server sent none.
    pub no_peer_certificate: bool,
    /// The chain as the `Certificate chain` block lists it: the subject of
    /// each certificate, depth 0 first.
    pub chain: Vec<String>,
    /// PEM blocks in the transcript: `-showcerts` prints every certificate,
    /// without it only the server's own.
    pub pem_blocks: usize,
}

impl Transcript {
    /// `-showcerts` was given (every certificate of the chain is there).
    pub fn showcerts(&self) -> bool {
        self.pem_blocks > 1 || (self.pem_blocks == 1 && self.chain.len() <= 1)
    }
}

/// The transcript in `text`, if it is one.
pub fn read(text: &str, input: usize) -> Option<Transcript> {
    let is_transcript = text.contains("CONNECTED(")
        || (text.contains("Certificate chain") && (text.contains(" s:") || text.contains("Server certificate")))
        || text.contains("Verify return code:");
    if !is_transcript {
        return None;
    }
    let mut transcript = Transcript { input, ..Transcript::default() };
    let mut in_chain = false;
    for line in text.lines().take(100_000) {
        let trimmed = line.trim();
        if trimmed == "Certificate chain" {
            in_chain = true;
            continue;
        }
        // s_client's separators are "---" alone (PEM markers are not).
        if trimmed == "---" {
            in_chain = false;
        }
        if trimmed.starts_with("-----BEGIN CERTIFICATE-----") {
            transcript.pem_blocks += 1;
        }
        if in_chain {
            // " 0 s:CN = example.com" (1.1+), " 0 s:/CN=example.com" (1.0).
            let mut parts = trimmed.splitn(2, ' ');
            let (depth, rest) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            if depth.parse::<u32>().is_ok() {
                if let Some(subject) = rest.strip_prefix("s:") {
                    transcript.chain.push(subject.trim().to_string());
                }
            }
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("Verify return code:") {
            let rest = rest.trim();
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            transcript.verify_code = digits.parse().ok();
            let text = rest[digits.len()..].trim().trim_start_matches('(').trim_end_matches(')');
            transcript.verify_text = (!text.is_empty()).then(|| text.to_string());
        } else if let Some(rest) = trimmed.strip_prefix("Protocol") {
            if let Some((_, value)) = rest.split_once(':') {
                transcript.protocol = Some(value.trim().to_string());
            }
        } else if let Some(rest) = trimmed.strip_prefix("Cipher") {
            if let Some((_, value)) = rest.split_once(':') {
                if value.trim() != "0000" {
                    transcript.cipher = Some(value.trim().to_string());
                }
            }
        } else if let Some(rest) = trimmed.strip_prefix("New, ") {
            // "New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384"
            let mut parts = rest.split(", Cipher is ");
            if let (Some(protocol), Some(cipher)) = (parts.next(), parts.next()) {
                transcript.protocol.get_or_insert_with(|| protocol.trim().to_string());
                transcript.cipher.get_or_insert_with(|| cipher.trim().to_string());
            }
        } else if trimmed.contains("no peer certificate available") {
            transcript.no_peer_certificate = true;
        }
    }
    Some(transcript)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRANSCRIPT: &str = "CONNECTED(00000003)
depth=0 CN = valid.example
verify error:num=20:unable to get local issuer certificate
verify return:1
depth=0 CN = valid.example
verify error:num=21:unable to verify the first certificate
verify return:1
---
Certificate chain
 0 s:CN = valid.example
   i:C = US, O = Amazon, CN = Amazon RSA 2048 M03
   a:PKEY: rsaEncryption, 2048 (bit); sigalg: RSA-SHA256
---
Server certificate
-----BEGIN CERTIFICATE-----
MIIB
-----END CERTIFICATE-----
subject=CN = valid.example
---
New, TLSv1.3, Cipher is TLS_AES_128_GCM_SHA256
Protocol  : TLSv1.3
    Verify return code: 21 (unable to verify the first certificate)
";

    #[test]
    fn reads_what_s_client_saw() {
        let transcript = read(TRANSCRIPT, 3).unwrap();
        assert_eq!(transcript.verify_code, Some(21));
        assert_eq!(transcript.verify_text.as_deref(), Some("unable to verify the first certificate"));
        assert_eq!(transcript.protocol.as_deref(), Some("TLSv1.3"));
        assert_eq!(transcript.cipher.as_deref(), Some("TLS_AES_128_GCM_SHA256"));
        assert_eq!(transcript.chain, ["CN = valid.example"]);
        assert!(transcript.showcerts() && !transcript.no_peer_certificate);
        assert!(read("just prose", 0).is_none());
    }
}
