//! Kubernetes TLS secrets (`type: kubernetes.io/tls`), as `kubectl get
//! secret -o yaml|json` prints them or as they sit in manifests: `data`
//! (base64) or `stringData` (PEM, usually a `|` block), one secret per
//! YAML document or many in a `kind: List` / `items:`. Each secret with a
//! `tls.crt` is one set: `tls.crt`, `tls.key` and `ca.crt` if present.
//!
//! This is not a YAML parser: it reads the few keys a TLS secret has,
//! line by line, which is what these files hold.

use std::path::Path;

use base64::Engine;
use certdoctor::Input;

use super::discover::{Set, SetKind};

/// The keys of a TLS secret that hold certificates and keys.
const FILES: [&str; 3] = ["tls.crt", "tls.key", "ca.crt"];

pub fn looks_like_secrets(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(1 << 20)]);
    text.contains("tls.crt") && (text.contains("kind") || text.contains("apiVersion"))
}

/// One secret as read: its name, namespace and files.
#[derive(Default)]
struct Secret {
    name: Option<String>,
    namespace: Option<String>,
    files: Vec<(&'static str, Vec<u8>)>,
}

pub fn secrets(path: &Path, bytes: &[u8]) -> Vec<Set> {
    let text = String::from_utf8_lossy(bytes);
    let secrets = if text.trim_start().starts_with('{') { json(&text) } else { yaml(&text) };
    secrets
        .into_iter()
        .filter(|secret| secret.files.iter().any(|(key, _)| *key == "tls.crt"))
        .map(|secret| {
            let name = match (&secret.namespace, &secret.name) {
                (Some(namespace), Some(name)) => format!("{namespace}/{name}"),
                (None, Some(name)) => name.clone(),
                _ => "(unnamed secret)".to_string(),
            };
            Set {
                name: format!("{} ({name})", path.display()),
                kind: SetKind::KubernetesSecret,
                files: vec![path.to_path_buf()],
                inputs: secret.files.into_iter().map(|(key, bytes)| Input::new(format!("{name}: {key}"), bytes)).collect(),
                host: None,
            }
        })
        .collect()
}

fn base64(text: &str) -> Option<Vec<u8>> {
    let clean: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    base64::engine::general_purpose::STANDARD.decode(clean).ok()
}

fn unquote(value: &str) -> &str {
    let value = value.trim();
    value
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .or_else(|| value.strip_prefix('\'').and_then(|rest| rest.strip_suffix('\'')))
        .unwrap_or(value)
}

/// The secrets of a YAML file: a new one starts at each document and at each
/// list item that starts an object with `apiVersion` or `kind`. Keys are
/// placed by indentation under the map that holds them.
fn yaml(text: &str) -> Vec<Secret> {
    let lines: Vec<&str> = text.lines().collect();
    let mut secrets = vec![Secret::default()];
    // The maps the current line is inside: (indentation, key).
    let mut parents: Vec<(usize, &str)> = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        index += 1;
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if trimmed.starts_with("---") {
            secrets.push(Secret::default());
            parents.clear();
            continue;
        }
        let mut indent = line.len() - trimmed.len();
        let mut body = trimmed;
        if let Some(rest) = body.strip_prefix("- ") {
            indent += 2 + rest.len() - rest.trim_start().len();
            body = rest.trim_start();
            if body.starts_with("apiVersion:") || body.starts_with("kind:") {
                secrets.push(Secret::default());
            }
        }
        parents.retain(|(depth, _)| *depth < indent);
        let Some((key, value)) = body.split_once(':') else { continue };
        let (key, value) = (unquote(key), value.trim());
        if value.is_empty() {
            parents.push((indent, key));
            continue;
        }
        let parent = parents.last().map_or("", |(_, key)| *key);
        let Some(secret) = secrets.last_mut() else { continue };
        match (parent, key) {
            ("metadata", "name") => secret.name = Some(unquote(value).to_string()),
            ("metadata", "namespace") => secret.namespace = Some(unquote(value).to_string()),
            (place @ ("data" | "stringData"), file) => {
                let Some(file) = FILES.iter().find(|known| **known == file) else { continue };
                let content = if value.starts_with('|') || value.starts_with('>') {
                    // A block scalar: the lines indented deeper than its key.
                    let mut block = String::new();
                    while let Some(next) = lines.get(index) {
                        let deeper = next.trim().is_empty() || next.len() - next.trim_start().len() > indent;
                        if !deeper {
                            break;
                        }
                        block.push_str(next.trim());
                        block.push('\n');
                        index += 1;
                    }
                    block
                } else {
                    unquote(value).to_string()
                };
                let bytes = if place == "data" { base64(&content) } else { Some(content.into_bytes()) };
                if let Some(bytes) = bytes {
                    secret.files.push((file, bytes));
                }
            }
            _ => {}
        }
    }
    secrets
}

/// The secrets of a JSON file: one secret, or a `List` with `items`.
fn json(text: &str) -> Vec<Secret> {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else { return Vec::new() };
    let items: Vec<&serde_json::Value> = match value.get("items").and_then(|items| items.as_array()) {
        Some(items) => items.iter().collect(),
        None => vec![&value],
    };
    items
        .into_iter()
        .map(|item| {
            let text = |pointer: &str| item.pointer(pointer).and_then(|value| value.as_str()).map(str::to_string);
            let mut secret = Secret { name: text("/metadata/name"), namespace: text("/metadata/namespace"), files: Vec::new() };
            for file in FILES {
                let data = item.get("data").and_then(|data| data.get(file)).and_then(|value| value.as_str());
                let plain = item.get("stringData").and_then(|data| data.get(file)).and_then(|value| value.as_str());
                if let Some(bytes) = data.and_then(base64).or_else(|| plain.map(|text| text.as_bytes().to_vec())) {
                    secret.files.push((file, bytes));
                }
            }
            secret
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{json, yaml};

    #[test]
    fn data_string_data_lists_and_documents() {
        let text = "\
apiVersion: v1
kind: List
items:
- apiVersion: v1
  data:
    tls.crt: Q0VSVA==
    tls.key: S0VZ
  kind: Secret
  metadata:
    name: shop-tls
    namespace: web
  type: kubernetes.io/tls
- apiVersion: v1
  kind: Secret
  metadata:
    name: api-tls
  stringData:
    tls.crt: |
      -----BEGIN CERTIFICATE-----
      AAAA
      -----END CERTIFICATE-----
    tls.key: \"KEY\"
  type: kubernetes.io/tls
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: other
data:
  note: x
";
        let secrets: Vec<_> = yaml(text).into_iter().filter(|secret| !secret.files.is_empty()).collect();
        assert_eq!(secrets.len(), 2);
        assert_eq!(secrets[0].name.as_deref(), Some("shop-tls"));
        assert_eq!(secrets[0].namespace.as_deref(), Some("web"));
        assert_eq!(secrets[0].files, [("tls.crt", b"CERT".to_vec()), ("tls.key", b"KEY".to_vec())]);
        assert_eq!(secrets[1].name.as_deref(), Some("api-tls"));
        assert!(String::from_utf8_lossy(&secrets[1].files[0].1).starts_with("-----BEGIN CERTIFICATE-----\nAAAA\n"));
        let json = json(r#"{"kind":"Secret","metadata":{"name":"x"},"data":{"tls.crt":"Q0VSVA=="}}"#);
        assert_eq!(json[0].files, [("tls.crt", b"CERT".to_vec())]);
    }
}
