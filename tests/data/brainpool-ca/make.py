"""Makes the brainpool test chains in this folder (run once; the private keys
are not kept). Each chain: a self-signed P-256 root, an intermediate CA whose
key is on a brainpool curve (cA, pathLen 0, keyCertSign, cRLSign) signed by
the root, and a P-256 leaf for `bp.example.com` (serverAuth) signed by the
intermediate. Valid from 2025-01-01 for ten years (the leaf 365 days)."""
import datetime
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID, ExtendedKeyUsageOID

START = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)


def name(cn):
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "certdoctor tests"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def ca_usage():
    return x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                         crl_sign=True, encipher_only=False, decipher_only=False)


def build(subject, issuer, public, signer, hash_, days, ca, path_len=None, host=None):
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
               .public_key(public).serial_number(x509.random_serial_number())
               .not_valid_before(START).not_valid_after(START + datetime.timedelta(days=days))
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(signer.public_key()),
                              critical=False))
    if ca:
        builder = (builder.add_extension(x509.BasicConstraints(ca=True, path_length=path_len), critical=True)
                   .add_extension(ca_usage(), critical=True))
    else:
        builder = (builder.add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                   .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False,
                                                key_encipherment=False, data_encipherment=False,
                                                key_agreement=False, key_cert_sign=False, crl_sign=False,
                                                encipher_only=False, decipher_only=False), critical=True)
                   .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
                   .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False))
    return builder.sign(signer, hash_)


def write(path, certificate):
    with open(path, "wb") as out:
        out.write(certificate.public_bytes(serialization.Encoding.PEM))


for tag, curve, hash_ in [("p256r1", ec.BrainpoolP256R1(), hashes.SHA256()),
                          ("p384r1", ec.BrainpoolP384R1(), hashes.SHA384()),
                          ("p512r1", ec.BrainpoolP512R1(), hashes.SHA512())]:
    root_key = ec.generate_private_key(ec.SECP256R1())
    ca_key = ec.generate_private_key(curve)
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    root_name, ca_name = name(f"Test Root ({tag})"), name(f"Test Brainpool CA ({tag})")
    root = build(root_name, root_name, root_key.public_key(), root_key, hashes.SHA256(), 3650, True)
    ca = build(ca_name, root_name, ca_key.public_key(), root_key, hashes.SHA256(), 3650, True, 0)
    leaf = build(name("bp.example.com"), ca_name, leaf_key.public_key(), ca_key, hash_, 365, False,
                 host="bp.example.com")
    write(f"{tag}-root.pem", root)
    write(f"{tag}-intermediate.pem", ca)
    write(f"{tag}-leaf.pem", leaf)
