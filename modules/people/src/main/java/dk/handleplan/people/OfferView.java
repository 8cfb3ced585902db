package dk.handleplan.people;

import java.util.List;

/** An offer (tilbud) with its departments. */
public record OfferView(long id, String name, String municipality, List<DepartmentView> departments,
        boolean archived, long version) {
}
