/** Markdown to HTML with one flexmark parser and renderer, configured once for the whole run. */
package dk.flis.driftsstatus.markdown;
