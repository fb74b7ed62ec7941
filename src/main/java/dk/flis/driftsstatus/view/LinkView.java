package dk.flis.driftsstatus.view;

/** A link in the navigation: {@code path} relative to the site root. */
public record LinkView(String label, String path) {}
