/**
 * What the months say together: changes between consecutive reports, each area's history and the
 * age of an open problem. Business rules shared by the site, the feed, the open data and the email;
 * computed once per run.
 */
package dk.flis.driftsstatus.history;
