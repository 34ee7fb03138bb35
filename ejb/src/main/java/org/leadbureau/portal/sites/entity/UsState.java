package org.leadbureau.portal.sites.entity;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The US states, the District of Columbia and the inhabited territories: two-letter postal code, name, the time
 * zone most of the population lives in (a site's default, editable), and the square of the tile-grid map.
 */
public enum UsState {
    AK("Alaska", "America/Anchorage", 0, 0),
    ME("Maine", "America/New_York", 11, 0),
    VT("Vermont", "America/New_York", 10, 1),
    NH("New Hampshire", "America/New_York", 11, 1),
    WA("Washington", "America/Los_Angeles", 1, 2),
    ID("Idaho", "America/Boise", 2, 2),
    MT("Montana", "America/Denver", 3, 2),
    ND("North Dakota", "America/Chicago", 4, 2),
    MN("Minnesota", "America/Chicago", 5, 2),
    IL("Illinois", "America/Chicago", 6, 2),
    WI("Wisconsin", "America/Chicago", 7, 2),
    MI("Michigan", "America/Detroit", 8, 2),
    NY("New York", "America/New_York", 9, 2),
    RI("Rhode Island", "America/New_York", 10, 2),
    MA("Massachusetts", "America/New_York", 11, 2),
    OR("Oregon", "America/Los_Angeles", 1, 3),
    NV("Nevada", "America/Los_Angeles", 2, 3),
    WY("Wyoming", "America/Denver", 3, 3),
    SD("South Dakota", "America/Chicago", 4, 3),
    IA("Iowa", "America/Chicago", 5, 3),
    IN("Indiana", "America/Indiana/Indianapolis", 6, 3),
    OH("Ohio", "America/New_York", 7, 3),
    PA("Pennsylvania", "America/New_York", 8, 3),
    NJ("New Jersey", "America/New_York", 9, 3),
    CT("Connecticut", "America/New_York", 10, 3),
    CA("California", "America/Los_Angeles", 1, 4),
    UT("Utah", "America/Denver", 2, 4),
    CO("Colorado", "America/Denver", 3, 4),
    NE("Nebraska", "America/Chicago", 4, 4),
    MO("Missouri", "America/Chicago", 5, 4),
    KY("Kentucky", "America/New_York", 6, 4),
    WV("West Virginia", "America/New_York", 7, 4),
    VA("Virginia", "America/New_York", 8, 4),
    MD("Maryland", "America/New_York", 9, 4),
    DE("Delaware", "America/New_York", 10, 4),
    AZ("Arizona", "America/Phoenix", 2, 5),
    NM("New Mexico", "America/Denver", 3, 5),
    KS("Kansas", "America/Chicago", 4, 5),
    AR("Arkansas", "America/Chicago", 5, 5),
    TN("Tennessee", "America/Chicago", 6, 5),
    NC("North Carolina", "America/New_York", 7, 5),
    SC("South Carolina", "America/New_York", 8, 5),
    DC("District of Columbia", "America/New_York", 9, 5),
    OK("Oklahoma", "America/Chicago", 4, 6),
    LA("Louisiana", "America/Chicago", 5, 6),
    MS("Mississippi", "America/Chicago", 6, 6),
    AL("Alabama", "America/Chicago", 7, 6),
    GA("Georgia", "America/New_York", 8, 6),
    HI("Hawaii", "Pacific/Honolulu", 0, 7),
    TX("Texas", "America/Chicago", 4, 7),
    FL("Florida", "America/New_York", 9, 7),
    GU("Guam", "Pacific/Guam", 0, 8),
    MP("Northern Mariana Islands", "Pacific/Saipan", 1, 8),
    AS("American Samoa", "Pacific/Pago_Pago", 2, 8),
    PR("Puerto Rico", "America/Puerto_Rico", 10, 8),
    VI("U.S. Virgin Islands", "America/St_Thomas", 11, 8);

    private final String displayName;
    private final ZoneId defaultZone;
    private final int column;
    private final int row;

    UsState(String displayName, String defaultZone, int column, int row) {
        this.displayName = displayName;
        this.defaultZone = ZoneId.of(defaultZone);
        this.column = column;
        this.row = row;
    }

    public String getCode() {
        return name();
    }

    public String getDisplayName() {
        return displayName;
    }

    public ZoneId getDefaultZone() {
        return defaultZone;
    }

    public int getColumn() {
        return column;
    }

    public int getRow() {
        return row;
    }

    /** The state with this postal code (case-insensitive), or null when there is none. */
    /** States and territories A to Z by name, as every list people choose from shows them. */
    public static List<UsState> byName() {
        return Arrays.stream(values()).sorted(Comparator.comparing(UsState::getDisplayName)).toList();
    }

    public static UsState fromCode(String code) {
        if (code == null || code.strip().length() != 2) {
            return null;
        }
        for (UsState state : values()) {
            if (state.name().equalsIgnoreCase(code.strip())) {
                return state;
            }
        }
        return null;
    }
}
