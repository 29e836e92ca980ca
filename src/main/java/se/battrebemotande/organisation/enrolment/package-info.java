/**
 * Reading the people an organisation wants to enrol: a CSV file as spreadsheets and HR systems
 * write it (Excel's Swedish export with {@code ;}, or {@code ,}; UTF-8 with or without BOM, UTF-16,
 * Windows-1252; quoted fields; a header row or none) or addresses pasted from a mail program. Every
 * row is classified and explained before anything is saved. Plain Java, no server needed.
 */
package se.battrebemotande.organisation.enrolment;
