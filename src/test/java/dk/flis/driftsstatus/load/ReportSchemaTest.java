package dk.flis.driftsstatus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.model.Status;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report front-matter schema editors' tools use says what the loader accepts. */
class ReportSchemaTest {
    @Test
    void theReportSchemaOffersTheBuiltInStatusesAndTheLoadersKeys() throws IOException {
        JsonNode schema = new ObjectMapper()
                .readTree(FixtureSite.PROJECT
                        .resolve("content/report.schema.json")
                        .toFile());
        assertEquals(List.of("date", "areas"), names(schema.get("properties")));
        JsonNode override = schema.at("/properties/areas/additionalProperties");
        assertEquals(List.of("status", "data-through"), names(override.get("properties")));
        List<String> statuses = new ArrayList<>();
        override.at("/properties/status/anyOf/0/enum").forEach(key -> statuses.add(key.asText()));
        assertEquals(Status.BUILT_IN, statuses);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
