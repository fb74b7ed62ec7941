package dk.flis.driftsstatus.serve;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.edit.AreaFields;
import dk.flis.driftsstatus.edit.DataThrough;
import dk.flis.driftsstatus.edit.FieldDiagnostics;
import dk.flis.driftsstatus.edit.FieldRef;
import dk.flis.driftsstatus.edit.ReportForm;
import dk.flis.driftsstatus.markdown.Markdown;
import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.AreaGroup;
import dk.flis.driftsstatus.model.Registry;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.model.Status;
import dk.flis.driftsstatus.render.SitePaths;
import dk.flis.driftsstatus.render.TemplateEngine;
import dk.flis.driftsstatus.view.EditMessageView;
import dk.flis.driftsstatus.view.EditPageView;
import dk.flis.driftsstatus.view.EditPageView.FieldView;
import dk.flis.driftsstatus.view.EditPageView.MessageView;
import dk.flis.driftsstatus.view.EditPageView.OptionView;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the editor's pages from a form and its diagnostics, with the templates bundled in the program. */
final class EditPages {
    /** How many months before the rule "Data t.o.m." offers. */
    static final int MONTHS_OFFERED = 24;

    private final TemplateEngine engine = new TemplateEngine(EditPages.class);
    private final Catalogue words;

    /** Pages whose diagnostics are worded by {@code words}, the site's language. */
    EditPages(Catalogue words) {
        this.words = words;
    }

    /** What goes above the form besides the diagnostics; "" for none. */
    record Boxes(
            String saved, String stale, String staleHref, String overwriteSha256, String notice, List<String> rewrite) {
        static final Boxes NONE = new Boxes("", "", "", "", "", List.of());
    }

    /** The edit page of {@code form}. */
    byte[] form(
            ReportForm form,
            SiteConfig site,
            Registry registry,
            FieldDiagnostics diagnostics,
            String shownFile,
            String token,
            String baseSha256,
            Boxes boxes) {
        YearMonth month = form.month();
        String route = EditRoutes.PREFIX + month;
        List<EditPageView.EditGroupView> groups = new ArrayList<>();
        int groupIndex = 0;
        for (AreaGroup group : registry.groups()) {
            groupIndex++;
            List<EditPageView.AreaFieldsView> areas = new ArrayList<>();
            for (Area area : group.areas()) {
                form.area(area.id()).ifPresent(fields -> areas.add(area(fields, month, site, diagnostics)));
            }
            if (!areas.isEmpty()) {
                groups.add(new EditPageView.EditGroupView(group.name(), "g" + groupIndex, areas));
            }
        }
        List<MessageView> summary = new ArrayList<>();
        for (FieldDiagnostics.Placed p : diagnostics.thisReport()) {
            if (p.diagnostic().isError()) {
                String where = p.field().isEmpty() ? "" : fieldName(p.field(), registry);
                summary.add(new MessageView(
                        EditTexts.ERROR,
                        true,
                        EditTexts.fieldMessage(where, p.diagnostic().message(words)),
                        p.diagnostic().hint(words),
                        p.field().isEmpty() ? "" : "#" + p.field()));
            }
        }
        List<MessageView> others = diagnostics.otherFiles().stream()
                .filter(d -> d.isError())
                .map(d -> new MessageView(EditTexts.ERROR, true, d.headline(words), d.hint(words), ""))
                .toList();
        String example =
                month.atDay(Math.min(site.reportDay(), month.lengthOfMonth())).toString();
        EditPageView view = new EditPageView(
                (summary.isEmpty() ? "" : "Fejl: ") + EditTexts.title(month),
                EditTexts.heading(month),
                EditTexts.intro(shownFile),
                "/" + SitePaths.report(month),
                route + "/gem",
                route + "/kontrol",
                token,
                baseSha256,
                boxes.overwriteSha256(),
                text(
                        FieldRef.DATE,
                        EditTexts.DATE_LABEL,
                        EditTexts.dateHint(month, example),
                        form.date().toString(),
                        diagnostics),
                text(FieldRef.PREFACE, EditTexts.PREFACE_LABEL, EditTexts.PREFACE_HINT, form.preface(), diagnostics),
                Markdown.instance().render(form.preface()).html(),
                groups,
                summary,
                others,
                boxes.saved(),
                boxes.stale(),
                boxes.staleHref(),
                boxes.notice(),
                boxes.rewrite());
        return render("edit.ftlh", view);
    }

    /** A short page: a message, a list, a link and maybe one button. */
    byte[] message(EditMessageView view) {
        return render("edit-message.ftlh", view);
    }

