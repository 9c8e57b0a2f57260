package org.echeance.core.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Expansion works on dates only: the JVM's default time zone changes nothing. The zones are far apart and odd:
 * Pacific/Apia skipped 30 December 2011 and sits at UTC+13, Asia/Kathmandu is UTC+5:45, America/St_Johns
 * UTC-3:30, and Antarctica/Casey hung ical4j (#254).
 */
class RecurrenceTimeZoneTest {
    private static final String[] RULES = {
        "FREQ=DAILY;COUNT=40",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;WKST=SU",
        "FREQ=MONTHLY",
        "FREQ=MONTHLY;BYMONTHDAY=31",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=MONTHLY;INTERVAL=2;BYDAY=1SU,-1SU",
        "FREQ=YEARLY",
        "FREQ=YEARLY;BYWEEKNO=1,52;BYDAY=MO,SU",
        "FREQ=YEARLY;BYYEARDAY=1,-1;UNTIL=20301231T235959Z"
    };
    private static final LocalDate[] STARTS = {
        LocalDate.of(2011, 12, 29), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 30)
    };

    @Test
    void expansionDoesNotDependOnTheDefaultTimeZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            List<String> inUtc = expandAll();
            for (String zone :
                    new String[] {"Pacific/Apia", "Asia/Kathmandu", "America/St_Johns", "Antarctica/Casey"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertThat(TimeZone.getDefault().getID()).isEqualTo(zone);
                assertThat(expandAll()).as(zone).isEqualTo(inUtc);
            }
        } finally {
            TimeZone.setDefault(original);
        }
        assertThat(TimeZone.getDefault()).isEqualTo(original);
    }

    private static List<String> expandAll() {
        List<String> lines = new ArrayList<>();
        for (String text : RULES) {
            RecurrenceRule rule = RecurrenceRule.parse(text);
            for (LocalDate start : STARTS) {
                for (ExpansionMode mode : ExpansionMode.values()) {
                    lines.add(text + " " + start + " " + mode + " " + rule.first(start, 40, mode) + " "
                            + rule.between(start, start.plusYears(1), start.plusYears(2), mode));
                }
            }
        }
        return lines;
    }
}
