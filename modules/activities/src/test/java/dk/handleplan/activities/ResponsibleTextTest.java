package dk.handleplan.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.handleplan.people.OrganisationRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsibleTextTest {

    private static ResponsibleView role(OrganisationRole role) {
        return new ResponsibleView(null, role, role.danish());
    }

    private static ResponsibleView person(long id, String name) {
        return new ResponsibleView(id, null, name);
    }

    @Test
    void twoRolesAreJoinedWithOgAndTheSecondIsLowerCased() {
        assertEquals("Aftaleholder og afdelingsleder",
                ResponsibleText.of(List.of(role(OrganisationRole.AFTALEHOLDER), role(OrganisationRole.AFDELINGSLEDER))));
    }

    @Test
    void acronymsStayUpperCaseInsideTheSentence() {
        assertEquals("Afdelingsleder og AMR",
                ResponsibleText.of(List.of(role(OrganisationRole.AFDELINGSLEDER), role(OrganisationRole.AMR))));
    }

    @Test
    void anAcronymFirstIsKeptAndTheRoleAfterItIsLowerCased() {
        assertEquals("TR og tovholder",
                ResponsibleText.of(List.of(role(OrganisationRole.TR), role(OrganisationRole.TOVHOLDER))));
    }

    @Test
    void threeItemsAreJoinedWithCommaThenOg() {
        assertEquals("Aftaleholder, medarbejder og konsulent", ResponsibleText.of(List.of(
                role(OrganisationRole.AFTALEHOLDER), role(OrganisationRole.MEDARBEJDER),
                role(OrganisationRole.KONSULENT))));
    }

    @Test
    void fourItemsUseCommasUntilTheLastOg() {
        assertEquals("Jurist, anden, AMR og TR", ResponsibleText.of(List.of(
                role(OrganisationRole.JURIST), role(OrganisationRole.ANDEN), role(OrganisationRole.AMR),
                role(OrganisationRole.TR))));
    }

    @Test
    void personNamesAreKeptAsWrittenWhereverTheyStand() {
        assertEquals("Anne Holm, AMR og Bo Nielsen", ResponsibleText.of(List.of(
                person(1, "Anne Holm"), role(OrganisationRole.AMR), person(2, "Bo Nielsen"))));
    }

    @Test
    void personNameAfterARoleIsNotLowerCased() {
        assertEquals("Afdelingsleder og Anne Holm",
                ResponsibleText.of(List.of(role(OrganisationRole.AFDELINGSLEDER), person(1, "Anne Holm"))));
    }

    @Test
    void lowerCaseWrittenPersonNameIsNotCapitalised() {
        assertEquals("anne holm og TR",
                ResponsibleText.of(List.of(person(1, "anne holm"), role(OrganisationRole.TR))));
    }

    @Test
    void aSingleItemIsWrittenAlone() {
        assertEquals("Tovholder", ResponsibleText.of(List.of(role(OrganisationRole.TOVHOLDER))));
        assertEquals("Anne Holm", ResponsibleText.of(List.of(person(1, "Anne Holm"))));
    }

    @Test
    void aPersonWithoutAKnownNameIsShownAsAQuestionMark() {
        assertEquals("Afdelingsleder og ?",
                ResponsibleText.of(List.of(role(OrganisationRole.AFDELINGSLEDER), person(9, null))));
    }

    @Test
    void noResponsibleGivesAnEmptyText() {
        assertEquals("", ResponsibleText.of(List.of()));
    }
}
