package vn.thiduaso.platform.test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** An RSA key pair made fresh for each test JVM: tests never use the keys of a running stack. */
public final class TestKeys {

    private static final KeyPair PAIR = generate();

    public static KeyPair pair() {
        return PAIR;
    }

    public static String publicKeyPem() {
        return pem("PUBLIC KEY", PAIR.getPublic().getEncoded());
    }

    public static String privateKeyPem() {
        return pem("PRIVATE KEY", PAIR.getPrivate().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestKeys() {
    }
}
