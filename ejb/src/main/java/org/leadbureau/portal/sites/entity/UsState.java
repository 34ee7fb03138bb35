package org.leadbureau.portal.sites.entity;

import java.text.Collator;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.leadbureau.portal.platform.i18n.BundleTexts;
import org.leadbureau.portal.platform.i18n.Language;

/**
 * The US states, the District of Columbia and the inhabited territories: two-letter postal code, the time
 * zone most of the population lives in (a site's default, editable), and the square of the tile-grid map. Their
 * names are texts of {@code sites/states*.properties}, one per language.
 */
public enum UsState {
    AK("America/Anchorage", 0, 0),
    ME("America/New_York", 11, 0),
    VT("America/New_York", 10, 1),
    NH("America/New_York", 11, 1),
    WA("America/Los_Angeles", 1, 2),
    ID("America/Boise", 2, 2),
    MT("America/Denver", 3, 2),
    ND("America/Chicago", 4, 2),
    MN("America/Chicago", 5, 2),
    IL("America/Chicago", 6, 2),
    WI("America/Chicago", 7, 2),
    MI("America/Detroit", 8, 2),
    NY("America/New_York", 9, 2),
    RI("America/New_York", 10, 2),
    MA("America/New_York", 11, 2),
    OR("America/Los_Angeles", 1, 3),
    NV("America/Los_Angeles", 2, 3),
    WY("America/Denver", 3, 3),
    SD("America/Chicago", 4, 3),
    IA("America/Chicago", 5, 3),
    IN("America/Indiana/Indianapolis", 6, 3),
    OH("America/New_York", 7, 3),
    PA("America/New_York", 8, 3),
    NJ("America/New_York", 9, 3),
    CT("America/New_York", 10, 3),
    CA("America/Los_Angeles", 1, 4),
    UT("America/Denver", 2, 4),
    CO("America/Denver", 3, 4),
    NE("America/Chicago", 4, 4),
    MO("America/Chicago", 5, 4),
    KY("America/New_York", 6, 4),
    WV("America/New_York", 7, 4),
    VA("America/New_York", 8, 4),
    MD("America/New_York", 9, 4),
    DE("America/New_York", 10, 4),
    AZ("America/Phoenix", 2, 5),
    NM("America/Denver", 3, 5),
    KS("America/Chicago", 4, 5),
    AR("America/Chicago", 5, 5),
    TN("America/Chicago", 6, 5),
    NC("America/New_York", 7, 5),
    SC("America/New_York", 8, 5),
    DC("America/New_York", 9, 5),
    OK("America/Chicago", 4, 6),
    LA("America/Chicago", 5, 6),
    MS("America/Chicago", 6, 6),
    AL("America/Chicago", 7, 6),
    GA("America/New_York", 8, 6),
    HI("Pacific/Honolulu", 0, 7),
    TX("America/Chicago", 4, 7),
    FL("America/New_York", 9, 7),
    GU("Pacific/Guam", 0, 8),
    MP("Pacific/Saipan", 1, 8),
    AS("Pacific/Pago_Pago", 2, 8),
    PR("America/Puerto_Rico", 10, 8),
    VI("America/St_Thomas", 11, 8);

    /** The states' names in each language: {@code sites/states*.properties}, by code. */
    private static final String NAMES = "sites.states";

    private final ZoneId defaultZone;
    private final int column;
    private final int row;

    UsState(String defaultZone, int column, int row) {
        this.defaultZone = ZoneId.of(defaultZone);
        this.column = column;
        this.row = row;
    }

    public String getCode() {
        return name();
    }

    /** The name in English, as staff pages, exports and the CSV import write it. */
    public String getDisplayName() {
        return nameIn(Language.DEFAULT);
    }

    /** The name in {@code language}: "New Mexico", "Nuevo México". */
    public String nameIn(Language language) {
        return BundleTexts.bundle(NAMES, language).getString(name());
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
        return byName(Language.DEFAULT);
    }

    /** States and territories A to Z by their names in {@code language}. */
    public static List<UsState> byName(Language language) {
        Collator order = Collator.getInstance(language.locale());
        return Arrays.stream(values()).sorted(Comparator.comparing(state -> state.nameIn(language), order)).toList();
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
