package se.uppdrag.peppolreceiver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A Peppol-shaped PKI for local runs and tests only: a CA standing in for OpenPeppol's, and an access point
 * certificate for each side (the university's sender and the buyer's receiver), in PKCS#12 key stores under one
 * directory, made once and reused until a certificate nears its end. Nothing outside this machine trusts it.
 *
 * <p>Files: {@code ca.p12} (the CA certificate as a trust store), {@code sender.p12} and {@code receiver.p12} (key
 * entry {@value #ALIAS} with its chain), {@code receiver.pem} (the receiver's certificate, which a sender configured
 * without an SMP needs).
 */
public final class TestPki {

    public static final String ALIAS = "ap";
    private static final String CA_NAME = "CN=Uppdrag TEST Peppol CA,O=Uppdrag,C=SE";
    private static final Duration VALIDITY = Duration.ofDays(730);

    private final Path directory;
    private final char[] password;

    private TestPki(Path directory, char[] password) {
        this.directory = directory;
        this.password = password.clone();
    }

    /** The PKI in the directory, made there first if it is missing or a certificate expires within a month. */
    public static TestPki ensure(Path directory, char[] password) throws IOException, GeneralSecurityException {
        TestPki pki = new TestPki(directory, password);
        if (!pki.usable()) {
            pki.create();
        }
        return pki;
    }

    public Path trustStore() {
        return directory.resolve("ca.p12");
    }

    public Path senderKeyStore() {
        return directory.resolve("sender.p12");
    }

    public Path receiverKeyStore() {
        return directory.resolve("receiver.p12");
    }

    public Path receiverCertificatePem() {
        return directory.resolve("receiver.pem");
    }

    public char[] password() {
        return password.clone();
    }

    public KeyStore load(Path keyStore) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, password);
        }
        return store;
    }

    public X509Certificate receiverCertificate() throws IOException, GeneralSecurityException {
        return (X509Certificate) load(receiverKeyStore()).getCertificate(ALIAS);
    }

    private boolean usable() throws IOException, GeneralSecurityException {
        if (!Files.exists(trustStore())
                || !Files.exists(senderKeyStore())
                || !Files.exists(receiverKeyStore())
                || !Files.exists(receiverCertificatePem())) {
            return false;
        }
        Instant inAMonth = Instant.now().plus(Duration.ofDays(30));
        for (Path keyStore : new Path[] {senderKeyStore(), receiverKeyStore()}) {
            try {
                X509Certificate certificate = (X509Certificate) load(keyStore).getCertificate(ALIAS);
                if (certificate == null || certificate.getNotAfter().toInstant().isBefore(inAMonth)) {
                    return false;
                }
            } catch (IOException e) {
                return false; // another password, or a damaged file: made again
            }
        }
        return true;
    }

    private void create() throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        KeyPair caKeys = rsa();
        X509Certificate ca = certificate(CA_NAME, caKeys.getPublic(), caKeys.getPrivate(), true);
        KeyStore trust = empty();
        trust.setCertificateEntry("ca", ca);
        save(trust, trustStore());
        X509Certificate receiver =
                accessPoint("CN=PSE000002,OU=PEPPOL TEST AP,O=Local buyer,C=SE", ca, caKeys, receiverKeyStore());
        accessPoint("CN=PSE000001,OU=PEPPOL TEST AP,O=Uppdrag,C=SE", ca, caKeys, senderKeyStore());
        Files.writeString(receiverCertificatePem(), pem(receiver), StandardCharsets.US_ASCII);
    }

    private X509Certificate accessPoint(String subject, X509Certificate ca, KeyPair caKeys, Path file)
            throws IOException, GeneralSecurityException {
        KeyPair keys = rsa();
        X509Certificate certificate = certificate(subject, keys.getPublic(), caKeys.getPrivate(), false);
        KeyStore store = empty();
        store.setKeyEntry(ALIAS, keys.getPrivate(), password, new Certificate[] {certificate, ca});
        save(store, file);
        return certificate;
    }

    private static X509Certificate certificate(String subject, PublicKey key, PrivateKey issuerKey, boolean ca)
            throws GeneralSecurityException {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                new X500Name(CA_NAME),
                new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(VALIDITY)),
                new X500Name(subject),
                key);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(
                            ca
                                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                    : KeyUsage.digitalSignature
                                            | KeyUsage.keyEncipherment
                                            | KeyUsage.dataEncipherment));
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        } catch (CertIOException | OperatorCreationException e) {
            throw new GeneralSecurityException("Could not make the test certificate " + subject, e);
        }
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static KeyStore empty() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private void save(KeyStore store, Path file) throws IOException, GeneralSecurityException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, password);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }

    static String pem(X509Certificate certificate) throws GeneralSecurityException {
        StringWriter pem = new StringWriter();
        pem.write("-----BEGIN CERTIFICATE-----\n");
        pem.write(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded()));
        pem.write("\n-----END CERTIFICATE-----\n");
        return pem.toString();
    }
}
