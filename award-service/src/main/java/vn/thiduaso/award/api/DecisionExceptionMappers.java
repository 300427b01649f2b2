package vn.thiduaso.award.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.thiduaso.award.service.TooManyObjectionsException;
import vn.thiduaso.platform.problem.Problems;

/** 429 problem+json with Retry-After for a client that sent too many objections. */
public class DecisionExceptionMappers {

    @ServerExceptionMapper
    public Response tooManyObjections(TooManyObjectionsException e, UriInfo uri) {
        Response problem = Problems.of(429, e.getMessage(), uri.getPath());
        return Response.fromResponse(problem).header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }
}
