package vn.thiduaso.platform.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link MassAssignment} for one service: a {@code @QuarkusTest} implements {@link #writes()} and
 * inherits the two tests; a write operation of the document without a row fails the first.
 */
public interface MassAssignmentSuite {

    MassAssignment writes();

    @Test
    default void everyWriteOperationOfTheDocumentHasAMassAssignmentRow() {
        assertEquals(MassAssignment.writeOperations(OpenApiContract.ofRunningApp()), writes().operations());
    }

    @TestFactory
    default Stream<DynamicTest> hostileFieldsAreNeverStored() {
        return writes().tests(OpenApiContract.ofRunningApp());
    }
}
