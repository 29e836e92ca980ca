package se.battrebemotande.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The small JSON interface the pages' scripts talk to, under {@code /api}; learners only (web.xml). */
@ApplicationPath("/api")
public class RestApplication extends Application {}
