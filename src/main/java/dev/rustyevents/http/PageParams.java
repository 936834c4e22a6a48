package dev.rustyevents.http;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code page} and {@code size} of a paged list, checked. */
public class PageParams {

    /** Largest page size any list serves. */
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("1")
    String page;

    @QueryParam("size")
    @DefaultValue("50")
    String size;

    /**
     * @return the 1-based page number
     * @throws ProblemException 400 when not a whole number from 1 (a page past the last is a 404,
     *     known only once the list is counted)
     */
    public int page() {
        return Paging.number("page", page, 1, Integer.MAX_VALUE / MAX_SIZE);
    }

    /**
     * @return the page size, 1 to {@value #MAX_SIZE}
     * @throws ProblemException 400 when not a whole number in range
     */
    public int size() {
        return Paging.number("size", size, 1, MAX_SIZE);
    }
}
