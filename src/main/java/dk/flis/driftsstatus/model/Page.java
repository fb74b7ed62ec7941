package dk.flis.driftsstatus.model;

/** A free page from {@code content/pages/}, e.g. "Opdateringsfrekvens"; {@code slug} is its file name. */
public record Page(String slug, String title, String html, String file) {}
