package dev.rustyevents.event;

/**
 * The widths of the text columns, in characters: the one source for the entities'
 * {@code @Column(length = …)} and for every place that cuts a value to fit before storing it.
 * {@code ColumnsTest} checks each entity's widths against the {@code VARCHAR(n)} of the Flyway
 * migrations ({@code src/main/resources/db/migration}), which own the schema; a new column gets its
 * width here and in its migration, and the test fails until the two agree.
 */
public final class Columns {

    /** RFC 5545 UID: a name-based UUID (36 characters) with room. */
    public static final int UID = 64;

    /** An event's or a call's identity key ({@code url:…}, {@code at:…}). */
    public static final int IDENTITY_KEY = 1200;

    /** A link: an event's, a group's, a call's form, a fetched URL. */
    public static final int URL = 1000;

    /** A title as TWiR wrote it. */
    public static final int TITLE = 1000;

    /** A city as TWiR wrote it. */
    public static final int CITY = 200;

    /** An ISO 3166-2 subdivision code without its country prefix, or as written. */
    public static final int SUBDIVISION = 10;

    /** ISO 3166-1 alpha-2. */
    /** ISO 3166-2 subdivision code with its country prefix ({@code US-WA}, {@code GB-WLS}). */
    public static final int SUBDIVISION_CODE = 6;

    /** IANA time zone id ({@code America/Argentina/Buenos_Aires} is 30). */
    public static final int TIME_ZONE = 40;

    /** A place's resolution's wire name ({@code alternate-name}). */
    public static final int PLACE_RESOLUTION = 20;

    public static final int COUNTRY = 2;

    /** The location column as written. */
    public static final int LOCATION_RAW = 500;

    /** A group's name. */
    public static final int GROUP_NAME = 300;

    /** A group's slug (the URL form of its name): as wide as the name it is made of. */
    public static final int GROUP_SLUG = GROUP_NAME;

    /** The folded title, group and city that text search reads. */
    public static final int SEARCH_TEXT = 2000;

    /** A region heading as printed. */
    public static final int REGION_HEADING = 100;

    /**
     * A listing's text as parsed (the parser reads no longer entry, see {@code
     * UpcomingEventsParser.MAX_ENTRY_CHARS}).
     */
    public static final int RAW = 4000;

    /** Why a listing could not be read. */
    public static final int PROBLEM = 1000;

    /** A conference's name in the CFP section. */
    public static final int CFP_NAME = 300;

    /** An operator's or the CFP reader's note. */
    public static final int NOTE = 1000;

    /** An issue's canonical URL and its title. */
    public static final int ISSUE_URL = 500;

    /** An issue's title. */
    public static final int ISSUE_TITLE = 500;

    /** SHA-256, hex. */
    public static final int SHA256_HEX = 64;

    /** What happened to an issue or a scrape, in a sentence or two. */
    public static final int STATUS_DETAIL = 2000;

    /** An HTTP {@code ETag} as received. */
    public static final int ETAG = 500;

    /** An HTTP {@code Last-Modified} as received (HTTP-date). */
    public static final int HTTP_DATE = 100;

    private Columns() {}

    /**
     * @param value a value to store, or null
     * @param width its column's width, one of this class's constants
     * @return the value, cut to the width when longer (by UTF-16 units, as the width counts)
     */
    public static String clip(String value, int width) {
        return value == null || value.length() <= width ? value : value.substring(0, width);
    }
}
