package dk.handleplan.app.persistence;

/** For tests in other packages: a write as EclipseLink would report it, outside any transaction. */
public final class DataGenerationAccess {

    private DataGenerationAccess() {
    }

    public static void writeOutsideATransaction() {
        DataGeneration.movedForTest();
    }
}
