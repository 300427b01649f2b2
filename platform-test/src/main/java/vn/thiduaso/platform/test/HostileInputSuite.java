package vn.thiduaso.platform.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The oversized and malformed bodies of {@link HostileInput} against every write operation of the
 * service's own OpenAPI document (so a new endpoint is attacked without anyone adding it). A
 * {@code @QuarkusTest} implements {@link #hostileInputToken()}: a bearer allowed past the role checks
 * of every write (the attacks must reach the body reader; ids in paths are random).
 */
public interface HostileInputSuite {

    /** {@code "Bearer …"} holding every role that writes in this service. */
    String hostileInputToken();

    @TestFactory
    default Stream<DynamicTest> everyWriteOperationRefusesHostileBodiesWithAProblem() {
        HostileInput attacks = HostileInput.of(OpenApiContract.ofRunningApp(), hostileInputToken());
        assertFalse(attacks.targets().isEmpty(), "no write operation with a JSON body in the document");
        List<Attack> all = List.of(
                new Attack("a 10 MiB body with Content-Length is 413 problem+json", HostileInput::oversizedWithLength),
                new Attack("a 10 MiB chunked body is 413 problem+json with a body", HostileInput::oversizedChunked),
                new Attack("JSON nested 100 000 deep is 400 quickly", HostileInput::deeplyNested),
                new Attack("a 1 MB string is 400 quickly", HostileInput::megabyteString),
                new Attack("a 100 000-element array is 400 quickly", HostileInput::hugeArray),
                new Attack("malformed JSON is 400 with line and column, not echoed", HostileInput::malformed),
                new Attack("trailing garbage is 400", HostileInput::trailingGarbage),
                new Attack("a wrong content type is 415", HostileInput::wrongContentType),
                new Attack("invalid UTF-8 is 400", HostileInput::invalidUtf8),
                new Attack("a NUL character is 400 naming the field", HostileInput::nulCharacter));
        return all.stream().map(a -> DynamicTest.dynamicTest(a.name(), () -> {
            List<String> failures = a.run().apply(attacks);
            assertEquals(List.of(), failures, a.name() + " on " + attacks.targets().size() + " write operations");
        }));
    }

    record Attack(String name, Function<HostileInput, List<String>> run) {
    }
}
