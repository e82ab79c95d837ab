package org.huzhu.domain.model.plan;

import static org.huzhu.domain.model.plan.DiagnosisCategory.CARCINOMA_IN_SITU;
import static org.huzhu.domain.model.plan.DiagnosisCategory.CRITICAL_ILLNESS;
import static org.huzhu.domain.model.plan.DiagnosisCategory.LISTED_CANCER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiagnosisCoverageTest {

    private final DiagnosisCoverage critical = PlanCatalogue.defaults().terms(PlanCode.CRITICAL).coveredDiagnoses();
    private final DiagnosisCoverage female = PlanCatalogue.defaults().terms(PlanCode.FEMALE).coveredDiagnoses();

    @ParameterizedTest
    @ValueSource(strings = {"C00", "C00.0", "C43", "C43.9", "C45", "C45.0", "C97", "c97", "C50.900x001",
            "I21", "I21.0", "I60", "I63.9", "N18.5", "N185", "n18.5", "Z94.0", "Z94.4", "Z944", "G12.2", "g122"})
    void criticalCoversItsRangesEndsIncluded(String code) {
        assertTrue(critical.covers(code), code);
        assertEquals(Optional.of(CRITICAL_ILLNESS), critical.categoryOf(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C44", "C44.9", "C98", "D00", "B99", "I20.9", "I22", "I59", "I64", "N18", "N18.4", "N18.6",
            "Z94", "Z94.5", "Z94.9", "G12", "G12.1", "G12.3", "", "   ", "C4", "CC50", "C5O", "C50..9", "50.9"})
    void criticalLeavesOutWhatIsNotListed(String code) {
        assertFalse(critical.covers(code), code);
        assertEquals(Optional.empty(), critical.categoryOf(code));
    }

    @Test
    void aMissingCodeIsNotCovered() {
        assertFalse(critical.covers(null));
        assertFalse(DiagnosisCoverage.unrestricted().covers(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C50", "C50.9", "c50.9", "C509", "C53.0", "C58"})
    void femaleListedCancers(String code) {
        assertEquals(Optional.of(LISTED_CANCER), female.categoryOf(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"D05", "D05.1", "D06", "D06.9", "D07.0", "D07.3", "d07.3", "D073", "D07.39"})
    void femaleCarcinomaInSitu(String code) {
        assertEquals(Optional.of(CARCINOMA_IN_SITU), female.categoryOf(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C49", "C59", "D04", "D07", "D07.4", "D074", "D07.5", "D08", "N18.5"})
    void femaleLeavesOutTheRest(String code) {
        assertFalse(female.covers(code), code);
    }

    @Test
    void unrestrictedCoverageTakesAnyWellFormedCodeWithoutACategory() {
        DiagnosisCoverage any = DiagnosisCoverage.unrestricted();

        assertFalse(any.isRestricted());
        assertTrue(critical.isRestricted());
        assertTrue(any.covers("K35.8"));
        assertFalse(any.covers("appendicitis"));
        assertEquals(Optional.empty(), any.categoryOf("K35.8"));
    }

    @Test
    void normalisesCaseAndTheDotAfterTheCategory() {
        assertEquals(Optional.of("C509"), DiagnosisCoverage.normalise(" c50.9 "));
        assertEquals(Optional.of("C50900X001"), DiagnosisCoverage.normalise("C50.900x001"));
        assertEquals(Optional.of("I21"), DiagnosisCoverage.normalise("I21"));
        assertEquals(Optional.empty(), DiagnosisCoverage.normalise("C5.09"));
    }

    @Test
    void describesItselfAsWrittenInTheSpecification() {
        assertEquals("C00–C43, C45–C97, I21, I60–I63, N18.5, Z94.0–Z94.4, G12.2", critical.toString());
        assertEquals("C50–C58, D05, D06, D07.0–D07.3", female.toString());
    }

    @Test
    void refusesRangesThatAreNotRanges() {
        assertThrows(IllegalArgumentException.class, () -> DiagnosisCoverage.of(CRITICAL_ILLNESS, "C43–C00"));
        assertThrows(IllegalArgumentException.class, () -> DiagnosisCoverage.of(CRITICAL_ILLNESS, "C00–D43"));
        assertThrows(IllegalArgumentException.class, () -> DiagnosisCoverage.of(CRITICAL_ILLNESS, "C00–C43.1"));
        assertThrows(IllegalArgumentException.class, () -> DiagnosisCoverage.of(CRITICAL_ILLNESS, "C00–C10–C43"));
        assertThrows(IllegalArgumentException.class, () -> DiagnosisCoverage.of(CRITICAL_ILLNESS, "cancer"));
        assertThrows(IllegalArgumentException.class,
                () -> DiagnosisCoverage.unrestricted().and(DiagnosisCoverage.of(CRITICAL_ILLNESS, "I21")));
    }

    @Property
    void everyCancerCategoryButC44IsCritical(@ForAll @IntRange(min = 0, max = 99) int category,
                                             @ForAll @IntRange(min = 0, max = 9) int subcategory) {
        String code = String.format("C%02d.%d", category, subcategory);

        assertEquals(category != 44 && category <= 97, critical.covers(code), code);
        assertEquals(critical.covers(code), critical.covers(code.replace(".", "").toLowerCase()), code);
    }
}
