/** View records built for the templates: everything a page shows, already computed; templates only lay it out. */
package dk.flis.driftsstatus.view;
