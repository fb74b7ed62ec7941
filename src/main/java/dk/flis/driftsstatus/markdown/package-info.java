/**
 * Markdown to safe HTML with one flexmark parser and renderer, configured once for the whole run;
 * refused links are reported.
 */
package dk.flis.driftsstatus.markdown;
