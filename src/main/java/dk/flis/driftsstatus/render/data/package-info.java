/**
 * The open data of every build: the CSV of all months for spreadsheets, a JSON file per month and
 * its schema.
 */
package dk.flis.driftsstatus.render.data;
