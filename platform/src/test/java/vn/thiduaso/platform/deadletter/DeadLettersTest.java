package vn.thiduaso.platform.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void anAdminReadsTheCauseWithoutTheCodesPackageNames() {
        assertEquals("IllegalStateException", DeadLetters.withoutPackages("java.lang.IllegalStateException"));
        assertEquals("not an event envelope: JsonParseException: Unrecognized token 'x'",
                DeadLetters.withoutPackages("not an event envelope: com.fasterxml.jackson.core.JsonParseException: Unrecognized token 'x'"));
        assertEquals("value too long for directory.units (varchar 200)",
                DeadLetters.withoutPackages("value too long for directory.units (varchar 200)"));
        assertNull(DeadLetters.withoutPackages(null));
    }
}