    private byte[] render(String template, Object view) {
        try {
            return engine.render(template, Map.of("page", view)).getBytes(StandardCharsets.UTF_8);
        } catch (TemplateEngine.TemplateFailure e) {
            throw new IllegalStateException("the editor's bundled template failed: " + e.getMessage(), e);
        }
    }

    private EditPageView.AreaFieldsView area(
            AreaFields fields, YearMonth month, SiteConfig site, FieldDiagnostics diagnostics) {
        Area area = fields.area();
        String id = area.id();
        YearMonth rule = area.expectedDataThrough(month);
        String ruleLabel = site.monthLabel(rule);
        List<OptionView> statuses = site.statuses().stream()
                .map(s -> new OptionView(s.key(), s.label(), s.key().equals(fields.status())))
                .toList();
        List<OptionView> months = new ArrayList<>();
        months.add(new OptionView(
                "rule", EditTexts.byRule(ruleLabel), fields.dataThrough() instanceof DataThrough.ByRule));
        YearMonth current = fields.dataThrough() instanceof DataThrough.Month m ? m.month() : null;
        for (int behind = 1;
                behind <= MONTHS_OFFERED
                        || current != null && !rule.minusMonths(behind).isBefore(current);
                behind++) {
            YearMonth offered = rule.minusMonths(behind);
            months.add(new OptionView(
                    offered.toString(), EditTexts.monthsBehind(offered, behind), offered.equals(current)));
        }
        months.add(new OptionView("none", EditTexts.NO_DATA, fields.dataThrough() instanceof DataThrough.NoData));
        Status status = site.statusByKey().getOrDefault(fields.status(), site.status(Status.OK));
        FieldRef noteRef = new FieldRef(FieldRef.Kind.NOTE, id);
        return new EditPageView.AreaFieldsView(
                id,
                area.name(),
                EditTexts.facts(area.frequency(), area.source(), ruleLabel),
                select(new FieldRef(FieldRef.Kind.STATUS, id), EditTexts.STATUS_LABEL, statuses, diagnostics),
                select(new FieldRef(FieldRef.Kind.DATA_THROUGH, id), EditTexts.DATA_LABEL, months, diagnostics),
                text(
                        noteRef,
                        EditTexts.NOTE_LABEL,
                        EditTexts.noteHint(status.defaultText()),
                        fields.note(),
                        diagnostics),
                Markdown.instance().render(fields.note()).html(),
                EditTexts.noNote(status.defaultText()));
    }

    private FieldView select(FieldRef ref, String label, List<OptionView> options, FieldDiagnostics diagnostics) {
        List<MessageView> messages = messages(ref, diagnostics);
        return new FieldView(
                ref.id(), ref.name(), label, "", "", options, messages, invalid(messages), "fejl-" + ref.id());
    }

    private FieldView text(FieldRef ref, String label, String hint, String value, FieldDiagnostics diagnostics) {
        List<MessageView> messages = messages(ref, diagnostics);
        return new FieldView(
                ref.id(),
                ref.name(),
                label,
                hint,
                value,
                List.of(),
                messages,
                invalid(messages),
                "hint-" + ref.id() + " fejl-" + ref.id());
    }

    private static boolean invalid(List<MessageView> messages) {
        return messages.stream().anyMatch(MessageView::error);
    }

    private List<MessageView> messages(FieldRef ref, FieldDiagnostics diagnostics) {
        return diagnostics.at(ref.id()).stream()
                .map(p -> new MessageView(
                        p.diagnostic().isError() ? EditTexts.ERROR : EditTexts.WARNING,
                        p.diagnostic().isError(),
                        (p.fieldLine() > 0 ? EditTexts.lineInText(p.fieldLine()) + ": " : "")
                                + p.diagnostic().message(words),
                        p.diagnostic().hint(words),
                        "#" + ref.id()))
                .toList();
    }

    /** "Aula, Drift" for the summary's link to a field. */
    private static String fieldName(String fieldId, Registry registry) {
        for (Area area : registry.areas()) {
            String id = area.id();
            if (fieldId.equals("status-" + id)) {
                return area.name() + ", " + EditTexts.STATUS_LABEL;
            }
            if (fieldId.equals("data-" + id)) {
                return area.name() + ", " + EditTexts.DATA_LABEL;
            }
            if (fieldId.equals("note-" + id)) {
                return area.name() + ", " + EditTexts.NOTE_LABEL;
            }
        }
        return fieldId.equals("date") ? EditTexts.DATE_LABEL : EditTexts.PREFACE_LABEL;
    }
}
