package dk.handleplan.app.demo;

import dk.handleplan.monitoring.BenchmarkInput;
import dk.handleplan.monitoring.BenchmarkService;
import dk.handleplan.monitoring.BenchmarkValueInput;
import dk.handleplan.monitoring.Figure;
import dk.handleplan.monitoring.Quarter;
import dk.handleplan.monitoring.StaffFiguresInput;
import dk.handleplan.monitoring.StaffFiguresService;
import dk.handleplan.monitoring.TargetInput;
import dk.handleplan.monitoring.TargetService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * Two years of demo staff figures, benchmarks and targets. Hus Ahorn has the 8 quarters up to the
 * last whole one; Hus Birk's leader has yet to enter the last one (the quarters before it are there).
 * The benchmark values are rounded figures as domain.md gives them, for illustration.
 */
@ApplicationScoped
public class MonitoringDemoData {

    @Inject
    StaffFiguresService staffFigures;
    @Inject
    BenchmarkService benchmarks;
    @Inject
    TargetService targets;

    /** Per quarter, oldest first: headcount start, end, resigned, fixed-term ended, hires, sick days, parental, temp hours. */
    private static final int[][] AHORN = {
            {20, 21, 1, 0, 2, 95, 30, 620}, {21, 20, 2, 0, 1, 80, 30, 700}, {20, 21, 0, 1, 2, 70, 0, 540},
            {21, 22, 1, 0, 2, 110, 0, 650}, {22, 21, 1, 0, 0, 85, 45, 480}, {21, 21, 0, 0, 0, 60, 45, 420},
            {21, 22, 0, 0, 1, 55, 20, 380}, {22, 22, 1, 0, 1, 75, 0, 360}};
    private static final int[][] BIRK = {
            {18, 18, 0, 0, 0, 120, 0, 610}, {18, 17, 1, 0, 0, 130, 0, 720}, {17, 18, 0, 0, 1, 90, 20, 650},
            {18, 18, 2, 0, 2, 140, 40, 800}, {18, 17, 1, 0, 0, 150, 40, 760}, {17, 18, 1, 0, 2, 115, 0, 690},
            {18, 18, 0, 0, 0, 105, 0, 600}, {18, 19, 0, 1, 2, 100, 0, 580}};

    public void load(long offer, long ahorn, long birk, long turnoverGoal, long sickLeaveGoal, LocalDate today) {
        Quarter last = Quarter.of(today).previous();
        enter(ahorn, last, AHORN);
        enter(birk, last.previous(), BIRK);

        long municipal = benchmarks.create(null, new BenchmarkInput(Figure.SICK_LEAVE_MUNICIPAL.name(),
                "Kommunalt ansatte i alt", "Kommunernes og Regionernes Løndatakontor (KRL), afrundet",
                "Fraværsdage (arbejdsdage) pr. fuldtidsansat, ekskl. barsel", null)).id();
        benchmarks.putValue(municipal, "2019", new BenchmarkValueInput(12.0, null));
        benchmarks.putValue(municipal, "2023", new BenchmarkValueInput(14.8, null));
        long care = benchmarks.create(null, new BenchmarkInput(Figure.SICK_LEAVE_MUNICIPAL.name(),
                "Personale på botilbud", "KRL, afrundet", "Som kommunalt ansatte i alt", null)).id();
        benchmarks.putValue(care, "2019", new BenchmarkValueInput(14.4, null));

        long comparable = benchmarks.create(offer, new BenchmarkInput(Figure.TURNOVER.name(),
                "Sammenlignelige tilbud", "Egen opgørelse blandt fire botilbud i kommunen",
                "Fratrådte (uden interne flytninger) pr. gennemsnitligt antal ansatte, rullende år", null)).id();
        benchmarks.putValue(comparable, Integer.toString(last.year() - 1), new BenchmarkValueInput(17.5, null));
        benchmarks.putValue(comparable, Integer.toString(last.year()), new BenchmarkValueInput(15.0, null));

        targets.create(offer, new TargetInput(Figure.TURNOVER.name(), null, true, null, comparable, turnoverGoal,
                "Mål fra handleplanen: under niveauet på sammenlignelige arbejdspladser.", null));
        targets.create(offer, new TargetInput(Figure.SICK_LEAVE_TILBUDSPORTALEN.name(), birk, true, 18.0, null,
                sickLeaveGoal, null, null));
    }

    private void enter(long department, Quarter last, int[][] rows) {
        List<Quarter> quarters = last.lastQuarters(rows.length);
        for (int i = 0; i < rows.length; i++) {
            int[] r = rows[i];
            double planned = (r[0] + r[1]) / 2.0 * 370;
            staffFigures.add(department, new StaffFiguresInput(quarters.get(i).toString(), r[0], r[1], null, r[2], 0,
                    0, r[3], 0, r[4], r[5], r[6], planned, r[7] * 0.6, r[7] * 0.4, null));
        }
    }
}
