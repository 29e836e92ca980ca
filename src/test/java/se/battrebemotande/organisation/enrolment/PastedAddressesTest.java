package se.battrebemotande.organisation.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Addresses as people paste them from mail programs and spreadsheets. */
class PastedAddressesTest {

    @Test
    void onePerLine() {
        EnrolmentList list = PastedAddresses.read("asa@exempel.se\nbo@exempel.se\r\ncia@exempel.se");
        assertEquals(3, list.count(RowStatus.NEW));
        assertEquals(
                List.of(1, 2, 3), list.rows().stream().map(EnrolmentRow::line).toList());
    }

    @Test
    void asAMailProgramCopiesThemWithNames() {
        EnrolmentList list =
                PastedAddresses.read("Öberg, Åsa <asa@exempel.se>; \"Bo Ek\" <bo@exempel.se>, cia@exempel.se");
        List<EnrolmentRow> rows = list.rows();
        assertEquals(3, rows.size());
        assertEquals("Åsa Öberg", rows.get(0).name());
        assertEquals("asa@exempel.se", rows.get(0).email());
        assertEquals("Bo Ek", rows.get(1).name());
        assertEquals("cia@exempel.se", rows.get(2).email());
        assertNull(rows.get(2).name());
    }

    @Test
    void copiedFromASpreadsheetWithTabs() {
        EnrolmentList list = PastedAddresses.read("Åsa Öberg\tasa@exempel.se\nBo Ek\tbo@exempel.se\n");
        assertEquals("Åsa Öberg", list.rows().get(0).name());
        assertEquals("bo@exempel.se", list.rows().get(1).email());
    }

    @Test
    void addressesSeparatedBySpacesOrCommasOnOneLine() {
        assertEquals(3, PastedAddresses.read("a@x.se b@x.se, c@x.se").count(RowStatus.NEW));
    }

    @Test
    void aNameWithoutAnAddressAndABadAddressAreInvalidRows() {
        EnrolmentList list = PastedAddresses.read("Åsa Öberg\nbo(at)exempel.se\nbo@exempel.se\nBO@exempel.se");
        assertEquals(RowProblem.MISSING_EMAIL, list.rows().get(0).problem());
        assertEquals(RowProblem.MISSING_EMAIL, list.rows().get(1).problem());
        assertEquals(RowStatus.DUPLICATE, list.rows().get(3).status());
    }

    @Test
    void nothingPastedIsAProblemNotAnEmptyList() {
        assertEquals(FileProblem.EMPTY, PastedAddresses.read("  \n ").problem());
        assertEquals(FileProblem.EMPTY, PastedAddresses.read(null).problem());
    }
}
