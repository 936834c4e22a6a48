package dev.rustyevents.event;

import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.function.Function;

/**
 * JPA converters that store the vocabulary enums by their wire names ({@code in-person}, {@code
 * north-america}), so the database reads like the API.
 */
public final class CodeConverters {

    private CodeConverters() {}

    abstract static class ByCode<E extends Enum<E>> implements AttributeConverter<E, String> {
        private final Class<E> type;
        private final Function<E, String> code;

        ByCode(Class<E> type, Function<E, String> code) {
            this.type = type;
            this.code = code;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : code.apply(value);
        }

        @Override
        public E convertToEntityAttribute(String db) {
            if (db == null) {
                return null;
            }
            return Arrays.stream(type.getEnumConstants())
                    .filter(e -> code.apply(e).equals(db))
                    .findFirst()
                    .orElseThrow(
                            () ->
                                    new IllegalStateException(
                                            "unknown "
                                                    + type.getSimpleName()
                                                    + " in database: "
                                                    + db));
        }
    }

    @Converter(autoApply = true)
    public static final class ModeConverter extends ByCode<Mode> {
        public ModeConverter() {
            super(Mode.class, Mode::code);
        }
    }

    @Converter(autoApply = true)
    public static final class RegionConverter extends ByCode<Region> {
        public RegionConverter() {
            super(Region.class, Region::code);
        }
    }

    @Converter(autoApply = true)
    public static final class EventStatusConverter extends ByCode<EventStatus> {
        public EventStatusConverter() {
            super(EventStatus.class, EventStatus::code);
        }
    }

    @Converter(autoApply = true)
    public static final class IssueStatusConverter extends ByCode<IssueStatus> {
        public IssueStatusConverter() {
            super(IssueStatus.class, IssueStatus::code);
        }
    }
}
