package vn.thiduaso.platform.test.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import vn.thiduaso.platform.test.OpenApiContract;

/**
 * The scope tests every service runs: a {@code @QuarkusTest} implements {@link #table()} with one row
 * per operation of its OpenAPI document and inherits the tests. A new endpoint without a row fails
 * {@link #everyOperationOfTheDocumentHasAScopeRow()}.
 */
public interface ScopeSuite {

    ScopeTable table();

    @Test
    default void everyOperationOfTheDocumentHasAScopeRow() {
        ScopeTable table = table();
        assertEquals(List.of(), table.coverageProblems(OpenApiContract.ofRunningApp().operations()));
    }

    @TestFactory
    default Stream<DynamicTest> everyCallerGetsTheAnswerOfItsScope() {
        return table().tests();
    }
}
