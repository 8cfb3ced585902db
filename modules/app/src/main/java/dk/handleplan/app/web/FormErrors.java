package dk.handleplan.app.web;

import dk.handleplan.kernel.ConflictException;
import dk.handleplan.kernel.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's field errors, as Danish messages keyed by the form field they belong to, so each form
 * shows them next to the field. Messages that are already Danish pass through.
 */
public final class FormErrors {

    private static final Pattern SIZE = Pattern.compile("size must be between (\\d+) and (\\d+)");
    private static final Map<String, String> DANISH = Map.ofEntries(
            Map.entry("must not be blank", "Skal udfyldes."),
            Map.entry("must not be null", "Skal udfyldes."),
            Map.entry("is required when the activity is completed", "Angiv datoen, aktiviteten blev gennemført."),
            Map.entry("cannot lie in the future", "Datoen kan ikke ligge i fremtiden."),
            Map.entry("is only given when the status is COMPLETED", "Angives kun, når aktiviteten er gennemført."),
            Map.entry("is required when the activity is cancelled", "Angiv hvorfor aktiviteten er aflyst."),
            Map.entry("is only given when the status is CANCELLED", "Angives kun, når aktiviteten er aflyst."),
            Map.entry("'ongoing' can only be used as the end", "\"Løbende\" kan kun bruges som slut."),
            Map.entry("a progress note cannot be dated in the future", "Datoen kan ikke ligge i fremtiden."),
            Map.entry("cannot come before the start time", "Sluttidspunktet kan ikke ligge før starttidspunktet."),
            Map.entry("is required when an end time is given", "Angiv et starttidspunkt, når der er et sluttidspunkt."),
            Map.entry("is required when changing an element", "Siden er forældet. Genindlæs den."),
            Map.entry("give either personId or role", "Vælg en person eller en rolle."),
            Map.entry("must be a well-formed email address", "Skriv en gyldig e-mailadresse."),
            Map.entry("is required when sending a revision back", "Skriv hvorfor revisionen sendes tilbage."));

    private FormErrors() {
    }

    /** Form field -> Danish message, first message per field. */
    public static Map<String, String> of(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        if (errors != null) {
            for (FieldError error : errors) {
                byField.putIfAbsent(field(error.field()), danish(error.message()));
            }
        }
        return byField;
    }

    /**
     * A conflict the API answered, by its title: null for a stale version (the form shows the other
     * person's values instead), else a Danish message for the form as a whole or for its field.
     */
    public static Map<String, String> conflict(ConflictException e) {
        return switch (e.title()) {
            case "Stale version" -> null;
            case "Username taken" -> Map.of("username", "Brugernavnet er optaget. Vælg et andet.");
            case "Last administrator" -> Map.of("", "Den sidste aktive administrator kan ikke deaktiveres.");
            case "Figures exist" -> Map.of("", "Der er allerede tal for dette kvartal; ret dem i stedet.");
            case "Target exists" -> Map.of("", "Der er allerede et mål for dette nøgletal her; ret det i stedet.");
            case "Archived element" -> Map.of("", "Det kan ikke ændres: elementet eller noget over det er arkiveret."
                    + " Gendan det først.");
            case "Reduced case" -> Map.of("", "Sagen er ældre end opbevaringsperioden og kan ikke ændres.");
            case "Revision already reviewed" -> Map.of("", "Revisionen er allerede godkendt eller sendt tilbage.");
            case "Closed plan" -> Map.of("", "Det kan ikke ændres: planen er lukket.");
            default -> Map.of("", "Ændringen kunne ikke gemmes. Genindlæs siden og prøv igen.");
        };
    }

