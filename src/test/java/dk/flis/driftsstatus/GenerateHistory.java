package dk.flis.driftsstatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a realistic, deterministic report history for benchmarks: the real registry's 17 areas in
 * 4 groups (plus optional extra areas, one added and one removed over time), N monthly reports with
 * Danish notes of realistic length whose statuses and delays change from month to month, and the
 * same months as plain Markdown for peer tools (a Hugo site and pandoc inputs).
 *
 * <p>Run with the JDK's single-file launcher, as {@code bench/run.sh} does:
 * {@code java src/test/java/dk/flis/driftsstatus/GenerateHistory.java MONTHS OUT_DIR [EXTRA_AREAS]};
 * tests call {@link #generate} (see {@code BenchHistory}). The same arguments always give the same
 * files (fixed seed).
 */
public final class GenerateHistory {
    record Area(
            String id,
            String name,
            String group,
            String frequency,
            String source,
            int delay,
            YearMonth since,
            YearMonth until) {}

    record Entry(String status, String dataThrough, String note) {}

    private static final String[][] REAL = {
        {"Tværgående", "borger", "Borger", "Månedligt", "CPR-registret", "1"},
        {"Tværgående", "okonomi", "Økonomi", "Månedligt", "Kommunernes økonomisystemer", "1"},
        {"Tværgående", "personale-fravaer", "Personale & Fravær", "Månedligt", "Kommunernes personalesystemer", "1"},
        {"Tværgående", "krl-personale", "KRL Personale", "Månedligt", "KRL Personale og KRL fravær", "3"},
        {"Tværgående", "nogletal", "Nøgletal", "Månedligt", "-", "1"},
        {"Skole/Dagtilbud", "skole", "Skole", "Månedligt/årligt", "Kommunernes skolesystemer/STIL", "1"},
        {"Skole/Dagtilbud", "dagtilbud", "Dagtilbud", "Månedligt", "Danmarks Statistik og Aula", "1"},
        {"Skole/Dagtilbud", "aula", "Aula", "Månedligt", "Aula", "1"},
        {"Social/Sundhed", "fsiii", "FSIII", "Månedligt", "Fælleskommunal gateway (fra kommunernes EOJ-løsninger)", "1"
        },
        {"Social/Sundhed", "udsatte-born-og-unge", "Udsatte børn og unge", "Månedligt", "DUBU", "1"},
        {"Social/Sundhed", "vh", "VH", "Månedligt", "Danmarks Statistik", "1"},
        {
            "Social/Sundhed",
            "aeldre",
            "Ældre",
            "Månedligt",
            "Danmarks Statistik og Fælleskommunal gateway (fra kommunernes EOJ-løsninger)",
            "1"
        },
        {"Beskæftigelse", "ky", "KY", "Månedligt", "KY", "1"},
        {"Beskæftigelse", "kp", "KP", "Månedligt", "KP", "1"},
        {"Beskæftigelse", "dfdg", "DFDG", "Månedligt", "DFDG (STAR)", "1"},
        {"Beskæftigelse", "dream", "DREAM", "Månedligt", "DREAM (STAR)", "3"},
        {"Beskæftigelse", "yr", "YR", "Månedligt", "YR", "1"},
    };

    private static final String[] OPENINGS = {
        "Der er leveret fejlbehæftet data fra %s,",
        "Da leverandøren ændrer snitflader, mangler data fra %s,",
        "Grundet et større implementeringsarbejde hos %s",
        "Efter en opdatering af fagsystemet hos %s",
        "Vi opdaterer data som vanligt, men bemærk at data fra %s",
    };
    private static final String[] MIDDLES = {
        "hvoriblandt mange indtægter har manglet for div. konti i regnskabsåret.",
        "som har medført, at der mangler sager i datapakkerne.",
        "og benchmarkdata er pt. ikke retvisende, da der filtreres mange data fra efter GDPR-tilpasning.",
        "har vi kun data tilbage fra marts, og de seneste måneder vises snarest muligt.",
        "er der uoverensstemmelser mellem kuberne og datapakkerne, som vi undersøger.",
    };
    private static final String[] CLOSINGS = {
        "Se driftsinfo for nærmere oplysninger.",
        "Vi melder ud, når data er tilgængelige igen.",
        "Der pågår afklaringer med leverandøren, og tidsplanen er pt. ukendt.",
        "Data for de berørte kommuner vil blive vist i FLIS snarest muligt.",
        "Kommunerne bedes være opmærksomme på dette ved brug af nøgletallene.",
    };
    private static final String[] MUNICIPALITIES = {
        "Københavns Kommune", "Aarhus Kommune", "to kommuner", "Odense Kommune", "tre kommuner", "Aalborg Kommune",
    };
    private static final String[] PROBLEMS = {"notice", "partial", "partial", "delayed", "down", "retired"};

    /** The command line: {@code MONTHS OUT_DIR [EXTRA_AREAS]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println(
                    "usage: java src/test/java/dk/flis/driftsstatus/GenerateHistory.java MONTHS OUT_DIR [EXTRA_AREAS]");
            System.exit(2);
        }
        int months = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        generate(months, out, args.length > 2 ? Integer.parseInt(args[2]) : 0);
        System.out.println("wrote " + months + " months into " + out);
    }

    /**
     * Writes {@code months} reports ending 2025-10 with their registry (plus {@code extra} areas)
     * under {@code out/content/}, and the peer tools' inputs under {@code out/hugo/} and {@code out/md/}.
     */
    public static void generate(int months, Path out, int extra) throws IOException {
        YearMonth last = YearMonth.of(2025, 10);
        YearMonth first = last.minusMonths(months - 1L);
        List<Area> areas = registry(first, last, months, extra);
        Path content = out.resolve("content");
        Files.createDirectories(content.resolve("reports"));
        Files.createDirectories(content.resolve("pages"));
        Files.createDirectories(out.resolve("hugo/content/rapporter"));
        Files.createDirectories(out.resolve("hugo/layouts/_default"));
        Files.createDirectories(out.resolve("md"));
        write(content.resolve("areas.json"), areasJson(areas));
        peerSite(out);

        Random random = new Random(20251010L);
        Map<String, Entry> current = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (Area area : areas) {
                if ((area.since() != null && month.isBefore(area.since()))
                        || (area.until() != null && month.isAfter(area.until()))) {
                    continue;
                }
                entries.put(area.id(), next(area, month, current.get(area.id()), random));
            }
            current = entries;
            write(content.resolve("reports/" + month + ".md"), report(month, areas, entries));
            String plain = plainMarkdown(month, areas, entries);
            write(
                    out.resolve("hugo/content/rapporter/" + month + ".md"),
                    "---\ntitle: \"Oversigt pr. 10/" + month.getMonthValue() + "\"\ndate: " + month.atDay(10)
                            + "\n---\n\n" + plain);
            write(out.resolve("md/" + month + ".md"), "# Oversigt pr. 10/" + month.getMonthValue() + "\n\n" + plain);
        }
    }

    private static List<Area> registry(YearMonth first, YearMonth last, int months, int extra) {
        List<Area> areas = new ArrayList<>();
        for (String[] a : REAL) {
            areas.add(new Area(a[1], a[2], a[0], a[3], a[4], Integer.parseInt(a[5]), null, null));
        }
        if (months >= 4) {
            // One area added a third into the history, one removed two thirds in.
            areas.add(new Area(
                    "ukraine",
                    "Ukraine",
                    "Tværgående",
                    "Dagligt",
                    "Udlændingestyrelsen",
                    0,
                    first.plusMonths(months / 3),
                    null));
            areas.add(new Area(
                    "borger-flex",
                    "Borger Flex",
                    "Tværgående",
                    "Månedligt",
                    "CPR-registret",
                    1,
                    null,
                    first.plusMonths(2L * months / 3)));
        }
        for (int i = 1; i <= extra; i++) {
            areas.add(new Area(
                    "ekstra-" + i, "Ekstra område " + i, "Øvrige", "Månedligt", "Kilde " + i, 1 + i % 3, null, null));
        }
        return areas;
    }

    /** A small state machine per area: mostly "ok"; problems start rarely and last a few months. */
    private static Entry next(Area area, YearMonth month, Entry previous, Random random) {
        YearMonth expected = month.minusMonths(1L + area.delay());
        if (area.id().equals("nogletal")) {
            return new Entry("none", null, null);
        }
        if (previous != null && !previous.status().equals("ok") && random.nextInt(100) < 65) {
            String through = previous.status().equals("down")
                    ? "null"
                    : previous.status().equals("delayed")
                            ? expected.minusMonths(1).toString()
                            : null;
            String note = random.nextInt(100) < 80 ? previous.note() : note(random);
            return new Entry(previous.status(), through, note);
        }
        if (random.nextInt(100) < 12) {
            String status = PROBLEMS[random.nextInt(PROBLEMS.length)];
            String through = status.equals("down")
                    ? "null"
                    : status.equals("delayed") ? expected.minusMonths(1).toString() : null;
            return new Entry(status, through, note(random));
        }
        return new Entry("ok", null, null);
    }

    private static String note(Random random) {
        StringBuilder note = new StringBuilder();
        int sentences = 1 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            note.append(String.format(
                    Locale.ROOT,
                    OPENINGS[random.nextInt(OPENINGS.length)],
                    MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)]));
            note.append(' ').append(MIDDLES[random.nextInt(MIDDLES.length)]).append(' ');
        }
        return note.append(CLOSINGS[random.nextInt(CLOSINGS.length)]).toString();
    }

    private static String report(YearMonth month, List<Area> areas, Map<String, Entry> entries) {
        StringBuilder front = new StringBuilder("---\ndate: " + month.atDay(10) + "\n");
        StringBuilder body = new StringBuilder();
        StringBuilder overrides = new StringBuilder();
        for (Area area : areas) {
            Entry e = entries.get(area.id());
            if (e == null || e.status().equals("ok")) {
                continue;
            }
            overrides.append("  ").append(area.id()).append(": { status: ").append(e.status());
            if (e.dataThrough() != null) {
                overrides.append(", data-through: ").append(e.dataThrough());
            }
            overrides.append(" }\n");
            if (e.note() != null) {
                body.append("\n## ")
                        .append(area.name())
                        .append("\n\n")
                        .append(e.note())
                        .append('\n');
            }
        }
        if (overrides.length() > 0) {
            front.append("areas:\n").append(overrides);
        }
        return front.append("---\n").append(body).toString();
    }

    private static String plainMarkdown(YearMonth month, List<Area> areas, Map<String, Entry> entries) {
        StringBuilder md = new StringBuilder(
                "| Dataområde | Opdateringsfrekvens | Data t.o.m. | Kilde | Drift |\n|---|---|---|---|---|\n");
        String group = "";
        for (Area area : areas) {
            Entry e = entries.get(area.id());
            if (e == null) {
                continue;
            }
            if (!area.group().equals(group)) {
                group = area.group();
                md.append("| **").append(group).append("** | | | | |\n");
            }
            String through = "null".equals(e.dataThrough())
                    ? "-"
                    : (e.dataThrough() != null
                            ? e.dataThrough()
                            : month.minusMonths(1L + area.delay()).toString());
            String drift = e.note() != null ? e.note() : e.status().equals("none") ? "-" : "Kører efter planen";
            md.append("| ")
                    .append(area.name())
                    .append(" | ")
                    .append(area.frequency())
                    .append(" | ")
                    .append(through)
                    .append(" | ")
                    .append(area.source())
                    .append(" | ")
                    .append(drift)
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String areasJson(List<Area> areas) {
        StringBuilder json = new StringBuilder("{\n  \"groups\": [\n");
        List<String> groups = areas.stream().map(Area::group).distinct().toList();
        for (int g = 0; g < groups.size(); g++) {
            json.append("    { \"name\": \"").append(groups.get(g)).append("\", \"areas\": [\n");
            String group = groups.get(g);
            List<Area> inGroup =
                    areas.stream().filter(a -> a.group().equals(group)).toList();
            for (int i = 0; i < inGroup.size(); i++) {
                Area a = inGroup.get(i);
                json.append("      { \"id\": \"")
                        .append(a.id())
                        .append("\", \"name\": \"")
                        .append(a.name())
                        .append("\", \"frequency\": \"")
                        .append(a.frequency())
                        .append("\", \"source\": \"")
                        .append(a.source())
                        .append("\", \"delayMonths\": ")
                        .append(a.delay());
                if (a.since() != null) {
                    json.append(", \"since\": \"").append(a.since()).append('"');
                }
                if (a.until() != null) {
                    json.append(", \"until\": \"").append(a.until()).append('"');
                }
                json.append(" }").append(i < inGroup.size() - 1 ? ",\n" : "\n");
            }
            json.append("    ] }").append(g < groups.size() - 1 ? ",\n" : "\n");
        }
        return json.append("  ]\n}\n").toString();
    }

    /** A minimal Hugo site rendering each month's Markdown table: the peer for HTML-only builds. */
    private static void peerSite(Path out) throws IOException {
        write(
                out.resolve("hugo/hugo.toml"),
                "baseURL = '/'\nlanguageCode = 'da'\ntitle = 'driftsstatus peer'\n"
                        + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
        write(
                out.resolve("hugo/layouts/_default/single.html"),
                "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>"
                        + "<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n");
        write(
                out.resolve("hugo/layouts/_default/list.html"),
                "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>"
                        + "<body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");
        write(
                out.resolve("md/slide.css"),
                "@page { size: 13.333in 7.5in; margin: 0.4in; } body { font-family: sans-serif; font-size: 10pt; }"
                        + " table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #999; padding: 3px; }\n");
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
