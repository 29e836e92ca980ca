package se.battrebemotande.web;

import java.util.Locale;

/** A signed-in visitor chose a language with the switch; {@code caller} is their principal's name. */
public record LanguageChosen(String caller, Locale language) {}
