/**
 * The course: its parts, steps, films and question banks. The course is data, read from the course
 * package in {@code media/} by {@link se.battrebemotande.course.pkg.CoursePackageReader} and kept
 * in the database by {@link se.battrebemotande.course.CourseImporter}; pages read it through
 * {@link se.battrebemotande.course.CourseCatalog}.
 */
package se.battrebemotande.course;
