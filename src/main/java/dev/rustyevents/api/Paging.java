package dev.rustyevents.api;

/** Checks page and size parameters. */
final class Paging {

    private Paging() {
    }

    /**
     * @return the value as an int within [min, max]
     * @throws ProblemException 400 naming the parameter when it is not a whole number in range
     */
    static int number(String name, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(name, "'" + (value.length() > 20 ? value.substring(0, 20) + "…" : value)
                    + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw ProblemException.badParameter(name, name + " must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }
}
