package vn.thiduaso.platform.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract checks every service runs against its own OpenAPI document: a {@code @QuarkusTest}
 * implements {@link #calls()} (operation → how to call it) and inherits the three tests.
 */
public interface OpenApiContractSuite {

    /** One or more calls per operation of the service's document. */
    ContractCalls calls();

    @Test
    default void everyOperationOfTheDocumentHasAContractCheck() {
        assertEquals(OpenApiContract.ofRunningApp().operations(), calls().operations());
    }

    @Test
    default void theDocumentIsComplete() {
        assertEquals(List.of(), OpenApiContract.ofRunningApp().documentProblems());
    }

    @TestFactory
    default Stream<DynamicTest> everyResponseMatchesItsSchema() {
        return calls().tests(OpenApiContract.ofRunningApp());
    }
}
