/** Renders the intranet site's HTML pages and copies the theme's static files. */
package dk.flis.driftsstatus.render.html;
