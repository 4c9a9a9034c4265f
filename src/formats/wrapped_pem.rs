//! PEM that was base64-encoded once more: a Kubernetes TLS secret's `data`
//! (`tls.crt: LS0tLS1CRUdJTi…`, as `kubectl get secret -o yaml|json`
//! prints it), Helm values, `kubectl … -o jsonpath='{.data.tls\.crt}'`,
//! CI variables. Such a run starts with the base64 of "-----BEGIN", so it
//! is found wherever it sits in YAML, JSON or plain text, and decoded back
//! to the PEM text it holds.

use base64::Engine;
use zeroize::Zeroizing;

use super::pem::{is_base64_byte, BASE64};

/// "-----BEGIN" in base64 (its first 14 characters do not depend on what
/// follows).
const WRAPPED_BEGIN: &[u8] = b"LS0tLS1CRUdJTi";

/// The PEM texts of every base64-wrapped PEM run in `input`, one after the
/// other; `None` if there is none. A run is one token of base64, or several
/// lines that hold base64 alone (`base64` wraps at 76 columns); what it
/// decodes to must start with "-----BEGIN". Keys come out too, so the text
/// is wiped when dropped.
pub fn unwrap(input: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let mut out = Zeroizing::new(Vec::new());
    let mut cursor = 0;
    while let Some(found) = input[cursor..].windows(WRAPPED_BEGIN.len()).position(|window| window == WRAPPED_BEGIN) {
        let start = cursor + found;
        let (run, end) = run_at(input, start);
        if let Ok(decoded) = BASE64.decode(run.as_slice()).map(Zeroizing::new) {
            if decoded.starts_with(b"-----BEGIN") {
                out.extend_from_slice(&decoded);
                out.push(b'\n');
            }
        }
        cursor = end.max(start + 1);
    }
    (!out.is_empty()).then_some(out)
}

/// The base64 run starting at `start`, without line breaks, and where it
/// ends.
fn run_at(input: &[u8], start: usize) -> (Zeroizing<Vec<u8>>, usize) {
    let mut run = Zeroizing::new(Vec::new());
    let mut at = start;
    loop {
        while at < input.len() && is_base64_byte(input[at]) {
            run.push(input[at]);
            at += 1;
        }
        // Over a line break only onto a line of base64 alone.
        if !matches!(input.get(at), Some(b'\n' | b'\r')) {
            return (run, at);
        }
        let line_start = at + input[at..].iter().take_while(|byte| matches!(byte, b'\n' | b'\r')).count();
        let line_end = input[line_start..].iter().position(|byte| *byte == b'\n').map_or(input.len(), |end| line_start + end);
        let line = input[line_start..line_end].trim_ascii();
        if line.is_empty() || !line.iter().all(|byte| is_base64_byte(*byte)) {
            return (run, at);
        }
        at = line_start + input[line_start..].iter().take_while(|byte| byte.is_ascii_whitespace()).count();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PEM: &str = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

    fn wrapped() -> String {
        BASE64.encode(PEM)
    }

    #[test]
    fn finds_runs_in_yaml_json_and_wrapped_lines() {
        let yaml = format!("apiVersion: v1\ndata:\n  tls.crt: {}\n  tls.key: \"\"\nkind: Secret\n", wrapped());
        assert_eq!(unwrap(yaml.as_bytes()).unwrap().as_slice(), format!("{PEM}\n").as_bytes());
        let json = format!("{{\"data\":{{\"tls.crt\":\"{}\",\"ca.crt\":\"{}\"}}}}", wrapped(), wrapped());
        assert_eq!(unwrap(json.as_bytes()).unwrap().as_slice(), format!("{PEM}\n{PEM}\n").as_bytes());
        let lines: Vec<String> = wrapped().as_bytes().chunks(20).map(|chunk| String::from_utf8(chunk.to_vec()).unwrap()).collect();
        let folded = format!("{}\nnext: value\n", lines.join("\r\n"));
        assert_eq!(unwrap(folded.as_bytes()).unwrap().as_slice(), format!("{PEM}\n").as_bytes());
    }

    #[test]
    fn nothing_else_is_taken() {
        assert!(unwrap(b"no wrapped pem here").is_none());
        // Starts like one, is no base64 (a last group of one character).
        assert!(unwrap(b"LS0tLS1CRUdJTiBaa!").is_none());
        assert!(unwrap(PEM.as_bytes()).is_none());
    }
}
