/**
 * Renders each month's report as a slide-shaped PDF/UA-1 + PDF/A-3u document, byte-identical on
 * every build.
 */
package dk.flis.driftsstatus.render.pdf;
