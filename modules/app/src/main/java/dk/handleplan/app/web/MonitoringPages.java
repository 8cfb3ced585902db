package dk.handleplan.app.web;

import dk.handleplan.app.figures.ChartFigure;
import dk.handleplan.app.figures.Comparison;
import dk.handleplan.app.figures.FigureCharts;
import dk.handleplan.app.figures.FigureScope;
import dk.handleplan.app.rest.DepartmentsResource;
import dk.handleplan.app.rest.StaffImportResource;
import dk.handleplan.app.rest.MonitoringSettings;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.charts.ChartRenderer;
import dk.handleplan.charts.QuarterlyChart;
import dk.handleplan.kernel.DomainException;
import dk.handleplan.kernel.FieldError;
import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.monitoring.DanishNumber;
import dk.handleplan.app.figures.FigureReferences;
import dk.handleplan.monitoring.FigureSeries;
import dk.handleplan.monitoring.FigureSeriesService;
import dk.handleplan.monitoring.KeyFiguresReports;
import dk.handleplan.monitoring.References;
import dk.handleplan.monitoring.KeyFiguresView;
import dk.handleplan.monitoring.Quarter;
import dk.handleplan.monitoring.StaffFiguresCsv;
import dk.handleplan.monitoring.StaffFiguresInput;
import dk.handleplan.monitoring.StaffFiguresService;
import dk.handleplan.monitoring.StaffFiguresView;
import dk.handleplan.monitoring.StaffImportView;
import dk.handleplan.people.DepartmentView;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.OfferView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monitoring pages ("Nøgletal"): the departments of the offers the caller reads, and per
 * department its key figures (quarter and rolling year), its quarters, and for the offer's leaders the
 * form to enter a quarter's figures with the previous quarter's values shown.
 */
@RequestScoped
@Path("noegletal")
@Produces(Editing.HTML)
public class MonitoringPages {

    /** The form's fields (named as the API's input) with their Danish labels. */
    public static final List<String[]> FIELDS = List.of(
            new String[] {"headcountStart", "Ansatte ved kvartalets start"},
            new String[] {"headcountEnd", "Ansatte ved kvartalets slut"},
            new String[] {"employmentDays", "Ansættelsesdage i alt (valgfrit, mere præcist)"},
            new String[] {"resigned", "Fratrådt: sagt op"},
            new String[] {"dismissed", "Fratrådt: afskediget"},
            new String[] {"retired", "Fratrådt: pension"},
            new String[] {"fixedTermEnded", "Fratrådt: tidsbegrænset ansættelse udløbet"},
            new String[] {"internalMoves", "Fratrådt: intern flytning"},
            new String[] {"hires", "Nyansatte"},
            new String[] {"sickDays", "Sygedage (kalenderdage)"},
            new String[] {"parentalLeaveDays", "Barselsdage (kalenderdage)"},
            new String[] {"plannedHours", "Planlagte arbejdstimer (fastansatte)"},
            new String[] {"internalTempHours", "Vikartimer, interne"},
            new String[] {"externalTempHours", "Vikartimer, eksterne (vikarbureau)"});

    @Inject
    Pages pages;
    @Inject
    FigureReferences figureReferences;
    @Inject
    Caller caller;
    @Inject
    Editing editing;
    @Inject
    OfferService offers;
    @Inject
    ActiveOffers activeOffers;
    @Inject
    StaffFiguresService figures;
    @Inject
    MonitoringSettings settings;
    @Inject
    DepartmentsResource departmentApi;
    @Inject
    KeyFiguresReports reports;
    @Inject
    FigureCharts charts;
    @Inject
    Comparison comparison;
    @Inject
    StaffImportResource importApi;
    @Inject
    OfferFigures offerFigures;

    /** Quarters in a page's trend charts, ending with the quarter shown. */
    public static final int TREND_QUARTERS = 8;
    static final String SVG = "image/svg+xml;charset=UTF-8";

