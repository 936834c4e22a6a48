package dev.rustyevents.scrape;

/**
 * An entry of a section (events or CFP) that a reader cannot read. The message is the reason in one
 * sentence ("no date at the start of the entry"), which the parser reports as the {@link
 * ParseProblem#reason()} of the entry instead of a listing.
 */
final class UnreadableEntryException extends Exception {

    /**
     * @param reason why the entry cannot be read, in a sentence
     */
    UnreadableEntryException(String reason) {
        super(reason);
    }
}
