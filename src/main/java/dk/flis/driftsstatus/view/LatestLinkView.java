package dk.flis.driftsstatus.view;

/**
 * The notice on top of a month that is not the latest: "Dette er en ældre rapport." and a link to
 * the latest report ({@code path} relative to the site root).
 */
public record LatestLinkView(String text, String linkText, String path) {}