    /** "timeFrame.end" -> "end", "addActivity.arg1.description" -> "description", "responsible[2]" -> "responsible". */
    static String field(String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    public static String danish(String message) {
        if (message == null) {
            return "Værdien kan ikke bruges.";
        }
        if (message.contains("CPR")) {
            return "Der må ikke skrives CPR-numre i Handleplan. Brug et pseudonym eller initialer.";
        }
        if (message.contains("control characters")) {
            return "Teksten må ikke indeholde kontroltegn eller ødelagte tegn.";
        }
        if (message.startsWith("must be a later revision than")) {
            return "Vælg en senere revision at sammenligne med.";
        }
        if (message.contains("is not a valid date or period")) {
            return "Ikke en gyldig dato eller periode.";
        }
        if (message.contains("before the start") || message.contains("lies before")) {
            return "Slut kan ikke ligge før start.";
        }
        if (message.contains("give either a value or a benchmarkId")) {
            return "Angiv enten en værdi eller vælg en benchmark (ikke begge).";
        }
        if (message.contains("is not an active benchmark")) {
            return "Vælg en aktiv benchmark for tilbuddet.";
        }
        if (message.startsWith("compares ")) {
            return "Benchmarken gælder et andet nøgletal.";
        }
        if (message.contains("is not a goal of this offer")) {
            return "Vælg et mål fra tilbuddets handleplaner.";
        }
        if (message.contains("is not a department of this offer")) {
            return "Vælg en af tilbuddets afdelinger.";
        }
        if (message.contains("is not a year or a quarter")) {
            return "Skriv et år (fx 2024) eller et kvartal (fx 2024-Q3).";
        }
        if (message.contains("is not a quarter")) {
            return "Skriv kvartalet som fx 2025-Q1.";
        }
        if (message.contains("more than one quarter ahead")) {
            return "Kvartalet ligger mere end ét kvartal ude i fremtiden.";
        }
        if (message.contains("give the days employed")) {
            return "Angiv ansættelsesdage eller antal ansatte ved kvartalets start og slut.";
        }
        if (message.contains("more leavers")) {
            return "Flere fratrådte end ansatte i kvartalet (ansatte ved start + nyansatte).";
        }
        if (message.contains("more days employed")) {
            return "Flere ansættelsesdage end personalet kan have i kvartalet.";
        }
        if (message.contains("more absence days")) {
            return "Flere fraværsdage (sygdom og barsel) end ansættelsesdage i kvartalet.";
        }
        if (message.contains("greater than or equal to 0")) {
            return "Må ikke være negativ.";
        }
        if (message.contains("comes before the measure itself") || message.contains("comes before the case")) {
            return "Kan ikke ligge før magtanvendelsen.";
        }
        if (message.startsWith("no such kind of measure")) {
            return "Vælg en foranstaltning.";
        }
        if (message.startsWith("the kind ") && message.contains(" does not apply to ")) {
            return "Foranstaltningen hører ikke til det valgte regelsæt.";
        }
        if (message.startsWith("the kind ") && message.contains(" is not valid on ")) {
            return "Foranstaltningen gælder ikke på dagen for magtanvendelsen.";
        }
        if (message.startsWith("is required for a plan action")) {
            return "Vælg den aktivitet i handleplanen, som indsatsen er.";
        }
        if (message.startsWith("is only given for a plan action")) {
            return "Angiv kun en aktivitet ved trinnet \"Indsats i handleplanen\".";
        }
        if (message.contains("in this offer's plans")) {
            return "Aktiviteten findes ikke i tilbuddets planer.";
        }
        if (message.contains("is not a department of offer")) {
            return "Vælg en af tilbuddets afdelinger.";
        }
        if (message.contains("less than or equal to")) {
            return "Tallet er for stort.";
        }
        if (message.contains("no active person")) {
            return "Personen findes ikke i tilbuddet.";
        }
        Matcher size = SIZE.matcher(message);
        if (size.find()) {
            return Integer.parseInt(size.group(1)) > 1 ? "Mindst " + size.group(1) + " og højst " + size.group(2) + " tegn."
                    : "Højst " + size.group(2) + " tegn.";
        }
        String known = DANISH.get(message);
        if (known != null) {
            return known;
        }
        // Messages written for people (the pages' own, the time text reader's) are Danish already and
        // begin with a capital or a quote; the API's English messages begin in lower case.
        boolean forPeople = Character.isUpperCase(message.charAt(0)) || message.startsWith("\"")
                || message.matches(".*[æøåÆØÅ].*");
        return forPeople ? message : "Værdien kan ikke bruges.";
    }
}
