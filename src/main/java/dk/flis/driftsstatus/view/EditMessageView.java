package dk.flis.driftsstatus.view;

import java.util.List;

/**
 * A short page of {@code serve}'s editor that is not the form: editing is off, the month has no
 * report, its file has errors, or the confirmation of a new month. {@code action} is "" when the
 * page has no button.
 */
public record EditMessageView(
        String title,
        List<String> paragraphs,
        List<String> items,
        String linkHref,
        String linkLabel,
        String action,
        String button,
        String token) {
    public EditMessageView {
        paragraphs = List.copyOf(paragraphs);
        items = List.copyOf(items);
    }
}
