package dk.flis.driftsstatus.view;

import java.util.List;

/**
 * What the edit page of {@code serve} shows: the month's form with its values, the options of each
 * select, the diagnostics at their fields, and the boxes above the form (saved, stale, errors). The
 * template computes nothing; every text is Danish and made in Java.
 */
public record EditPageView(
        String title,
        String heading,
        String intro,
        String reportHref,
        String formAction,
        String checkAction,
        String token,
        String baseSha256,
        String overwriteSha256,
        FieldView date,
        FieldView preface,
        String prefacePreviewHtml,
        List<EditGroupView> groups,
        List<MessageView> summary,
        List<MessageView> otherFiles,
        String saved,
        String stale,
        String staleHref,
        String notice,
        List<String> rewrite) {

    public EditPageView {
        groups = List.copyOf(groups);
        summary = List.copyOf(summary);
        otherFiles = List.copyOf(otherFiles);
        rewrite = List.copyOf(rewrite);
    }

    /** A group of areas as the report table groups them. */
    public record EditGroupView(String name, String id, List<AreaFieldsView> areas) {
        public EditGroupView {
            areas = List.copyOf(areas);
        }
    }

    /** One area's fieldset: its name, facts and three controls, and the preview of its note. */
    public record AreaFieldsView(
            String id,
            String name,
            String facts,
            FieldView status,
            FieldView dataThrough,
            FieldView note,
            String previewHtml,
            String previewEmpty) {}

    /**
     * One control: HTML id and name, label and hint, value (text) or options (select), its messages,
     * and {@code describedBy}, the ids of its hint and message container.
     */
    public record FieldView(
            String id,
            String name,
            String label,
            String hint,
            String value,
            List<OptionView> options,
            List<MessageView> messages,
            boolean invalid,
            String describedBy) {
        public FieldView {
            options = List.copyOf(options);
            messages = List.copyOf(messages);
        }
    }

    /** One option of a select. */
    public record OptionView(String value, String label, boolean selected) {}

    /**
     * A diagnostic as the page shows it: "Fejl" or "Advarsel", the text, the hint, and a link to its
     * field ({@code href} "#note-aula", "" for the form as a whole).
     */
    public record MessageView(String kind, boolean error, String text, String hint, String href) {}
}
