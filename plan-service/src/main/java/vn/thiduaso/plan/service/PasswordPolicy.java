package vn.thiduaso.plan.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.platform.problem.InvalidFieldException;

/** A password is at least 10 characters, not the user name and not one of the commonly used passwords. */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Throws 400 naming {@code field} when {@code password} breaks the policy. */
    public void check(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidFieldException(field, "Mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidFieldException(field, "Mật khẩu không được chứa tên đăng nhập");
        }
        if (common.contains(lower)) {
            throw new InvalidFieldException(field, "Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác");
        }
    }

    public boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
