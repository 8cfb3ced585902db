package dk.handleplan.documents.wordimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.export.PlanDocx;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A plan written by the Word export and read by the import is the same plan. */
class RoundTripTest {

    private final WordPlanImporter importer = new WordPlanImporter();

    @Test
    void theWordExportReadsBackAsTheSamePlan() {
        roundTrip(PlanDocx::write);
    }

    @Test
    void theExportLayoutOfTheTestWriterReadsBackAsTheSamePlan() {
        roundTrip(LayoutDocxWriter.exportLayout());
    }

    private void roundTrip(Function<PlanDocument, byte[]> writer) {
        PlanDocument sample = SamplePlans.sample();
        ImportResult result = importer.read(new ByteArrayInputStream(writer.apply(sample)), SamplePlans.THEMES);
        assertEquals(List.of(), result.problems());
        assertEquals(sample.sections(), result.draft().sections());
        assertEquals(sample.header().planTitle(), result.draft().header().planTitle());
        assertEquals(sample.header().offerName(), result.draft().header().offerName());
        assertEquals(sample.header().authority(), result.draft().header().authority());
        assertEquals(sample.header().visitDate(), result.draft().header().visitDate());
    }
}
