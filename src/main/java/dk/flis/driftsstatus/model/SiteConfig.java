package dk.flis.driftsstatus.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The settings in {@code content/site.json}. {@code baseUrl} may be empty (links stay relative);
 * {@code mail} is {@link MailSettings#NONE} when site.json has no mail object.
 */
public record SiteConfig(
        String title,
        String organisation,
        String language,
        String baseUrl,
        String accessibilityStatementUrl,
        List<String> monthLabels,
        int reportDay,
        List<Status> statuses,
        MailSettings mail) {

    public SiteConfig {
        monthLabels = List.copyOf(monthLabels);
        statuses = List.copyOf(statuses);
        mail = mail == null ? MailSettings.NONE : mail;
        if (monthLabels.size() != 12) {
            throw new IllegalArgumentException("monthLabels needs 12 entries");
        }
        baseUrl = baseUrl.endsWith("/") || baseUrl.isEmpty() ? baseUrl : baseUrl + "/";
    }

    /** The slides' short month label, e.g. "Aug", "Maj", "Juni". */
    public String monthLabel(YearMonth month) {
        return monthLabels.get(month.getMonthValue() - 1);
    }

    /** The status vocabulary by key. */
    public Map<String, Status> statusByKey() {
        return statuses.stream().collect(Collectors.toUnmodifiableMap(Status::key, Function.identity()));
    }

    /**
     * The status an editor means by {@code written}: its key or its label, in any case ("partial",
     * "Partial", "Delvis drift", "delvis drift"). Labels are unique, so this is never ambiguous.
     */
    public Optional<Status> statusNamed(String written) {
        String wanted = written.strip();
        return statuses.stream()
                .filter(s -> s.key().equalsIgnoreCase(wanted))
                .findFirst()
                .or(() -> statuses.stream()
                        .filter(s -> s.label().strip().equalsIgnoreCase(wanted))
                        .findFirst());
    }

    /** The status with {@code key}, which must be defined. */
    public Status status(String key) {
        return statuses.stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown status " + key));
    }
}
