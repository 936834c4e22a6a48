package dev.rustyevents.place;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point on the WGS 84 ellipsoid, in decimal degrees: latitude −90..90 (north positive), longitude
 * −180..180 (east positive).
 *
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record GeoPoint(double latitude, double longitude) {

    /** The mean Earth radius (IUGG R1 = 6371.0088 km), the sphere distances are measured on. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private static final Pattern LAT_LON =
            Pattern.compile(
                    "\\s*([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*,\\s*([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*");

    /**
     * @throws IllegalArgumentException when a coordinate is out of range or not a number
     */
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException(
                    "latitude must be within -90..90 and longitude within -180..180, got "
                            + latitude
                            + ","
                            + longitude);
        }
    }

    /**
     * @param text {@code "lat,lon"} in decimal degrees ({@code "52.52,13.405"})
     * @return the point, or empty when the text is not two numbers in range
     */
    public static Optional<GeoPoint> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = LAT_LON.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        double lat = Double.parseDouble(m.group(1));
        double lon = Double.parseDouble(m.group(2));
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            return Optional.empty();
        }
        return Optional.of(new GeoPoint(lat, lon));
    }

    /**
     * Great-circle distance by the haversine formula on a sphere of {@link #EARTH_RADIUS_KM}
     * (within 0.5 % of the ellipsoidal distance).
     *
     * @param other another point
     * @return the distance in kilometres, 0 .. ~20,015
     */
    public double distanceKm(GeoPoint other) {
        return distanceKm(latitude, longitude, other.latitude, other.longitude);
    }

    /** The haversine distance in kilometres between two points given in degrees. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a =
                Math.pow(Math.sin(dLat / 2), 2)
                        + Math.cos(Math.toRadians(lat1))
                                * Math.cos(Math.toRadians(lat2))
                                * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * @return {@code "lat,lon"} with 5 decimals (about 1 m), the form {@link #parse} reads
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.5f,%.5f", latitude, longitude);
    }
}