    /** A chart on a page: its address, its text alternative and its numbers as a table. */
    public record ChartBlock(String figure, String url, String alt, FigureCharts.Table table) {
    }

    /** An offer the caller reads, with its departments. */
    public record OfferDepartments(OfferView offer, List<DepartmentView> departments) {
    }

    @GET
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public String list() {
        List<OfferDepartments> readable = new ArrayList<>();
        for (OfferView offer : activeOffers.list()) {
            if (caller.canRead(offer.id())) {
                readable.add(new OfferDepartments(offer, offer.departments())); // the active ones, by name
            }
        }
        return pages.page("noegletal", "Nøgletal", Map.of("offers", readable));
    }

    @GET
    @Path("afdeling/{id}")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.READ)
    public String department(@PathParam("id") long id, @QueryParam("kvartal") String quarter) {
        return page(id, quarter, null, Map.of());
    }

    @POST
    @Path("afdeling/{id}")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.EDIT)
    public Response enter(@PathParam("id") long id, @FormParam("quarter") String quarter,
            @FormParam("headcountStart") String headcountStart, @FormParam("headcountEnd") String headcountEnd,
            @FormParam("employmentDays") String employmentDays, @FormParam("resigned") String resigned,
            @FormParam("dismissed") String dismissed, @FormParam("retired") String retired,
            @FormParam("fixedTermEnded") String fixedTermEnded, @FormParam("internalMoves") String internalMoves,
            @FormParam("hires") String hires, @FormParam("sickDays") String sickDays,
            @FormParam("parentalLeaveDays") String parentalLeaveDays, @FormParam("plannedHours") String plannedHours,
            @FormParam("internalTempHours") String internalTemp, @FormParam("externalTempHours") String externalTemp) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("quarter", quarter);
        typed.put("headcountStart", headcountStart);
        typed.put("headcountEnd", headcountEnd);
        typed.put("employmentDays", employmentDays);
        typed.put("resigned", resigned);
        typed.put("dismissed", dismissed);
        typed.put("retired", retired);
        typed.put("fixedTermEnded", fixedTermEnded);
        typed.put("internalMoves", internalMoves);
        typed.put("hires", hires);
        typed.put("sickDays", sickDays);
        typed.put("parentalLeaveDays", parentalLeaveDays);
        typed.put("plannedHours", plannedHours);
        typed.put("internalTempHours", internalTemp);
        typed.put("externalTempHours", externalTemp);
        List<FieldError> parseErrors = new ArrayList<>();
        StaffFiguresInput input = new StaffFiguresInput(quarter, whole(typed, "headcountStart", true, parseErrors),
                whole(typed, "headcountEnd", true, parseErrors), decimal(typed, "employmentDays", true, parseErrors),
                count(typed, "resigned", parseErrors), count(typed, "dismissed", parseErrors),
                count(typed, "retired", parseErrors), count(typed, "fixedTermEnded", parseErrors),
                count(typed, "internalMoves", parseErrors), count(typed, "hires", parseErrors),
                count(typed, "sickDays", parseErrors), count(typed, "parentalLeaveDays", parseErrors),
                hours(typed, "plannedHours", parseErrors), hours(typed, "internalTempHours", parseErrors),
                hours(typed, "externalTempHours", parseErrors), null);
        Editing.Outcome<Response> outcome = editing.attempt(parseErrors, input, () -> departmentApi.addStaffFigures(id,
                input));
        if (outcome.ok()) {
            return Response.seeOther(URI.create("/noegletal/afdeling/" + id + "?kvartal=" + quarter.strip())).build();
        }
        return Response.status(422).entity(page(id, quarter, typed, outcome.errors())).build();
    }

    /** The department's page; {@code typed} and {@code errors} refill a refused form. */
    private String page(long id, String quarter, Map<String, String> typed, Map<String, String> errors) {
        DepartmentView department = offers.department(id);
        List<StaffFiguresView> quarters = figures.ofDepartment(id);
        String shown = quarter != null && !quarter.isBlank() && typed == null ? quarter
                : quarters.isEmpty() ? settings.quarterOrLast(null) : quarters.get(quarters.size() - 1).quarter();
        KeyFiguresView keyFigures;
        try {
            keyFigures = figures.ofDepartment(id, shown, settings.countInternalMoves());
        } catch (dk.handleplan.kernel.ValidationException e) {
            keyFigures = figures.ofDepartment(id, settings.quarterOrLast(null), settings.countInternalMoves());
        }
        StaffFiguresView previous = quarters.isEmpty() ? null : quarters.get(quarters.size() - 1);
        Map<String, String> form = typed != null ? typed : new HashMap<>();
        if (typed == null) {
            form.put("quarter", previous == null ? settings.quarterOrLast(null)
                    : Quarter.parse(previous.quarter(), "quarter").next().toString());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("department", department);
        model.put("offer", offers.get(department.offerId()));
        model.put("quarters", quarters);
        model.put("keyFigures", keyFigures);
        model.put("previous", previous == null ? Map.of() : previousValues(previous));
        model.put("canEdit", caller.canEdit(department.offerId()));
        model.put("fields", FIELDS);
        model.put("form", form);
        model.put("errors", errors);
        List<KeyFiguresView> trend = trend(FigureScope.department(department.offerId(), id), keyFigures.quarter());
        model.put("charts", chartBlocks(FigureScope.department(department.offerId(), id), department.name(),
                keyFigures.quarter(), "/noegletal/afdeling/" + id, trend));
        model.put("statuses", statuses(FigureScope.department(department.offerId(), id), trend));
        return pages.page("noegletal-afdeling", "Nøgletal: " + department.name(), model);
    }

    /** The department's trend chart of one figure: the last quarters up to {@code kvartal}, as SVG. */
    @GET
    @Path("afdeling/{id}/graf/{figure: [a-z-]+}.svg")
    @Produces(SVG)
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.READ)
    public String departmentChart(@PathParam("id") long id, @PathParam("figure") String figure,
            @QueryParam("kvartal") String quarter) {
        DepartmentView department = offers.department(id);
        List<KeyFiguresView> trend = reports.trendOfDepartment(id, settings.quarterOrLast(quarter), TREND_QUARTERS,
                settings.countInternalMoves());
        return ChartRenderer.svg(charts.chart(FigureScope.department(department.offerId(), id), figure(figure),
                department.name(), trend));
    }

    /** The offer's trend chart of one figure (all its departments together), as SVG. */
    @GET
    @Path("tilbud/{id}/graf/{figure: [a-z-]+}.svg")
    @Produces(SVG)
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.READ)
    public String offerChart(@PathParam("id") long id, @PathParam("figure") String figure,
            @QueryParam("kvartal") String quarter) {
        ChartFigure chart = figure(figure);
        OfferView offer = offers.get(id);
        return ChartRenderer.svg(charts.chart(FigureScope.offer(id), chart, offer.name(),
                offerReport(offer, quarter).trend()));
    }

    /** The offer's key figures (all departments together) with its trend charts. */
    @GET
    @Path("tilbud/{id}")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.READ)
    public String offer(@PathParam("id") long id, @QueryParam("kvartal") String quarter,
            @QueryParam("importeret") Integer imported) {
        OfferView offer = offers.get(id);
        OfferFigures.Report report = offerReport(offer, quarter);
        Map<String, Object> model = new HashMap<>();
        model.put("offer", offer);
        model.put("keyFigures", report.keyFigures());
        model.put("canEdit", caller.canEdit(id));
        model.put("imported", imported);
        model.put("charts", report.charts());
        model.put("statuses", report.statuses());
        return pages.page("noegletal-tilbud", "Nøgletal: " + offer.name(), model);
    }

    /** The offer's figures for the quarter (the last one if none is given), from the cache when unchanged. */
    private OfferFigures.Report offerReport(OfferView offer, String quarter) {
        long id = offer.id();
        String shown = settings.quarterOrLast(quarter);
        boolean internalMoves = settings.countInternalMoves();
        return offerFigures.of(id, shown, internalMoves, () -> {
            KeyFiguresView keyFigures = figures.ofOffer(id, shown, internalMoves);
            List<KeyFiguresView> trend = trend(FigureScope.offer(id), keyFigures.quarter());
            return new OfferFigures.Report(keyFigures, trend, chartBlocks(FigureScope.offer(id), offer.name(),
                    keyFigures.quarter(), "/noegletal/tilbud/" + id, trend), statuses(FigureScope.offer(id), trend));
        });
    }

    /**
     * All departments of the offers the caller reads, side by side for the quarter, with each offer's
     * total: for the aftaleholder, administrators and leaders of several departments.
     */
    @GET
    @Path("sammenligning")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public String compare(@QueryParam("kvartal") String quarter) {
        String shown = settings.quarterOrLast(quarter);
        Quarter q = Quarter.parse(shown, "kvartal");
        List<OfferView> readable = activeOffers.list().stream().filter(o -> caller.canRead(o.id())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("quarter", q.toString());
        model.put("previousQuarter", q.previous().toString());
        model.put("nextQuarter", q.next().toString());
        model.put("columns", Comparison.COLUMNS);
        model.put("tables", comparison.of(readable, q.toString(), settings.countInternalMoves()));
        model.put("internalMovesCounted", settings.countInternalMoves());
        return pages.page("noegletal-sammenligning", "Sammenligning af afdelinger, " + q.danish(), model);
    }

    /** The leaders' page for importing staff figures from a CSV file. */
    @GET
    @Path("tilbud/{id}/import")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.EDIT)
    public String importPage(@PathParam("id") long id) {
        return importPage(id, "", null, null);
    }

    /**
     * "vis": the file's rows with their problems (nothing saved); "gem": saves every row, or none,
     * and goes to the offer's page.
     */
    @POST
    @Path("tilbud/{id}/import")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.EDIT)
    public Response importCsv(@PathParam("id") long id, @FormParam("csv") String csv,
            @FormParam("handling") String action) {
        byte[] bytes = (csv == null ? "" : csv).getBytes(StandardCharsets.UTF_8);
        if ("gem".equals(action)) {
            try {
                StaffImportView saved = importApi.importCsv(id, false, bytes);
                return Response.seeOther(URI.create("/noegletal/tilbud/" + id + "?importeret=" + saved.rowCount()))
                        .build();
            } catch (DomainException e) {
                return Response.status(422).entity(importPage(id, csv, importApi.importCsv(id, true, bytes),
                        "Intet blev gemt. Se fejlene herunder.")).build();
            }
        }
        StaffImportView preview = importApi.importCsv(id, true, bytes);
        return Response.status(preview.valid() ? 200 : 422).entity(importPage(id, csv, preview, null)).build();
    }

    private String importPage(long id, String csv, StaffImportView preview, String error) {
        OfferView offer = offers.get(id);
        Map<String, Object> model = new HashMap<>();
        model.put("offer", offer);
        model.put("csv", csv);
        model.put("preview", preview);
        model.put("error", error);
        model.put("columns", StaffFiguresCsv.COLUMNS);
        model.put("maxRows", StaffFiguresCsv.MAX_ROWS);
        model.put("invalidRows", preview == null ? 0 : preview.rows().stream().filter(r -> !r.problems().isEmpty()).count());
        return pages.page("noegletal-import", "Indlæs personaletal: " + offer.name(), model);
    }

    private List<KeyFiguresView> trend(FigureScope scope, String quarter) {
        return scope.isOffer()
                ? reports.trendOfOffer(scope.offerId(), quarter, TREND_QUARTERS, settings.countInternalMoves())
                : reports.trendOfDepartment(scope.departmentId(), quarter, TREND_QUARTERS, settings.countInternalMoves());
    }

    /** Each figure's latest value against its target and benchmarks, from the trend read for the charts. */
    private List<FigureSeries> statuses(FigureScope scope, List<KeyFiguresView> trend) {
        References refs = figureReferences.of(List.of(scope.offerId()));
        List<FigureSeries> result = new ArrayList<>();
        for (ChartFigure figure : ChartFigure.values()) {
            result.add(FigureSeriesService.series(scope.offerId(), scope.departmentId(), figure.figure(), trend, refs));
        }
        return result;
    }

    /** Each figure's chart address and table, from one read of the trend. */
    private List<ChartBlock> chartBlocks(FigureScope scope, String name, String quarter, String base,
            List<KeyFiguresView> trend) {
        List<ChartBlock> blocks = new ArrayList<>();
        for (ChartFigure figure : ChartFigure.values()) {
            QuarterlyChart chart = charts.chart(scope, figure, name, trend);
            blocks.add(new ChartBlock(figure.slug(), base + "/graf/" + figure.slug() + ".svg?kvartal=" + quarter,
                    "Graf: " + chart.title() + ", de sidste " + TREND_QUARTERS + " kvartaler til og med " + quarter
                            + ". Tallene står i tabellen under grafen.", FigureCharts.table(chart)));
        }
        return blocks;
    }

    private static ChartFigure figure(String slug) {
        return ChartFigure.bySlug(slug).orElseThrow(() -> new NotFoundException("Chart", slug));
    }

    private static Map<String, String> previousValues(StaffFiguresView v) {
        Map<String, String> values = new HashMap<>();
        values.put("headcountStart", String.valueOf(v.headcountStart() == null ? "" : v.headcountStart()));
        values.put("headcountEnd", String.valueOf(v.headcountEnd() == null ? "" : v.headcountEnd()));
        values.put("employmentDays", v.employmentDays() == null ? "" : number(v.employmentDays()));
        values.put("resigned", String.valueOf(v.resigned()));
        values.put("dismissed", String.valueOf(v.dismissed()));
        values.put("retired", String.valueOf(v.retired()));
        values.put("fixedTermEnded", String.valueOf(v.fixedTermEnded()));
        values.put("internalMoves", String.valueOf(v.internalMoves()));
        values.put("hires", String.valueOf(v.hires()));
        values.put("sickDays", String.valueOf(v.sickDays()));
        values.put("parentalLeaveDays", String.valueOf(v.parentalLeaveDays()));
        values.put("plannedHours", number(v.plannedHours()));
        values.put("internalTempHours", number(v.internalTempHours()));
        values.put("externalTempHours", number(v.externalTempHours()));
        return values;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
    }

    private static int count(Map<String, String> typed, String field, List<FieldError> errors) {
        Integer value = whole(typed, field, false, errors);
        return value == null ? 0 : value;
    }

    private static double hours(Map<String, String> typed, String field, List<FieldError> errors) {
        Double value = decimal(typed, field, false, errors);
        return value == null ? 0 : value;
    }

    /** A whole number as typed ("12"); blank is null (optional) or 0. */
    private static Integer whole(Map<String, String> typed, String field, boolean optional, List<FieldError> errors) {
        String text = typed.get(field);
        if (text == null || text.isBlank()) {
            return optional ? null : 0;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Skriv et helt tal."));
            return null;
        }
    }

    /** A decimal number as Danes write it ("1.862", "1.862,5", "7400,5"); "1862.5" is read too. */
    static Double decimal(Map<String, String> typed, String field, boolean optional, List<FieldError> errors) {
        String text = typed.get(field);
        if (text == null || text.isBlank()) {
            return optional ? null : 0.0;
        }
        try {
            return DanishNumber.parse(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Skriv et tal, fx 1862 eller 7400,5."));
            return null;
        }
    }
}
