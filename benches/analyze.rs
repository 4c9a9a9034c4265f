//! What one analysis costs, natively (`cargo bench --bench analyze`):
//! a 3-certificate RSA chain with a private key and a host name, and the
//! system CA bundle (~140 certificates). Numbers go in the README.

use std::path::{Path, PathBuf};

use certdoctor::{analyze, Input, Options, Timestamp};
use criterion::{criterion_group, criterion_main, Criterion};

fn corpus() -> PathBuf {
    std::env::var_os("CERTDOCTOR_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn benches(c: &mut Criterion) {
    let amazon = corpus().join("rustls-webpki/tests/amazon");
    // Leaf, its intermediate and root (Amazon Trust Services demo, RSA 2048)
    // as one DER-per-file bundle, plus an RSA 2048 private key (badtls.io's
    // host key, which belongs to another certificate: pairing runs in full).
    let chain = [
        Input::new("leaf.cer", read(&amazon.join("valid.rootca1.demo.amazontrust.com.cer"))),
        Input::new("intermediate.cer", read(&amazon.join("r2m03.cer"))),
        Input::new("root.cer", read(&amazon.join("AmazonRootCA1.cer"))),
        Input::new("host.key", read(&corpus().join("badtls.io/certs/host.key"))),
    ];
    let mut options = Options::at(Timestamp::parse("2025-02-23T10:02:16Z").unwrap());
    options.host = Some("valid.rootca1.demo.amazontrust.com".into());
    c.bench_function("rsa_chain_3_certs_with_key_and_host", |b| b.iter(|| analyze(&chain, &options)));

    let system = Path::new("/etc/ssl/certs/ca-certificates.crt");
    if system.exists() {
        let bundle = [Input::new("ca-certificates.crt", read(system))];
        let options = Options::at(Timestamp::parse("2025-06-01").unwrap());
        c.bench_function("system_ca_bundle", |b| b.iter(|| analyze(&bundle, &options)));
    }
}

criterion_group! {
    name = analysis;
    config = Criterion::default().sample_size(30);
    targets = benches
}
criterion_main!(analysis);
