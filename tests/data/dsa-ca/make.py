"""Makes the DSA test chain in this folder (run once; the private keys are not
kept): a self-signed P-256 root, an intermediate CA with a DSA key (2048-bit
p, 256-bit q; cA, pathLen 0, keyCertSign, cRLSign) signed by the root, and a
P-256 leaf for `dsa.example.com` (serverAuth) signed by the intermediate with
dsa_with_SHA256. Valid from 2025-01-01 for ten years (the leaf 365 days)."""
import datetime
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec
from cryptography.x509.oid import NameOID, ExtendedKeyUsageOID

START = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)


def name(cn):
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "certdoctor tests"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def usage(ca):
    return x509.KeyUsage(digital_signature=not ca, content_commitment=False, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


def build(subject, issuer, public, signer, days, ca, host=None):
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
               .public_key(public).serial_number(x509.random_serial_number())
               .not_valid_before(START).not_valid_after(START + datetime.timedelta(days=days))
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(signer.public_key()),
                              critical=False)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca and subject != issuer else None),
                              critical=True)
               .add_extension(usage(ca), critical=True))
    if not ca:
        builder = (builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
                   .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False))
    return builder.sign(signer, hashes.SHA256())


root_key = ec.generate_private_key(ec.SECP256R1())
ca_key = dsa.generate_private_key(2048)
leaf_key = ec.generate_private_key(ec.SECP256R1())
root_name, ca_name = name("Test Root (DSA chain)"), name("Test DSA CA")
root = build(root_name, root_name, root_key.public_key(), root_key, 3650, True)
ca = build(ca_name, root_name, ca_key.public_key(), root_key, 3650, True)
leaf = build(name("dsa.example.com"), ca_name, leaf_key.public_key(), ca_key, 365, False, "dsa.example.com")
for file, certificate in [("root.pem", root), ("intermediate.pem", ca), ("leaf.pem", leaf)]:
    with open(file, "wb") as out:
        out.write(certificate.public_bytes(serialization.Encoding.PEM))
