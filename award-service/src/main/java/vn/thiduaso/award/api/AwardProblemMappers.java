package vn.thiduaso.award.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.thiduaso.award.service.FieldConflictException;
import vn.thiduaso.platform.problem.Problems;

/** award-service's addition to the platform's problem+json mapping: a 409 that names its field. */
public class AwardProblemMappers {

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 200)
    public Response fieldConflict(FieldConflictException e, UriInfo uri) {
        return Problems.of(409, e.getMessage(), uri == null ? null : uri.getRequestUri().getRawPath(), e.errors());
    }
}
