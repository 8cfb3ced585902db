package dk.handleplan.app.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** 201 Created with the Location of the new resource under the API root, e.g. /api/v1/goals/17. */
final class Created {

    private Created() {
    }

    static Response at(UriInfo uriInfo, String collection, long id, Object body) {
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1").path(collection).path(Long.toString(id)).build())
                .entity(body).build();
    }
}
